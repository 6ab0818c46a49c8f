/** The append-only history of a record: who, when, what was done, what changed, and why. */
import type { HistoryEntry } from '../api/client';
import { formatStamp } from '../lib/format';

const SHOWN_FIELDS = ['review', 'status', 'figure', 'count', 'from', 'to', 'category', 'date', 'kind', 'agreement', 'mediator', 'locked', 'claimIds'];

function show(v: unknown): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('best' in o) return o.low === o.high && o.low === o.best ? String(o.best) : `${String(o.best)} (${String(o.low ?? '–')}–${String(o.high ?? 'open')})`;
    if ('value' in o) return `${String(o.value)} ${String(o.qualifier ?? '')}`.trim();
    if ('start' in o) return o.start === o.end ? String(o.start) : `${String(o.start)} – ${String(o.end)}`;
    if (Array.isArray(v)) return `${v.length} item${v.length === 1 ? '' : 's'}`;
    return JSON.stringify(v);
  }
  return String(v);
}

/** The fields an entry changed, as "field: before → after". */
export function changesOf(entry: HistoryEntry): string[] {
  const before = (entry.before ?? null) as Record<string, unknown> | null;
  const after = (entry.after ?? null) as Record<string, unknown> | null;
  if (before === null) return after === null ? [] : ['created'];
  if (after === null) return ['removed'];
  return SHOWN_FIELDS.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k])).map((k) => `${k}: ${show(before[k])} → ${show(after[k])}`);
}

export function HistoryList(props: { entries: HistoryEntry[] }) {
  if (props.entries.length === 0) return <p>No history.</p>;
  return (
    <ol class="history">
      {props.entries.map((h) => (
        <li key={h.id}>
          <div>
            <strong>{h.action}</strong> {h.entity} <code>{h.entityId}</code> by {h.actor} <span class="muted">at {formatStamp(h.at)}</span>
          </div>
          {changesOf(h).length > 0 && <div class="small">{changesOf(h).join('; ')}</div>}
          {h.reason && <div class="small">Why: {h.reason}</div>}
        </li>
      ))}
    </ol>
  );
}
