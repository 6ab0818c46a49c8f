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
  /(?<![\p{L}\d.,\-/:#№])(\d{1,3}(?:(?:,|\u00a0|\u202f|\u2009| )\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:[.,](\d+))?(?![\d\p{L}]|[.,:/]\d)/gu;

/** Largest figure we accept as a count of people; anything above is an identifier or noise. */
const MAX_COUNT = 10_000_000;

/** Every figure in a (lowercased) sentence: digit groups in any separator style and number words. */
export function findNumbers(s: string, lex: CompiledTable): NumberMention[] {
  const found: NumberMention[] = [];
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
    const thousand = new RegExp(`^\\s*(?:${lex.table.numbers.thousandSuffix})`, 'iu').exec(after);
    if (thousand) {
      value = Math.round(Number(`${whole.replace(/[^\d]/g, '')}.${frac ?? '0'}`) * 1000);
      end += thousand[0].length;
    } else if (frac !== undefined) {
      continue; // a decimal is a measure, not a head count
    }
    if (!Number.isSafeInteger(value) || value > MAX_COUNT) continue;
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

/** Spelled-out numbers: "eighty-four", "a thousand", "two dozen", "тысячу", "сто двадцать". */
function findNumberWords(s: string, lex: CompiledTable): NumberMention[] {
  const { units, multipliers, joiners, articles } = lex.table.numbers;
  const out: NumberMention[] = [];
  const re = lex.numberWord;
  re.lastIndex = 0;
  const tokens: Array<{ word: string; start: number; end: number }> = [];
  for (let m = re.exec(s); m; m = re.exec(s)) tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i]!;
    let total = 0;
    let current = 0;
    let j = i;
    let end = first.end;
    let any = false;
    // An article right before a leading multiplier counts as one ("a thousand", "a dozen").
    const articleBefore = new RegExp(`(?<![\\p{L}])(?:${articles.join('|')})\\s+$`, 'iu').exec(s.slice(Math.max(0, first.start - 6), first.start));
    let start = first.start;
    while (j < tokens.length) {
      const t = tokens[j]!;
      if (j > i) {
        const gap = s.slice(tokens[j - 1]!.end, t.start);
        const gapOk = /^[\s-]*$/.test(gap) || new RegExp(`^\\s+(?:${joiners.join('|')})\\s+$`, 'iu').test(gap);
        if (!gapOk) break;
      }
      const unit = units[t.word];
      const mult = multipliers[t.word];
      if (unit !== undefined) {
        if (t.word === 'dozen' || t.word === 'score' || t.word === 'дюжина' || t.word === 'дюжину') current = (current || 1) * unit;
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
    if (any) {
      let value = total + current;
      if (value === 0 && tokens[i]!.word !== 'zero' && tokens[i]!.word !== 'none' && !/^(?:ноль|нуль|жодного|ни одного)$/.test(tokens[i]!.word)) value = 0;
      const startsWithMultiplierOnly =
        j === i + 1 && multipliers[first.word] !== undefined && !articleBefore && !lex.table.numbers.singular.includes(first.word);
      if (!startsWithMultiplierOnly && Number.isInteger(value)) out.push({ value, start, end, qualifier: 'exact', qualStart: start, words: true });
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
