import type { DateSpan } from '../domain/index.js';
import type { LanguageTable } from './lang/types.js';

/**
 * Dates in languages chrono-node cannot read, from the words a table lists: weekdays ("on Thursday"
 * is the last Thursday on or before publication), "yesterday" and "today", a day with a month name
 * ("23 Kasım"), and the day-of-month forms of Chinese, Japanese and Korean ("6月11日", "20日",
 * "11일"). Like chrono's, every date here needs a publication date to resolve against.
 */
export interface TableDate {
  start: number;
  end: number;
  span: DateSpan;
  /** For a weekday: the same weekday on or after publication (a plan's day). */
  ahead?: DateSpan;
}

interface Compiled {
  weekdays: RegExp | null;
  yesterday: RegExp | null;
  today: RegExp | null;
  dayMonth: RegExp | null;
  /** "Enero 3", "Hunyo 10, 2025": a month name, then the day (and a year). */
  monthDay: RegExp | null;
  monthIndex: Array<RegExp>;
}

const cache = new WeakMap<LanguageTable, Compiled>();
const L = '\\p{L}\\p{M}';

function compiled(t: LanguageTable): Compiled {
  let c = cache.get(t);
  if (c) return c;
  const w = t.dateForms;
  const word = (p: string): string => `(?<![${L}])(?:${p})`;
  c = {
    weekdays: w?.weekdays ? new RegExp(w.weekdays.map((p, i) => `(?<d${i}>${word(p)})`).join('|'), 'giu') : null,
    // "আজ" (today) starts "আজারবাইজান": these two are whole words.
    yesterday: w?.yesterday ? new RegExp(`${word(w.yesterday)}(?![${L}])`, 'iu') : null,
    today: w?.today ? new RegExp(`${word(w.today)}(?![${L}])`, 'iu') : null,
    // "23 Kasım", "23. lokakuuta", "23-ში ნოემბერს": a day number, then within a few characters a month name.
    dayMonth: w?.months ? new RegExp(`(?<![\\d])(\\d{1,2})\\.?\\s?(?:-?[${L}]{0,4}\\s)?(${w.months.map((m) => `(?:${m})`).join('|')})`, 'giu') : null,
    monthDay: w?.months ? new RegExp(`(?<![${L}])(${w.months.map((m) => `(?:${m})`).join('|')})\\s+(\\d{1,2})(?![\\d${L}])(?:,?\\s+((?:19|20)\\d\\d)(?!\\d))?`, 'giu') : null,
    monthIndex: (w?.months ?? []).map((m) => new RegExp(`^(?:${m})`, 'iu')),
  };
  cache.set(t, c);
  return c;
}

const DAY_MS = 86_400_000;
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const day = (d: Date): DateSpan => ({ start: iso(d), end: iso(d), precision: 'day' });

/** CJK day of month, with or without its month: "6 月 11 日", "11 日", "6월 11일", "11일". */
const CJK_DAY = /(?:(\d{1,2})\s?[月월]\s?)?(\d{1,2})\s?(?:日(?!\s?[本元圆圓軍军语語文报報])|일(?:(?![\p{L}\p{M}])|(?=에|부터|까지|자|께|오전|오후)))/gu;

/** The dates a table's words name in a sentence, resolved against the publication day. */
export function tableDates(sentence: string, t: LanguageTable, publishedAt: string | null): TableDate[] {
  if (!publishedAt) return [];
  const ref = new Date(`${publishedAt}T00:00:00Z`);
  if (Number.isNaN(ref.getTime())) return [];
  const c = compiled(t);
  const out: TableDate[] = [];
  if (c.weekdays) {
    c.weekdays.lastIndex = 0;
    for (const m of sentence.matchAll(c.weekdays)) {
      const i = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
      if (!i) continue;
      // Monday is 0 in the table, 1 in getUTCDay.
      const want = (Number(i.slice(1)) + 1) % 7;
      const back = (ref.getUTCDay() - want + 7) % 7;
      out.push({ start: m.index, end: m.index + m[0].length, span: day(new Date(ref.getTime() - back * DAY_MS)), ahead: day(new Date(ref.getTime() + ((7 - back) % 7) * DAY_MS)) });
    }
  }
  const y = c.yesterday?.exec(sentence);
  if (y) out.push({ start: y.index, end: y.index + y[0].length, span: day(new Date(ref.getTime() - DAY_MS)) });
  const td = c.today?.exec(sentence);
  if (td) out.push({ start: td.index, end: td.index + td[0].length, span: day(ref) });
  if (c.dayMonth) {
    c.dayMonth.lastIndex = 0;
    for (const m of sentence.matchAll(c.dayMonth)) {
      const month = c.monthIndex.findIndex((re) => re.test(m[2] ?? ''));
      const d = Number(m[1]);
      if (month < 0 || d < 1 || d > 31) continue;
      out.push({ start: m.index, end: m.index + m[0].length, span: dayInYear(ref, month, d) });
    }
  }
  if (c.monthDay) {
    c.monthDay.lastIndex = 0;
    for (const m of sentence.matchAll(c.monthDay)) {
      const month = c.monthIndex.findIndex((re) => re.test(m[1] ?? ''));
      const d = Number(m[2]);
      if (month < 0 || d < 1 || d > 31 || out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
      const span = m[3] ? day(new Date(Date.UTC(Number(m[3]), month, d))) : dayInYear(ref, month, d);
      out.push({ start: m.index, end: m.index + m[0].length, span });
    }
  }
  if (t.dateForms?.cjkDays) {
    CJK_DAY.lastIndex = 0;
    for (const m of sentence.matchAll(CJK_DAY)) {
      const d = Number(m[2]);
      if (d < 1 || d > 31) continue;
      const month = m[1] ? Number(m[1]) - 1 : null;
      if (month !== null && (month < 0 || month > 11)) continue;
      let date: Date;
      if (month !== null) date = new Date(`${dayInYear(ref, month, d).start}T00:00:00Z`);
      else {
        // A day alone is in the month of publication, or the month before when it is later than publication.
        date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), d));
        if (date.getTime() > ref.getTime()) date = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - 1, d));
      }
      out.push({ start: m.index, end: m.index + m[0].length, span: day(date) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Day `d` of `month` in the year of publication, or the year before when that would be after publication. */
function dayInYear(ref: Date, month: number, d: number): DateSpan {
  let date = new Date(Date.UTC(ref.getUTCFullYear(), month, d));
  if (date.getTime() > ref.getTime() + 2 * DAY_MS) date = new Date(Date.UTC(ref.getUTCFullYear() - 1, month, d));
  return day(date);
}
