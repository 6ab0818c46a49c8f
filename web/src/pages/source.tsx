/**
 * One report: its clean text with every claim's sentence highlighted and linked to the claim, its
 * metadata, the original's address and the raw download. The text is someone else's: it is only
 * ever shown as text.
 */
import { api, must, type Claim } from '../api/client';
import { Layout, Status } from '../components/layout';
import { ReviewBadge } from '../components/badges';
import { categoryName, direction, formatCount, formatDate, formatStamp, partyName } from '../lib/format';
import { runsOf } from '../lib/highlight';
import { safeHttpUrl } from '../lib/safe-url';
import { useData } from '../lib/use-data';

type SourceClaim = Claim & { eventId?: string | null };

function HighlightedText(props: { text: string; lang: string; claims: SourceClaim[]; numbers: Map<string, number> }) {
  const { runs, unplaced } = runsOf(
    props.text,
    props.claims.map((c) => ({ id: c.id, ...c.evidence })),
  );
  return (
    <>
      <div class="clean-text" lang={/^[a-z]{2,3}$/.test(props.lang) && props.lang !== 'und' ? props.lang : undefined}>
        {runs.map((r, i) => {
          const refs = r.ends.map((id) => (
            <sup key={id}>
              <a href={`#claim-${id}`} aria-label={`claim ${props.numbers.get(id)}`}>
                [{props.numbers.get(id)}]
              </a>
            </sup>
          ));
          const anchors = r.starts.map((id) => <span key={id} id={`quote-${id}`} />);
          if (r.claims.length === 0) return <span key={i}>{r.text}</span>;
          return (
            <span key={i}>
              {anchors}
              <mark data-claims={r.claims.join(' ')}>{r.text}</mark>
              {refs}
            </span>
          );
        })}
      </div>
      {unplaced.length > 0 && <p class="muted small">{unplaced.length} claim(s) point at a sentence not found in this text; their quotes are listed below.</p>}
    </>
  );
}

export function SourcePage(props: { id: string }) {
  const [detail] = useData(props.id, () => must(api.GET('/api/sources/{id}', { params: { path: { id: props.id } } })));
  const [text] = useData(`text|${props.id}`, () => must(api.GET('/api/sources/{id}/text', { params: { path: { id: props.id } }, parseAs: 'text' })) as Promise<string>);
  const source = detail.data?.source;
  const claims = (detail.data?.claims ?? []) as SourceClaim[];
  const numbers = new Map(claims.map((c, i) => [c.id, i + 1]));
  const original = safeHttpUrl(source?.url);

  return (
    <Layout title={source ? (source.title ?? `Source ${source.id}`) : `Source ${props.id}`}>
      <Status loading={detail.state === 'loading' && !source} error={detail.state === 'failed' ? detail.error : undefined} />
      {source && detail.data && (
        <>
          <dl class="facts">
            {source.outlet && (
              <div>
                <dt>Outlet</dt>
                <dd>{source.outlet}</dd>
              </div>
            )}
            <div>
              <dt>Published</dt>
              <dd>{source.publishedAt ?? 'not known'}</dd>
            </div>
            <div>
              <dt>Language</dt>
              <dd>{source.language}</dd>
            </div>
            <div>
              <dt>Received</dt>
              <dd>{formatStamp(source.ingestedAt)}</dd>
            </div>
            <div>
              <dt>Format</dt>
              <dd>{source.format}</dd>
            </div>
            {source.duplicateOf && (
              <div>
                <dt>Copy of</dt>
                <dd>
                  <a href={`/sources/${source.duplicateOf}`}>{source.duplicateOf}</a>
                </dd>
              </div>
            )}
          </dl>
          <p>
            {original ? (
              <>
                Original:{' '}
                <a href={original} rel="noopener noreferrer nofollow" target="_blank">
                  {original}
                </a>
                {' · '}
              </>
            ) : (
              source.url && <>Original address (not a web link): {source.url} · </>
            )}
            <a href={detail.data.links.raw} download>
              Download the bytes as received
            </a>
          </p>

          <h2>Text</h2>
          <Status loading={text.state === 'loading'} error={text.state === 'failed' ? text.error : undefined} />
          {text.state === 'ready' && (text.data.length > 0 ? <HighlightedText text={text.data} lang={source.language} claims={claims} numbers={numbers} /> : <p>No text is stored for this source (it came as a list of facts).</p>)}

          <h2>Claims read from it ({claims.length})</h2>
          <ol class="claims">
            {claims.map((c) => (
              <li key={c.id} id={`claim-${c.id}`}>
                <div>
                  <strong>{formatCount(c.count)}</strong> {categoryName(c.category)}, {direction(c)} · {c.kind} · {c.date ? formatDate(c.date) : 'undated'} <ReviewBadge review={c.review} />
                </div>
                <div class="small">
                  {c.attribution.speaker ?? 'unattributed'}
                  {c.attribution.party && ` (${partyName(c.attribution.party)})`}
                  {c.agreement && ` · ${c.agreement}`}
                  {c.mediator && ` · via ${partyName(c.mediator)}`}
                  {c.flags.length > 0 && ` · ${c.flags.join(', ')}`}
                </div>
                {c.evidence.sentence && <blockquote class="small">{c.evidence.sentence}</blockquote>}
                <div class="small">
                  {c.evidence.sentence && (
                    <>
                      <a href={`#quote-${c.id}`}>Show in the text</a> ·{' '}
                    </>
                  )}
                  {c.eventId ? <a href={`/events/${c.eventId}`}>Its event</a> : 'In no event'} · <code>{c.id}</code>
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </Layout>
  );
}
