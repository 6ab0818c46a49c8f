/**
 * The events filters, read from and written to the address: the events list, the export and the
 * dashboard's links share them, so a view can be shared, cited and exported as it is.
 */

export const FILTER_KEYS = ['from', 'to', 'party', 'category', 'status', 'review', 'agreement', 'mediator', 'q', 'sort', 'asOf', 'release'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = { [K in FilterKey]?: string | undefined };

export const SORTS = [
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
  { value: 'largest', label: 'Largest figure first' },
  { value: 'smallest', label: 'Smallest figure first' },
] as const;

export function filtersOf(query: URLSearchParams): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) {
    const v = query.get(k)?.trim();
    if (v) f[k] = v;
  }
  return f;
}

/** The filters as API query parameters (the default sort left out). */
export function apiQuery(f: Filters): Record<string, string> {
  const q: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = f[k];
    if (v !== undefined && v !== '' && !(k === 'sort' && v === 'newest')) q[k] = v;
  }
  return q;
}

export function describeFilters(f: Filters): string {
  const parts: string[] = [];
  if (f.q) parts.push(`matching “${f.q}”`);
  if (f.category) parts.push(`category ${f.category}`);
  if (f.party) parts.push(`involving ${f.party}`);
  if (f.status) parts.push(`status ${f.status}`);
  if (f.review) parts.push(`review ${f.review}`);
  if (f.agreement) parts.push(`agreement ${f.agreement}`);
  if (f.mediator) parts.push(`mediator ${f.mediator}`);
  if (f.from) parts.push(`from ${f.from}`);
  if (f.to) parts.push(`to ${f.to}`);
  if (f.asOf) parts.push(`as known at ${f.asOf}`);
  if (f.release) parts.push(`as published in release ${f.release}`);
  return parts.length > 0 ? parts.join(', ') : 'all events';
}
