/** How the ledger's commands print events, claims, totals and history for people. */
import pc from 'picocolors';
import { partyBySlug } from '../domain/index.js';
import type { Figure, HistoryEntry, LedgerClaim, LedgerEvent } from '../domain/index.js';
import type { Totals } from '../services/index.js';
import type { EventDetail } from '../services/read.service.js';
import type { ReviewItem } from '../services/review.service.js';
import { sourceRef, type ClaimRow, type SourceRef, type SourceRow } from '../services/sources.service.js';
import type { CheckView } from '../services/checks.service.js';
import { formatInt, table } from './ledger-cli.js';
import { json, oneLine, shown } from './escape.js';

export function figureText(f: Figure): string {
  if (f.best === null && f.low === null) return 'no figure';
  const best = formatInt(f.best ?? f.low);
  if (f.low === f.best && f.high === f.best) return best;
  return `${best} (${formatInt(f.low)}–${f.high === null ? '…' : formatInt(f.high)})`;
}

/** A direction as a reader says it: "russia → ukraine", "both ways (ukraine, russia)", "direction not stated". */
export function directionText(d: { from: string | null; to: string | null; flags?: readonly string[]; twoWay?: boolean }, party?: string | null): string {
  if (d.from !== null && d.to !== null) return `${d.from} → ${d.to}`;
  if (d.from !== null) return `${d.from} → (receiver not stated)`;
  if (d.to !== null) return `(giver not stated) → ${d.to}`;
  const twoWay = d.twoWay === true || (d.flags ?? []).includes('two-way');
  if (twoWay) return party ? (partyBySlug(party)?.kind === 'mediator' ? `both ways, through ${party}` : `both ways (${party} and the other side)`) : 'both ways';
  return party ? `direction not stated (said by ${party})` : 'direction not stated';
}

const statusColour = (s: string) => (s === 'disputed' ? pc.red(s) : s === 'confirmed' ? pc.green(s) : pc.yellow(s));

export function dateText(d: LedgerEvent['date']): string {
  if (!d) return 'undated';
  return d.precision === 'day' && d.start === d.end ? d.start : `${d.start}${d.end !== d.start ? `…${d.end}` : ''} (${d.precision})`;
}

export function eventsTable(events: LedgerEvent[], sources: ReadonlyMap<string, SourceRef[]> = new Map()): string {
  if (events.length === 0) return 'no events\n';
  const withSources = sources.size > 0;
  const rows = events.map((e) => [
    e.id,
    dateText(e.date),
    directionText(e),
    e.category + (e.wounded ? '+wounded' : ''),
    figureText(e.figure),
    statusColour(e.status),
    e.review,
    ...(withSources ? [outletsOf(sources.get(e.id) ?? [])] : [String(e.claimIds.length)]),
    pc.dim(e.flags.filter((f) => !f.includes(':')).join(' ')),
  ]);
  let out = table([['id', 'date', 'direction', 'category', 'figure', 'status', 'review', withSources ? 'according to' : 'claims', 'flags'].map((h) => pc.bold(h)), ...rows]);
  if (withSources) {
    const seen = new Map<string, SourceRef>();
    for (const e of events) for (const src of sources.get(e.id) ?? []) seen.set(src.id, src);
    out += `\n${pc.bold('sources')}\n${[...seen.values()].map((src) => `  ${sourceText(src)}\n`).join('')}`;
  }
  return out;
}

export function claimLine(c: LedgerClaim): string {
  const count = c.count ? `${c.count.qualifier === 'exact' ? '' : `${c.count.qualifier.replace('_', ' ')} `}${formatInt(c.count.value)}` : 'no figure';
  const who = oneLine(c.attribution.speaker ?? c.attribution.party ?? 'unattributed');
  return `${c.kind} ${directionText(c, c.attribution.party)} ${c.category} ${pc.bold(count)} ${c.date ? dateText(c.date) : ''} · ${who}${c.attribution.party && c.attribution.speaker ? ` (${c.attribution.party})` : ''}`;
}

export function eventDetailText(d: EventDetail): string {
  const e = d.event;
  const head = [
    `${pc.bold(e.id)}  ${dateText(e.date)}  ${directionText(e)}  ${e.category}${e.wounded ? ' (wounded)' : ''}`,
    `figure ${pc.bold(figureText(e.figure))}  status ${statusColour(e.status)}  review ${e.review}${e.locked ? ' (locked)' : ''}`,
    e.agreement || e.mediator ? `agreement ${e.agreement ?? '–'}  mediator ${e.mediator ?? '–'}` : null,
    e.flags.length ? pc.dim(`flags: ${e.flags.join(', ')}`) : null,
    d.exchange.length ? `other direction: ${d.exchange.map((x) => `${x.id} ${directionText(x)} ${figureText(x.figure)}`).join('; ')}` : null,
  ].filter((l): l is string => l !== null);
  const rows = d.witnesses.map((w) => {
    const c = w.claim;
    const count = c.count ? `${c.count.qualifier === 'exact' ? '' : `${c.count.qualifier.replace('_', ' ')} `}${formatInt(c.count.value)}` : 'no figure';
    // Outlets and titles come from whoever ingested the report: printed escaped.
    const outlet = shown(w.source ? outletsOf([sourceRef(w.source)]) : c.sourceId);
    const copy = w.source?.duplicateOf ? pc.dim(` (copy of ${w.source.duplicateOf})`) : '';
    const who = oneLine(saidBy(c));
    return [
      c.id,
      c.kind,
      pc.bold(count),
      who,
      `${outlet}${copy}`,
      c.review,
      quoteText(c, 110),
    ];
  });
  const sources = new Map<string, SourceRef>();
  for (const w of d.witnesses) if (w.source) sources.set(w.source.id, sourceRef(w.source));
  const list = sources.size > 0 ? `\n${pc.bold('sources')}\n${[...sources.values()].map((src) => `  ${sourceText(src)}\n`).join('')}` : '';
  return `${head.join('\n')}\n\n${table([['claim', 'kind', 'figure', 'according to', 'outlet', 'review', 'quote'].map((h) => pc.bold(h)), ...rows])}${list}`;
}

/** A row whose events give no figure at all sums to 0 with an open high: say so rather than print 0. */
const unstated = (f: Figure) => (f.best ?? 0) === 0 && (f.low ?? 0) === 0 && f.high === null;

export function totalsText(t: Totals): string {
  if (t.rows.length === 0) return `no events to total${t.excludedEventIds.length > 0 ? '' : '\n'}${heldText(t)}`;
  const rows = t.rows.map((r) => {
    const none = unstated(r.sum);
    return [
      r.period,
      r.category,
      r.twoWay ? 'both ways (one figure for the two directions)' : directionText(r),
      String(r.events),
      none ? '–' : formatInt(r.sum.low),
      pc.bold(none ? 'no figure given' : formatInt(r.sum.best)),
      none ? '–' : r.sum.high === null ? 'open' : formatInt(r.sum.high),
      unstated(r.running) ? '–' : formatInt(r.running.best),
    ];
  });
  let out = table([['period', 'category', 'direction', 'events', 'low', 'best', 'high', 'running best'].map((h) => pc.bold(h)), ...rows]);
  if (t.ratios.length > 0) {
    out += `\n${table([
      ['period', 'category', 'pair', 'a → b', 'b → a', 'ratio', 'running ratio'].map((h) => pc.bold(h)),
      ...t.ratios.map((r) => [r.period, r.category, `${r.a} / ${r.b}`, formatInt(r.aToB), formatInt(r.bToA), r.ratio === null ? '–' : r.ratio.toFixed(2), r.runningRatio === null ? '–' : r.runningRatio.toFixed(2)]),
    ])}`;
  }
  return out + heldText(t);
}

function heldText(t: Totals): string {
  return t.excludedEventIds.length > 0
    ? pc.yellow(`\n${t.excludedEventIds.length} event(s) held out as probable running totals until reviewed (handover review --flag probable-cumulative): ${t.excludedEventIds.slice(0, 10).join(', ')}\n`)
    : '';
}

/** A source in one line: title, outlet, date, link. */
export function sourceText(s: SourceRef): string {
  // Titles, outlets and links (file names) come from the reports and whoever ingested them: escaped.
  const parts = [s.title ? `“${s.title.length > 80 ? `${s.title.slice(0, 79)}…` : s.title}”` : null, s.outlet, s.publishedAt, s.link === null ? null : shown(s.link)].filter((p): p is string => p !== null && p !== '').map(oneLine);
  return `${s.id}  ${parts.length > 0 ? parts.join(' · ') : 'no title, outlet or link'}${s.duplicateOf ? pc.dim(` (copy of ${s.duplicateOf})`) : ''}`;
}

const outletsOf = (sources: readonly SourceRef[]) => oneLine([...new Set(sources.map((s) => s.outlet ?? s.title ?? s.link?.split(/[\\/]/).filter(Boolean).at(-1) ?? s.id))].join(', '));

export function reviewText(items: ReviewItem[], sources: ReadonlyMap<string, SourceRef[]> = new Map()): string {
  if (items.length === 0) return 'nothing waits for review\n';
  const out: string[] = [];
  for (const i of items) {
    const what = i.event ? `${dateText(i.event.date)} ${directionText(i.event)} ${i.event.category} ${figureText(i.event.figure)}` : i.claim ? claimLine(i.claim) : '';
    out.push(`${pc.bold(i.id)}  ${what}\n    why: ${oneLine(i.why)}\n`);
    for (const s of sources.get(i.id) ?? []) out.push(`    source: ${sourceText(s)}\n`);
  }
  return out.join('');
}

/** How much waits, by reason: the review list's last line. */
export function reviewTotalText(list: { items: unknown[]; total: number; capped?: boolean; byCode: Record<string, number> }): string {
  if (list.total === 0) return '';
  const reasons = Object.entries(list.byCode).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c, n]) => `${n}${list.capped ? '+' : ''} ${c}`);
  return `\n${pc.bold(`${formatInt(list.total)}${list.capped ? '+' : ''} wait${list.total === 1 ? 's' : ''} for review`)}${list.items.length < list.total ? ` (${list.items.length} shown; --limit for more)` : ''}: ${reasons.join(', ')}\n`;
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
  const s = v === undefined ? 'undefined' : json(v);
  return s.length > 60 ? `${s.slice(0, 59)}…` : s;
}

export function historyText(entries: HistoryEntry[]): string {
  return entries
    .map((h) => `${pc.dim(h.at)}  ${pc.bold(h.actor)}  ${h.action} ${h.entity} ${h.entityId}${h.reason ? `  “${oneLine(h.reason)}”` : ''}\n    ${changed(h.before, h.after)}\n`)
    .join('');
}

/** A claim's sentence: the report's words in quotes, or a paraphrase (the demo's, a person's) marked as such. */
export function quoteText(c: LedgerClaim, max: number): string {
  const s = c.evidence.sentence.length > max ? `${c.evidence.sentence.slice(0, max - 1)}…` : c.evidence.sentence;
  return c.flags.includes('paraphrase') ? `${oneLine(s)} ${pc.dim('(paraphrase)')}` : `“${oneLine(s)}”`;
}

/** Who said a claim, for a line: "Sergey Lavrov (russia)". */
export function saidBy(c: LedgerClaim): string {
  const { speaker, party } = c.attribution;
  return speaker ? `${speaker}${party ? ` (${party})` : ''}` : (party ?? 'unattributed');
}

const countText = (c: LedgerClaim['count']) => (c ? `${c.qualifier === 'exact' ? '' : `${c.qualifier.replace('_', ' ')} `}${formatInt(c.value)}` : 'no figure');

export function checksText(v: CheckView): string {
  if (v.cumulative.length === 0 && v.plans.length === 0) return 'no plans or running totals in the ledger\n';
  const out: string[] = [];
  if (v.cumulative.length > 0) out.push(pc.bold('running totals against the handovers they cover\n'));
  for (const c of v.cumulative) {
    const cl = c.claim;
    out.push(`${pc.bold(c.claimId)}  ${directionText(cl, cl.attribution.party)} · ${cl.category} · ${countText(cl.count)} according to ${oneLine(saidBy(cl))}${cl.outlet ? ` in ${oneLine(cl.outlet)}` : ''}\n    ${c.sentence}${c.eventIds.length > 0 ? ` (${c.eventIds.slice(0, 6).join(', ')}${c.eventIds.length > 6 ? ', …' : ''})` : ''}\n`);
  }
  if (v.plans.length > 0) out.push(`${v.cumulative.length > 0 ? '\n' : ''}${pc.bold('plans against what was delivered\n')}`);
  for (const p of v.plans) {
    const cl = p.claim;
    const when = cl.date ? ` for ${dateText(cl.date)}` : cl.publishedAt ? ` (announced ${cl.publishedAt})` : '';
    const state = p.planned === null ? `${formatInt(p.delivered)} delivered` : p.outstanding === 0 ? `${formatInt(p.delivered)} delivered: done` : `${formatInt(p.delivered)} delivered, ${formatInt(p.outstanding)} outstanding`;
    out.push(`${pc.bold(p.planClaimId)}  ${directionText(cl, cl.attribution.party)} · ${cl.category} · ${countText(cl.count)} planned${when} according to ${oneLine(saidBy(cl))}\n    ${state} in ${p.eventIds.length} event${p.eventIds.length === 1 ? '' : 's'}${p.eventIds.length > 0 ? ` (${p.eventIds.slice(0, 6).join(', ')}${p.eventIds.length > 6 ? ', …' : ''})` : ''}\n`);
  }
  return out.join('');
}

export function claimsTable(rows: readonly ClaimRow[]): string {
  if (rows.length === 0) return 'no claims\n';
  const out = rows.map((r) => {
    const c = r.claim;
    return `${pc.bold(c.id)}  ${c.kind}  ${c.date ? dateText(c.date) : 'undated'}  ${directionText(c, c.attribution.party)}  ${c.category}  ${pc.bold(countText(c.count))}  · ${oneLine(saidBy(c))}  ${c.review}${r.eventId ? `  in ${r.eventId}` : ''}\n    ${quoteText(c, 140)}\n${r.source ? `    source: ${sourceText(r.source)}\n` : ''}`;
  });
  return `${out.join('')}\n${rows.length} claim${rows.length === 1 ? '' : 's'}\n`;
}

export function sourcesTable(rows: readonly SourceRow[]): string {
  if (rows.length === 0) return 'no sources\n';
  return `${rows.map((s) => `${sourceText(s)}\n    ${s.claims} claim${s.claims === 1 ? '' : 's'}${s.eventIds.length > 0 ? ` in ${s.eventIds.join(', ')}` : ''} · ${s.language} · ${s.format}\n`).join('')}\n${rows.length} source${rows.length === 1 ? '' : 's'}\n`;
}
