import { describe, expect, it } from 'vitest';
import { completeDocument, dedupe } from './completion.js';
import { buildContext } from './context.js';
import { lowerCase, tableFor } from './lexicon.js';
import { placeClaims } from './placement.js';
import { readDocument, readSentence, segmentDocument, START } from './reading.js';

const en = tableFor('en');
const passes = (text: string, publishedAt: string | null = '2025-04-02') => {
  const sentences = segmentDocument(text, en);
  const ctx = buildContext(lowerCase(text), en);
  const read = readDocument(sentences, en, ctx);
  const placed = placeClaims(read.readings, sentences, en, publishedAt);
  return { sentences, ctx, read, placed, lowText: lowerCase(text) };
};

describe('pass 1: segmenting', () => {
  it('marks the sentences of a paragraph that names an exchange, and those around it', () => {
    const s = segmentDocument('Markets rose today.\n\nRussia and Ukraine swapped 90 prisoners.\n\nThe weather was fine.', en);
    expect(s.map((x) => [x.anchored, x.afterAnchor, x.beforeAnchor])).toEqual([
      [false, false, true],
      [true, false, false],
      [false, true, false],
    ]);
  });
});

describe('pass 2: reading one sentence', () => {
  it('reads a part of the total still in view, and says which sentence that total is in', () => {
    const text = 'Repatriation\n\nUkraine received the bodies of 502 soldiers from Russia on Friday. The remains include 397 soldiers who died near Donetsk.';
    const [, first, second] = segmentDocument(text, en);
    const ctx = buildContext(lowerCase(text), en);
    const one = readSentence(first!, START, en, ctx);
    expect(one.reading?.drafts.map((d) => d.value)).toEqual([502]);
    const two = readSentence(second!, one.carry, en, ctx);
    expect(two.reading?.inView).toBe(first!.sentence.index);
    expect(two.reading?.drafts.map((d) => [d.value, d.partOf])).toEqual([[397, { inView: true, index: 0 }]]);
    // Read without the sentence before it, the same part has no total to belong to.
    expect(readSentence(second!, START, en, ctx).reading).toBeNull();
  });

  it('carries a speaker to a pronoun, and keeps the total in view only for a couple of sentences', () => {
    const { read } = passes(
      'Swap\n\nYermak said Russia had handed over 140 Ukrainian soldiers. He said more would follow. Talks went on. Talks went on. Talks went on. Of them, 12 were officers.',
    );
    expect(read.readings[0]!.attribution?.party).toBe('ukraine');
    expect(read.speakers.map((a) => a.speaker)).toEqual(['Andriy Yermak']);
    expect(read.readings.flatMap((r) => r.drafts.map((d) => d.value))).toEqual([140]);
  });
});

describe('pass 3: placing claims', () => {
  it('dates an undated handover by the first dated one, and links a part to its total in the sentence before', () => {
    const { placed } = passes('Repatriation\n\nUkraine received the bodies of 502 soldiers from Russia on March 28. The remains include 397 soldiers who died near Donetsk.');
    expect(placed.map((p) => [p.claim.count?.value, p.claim.date?.start, p.total])).toEqual([
      [502, '2025-03-28', null],
      [397, '2025-03-28', 0],
    ]);
  });
});

describe('passes 4 and 5: the whole document', () => {
  it('gives a report in one voice that voice, and changes nothing it is given', () => {
    const text = 'Swap\n\nRussia handed over 140 Ukrainian soldiers, Yermak said. Another 12 civilians came home from Russia.';
    const { placed, read, sentences, lowText } = passes(text);
    const before = JSON.stringify(placed);
    const done = completeDocument(placed, read.readings, sentences, read.speakers, en, '2025-04-02', lowText);
    expect(JSON.stringify(placed)).toBe(before);
    expect(done.map((p) => p.claim.attribution.speaker)).toEqual(['Andriy Yermak', 'Andriy Yermak']);
  });

  it('keeps one claim for a figure told in the headline and again in the body, with the body as witness', () => {
    const text = 'Ukraine brings home 95 soldiers\n\nRussia handed over 95 Ukrainian soldiers to Ukraine on March 28, the ministry said.';
    const { placed, read, sentences, lowText } = passes(text);
    const done = completeDocument(placed, read.readings, sentences, read.speakers, en, '2025-04-02', lowText);
    const before = JSON.stringify(done);
    const claims = dedupe(done);
    expect(JSON.stringify(done)).toBe(before);
    expect(claims.map((c) => [c.count?.value, c.from, c.to, c.date?.start, c.evidence.sentence.startsWith('Russia handed')])).toEqual([[95, 'russia', 'ukraine', '2025-03-28', true]]);
  });
});
