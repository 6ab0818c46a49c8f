/** Exporting the events the current filters select, as CSV, HXL-tagged CSV or JSON. */
import { Layout } from '../components/layout';
import { FilterForm } from './events';
import { apiQuery, describeFilters, filtersOf } from '../lib/filters';
import { href, navigate, useLocation } from '../lib/router';
import { queryString } from '../api/client';

const FORMATS = [
  { value: 'csv', label: 'CSV', about: 'one row per event, for spreadsheets' },
  { value: 'hxl', label: 'HXL', about: 'CSV with Humanitarian Exchange Language hashtags, for humanitarian data platforms' },
  { value: 'json', label: 'JSON', about: 'the sources, claims, events and history behind the selected events (what handover import reads back)' },
] as const;

export function ExportPage() {
  const { query } = useLocation();
  const filters = filtersOf(query);
  const format = FORMATS.find((f) => f.value === query.get('format'))?.value ?? 'csv';
  const { sort: _sort, ...exported } = apiQuery(filters);
  const link = `/api/export${queryString({ format, ...exported })}`;
  const jsonAsOf = format === 'json' && filters.asOf !== undefined;

  return (
    <Layout title="Export">
      <p>Choose the events with the same filters as the events list, then a format.</p>
      <FilterForm filters={filters} path="/export" showSort={false} />
      <fieldset class="formats">
        <legend>Format</legend>
        {FORMATS.map((f) => (
          <label key={f.value}>
            <input type="radio" name="format" value={f.value} checked={format === f.value} onChange={() => navigate(href('/export', { ...filters, format: f.value }), { replace: true })} />{' '}
            <strong>{f.label}</strong> <span class="muted">— {f.about}</span>
          </label>
        ))}
      </fieldset>
      <p>
        Exporting {describeFilters({ ...filters, sort: undefined })}.{' '}
        <a href={href('/events', filters)}>See these events</a>
      </p>
      {jsonAsOf && <p class="error">A JSON export holds the ledger as it is now; “as known at” applies to CSV and HXL.</p>}
      <p>
        <a class="button" href={link} download>
          Download {FORMATS.find((f) => f.value === format)!.label}
        </a>
      </p>
      <p class="small muted">
        The same file from a script: <code>GET {link}</code> with an API token.
      </p>
    </Layout>
  );
}
