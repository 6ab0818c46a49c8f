/**
 * Releases: the ledger as published, numbered and immutable — each with how to cite it, its files
 * (the same bytes whenever fetched), its hash and signatures, and what changed since the one before
 * and why. Administrators publish the next one here.
 */
import { useState } from 'preact/hooks';
import { api, must, type Schemas } from '../api/client';
import { Layout, Status } from '../components/layout';
import { formatInt } from '../lib/format';
import { href, useLocation } from '../lib/router';
import { can, useSession } from '../lib/session';
import { useData } from '../lib/use-data';

type Release = Schemas['Release'];
type Change = Release['summary']['changes'][number];

const KINDS = ['added', 'corrected', 'merged', 'split', 'withdrawn'] as const;

/** `release` the one the changes lead to, `before` the one they start from: a withdrawn or merged event is shown as it was before. */
function Changes(props: { changes: Change[]; release: number; before: number | null }) {
  if (props.changes.length === 0) return <p>No event changed.</p>;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">change</th>
          <th scope="col">event</th>
          <th scope="col">fields</th>
          <th scope="col">why</th>
        </tr>
      </thead>
      <tbody>
        {props.changes.map((c) => (
          <tr key={`${c.kind}${c.eventId}`}>
            <td>{c.kind}</td>
            <td>
              <a href={href(`/events/${c.eventId}`, { release: String((c.kind === 'withdrawn' || c.kind === 'merged') && props.before !== null ? props.before : props.release) })}>{c.eventId}</a> <span class="muted">{c.label}</span>
            </td>
            <td>{c.fields.join(', ')}</td>
            <td>
              {c.because
                .filter((b) => b.reason !== null)
                .map((b, i) => (
                  <div key={i}>
                    “{b.reason}” <span class="muted">— {b.actor}, {b.at.slice(0, 10)}</span>
                  </div>
                ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReleaseDetail(props: { release: Release }) {
  const r = props.release;
  const c = r.summary.counts;
  const file = (format: string) => `/api/export?release=${r.n}&format=${format}`;
  return (
    <section aria-labelledby="release-heading">
      <h2 id="release-heading">Release {r.n}</h2>
      <p class="cite">
        Cite as: <q>according to {r.citation}, …</q>
      </p>
      <p>
        Published {r.createdAt.replace('T', ' ').slice(0, 19)} UTC by {r.createdBy}
        {r.note ? ` — ${r.note}` : ''}. {formatInt(r.events)} events.{' '}
        {r.signatures.length > 0 ? `Signed by key ${r.signatures.map((s) => s.keyId).join(', ')}.` : 'Not signed.'}
      </p>
      <p>
        Download exactly this release: <a href={file('csv')} download>CSV</a> · <a href={file('hxl')} download>HXL</a> · <a href={file('json')} download>JSON</a>{' '}
        <span class="muted small">(the same bytes whenever fetched; content hash <code>{r.contentHash}</code>)</span>
      </p>
      <p>
        <a href={href('/events', { release: String(r.n) })}>Its events</a>
      </p>
      <h3>
        Since {r.summary.from === null ? 'the start' : `release ${r.summary.from}`}: {KINDS.map((k) => `${c[k]} ${k}`).join(', ')}
      </h3>
      <Changes changes={r.summary.changes} release={r.n} before={r.summary.from} />
    </section>
  );
}

export function ReleasesPage() {
  const { session } = useSession();
  const { query } = useLocation();
  const [data, reload] = useData('releases', async () => (await must(api.GET('/api/releases'))).releases);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const releases = data.data ?? [];
  const chosen = releases.find((r) => String(r.n) === query.get('n')) ?? releases[0];

  async function publish(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await must(api.POST('/api/releases', { body: note.trim() ? { note: note.trim() } : {} }));
      setNote('');
      reload();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Layout title="Releases">
      <p>
        A release is the ledger as published on a date, numbered and never changed: a figure quoted from it can always be fetched again, and each release says what changed since the one before and why.
      </p>
      {can(session, 'admin') && (
        <form class="inline" aria-label="Publish a release" onSubmit={publish}>
          <label>
            Note <input value={note} maxLength={2000} onInput={(e) => setNote((e.target as HTMLInputElement).value)} placeholder="what this release is for" />
          </label>{' '}
          <button type="submit" disabled={busy}>
            Publish the ledger as release {releases.length > 0 ? releases[0]!.n + 1 : 1}
          </button>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
      <Status loading={data.state === 'loading'} error={data.state === 'failed' ? data.error : undefined} />
      {data.state !== 'loading' && releases.length === 0 && <p>No release has been published yet.</p>}
      {releases.length > 0 && (
        <table>
          <caption class="muted small">Releases, newest first</caption>
          <thead>
            <tr>
              <th scope="col">release</th>
              <th scope="col">published</th>
              <th scope="col">by</th>
              <th scope="col" class="num">events</th>
              <th scope="col">changes</th>
              <th scope="col">note</th>
            </tr>
          </thead>
          <tbody>
            {releases.map((r) => (
              <tr key={r.n} aria-current={chosen?.n === r.n ? 'true' : undefined}>
                <td>
                  <a href={href('/releases', { n: String(r.n) })}>{r.n}</a>
                </td>
                <td>{r.createdAt.slice(0, 10)}</td>
                <td>{r.createdBy}</td>
                <td class="num">{formatInt(r.events)}</td>
                <td>{KINDS.filter((k) => r.summary.counts[k] > 0).map((k) => `${r.summary.counts[k]} ${k}`).join(', ') || 'none'}</td>
                <td>{r.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chosen && <ReleaseDetail release={chosen} />}
      <p class="small muted">
        Follow new releases in a feed reader: <a href="/api/releases.atom">/api/releases.atom</a>; newly confirmed handovers: <a href="/api/events.atom">/api/events.atom</a>.
      </p>
    </Layout>
  );
}
