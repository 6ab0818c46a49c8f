import type { HistoryAction, HistoryEntry } from '../domain/index.js';
import { snapshot } from '../domain/snapshot.js';
import { shortHash } from './ids.js';

/** Who acts and when: pure code never reads the clock, the caller says. */
export interface Actor {
  /** ISO timestamp of the change. */
  at: string;
  /** 'machine' or a person's name. */
  actor?: string;
  /** Why, in the actor's words. */
  reason?: string | null;
}

/** One history entry; its id is a hash of what it records, so the same change yields the same id. */
export function historyEntry(
  who: Actor,
  action: HistoryAction,
  entity: HistoryEntry['entity'],
  entityId: string,
  before: unknown,
  after: unknown,
): HistoryEntry {
  const actor = who.actor ?? 'machine';
  const b = snapshot(before);
  const a = snapshot(after);
  // The JSON of [at, actor, action, entity, entityId, before, after], with the snapshots' text spliced in.
  const head = JSON.stringify([who.at, actor, action, entity, entityId]).slice(0, -1);
  return {
    id: `h_${shortHash(`${head},${b?.json ?? 'null'},${a?.json ?? 'null'}]`, 16)}`,
    at: who.at,
    actor,
    action,
    entity,
    entityId,
    before: b?.copy ?? null,
    after: a?.copy ?? null,
    reason: who.reason ?? null,
  };
}
