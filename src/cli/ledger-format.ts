/** How the ledger's commands print events, claims, totals and history for people. */
import pc from 'picocolors';
import type { Figure, HistoryEntry, LedgerClaim, LedgerEvent } from '../domain/index.js';
import type { Totals } from '../services/index.js';
import type { EventDetail } from '../services/read.service.js';
import type { ReviewItem } from '../services/review.service.js';
import { formatInt, table } from './ledger-cli.js';

export function figureText(f: Figure): string {
  if (f.best === null && f.low === null) return 'no figure';
  const best = formatInt(f.best ?? f.low);
  if (f.low === f.best && f.high === f.best) return best;
  return `${best} (${formatInt(f.low)}–${f.high === null ? '…' : formatInt(f.high)})`;
}

const statusColour = (s: string) => (s === 'disputed' ? pc.red(s) : s === 'confirmed' ? pc.green(s) : pc.yellow(s));

export function dateText(d: LedgerEvent['date']): string {
  if (!d) return 'undated';
  return d.precision === 'day' && d.start === d.end ? d.start : `${d.start}${d.end !== d.start ? `…${d.end}` : ''} (${d.precision})`;
}

export function eventsTable(events: LedgerEvent[]): string {
  if (events.length === 0) return 'no events\n';
  const rows = events.map((e) => [
    e.id,
    dateText(e.date),
    `${e.from ?? '?'} → ${e.to ?? '?'}`,
    e.category + (e.wounded ? '+wounded' : ''),
    figureText(e.figure),
    statusColour(e.status),
    e.review,
    String(e.claimIds.length),
    pc.dim(e.flags.filter((f) => !f.includes(':')).join(' ')),
  ]);
  return table([['id', 'date', 'direction', 'category', 'figure', 'status', 'review', 'claims', 'flags'].map((h) => pc.bold(h)), ...rows]);
}

export function claimLine(c: LedgerClaim): string {
  const count = c.count ? `${c.count.qualifier === 'exact' ? '' : `${c.count.qualifier.replace('_', ' ')} `}${formatInt(c.count.value)}` : 'no figure';
  const who = c.attribution.speaker ?? c.attribution.party ?? 'unattributed';
  return `${c.kind} ${c.from ?? '?'} → ${c.to ?? '?'} ${c.category} ${pc.bold(count)} ${c.date ? dateText(c.date) : ''} · ${who}${c.attribution.party && c.attribution.speaker ? ` (${c.attribution.party})` : ''}`;
}

export function eventDetailText(d: EventDetail): string {
  const e = d.event;
  const head = [
    `${pc.bold(e.id)}  ${dateText(e.date)}  ${e.from ?? '?'} → ${e.to ?? '?'}  ${e.category}${e.wounded ? ' (wounded)' : ''}`,
    `figure ${pc.bold(figureText(e.figure))}  status ${statusColour(e.status)}  review ${e.review}${e.locked ? ' (locked)' : ''}`,
    e.agreement || e.mediator ? `agreement ${e.agreement ?? '–'}  mediator ${e.mediator ?? '–'}` : null,
    e.flags.length ? pc.dim(`flags: ${e.flags.join(', ')}`) : null,
    d.exchange.length ? `other direction: ${d.exchange.map((x) => `${x.id} ${x.from ?? '?'} → ${x.to ?? '?'} ${figureText(x.figure)}`).join('; ')}` : null,
  ].filter((l): l is string => l !== null);
  const rows = d.witnesses.map((w) => {
    const c = w.claim;
    const count = c.count ? `${c.count.qualifier === 'exact' ? '' : `${c.count.qualifier.replace('_', ' ')} `}${formatInt(c.count.value)}` : 'no figure';
    const outlet = w.source?.outlet ?? w.source?.url ?? w.source?.path ?? c.sourceId;
    const copy = w.source?.duplicateOf ? pc.dim(` (copy of ${w.source.duplicateOf})`) : '';
    return [
      c.id,
      c.kind,
      pc.bold(count),
      c.attribution.speaker ?? c.attribution.party ?? 'unattributed',
      `${outlet}${copy}`,
      c.review,
      `“${c.evidence.sentence.length > 110 ? `${c.evidence.sentence.slice(0, 109)}…` : c.evidence.sentence}”`,
    ];
  });
  return `${head.join('\n')}\n\n${table([['claim', 'kind', 'figure', 'according to', 'source', 'review', 'quote'].map((h) => pc.bold(h)), ...rows])}`;
}

export function totalsText(t: Totals): string {
  if (t.rows.length === 0) return 'no events to total\n';
  const rows = t.rows.map((r) => [
    r.period,
    r.category,
    r.twoWay ? 'both ways' : `${r.from ?? '?'} → ${r.to ?? '?'}`,
    String(r.events),
    formatInt(r.sum.low),
    pc.bold(formatInt(r.sum.best)),
    r.sum.high === null ? '…' : formatInt(r.sum.high),
    formatInt(r.running.best),
  ]);
  let out = table([['period', 'category', 'direction', 'events', 'low', 'best', 'high', 'running best'].map((h) => pc.bold(h)), ...rows]);
  if (t.ratios.length > 0) {
    out += `\n${table([
      ['period', 'category', 'pair', 'a → b', 'b → a', 'ratio', 'running ratio'].map((h) => pc.bold(h)),
      ...t.ratios.map((r) => [r.period, r.category, `${r.a} / ${r.b}`, formatInt(r.aToB), formatInt(r.bToA), r.ratio === null ? '–' : r.ratio.toFixed(2), r.runningRatio === null ? '–' : r.runningRatio.toFixed(2)]),
    ])}`;
  }
  if (t.excludedEventIds.length > 0) out += pc.yellow(`\n${t.excludedEventIds.length} event(s) held out as probable cumulative figures until reviewed: ${t.excludedEventIds.slice(0, 10).join(', ')}\n`);
  return out;
}

export function reviewText(items: ReviewItem[]): string {
  if (items.length === 0) return 'nothing waits for review\n';
  return table([
    ['id', 'why', 'what'].map((h) => pc.bold(h)),
    ...items.map((i) => [i.id, i.why, i.event ? `${dateText(i.event.date)} ${i.event.from ?? '?'} → ${i.event.to ?? '?'} ${i.event.category} ${figureText(i.event.figure)}` : i.claim ? claimLine(i.claim) : '']),
  ]);
}

function changed(before: unknown, after: unknown): string {
  if (before === null) return 'created';
  if (after === null) return 'removed';
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]));
  return keys
    .map((k) => `${k}: ${short(b[k])} → ${short(a[k])}`)
    .join('; ');
}

function short(v: unknown): string {
  const s = JSON.stringify(v) ?? 'undefined';
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

export function historyText(entries: HistoryEntry[]): string {
  return entries
    .map((h) => `${pc.dim(h.at)}  ${pc.bold(h.actor)}  ${h.action} ${h.entity} ${h.entityId}${h.reason ? `  “${h.reason}”` : ''}\n    ${changed(h.before, h.after)}\n`)
    .join('');
}
