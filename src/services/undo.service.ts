/**
 * Undo: puts back what a review change altered, as new history entries (nothing is erased). A
 * record that changed again since the change being undone is refused, so an undo never overwrites
 * someone else's later decision.
 */
import { recordHistory } from './notify.js';
import type { HistoryEntry, LedgerClaim, LedgerEvent } from '../domain/index.js';
import { HandoverError, issueOf, type Result, ok } from '../domain/errors.js';
import { historyEntry, type Actor } from '../ledger/history.js';
import type { Repositories, Store } from '../storage/index.js';
import type { ReviewChange } from './review.service.js';
import { versionOf } from './versions.js';

export interface UndoRequest {
  /** The history entries of the change to undo (a review answer's `history[].id`). */
  history: readonly string[];
  /** The records those entries are about (a review answer's `changed`). */
  changed: readonly string[];
}

const entityOf = (id: string): 'event' | 'claim' | null => (id.startsWith('ev_') ? 'event' : id.startsWith('cl_') ? 'claim' : null);

const sameRecord = (a: LedgerEvent | LedgerClaim | undefined, b: unknown): boolean =>
  a === undefined ? b === null || b === undefined : b !== null && b !== undefined && versionOf(a) === versionOf(b as LedgerEvent);

async function entriesOf(tx: Repositories, request: UndoRequest): Promise<HistoryEntry[]> {
  const wanted = new Set(request.history);
  const found = new Map<string, HistoryEntry>();
  for (const id of new Set(request.changed)) {
    const entity = entityOf(id);
    if (entity === null) throw new HandoverError('INPUT_INVALID', `"${id}" is not an event (ev_…) or claim (cl_…) id`, { path: 'body.changed' });
    for (const h of await tx.history.forEntity(entity, id)) if (wanted.has(h.id)) found.set(h.id, h);
  }
  const missing = [...wanted].filter((id) => !found.has(id));
  if (missing.length > 0) throw new HandoverError('NOT_FOUND', `no history entry ${missing.join(', ')} about ${request.changed.join(', ')}`, { path: 'body.history' });
  return [...found.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * Undoes one review change. Events are put back in three steps so no claim is ever in two events
 * at once: events the change created go first, then changed events get their old claims back, then
 * events the change folded away return.
 */
export async function undoChange(store: Store, request: UndoRequest, who: Actor): Promise<Result<ReviewChange>> {
  try {
    return ok(
      await store.transaction(async (tx) => {
        await tx.locks.ledger();
        const entries = await entriesOf(tx, request);
        // The latest entry per record says what it must be now; the earliest, what it goes back to.
        const first = new Map<string, HistoryEntry>();
        const last = new Map<string, HistoryEntry>();
        for (const h of entries) {
          if (!first.has(h.entityId)) first.set(h.entityId, h);
          last.set(h.entityId, h);
        }
        const plan: { id: string; entity: 'event' | 'claim'; now: LedgerEvent | LedgerClaim | undefined; back: unknown }[] = [];
        for (const [id, h] of last) {
          if (h.entity !== 'event' && h.entity !== 'claim') throw new HandoverError('INPUT_INVALID', `${h.id} is about a ${h.entity}: only review changes to events and claims are undone`, { path: 'body.history' });
          const now = h.entity === 'event' ? await tx.events.get(id) : await tx.claims.get(id);
          if (!sameRecord(now, h.after)) {
            throw new HandoverError('VERSION_CONFLICT', `${id} changed after this change was made: undo the later change first, or correct it by hand`, { id });
          }
          plan.push({ id, entity: h.entity, now, back: first.get(id)!.before ?? null });
        }
        const history: HistoryEntry[] = [];
        const note = (entity: 'event' | 'claim', id: string, before: unknown, after: unknown) => history.push(historyEntry(who, 'undo', entity, id, before ?? null, after ?? null));
        for (const p of plan) {
          if (p.entity !== 'claim') continue;
          if (p.back === null) throw new HandoverError('INPUT_INVALID', `${p.id} was created by ingest, not by a review change: reject it instead`, { path: 'body.history' });
          await tx.claims.save(p.back as LedgerClaim, who.at);
          note('claim', p.id, p.now, p.back);
        }
        const events = plan.filter((p) => p.entity === 'event');
        for (const p of events.filter((e) => e.back === null && e.now !== undefined)) {
          await tx.events.remove(p.id);
          note('event', p.id, p.now, null);
        }
        for (const p of events.filter((e) => e.back !== null && e.now !== undefined)) {
          await tx.events.save(p.back as LedgerEvent, who.at, p.now as LedgerEvent);
          note('event', p.id, p.now, p.back);
        }
        for (const p of events.filter((e) => e.back !== null && e.now === undefined)) {
          await tx.events.save(p.back as LedgerEvent, who.at, null);
          note('event', p.id, null, p.back);
        }
        await recordHistory(tx, history);
        return { changed: history.map((h) => h.entityId), history };
      }),
    );
  } catch (err) {
    return { ok: false, error: issueOf(err, 'VERSION_CONFLICT') };
  }
}
