/** Followed sources and the items of each already read. */
import type { Watch } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { chunksFor, type Db } from './query-helpers.js';
import type { WatchRow } from './schema.js';

/** What one poll changes on its watch. */
export interface PollRecord {
  at: string;
  nextPollAt: string;
  status: 'ok' | 'not-modified' | 'failed';
  error: string | null;
  /** New validators; undefined keeps the old ones. */
  etag?: string | null;
  lastModified?: string | null;
  title?: string | null;
  itemsSeen: number;
  sourcesNew: number;
  claimsNew: number;
}

export interface WatchItem {
  key: string;
  link: string | null;
  sourceId: string | null;
}

export interface WatchRepository {
  insert(watch: Watch): Promise<void>;
  list(): Promise<Watch[]>;
  get(id: string): Promise<Watch | undefined>;
  byUrl(url: string): Promise<Watch | undefined>;
  /** Removes a watch and what it remembers. False when there was none. */
  remove(id: string): Promise<boolean>;
  /** Watches whose next poll is due at `now`, longest waiting first. */
  due(now: string, limit: number): Promise<Watch[]>;
  /** Takes a watch for one poll: moves its next poll to `until` if it is still `seenNextPollAt`. False when another poller took it first. */
  lease(id: string, seenNextPollAt: string, until: string): Promise<boolean>;
  recordPoll(id: string, poll: PollRecord): Promise<void>;
  /** Which of `keys` this watch has read already. */
  known(id: string, keys: readonly string[]): Promise<Set<string>>;
  /** Remembers items as read (an item already remembered stays as it was). */
  remember(id: string, items: readonly WatchItem[], at: string): Promise<void>;
}

const fromRow = (r: WatchRow): Watch => ({
  id: r.id,
  url: r.url,
  everySeconds: Number(r.every_seconds),
  outlet: r.outlet,
  channel: r.channel,
  title: r.title,
  createdAt: r.created_at,
  createdBy: r.created_by,
  nextPollAt: r.next_poll_at,
  lastPolledAt: r.last_polled_at,
  lastStatus: r.last_status as Watch['lastStatus'],
  lastError: r.last_error,
  etag: r.etag,
  lastModified: r.last_modified,
  polls: Number(r.polls),
  itemsSeen: Number(r.items_seen),
  sourcesNew: Number(r.sources_new),
  claimsNew: Number(r.claims_new),
});

export function watchRepository(db: Db, caps: Capabilities): WatchRepository {
  return {
    async insert(w) {
      await db
        .insertInto('watches')
        .values({
          id: w.id,
          url: w.url,
          every_seconds: w.everySeconds,
          outlet: w.outlet,
          channel: w.channel,
          title: w.title,
          created_at: w.createdAt,
          created_by: w.createdBy,
          next_poll_at: w.nextPollAt,
          last_polled_at: w.lastPolledAt,
          last_status: w.lastStatus,
          last_error: w.lastError,
          etag: w.etag,
          last_modified: w.lastModified,
          polls: w.polls,
          items_seen: w.itemsSeen,
          sources_new: w.sourcesNew,
          claims_new: w.claimsNew,
        })
        .execute();
    },

    async list() {
      return (await db.selectFrom('watches').selectAll().orderBy('created_at').orderBy('id').execute()).map(fromRow);
    },

    async get(id) {
      const row = await db.selectFrom('watches').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async byUrl(url) {
      const row = await db.selectFrom('watches').selectAll().where('url', '=', url).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async remove(id) {
      await db.deleteFrom('watch_items').where('watch_id', '=', id).execute();
      const result = await db.deleteFrom('watches').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async due(now, limit) {
      return (await db.selectFrom('watches').selectAll().where('next_poll_at', '<=', now).orderBy('next_poll_at').orderBy('id').limit(limit).execute()).map(fromRow);
    },

    async lease(id, seen, until) {
      const result = await db.updateTable('watches').set({ next_poll_at: until }).where('id', '=', id).where('next_poll_at', '=', seen).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async recordPoll(id, p) {
      await db
        .updateTable('watches')
        .set((eb) => ({
          last_polled_at: p.at,
          next_poll_at: p.nextPollAt,
          last_status: p.status,
          last_error: p.error,
          ...(p.etag !== undefined ? { etag: p.etag } : {}),
          ...(p.lastModified !== undefined ? { last_modified: p.lastModified } : {}),
          ...(p.title !== undefined && p.title !== null ? { title: p.title } : {}),
          polls: eb('polls', '+', 1),
          items_seen: eb('items_seen', '+', p.itemsSeen),
          sources_new: eb('sources_new', '+', p.sourcesNew),
          claims_new: eb('claims_new', '+', p.claimsNew),
        }))
        .where('id', '=', id)
        .execute();
    },

    async known(id, keys) {
      const out = new Set<string>();
      for (const part of chunksFor([...keys], 1, { ...caps, maxBindParameters: Math.min(caps.maxBindParameters, 5000) })) {
        if (part.length === 0) continue;
        const rows = await db.selectFrom('watch_items').select('item_key').where('watch_id', '=', id).where('item_key', 'in', part).execute();
        for (const r of rows) out.add(r.item_key);
      }
      return out;
    },

    async remember(id, items, at) {
      if (items.length === 0) return;
      for (const part of chunksFor([...items], 5, caps)) {
        await db
          .insertInto('watch_items')
          .values(part.map((i) => ({ watch_id: id, item_key: i.key, link: i.link, source_id: i.sourceId, seen_at: at })))
          .onConflict((oc) => oc.columns(['watch_id', 'item_key']).doNothing())
          .execute();
      }
    },
  };
}
