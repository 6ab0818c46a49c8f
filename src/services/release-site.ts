/**
 * A release as a static site: the dashboard (running totals with their charts and tables), the
 * events, each event with its witnesses side by side, each source with the claims read from it, and
 * the changes against the release before — plain HTML with relative links and no script, so it
 * works opened from disk or served from any host. Charts are drawn by Observable Plot into SVG on
 * a linkedom document. The release's data files and `release.json` come along, so the folder can
 * be verified (`handover release verify DIR`). Sources' whole texts are not published: each source
 * page shows the sentences the claims were read from and the original address.
 */
import type { Category, LedgerClaim, LedgerEvent, LedgerSource, Release, ReleaseChange } from '../domain/index.js';
import { CATEGORIES } from '../domain/index.js';
import { fail, ok, type Result } from '../domain/errors.js';
import type { ExportableEvent } from '../ledger/csv.js';
import { totals as ledgerTotals, type DirectionTotal } from '../ledger/totals.js';
import type { Store } from '../storage/index.js';
import { citation, releaseManifestFile, type OutputFile } from './release-package.js';
import { releaseEvents, releaseFile, RELEASE_FILES } from './release.service.js';

const esc = (s: string | number | null | undefined): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const num = (n: number | null | undefined) => (n === null || n === undefined ? '–' : fmt.format(n));
const dir = (e: { from: string | null; to: string | null }) => (e.from === null && e.to === null ? 'both ways' : `${e.from ?? '?'} → ${e.to ?? '?'}`);
const CATEGORY_NAME: Record<Category, string> = { remains: 'remains of the fallen', pow: 'prisoners of war', civilians: 'civilians', children: 'children', hostages: 'hostages', detainees: 'detainees', mixed: 'people (mixed)' };

const STYLE = `:root{--ink:#1b1f24;--muted:#555d66;--line:#d5d9de;--soft:#f3f5f7;--accent:#0b57d0;--bad:#b3261e;--good:#1e6b35;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:var(--ink);background:#fff}
*{box-sizing:border-box}body{margin:0}a{color:var(--accent)}header{border-bottom:1px solid var(--line);background:var(--soft)}
header .in,main{max-width:72rem;margin:0 auto;padding:.8rem 1rem}header nav a{margin-right:1rem}header strong{margin-right:1.5rem}
h1{font-size:1.6rem;margin:.2rem 0 1rem;line-height:1.25}h2{font-size:1.2rem;margin:1.6rem 0 .6rem}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.n,th.n{text-align:right}.muted{color:var(--muted)}.badge{display:inline-block;padding:0 .4rem;border-radius:3px;border:1px solid var(--line);font-size:.85em}
.confirmed{border-color:var(--good);color:var(--good)}.disputed{border-color:var(--bad);color:var(--bad)}blockquote{margin:.3rem 0;padding:.2rem .8rem;border-left:3px solid var(--line);color:var(--ink)}
.chart svg{max-width:100%;height:auto}.cite{background:var(--soft);padding:.6rem .8rem;border-radius:4px}code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.88em;overflow-wrap:anywhere}
footer{max-width:72rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.9em}`;

function page(r: Release, title: string, depth: number, body: string): string {
  const up = depth === 0 ? '' : '../'.repeat(depth);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · Handover release ${r.n}</title>
<link rel="stylesheet" href="${up}style.css">
</head>
<body>
<header><div class="in"><strong>Handover release ${r.n}</strong><nav><a href="${up}index.html">Dashboard</a><a href="${up}events.html">Events</a><a href="${up}changes.html">Changes</a><a href="${up}events.csv">CSV</a><a href="${up}events-hxl.csv">HXL</a><a href="${up}ledger.json">JSON</a></nav></div></header>
<main>
${body}
</main>
<footer>${esc(citation(r))} · published ${esc(r.createdAt)} by ${esc(r.createdBy)} · content hash <code>${esc(r.contentHash)}</code></footer>
</body>
</html>
`;
}

const badge = (status: string) => `<span class="badge ${esc(status)}">${esc(status)}</span>`;
const eventLink = (e: LedgerEvent, up: string) => `<a href="${up}events/${esc(e.id)}.html">${esc(e.id)}</a>`;

function eventsTable(events: readonly LedgerEvent[], up: string): string {
  if (events.length === 0) return '<p>No events.</p>';
  const rows = events
    .map((e) => `<tr><td>${eventLink(e, up)}</td><td>${esc(e.date?.start ?? 'undated')}</td><td>${esc(dir(e))}</td><td>${esc(e.category)}${e.wounded ? ' (wounded)' : ''}</td><td class="n">${num(e.figure.best)}</td><td class="n">${num(e.figure.low)}–${num(e.figure.high)}</td><td>${badge(e.status)}</td><td>${esc(e.review)}</td></tr>`)
    .join('\n');
  return `<table><thead><tr><th>event</th><th>date</th><th>direction</th><th>category</th><th class="n">best</th><th class="n">low–high</th><th>status</th><th>review</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

type PlotModule = typeof import('@observablehq/plot');

/** The running totals of one category by month, as an SVG chart and its table. */
function categoryChart(Plot: PlotModule, document: unknown, rows: readonly DirectionTotal[], category: Category): string {
  const mine = rows.filter((r) => r.category === category && /^\d{4}-\d{2}$/.test(r.period));
  if (mine.length === 0) return '';
  const points = mine.map((r) => ({ date: new Date(`${r.period}-01T00:00:00Z`), series: dir(r), best: r.running.best ?? 0, low: r.running.low ?? r.running.best ?? 0, high: r.running.high ?? r.running.best ?? 0 }));
  // Each line runs on to the last month shown, as the web app's chart does: a total stands until it grows.
  const last = mine.reduce((m, r) => (r.period > m ? r.period : m), '');
  for (const series of new Set(points.map((p) => p.series))) {
    const end = points.filter((p) => p.series === series).at(-1)!;
    if (end.date.toISOString().slice(0, 7) < last) points.push({ ...end, date: new Date(`${last}-01T00:00:00Z`) });
  }
  const svg = Plot.plot({
    // linkedom's document stands in for a browser's (the node build has no DOM types).
    document: document as never,
    width: 880,
    height: 320,
    marginLeft: 64,
    style: { fontSize: '13px', background: 'transparent' },
    x: { type: 'utc', label: null },
    y: { label: `${CATEGORY_NAME[category]}, running total`, grid: true, zero: true, tickFormat: (v: number) => fmt.format(v) },
    color: { legend: true, type: 'categorical', scheme: 'tableau10' },
    marks: [
      Plot.areaY(points, { x: 'date', y1: 'low', y2: 'high', z: 'series', fill: 'series', fillOpacity: 0.18, curve: 'step-after' }),
      Plot.lineY(points, { x: 'date', y: 'best', z: 'series', stroke: 'series', strokeWidth: 2, curve: 'step-after' }),
    ],
  });
  const el = svg as unknown as { setAttribute(k: string, v: string): void; outerHTML: string };
  el.setAttribute('aria-hidden', 'true');
  const table = mine
    .map((r) => `<tr><td>${esc(r.period)}</td><td>${esc(dir(r))}</td><td class="n">${r.events}</td><td class="n">${num(r.sum.best)}</td><td class="n">${num(r.running.low)}</td><td class="n">${num(r.running.best)}</td><td class="n">${num(r.running.high)}</td></tr>`)
    .join('\n');
  return `<h2>${esc(CATEGORY_NAME[category])}</h2>
<div class="chart">${el.outerHTML}</div>
<details><summary>The chart as a table</summary><table><thead><tr><th>month</th><th>direction</th><th class="n">events</th><th class="n">best</th><th class="n">running low</th><th class="n">running best</th><th class="n">running high</th></tr></thead><tbody>
${table}
</tbody></table></details>`;
}

function changesList(changes: readonly ReleaseChange[], up: string, known: ReadonlySet<string>): string {
  if (changes.length === 0) return '<p>No changes.</p>';
  return `<table><thead><tr><th>change</th><th>event</th><th>what</th><th>fields</th><th>why</th></tr></thead><tbody>
${changes
  .map((c) => {
    const why = c.because.filter((b) => b.reason !== null).map((b) => `${esc(b.reason)} <span class="muted">(${esc(b.actor)}, ${esc(b.at.slice(0, 10))})</span>`);
    const id = known.has(c.eventId) ? `<a href="${up}events/${esc(c.eventId)}.html">${esc(c.eventId)}</a>` : esc(c.eventId);
    return `<tr><td>${esc(c.kind)}</td><td>${id}</td><td>${esc(c.label)}</td><td>${esc(c.fields.join(', '))}</td><td>${why.join('<br>') || '<span class="muted">–</span>'}</td></tr>`;
  })
  .join('\n')}
</tbody></table>`;
}

/** The files of a release's static site. */
export async function releaseSite(store: Store, n: number): Promise<Result<OutputFile[]>> {
  const r = await store.releases.get(n);
  const frozen = await releaseEvents(store, n);
  if (!frozen.ok) return frozen;
  if (!r) return fail('NOT_FOUND', `no release ${n}`);
  const all: ExportableEvent[] = frozen.value;
  const counted = all.filter((e) => e.review !== 'rejected');
  const claimRows = await store.releases.recordsByIds(n, 'claim', [...new Set(all.flatMap((e) => e.claimIds))]);
  const claims = new Map(claimRows.map((c) => [c.id, JSON.parse(c.data) as LedgerClaim]));
  const sourceRows = await store.releases.recordsByIds(n, 'source', [...new Set([...claims.values()].map((c) => c.sourceId))]);
  const sources = new Map(sourceRows.map((s) => [s.id, JSON.parse(s.data) as LedgerSource]));
  const eventOfClaim = new Map<string, LedgerEvent>();
  for (const e of all) for (const c of e.claimIds) eventOfClaim.set(c, e);

  const Plot = await import('@observablehq/plot');
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const monthly = ledgerTotals(counted, { by: 'month' });
  const overall = ledgerTotals(counted, { by: 'all' });
  const files: OutputFile[] = [{ name: 'style.css', content: () => [STYLE] }];
  const known = new Set(all.map((e) => e.id));

  const totalsTable = `<table><thead><tr><th>category</th><th>direction</th><th class="n">events</th><th class="n">low</th><th class="n">best</th><th class="n">high</th></tr></thead><tbody>
${overall.rows.map((t) => `<tr><td>${esc(t.category)}</td><td>${esc(dir(t))}</td><td class="n">${t.events}</td><td class="n">${num(t.sum.low)}</td><td class="n">${num(t.sum.best)}</td><td class="n">${num(t.sum.high)}</td></tr>`).join('\n')}
</tbody></table>`;
  const charts = CATEGORIES.map((c) => categoryChart(Plot, document, monthly.rows, c)).join('\n');
  const latest = [...counted].sort((a, b) => ((b.date?.start ?? '') < (a.date?.start ?? '') ? -1 : (b.date?.start ?? '') > (a.date?.start ?? '') ? 1 : 0)).slice(0, 10);
  const c = r.summary.counts;
  files.push({
    name: 'index.html',
    content: () => [
      page(
        r,
        'Dashboard',
        0,
        `<h1>Humanitarian exchanges: Handover release ${r.n}</h1>
<p class="cite">Cite as: <q>according to ${esc(citation(r))}, …</q><br><span class="muted">Fetch exactly this release: <code>handover export --release ${r.n} --format csv</code>; check it: <code>handover release verify . --public-key KEY.pub</code> in this folder.</span></p>
${r.note ? `<p>${esc(r.note)}</p>` : ''}
<p>${counted.length} events (${all.length - counted.length} withdrawn). Since ${r.summary.from === null ? 'the start' : `release ${r.summary.from}`}: ${c.added} added, ${c.corrected} corrected, ${c.merged} merged, ${c.split} split, ${c.withdrawn} withdrawn — <a href="changes.html">what changed and why</a>.</p>
<h2>Totals per direction</h2>
${totalsTable}
${charts}
<h2>Latest events</h2>
${eventsTable(latest, '')}
<p><a href="events.html">All events</a></p>`,
      ),
    ],
  });
  files.push({ name: 'events.html', content: () => [page(r, 'Events', 0, `<h1>Events</h1>\n<p>${counted.length} events that count; withdrawn ones are listed after them.</p>\n${eventsTable(counted, '')}\n<h2>Withdrawn</h2>\n${eventsTable(all.filter((e) => e.review === 'rejected'), '')}`)] });
  files.push({ name: 'changes.html', content: () => [page(r, 'Changes', 0, `<h1>Changes since ${r.summary.from === null ? 'the start' : `release ${r.summary.from}`}</h1>\n${changesList(r.summary.changes, '', known)}`)] });

  for (const e of all) {
    const witnesses = e.claimIds.flatMap((id) => claims.get(id) ?? []);
    const rows = witnesses
      .map((cl) => {
        const s = sources.get(cl.sourceId);
        const who = cl.attribution.speaker ? `${esc(cl.attribution.speaker)}${cl.attribution.party ? ` (${esc(cl.attribution.party)})` : ''}` : '<span class="muted">unattributed</span>';
        return `<tr><td>${esc(cl.kind)}</td><td class="n">${cl.count ? `${esc(cl.count.qualifier === 'exact' ? '' : `${cl.count.qualifier.replace('_', ' ')} `)}${num(cl.count.value)}` : 'no figure'}</td><td>${who}</td><td>${s ? `<a href="../sources/${esc(s.id)}.html">${esc(s.outlet ?? s.title ?? s.id)}</a>` : esc(cl.sourceId)}</td><td>${esc(cl.review)}</td><td><blockquote>${esc(cl.evidence.sentence)}</blockquote></td></tr>`;
      })
      .join('\n');
    const other = e.exchangeId ? all.filter((x) => x.exchangeId === e.exchangeId && x.id !== e.id) : [];
    files.push({
      name: `events/${e.id}.html`,
      content: () => [
        page(
          r,
          e.id,
          1,
          `<h1>${esc(e.date?.start ?? 'Undated')} · ${esc(dir(e))} · ${esc(CATEGORY_NAME[e.category])}</h1>
<p><strong>${num(e.figure.best)}</strong> (low ${num(e.figure.low)}, high ${num(e.figure.high)}) ${badge(e.status)} review: ${esc(e.review)}${e.locked ? ' (locked)' : ''}</p>
<p>${e.agreement ? `agreement ${esc(e.agreement)} · ` : ''}${e.mediator ? `mediator ${esc(e.mediator)} · ` : ''}<span class="muted">${esc(e.flags.join(' '))}</span></p>
${other.length > 0 ? `<p>The same exchange: ${other.map((o) => `${eventLink(o, '../')} ${esc(dir(o))} ${num(o.figure.best)}`).join(', ')}</p>` : ''}
<h2>Every source's figure beside its quote</h2>
<table><thead><tr><th>kind</th><th class="n">figure</th><th>according to</th><th>source</th><th>review</th><th>quote</th></tr></thead><tbody>
${rows}
</tbody></table>
<p><a href="../events.html">All events</a></p>`,
        ),
      ],
    });
  }
  const bySource = new Map<string, LedgerClaim[]>();
  for (const cl of claims.values()) bySource.set(cl.sourceId, [...(bySource.get(cl.sourceId) ?? []), cl]);
  for (const s of sources.values()) {
    const list = (bySource.get(s.id) ?? []).sort((a, b) => (a.id < b.id ? -1 : 1));
    files.push({
      name: `sources/${s.id}.html`,
      content: () => [
        page(
          r,
          s.title ?? s.id,
          1,
          `<h1>${esc(s.title ?? s.id)}</h1>
<p>${esc(s.outlet ?? 'unknown outlet')} · ${esc(s.publishedAt ?? 'no publication date')} · ${esc(s.language)}${s.url ? ` · <a href="${esc(/^https?:\/\//i.test(s.url) ? s.url : '#')}" rel="noreferrer">the original</a>` : ''}</p>
${s.duplicateOf ? `<p class="muted">A syndicated copy of ${esc(s.duplicateOf)}: not a second witness.</p>` : ''}
<h2>Claims read from it</h2>
<table><thead><tr><th>claim</th><th>kind</th><th class="n">figure</th><th>event</th><th>sentence</th></tr></thead><tbody>
${list.map((cl) => { const ev = eventOfClaim.get(cl.id); return `<tr><td>${esc(cl.id)}</td><td>${esc(cl.kind)}</td><td class="n">${cl.count ? num(cl.count.value) : 'no figure'}</td><td>${ev ? eventLink(ev, '../') : '<span class="muted">none</span>'}</td><td><blockquote>${esc(cl.evidence.sentence)}</blockquote></td></tr>`; }).join('\n')}
</tbody></table>`,
        ),
      ],
    });
  }
  for (const name of RELEASE_FILES) {
    files.push({
      name,
      content: () =>
        (async function* () {
          const f = await releaseFile(store, n, name);
          if (!f.ok) throw new Error(f.error.message);
          yield* f.value;
        })(),
    });
  }
  files.push(releaseManifestFile(r));
  return ok(files);
}
