import type { CompiledTable } from './lexicon.js';

/** A sentence with its offsets into the clean text and the paragraph it belongs to. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** Index of the sentence within the document. */
  index: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/**
 * A mark that can end a sentence (UAX #29 STerm and ATerm, in the scripts we read) that is not part
 * of the line's final run of marks, closing quotes and brackets, and spaces. A line without one is a
 * single sentence.
 */
export const TERMINATOR_INSIDE = /[.!?\u2024\u2026\u203c\u203d\u2047-\u2049\u3002\ufe12\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61\u0589\u061f\u06d4\u0700-\u0702\u0964\u0965\u1362\u166e\u1803\u1809\u05c3](?![.!?]*["'\u00bb\u2019\u201d\u203a)\]}]*\s*$)/u;

/** Every mark that can end a sentence inside a line (global copy of TERMINATOR_INSIDE). */
const TERMINATORS_INSIDE = new RegExp(TERMINATOR_INSIDE.source, 'gu');
/** Characters whose sentence-break class is not plain (separators, format and joiner controls): their lines go to the segmenter. */
const UNPLAIN = /[\r\n\u0085\u2028\u2029\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]/u;

/**
 * Where Intl.Segmenter would break a line whose every inside mark is a full stop, "!" or "?" after a
 * letter or digit, then spaces, then a capital A–Z: right before each capital (UAX #29 rule SB11;
 * no rule that holds a break, SB6–SB8a, can apply to such a mark). Null for any other line, which
 * goes to the segmenter. A property test holds the two to the same breaks.
 */
export function plainBreaks(line: string, marks?: string): number[] | null {
  if (UNPLAIN.test(line)) return null;
  // A language's own sentence marks (Greek ";" is a question mark) are the segmenter's to read.
  if (marks && [...marks].some((m) => line.includes(m))) return null;
  const breaks: number[] = [];
  TERMINATORS_INSIDE.lastIndex = 0;
  for (let m = TERMINATORS_INSIDE.exec(line); m; m = TERMINATORS_INSIDE.exec(line)) {
    const i = m.index;
    const mark = line.charCodeAt(i);
    if (mark !== 0x2e && mark !== 0x21 && mark !== 0x3f) return null;
    const before = i > 0 ? line.charCodeAt(i - 1) : 0;
    const letterOrDigit = (before >= 0x61 && before <= 0x7a) || (before >= 0x41 && before <= 0x5a) || (before >= 0x30 && before <= 0x39);
    if (!letterOrDigit) return null;
    let j = i + 1;
    while (line.charCodeAt(j) === 0x20) j++;
    const next = line.charCodeAt(j);
    if (j === i + 1 || !(next >= 0x41 && next <= 0x5a)) return null;
    breaks.push(j);
  }
  return breaks;
}

/** Longest sentence we analyse; longer runs are cut so one pathological line cannot stall extraction. */
const MAX_SENTENCE = 1500;
const SEGMENT_CHUNK = 8000;

/**
 * Splits clean text into sentences. Paragraphs (blank-line or single-newline separated) never
 * share a sentence; Intl.Segmenter's breaks after abbreviations and initials are undone.
 */
export function splitSentences(text: string, lex: CompiledTable): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenter(lex.table.code);
  let paragraph = 0;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    const base = m.index;
    if (!line.trim()) continue;
    const pieces: Array<[number, number]> = [];
    // A line with no sentence-ending mark before its end is one sentence: the segmenter is not asked.
    const marks = lex.table.sentenceMarks;
    const plain =
      line.length <= SEGMENT_CHUNK ? (TERMINATOR_INSIDE.test(line) || (marks && [...marks].some((m) => line.includes(m))) ? plainBreaks(line, marks) : []) : null;
    if (plain) {
      // The breaks the segmenter would make, found without it; abbreviations are undone as below.
      let start = 0;
      for (const end of [...plain, line.length]) {
        const prev = pieces[pieces.length - 1];
        if (prev && joinsPrevious(line.slice(prev[0], prev[1]), line.slice(start, end), lex)) prev[1] = end;
        else pieces.push([start, end]);
        start = end;
      }
    }
    // Intl.Segmenter slows down sharply on very long lines: feed it bounded chunks, cut at a space.
    else for (let c0 = 0; c0 < line.length; ) {
      let c1 = Math.min(line.length, c0 + SEGMENT_CHUNK);
      if (c1 < line.length) {
        const space = line.lastIndexOf(' ', c1);
        if (space > c0 + SEGMENT_CHUNK / 2) c1 = space + 1;
      }
      const chunk = line.slice(c0, c1);
      for (const s of seg.segment(chunk)) {
        const start = c0 + s.index;
        const end = start + s.segment.length;
        const prev = pieces[pieces.length - 1];
        if (prev && joinsPrevious(line.slice(prev[0], prev[1]), line.slice(start, end), lex)) prev[1] = end;
        else pieces.push([start, end]);
      }
      c0 = c1;
    }
    for (const [s0, e0] of splitBeforeFigures(line, pieces, lex)) {
      for (let s = s0; s < e0; s += MAX_SENTENCE) {
        const e = Math.min(e0, s + MAX_SENTENCE);
        const raw = line.slice(s, e);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        if (!trimmed) continue;
        const start = base + s + lead;
        out.push({ text: trimmed, start, end: start + trimmed.length, paragraph, index: out.length });
      }
    }
    paragraph++;
  }
  return out;
}

/** A full stop, "!" or "?", closing quotes, spaces, then a digit (the mark must follow a letter or digit: checked by hand, a look-behind would be tried at every position). */
const STOP_BEFORE_FIGURE = /[.!?]["'\u00bb\u2019\u201d)]*\s+(?=["'\u00ab\u201c\u201e]?\d)/gu;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

/**
 * UAX #29 keeps "…on Friday. 300 soldiers were freed" one sentence (rule SB8: no break when a
 * lowercase word follows, whatever stands between), so a report's next sentence that opens with a
 * figure is glued to the one before and reads its verbs. Such pieces are split before the figure,
 * unless the mark ends an abbreviation ("Nov. 8", "No. 5").
 */
function splitBeforeFigures(line: string, pieces: Array<[number, number]>, lex: CompiledTable): Array<[number, number]> {
  const cuts: number[] = [];
  STOP_BEFORE_FIGURE.lastIndex = 0;
  for (let m = STOP_BEFORE_FIGURE.exec(line); m; m = STOP_BEFORE_FIGURE.exec(line)) {
    if (m.index > 0 && LETTER_OR_DIGIT.test(line[m.index - 1]!)) cuts.push(m.index + m[0].length);
  }
  if (cuts.length === 0) return pieces;
  const out: Array<[number, number]> = [];
  for (const [s0, e0] of pieces) {
    let start = s0;
    for (const cut of cuts) {
      if (cut <= s0 || cut >= e0 || joinsPrevious(line.slice(start, cut), line.slice(cut, e0), lex)) continue;
      out.push([start, cut]);
      start = cut;
    }
    out.push([start, e0]);
  }
  return out;
}

const ABBREVIATION_MAX = 16;

function joinsPrevious(prev: string, next: string, lex: CompiledTable): boolean {
  const p = prev.trimEnd();
  if (!p.endsWith('.')) return false;
  // A single capital initial ("V. Zelensky") or a known abbreviation ("Mr.", "Aug."). Only the
  // end of the sentence is read: an anchored-at-end pattern on the whole of it scans every character.
  if (/(?:^|\s)\p{Lu}\.$/u.test(p.slice(-3))) return true;
  const tail = p.slice(-ABBREVIATION_MAX);
  const found = /([\p{L}.]+)\.$/u.exec(tail);
  // A run of letters as long as the tail is a longer word, never an abbreviation.
  if (!found || (found.index === 0 && tail.length < p.length)) return false;
  const word = found[1]!.toLowerCase();
  if (lex.abbreviations.has(word)) return /^\s*[\p{Ll}\d]/u.test(next) || !/^(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/.test(word);
  return false;
}
