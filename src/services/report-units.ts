/**
 * What one input holds: one report, or many. A feed (RSS, Atom, JSON Feed) holds one report per
 * item, and a Telegram export one per message; each becomes a source of its own, with its own link,
 * title, date and outlet, instead of one document dated by its first item. A feed's item that is
 * only a teaser with a link is read from the article it links to, fetched under the same guards as
 * any address. A malformed feed or export fails whole, before anything of it is stored.
 */
import { HandoverError, ok, type Result } from '../domain/errors.js';
import {
  chooseEncoding,
  decodeAs,
  headString,
  isChannelExport,
  isJsonFeed,
  readChannelMessages,
  readFeedItems,
  sniffFormat,
  type ChannelDocument,
  type FeedDocument,
} from '../ingest/index.js';
import { fail } from '../domain/errors.js';
import type { Fetched } from './fetch-report.js';
import type { IngestInput } from './ingest.service.js';

export type Expanded = { kind: 'single' } | { kind: 'feed'; feed: FeedDocument } | { kind: 'channel'; channel: ChannelDocument };

export interface ExpandHints {
  path?: string | null;
  /** The Content-Type the bytes came with. */
  contentType?: string | null;
  /** Where the bytes were fetched from (resolves relative item links). */
  url?: string | null;
  /** A Telegram channel's public username, for t.me links. */
  channelUsername?: string | null;
}

const looksJson = (hints: ExpandHints) => /json/i.test(hints.contentType ?? '') || /\.json$/i.test((hints.path ?? hints.url ?? '').replace(/[?#].*$/, ''));

/** Whether `bytes` are one report or a feed's items or an export's messages. */
export function expandReport(bytes: Uint8Array, hints: ExpandHints = {}): Result<Expanded> {
  const format = sniffFormat(headString(bytes), { path: hints.path ?? hints.url ?? undefined, contentType: hints.contentType ?? undefined });
  if (format !== 'feed' && format !== 'channel') return ok({ kind: 'single' });
  const { encoding, bomLength } = chooseEncoding(bytes, { contentType: hints.contentType ?? undefined, markup: format === 'feed' });
  const text = decodeAs(bytes.subarray(bomLength), encoding);
  if (format === 'feed') {
    const feed = readFeedItems(text, hints.url);
    return feed.ok ? ok({ kind: 'feed', feed: feed.value }) : feed;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    // JSON that does not parse: a cut-off export says so; other text that starts with "{" is read as text.
    if (looksJson(hints) && /"messages"\s*:/.test(text.slice(0, 65536))) {
      return fail('INGEST_CHANNEL_INVALID', `the channel export is not valid JSON (${(err as Error).message}; a cut-off file?): nothing of it was stored`);
    }
    if (looksJson(hints) && /"jsonfeed\.org/.test(text.slice(0, 4096))) return fail('INGEST_FEED_INVALID', `the JSON Feed is not valid JSON (${(err as Error).message}): nothing of it was stored`);
    return ok({ kind: 'single' });
  }
  if (isJsonFeed(data)) {
    const feed = readFeedItems(text, hints.url);
    return feed.ok ? ok({ kind: 'feed', feed: feed.value }) : feed;
  }
  if (isChannelExport(data)) {
    const channel = readChannelMessages(text, { username: hints.channelUsername ?? null });
    return channel.ok ? ok({ kind: 'channel', channel: channel.value }) : channel;
  }
  return ok({ kind: 'single' });
}

/** One report inside an input: how results name it, what identifies it across polls, how to read it. */
export interface ReportUnit {
  name: string;
  /** A feed item's guid / id (else its link), a message's channel and id. */
  key: string;
  link: string | null;
  /** Whether reading it fetches an article. */
  fetches: boolean;
  load: () => Promise<IngestInput>;
}

export interface UnitContext {
  /** Fetches a teaser's article under the guards (web-fetch.ts). */
  fetch: (url: string) => Promise<Result<Fetched>>;
  /** The input's file, kept as each source's path. */
  path?: string | null;
  /** Overrides every unit's outlet (`--outlet`). */
  outlet?: string | null;
  /** Overrides every unit's date (`--published`). */
  publishedAt?: string | null;
  /** How units are named: the input's name. */
  name: string;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');

/** The units of an expanded input, in its order. */
export function unitsOf(expanded: Exclude<Expanded, { kind: 'single' }>, ctx: UnitContext): ReportUnit[] {
  if (expanded.kind === 'channel') {
    return expanded.channel.messages.map((m) => ({
      name: `${ctx.name} › message ${m.id}`,
      key: m.key,
      link: m.link,
      fetches: false,
      load: async () => ({
        bytes: utf8(m.document),
        contentType: 'application/json',
        path: ctx.path ?? null,
        url: m.link,
        outlet: ctx.outlet ?? m.outlet,
        title: m.title,
        publishedAt: ctx.publishedAt ?? m.publishedAt,
      }),
    }));
  }
  const { feed } = expanded;
  return feed.items.map((item, i) => {
    const label = item.title ? (item.title.length > 60 ? `${item.title.slice(0, 59)}…` : item.title) : (item.link ?? `item ${i + 1}`);
    const base = { outlet: ctx.outlet ?? feed.title, path: ctx.path ?? null, ...(ctx.publishedAt ? { publishedAt: ctx.publishedAt } : {}), fallbackPublishedAt: item.publishedAt };
    if (item.teaser && item.link) {
      const link = item.link;
      return {
        name: `${ctx.name} › ${label}`,
        key: item.key,
        link,
        fetches: true,
        load: async () => {
          const got = await ctx.fetch(link);
          if (!got.ok) {
            // An article that is gone (404, 410 …) or may not be fetched will not come back: the item's own words stand for it.
            // Anything else (a timeout, a 5xx) fails the item, and a watch tries it again next poll.
            const status = Number(got.error.details?.['status'] ?? 0);
            const gone = got.error.code === 'INGEST_FETCH_REFUSED' || (status >= 400 && status < 500 && status !== 408 && status !== 429);
            if (!gone) throw new HandoverError(got.error.code, `the item's article: ${got.error.message}`);
            return { ...base, bytes: utf8(item.document), contentType: `${item.contentType}; charset=utf-8`, url: link, title: item.title };
          }
          const page = got.value;
          return { ...base, bytes: page.bytes, url: page.url, ...(page.contentType && page.mediaType !== 'application/octet-stream' ? { contentType: page.contentType } : {}) };
        },
      };
    }
    return {
      name: `${ctx.name} › ${label}`,
      key: item.key,
      link: item.link,
      fetches: false,
      load: async () => ({ ...base, bytes: utf8(item.document), contentType: `${item.contentType}; charset=utf-8`, url: item.link, title: item.title }),
    };
  });
}

/** A job of an ingest run (ingest-run.service.ts): a name and how to read it. */
export interface UnitJob {
  name: string;
  load: () => Promise<IngestInput | UnitJob[]>;
}

/**
 * An input read: itself when it is one report, else one job per item or message (a feed, an
 * export). Throws a HandoverError for a malformed feed or export: nothing of it is run.
 */
export function expandInput(input: IngestInput, ctx: Omit<UnitContext, 'path' | 'outlet' | 'publishedAt'> & { channelUsername?: string | null }): IngestInput | UnitJob[] {
  const expanded = expandReport(input.bytes, { path: input.path ?? null, contentType: input.contentType ?? null, url: input.url ?? null, channelUsername: ctx.channelUsername ?? null });
  if (!expanded.ok) throw new HandoverError(expanded.error.code, expanded.error.message);
  if (expanded.value.kind === 'single') return input;
  return unitsOf(expanded.value, { ...ctx, path: input.path ?? null, outlet: input.outlet ?? null, publishedAt: input.publishedAt ?? null }).map((u) => ({ name: u.name, load: u.load }));
}

export { channelUsername } from '../ingest/index.js';
