import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TABLES, tableFor } from './lexicon.js';
import { plainBreaks, splitSentences, TERMINATOR_INSIDE } from './sentences.js';

const pieces = ['Kyiv', 'said', 'the', 'swap', '84', '1,000', ' ', ' ', '.', '!', '?', '…', '"', '»', ')', '’', ',', '\u3002', 'Mr.', 'a.m.', 'Обмен', 'тел'];
const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 24 }).map((p) => p.join('').trim()).filter((s) => s.length > 0);

describe('splitSentences', () => {
  it('splits at sentence ends and keeps offsets into the text', () => {
    const text = 'Russia returned 84 soldiers. Ukraine returned 84 more!\n\nThe ICRC took part.';
    const sentences = splitSentences(text, tableFor('en'));
    expect(sentences.map((s) => s.text)).toEqual(['Russia returned 84 soldiers.', 'Ukraine returned 84 more!', 'The ICRC took part.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('keeps an initial or an abbreviation inside its sentence', () => {
    const sentences = splitSentences('V. Zelensky thanked Mr. Erdogan for the talks. They met in Istanbul.', tableFor('en'));
    expect(sentences.map((s) => s.text)).toEqual(['V. Zelensky thanked Mr. Erdogan for the talks.', 'They met in Istanbul.']);
  });

  it('starts a new sentence at a figure after a full stop, but not after an abbreviation', () => {
    const split = (text: string, language = 'en') => splitSentences(text, tableFor(language)).map((s) => s.text);
    expect(split('Ukraine brought home 95 prisoners on Friday. 300 soldiers were killed in the week.')).toEqual([
      'Ukraine brought home 95 prisoners on Friday.',
      '300 soldiers were killed in the week.',
    ]);
    expect(split('Kyiv confirmed it. "300 were freed," the ministry added.')).toEqual(['Kyiv confirmed it.', '"300 were freed," the ministry added.']);
    expect(split('Украина вернула 95 пленных. 300 солдат погибли.', 'ru')).toEqual(['Украина вернула 95 пленных.', '300 солдат погибли.']);
    expect(split('The talks ended on Nov. 8 in Istanbul.')).toEqual(['The talks ended on Nov. 8 in Istanbul.']);
    const text = 'He cited article No. 5 of the deal. 12 more were freed.';
    const sentences = splitSentences(text, tableFor('en'));
    expect(sentences.map((s) => s.text)).toEqual(['He cited article No. 5 of the deal.', '12 more were freed.']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  // The shortcut past Intl.Segmenter is sound only if a line it skips is one sentence to the segmenter too.
  it('skips the segmenter only on lines the segmenter reads as one sentence', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    fc.assert(
      fc.property(line, (l) => {
        if (TERMINATOR_INSIDE.test(l)) return;
        const segments = [...segmenter.segment(l)].filter((s) => s.segment.trim());
        expect(segments.length).toBe(1);
        expect(splitSentences(l, tableFor('en')).length).toBe(1);
      }),
      { numRuns: 5000 },
    );
  });

  // The breaks found without the segmenter must be the segmenter's, on every line they are found for.
  it('finds the segmenter\'s own breaks on the lines it reads without it, in every table\'s locale', () => {
    const segmenters = Object.values(TABLES).map((t) => ({ seg: new Intl.Segmenter(t.code, { granularity: 'sentence' }), marks: t.sentenceMarks }));
    const words = ['Kyiv', 'The', 'A', 'Q', 'said', 'swap', 'e', '84', '1,000', '3.5', 'Mr.', 'U.S.', 'a.m.', 'No.', ' ', ' ', '  ', '.', '!', '?', '…', '"', '“', '”', '’', '(', ')', ',', ';', '-', '—', '\u00a0', '\u00ad', '\u200b', 'É', 'é', 'Обмен', '\u3002'];
    const plainLine = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 }).map((p) => p.join(''));
    let checked = 0;
    fc.assert(
      fc.property(plainLine, fc.constantFrom(...segmenters), (l, segmenter) => {
        const breaks = plainBreaks(l, segmenter.marks);
        if (breaks === null) return;
        checked++;
        const icu = [...segmenter.seg.segment(l)].map((s) => s.index).filter((i) => i > 0);
        expect(breaks).toEqual(icu);
      }),
      { numRuns: 20000 },
    );
    // The property is not empty: many lines take the plain path.
    expect(checked).toBeGreaterThan(2000);
  });

  it('reads plain lines without the segmenter and leaves the rest to it', () => {
    expect(plainBreaks('Russia returned 84 soldiers. Ukraine returned 84 more! The ICRC took part.')).toEqual([29, 55]);
    expect(plainBreaks('It happened in 2024. 84 people came home.')).toBeNull(); // a digit after the stop: rule SB8 may hold the break
    expect(plainBreaks('The U.S. Army said so.')).toBeNull();
    expect(plainBreaks('He said: “Done.” Then he left.')).toBeNull();
  });
});
