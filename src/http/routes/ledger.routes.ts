/** Reading the ledger: the events timeline, one event with its witnesses, totals, checks, history, exports, parties. */
import { Readable } from 'node:stream';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { COUNTED_REVIEW_STATES, PARTIES, type LedgerEvent } from '../../domain/index.js';
import { asOfCutoff, eventDetail, EVENT_ORDERS, exportLedger, exportRelease, historyOf, ledgerTotalsOf, listEvents, refreshChecks, type EventCursor, type EventQuery } from '../../services/index.js';
import { versionOf } from '../../services/versions.js';
import { AsOf, Cursor, Day, errors, Limit, Slug, Strict } from '../schemas/common.schema.js';
import { Category, ClaimKind, Status } from '../schemas/ledger.schema.js';
import { checksView } from '../../services/checks.service.js';
import { listClaims } from '../../services/sources.service.js';
import { decodeCursor, encodeCursor, isIssue } from '../cursor.js';
import { sendIssue } from '../errors.js';
import type { RouteContext } from './context.js';

/** A party as a person types it: a slug, a name or an alias in any language; the service resolves it or names the nearest. */
const PartyInput = Type.String({ minLength: 1, maxLength: 100, description: 'a party: slug, name or alias (GET /api/parties lists them)' });

const REVIEW_LIST = '^(machine|accepted|corrected|rejected)(,(machine|accepted|corrected|rejected))*$';

/** A published release's number: the read answers as that release froze the ledger. */
const Release = Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'a published release (GET /api/releases): the ledger as that release froze it; its exports are the same bytes whenever fetched' });

/** The filters of the events timeline, the CLI's flags by their field names. */
export const EventFilters = {
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  party: Type.Optional(PartyInput),
  category: Type.Optional(Category),
  status: Type.Optional(Status),
  review: Type.Optional(Type.String({ pattern: REVIEW_LIST, description: 'comma-separated review states: machine, accepted, corrected, rejected (the events list shows all but rejected unless asked)' })),
  agreement: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64, description: 'the agreement slug, e.g. istanbul-2025' })),
  mediator: Type.Optional(Slug),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "words found, ignoring case, in the event's id, agreement, mediator, or a claim's quote or speaker" })),
  asOf: Type.Optional(AsOf),
  release: Type.Optional(Release),
};

const Order = Type.Union(
  EVENT_ORDERS.map((o) => Type.Literal(o)),
  { description: 'newest first (default), oldest first, or by the best figure: largest or smallest first (events with no figure last)' },
);

const EventsQuery = Strict({ ...EventFilters, sort: Type.Optional(Order), limit: Type.Optional(Limit(500, 100)), cursor: Type.Optional(Cursor) });
type Filters = Static<ReturnType<typeof Strict<typeof EventFilters>>>;

export const queryOf = (q: Filters): EventQuery => ({
  from: q.from,
  to: q.to,
  party: q.party,
  category: q.category,
  status: q.status,
  review: q.review?.split(','),
  agreement: q.agreement,
  mediator: q.mediator,
  text: q.q,
  asOf: q.asOf,
  release: q.release,
});

export const withVersion = <T extends LedgerEvent>(e: T) => ({ ...e, version: versionOf(e) });

const ID = (prefix: string, what: string) => Strict({ id: Type.String({ pattern: `^${prefix}[A-Za-z0-9_-]{1,64}$`, description: what }) });

/** Totals as sent, by the result object the service remembers (a month-by-month reading is a megabyte of text). */
const written = new WeakMap<object, string>();

export const ledgerRoutes =
  (ctx: RouteContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/events',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['ledger'],
          summary: 'The timeline of events, newest first',
          description: 'Every filter of `handover events`; a stable order (date, then id) and a cursor for the next page.',
          querystring: EventsQuery,
          response: { 200: Type.Ref('EventsPage'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const order = q.sort ?? 'newest';
        const byFigure = order === 'largest' || order === 'smallest';
        let after: EventCursor | null = null;
        if (q.cursor !== undefined) {
          // A page by figure carries the figure too: a cursor from another order is refused, not misread.
          const parts = decodeCursor(q.cursor, byFigure ? 3 : 2);
          if (isIssue(parts)) return sendIssue(reply, parts);
          const figure = Number(parts[2]);
          if (byFigure && !Number.isFinite(figure)) return sendIssue(reply, { code: 'INPUT_INVALID', path: 'query.cursor', message: 'query.cursor is not a cursor of this order: start again without it' });
          after = { sortDate: parts[0]!, id: parts[1]!, ...(byFigure ? { figure } : {}) };
        }
        // As in `handover events`: a rejected event no longer counts, and is listed only when asked for.
        const page = await listEvents(ctx.reads, { ...queryOf(q), review: queryOf(q).review ?? [...COUNTED_REVIEW_STATES], order }, q.limit ?? 100, after);
        if (!page.ok) return sendIssue(reply, page.error);
        const { events, next } = page.value;
        const cursor = next ? encodeCursor(byFigure ? [next.sortDate, next.id, String(next.figure ?? -1)] : [next.sortDate, next.id]) : null;
        return { events: events.map(withVersion), next: cursor };
      },
    );

    app.get(
      '/events/:id',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['ledger'],
          summary: 'One event: every claim side by side with its quote and source',
          params: ID('ev_', 'event id'),
          querystring: Strict({ asOf: Type.Optional(AsOf), release: Type.Optional(Release) }),
          response: { 200: Type.Ref('EventDetail'), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const detail = await eventDetail(ctx.reads, request.params.id, request.query.asOf, request.query.release);
        if (!detail.ok) return sendIssue(reply, detail.error);
        const { event, witnesses, exchange } = detail.value;
        return {
          event: withVersion(event),
          witnesses: witnesses.map((w) => ({ claim: { ...w.claim, version: versionOf(w.claim) }, source: w.source, link: w.source ? `/api/sources/${w.source.id}` : null })),
          exchange: exchange.map(withVersion),
        };
      },
    );

    app.get(
      '/totals',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['ledger'],
          summary: 'Running totals per direction and category, low / best / high, and the ratio between directions',
          description: '`by=month` is the timeline of totals.',
          querystring: Strict({
            by: Type.Optional(Type.Union([Type.Literal('month'), Type.Literal('year'), Type.Literal('all')], { default: 'all' })),
            category: Type.Optional(Category),
            asOf: Type.Optional(AsOf),
            party: Type.Optional(PartyInput),
            from: Type.Optional(Day),
            to: Type.Optional(Day),
            status: Type.Optional(Status),
            release: Type.Optional(Release),
          }),
          response: { 200: Type.Ref('Totals'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const totals = await ledgerTotalsOf(ctx.reads, { by: q.by ?? 'all', category: q.category, asOf: q.asOf, party: q.party, from: q.from, to: q.to, status: q.status, release: q.release });
        if (!totals.ok) return sendIssue(reply, totals.error);
        // The service hands back the same object until the ledger changes: its text is written once.
        let text = written.get(totals.value);
        if (text === undefined) {
          text = JSON.stringify(totals.value);
          written.set(totals.value, text);
        }
        return reply.type('application/json; charset=utf-8').send(text);
      },
    );

    app.get(
      '/checks',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['ledger'],
          summary: 'Plans with what is outstanding, and cumulative figures against the events they cover',
          description: 'With `asOf`, as the ledger was known at the end of that day, each check with its claim; with `release`, as that release published it.',
          querystring: Strict({ asOf: Type.Optional(AsOf), release: Type.Optional(Release) }),
          response: { 200: Type.Ref('Checks'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        if (request.query.asOf === undefined && request.query.release === undefined) return refreshChecks(ctx.reads, undefined, false);
        const view = await checksView(ctx.reads, request.query.asOf, request.query.release);
        if (!view.ok) return sendIssue(reply, view.error);
        return { ...view.value, flags: [] };
      },
    );

    app.get(
      '/claims',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['sources'],
          summary: 'Claims with their source (title, outlet, link) and the event that counts them, filtered',
          querystring: Strict({
            outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "words of the outlet's name" })),
            party: Type.Optional(PartyInput),
            kind: Type.Optional(ClaimKind),
            from: Type.Optional(Day),
            to: Type.Optional(Day),
            event: Type.Optional(Type.String({ pattern: '^ev_[A-Za-z0-9_-]{1,64}$', description: 'only the claims of this event' })),
            limit: Type.Optional(Limit(5000, 500)),
          }),
          response: { 200: Type.Object({ claims: Type.Array(Type.Ref('Claim')) }), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { limit = 500, ...q } = request.query;
        const rows = await listClaims(ctx.reads, { ...q, limit });
        if (!rows.ok) return sendIssue(reply, rows.error);
        return { claims: rows.value.map((r) => ({ ...r.claim, version: versionOf(r.claim), source: r.source, eventId: r.eventId })) };
      },
    );

    app.get(
      '/history/:id',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['ledger'],
          summary: 'Every change to an event, claim or source: who, when, before, after, why',
          params: Strict({ id: Type.String({ pattern: '^(ev|cl|src)_[A-Za-z0-9_-]{1,64}$', description: 'ev_…, cl_… or src_…' }) }),
          querystring: Strict({ asOf: Type.Optional(AsOf) }),
          response: { 200: Type.Object({ entries: Type.Array(Type.Ref('HistoryEntry')) }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const entries = await historyOf(ctx.reads, request.params.id);
        if (!entries.ok) return sendIssue(reply, entries.error);
        const asOf = request.query.asOf;
        if (asOf === undefined) return { entries: entries.value };
        const cut = asOfCutoff(asOf);
        if (!cut.ok) return sendIssue(reply, { ...cut.error, path: 'query.asOf' });
        return { entries: entries.value.filter((e) => e.at < cut.value) };
      },
    );

    app.get(
      '/export',
      {
        config: { access: 'read' },
        schema: {
          tags: ['ledger'],
          summary: 'The ledger as CSV, HXL-tagged CSV or JSON, streamed, with every filter of the timeline',
          description: 'CSV and HXL hold events; JSON holds sources, claims, events and history (what `handover import` reads back). `asOf` works with csv and hxl.',
          querystring: Strict({ format: Type.Union([Type.Literal('csv'), Type.Literal('hxl'), Type.Literal('json')]), ...EventFilters }),
          produces: ['text/csv', 'application/json'],
          response: { 200: Type.String({ description: 'the export, streamed' }), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { format, ...filters } = request.query;
        const query = queryOf(filters);
        // A release's export is its own file, the same bytes whenever it is fetched.
        const chunks = query.release !== undefined ? await exportRelease(ctx.reads, query.release, format, { ...query, release: undefined }) : exportLedger(ctx.reads, format, query);
        if (!chunks.ok) return sendIssue(reply, chunks.error);
        const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8';
        return reply
          .type(type)
          .header('content-disposition', `attachment; filename="handover-${query.release !== undefined ? `release-${query.release}` : 'ledger'}.${format === 'json' ? 'json' : format === 'hxl' ? 'hxl.csv' : 'csv'}"`)
          .send(Readable.from(chunks.value) as never);
      },
    );

    app.get(
      '/parties',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['ledger'],
          summary: 'The known parties: the slugs filters take, with their names and aliases',
          querystring: Strict({}),
          response: { 200: Type.Object({ parties: Type.Array(Type.Ref('Party')) }), ...errors(401, 403) },
        },
      },
      async () => ({ parties: [...PARTIES] }),
    );
  };
