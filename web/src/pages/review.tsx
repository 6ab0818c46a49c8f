/**
 * The review queue, worked from the keyboard: each item shows the quote beside what the machine
 * proposed; a key accepts, rejects, corrects, merges, splits or marks a running total, and undo
 * walks back through the history this page wrote.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES, QUALIFIERS } from '../../../src/domain/claim';
import { api, must, type Claim, type LedgerEvent, type ReviewChange, type ReviewItem } from '../api/client';
import { Layout, Status } from '../components/layout';
import { ReviewBadge, StatusBadge } from '../components/badges';
import { PartyOptions } from '../components/party-options';
import { categoryName, direction, formatCount, formatDate, formatFigure, partyName } from '../lib/format';
import { useLocation } from '../lib/router';
import { can, useSession } from '../lib/session';
import { useData } from '../lib/use-data';

interface Done {
  label: string;
  history: string[];
  changed: string[];
}

const KEYS: [string, string][] = [
  ['j / ↓', 'next item'],
  ['k / ↑', 'previous item'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['c', 'correct in place'],
  ['x', 'select for merging'],
  ['m', 'merge the selected events into the first'],
  ['s', 'split claims out of the event'],
  ['t', 'mark as a running total, checked against the handovers it covers'],
  ['T', 'count a figure held as a probable running total as a handover after all'],
  ['u', 'undo the last action'],
  ['?', 'show or hide these keys'],
];

/** Whether the machine holds this item out of the totals as a probable running total. */
function heldAsTotal(i: ReviewItem): boolean {
  return ((i as { codes?: string[] }).codes ?? []).includes('probable-cumulative');
}

function Quote(props: { claim: Claim }) {
  const c = props.claim;
  return (
    <div class="witness">
      <div class="witness-figure">
        <div class="figure">{formatCount(c.count)}</div>
        <div class="small">{c.kind}</div>
      </div>
      <div class="witness-body">
        <blockquote>{c.evidence.sentence || '(no sentence: entered as a fact)'}</blockquote>
        <div class="small">
          {c.attribution.speaker ?? 'unattributed'}
          {c.attribution.party && ` (${partyName(c.attribution.party)})`} · {direction(c)} · {c.date ? formatDate(c.date) : 'undated'} ·{' '}
          <a href={`/sources/${c.sourceId}#claim-${c.id}`}>source</a>
        </div>
      </div>
    </div>
  );
}

function Proposal(props: { item: ReviewItem }) {
  const e = props.item.event as LedgerEvent | undefined;
  const c = props.item.claim as Claim | undefined;
  if (e) {
    return (
      <dl class="facts">
        <div>
          <dt>Proposed event</dt>
          <dd class="figure">
            {formatFigure(e.figure)} {categoryName(e.category)}
          </dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{direction(e)}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{formatDate(e.date)}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            <StatusBadge status={e.status} /> <ReviewBadge review={e.review} />
          </dd>
        </div>
      </dl>
    );
  }
  if (c) {
    return (
      <dl class="facts">
        <div>
          <dt>Proposed claim</dt>
          <dd class="figure">
            {formatCount(c.count)} {categoryName(c.category)}
          </dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{c.kind}</dd>
        </div>
        <div>
          <dt>Direction</dt>
          <dd>{direction(c)}</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd>{Math.round(c.confidence * 100)}%</dd>
        </div>
      </dl>
    );
  }
  return null;
}

interface CorrectionDraft {
  count: string;
  qualifier: string;
  from: string;
  to: string;
  category: string;
  date: string;
  reason: string;
}

function draftOf(item: ReviewItem): CorrectionDraft {
  const e = item.event as LedgerEvent | undefined;
  const c = item.claim as Claim | undefined;
  const count = e ? e.figure.best : (c?.count?.value ?? null);
  const rec = (e ?? c)!;
  return {
    count: count === null ? '' : String(count),
    qualifier: c?.count?.qualifier ?? 'exact',
    from: rec.from ?? '',
    to: rec.to ?? '',
    category: rec.category,
    date: rec.date?.start ?? '',
    reason: '',
  };
}

function CorrectForm(props: { item: ReviewItem; onSubmit: (body: Record<string, unknown>) => void; onCancel: () => void }) {
  const original = draftOf(props.item);
  const [d, setD] = useState(original);
  const first = useRef<HTMLInputElement>(null);
  // Focused as the form is committed, before it is painted: a key typed as soon as it shows lands in it.
  useLayoutEffect(() => first.current?.focus(), []);
  const set = (k: keyof CorrectionDraft) => (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) => setD({ ...d, [k]: e.currentTarget.value });
  function submit(e: Event) {
    e.preventDefault();
    // Only what the person changed is sent: the rest stays as the machine read it.
    const body: Record<string, unknown> = {};
    if (d.count !== original.count || d.qualifier !== original.qualifier) {
      if (d.count !== '') body.count = Number(d.count);
      if (d.qualifier !== original.qualifier || body.count !== undefined) body.qualifier = d.qualifier;
    }
    for (const k of ['from', 'to', 'category', 'date'] as const) if (d[k] !== original[k] && d[k] !== '') body[k] = d[k];
    if (d.reason.trim()) body.reason = d.reason.trim();
    props.onSubmit(body);
  }
  return (
    <form
      class="correct"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
      aria-label="Correct the proposal"
    >
      <label>
        Figure
        <input ref={first} name="count" type="number" min={0} step={1} value={d.count} onInput={set('count')} />
      </label>
      <label>
        Qualifier
        <select name="qualifier" value={d.qualifier} onChange={set('qualifier')}>
          {QUALIFIERS.map((q) => (
            <option key={q} value={q}>
              {q.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <select name="from" value={d.from} onChange={set('from')}>
          <option value="">–</option>
          <PartyOptions />
        </select>
      </label>
      <label>
        To
        <select name="to" value={d.to} onChange={set('to')}>
          <option value="">–</option>
          <PartyOptions />
        </select>
      </label>
      <label>
        Category
        <select name="category" value={d.category} onChange={set('category')}>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(c)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Date
        <input name="date" type="date" value={d.date} onInput={set('date')} />
      </label>
      <label class="wide">
        Why (kept in the history)
        <input name="reason" value={d.reason} onInput={set('reason')} />
      </label>
      <div class="buttons">
        <button type="submit">Save correction</button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  );
}

function SplitForm(props: { claims: Claim[]; onSubmit: (ids: string[]) => void; onCancel: () => void }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const first = useRef<HTMLInputElement>(null);
  // Focused as the form is committed, before it is painted: a key typed as soon as it shows lands in it.
  useLayoutEffect(() => first.current?.focus(), []);
  return (
    <form
      class="stack"
      aria-label="Split claims out into a new event"
      onSubmit={(e) => {
        e.preventDefault();
        if (chosen.length > 0) props.onSubmit(chosen);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onCancel();
        }
      }}
    >
      <fieldset>
        <legend>Claims to move into a new event</legend>
        {props.claims.map((c, i) => (
          <label key={c.id} class="check">
            <input
              ref={i === 0 ? first : null}
              type="checkbox"
              checked={chosen.includes(c.id)}
              onChange={(e) => setChosen(e.currentTarget.checked ? [...chosen, c.id] : chosen.filter((x) => x !== c.id))}
            />{' '}
            {formatCount(c.count)} — “{c.evidence.sentence.slice(0, 140)}”
          </label>
        ))}
      </fieldset>
      <div class="buttons">
        <button type="submit" disabled={chosen.length === 0 || chosen.length === props.claims.length}>
          Split
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          Cancel (Esc)
        </button>
      </div>
    </form>
  );
}

function Detail(props: { item: ReviewItem }) {
  const e = props.item.event as LedgerEvent | undefined;
  const [detail] = useData(`rv|${props.item.id}|${props.item.version}`, () =>
    e ? must(api.GET('/api/events/{id}', { params: { path: { id: e.id } } })) : Promise.resolve(null),
  );
  const c = props.item.claim as Claim | undefined;
  return (
    <div class="review-detail">
      <p class="why">
        <strong>Why it waits:</strong> {props.item.why}
      </p>
      <div class="side-by-side">
        <div>
          <h3>What the source says</h3>
          {c && <Quote claim={c} />}
          {/* While the next item's quotes load, the last item's are not shown under its heading. */}
          {e && detail.data?.event.id === e.id && detail.data.witnesses.map((w) => <Quote key={w.claim.id} claim={w.claim} />)}
          {e && detail.state === 'loading' && <p class="muted">Loading the quotes…</p>}
        </div>
        <div>
          <h3>What the machine proposes</h3>
          <Proposal item={props.item} />
          {e && (
            <p>
              <a href={`/events/${e.id}`}>Open the event page</a>
            </p>
          )}
        </div>
      </div>
    </div>
  );
}

export function ReviewPage() {
  const { session } = useSession();
  const { query } = useLocation();
  const focusId = query.get('focus');
  // An event or claim opened from its page is shown first even when nothing says it waits (to split an accepted event, say).
  const [queue, reload] = useData(`queue|${focusId ?? ''}`, async () => {
    const waiting = await must(api.GET('/api/review', { params: { query: { limit: 100 } } }));
    if (!focusId || waiting.items.some((i) => i.id === focusId)) return waiting;
    // The record may be gone since the link was made (a running total withdraws its event, a merge
    // folds one into another): the queue is shown all the same, with a word on why it is not there.
    const opened = async (): Promise<ReviewItem | null> => focusId.startsWith('ev_')
      ? await must(api.GET('/api/events/{id}', { params: { path: { id: focusId } } })).then((d) => ({ entity: 'event' as const, id: focusId, why: 'opened from its page: nothing says it waits', version: d.event.version!, event: d.event }))
      : focusId.startsWith('cl_')
        ? await must(api.GET('/api/claims/{id}', { params: { path: { id: focusId } } })).then((c) => ({ entity: 'claim' as const, id: focusId, why: 'opened from its page: nothing says it waits', version: c.version!, claim: c }))
        : null;
    const extra = await opened().catch((err: Error) => err);
    if (extra instanceof Error) return { ...waiting, gone: `${focusId} is not in the queue: ${extra.message}` };
    return extra ? { items: [extra, ...waiting.items] } : waiting;
  });
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'browse' | 'correct' | 'split'>('browse');
  const [selected, setSelected] = useState<string[]>([]);
  const [done, setDone] = useState<Done[]>([]);
  const [message, setMessage] = useState<string>('');
  const [error, setError] = useState<string | null>(null);
  const [help, setHelp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [splitClaims, setSplitClaims] = useState<Claim[]>([]);
  const list = useRef<HTMLOListElement>(null);
  const items = queue.data?.items ?? [];
  const item = items[Math.min(index, items.length - 1)];

  // A link such as /review?focus=ev_… opens at that item.
  useEffect(() => {
    if (focusId && queue.data) {
      const at = queue.data.items.findIndex((i) => i.id === focusId);
      if (at >= 0) setIndex(at);
    }
  }, [focusId, queue.data]);

  useEffect(() => {
    list.current?.querySelector<HTMLElement>('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [index, queue.data]);

  async function act(label: string, call: () => Promise<ReviewChange>, undo = false) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const change = await call();
      if (!undo) setDone((d) => [...d, { label, history: change.history.map((h) => h.id), changed: change.changed }]);
      setMessage(`${label}${undo ? '' : ' — press u to undo'}`);
      setMode('browse');
      setSelected([]);
      reload();
    } catch (err) {
      setError(`${label} failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  }

  const version = (i: ReviewItem) => i.version;
  const accept = (i: ReviewItem) => act(`accepted ${i.id}`, () => must(api.POST('/api/review/{id}/accept', { params: { path: { id: i.id } }, body: { version: version(i) } })));
  const reject = (i: ReviewItem) => act(`rejected ${i.id}`, () => must(api.POST('/api/review/{id}/reject', { params: { path: { id: i.id } }, body: { version: version(i) } })));
  const correct = (i: ReviewItem, body: Record<string, unknown>) =>
    act(`corrected ${i.id}`, () => must(api.POST('/api/review/{id}/correct', { params: { path: { id: i.id } }, body: { ...body, version: version(i) } as never })));
  const merge = () => {
    const chosen = selected.map((id) => items.find((i) => i.id === id)).filter((i): i is ReviewItem => i !== undefined && i.entity === 'event');
    if (chosen.length < 2) {
      setError('Select two or more events with x, then press m to merge them into the first.');
      return;
    }
    void act(`merged ${chosen.length} events into ${chosen[0]!.id}`, () => must(api.POST('/api/review/merge', { body: { events: chosen.map((i) => ({ id: i.id, version: version(i) })) } })));
  };
  const split = (i: ReviewItem, claims: string[]) =>
    act(`split ${claims.length} claim${claims.length === 1 ? '' : 's'} out of ${i.id}`, () =>
      must(api.POST('/api/review/{id}/split', { params: { path: { id: i.id } }, body: { version: version(i), claims } })),
    );
  /** A running total (checked against the handovers it covers), or with `off` a handover after all. */
  const cumulative = (i: ReviewItem, off: boolean) =>
    act(off ? `counted ${i.id} as a handover` : `marked ${i.id} as a running total`, () =>
      must(api.POST('/api/review/{id}/cumulative', { params: { path: { id: i.id } }, body: { version: version(i), ...(off ? { off: true } : {}) } })),
    );
  const undo = () => {
    const last = done.at(-1);
    if (!last) {
      setMessage('Nothing to undo.');
      return;
    }
    setDone((d) => d.slice(0, -1));
    void act(`undid “${last.label}”`, () => must(api.POST('/api/review/undo', { body: { history: last.history, changed: last.changed } })), true);
  };

  async function startSplit(i: ReviewItem) {
    if (i.entity !== 'event') {
      setError('Split takes an event: this item is a claim.');
      return;
    }
    const detail = await must(api.GET('/api/events/{id}', { params: { path: { id: i.id } } }));
    if (detail.witnesses.length < 2) {
      setError('This event has one claim: there is nothing to split.');
      return;
    }
    setSplitClaims(detail.witnesses.map((w) => w.claim));
    setMode('split');
  }

  // The key handler reads this render's state, so it is bound again as each render is committed,
  // before the browser paints it: a key pressed just after a change (a second event selected with x,
  // then m) never reaches the handler of the render before it, which still saw one event selected.
  useLayoutEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (mode !== 'browse' || e.ctrlKey || e.metaKey || e.altKey) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
      const handled = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          return handled(() => setIndex((n) => Math.min(n + 1, Math.max(items.length - 1, 0))));
        case 'k':
        case 'ArrowUp':
          return handled(() => setIndex((n) => Math.max(n - 1, 0)));
        case '?':
          return handled(() => setHelp((h) => !h));
        case 'u':
          return handled(undo);
        case 'm':
          return handled(merge);
      }
      if (!item) return;
      switch (e.key) {
        case 'a':
          return handled(() => void accept(item));
        case 'r':
          return handled(() => void reject(item));
        case 'c':
          return handled(() => setMode('correct'));
        case 's':
          return handled(() => void startSplit(item));
        case 't':
          return handled(() => void cumulative(item, false));
        case 'T':
          return handled(() => void cumulative(item, true));
        case 'x':
          return handled(() => setSelected((s) => (s.includes(item.id) ? s.filter((x) => x !== item.id) : [...s, item.id])));
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (!can(session, 'reviewer')) {
    return (
      <Layout title="Review">
        <p>Reviewing needs the reviewer role or above.</p>
      </Layout>
    );
  }

  return (
    <Layout title="Review">
      <p class="muted small">
        Work with the keyboard: <kbd>j</kbd>/<kbd>k</kbd> to move, <kbd>a</kbd> accept, <kbd>r</kbd> reject, <kbd>c</kbd> correct, <kbd>t</kbd> running total, <kbd>u</kbd> undo, <kbd>?</kbd> all keys.
      </p>
      {help && (
        <table class="keys">
          <caption>Keys</caption>
          <tbody>
            {KEYS.map(([k, what]) => (
              <tr key={k}>
                <th scope="row">
                  <kbd>{k}</kbd>
                </th>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" class="note" hidden={!message}>
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {queue.data && 'gone' in queue.data && <p class="muted small">{queue.data.gone}</p>}
      <Status loading={queue.state === 'loading' && !queue.data} error={queue.state === 'failed' ? queue.error : undefined} />
      {queue.data && items.length === 0 && <p>Nothing waits for review.</p>}
      {item && (
        <div class="review">
          <ol class="queue" ref={list} aria-label={`Waiting for review (${items.length})`}>
            {items.map((i, n) => (
              <li key={i.id} aria-current={n === index ? 'true' : undefined} class={selected.includes(i.id) ? 'selected' : undefined}>
                <button type="button" class="item" onClick={() => setIndex(n)}>
                  <span class="small muted">{i.entity}</span> {i.event ? `${formatFigure((i.event as LedgerEvent).figure)} ${categoryName((i.event as LedgerEvent).category)}` : formatCount((i.claim as Claim).count)}
                  <span class="small"> — {i.why}</span>
                  {selected.includes(i.id) && <span class="badge">selected for merge</span>}
                </button>
              </li>
            ))}
          </ol>
          <section class="current" aria-label={`${item.entity} ${item.id}`} aria-busy={busy}>
            <h2>
              {item.entity === 'event' ? 'Event' : 'Claim'} <code>{item.id}</code> ({Math.min(index, items.length - 1) + 1} of {items.length})
            </h2>
            <Detail item={item} />
            {mode === 'correct' && <CorrectForm item={item} onSubmit={(body) => void correct(item, body)} onCancel={() => setMode('browse')} />}
            {mode === 'split' && <SplitForm claims={splitClaims} onSubmit={(ids) => void split(item, ids)} onCancel={() => setMode('browse')} />}
            {mode === 'browse' && (
              <div class="buttons actions">
                <button type="button" onClick={() => void accept(item)} disabled={busy}>
                  Accept <kbd>a</kbd>
                </button>
                <button type="button" class="danger" onClick={() => void reject(item)} disabled={busy}>
                  Reject <kbd>r</kbd>
                </button>
                <button type="button" class="secondary" onClick={() => setMode('correct')} disabled={busy}>
                  Correct <kbd>c</kbd>
                </button>
                {item.entity === 'event' && (
                  <>
                    <button type="button" class="secondary" onClick={() => setSelected((s) => (s.includes(item.id) ? s.filter((x) => x !== item.id) : [...s, item.id]))}>
                      {selected.includes(item.id) ? 'Unselect' : 'Select for merge'} <kbd>x</kbd>
                    </button>
                    <button type="button" class="secondary" onClick={merge} disabled={busy || selected.length < 2}>
                      Merge selected <kbd>m</kbd>
                    </button>
                    <button type="button" class="secondary" onClick={() => void startSplit(item)} disabled={busy}>
                      Split <kbd>s</kbd>
                    </button>
                  </>
                )}
                <button type="button" class="secondary" onClick={() => void cumulative(item, false)} disabled={busy}>
                  Running total <kbd>t</kbd>
                </button>
                {heldAsTotal(item) && (
                  <button type="button" class="secondary" onClick={() => void cumulative(item, true)} disabled={busy}>
                    Count as a handover <kbd>T</kbd>
                  </button>
                )}
                <button type="button" class="secondary" onClick={undo} disabled={busy || done.length === 0}>
                  Undo <kbd>u</kbd>
                </button>
              </div>
            )}
          </section>
        </div>
      )}
    </Layout>
  );
}
