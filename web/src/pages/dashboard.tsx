/**
 * The dashboard: running totals over time per direction with the low–high band, the ratio between
 * the directions, the latest events and what waits for review. Every chart has its table.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../../src/domain/claim';
import { api, must, type LedgerEvent, type Totals } from '../api/client';
import { Scroll } from '../components/scroll';
import { Layout, Status } from '../components/layout';
import { loadPlot, RunningChart, type Scale, type SeriesPoint } from '../components/running-chart';
import { StatusBadge } from '../components/badges';
import { categoryName, direction, formatDate, formatFigure, formatInt, partyName } from '../lib/format';
import { href, navigate, useLocation } from '../lib/router';
import { can, useSession } from '../lib/session';
import { useData } from '../lib/use-data';

type Row = Totals['rows'][number];

const MAX_SERIES = 8;

/** Month rows of one category as chart series, each carried forward to the last month shown. */
export function seriesOf(rows: readonly Row[], category: string): { points: SeriesPoint[]; names: string[] } {
  const byName = new Map<string, { month: string; low: number; best: number; high: number }[]>();
  let last = '';
  for (const r of rows) {
    if (r.category !== category || !/^\d{4}-\d{2}$/.test(r.period)) continue;
    const name = direction(r);
    const best = r.running.best ?? 0;
    const low = r.running.low ?? best;
    const high = r.running.high ?? best;
    const list = byName.get(name) ?? [];
    list.push({ month: r.period, low, best, high });
    byName.set(name, list);
    if (r.period > last) last = r.period;
  }
  // The largest directions get a line; the table lists every one.
  const names = [...byName.entries()]
    .sort((a, b) => (b[1].at(-1)?.best ?? 0) - (a[1].at(-1)?.best ?? 0))
    .slice(0, MAX_SERIES)
    .map(([n]) => n);
  const points: SeriesPoint[] = [];
  for (const name of names) {
    const list = byName.get(name)!.sort((a, b) => (a.month < b.month ? -1 : 1));
    for (const p of list) points.push({ date: new Date(`${p.month}-01T00:00:00Z`), series: name, low: p.low, best: p.best, high: p.high });
    const end = list.at(-1)!;
    if (end.month < last) points.push({ date: new Date(`${last}-01T00:00:00Z`), series: name, low: end.low, best: end.best, high: end.high });
  }
  return { points, names };
}

function LatestEvents(props: { events: LedgerEvent[] }) {
  if (props.events.length === 0) return <p>No events yet. {' '}<a href="/add">Add a report</a> to start the ledger.</p>;
  return (
    <ul class="cards">
      {props.events.map((e) => (
        <li key={e.id}>
          <a href={`/events/${e.id}`}>
            <span class="figure">{formatFigure(e.figure)}</span> {categoryName(e.category)}
          </a>
          <div>
            {direction(e)} · {formatDate(e.date)} <StatusBadge status={e.status} /> {e.review === 'machine' && <span class="badge badge-machine">not reviewed</span>}
          </div>
        </li>
      ))}
    </ul>
  );
}

function ReviewWaiting() {
  const [queue] = useData('review', () => must(api.GET('/api/review', { params: { query: { limit: 5 } } })));
  return (
    <section aria-labelledby="waiting">
      <h2 id="waiting">Waiting for review</h2>
      <Status loading={queue.state === 'loading'} error={queue.state === 'failed' ? queue.error : undefined} />
      {queue.data && queue.data.items.length === 0 && <p>Nothing waits for review.</p>}
      {queue.data && queue.data.items.length > 0 && (
        <>
          <ul class="plain">
            {queue.data.items.map((i) => (
              <li key={i.id}>
                <a href={href('/review', { focus: i.id })}>{i.entity === 'event' ? `Event ${i.id}` : `Claim ${i.id}`}</a>: {i.why}
              </li>
            ))}
          </ul>
          <p>
            <a href="/review">Open the review queue</a>
          </p>
        </>
      )}
    </section>
  );
}

/** The categories present, the one with the most counted people first. */
function categoriesOf(all: Totals | undefined): Category[] {
  const sums = new Map<string, number>();
  for (const r of all?.rows ?? []) sums.set(r.category, (sums.get(r.category) ?? 0) + (r.sum.best ?? 0));
  return CATEGORIES.filter((c) => sums.has(c)).sort((a, b) => (sums.get(b) ?? 0) - (sums.get(a) ?? 0));
}

const namedCategory = (query: URLSearchParams): Category | null => {
  const asked = query.get('category');
  return asked && (CATEGORIES as readonly string[]).includes(asked) ? (asked as Category) : null;
};

const loadAll = () => must(api.GET('/api/totals', { params: { query: { by: 'all' } } }));
const loadLatest = () => must(api.GET('/api/events', { params: { query: { limit: 8 } } }));
const loadMonths = (category: Category) => must(api.GET('/api/totals', { params: { query: { by: 'month', category } } }));

/** Requests started before the page is drawn, taken once by the first render that wants them. */
const early = new Map<string, Promise<unknown>>();
function take<T>(key: string, load: () => Promise<T>): Promise<T> {
  const started = early.get(key) as Promise<T> | undefined;
  early.delete(key);
  return started ?? load();
}

/**
 * Starts the dashboard's requests while the app still asks who is signed in: on a first visit
 * that saves a round trip and a render. A refusal (nobody signed in) is simply not taken.
 */
export function prefetchDashboard(query: URLSearchParams): void {
  void loadPlot();
  const all = loadAll();
  early.set('totals-all', all);
  early.set('latest', loadLatest());
  const category = namedCategory(query);
  const months = category ? Promise.resolve(category) : all.then((t) => categoriesOf(t)[0] ?? 'remains');
  void months.then((c) => early.set(`totals-month|${c}`, loadMonths(c)), () => undefined);
  for (const p of early.values()) p.catch(() => undefined);
}

/** A table drawn only once its <details> is opened: a large ledger's month table is thousands of cells. */
function Folded(props: { summary: string; children: () => ComponentChildren }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open && props.children()}
    </details>
  );
}

export function Dashboard() {
  const { session } = useSession();
  const { query } = useLocation();
  const scale: Scale = query.get('scale') === 'log' ? 'log' : 'linear';
  useEffect(() => void loadPlot(), []);
  const [all] = useData('totals-all', () => take('totals-all', loadAll));
  const [latest] = useData('latest', () => take('latest', loadLatest));
  const drawn = useRef(false);
  const [chartDrawn, setChartDrawn] = useState(false);

  // The category with the most counted people is shown first unless the address names one.
  const categories = useMemo(() => categoriesOf(all.data), [all.data]);
  const named = namedCategory(query);
  const category: Category | null = named ?? (all.data ? (categories[0] ?? 'remains') : null);
  // One category's months at a time: the whole timeline of a large ledger is megabytes.
  const [months] = useData(`totals-month|${category}`, () => (category === null ? Promise.resolve(null) : take(`totals-month|${category}`, () => loadMonths(category))));
  const chart = useMemo(() => seriesOf(months.data?.rows ?? [], category ?? ''), [months.data, category]);
  const allTime = (all.data?.rows ?? []).filter((r) => r.category === category).sort((a, b) => (b.running.best ?? 0) - (a.running.best ?? 0));
  const ratios = (all.data?.ratios ?? []).filter((r) => r.category === category);
  const monthRows = (months.data?.rows ?? []).filter((r) => r.category === category);

  const shown = months.state === 'ready' && months.data !== null && all.state === 'ready' && latest.state === 'ready';
  const ready = shown && (chart.points.length === 0 || chartDrawn);
  useEffect(() => {
    // What scripts/web-measure.ts reads: the totals' tables and the latest events on screen, then the chart too.
    if (shown && performance.getEntriesByName('handover:dashboard-data').length === 0) performance.mark('handover:dashboard-data');
    if (ready && !drawn.current) {
      drawn.current = true;
      performance.mark('handover:dashboard-ready');
      document.body.dataset.ready = 'dashboard';
    }
  }, [shown, ready]);

  const setParam = (key: string, value: string) => {
    const q = new URLSearchParams(query);
    q.set(key, value);
    navigate(`/?${q.toString()}`, { replace: true });
  };

  const failed = [months, all, latest].find((d) => d.state === 'failed');
  return (
    <Layout title="Dashboard">
      <Status loading={!months.data || !all.data} error={failed?.state === 'failed' ? failed.error : undefined} />
      <div class="dash">
        <section class="dash-main" aria-labelledby="running">
          <h2 id="running">Running totals{category ? `: ${categoryName(category)}` : ''}</h2>
          <div class="controls" role="group" aria-label="Chart options">
            <label>
              Category{' '}
              <select value={category ?? ''} onChange={(e) => setParam('category', e.currentTarget.value)}>
                {(categories.length > 0 ? categories : CATEGORIES).map((c) => (
                  <option key={c} value={c}>
                    {categoryName(c)}
                  </option>
                ))}
              </select>
            </label>
            <fieldset class="switch">
              <legend>Scale</legend>
              {(['linear', 'log'] as const).map((s) => (
                <label key={s}>
                  <input type="radio" name="scale" value={s} checked={scale === s} onChange={() => setParam('scale', s)} /> {s === 'linear' ? 'Linear' : 'Log'}
                </label>
              ))}
            </fieldset>
          </div>
          {chart.points.length > 0 ? (
            <RunningChart points={chart.points} scale={scale} label={`${categoryName(category ?? '')}, running total`} onDrawn={() => setChartDrawn(true)} />
          ) : (
            months.data && <p>No dated events in this category yet.</p>
          )}
          <p class="muted small">Lines are each direction's best figure; the shaded band runs from the low to the high figure where sources disagree or give a range. Events held for review are not counted.</p>
          <Folded summary={`The chart as a table (${formatInt(monthRows.length)} rows)`}>
            {() => (
              <Scroll label="Running totals by month">
              <table>
                <caption>Running totals of {categoryName(category ?? '')} by month and direction</caption>
                <thead>
                  <tr>
                    <th scope="col">Month</th>
                    <th scope="col">Direction</th>
                    <th scope="col" class="num">Events</th>
                    <th scope="col" class="num">That month</th>
                    <th scope="col" class="num">Running low</th>
                    <th scope="col" class="num">Running best</th>
                    <th scope="col" class="num">Running high</th>
                  </tr>
                </thead>
                <tbody>
                  {monthRows.map((r) => (
                    <tr key={`${r.period}|${r.from}|${r.to}|${r.twoWay}`}>
                      <td>{r.period}</td>
                      <td>{direction(r)}</td>
                      <td class="num">{formatInt(r.events)}</td>
                      <td class="num">{formatFigure(r.sum)}</td>
                      <td class="num">{r.running.low === null ? '–' : formatInt(r.running.low)}</td>
                      <td class="num">{r.running.best === null ? '–' : formatInt(r.running.best)}</td>
                      <td class="num">{r.running.high === null ? 'open' : formatInt(r.running.high)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
            )}
          </Folded>

          <h2 id="ratio">Between the directions</h2>
          {ratios.length === 0 && allTime.length === 0 && all.data && <p>Nothing counted in this category yet.</p>}
          {ratios.length > 0 && (
            <Scroll label="Totals each way">
              <table aria-describedby="ratio">
                <caption>All-time totals each way and their ratio</caption>
                <thead>
                  <tr>
                    <th scope="col">Sides</th>
                    <th scope="col" class="num">One way</th>
                    <th scope="col" class="num">The other way</th>
                    <th scope="col" class="num">Ratio</th>
                  </tr>
                </thead>
                <tbody>
                  {ratios.map((r) => (
                    <tr key={`${r.a}|${r.b}`}>
                      <th scope="row">
                        {partyName(r.a)} and {partyName(r.b)}
                      </th>
                      <td class="num">
                        {partyName(r.a)} → {partyName(r.b)}: {formatInt(r.runningAToB)}
                      </td>
                      <td class="num">
                        {partyName(r.b)} → {partyName(r.a)}: {formatInt(r.runningBToA)}
                      </td>
                      <td class="num">{r.runningRatio === null ? '–' : `${r.runningRatio >= 10 ? formatInt(r.runningRatio) : r.runningRatio.toFixed(1)} : 1`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Scroll>
          )}
          {allTime.length > 0 && (
            <details>
              <summary>All-time totals per direction ({allTime.length})</summary>
              <Scroll label="All-time totals per direction">
                <table>
                  <caption>All-time totals of {categoryName(category ?? '')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Direction</th>
                      <th scope="col" class="num">Events</th>
                      <th scope="col" class="num">Total (low–high)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {allTime.map((r) => (
                      <tr key={`${r.from}|${r.to}|${r.twoWay}`}>
                        <td>
                          <a href={href('/events', { category: category ?? undefined, party: r.from ?? r.to ?? undefined })}>{direction(r)}</a>
                        </td>
                        <td class="num">{formatInt(r.events)}</td>
                        <td class="num">{formatFigure(r.running)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Scroll>
            </details>
          )}
        </section>
        <aside class="dash-side">
          <section aria-labelledby="latest">
            <h2 id="latest">Latest events</h2>
            <Status loading={latest.state === 'loading' && !latest.data} />
            {latest.data && <LatestEvents events={latest.data.events} />}
            <p>
              <a href="/events">All events</a>
            </p>
          </section>
          {/* Asked for once the rest is drawn: building the queue is the heaviest read on a large ledger. */}
          {can(session, 'reviewer') && (ready ? <ReviewWaiting /> : <h2>Waiting for review</h2>)}
          {all.data && all.data.excludedEventIds.length > 0 && (
            <p class="muted small">
              {formatInt(all.data.excludedEventIds.length)} event{all.data.excludedEventIds.length === 1 ? ' is' : 's are'} held out of the totals until reviewed.
            </p>
          )}
        </aside>
      </div>
    </Layout>
  );
}
