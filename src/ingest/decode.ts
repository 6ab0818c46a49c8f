import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/** Text decoded from bytes, with the encoding that was used. */
export interface Decoded {
  text: string;
  encoding: string;
}

export interface DecodeOptions {
  /** Declared content type ("text/html; charset=koi8-r"); its charset wins over in-document declarations. */
  contentType?: string | undefined;
  /** Look for `<meta charset>` / `http-equiv` / `<?xml encoding?>` in the first bytes (HTML and feeds). */
  markup?: boolean;
}

/** How many leading bytes are searched for charset declarations and used for sniffing. */
const HEAD_BYTES = 8192;

const utf8Lossy = new TextDecoder('utf-8');

interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function detectBom(bytes: Uint8Array): Bom | null {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * The first few kilobytes as a string, for sniffing the format and finding charset declarations.
 * Single-byte and UTF-8 bytes are read as latin1: only the ASCII part matters there.
 */
export function headString(bytes: Uint8Array): string {
  const bom = detectBom(bytes);
  const end = Math.min(bytes.length, HEAD_BYTES);
  if (bom && bom.encoding !== 'utf-8') return decodeUtf16(bytes.subarray(bom.length, end), bom.encoding);
  if (bom === null && looksUtf16(bytes)) return decodeUtf16(bytes.subarray(0, end), utf16Order(bytes));
  return asBuffer(bytes.subarray(bom?.length ?? 0, end)).toString('latin1');
}

const ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  // WHATWG: these labels all mean windows-1252, which is a superset for the printable range.
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  'iso8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  cp1251: 'windows-1251',
  'cp-1251': 'windows-1251',
  koi8: 'koi8-r',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
};

/** A charset label as an encoding iconv-lite knows, or null when unknown. */
export function normaliseCharset(label: string): string | null {
  let l = label.trim().toLowerCase().replace(/^["']+|["']+$/g, '');
  if (l.startsWith('x-')) l = l.slice(2);
  l = ALIASES[l] ?? l;
  if (l === 'utf-8') return l;
  return iconv.encodingExists(l) ? l : null;
}

const CONTENT_TYPE_CHARSET = /charset\s*=\s*["']?([^;"'\s]+)/i;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([a-z0-9_.:-]+)/i;

/** The charset the bytes declare: content type first, then `<?xml encoding?>`, then `<meta>`. */
export function declaredCharset(head: string, opts: DecodeOptions): string | null {
  const fromType = opts.contentType ? CONTENT_TYPE_CHARSET.exec(opts.contentType)?.[1] : undefined;
  if (fromType) {
    const enc = normaliseCharset(fromType);
    if (enc) return enc;
  }
  if (!opts.markup) return null;
  const label = XML_ENCODING.exec(head)?.[1] ?? META_CHARSET.exec(head)?.[1];
  if (!label) return null;
  const enc = normaliseCharset(label);
  // A <meta> that says UTF-16 is read as UTF-8 (HTML spec): had the bytes been UTF-16, the ASCII scan could not have found it.
  return enc?.startsWith('utf-16') ? 'utf-8' : enc;
}

/** The encoding of a document, and how many leading bytes are a byte-order mark. */
export interface Encoding {
  encoding: string;
  bomLength: number;
}

/**
 * Which encoding the bytes are in. Order: byte-order mark, declared charset, UTF-16 without a BOM,
 * valid UTF-8, single-byte Cyrillic (windows-1251 or KOI8), and UTF-8 with replacement
 * characters as the last resort. Reads bytes only; decoding is separate so that HTML can be pruned
 * before most of it is decoded.
 */
export function chooseEncoding(bytes: Uint8Array, opts: DecodeOptions = {}): Encoding {
  const bom = detectBom(bytes);
  if (bom) return { encoding: bom.encoding, bomLength: bom.length };
  const declared = declaredCharset(headString(bytes), opts);
  // Zero bytes are valid UTF-8, so BOM-less UTF-16 of ASCII text must be caught first.
  if (declared === null && looksUtf16(bytes)) return { encoding: utf16Order(bytes), bomLength: 0 };
  const utf8 = isUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    if (declared.startsWith('utf-16')) return { encoding: declared === 'utf-16be' ? 'utf-16be' : 'utf-16le', bomLength: 0 };
    // Pages often keep a legacy <meta> after being converted to UTF-8; valid multi-byte UTF-8 is
    // practically impossible in single-byte Cyrillic or Western text, so it wins over the label.
    if (utf8 && hasNonAscii(bytes)) return { encoding: 'utf-8', bomLength: 0 };
    return { encoding: declared, bomLength: 0 };
  }
  if (utf8) return { encoding: 'utf-8', bomLength: 0 };
  const cyrillic = guessSingleByteCyrillic(bytes);
  if (cyrillic) return { encoding: cyrillic, bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Bytes (without their BOM) in a known encoding to text; invalid sequences become U+FFFD. Never throws. */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return utf8Lossy.decode(bytes);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return decodeUtf16(bytes, encoding);
  return legacyDecode(bytes, encoding) ?? utf8Lossy.decode(bytes);
}

export const isUtf16 = (encoding: string): boolean => encoding === 'utf-16le' || encoding === 'utf-16be';

/** Bytes to text in the encoding `chooseEncoding` picks. */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const { encoding, bomLength } = chooseEncoding(bytes, opts);
  return { text: decodeAs(bytes.subarray(bomLength), encoding), encoding };
}

/** A latin1 view of bytes: one character per byte, so offsets into it are byte offsets. */
export function byteString(bytes: Uint8Array): string {
  return asBuffer(bytes).toString('latin1');
}

function legacyDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return iconv.decode(asBuffer(bytes), encoding);
  } catch {
    return null;
  }
}

function decodeUtf16(bytes: Uint8Array, order: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(order).decode(bytes);
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * windows-1251 or KOI8 when the bytes read as single-byte Cyrillic: most high bytes sit in runs
 * (whole words of letters) rather than alone (accented letters in Western text). Lowercase letters
 * dominate running text; windows-1251 puts them at 0xE0–0xFF, KOI8 at 0xC0–0xDF.
 */
export function guessSingleByteCyrillic(bytes: Uint8Array): 'windows-1251' | 'koi8-u' | null {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  let fromE0 = 0; // windows-1251 lowercase, KOI8 uppercase
  let fromC0 = 0; // windows-1251 uppercase, KOI8 lowercase
  for (let i = 0; i <= bytes.length; i++) {
    const b = i < bytes.length ? bytes[i]! : 0;
    if (b >= 0xa0) {
      run++;
      high++;
      if (b >= 0xe0) fromE0++;
      else if (b >= 0xc0) fromC0++;
    } else {
      if (b >= 0x80) high++;
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  if (inRuns < 6 || inRuns < high * 0.6) return null;
  return fromE0 >= fromC0 ? 'windows-1251' : 'koi8-u';
}

/** UTF-16 without a BOM: in mostly-ASCII text every other byte is zero. */
function looksUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 512) & ~1;
  if (n < 8) return false;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  return (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) || (evenZero > pairs * 0.4 && oddZero < pairs * 0.05);
}

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' {
  return bytes[0] === 0 ? 'utf-16be' : 'utf-16le';
}

function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
