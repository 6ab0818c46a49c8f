/**
 * Publication dates as YYYY-MM-DD: from metadata values (ISO 8601, RFC 822, compact, epoch, written
 * dates) and, when a document has no metadata, from a dateline or byline near the top of the text.
 * The text rule is strict on purpose: a date in the body is usually the date of an event.
 */

/** Month names per language, in every form a date uses (genitive for ru/uk "12 июня"), January first. */
const MONTH_NAMES: Record<string, readonly (readonly string[])[]> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'],
    ['december', 'dec'],
  ],
  ru: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сент', 'сен'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'],
    ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень', 'січ'], ['лютого', 'лютий', 'лют'], ['березня', 'березень', 'бер'], ['квітня', 'квітень', 'квіт'],
    ['травня', 'травень', 'трав'], ['червня', 'червень', 'черв'], ['липня', 'липень', 'лип'], ['серпня', 'серпень', 'серп'],
    ['вересня', 'вересень', 'вер'], ['жовтня', 'жовтень', 'жовт'], ['листопада', 'листопад', 'лист'],
    ['грудня', 'грудень', 'груд'],
  ],
};

const MONTH_NUMBER = new Map<string, number>();
for (const months of Object.values(MONTH_NAMES)) {
  months.forEach((forms, i) => forms.forEach((form) => MONTH_NUMBER.set(form, i + 1)));
}
const MONTH = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join('|');
const L = 'a-zа-яёіїєґ'; // letters that may not touch a month name or a label

// A written or numeric date with day, month and year. Groups: (d, month, y) | (month, d, y) | (d, m, y) | (y, m, d).
const DATE =
  `(?<![\\d${L}])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})\\.?,?\\s+(\\d{4})` +
  `|(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})` +
  `|(\\d{1,2})[./](\\d{1,2})[./](\\d{4})` +
  `|(\\d{4})-(\\d{2})-(\\d{2}))(?:\\s*(?:года|року|г|р)\\.?(?![${L}]))?(?![${L}\\d])`;

const DATE_RE = new RegExp(DATE, 'i');
const LABEL = '(?:published|posted|date|publication date|опубликовано|опубліковано|дата публикации|дата публікації|дата)\\s*:?\\s*';
// What may follow a dateline date: end of line, a dash, "(Reuters)", a time. Not a comma and
// words ("12 June 2025, Russia handed over…" opens a sentence about an event), nor a bar and a
// figure (a table row "11 June 2025 | 1,212").
const AFTER = `(?=\\s*(?:$|[—–\\-(]|[,|•·]?\\s*\\d{1,2}[:.]\\d{2}(?!\\d)))`;
const DATELINE = new RegExp(`^(?:${LABEL})?${DATE}${AFTER}`, 'i');
// A labelled ISO day opening the text may run on into the page's title ("date 2024-11-08 Kyiv Post — …"):
// the label and the ISO form together say it is the page's date, not an event's.
const LABELLED_ISO = new RegExp(`^${LABEL}(\\d{4})-(\\d{2})-(\\d{2})(?![\\d${L}-])`, 'i');
// "Kyiv, 12 June 2025 —", "KYIV, June 12, 2025 (Reuters) -", "Sana'a (Yemen), 15/10/2020.-":
// capitalised place words (case-sensitive), perhaps a region in brackets, then a date followed by a
// dash, a parenthesis or a full stop ending the dateline — not a comma, which would start a sentence
// ("On Friday, 12 June 2025, the sides…").
const PLACE = /^(\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*\(\p{Lu}[\p{L}'’. -]{0,40}\))?,\s*/u;
const NOT_PLACE = /^(?:on|in|at|by|since|from|until|before|after|as of|в|во|у|на|с|со|з|із|до|от|від|по)(?=\s|$)/i;
const PLACED_DATE = new RegExp(`^${DATE}(?=\\s*(?:$|[—–\\-|(])|\\.(?:[—–-]|\\s|$))`, 'i');
// A date right after a separator in a short byline: "By Jane Roe | 12 June 2025", "Іван Петренко, 12.06.2025, 10:45".
const BYLINE = new RegExp(`(?:^|\\s[|•·—–-]\\s|,\\s)${DATE}${AFTER}`, 'i');
const BYLINE_MAX = 120;
/** How many paragraphs from the top may hold a dateline. */
const DATELINE_PARAGRAPHS = 3;

const MIN_YEAR = 1990;

/** YYYY-MM-DD when the parts make a real calendar day in a plausible publishing range. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > new Date().getUTCFullYear() + 1) return null;
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromMatch(m: RegExpExecArray, at: number): string | null {
  const g = (i: number): string => m[at + i] ?? '';
  if (g(0)) return isoDay(+g(2), MONTH_NUMBER.get(g(1).toLowerCase()) ?? 0, +g(0));
  if (g(3)) return isoDay(+g(5), MONTH_NUMBER.get(g(3).toLowerCase()) ?? 0, +g(4));
  if (g(6)) {
    // Numeric day-month order is the European one; read month-first only when the first part cannot be a month.
    const a = +g(6);
    const b = +g(7);
    const separator = m[0].includes('/') ? '/' : '.';
    if (separator === '/' && a <= 12 && b <= 12 && a !== b) return null; // 06/12/2025: ambiguous
    return isoDay(+g(8), b > 12 && a <= 12 ? a : b, b > 12 && a <= 12 ? b : a);
  }
  if (g(9)) return isoDay(+g(9), +g(10), +g(11));
  return null;
}

const ISO_START = /^(\d{4})-(\d{1,2})-(\d{1,2})/;
const SLASH_START = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|[T\s]|\d{2,6}(?:$|[Z+-]))/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

/**
 * A metadata value ("2025-06-12T09:30:00+03:00", "Thu, 12 Jun 2025 23:30:00 +0300", "20250612",
 * "1749727800", "June 12, 2025") as YYYY-MM-DD, or null. The calendar day is taken as written,
 * not converted to UTC: it is the day the publisher meant.
 */
export function parseDateValue(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  if (EPOCH.test(s)) {
    const d = new Date(s.length === 13 ? +s : +s * 1000);
    const day = isoDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (day) return day; // else perhaps a compact date with the hour ("2025061210")
  }
  const iso = ISO_START.exec(s) ?? SLASH_START.exec(s) ?? COMPACT.exec(s);
  if (iso) return isoDay(+iso[1]!, +iso[2]!, +iso[3]!);
  const m = DATE_RE.exec(s);
  return m ? fromMatch(m, 1) : null;
}

/**
 * The publication date a plain text states at its top: a dateline ("Kyiv, 12 June 2025 —",
 * "June 12, 2025 (Reuters) -", "12.06.2025"), a labelled line ("Published: 12.06.2025"), or a short
 * byline with a date. Only the first few paragraphs are read, and only these shapes count.
 */
export function datelineDate(paragraphs: readonly string[]): string | null {
  const labelled = paragraphs[0] ? LABELLED_ISO.exec(paragraphs[0]) : null;
  if (labelled) {
    const day = isoDay(Number(labelled[1]), Number(labelled[2]), Number(labelled[3]));
    if (day) return day;
  }
  for (const line of paragraphs.slice(0, DATELINE_PARAGRAPHS)) {
    const dateline = DATELINE.exec(line);
    if (dateline) {
      const day = fromMatch(dateline, 1);
      if (day) return day;
    }
    const place = PLACE.exec(line);
    if (place && !NOT_PLACE.test(place[1]!)) {
      const placed = PLACED_DATE.exec(line.slice(place[0].length));
      const day = placed ? fromMatch(placed, 1) : null;
      if (day) return day;
    }
    if (line.length <= BYLINE_MAX && !/[.!?]$/.test(line)) {
      const byline = BYLINE.exec(line);
      if (byline) {
        const day = fromMatch(byline, 1);
        if (day) return day;
      }
    }
  }
  return null;
}
