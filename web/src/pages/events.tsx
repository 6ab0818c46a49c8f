/** The events: filtered, sorted and paged, with every filter in the address so a view can be shared and cited. */
import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES } from '../../../src/domain/claim';
import { EVENT_STATUSES, REVIEW_STATES } from '../../../src/domain/ledger';
import { api, must } from '../api/client';
import { Scroll } from '../components/scroll';
import { Layout, Status } from '../components/layout';
import { ReviewBadge, StatusBadge } from '../components/badges';
import { PartyOptions } from '../components/party-options';
import { categoryName, direction, formatDate, formatFigure } from '../lib/format';
import { apiQuery, describeFilters, filtersOf, SORTS, type Filters } from '../lib/filters';
import { href, navigate, useLocation } from '../lib/router';
import { useData } from '../lib/use-data';

const PAGE = 50;

export function FilterForm(props: { filters: Filters; path: string; showSort?: boolean }) {
  const [draft, setDraft] = useState<Filters>(props.filters);
  useEffect(() => setDraft(props.filters), [JSON.stringify(props.filters)]);
  const set = (k: keyof Filters, v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const apply = (f: Filters) => navigate(href(props.path, f));

  const select = (k: keyof Filters, label: string, options: readonly string[], words?: (v: string) => string, none = 'any') => (
    <label>
      {label}
      <select
        name={k}
        value={draft[k] ?? ''}
        onChange={(e) => {
          const next = { ...draft, [k]: e.currentTarget.value };
          setDraft(next);
          apply(next);
        }}
      >
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {words ? words(o) : o}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <form
      class="filters"
      role="search"
      aria-label="Filter events"
      onSubmit={(e) => {
        e.preventDefault();
        apply(draft);
      }}
    >
      <label class="wide">
        Text
        <input type="search" name="q" value={draft.q ?? ''} placeholder="a speaker, a word of the quote, an id…" onInput={(e) => set('q', e.currentTarget.value)} />
      </label>
      <label>
        From
        <input type="date" name="from" value={draft.from ?? ''} onInput={(e) => set('from', e.currentTarget.value)} />
      </label>
      <label>
        To
        <input type="date" name="to" value={draft.to ?? ''} onInput={(e) => set('to', e.currentTarget.value)} />
      </label>
      <label>
        Party
        <select
          name="party"
          value={draft.party ?? ''}
          onChange={(e) => {
            const next = { ...draft, party: e.currentTarget.value };
            setDraft(next);
            apply(next);
          }}
        >
          <option value="">any</option>
          <PartyOptions />
        </select>
      </label>
      {select('category', 'Category', CATEGORIES, categoryName)}
      {select('status', 'Status', EVENT_STATUSES)}
      {select('review', 'Review', REVIEW_STATES, undefined, 'all but rejected')}
      <label>
        Agreement
        <input name="agreement" value={draft.agreement ?? ''} placeholder="istanbul-2025" onInput={(e) => set('agreement', e.currentTarget.value)} />
      </label>
      <label>
        Mediator
        <input name="mediator" value={draft.mediator ?? ''} placeholder="uae" onInput={(e) => set('mediator', e.currentTarget.value)} />
      </label>
      <ReleaseSelect value={draft.release ?? ''} onChange={(v) => { const next = { ...draft, release: v }; setDraft(next); apply(next); }} />
      {props.showSort !== false &&
        select(
          'sort',
          'Order',
          SORTS.map((s) => s.value),
          (v) => SORTS.find((s) => s.value === v)?.label ?? v,
        )}
      <div class="buttons">
        <button type="submit">Apply</button>
        <a class="button secondary" href={props.path}>
          Clear
        </a>
      </div>
    </form>
  );
}

/** Which ledger to read: as it is now, or as a published release froze it (shown once a release exists). */
function ReleaseSelect(props: { value: string; onChange: (v: string) => void }) {
  const [releases] = useData('releases', async () => (await must(api.GET('/api/releases'))).releases);
  const list = releases.data ?? [];
  if (list.length === 0 && props.value === '') return null;
  return (
    <label>
      Release
      <select name="release" value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        <option value="">the ledger now</option>
        {list.map((r) => (
          <option key={r.n} value={String(r.n)}>
            release {r.n} ({r.createdAt.slice(0, 10)})
          </option>
        ))}
      </select>
    </label>
  );
}

function SortHeader(props: { label: string; asc: string; desc: string; filters: Filters }) {
  const sort = props.filters.sort ?? 'newest';
  const state = sort === props.asc ? 'ascending' : sort === props.desc ? 'descending' : 'none';
  const next = state === 'descending' ? props.asc : props.desc;
  return (
    <th scope="col" aria-sort={state}>
      <a href={href('/events', { ...props.filters, sort: next, cursor: undefined })}>
        {props.label}
        <span aria-hidden="true">{state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ''}</span>
      </a>
    </th>
  );
}

export function EventsPage() {
  const { query } = useLocation();
  const filters = filtersOf(query);
  const cursor = query.get('cursor') ?? undefined;
  const key = JSON.stringify([filters, cursor]);
  const [page] = useData(key, () => must(api.GET('/api/events', { params: { query: { ...apiQuery(filters), limit: PAGE, ...(cursor ? { cursor } : {}) } } })));

  return (
    <Layout title="Events">
      <FilterForm filters={filters} path="/events" />
      <p class="muted" aria-live="polite">
        Showing {describeFilters(filters)}
        {cursor ? ' (a later page)' : ''}. <a href={href('/export', filters)}>Export this view</a>
      </p>
      <Status loading={page.state === 'loading' && !page.data} error={page.state === 'failed' ? page.error : undefined} />
      {page.data && page.data.events.length === 0 && <p>No event matches these filters.</p>}
      {page.data && page.data.events.length > 0 && (
        <Scroll label="Events">
          <table class="events">
            <caption class="visually-hidden">Events, {describeFilters(filters)}</caption>
            <thead>
              <tr>
                <SortHeader label="Date" asc="oldest" desc="newest" filters={filters} />
                <th scope="col">Direction</th>
                <th scope="col">Category</th>
                <SortHeader label="Figure" asc="smallest" desc="largest" filters={filters} />
                <th scope="col">Status</th>
                <th scope="col">Review</th>
                <th scope="col">Agreement · mediator</th>
                <th scope="col" class="num">Claims</th>
              </tr>
            </thead>
            <tbody>
              {page.data.events.map((e) => (
                <tr key={e.id}>
                  <td>
                    <a href={href(`/events/${e.id}`, { release: filters.release })}>{formatDate(e.date)}</a>
                  </td>
                  <td>{direction(e)}</td>
                  <td>
                    {categoryName(e.category)}
                    {e.wounded ? ' (wounded)' : ''}
                  </td>
                  <td class="num">
                    <a href={href(`/events/${e.id}`, { release: filters.release })}>{formatFigure(e.figure)}</a>
                  </td>
                  <td>
                    <StatusBadge status={e.status} />
                  </td>
                  <td>
                    <ReviewBadge review={e.review} />
                  </td>
                  <td>{[e.agreement, e.mediator && `via ${e.mediator}`].filter(Boolean).join(' · ') || '–'}</td>
                  <td class="num">{e.claimIds.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      <nav class="pager" aria-label="Pages">
        {cursor && <a href={href('/events', filters)}>First page</a>}
        {page.data?.next && <a href={href('/events', { ...filters, cursor: page.data.next })}>Next page</a>}
      </nav>
    </Layout>
  );
}
