import type { Qualifier } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';

/** A figure found in a sentence, with offsets relative to the sentence. */
export interface NumberMention {
  value: number;
  start: number;
  end: number;
  qualifier: Qualifier;
  /** Start of the qualifier phrase when there is one (so context looks past it). */
  qualStart: number;
  words: boolean;
}

const DIGITS =
  /(?<![\p{L}\d.,\-/:#№])(\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:[.,](\d+))?(?![\d\p{L}]|[.,:/\-–]\d)/gu;

/** Digits glued to a word: "6mila" (Italian writes thousands so). */
const GLUED_DIGITS = /(?<![\p{L}\d.,\-/:#№])(\d{1,3})(?:[.,](\d{1,2}))?(\p{L}+)(?![\p{L}\d])/gu;

/** Largest figure we accept as a count of people; anything above is an identifier or noise. */
const MAX_COUNT = 10_000_000;

const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u066b\u066c]/gu;
/** "כ-1,000", "ו־38": a Hebrew one-letter prefix (about, from, to, and) joined to a figure by a hyphen or maqaf. */
const HEBREW_PREFIX = /(?<![\p{L}\p{M}])([\u05d5]?[\u05e9]?[\u05db\u05dc\u05de\u05d5])[-\u05be](?=\d)/gu;
/** "بـ100", "و١٠٠": an Arabic one-letter prefix (and, with, to, like) joined to a figure, directly or by a tatweel. */
const ARABIC_PREFIX = /(?<![\p{L}\p{M}])([\u0648\u0628\u0644\u0643\u0641])\u0640?(?=\d)/gu;

/**
 * The sentence with Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits read
 * as ASCII digits, the Arabic thousands and decimal separators as "," and ".", and the hyphen, maqaf
 * or tatweel that joins a Hebrew or Arabic one-letter prefix to a figure read as a space. Every
 * replacement is one UTF-16 unit for one, so offsets found in the copy hold in the original; text
 * without those characters comes back unchanged.
 */
export function normaliseDigits(s: string): string {
  if (!/[\u0590-\u06ff]/u.test(s)) return s;
  let out = s.replace(ARABIC_DIGITS, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return '.';
    if (code === 0x066c) return ',';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
  out = out.replace(HEBREW_PREFIX, (m, prefix: string) => `${prefix}${' '.repeat(m.length - prefix.length)}`);
  out = out.replace(ARABIC_PREFIX, (m) => ' '.repeat(m.length));
  return out;
}

/** Every figure in a (lowercased) sentence: digit groups in any separator style and number words. */
export function findNumbers(text: string, lex: CompiledTable): NumberMention[] {
  const found: NumberMention[] = [];
  // Arabic-Indic digits and prefix marks read as ASCII; the copy keeps every offset.
  const s = normaliseDigits(text);
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(s); m; m = DIGITS.exec(s)) {
    const whole = m[1] ?? '';
    let value: number;
    if (/^\d{1,3}(?:\.\d{3})+$/.test(whole)) {
      if (!lex.table.numbers.dotThousands) continue; // "1.000" in English is a decimal, not a count
      value = Number(whole.replace(/\./g, ''));
    } else {
      value = Number(whole.replace(/[^\d]/g, ''));
    }
    let end = m.index + m[0].length;
    const frac = m[2];
    const after = s.slice(end);
    const thousand = lex.thousandAfter.exec(after);
    if (thousand) {
      value = Math.round(Number(`${whole.replace(/[^\d]/g, '')}.${frac ?? '0'}`) * 1000);
      end += thousand[0].length;
    } else if (frac !== undefined) {
      continue; // a decimal is a measure, not a head count
    }
    if (!Number.isSafeInteger(value) || value > MAX_COUNT) continue;
    found.push({ value, start: m.index, end, qualifier: 'exact', qualStart: m.index, words: false });
  }
  // "6mila", "5tausend": digits glued to one of the table's thousand words (three letters or more, so "5k" stays out).
  GLUED_DIGITS.lastIndex = 0;
  for (let m = GLUED_DIGITS.exec(s); m; m = GLUED_DIGITS.exec(s)) {
    const word = m[3]!;
    const mult = Object.hasOwn(lex.table.numbers.multipliers, word) ? lex.table.numbers.multipliers[word] : undefined;
    if (mult === undefined || mult < 1000 || word.length < 3) continue;
    const value = Math.round(Number(`${m[1]}.${m[2] ?? '0'}`) * mult);
    const end = m.index + m[0].length;
    if (!Number.isSafeInteger(value) || value > MAX_COUNT || found.some((f) => f.start < end && m!.index < f.end)) continue;
    found.push({ value, start: m.index, end, qualifier: 'exact', qualStart: m.index, words: false });
  }
  for (const w of findNumberWords(s, lex)) {
    if (!found.some((f) => f.start < w.end && w.start < f.end)) found.push(w);
  }
  found.sort((a, b) => a.start - b.start);
  for (const n of found) qualify(s, n, lex);
  return found;
}

function qualify(s: string, n: NumberMention, lex: CompiledTable): void {
  const before = s.slice(Math.max(0, n.start - 40), n.start);
  for (const [re, q] of lex.qualifierBefore) {
    const m = re.exec(before);
    if (m) {
      n.qualifier = q;
      n.qualStart = n.start - m[0].length;
      return;
    }
  }
  const after = s.slice(n.end, n.end + 20);
  for (const [re, q] of lex.qualifierAfter) {
    if (re.test(after)) {
      n.qualifier = q;
      return;
    }
  }
}

/** A number word in a sentence; pieces of one glued compound share `compound` (its start). */
interface NumberToken {
  word: string;
  start: number;
  end: number;
  /** Value when the piece is an article inside a compound ("ein" in "einhundert"). */
  unit?: number;
  compound?: number;
}

interface CompoundPieces {
  kinds: Map<string, 'unit' | 'mult' | 'join' | 'article'>;
  longest: number;
  prefixes: Set<string>;
}

const compoundPieces = new WeakMap<CompiledTable, CompoundPieces>();
const LONG_WORD = /(?<![\p{L}\p{M}])[\p{L}\p{M}]{5,}(?![\p{L}\p{M}])/gu;

function piecesOf(lex: CompiledTable): CompoundPieces {
  let p = compoundPieces.get(lex);
  if (p) return p;
  const { units, multipliers, joiners, articles } = lex.table.numbers;
  const kinds = new Map<string, 'unit' | 'mult' | 'join' | 'article'>();
  for (const w of articles) kinds.set(w.toLowerCase(), 'article');
  for (const w of joiners) kinds.set(w.toLowerCase(), 'join');
  for (const w of Object.keys(units)) kinds.set(w.toLowerCase(), 'unit');
  for (const w of Object.keys(multipliers)) kinds.set(w.toLowerCase(), 'mult');
  const words = [...kinds.keys()].filter((w) => /^[\p{L}\p{M}]+$/u.test(w));
  p = {
    kinds,
    longest: Math.max(0, ...words.map((w) => w.length)),
    prefixes: new Set(words.filter((w) => kinds.get(w) !== 'join').map((w) => w.slice(0, 2))),
  };
  compoundPieces.set(lex, p);
  return p;
}

/**
 * Number words glued into one word ("vierundachtzig", "zweihundert", "duemilatrecento"): a word made
 * entirely of the table's number words, with at least one multiplier or joiner among them, is read
 * as those words written apart. Tables whose languages never glue a multiplier or a joiner to another
 * number word (English, Russian, Ukrainian) see no change.
 */
function compoundTokens(s: string, lex: CompiledTable, taken: NumberToken[]): NumberToken[] {
  const p = piecesOf(lex);
  if (p.longest === 0) return [];
  const out: NumberToken[] = [];
  LONG_WORD.lastIndex = 0;
  for (let m = LONG_WORD.exec(s); m; m = LONG_WORD.exec(s)) {
    const word = m[0];
    const at = m.index;
    if (!p.prefixes.has(word.slice(0, 2)) || taken.some((t) => t.start < at + word.length && at < t.end)) continue;
    const memo = new Map<number, Array<{ piece: string; start: number }> | null>();
    const split = (i: number): Array<{ piece: string; start: number }> | null => {
      if (i === word.length) return [];
      const known = memo.get(i);
      if (known !== undefined) return known;
      let found: Array<{ piece: string; start: number }> | null = null;
      for (let len = Math.min(p.longest, word.length - i); len >= 1 && !found; len--) {
        const piece = word.slice(i, i + len);
        if (!p.kinds.has(piece)) continue;
        const rest = split(i + len);
        if (rest) found = [{ piece, start: i }, ...rest];
      }
      memo.set(i, found);
      return found;
    };
    const pieces = split(0);
    if (!pieces || pieces.length < 2) continue;
    const kinds = pieces.map((x) => p.kinds.get(x.piece)!);
    if (!kinds.some((k) => k === 'mult' || k === 'join')) continue;
    // A joiner sits between two numbers, never at an edge or next to another joiner.
    if (kinds[0] === 'join' || kinds[kinds.length - 1] === 'join' || kinds.some((k, i) => k === 'join' && kinds[i + 1] === 'join')) continue;
    pieces.forEach((x, i) => {
      if (kinds[i] === 'join') return;
      out.push({
        word: x.piece,
        start: at + x.start,
        end: at + x.start + x.piece.length,
        compound: at,
        ...(kinds[i] === 'article' ? { unit: 1 } : {}),
      });
    });
  }
  return out;
}

/** Spelled-out numbers: "eighty-four", "a thousand", "two dozen", "тысячу", "сто двадцать". */
function findNumberWords(s: string, lex: CompiledTable): NumberMention[] {
  const { units, multipliers } = lex.table.numbers;
  const out: NumberMention[] = [];
  const re = lex.numberWord;
  re.lastIndex = 0;
  const tokens: NumberToken[] = [];
  for (let m = re.exec(s); m; m = re.exec(s)) tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  const glued = compoundTokens(s, lex, tokens);
  if (glued.length > 0) {
    tokens.push(...glued);
    tokens.sort((a, b) => a.start - b.start);
  }
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let total = 0;
    let current = 0;
    let j = i;
    let end = first.end;
    let any = false;
    // "শত শত বন্দী", "hundreds upon hundreds": a multiplier repeated says many, not a figure.
    let vague = false;
    // An article right before a leading multiplier counts as one ("a thousand", "a dozen").
    const articleBefore = lex.articleBefore.exec(s.slice(Math.max(0, first.start - 6), first.start));
    let start = first.start;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (j > i) {
        const prev = tokens[j - 1]!;
        const gap = s.slice(prev.end, t.start);
        const gapOk =
          (t.compound !== undefined && t.compound === prev.compound) ||
          /^[\s-]*$/.test(gap) ||
          lex.joinerGap.test(gap);
        if (!gapOk) break;
      }
      const unit = t.unit ?? units[t.word];
      const mult = multipliers[t.word];
      if (mult !== undefined && j > i && multipliers[tokens[j - 1]!.word] === mult) {
        vague = true;
        j++;
        break;
      }
      if (unit !== undefined) {
        if (lex.table.numbers.multiplyingUnits?.includes(t.word)) current = (current || 1) * unit;
        else current += unit;
      } else if (mult !== undefined) {
        if (current === 0 && j === i && articleBefore) {
          start = first.start - articleBefore[0].length;
          current = 1;
        }
        if (current === 0) current = 1;
        if (mult >= 1000) {
          total += current * mult;
          current = 0;
        } else current *= mult;
      }
      any = true;
      end = t.end;
      j++;
    }
    if (any && !vague) {
      const value = total + current;
      const startsWithMultiplierOnly =
        j === i + 1 && multipliers[first.word] !== undefined && !articleBefore && !lex.table.numbers.singular.includes(first.word);
      if (!startsWithMultiplierOnly && Number.isInteger(value)) out.push({ value, start, end, qualifier: 'exact', qualStart: start, words: true });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
