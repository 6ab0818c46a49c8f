/**
 * The engine reads words between spaces and figures in ASCII digits. Scripts that write neither
 * (Chinese, Japanese, Thai, Khmer, Burmese, Lao run words together; Devanagari, Bengali, Thai and
 * full-width text have digits of their own; Chinese, Japanese and Korean count in 万/億/만/억) are
 * rewritten into that shape first, and every offset found in the copy is mapped back to the text.
 */

/** A copy of a text that the engine can read, with a map of its offsets back to the original. */
export interface ReadableText {
  text: string;
  /** Offset in the original text of an offset in `text` (0…text.length). */
  original(offset: number): number;
}

/** Zero of each decimal digit block the copy reads as ASCII (one UTF-16 unit each). */
const DIGIT_ZEROS = [
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0a66, // Gurmukhi
  0x0ae6, // Gujarati
  0x0b66, // Oriya
  0x0be6, // Tamil
  0x0c66, // Telugu
  0x0ce6, // Kannada
  0x0d66, // Malayalam
  0x0e50, // Thai
  0x0ed0, // Lao
  0x0f20, // Tibetan
  0x1040, // Myanmar
  0x17e0, // Khmer
  0x1810, // Mongolian
  0xff10, // full-width
];
const OTHER_DIGITS = /[\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u17e0-\u17e9\u1810-\u1819\uff10-\uff19]/gu;

/** Scripts written without spaces between words: Han, kana, Thai, Lao, Tibetan, Myanmar, Khmer. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]/u;
const UNSPACED_CHAR = new RegExp(UNSPACED.source, 'u');
/** Hangul: spaced, but counters and particles are glued to figures ("1000구를", "84명이"). */
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/u;

/** Chinese and Japanese numerals, and the multipliers they share with Korean. */
const CJK_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CJK_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 천: 1000, 백: 100, 십: 10 };
const CJK_LARGE: Record<string, number> = { 万: 10_000, 萬: 10_000, 만: 10_000, 亿: 100_000_000, 億: 100_000_000, 억: 100_000_000 };
/** Counters and nouns a spelled Chinese or Japanese figure stands before ("一千名", "千人", "三十具"). */
const CJK_COUNTER = '[名人具位个個体體员員余餘多]';
/** Words before a figure that make it vague ("数千名", "上千人", "几百"), which stays as written. */
const CJK_VAGUE = /[数數几幾上成好]$/u;

/**
 * A run of Chinese/Japanese numerals ("一千二百", "三万", "十二"), of digits with multipliers
 * ("1万2000", "3千", "1만 2천"), read as a number; null when the run is not well formed.
 */
export function cjkNumber(run: string): number | null {
  const s = run.replace(/[,\s]/gu, '');
  if (!s) return null;
  let total = 0;
  let section = 0;
  let digits = '';
  let any = false;
  for (const ch of s) {
    if (ch >= '0' && ch <= '9') {
      digits += ch;
      continue;
    }
    const d = CJK_DIGIT[ch];
    if (d !== undefined) {
      digits += String(d);
      continue;
    }
    const small = CJK_SMALL[ch];
    if (small !== undefined) {
      section += (digits ? Number(digits) : 1) * small;
      digits = '';
      any = true;
      continue;
    }
    const large = CJK_LARGE[ch];
    if (large !== undefined) {
      total += (section + (digits ? Number(digits) : 0) || 1) * large;
      section = 0;
      digits = '';
      any = true;
      continue;
    }
    return null;
  }
  const value = total + section + (digits ? Number(digits) : 0);
  // A bare run of spelled digits ("一二") is not how figures are written: only multipliers or ASCII digits count.
  if (!any && /[^\d]/u.test(s)) return null;
  return Number.isSafeInteger(value) ? value : null;
}

/** ASCII-digit figures with a multiplier ("1万2000", "3,000万", "2천", "1만 2천"): always a number. */
const DIGIT_MULTIPLIER = /(?<![\d.,])\d[\d,]*(?:\s?[万萬亿億만억천백千百](?:\s?\d[\d,]*(?:\s?[千천百백])?)*)+/gu;
/** A spelled Chinese/Japanese figure: numerals and multipliers, followed by a counter. */
const SPELLED = new RegExp(`[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億]+(?=${CJK_COUNTER})`, 'gu');
/**
 * Indic letters with a nukta have a precomposed and a decomposed spelling ("ज़" and "ज़", "য়" and
 * "য়"), and texts use both. Unicode keeps them apart under NFC, so text and tables are both read
 * decomposed.
 */
const NUKTA_LETTERS = /[\u0929\u0931\u0934\u0958-\u095f\u09dc\u09dd\u09df\u0a33\u0a36\u0a59-\u0a5b\u0a5e\u0b5c\u0b5d]/gu;
export function decomposeNukta(s: string): string {
  NUKTA_LETTERS.lastIndex = 0;
  return NUKTA_LETTERS.test(s) ? s.replace(NUKTA_LETTERS, (c) => c.normalize('NFD')) : s;
}

/** Languages that glue case endings and classifiers to a figure ("৩৮টি", "१,०००हून"), or join them with a hyphen or colon ("1000-ზე", "1000-et", "1000:n"). */
const GLUED_AFTER_DIGITS = new Set(['bn', 'as', 'mr', 'hi', 'ne']);
const JOINED_AFTER_DIGITS = new Set(['hu', 'fi', 'et', 'ka', 'hy', 'az', 'tr', 'bn', 'as', 'mr']);
/** Languages that glue prepositions to a figure ("የ1000", "ለ150": of, to): the figure stands apart. */
const GLUED_BEFORE_DIGITS = new Set(['am', 'ti']);

/** A South Asian grouping ("1,00,000", "12,50,000"): lakh and crore commas. */
const INDIAN_GROUPING = /(?<![\d.,])\d{1,2}(?:,\d\d)+,\d{3}(?![\d]|[.,]\d)/gu;

interface Piece {
  /** Replacement text. */
  to: string;
  start: number;
  end: number;
}

/** Full-width and ideographic punctuation that the engine's clause rules read in ASCII. */
const WIDE_PUNCTUATION: Record<string, string> = { '，': ',', '、': ',', '；': ';', '：': ':', '（': '(', '）': ')', '％': '%', '！': '!', '？': '?', '፣': ',', '፤': ';', '፥': ':' };
const WIDE = /[，、；：（）％！？፣፤፥]/gu;

/** Digits of other scripts as ASCII digits, wide punctuation as ASCII: one unit for one, offsets unchanged. */
export function asciiDigits(text: string): string {
  OTHER_DIGITS.lastIndex = 0;
  WIDE.lastIndex = 0;
  if (!OTHER_DIGITS.test(text) && !WIDE.test(text)) return text;
  return text
    .replace(OTHER_DIGITS, (c) => {
      const code = c.charCodeAt(0);
      for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
      return c;
    })
    .replace(WIDE, (c) => WIDE_PUNCTUATION[c] ?? c);
}

const segmenters = new Map<string, Intl.Segmenter>();
function wordSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    // An empty or malformed language code is no locale: fall back to the root rules, never throw.
    let locale: string | undefined;
    try {
      locale = lang === '' ? undefined : Intl.getCanonicalLocales(lang)[0];
    } catch {
      locale = undefined;
    }
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Numbers spelled in CJK numerals or with 万/億/만/억, and Indian digit grouping, rewritten as plain digits. */
function numberPieces(text: string, cjk: boolean, lang: string): Piece[] {
  const pieces: Piece[] = [];
  const taken = (s: number, e: number): boolean => pieces.some((p) => p.start < e && s < p.end);
  NUKTA_LETTERS.lastIndex = 0;
  for (let m = NUKTA_LETTERS.exec(text); m; m = NUKTA_LETTERS.exec(text)) {
    pieces.push({ to: m[0].normalize('NFD'), start: m.index, end: m.index + 1 });
  }
  INDIAN_GROUPING.lastIndex = 0;
  for (let m = INDIAN_GROUPING.exec(text); m; m = INDIAN_GROUPING.exec(text)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    pieces.push({ to: m[0].replace(/,/g, ''), start: m.index, end: m.index + m[0].length });
  }
  // A suffix glued to a figure is a word of its own for the engine ("38টি" as "38 টি", "1000-ზე" as "1000 ზე").
  if (GLUED_AFTER_DIGITS.has(lang)) {
    for (const m of text.matchAll(/\d(?=[\p{L}])/gu)) pieces.push({ to: `${m[0]} `, start: m.index, end: m.index + 1 });
  }
  // Tagalog "tig-195" (195 each): the distributive prefix stands apart, so the figure reads as one.
  if (lang === 'tl' || lang === 'fil') {
    for (const m of text.matchAll(/(?<=(?<![\p{L}])[Tt]ig)-(?=\d)/gu)) pieces.push({ to: ' ', start: m.index, end: m.index + 1 });
  }
  if (GLUED_BEFORE_DIGITS.has(lang)) {
    for (const m of text.matchAll(/(?<=[\p{L}\p{M}])\d/gu)) pieces.push({ to: ` ${m[0]}`, start: m.index, end: m.index + 1 });
  }
  if (JOINED_AFTER_DIGITS.has(lang)) {
    for (const m of text.matchAll(/(?<=\d)[-:–](?=[\p{L}])/gu)) pieces.push({ to: ' ', start: m.index, end: m.index + 1 });
  }
  if (!cjk) return pieces.sort((a, b) => a.start - b.start);
  DIGIT_MULTIPLIER.lastIndex = 0;
  for (let m = DIGIT_MULTIPLIER.exec(text); m; m = DIGIT_MULTIPLIER.exec(text)) {
    const value = cjkNumber(m[0]);
    if (value === null || taken(m.index, m.index + m[0].length)) continue;
    pieces.push({ to: String(value), start: m.index, end: m.index + m[0].length });
  }
  SPELLED.lastIndex = 0;
  for (let m = SPELLED.exec(text); m; m = SPELLED.exec(text)) {
    const end = m.index + m[0].length;
    if (CJK_VAGUE.test(text.slice(Math.max(0, m.index - 1), m.index)) || taken(m.index, end)) continue;
    // One spelled digit before a counter ("两名", "三具") is a count; longer runs need a multiplier.
    const value = m[0].length === 1 ? (CJK_DIGIT[m[0]] ?? cjkNumber(m[0])) : cjkNumber(m[0]);
    if (value === null) continue;
    pieces.push({ to: String(value), start: m.index, end });
  }
  return pieces.sort((a, b) => a.start - b.start);
}

/**
 * The text as the engine reads it. Text in spaced scripts with ASCII digits comes back as it is
 * (`original` is then the identity).
 */
export function readableText(text: string, lang: string): ReadableText {
  const digits = asciiDigits(text);
  const unspaced = UNSPACED.test(digits);
  const hangul = HANGUL.test(digits);
  const pieces = numberPieces(digits, unspaced || hangul, lang);
  if (!unspaced && !hangul && pieces.length === 0) return { text: digits, original: (i) => i };

  // Build the copy piece by piece, remembering for each copy offset its original offset.
  let out = '';
  const map: number[] = [];
  const emit = (s: string, origin: number, spanEnd: number): void => {
    for (let k = 0; k < s.length; k++) map.push(Math.min(origin + k, spanEnd));
    out += s;
  };
  const space = (at: number): void => {
    if (out.length > 0 && !/\s$/u.test(out)) {
      map.push(at);
      out += ' ';
    }
  };
  let pos = 0;
  const plain = (from: number, to: number): void => {
    if (from >= to) return;
    const chunk = digits.slice(from, to);
    if (!unspaced && !hangul) {
      emit(chunk, from, to);
      return;
    }
    for (const seg of wordSegmenter(lang).segment(chunk)) {
      const at = from + seg.index;
      const word = seg.segment;
      // Words of unspaced scripts, and figures next to any letter, stand apart.
      if (UNSPACED_CHAR.test(word) || /^\d/u.test(word)) space(at);
      else if (/^[\p{L}\p{M}]/u.test(word) && /\d$/u.test(out)) space(at);
      emit(word, at, to);
      if (UNSPACED_CHAR.test(word)) space(at + word.length);
    }
  };
  for (const p of pieces) {
    plain(pos, p.start);
    if (unspaced || hangul) space(p.start);
    emit(p.to, p.start, p.end);
    for (let k = map.length - p.to.length; k < map.length; k++) map[k] = p.start;
    if (unspaced || hangul) space(p.end);
    pos = p.end;
  }
  plain(pos, digits.length);
  map.push(text.length);
  return { text: out, original: (i) => map[Math.max(0, Math.min(i, map.length - 1))]! };
}
