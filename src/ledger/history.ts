import type { HistoryAction, HistoryEntry } from '../domain/index.js';
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

/** A detached copy, so a history entry never changes with the object it describes. */
function snapshot<T>(value: T | null): T | null {
  return value === null ? null : (JSON.parse(JSON.stringify(value)) as T);
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
  const b = snapshot(before ?? null);
  const a = snapshot(after ?? null);
  return {
    id: `h_${shortHash(JSON.stringify([who.at, actor, action, entity, entityId, b, a]), 16)}`,
    at: who.at,
    actor,
    action,
    entity,
    entityId,
    before: b,
    after: a,
    reason: who.reason ?? null,
  };
}
