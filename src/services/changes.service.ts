/**
 * The change feed: every source, claim and event created, corrected, merged, split or withdrawn, in
 * the order the append-only history recorded it. The cursor is the history's sequence number, so
 * it means the same after a restart. A mirror replays the feed (`applyChanges`): each entry's
 * record as it stood after the change is written, a withdrawn one removed, and the entry itself
 * appended to the mirror's history, so the mirror exports what its origin exports.
 */
import type { ChangeRecord, HistoryEntry, LedgerClaim, LedgerEvent, LedgerSource } from '../domain/index.js';
import { fail, HandoverError, issueOf, ok, type Result } from '../domain/errors.js';
import type { Repositories, Store } from '../storage/index.js';
import { fingerprintText } from './near-duplicate.js';
import { recordHistory } from './notify.js';

export const CHANGES_LIMIT = { default: 500, max: 5000 };

/** What an entry did, in the feed's words. */
export function changeOf(h: HistoryEntry): ChangeRecord['change'] {
  if (h.after === null) return h.action === 'merge' ? 'merged' : 'withdrawn';
  if (h.before === null) return h.action === 'split' ? 'split' : h.action === 'merge' ? 'merged' : 'created';
  if (h.action === 'correct') return 'corrected';
  if (h.action === 'merge') return 'merged';
  if (h.action === 'split') return 'split';
  if (h.action === 'reject' && h.entity === 'event') return 'withdrawn';
  return 'updated';
}

/** Whether the record no longer counts after this entry: removed, or an event rejected (kept, marked so). */
export function isTombstone(h: HistoryEntry): boolean {
  if (h.after === null) return true;
  return h.entity === 'event' && (h.after as LedgerEvent).review === 'rejected';
}

export function checkCursor(since: string | undefined): Result<number> {
  if (since === undefined || since === '') return ok(0);
  if (!/^\d{1,15}$/.test(since)) return fail('INPUT_INVALID', `since must be a cursor from an earlier read of the feed (a whole number; 0 for the beginning), got "${since}"`, { path: 'since' });
  return ok(Number(since));
}

export interface ChangesPage {
  changes: ChangeRecord[];
  /** Where to read on from: the last change's cursor, or `since` when there was none. */
  cursor: string;
  /** Whether more changes wait after this page. */
  more: boolean;
}

/** The changes after `since`, at most `limit`, oldest first. */
export async function changesSince(store: Store, since: string | undefined, limit = CHANGES_LIMIT.default): Promise<Result<ChangesPage>> {
  const from = checkCursor(since);
  if (!from.ok) return from;
  const page = await store.history.page(from.value, limit + 1);
  const more = page.length > limit;
  const changes = page.slice(0, limit).map(({ seq, ...entry }): ChangeRecord => ({ cursor: String(seq), seq, change: changeOf(entry), tombstone: isTombstone(entry), entry }));
  return ok({ changes, cursor: changes.at(-1)?.cursor ?? String(from.value), more });
}

export interface ApplyReport {
  /** Entries written to this ledger. */
  applied: number;
  /** Entries it held already (an earlier replay), left alone. */
  skipped: number;
  /** The last cursor read. */
  cursor: string | null;
}

const NO_BODY = fingerprintText('');

/** Checks one record of a feed: the shape a face reads from a file or a server. */
export function checkChangeRecord(value: unknown, where: string): Result<ChangeRecord> {
  const v = value as Partial<ChangeRecord> | null;
  const e = v?.entry as Partial<HistoryEntry> | undefined;
  if (v === null || typeof v !== 'object' || typeof v.cursor !== 'string' || e === undefined || e === null || typeof e !== 'object') {
    return fail('FEED_INVALID', `${where}: not a change record ({ cursor, seq, change, entry })`, { path: where });
  }
  if (typeof e.id !== 'string' || typeof e.at !== 'string' || typeof e.entityId !== 'string' || !['source', 'claim', 'event'].includes(String(e.entity)) || typeof e.action !== 'string') {
    return fail('FEED_INVALID', `${where}.entry: not a history entry (id, at, action, entity, entityId, before, after)`, { path: `${where}.entry` });
  }
  return ok(v as ChangeRecord);
}

async function applyOne(tx: Repositories, h: HistoryEntry, ordinals: Map<string, number>): Promise<void> {
  if (h.entity === 'source') {
    const s = h.after as LedgerSource | null;
    // A source is never removed, and its metadata never changes after ingest.
    if (s !== null && !(await tx.sources.get(s.id))) {
      // The feed carries no bodies (a public reader may follow it): the mirror keeps the metadata.
      await tx.sources.insert(s, { raw: new Uint8Array(0), cleanText: '', fingerprint: NO_BODY.signature, numerals: NO_BODY.numerals, nearKey: null });
    }
    return;
  }
  if (h.entity === 'claim') {
    const c = h.after as LedgerClaim | null;
    if (c === null) return;
    if (await tx.claims.get(c.id)) return tx.claims.save(c, h.at);
    if (!(await tx.sources.get(c.sourceId))) throw new HandoverError('FEED_INVALID', `entry ${h.id}: claim ${c.id} cites source ${c.sourceId}, which the feed has not given yet: replay the feed from its beginning (--since 0)`);
    let n = ordinals.get(c.sourceId);
    if (n === undefined) n = (await tx.claims.bySource(c.sourceId)).length;
    ordinals.set(c.sourceId, n + 1);
    return tx.claims.insertMany([c], [n], h.at);
  }
  const e = h.after as LedgerEvent | null;
  if (e === null) return tx.events.remove(h.entityId);
  await tx.events.save(e, h.at);
}

/**
 * Replays change records onto this ledger, in order, in one transaction: an entry already held is
 * skipped, so replaying a feed twice (or from an earlier cursor) changes nothing. `origin` names
 * where the feed came from; its last cursor is remembered for the next replay.
 */
export async function applyChanges(store: Store, records: AsyncIterable<ChangeRecord> | Iterable<ChangeRecord>, origin: string | null, now = () => new Date().toISOString()): Promise<Result<ApplyReport>> {
  try {
    const report = await store.transaction(async (tx) => {
      await tx.locks.ledger();
      const out: ApplyReport = { applied: 0, skipped: 0, cursor: null };
      const ordinals = new Map<string, number>();
      let batch: HistoryEntry[] = [];
      const flush = async () => {
        // A mirror's own subscribers hear of the events it gains, as from any other write.
        await recordHistory(tx, batch);
        batch = [];
      };
      for await (const r of records) {
        out.cursor = r.cursor;
        const known = await tx.history.existingIds([r.entry.id]);
        if (known.has(r.entry.id) || batch.some((h) => h.id === r.entry.id)) {
          out.skipped++;
          continue;
        }
        await applyOne(tx, r.entry, ordinals);
        batch.push(r.entry);
        out.applied++;
        if (batch.length >= 500) await flush();
      }
      await flush();
      if (origin !== null && out.cursor !== null) await tx.releases.setMirrorCursor(origin, out.cursor, now());
      return out;
    });
    return ok(report);
  } catch (err) {
    return { ok: false, error: issueOf(err, 'FEED_INVALID') };
  }
}

/** Where the last replay from `origin` stopped. */
export async function mirrorCursor(store: Store, origin: string): Promise<string | null> {
  return store.releases.mirrorCursor(origin);
}

/**
 * Events that became confirmed, newest first (for the Atom feed): history entries whose event is
 * confirmed after the change and was not before. At most `limit`, from the last `scan` entries.
 */
export async function newlyConfirmed(store: Store, limit = 50, scan = 20_000): Promise<{ entry: HistoryEntry; event: LedgerEvent }[]> {
  const out: { entry: HistoryEntry; event: LedgerEvent }[] = [];
  let before: number | null = null;
  for (let seen = 0; seen < scan && out.length < limit; ) {
    const page = await store.releases.eventEntriesBefore(before, 500);
    if (page.length === 0) break;
    for (const h of page) {
      const after = h.after as LedgerEvent | null;
      const was = h.before as LedgerEvent | null;
      if (after?.status === 'confirmed' && after.review !== 'rejected' && was?.status !== 'confirmed') out.push({ entry: h, event: after });
      if (out.length >= limit) break;
    }
    seen += page.length;
    before = page.at(-1)!.seq;
  }
  return out;
}
