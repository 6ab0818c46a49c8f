/**
 * Near-duplicate detection for syndicated copies: MinHash over word 3-shingles of the clean text,
 * split into LSH bands. A copy must keep the same numerals: two different reports from one
 * template ("handed over 1,000 bodies" vs "… 1,200 bodies") can share most shingles, and treating
 * one as a copy of the other would drop a witness of a different event. So the store looks
 * candidates up by their numerals (`nearKeyOf`), and `originalAmong` keeps those that share a band,
 * most bands first, and takes the first whose signature is close enough.
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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The runs of letters and digits of the folded text: what `/[\p{L}\p{N}]+/gu` matches, found by a
 * loop that settles ASCII by ranges and asks the pattern only about other characters (a whole code
 * point at a time), which is three times faster on news text.
 */
export function words(text: string): string[] {
  const s = text.toLowerCase().normalize('NFKC');
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
    else {
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        const d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) width = 2;
      }
      word = WORD_CHAR.test(width === 2 ? s.slice(i, i + 2) : s[i]!);
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
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

/**
 * The 32-bit FNV-1a hashes of the text's word 3-shingles ("w0 w1 w2"), in text order, repeats
 * included (a minimum does not change when a value repeats). A text of one or two words is one
 * shingle.
 */
function shingleHashes(w: readonly string[]): Int32Array {
  if (w.length < 3) return w.length > 0 ? Int32Array.of(fnv1a(w.join(' '))) : new Int32Array(0);
  // The hash of "w0 w1 w2", word by word: no shingle strings are built.
  const space = (h: number) => Math.imul(h ^ SPACE, 0x01000193);
  const out = new Int32Array(w.length - 2);
  for (let i = 0; i < out.length; i++) out[i] = fnv1aFrom(space(fnv1aFrom(space(fnv1aFrom(FNV_OFFSET, w[i]!)), w[i + 1]!)), w[i + 2]!);
  return out;
}

/** Whether `hashes` holds at least `n` distinct values (stops counting there). */
function distinctAtLeast(hashes: Int32Array, n: number): boolean {
  if (hashes.length < n) return false;
  const seen = new Set<number>();
  for (let i = 0; i < hashes.length && seen.size < n; i++) seen.add(hashes[i]!);
  return seen.size >= n;
}

/** Flips the sign bit: int32 order of flipped values is the uint32 order of the values. */
const SIGN = -0x80000000;

export function fingerprintText(text: string): TextFingerprint {
  const all = shingleHashes(words(text));
  const mins = new Uint32Array(HASHES);
  // fmix32 inlined on int32 values: the hot loop of the fingerprint (64 × shingles). One seed at a
  // time keeps the seed and the running minimum in registers, and comparing sign-flipped int32
  // values (uint32 order) keeps every value a small integer. No shingles: every minimum is 2^32 - 1.
  for (let k = 0; k < HASHES; k++) {
    const seed = SEED_BITS[k]!;
    let min = 0x7fffffff;
    for (let i = 0; i < all.length; i++) {
      let h = all[i]! ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ SIGN;
      if (h < min) min = h;
    }
    mins[k] = (min ^ SIGN) >>> 0;
  }
  const hex = Array.from(mins, (m) => m.toString(16).padStart(8, '0'));
  const bands: string[] = [];
  if (distinctAtLeast(all, MIN_SHINGLES)) {
    for (let b = 0; b < BANDS; b++) bands.push(`b${b}:${hex.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join('')}`);
  }
  return { signature: hex.join(''), bands, numerals: numeralsOf(text) };
}

/** Share of MinHash positions two signatures agree on: an estimate of their shingle Jaccard. */
export function similarity(a: string, b: string): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  const n = a.length / 8;
  for (let i = 0; i < n; i++) if (a.slice(i * 8, i * 8 + 8) === b.slice(i * 8, i * 8 + 8)) same++;
  return same / n;
}

/** Number of LSH bands two signatures share (a band: ROWS_PER_BAND MinHash values in a row). */
export function sharedBands(a: string, b: string): number {
  if (a.length !== b.length) return 0;
  const width = ROWS_PER_BAND * 8;
  let shared = 0;
  for (let i = 0; i + width <= a.length; i += width) if (a.startsWith(b.slice(i, i + width), i)) shared++;
  return shared;
}

/**
 * What a stored text is looked up by as a possible original: its numerals, since a copy keeps
 * them. Null for a text too short to band (it is never an original; see MIN_SHINGLES).
 */
export function nearKeyOf(fp: Pick<TextFingerprint, 'bands' | 'numerals'>): string | null {
  return fp.bands.length > 0 ? fp.numerals : null;
}

/** How many of the latest originals with the same numerals a new text is compared with. */
export const NEAR_KEY_CANDIDATES = 500;

/**
 * The original a text copies, among stored originals with its numerals (the store's
 * `withNearKey`): those sharing an LSH band, most shared bands first (then by id), the first close
 * enough. Null when none is, or when the text is too short to band.
 */
export function originalAmong(fp: TextFingerprint, stored: readonly { id: string; fingerprint: string; numerals: string }[]): string | null {
  if (fp.bands.length === 0) return null;
  const ranked = stored
    .map((s) => ({ s, shared: sharedBands(fp.signature, s.fingerprint) }))
    .filter((r) => r.shared > 0)
    .sort((x, y) => y.shared - x.shared || (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0));
  return ranked.find((r) => isNearDuplicate(fp, r.s))?.s.id ?? null;
}

/** Whether a text is a syndicated copy of a stored one. */
export function isNearDuplicate(
  candidate: { signature: string; numerals: string },
  stored: { fingerprint: string; numerals: string },
): boolean {
  return candidate.numerals === stored.numerals && similarity(candidate.signature, stored.fingerprint) >= NEAR_DUPLICATE_THRESHOLD;
}
