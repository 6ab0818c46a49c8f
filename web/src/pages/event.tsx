/**
 * One event: the reconciled figure and status, every source's figure beside its quote (differences
 * marked), the linked plans and running-total checks, the full history, a permalink and "as of".
 */
import { useState } from 'preact/hooks';
import { api, must, type Checks, type Claim, type EventDetail, type LedgerEvent } from '../api/client';
import { Layout, Status } from '../components/layout';
import { ReviewBadge, StatusBadge } from '../components/badges';
import { HistoryList } from '../components/history-list';
import { categoryName, direction, formatCount, formatDate, formatFigure, formatInt, partyName } from '../lib/format';
import { href, navigate, useLocation } from '../lib/router';
import { safeHttpUrl } from '../lib/safe-url';
import { can, useSession } from '../lib/session';
import { useData } from '../lib/use-data';

/** Why a claim's figure stands out from the event's: null when it agrees. */
export function disagreement(claim: Claim, event: LedgerEvent): string | null {
  if (claim.review === 'rejected') return 'rejected by a reviewer: not counted';
  if (claim.kind === 'confirmation' || claim.count === null || event.figure.best === null) return null;
  const c = claim.count;
  const [low, high] = [event.figure.low ?? event.figure.best, event.figure.high];
  if (c.qualifier === 'exact' && c.value !== event.figure.best) return `says ${formatInt(c.value)}, the ledger's best figure is ${formatInt(event.figure.best)}`;
  if (c.high !== null && c.high < low) return `says at most ${formatInt(c.high)}, below the ledger's low of ${formatInt(low)}`;
  if (high !== null && c.low > high) return `says at least ${formatInt(c.low)}, above the ledger's high of ${formatInt(high)}`;
  if (claim.from !== event.from || claim.to !== event.to) return `gives the direction ${direction(claim)}`;
  return null;
}

function Witnesses(props: { detail: EventDetail }) {
  const { event, witnesses } = props.detail;
  return (
    <div class="witnesses">
      {witnesses.map(({ claim, source }) => {
        const differs = disagreement(claim, event);
        const original = safeHttpUrl(source?.url);
        return (
          <article key={claim.id} class={differs ? 'witness differs' : 'witness'} aria-label={`Claim ${claim.id}`}>
            <div class="witness-figure">
              <div class="figure">{formatCount(claim.count)}</div>
              <div class="small">
                {claim.kind}
                {claim.review !== 'machine' && (
                  <>
                    {' '}
                    <ReviewBadge review={claim.review} />
                  </>
                )}
              </div>
              {differs && (
                <p class="differs-note">
                  <span aria-hidden="true">⚠ </span>
                  <strong>Differs:</strong> {differs}
                </p>
              )}
            </div>
            <div class="witness-body">
              <blockquote>{claim.evidence.sentence}</blockquote>
              <div class="small">
                {claim.attribution.speaker ?? 'unattributed'}
                {claim.attribution.party && ` (${partyName(claim.attribution.party)})`}
                {' · '}
                {direction(claim)} · {claim.date ? formatDate(claim.date) : 'undated'}
              </div>
              <div class="small">
                {source ? (
                  <>
                    <a href={`/sources/${source.id}#${claim.id}`}>{source.title ?? source.id}</a>
                    {source.outlet && ` · ${source.outlet}`}
                    {source.publishedAt && ` · published ${source.publishedAt}`}
                    {original && (
                      <>
                        {' · '}
                        <a href={original} rel="noopener noreferrer nofollow" target="_blank">
                          original
                        </a>
                      </>
                    )}
                  </>
                ) : (
                  <>source {claim.sourceId} (not found)</>
                )}
              </div>
            </div>
          </article>
        );
      })}
    </div>
  );
}

function LinkedChecks(props: { checks: Checks; id: string }) {
  const cumulative = props.checks.cumulative.filter((c) => c.eventIds.includes(props.id));
  const plans = props.checks.plans.filter((p) => p.eventIds.includes(props.id));
  if (cumulative.length === 0 && plans.length === 0) return <p>No plan or running total covers this event.</p>;
  return (
    <ul class="plain">
      {plans.map((p) => (
        <li key={p.planClaimId}>
          Plan <code>{p.planClaimId}</code>: planned {formatCount(p.planned)}, delivered {formatInt(p.delivered)}
          {p.outstanding !== null && `, outstanding ${formatInt(p.outstanding)}`} ({p.eventIds.length} event{p.eventIds.length === 1 ? '' : 's'})
        </li>
      ))}
      {cumulative.map((c) => (
        <li key={c.claimId}>
          Running total <code>{c.claimId}</code>
          {c.asOf && ` as of ${c.asOf}`}: reported {formatCount(c.reported)}, the ledger's events sum to {formatFigure(c.ledgerSum)}
          {c.difference !== null && c.difference !== 0 && <strong> (differs by {formatInt(c.difference)})</strong>}
          <blockquote class="small">{c.sentence}</blockquote>
        </li>
      ))}
    </ul>
  );
}

export function EventPage(props: { id: string }) {
  const { session } = useSession();
  const { query } = useLocation();
  const asOf = query.get('asOf') ?? undefined;
  // A release's event is the one it published: the read answers from the release's frozen copy.
  const release = /^\d+$/.test(query.get('release') ?? '') ? Number(query.get('release')) : undefined;
  const [detail] = useData(`${props.id}|${asOf ?? ''}|${release ?? ''}`, () =>
    must(api.GET('/api/events/{id}', { params: { path: { id: props.id }, query: release !== undefined ? { release } : asOf ? { asOf } : {} } })),
  );
  const [history] = useData(`h|${props.id}|${asOf ?? ''}`, () => must(api.GET('/api/history/{id}', { params: { path: { id: props.id }, query: asOf ? { asOf } : {} } })));
  const [checks] = useData('checks', () => must(api.GET('/api/checks')));
  const [day, setDay] = useState(asOf ?? '');
  const today = new Date().toISOString().slice(0, 10);
  const permalink = `${location.origin}${href(`/events/${props.id}`, { asOf: asOf ?? today })}`;
  const e = detail.data?.event;

  return (
    <Layout title={e ? `${formatFigure(e.figure)} ${categoryName(e.category)}, ${direction(e)}` : `Event ${props.id}`}>
      <Status loading={detail.state === 'loading' && !e} error={detail.state === 'failed' ? detail.error : undefined} />
      {e && detail.data && (
        <>
          <dl class="facts">
            <div>
              <dt>Figure</dt>
              <dd class="figure">{formatFigure(e.figure)}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <StatusBadge status={e.status} /> <ReviewBadge review={e.review} />
              </dd>
            </div>
            <div>
              <dt>Date</dt>
              <dd>{formatDate(e.date)}</dd>
            </div>
            <div>
              <dt>Direction</dt>
              <dd>{direction(e)}</dd>
            </div>
            <div>
              <dt>Category</dt>
              <dd>
                {categoryName(e.category)}
                {e.wounded ? ' (seriously wounded)' : ''}
              </dd>
            </div>
            {e.agreement && (
              <div>
                <dt>Agreement</dt>
                <dd>
                  <a href={href('/events', { agreement: e.agreement })}>{e.agreement}</a>
                </dd>
              </div>
            )}
            {e.mediator && (
              <div>
                <dt>Mediator</dt>
                <dd>
                  <a href={href('/events', { mediator: e.mediator })}>{partyName(e.mediator)}</a>
                </dd>
              </div>
            )}
            {e.flags.length > 0 && (
              <div>
                <dt>Flags</dt>
                <dd>{e.flags.join(', ')}</dd>
              </div>
            )}
          </dl>

          <form
            class="asof"
            onSubmit={(ev) => {
              ev.preventDefault();
              navigate(href(`/events/${props.id}`, { asOf: day || undefined }));
            }}
          >
            <label>
              As known at <input type="date" name="asOf" value={day} max={today} onInput={(ev) => setDay(ev.currentTarget.value)} />
            </label>
            <button type="submit">Show</button>
            {asOf && <a href={`/events/${props.id}`}>Now</a>}
            <span class="permalink">
              Permalink:{' '}
              <a href={permalink}>
                {permalink}
              </a>
            </span>
          </form>
          {asOf && release === undefined && <p class="note">This is the event as the ledger knew it at the end of {asOf} (UTC).</p>}
          {release !== undefined && (
            <p class="note">
              This is the event as <a href={href('/releases', { n: String(release) })}>release {release}</a> published it. <a href={`/events/${props.id}`}>As it is now</a>
            </p>
          )}
          {can(session, 'reviewer') && !asOf && release === undefined && (
            <p>
              <a href={href('/review', { focus: e.id })}>Review this event</a>
            </p>
          )}

          <h2>What each source says ({detail.data.witnesses.length})</h2>
          <Witnesses detail={detail.data} />

          {detail.data.exchange.length > 0 && (
            <>
              <h2>The other direction of this exchange</h2>
              <ul class="plain">
                {detail.data.exchange.map((x) => (
                  <li key={x.id}>
                    <a href={`/events/${x.id}`}>
                      {formatFigure(x.figure)} {categoryName(x.category)}, {direction(x)}
                    </a>{' '}
                    <StatusBadge status={x.status} />
                  </li>
                ))}
              </ul>
            </>
          )}

          <h2>Plans and running totals</h2>
          <Status loading={checks.state === 'loading'} error={checks.state === 'failed' ? checks.error : undefined} />
          {checks.data && <LinkedChecks checks={checks.data} id={e.id} />}

          <h2>History</h2>
          <Status loading={history.state === 'loading'} error={history.state === 'failed' ? history.error : undefined} />
          {history.data && <HistoryList entries={history.data.entries} />}
        </>
      )}
    </Layout>
  );
}
