/**
 * A Telegram desktop export (`result.json`) as its messages, each to become a source of its own:
 * the channel as outlet (or, for a forward, the channel or person it was forwarded from), the
 * message's date as publication date, and `https://t.me/<channel>/<id>` as link when the channel's
 * public username is known. The export is checked whole first: one message without an id or a date
 * refuses all of it (INGEST_CHANNEL_INVALID), so nothing is stored half.
 */
import { fail, ok, type Result } from '../domain/errors.js';
import { parseDateValue } from './published-date.js';

export interface ChannelMessage {
  /** Identifies the message across exports: the channel's id (or name) and the message id. */
  key: string;
  id: number;
  /** Who is credited: the origin of a forward, else the channel. */
  outlet: string | null;
  /** The channel or person a forward came from, as the export names them. */
  forwardedFrom: string | null;
  link: string | null;
  /** YYYY-MM-DD as the export writes it (the exporting machine's local day). */
  publishedAt: string | null;
  text: string;
  /** The first line of the text, cut to a title's length. */
  title: string | null;
  /** The message in a one-message export of the same channel: the bytes ingest reads and stores. */
  document: string;
}

export interface ChannelDocument {
  name: string | null;
  username: string | null;
  messages: ChannelMessage[];
  /** Messages passed over: service messages, and media without a caption. */
  skipped: number;
}

export interface ChannelReadOptions {
  /** The channel's public username (`@name`, `name` or `https://t.me/name`), when the export does not say. */
  username?: string | null;
}

/** A Telegram username as the t.me link needs it, or null when it is not one. */
export function channelUsername(value: string | null | undefined): string | null {
  if (!value) return null;
  const name = value.trim().replace(/^https?:\/\/t\.me\//i, '').replace(/^@/, '').replace(/\/.*$/, '');
  return /^[A-Za-z][A-Za-z0-9_]{3,31}$/.test(name) ? name : null;
}

/** Whether parsed JSON has the shape of a channel export (an object with a "messages" list). */
export function isChannelExport(data: unknown): data is Record<string, unknown> {
  return isRecord(data) && Array.isArray(data['messages']);
}

const TITLE_CHARS = 140;

/** Reads an export's text (already decoded). */
export function readChannelMessages(json: string, options: ChannelReadOptions = {}): Result<ChannelDocument> {
  let data: unknown;
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (err) {
    return fail('INGEST_CHANNEL_INVALID', `the channel export is not valid JSON (${(err as Error).message}; a cut-off file?): nothing of it was stored`);
  }
  if (!isChannelExport(data)) return fail('INGEST_CHANNEL_INVALID', 'the JSON has no "messages" list: not a Telegram channel export');
  const name = str(data['name']);
  const username = channelUsername(options.username ?? str(data['username']));
  const channelKey = str(data['id']) ?? name ?? 'channel';
  const list = data['messages'] as unknown[];
  const messages: ChannelMessage[] = [];
  let skipped = 0;
  for (let index = 0; index < list.length; index++) {
    const message = list[index];
    const where = `messages[${index}]`;
    if (!isRecord(message)) return fail('INGEST_CHANNEL_INVALID', `${where} is not an object: nothing of the export was stored`);
    const id = message['id'];
    if (typeof id !== 'number' || !Number.isInteger(id)) return fail('INGEST_CHANNEL_INVALID', `${where} has no whole-number "id": nothing of the export was stored`);
    const rawDate = str(message['date']) ?? str(message['date_unixtime']);
    const publishedAt = parseDateValue(rawDate);
    if (publishedAt === null) return fail('INGEST_CHANNEL_INVALID', `${where} (id ${id}) has no readable "date"${rawDate ? ` ("${rawDate}")` : ''}: nothing of the export was stored`);
    if (message['type'] === 'service') {
      skipped++;
      continue;
    }
    const text = messageText(message['text']).trim();
    if (!text) {
      skipped++;
      continue;
    }
    const forwardedFrom = str(message['forwarded_from']) ?? str(message['saved_from']);
    const envelope = { name, type: data['type'], id: data['id'], ...(username ? { username } : {}), messages: [message] };
    const firstLine = text.split('\n').find((l) => l.trim())!.trim();
    messages.push({
      key: `tg:${channelKey}:${id}`,
      id,
      outlet: forwardedFrom ?? name,
      forwardedFrom,
      link: username ? `https://t.me/${username}/${id}` : null,
      publishedAt,
      text,
      title: firstLine.length > TITLE_CHARS ? `${firstLine.slice(0, TITLE_CHARS - 1).trimEnd()}…` : firstLine,
      document: JSON.stringify(envelope),
    });
  }
  return ok({ name, username, messages, skipped });
}

/** Telegram keeps formatted text as an array of plain strings and `{type, text}` entities. */
function messageText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((part) => (typeof part === 'string' ? part : isRecord(part) ? (str(part['text'], false) ?? '') : '')).join('');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, trim = true): string | null {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return null;
  return trim ? v.trim() || null : v;
}
