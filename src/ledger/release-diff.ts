/**
 * What changed between two releases: each event added, corrected, merged, split or withdrawn, with
 * the history entries (who, when, why) that changed it in between. Pure: storage hands over the
 * two releases' frozen events and the history written between them.
 */
import type { HistoryEntry, LedgerEvent, ReleaseChange, ReleaseChangeKind, ReleaseDiff } from '../domain/index.js';
import { RELEASE_CHANGE_KINDS } from '../domain/index.js';

/** The fields a reader compares: everything but the claim list's order. */
const FIELDS: readonly (keyof LedgerEvent)[] = ['category', 'wounded', 'from', 'to', 'date', 'figure', 'status', 'agreement', 'mediator', 'exchangeId', 'claimIds', 'flags', 'review', 'locked'];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** "2026-01-29 russia → ukraine remains 1,000". */
export function eventLabel(e: LedgerEvent): string {
  const figure = e.figure.best === null ? 'no figure' : e.figure.best.toLocaleString('en-US');
  return `${e.date?.start ?? 'undated'} ${e.from ?? '?'} → ${e.to ?? '?'} ${e.category} ${figure}`;
}

export function changedFields(a: LedgerEvent, b: LedgerEvent): string[] {
  return FIELDS.filter((f) => (f === 'claimIds' ? !same([...a.claimIds].sort(), [...b.claimIds].sort()) : !same(a[f], b[f]))).map(String);
}

/**
 * The diff from `older` (null: before the first release) to `newer`. `history` is every event
 * entry written after the older release and up to the newer one, in order.
 */
export function diffReleases(from: number | null, older: ReadonlyMap<string, LedgerEvent> | null, to: number, newer: ReadonlyMap<string, LedgerEvent>, history: readonly HistoryEntry[]): ReleaseDiff {
  const byEvent = new Map<string, HistoryEntry[]>();
  for (const h of history) {
    if (h.entity !== 'event') continue;
    const list = byEvent.get(h.entityId) ?? [];
    list.push(h);
    byEvent.set(h.entityId, list);
  }
  const changes: ReleaseChange[] = [];
  const ids = [...new Set([...(older?.keys() ?? []), ...newer.keys()])].sort();
  for (const id of ids) {
    const a = older?.get(id);
    const b = newer.get(id);
    const entries = byEvent.get(id) ?? [];
    const actions = new Set(entries.map((h) => h.action));
    let kind: ReleaseChangeKind;
    let fields: string[] = [];
    if (a === undefined && b !== undefined) {
      kind = actions.has('split') ? 'split' : actions.has('merge') ? 'merged' : 'added';
    } else if (a !== undefined && b === undefined) {
      kind = actions.has('merge') && !actions.has('reject') ? 'merged' : 'withdrawn';
    } else if (a !== undefined && b !== undefined) {
      fields = changedFields(a, b);
      if (fields.length === 0) continue;
      if (b.review === 'rejected' && a.review !== 'rejected') kind = 'withdrawn';
      else if (actions.has('merge')) kind = 'merged';
      else if (actions.has('split')) kind = 'split';
      else kind = 'corrected';
    } else continue;
    changes.push({
      kind,
      eventId: id,
      label: eventLabel((b ?? a)!),
      fields,
      because: entries.map((h) => ({ action: h.action, actor: h.actor, at: h.at, reason: h.reason })),
    });
  }
  const order = (k: ReleaseChangeKind) => RELEASE_CHANGE_KINDS.indexOf(k);
  changes.sort((x, y) => order(x.kind) - order(y.kind) || (x.eventId < y.eventId ? -1 : x.eventId > y.eventId ? 1 : 0));
  const counts = Object.fromEntries(RELEASE_CHANGE_KINDS.map((k) => [k, changes.filter((c) => c.kind === k).length])) as Record<ReleaseChangeKind, number>;
  return { from, to, counts, changes };
}
