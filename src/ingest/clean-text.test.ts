import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanText, normaliseLines, paragraphsOf } from './clean-text.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_b54a635f2c562f24.txt', import.meta.url));

// An invented page in the shape of the seed: lead, chrome, the lead again, body, author box.
const LEAD =
  'Officials said on Thursday that one side had returned the remains of 500 soldiers and received 40 in exchange, under arrangements agreed at talks earlier in the year';
const SEED_LIKE = [
  LEAD,
  'Read all here 👉👉',
  '',
  'Gallery',
  '',
  'Advertisement',
  LEAD,
  '',
  'The coordination office confirmed the handover in a short statement and said identification would begin next week',
  'Earlier this year the two sides carried out several similar transfers at the same crossing',
  'Share this article',
  '',
  'ROE Jane',
  'Article Author',
  'Advertisement',
  '',
  '',
].join('\n');

function expectSeedShape(text: string, lead: string): void {
  const paragraphs = paragraphsOf(text);
  expect(paragraphs.filter((p) => p === lead)).toHaveLength(1);
  expect(paragraphs[0]).toBe(lead);
  for (const chrome of ['Gallery', 'Advertisement', 'Share this article', 'Article Author']) expect(paragraphs).not.toContain(chrome);
  expect(text).not.toMatch(/Read all here/);
  expect(text).not.toMatch(/\n{3}/);
  expect(text).toBe(text.trim());
}

describe('cleanText', () => {
  it('cleans an invented seed-like page: lead once, no chrome, no author box', () => {
    const text = cleanText(SEED_LIKE);
    expectSeedShape(text, LEAD);
    expect(text).not.toContain('ROE Jane');
    expect(paragraphsOf(text)).toHaveLength(3);
  });

  it.skipIf(!existsSync(SEED))('cleans the seed document', () => {
    const raw = readFileSync(SEED, 'utf8');
    const lead = raw.split('\n')[0]!.trim();
    const text = cleanText(raw);
    expectSeedShape(text, lead);
    expect(text).not.toContain('NSANZIMANA Sylver');
    expect(text).toContain('Coordination Headquarters for the Treatment of Prisoners of War confirmed the handover');
  });

  it('normalises line ends, spaces and invisible characters', () => {
    const raw = 'One\u00a0two\u2009 three\r\nfour\u200b five\rsix\u00ad\tseven\u2028eight';
    expect(cleanText(raw)).toBe('One two three\n\nfour five\n\nsix seven\n\neight');
  });

  it('drops paragraphs repeated after whitespace normalisation, keeping the first', () => {
    expect(cleanText('Alpha  beta.\nGamma.\n  Alpha beta. \nDelta.')).toBe('Alpha beta.\n\nGamma.\n\nDelta.');
  });

  it('composes decomposed Cyrillic letters', () => {
    expect(cleanText('Затримано и\u0306 звільнено')).toBe('Затримано й звільнено');
  });

  it('returns an empty string for chrome and blank lines only', () => {
    expect(cleanText('\n\nAdvertisement\n \u00a0\nShare\n')).toBe('');
  });
});

describe('normaliseLines', () => {
  it('keeps empty lines as empty strings', () => {
    expect(normaliseLines('a\n\n  b  ')).toEqual(['a', '', 'b']);
  });
});
