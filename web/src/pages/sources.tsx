/** The reports received, newest first, paged. */
import { api, must } from '../api/client';
import { Scroll } from '../components/scroll';
import { Layout, Status } from '../components/layout';
import { formatStamp } from '../lib/format';
import { href, useLocation } from '../lib/router';
import { useData } from '../lib/use-data';

export function SourcesPage() {
  const { query } = useLocation();
  const cursor = query.get('cursor') ?? undefined;
  const [page] = useData(cursor ?? '', () => must(api.GET('/api/sources', { params: { query: { limit: 50, ...(cursor ? { cursor } : {}) } } })));
  return (
    <Layout title="Sources">
      <Status loading={page.state === 'loading' && !page.data} error={page.state === 'failed' ? page.error : undefined} />
      {page.data && page.data.sources.length === 0 && (
        <p>
          No reports yet. <a href="/add">Add one</a>.
        </p>
      )}
      {page.data && page.data.sources.length > 0 && (
        <Scroll label="Reports">
          <table>
            <caption class="visually-hidden">Reports received, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Language</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {page.data.sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/sources/${s.id}`}>{s.title ?? s.id}</a>
                    {s.duplicateOf && <span class="muted"> (a copy)</span>}
                  </td>
                  <td>{s.outlet ?? '–'}</td>
                  <td>{s.publishedAt ?? '–'}</td>
                  <td>{s.language}</td>
                  <td>{formatStamp(s.ingestedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      )}
      <nav class="pager" aria-label="Pages">
        {cursor && <a href="/sources">First page</a>}
        {page.data?.next && <a href={href('/sources', { cursor: page.data.next })}>Next page</a>}
      </nav>
    </Layout>
  );
}
