/**
 * Reads a JSON export as a stream of records, so a ledger of any size is checked and imported
 * without holding it in memory: only the record being read is parsed into objects.
 */
import { TokenParser, Tokenizer, TokenType, type ParsedTokenInfo } from '@streamparser/json';
import { EXPORT_SECTIONS, type ExportSection, type TopLevel } from '../ledger/export-schema.js';
import { HandoverError } from '../domain/errors.js';

export type LedgerFileItem =
  | { kind: 'header'; key: string; value: unknown }
  | { kind: 'record'; section: ExportSection; key: number | string; value: unknown };

/** What the reader saw at the top level, filled in as it goes; complete once the generator returns. */
export interface LedgerFileShape extends TopLevel {
  kinds: Map<string, 'array' | 'other'>;
}

/**
 * A JSON export to read: its name for messages (a file name, "upload") and a way to read its bytes
 * from the start (an import reads it twice: once to check every record, once to write).
 */
export interface LedgerFileInput {
  name: string;
  open(): AsyncIterable<Uint8Array>;
}

const PATHS = ['$.format', '$.version', '$.exportedAt', ...EXPORT_SECTIONS.map((s) => `$.${s}.*`)];

/**
 * Yields the header values and each record of the sections asked for, in file order. Throws a
 * HandoverError (IMPORT_READ_FAILED, IMPORT_INVALID) that says where the file broke: the byte
 * offset and the last complete record, and whether it simply ends early.
 */
export async function* readLedgerFile(input: LedgerFileInput, shape: LedgerFileShape, sections: readonly ExportSection[] = EXPORT_SECTIONS): AsyncGenerator<LedgerFileItem> {
  const tokenizer = new Tokenizer();
  const parser = new TokenParser({ paths: PATHS, keepStack: false });
  const queue: LedgerFileItem[] = [];
  let failure: Error | null = null;
  let last = 'the start of the file';
  let offset = 0;
  let depth = 0;
  let key: string | null = null;
  let prev: TokenType | null = null;
  let seenAny = false;

  const file = input.name;
  tokenizer.onToken = (t: ParsedTokenInfo) => {
    offset = t.offset;
    if (!seenAny) {
      seenAny = true;
      shape.object = t.token === TokenType.LEFT_BRACE;
    }
    // The top-level keys and what each holds, without building the values.
    if (depth === 1) {
      if (t.token === TokenType.STRING && prev !== TokenType.COLON) key = String(t.value);
      else if (prev === TokenType.COLON && key !== null) shape.kinds.set(key, t.token === TokenType.LEFT_BRACKET ? 'array' : 'other');
    }
    if (t.token === TokenType.LEFT_BRACE || t.token === TokenType.LEFT_BRACKET) depth++;
    else if (t.token === TokenType.RIGHT_BRACE || t.token === TokenType.RIGHT_BRACKET) depth--;
    if (depth <= 1) prev = t.token;
    parser.write(t);
  };
  tokenizer.onEnd = () => {
    if (!parser.isEnded) parser.end();
  };
  tokenizer.onError = (err) => {
    failure ??= err;
  };
  parser.onError = (err) => {
    failure ??= err;
    tokenizer.error(err);
  };
  parser.onEnd = () => {
    if (!tokenizer.isEnded) tokenizer.end();
  };
  parser.onValue = ({ value, key: k, stack }) => {
    if (stack.length === 1) {
      queue.push({ kind: 'header', key: String(k), value });
      return;
    }
    const section = stack[1]?.key as ExportSection;
    last = typeof k === 'number' ? `${section}[${k}]` : `${section}.${String(k)}`;
    if (sections.includes(section)) queue.push({ kind: 'record', section, key: k as number | string, value });
  };

  const broken = (err: Error, atEnd: boolean) =>
    new HandoverError(
      'IMPORT_INVALID',
      atEnd
        ? `${file} ends before its JSON is complete (is it cut short?); the last complete record is ${last}`
        : `${file} is not valid JSON near byte ${offset}, after ${last}: ${err.message}`,
      { file, offset, after: last },
    );

  let bytes = 0;
  let stream: AsyncIterable<Uint8Array> | null = null;
  try {
    stream = input.open();
    for await (const chunk of stream) {
      bytes += chunk.length;
      if (tokenizer.isEnded) {
        // Only whitespace may follow the document.
        if (Buffer.from(chunk).toString('utf8').trim().length > 0) throw broken(new Error('data after the end of the JSON document'), false);
        continue;
      }
      tokenizer.write(chunk);
      if (failure) throw broken(failure, false);
      yield* queue.splice(0);
    }
  } catch (err) {
    if (err instanceof HandoverError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new HandoverError('IMPORT_READ_FAILED', `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (err as Error).message}`, { file });
  } finally {
    (stream as { destroy?: () => void } | null)?.destroy?.();
  }
  if (bytes === 0) throw new HandoverError('IMPORT_INVALID', `${file} is empty`, { file });
  if (!tokenizer.isEnded) {
    try {
      tokenizer.end();
    } catch (err) {
      failure ??= err as Error;
    }
    if (failure) throw broken(failure, true);
  }
  if (failure) throw broken(failure, false);
  yield* queue.splice(0);
}
