/**
 * Reading one input (a file, a device, a pipe, or stdin) with a size cap enforced while reading: an
 * endless stream (`/dev/zero`) or a huge file stops at the cap with a one-line reason, and memory
 * never holds more than the cap of it.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { HandoverError } from '../domain/errors.js';
import { isHtmlPage } from '../services/page.js';

const MiB = 1024 * 1024;

/**
 * The cap on one input unless --max-bytes says otherwise. Reading a report holds its bytes, its text
 * as a JavaScript string (two bytes a character) and its lines at once: on top of the ~135 MB the CLI
 * itself takes, a 16 MiB text file peaks near 255 MB in ingest, a 24 MiB one past 300 MB (README, "The ledger").
 */
export const DEFAULT_MAX_BYTES = 16 * MiB;
/**
 * The cap on one HTML page unless --max-bytes says otherwise. A page is parsed into a DOM that
 * takes about 35 times its size: an 8 MiB page peaks past 300 MB in ingest, a 6 MiB one stays under.
 */
export const DEFAULT_MAX_PAGE_BYTES = 6 * MiB;
/** What --max-bytes may be at most: a longer text does not fit in a JavaScript string (about 512 Mi characters). */
export const MAX_MAX_BYTES = 512 * MiB;

const UNITS: Record<string, number> = { '': 1, k: 1024, m: MiB, g: 1024 * MiB };

/** The cap on an HTML page: the default page cap, or --max-bytes when given (the user takes the memory it costs). */
export function pageCapOf(text: string | undefined, maxBytes: number): number {
  return text === undefined ? Math.min(DEFAULT_MAX_PAGE_BYTES, maxBytes) : maxBytes;
}

/** `--max-bytes` as given (`1000000`, `64M`, `512k`, `1G`; units are powers of 1024): bytes, or an error message. */
export function parseMaxBytes(text: string | undefined): { ok: true; value: number } | { ok: false; message: string } {
  if (text === undefined) return { ok: true, value: DEFAULT_MAX_BYTES };
  const m = /^(\d+)\s*([kmg]?)(?:i?b)?$/i.exec(text.trim());
  const value = m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) return { ok: false, message: `--max-bytes must be a size such as 64M, 512k or 1000000, got "${text}"` };
  if (value > MAX_MAX_BYTES) return { ok: false, message: `--max-bytes is at most 512M (a longer text does not fit in memory as one string), got "${text}"` };
  return { ok: true, value };
}

/** A size as people read it: 64 MiB, 600 MiB, 512 KiB, 1,000 bytes. */
export function sizeText(bytes: number): string {
  if (bytes >= MiB && bytes % MiB === 0) return `${bytes / MiB} MiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}

const tooLarge = (max: number, size: number | null): HandoverError =>
  new HandoverError('INGEST_TOO_LARGE', `${size === null ? 'larger' : `${sizeText(size)}, larger`} than the ${sizeText(max)} cap (--max-bytes raises it, up to 512M)`, { maxBytes: max, ...(size === null ? {} : { size }) });

/** Refuses an HTML page over its cap (INGEST_TOO_LARGE), after reading: only its first bytes say it is a page. */
export function checkPageSize(bytes: Buffer, path: string | null, pageMax: number): Buffer {
  if (bytes.length > pageMax && isHtmlPage(bytes, path)) {
    throw new HandoverError('INGEST_TOO_LARGE', `an HTML page of ${sizeText(bytes.length)}, larger than the ${sizeText(pageMax)} cap for pages (its DOM takes tens of times its size; --max-bytes raises it)`, {
      maxBytes: pageMax,
      size: bytes.length,
    });
  }
  return bytes;
}

/** What the system said about a file, in a person's words. */
function readFailure(err: NodeJS.ErrnoException): HandoverError {
  const why =
    err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a folder' : err.code === 'EACCES' || err.code === 'EPERM' ? 'permission denied' : err.code === 'ELOOP' ? 'a symbolic link that loops' : err.message;
  return new HandoverError('INGEST_READ_FAILED', `cannot read: ${why}`);
}

/** Pieces of a stream, up to `max` bytes in all; more than that throws INGEST_TOO_LARGE (the pieces read so far are dropped). */
async function collect(pieces: AsyncIterable<Buffer>, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const piece of pieces) {
    total += piece.length;
    if (total > max) throw tooLarge(max, null);
    chunks.push(piece);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/** Chunks of an open file handle of any kind (a device or a pipe has no size to trust). */
async function* chunksOf(fh: Awaited<ReturnType<typeof open>>): AsyncIterable<Buffer> {
  for (;;) {
    const buf = Buffer.allocUnsafe(MiB);
    const { bytesRead } = await fh.read(buf, 0, buf.length, null);
    if (bytesRead === 0) return;
    yield bytesRead === buf.length ? buf : buf.subarray(0, bytesRead);
  }
}

/**
 * Reads a file (or `-` for stdin) whole, up to `maxBytes`. Throws a HandoverError: INGEST_TOO_LARGE
 * past the cap (a regular file whose size says so is refused before any byte is read),
 * INGEST_READ_FAILED when the file cannot be read.
 */
export async function readInput(path: string, maxBytes: number): Promise<Buffer> {
  if (path === '-') {
    try {
      return await collect(process.stdin as AsyncIterable<Buffer>, maxBytes);
    } finally {
      // Past the cap the rest of stdin is not wanted; leaving the stream open would keep the process alive.
      process.stdin.destroy();
    }
  }
  let fh;
  try {
    fh = await open(path, 'r');
  } catch (err) {
    throw readFailure(err as NodeJS.ErrnoException);
  }
  try {
    const info = await fh.stat();
    if (info.isDirectory()) throw readFailure({ code: 'EISDIR' } as NodeJS.ErrnoException);
    if (!info.isFile()) return await collect(chunksOf(fh), maxBytes);
    if (info.size > maxBytes) throw tooLarge(maxBytes, info.size);
    // A regular file is read into one buffer of its size (no second copy); one that grows while read is read on in pieces.
    const buf = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < buf.length) {
      const { bytesRead } = await fh.read(buf, length, buf.length - length, null);
      if (bytesRead === 0) return buf.subarray(0, length);
      length += bytesRead;
    }
    const rest = await collect(chunksOf(fh), maxBytes - length);
    return rest.length === 0 ? buf : Buffer.concat([buf, rest]);
  } catch (err) {
    if (err instanceof HandoverError) {
      if (err.code === 'INGEST_TOO_LARGE' && err.details?.size === undefined) throw tooLarge(maxBytes, null);
      throw err;
    }
    throw readFailure(err as NodeJS.ErrnoException);
  } finally {
    await fh.close();
  }
}

/**
 * A regular file read whole, at once, when it is one and no larger than `maxBytes`; null for anything
 * else (a device, a pipe, a folder, a file that cannot be opened or is too large), which `readInput`
 * then reads and explains. Many small reports read this way cost a third of the asynchronous reads.
 */
export function readRegularFile(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile() || info.size > maxBytes) return null;
    const buf = Buffer.allocUnsafe(info.size);
    let length = 0;
    while (length < buf.length) {
      const n = readSync(fd, buf, length, buf.length - length, null);
      if (n === 0) return buf.subarray(0, length);
      length += n;
    }
    // A file that grew while it was read is left to readInput.
    return readSync(fd, Buffer.allocUnsafe(1), 0, 1, null) === 0 ? buf : null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}

/** A regular file's size, or null when it is none (or cannot be looked at). */
export function regularFileSize(path: string): number | null {
  try {
    const info = statSync(path);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** A file's bytes a megabyte at a time, in order (for reading a large text piece by piece). */
export function* fileChunks(path: string, chunk = MiB): Generator<Uint8Array> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(chunk);
      const n = readSync(fd, buf, 0, chunk, null);
      if (n === 0) return;
      yield buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}
