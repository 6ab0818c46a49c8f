import * as chrono from 'chrono-node';
import type { DatePrecision, DateSpan } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';
import { tableDates } from './table-dates.js';

/** A date expression found in a sentence, resolved against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  span: DateSpan;
  /** Preceded by "since": the start of a period, not the day of a handover. */
  since: boolean;
  /** The date of something else (an arrest, a capture, a birth). */
  foreign: boolean;
  /** A year alone ("in 2008"): it dates only a figure after it. */
  yearOnly?: boolean;
  /** A weekday alone: the same weekday on or after publication, which dates a plan ("the next swap will follow on Friday"). */
  ahead?: DateSpan;
}

const DATELINE_AFTER = /^\s*(?:\([^)]{0,40}\)\s*)?[—–-]\s/u;

const SENTINEL = new Date('1800-06-15T12:00:00Z');

type ChronoLocale = Pick<typeof chrono.en, 'parse'>;

/**
 * English chrono without the parsers of times of day and of spans ahead ("at 10:00", "within a week",
 * "a day after"): a time alone never dates a handover, and "a second round" or "for 47 days" read as
 * days to come only gave wrong dates. It reads a sentence in less than half the time.
 */
export const EN_DROPPED_PARSERS = ['ENTimeExpressionParser', 'ENCasualTimeParser', 'ENTimeUnitWithinFormatParser', 'ENTimeUnitLaterFormatParser'];
function englishDates(): chrono.Chrono {
  const config = chrono.en.configuration.createCasualConfiguration(false);
  config.parsers = config.parsers.filter((p) => !EN_DROPPED_PARSERS.includes(p.constructor.name));
  return new chrono.Chrono(config);
}
export const EN_DATES = englishDates();

const LOCALES: Record<string, ChronoLocale> = {
  en: EN_DATES, ru: chrono.ru, uk: chrono.uk, de: chrono.de, fr: chrono.fr, es: chrono.es, pt: chrono.pt, it: chrono.it, nl: chrono.nl,
};

/**
 * Every date in a sentence. Relative and year-less expressions resolve only against a
 * publication date; without one they are dropped rather than resolved against today.
 */
export function findDates(
  sentence: string,
  lex: CompiledTable,
  publishedAt: string | null,
  /** Collects where every calendar date stands ("Oct. 18"), kept or not: numbers there are days, not counts. */
  calendarRanges?: Array<[start: number, end: number]>,
): DateMention[] {
  // chrono is the costliest stage on a report about an exchange; most claim sentences name no date.
  if (lex.dateTrigger && !lex.dateTrigger.test(sentence)) return [];
  const locale = LOCALES[lex.table.chrono] ?? chrono.en;
  const ref = publishedAt ? new Date(`${publishedAt}T12:00:00Z`) : undefined;
  // Without a publication date, "today" or "on Monday" anchor to nothing: resolve against a
  // sentinel far in the past and keep only dates that name their year.
  const instant = ref ?? SENTINEL;
  let results: chrono.ParsedResult[];
  try {
    results = locale.parse(respell(sentence, lex), { instant, timezone: 'UTC' }, { forwardDate: false });
  } catch {
    return [];
  }
  const out: DateMention[] = [];
  if (results.length === 0 && lex.table.dateForms) {
    // A language chrono cannot read: the table's own weekdays, months and day forms.
    for (const d of tableDates(sentence, lex.table, publishedAt)) {
      if (/\d/u.test(sentence.slice(d.start, d.end))) calendarRanges?.push([d.start, d.end]);
      const before = sentence.slice(Math.max(0, d.start - 40), d.start);
      out.push({ start: d.start, end: d.end, span: d.span, since: lex.sinceBefore.test(before), foreign: lex.foreignDateBefore.test(before), ...(d.ahead ? { ahead: d.ahead } : {}) });
    }
    if (ref && lex.table.dateForms.months) out.push(...monthsAlone(sentence, lex, ref, out));
    return withYears(out, sentence, lex, publishedAt);
  }
  for (const r of results) {
    const c = r.start;
    if (calendarRanges && c.isCertain('month') && (c.isCertain('day') || c.isCertain('year'))) calendarRanges.push([r.index, r.index + r.text.length]);
    if (!ref && (!c.isCertain('year') || c.date().getUTCFullYear() < 1900)) continue;
    // A bare time of day or a lone number is not a date we can use.
    if (!c.isCertain('day') && !c.isCertain('month') && !c.isCertain('weekday') && !c.isCertain('year') && !lex.dayWord.test(r.text) && !lex.weekWord.test(r.text)) continue;
    if (/^\d{1,2}(?::\d\d)?$/.test(r.text.trim())) continue;
    // "Mar" inside "María", "de 24 años" read as a date 24 years ahead: a match must end at a word end, and stay near its anchor.
    if (/^[\p{L}\p{M}]/u.test(sentence.slice(r.index + r.text.length, r.index + r.text.length + 1))) continue;
    if (ref && c.date().getTime() > ref.getTime() + 400 * 86_400_000) continue;
    let d = c.date();
    const relativeWeek = lex.weekWord.test(r.text);
    let precision: DatePrecision = c.isCertain('day') || c.isCertain('weekday') || lex.dayWord.test(r.text) ? 'day' : c.isCertain('month') ? 'month' : 'year';
    // "Last week" names a week, though chrono pins it to a day; "Monday last week" or "the week of 9 June" keeps its day.
    if (relativeWeek && !c.isCertain('weekday') && !/\d/.test(r.text)) precision = 'week';
    // "So kehrten …", "Do": a two-letter weekday abbreviation is a word of the sentence, not a day.
    if (c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month') && /^[\p{L}]{1,2}$/u.test(r.text.trim())) continue;
    // A weekday without a date names the most recent such day, never one after publication.
    if (ref && d.getTime() > ref.getTime() + 86_400_000 && !c.isCertain('year') && !c.isCertain('month')) {
      d = new Date(d.getTime() - 7 * 86_400_000);
    }
    const bareWeekday = ref && c.isCertain('weekday') && !c.isCertain('day') && !c.isCertain('month') && !relativeWeek;
    const ahead = bareWeekday ? spanOf(d.getTime() < ref.getTime() - 86_400_000 / 2 ? new Date(d.getTime() + 7 * 86_400_000) : d, 'day') : undefined;
    if (!c.isCertain('year') && ref && d.getTime() > ref.getTime() + 86_400_000 * 2 && c.isCertain('month')) {
      d = new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate()));
    }
    const span = spanOf(d, precision);
    const before = sentence.slice(Math.max(0, r.index - 40), r.index);
    // A dateline ("KYIV, 12 June 2025 —") dates the report, not the handover it describes.
    const dateline = r.index < 40 && DATELINE_AFTER.test(sentence.slice(r.index + r.text.length, r.index + r.text.length + 30));
    out.push({
      start: r.index,
      end: r.index + r.text.length,
      span,
      since: lex.sinceBefore.test(before),
      foreign: dateline || lex.foreignDateBefore.test(before),
      ...(ahead ? { ahead } : {}),
    });
  }
  if (ref && lex.table.dateForms?.months) out.push(...monthsAlone(sentence, lex, ref, out));
  return withYears(out, sentence, lex, publishedAt);
}

/**
 * "im Oktober", "no final de março": a month name with no day next to it, in a language whose table
 * lists its months, is that month of the publication year (of the year before when later than publication).
 */
const MONTHS_ALONE = new WeakMap<CompiledTable, RegExp>();
function monthsAlone(sentence: string, lex: CompiledTable, ref: Date, found: DateMention[]): DateMention[] {
  let re = MONTHS_ALONE.get(lex);
  if (!re) {
    const months = lex.table.dateForms!.months!;
    re = new RegExp(`(?<![\\p{L}\\p{M}])(?:${months.map((m) => `(${m})`).join('|')})(?![\\p{L}\\p{M}])`, 'giu');
    MONTHS_ALONE.set(lex, re);
  }
  re.lastIndex = 0;
  const out: DateMention[] = [];
  for (const m of sentence.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    // A short month name ("may", "mai", "می") is too often another word to stand alone.
    if (found.some((d) => d.start <= end && start <= d.end) || m[0].length < 4) continue;
    // A year right after the month ("октября 2022") is chrono's to read; a day before it too.
    if (/^\s*(?:de\s+)?\d/u.test(sentence.slice(end, end + 8)) || /\d\.?\s*$/u.test(sentence.slice(Math.max(0, start - 4), start))) continue;
    const month = m.slice(1).findIndex((g) => g !== undefined);
    if (month < 0) continue;
    let date = new Date(Date.UTC(ref.getUTCFullYear(), month, 1));
    if (date.getTime() > ref.getTime()) date = new Date(Date.UTC(ref.getUTCFullYear() - 1, month, 1));
    const before = sentence.slice(Math.max(0, start - 40), start);
    out.push({ start, end, span: spanOf(date, 'month'), since: lex.sinceBefore.test(before), foreign: lex.foreignDateBefore.test(before) });
  }
  return out;
}

const BARE_YEAR = /(?<![\p{L}\p{N}.,:/-])(19[5-9]\d|20\d\d)(?![\p{L}\p{N}]|[.,]\d|\s*[-–]\s*\d)/gu;

/**
 * "In 2008, Israel handed over 199 bodies": a year alone dates a handover of another year. A year of
 * the report's own is left to the report's day, which is nearer; one after it dates nothing.
 */
function withYears(found: DateMention[], sentence: string, lex: CompiledTable, publishedAt: string | null): DateMention[] {
  const own = publishedAt ? Number(publishedAt.slice(0, 4)) : null;
  const out = found;
  BARE_YEAR.lastIndex = 0;
  for (let m = BARE_YEAR.exec(sentence); m; m = BARE_YEAR.exec(sentence)) {
    const start = m.index;
    const end = start + m[0].length;
    if (found.some((d) => d.start < end && start < d.end)) continue;
    const year = Number(m[1]);
    if (own !== null && year >= own) continue;
    const before = sentence.slice(Math.max(0, start - 40), start);
    out.push({ start, end, span: spanOf(new Date(Date.UTC(year, 0, 1)), 'year'), since: lex.sinceBefore.test(before), foreign: lex.foreignDateBefore.test(before), yearOnly: true });
  }
  return out;
}

/** The sentence in the spellings chrono knows ("пʼятниця" with a typographic apostrophe, "учора"); lengths are kept, so offsets hold. */
function respell(sentence: string, lex: CompiledTable): string {
  let s = sentence;
  for (const [re, to] of lex.dateSpellings) s = s.replace(re, (m) => (m.length === to.length ? to : m));
  return s;
}

export function spanOf(d: Date, precision: DatePrecision): DateSpan {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  const iso = (x: Date): string => x.toISOString().slice(0, 10);
  switch (precision) {
    case 'day':
      return { start: iso(d), end: iso(d), precision };
    case 'week': {
      const day = (d.getUTCDay() + 6) % 7;
      const start = new Date(Date.UTC(y, m, d.getUTCDate() - day));
      const end = new Date(Date.UTC(y, m, d.getUTCDate() - day + 6));
      return { start: iso(start), end: iso(end), precision };
    }
    case 'month':
      return { start: iso(new Date(Date.UTC(y, m, 1))), end: iso(new Date(Date.UTC(y, m + 1, 0))), precision };
    case 'year':
      return { start: `${y}-01-01`, end: `${y}-12-31`, precision };
  }
}

export function daySpan(iso: string): DateSpan {
  return { start: iso, end: iso, precision: 'day' };
}
