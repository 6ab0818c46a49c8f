/**
 * Near-duplicate detection for syndicated copies: MinHash over word 3-shingles of the clean text,
 * with LSH bands so that a lookup touches only sources that share a band. A copy must also keep
 * the same numerals: two different reports from one template ("handed over 1,000 bodies" vs
 * "… 1,200 bodies") can share most shingles, and treating one as a copy of the other would drop
 * a witness of a different event.
 */
const HASHES = 64;
const ROWS_PER_BAND = 4;
const BANDS = HASHES / ROWS_PER_BAND;
/** Estimated Jaccard similarity at or above which a text counts as a copy (the numerals must match too, which guards against templates). */
export const NEAR_DUPLICATE_THRESHOLD = 0.6;
/** Texts shorter than this many shingles are too short to call copies of one another. */
const MIN_SHINGLES = 8;

export interface TextFingerprint {
  /** 64 MinHash values as 8-digit hex, concatenated. */
  signature: string;
  /** LSH band keys: `b<index>:<hex>`. */
  bands: string[];
  /** Digit groups of the text, normalised ("1 000" and "1,000" → 1000) and sorted. */
  numerals: string;
  shingles: number;
}

const SEEDS = Array.from({ length: HASHES }, (_, i) => fmix32((i + 1) * 0x9e3779b1));

/** The seeds as int32, so the hot loop never leaves small integers. */
const SEED_BITS = Int32Array.from(SEEDS);

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a string's UTF-16 code units, continuing from `h` (so hashing "a b c" in parts gives the hash of the whole). */
function fnv1aFrom(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 0x20;

function fnv1a(s: string): number {
  return fnv1aFrom(FNV_OFFSET, s) >>> 0;
}

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Numerals as the text writes figures: "1,000", "1 000" and "1000" are the same. */
export function numeralsOf(text: string): string {
  const found = text.match(/\d[\d,\u00a0\u202f ]*\d|\d/g) ?? [];
  const values = found
    .map((n) => n.replace(/[^\d]/g, ''))
    .filter((n) => n.length > 0)
    .map((n) => n.replace(/^0+(?=\d)/, ''));
  return [...new Set(values)].sort().join(' ');
}

export function fingerprintText(text: string): TextFingerprint {
  const w = words(text);
  const shingles = new Set<number>();
  if (w.length < 3) {
    if (w.length > 0) shingles.add(fnv1a(w.join(' ')));
  } else {
    // The hash of "w0 w1 w2", word by word: no shingle strings are built.
    const space = (h: number) => Math.imul(h ^ SPACE, 0x01000193);
    for (let i = 0; i + 3 <= w.length; i++) {
      const h = fnv1aFrom(space(fnv1aFrom(space(fnv1aFrom(FNV_OFFSET, w[i]!)), w[i + 1]!)), w[i + 2]!);
      shingles.add(h >>> 0);
    }
  }
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  // fmix32 inlined on int32 values: the hot loop of the fingerprint (shingles × 64).
  for (const s of shingles) {
    for (let k = 0; k < HASHES; k++) {
      let h = s ^ SEED_BITS[k]!;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h ^= h >>> 16;
      if (h >>> 0 < mins[k]!) mins[k] = h;
    }
  }
  const hex = Array.from(mins, (m) => m.toString(16).padStart(8, '0'));
  const bands: string[] = [];
  if (shingles.size >= MIN_SHINGLES) {
    for (let b = 0; b < BANDS; b++) bands.push(`b${b}:${hex.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join('')}`);
  }
  return { signature: hex.join(''), bands, numerals: numeralsOf(text), shingles: shingles.size };
}

/** Share of MinHash positions two signatures agree on: an estimate of their shingle Jaccard. */
export function similarity(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  const n = a.length / 8;
  for (let i = 0; i < n; i++) if (a.slice(i * 8, i * 8 + 8) === b.slice(i * 8, i * 8 + 8)) same++;
  return same / n;
}

/** Whether a text is a syndicated copy of a stored one. */
export function isNearDuplicate(
  candidate: { signature: string; numerals: string },
  stored: { fingerprint: string; numerals: string },
): boolean {
  return candidate.numerals === stored.numerals && similarity(candidate.signature, stored.fingerprint) >= NEAR_DUPLICATE_THRESHOLD;
}
