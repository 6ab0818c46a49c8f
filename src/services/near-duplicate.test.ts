import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintText, isNearDuplicate, nearKeyOf, numeralsOf, originalAmong, sharedBands, similarity, words } from './near-duplicate.js';

const ORIGINAL =
  'The coordination headquarters said on Thursday that the bodies of 1,000 fallen defenders had been brought home after weeks of talks, ' +
  'and that the other side had received 24 bodies in return. Forensic experts will now work on identification, which can take months, officials added.';

describe('near-duplicate fingerprints', () => {
  it('links a lightly edited copy with different chrome', () => {
    const copy = `Advertisement\n${ORIGINAL.replace('officials added', 'officials said').replace('after weeks of talks', 'after several weeks of talks')}\nShare this article`;
    const a = fingerprintText(ORIGINAL);
    const b = fingerprintText(copy);
    expect(similarity(a.signature, b.signature)).toBeGreaterThan(0.6);
    expect(isNearDuplicate(b, { fingerprint: a.signature, numerals: a.numerals })).toBe(true);
    expect(a.bands.some((band) => b.bands.includes(band))).toBe(true);
  });

  it('does not link the same template with another figure', () => {
    const other = fingerprintText(ORIGINAL.replace('1,000', '1,212'));
    const a = fingerprintText(ORIGINAL);
    expect(isNearDuplicate(other, { fingerprint: a.signature, numerals: a.numerals })).toBe(false);
  });

  it('reads figures however they are grouped', () => {
    expect(numeralsOf('1,000 and 1 000 and 1000 and 0024')).toBe('1000 24');
  });

  it('gives short texts no bands, so they are never candidates', () => {
    expect(fingerprintText('Bodies returned.').bands).toEqual([]);
    expect(fingerprintText('').signature).toHaveLength(64 * 8);
  });
});

describe('the fingerprint', () => {
  // MinHash written out plainly: the distinct word 3-shingles as strings, FNV-1a of each, and for
  // each of 64 seeds the least fmix32(hash ^ seed) as an unsigned number.
  const fmix32 = (h: number): number => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const fnv = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  function reference(text: string): { signature: string; bands: string[] } {
    const w = words(text);
    const shingles = new Set<string>();
    if (w.length > 0 && w.length < 3) shingles.add(w.join(' '));
    for (let i = 0; i + 3 <= w.length; i++) shingles.add(w.slice(i, i + 3).join(' '));
    const hashes = [...shingles].map(fnv);
    const mins = Array.from({ length: 64 }, (_, k) => {
      const seed = fmix32((k + 1) * 0x9e3779b1);
      return hashes.reduce((m, h) => Math.min(m, fmix32((h ^ seed) >>> 0)), 0xffffffff);
    });
    const hex = mins.map((m) => m.toString(16).padStart(8, '0'));
    const bands = shingles.size >= 8 ? Array.from({ length: 16 }, (_, b) => `b${b}:${hex.slice(b * 4, b * 4 + 4).join('')}`) : [];
    return { signature: hex.join(''), bands };
  }

  it('is MinHash over the distinct word 3-shingles, whatever repeats', () => {
    const pieces = ['swap', 'of', '84', 'prisoners', 'обмін', 'Kyiv', 'the', 'bodies', '1,000', 'returned', ' ', '. ', ', ', '\n\n', 'ﬁ', '①'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(' ')), (text) => {
        const fp = fingerprintText(text);
        expect({ signature: fp.signature, bands: fp.bands }).toEqual(reference(text));
      }),
      { numRuns: 500 },
    );
    expect(fingerprintText(ORIGINAL).signature).toBe(reference(ORIGINAL).signature);
  });
});

describe('finding the original among stored texts with the same numerals', () => {
  const stored = (id: string, text: string) => {
    const fp = fingerprintText(text);
    return { id, fingerprint: fp.signature, numerals: fp.numerals };
  };

  it('counts shared bands as the band keys do', () => {
    const a = fingerprintText(ORIGINAL);
    const b = fingerprintText(`${ORIGINAL} Share this article.`);
    expect(sharedBands(a.signature, b.signature)).toBe(a.bands.filter((band) => b.bands.includes(band)).length);
    expect(sharedBands(a.signature, a.signature)).toBe(16);
    expect(sharedBands(a.signature, '')).toBe(0);
  });

  it('takes the stored text sharing most bands, and none that only share numerals', () => {
    const copy = fingerprintText(`${ORIGINAL} Share this article.`);
    const unrelated = stored('src_a', 'In other news 1,000 and 24 were the winning numbers drawn on Saturday night in the national lottery, organisers said.');
    // The closer text shares more bands (15 against 11) though its id sorts later.
    const close = stored('src_m', ORIGINAL);
    const closer = stored('src_z', `${ORIGINAL} Share this article. Advertisement.`);
    expect(sharedBands(copy.signature, closer.fingerprint)).toBeGreaterThan(sharedBands(copy.signature, close.fingerprint));
    expect(originalAmong(copy, [unrelated, close, closer])).toBe('src_z');
    expect(originalAmong(copy, [unrelated, close])).toBe('src_m');
    expect(originalAmong(copy, [unrelated])).toBeNull();
    expect(originalAmong(copy, [])).toBeNull();
  });

  it('keys only texts long enough to band, by their numerals', () => {
    expect(nearKeyOf(fingerprintText(ORIGINAL))).toBe('1000 24');
    expect(nearKeyOf(fingerprintText('84 bodies returned.'))).toBeNull();
    expect(originalAmong(fingerprintText('84 bodies returned.'), [stored('src_a', '84 bodies returned.')])).toBeNull();
  });
});

describe('words', () => {
  // The loop must find exactly the runs the plain pattern finds, in every script and plane.
  it('finds what /[\\p{L}\\p{N}]+/gu finds on the folded text', () => {
    const pattern = (t: string) => t.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
    const pieces = ['Kyiv', 'обмін', '84', ' ', ',', '’', '-', '𝐀', '𝟏', '\u0301', 'ﬁ', '①', 'Ⅻ', '\u200b', 'İ', '日本', '٣', '🙂', '_', '\ud800', '\udc00'];
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((p) => p.join(''))), (t) => {
        expect(words(t)).toEqual(pattern(t));
      }),
      { numRuns: 3000 },
    );
  });
});
