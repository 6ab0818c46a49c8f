import { parseDateValue } from './published-date.js';

/** A messaging-channel export (Telegram's result.json shape) read as one document. */
export interface ChannelContent {
  text: string;
  title: string | null;
  /** The first message's date. */
  publishedAt: string | null;
}

export type ChannelRead = { kind: 'channel'; value: ChannelContent } | { kind: 'not-json' } | { kind: 'not-channel' };

/**
 * `{"name": …, "messages": [{"date": …, "text": string | (string | {text})[]}]}` to text: one
 * message after another, service messages skipped. Tells apart text that is not JSON at all from JSON
 * of another shape.
 */
export function readChannel(json: string): ChannelRead {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return { kind: 'not-json' };
  }
  if (!isRecord(data) || !Array.isArray(data['messages'])) return { kind: 'not-channel' };
  const texts: string[] = [];
  let publishedAt: string | null = null;
  for (const message of data['messages']) {
    if (!isRecord(message) || message['type'] === 'service') continue;
    const text = messageText(message['text']).trim();
    if (!text) continue;
    texts.push(text);
    publishedAt ??= parseDateValue(stringOf(message['date']) ?? stringOf(message['date_unixtime']));
  }
  const name = stringOf(data['name']);
  return { kind: 'channel', value: { text: texts.join('\n\n'), title: name?.trim() || null, publishedAt } };
}

/** Telegram keeps formatted text as an array of plain strings and `{type, text}` entities. */
function messageText(text: unknown): string {
  if (typeof text === 'string') return text;
  if (!Array.isArray(text)) return '';
  return text.map((part) => (typeof part === 'string' ? part : isRecord(part) ? (stringOf(part['text']) ?? '') : '')).join('');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function stringOf(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}
