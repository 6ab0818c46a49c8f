/**
 * Review: what waits for a person, and every action on it. Each action names the version of the
 * record it was made against; a record that changed since answers 409 VERSION_CONFLICT.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Result } from '../../domain/errors.js';
import { acceptItem, attachItem, correctItem, cumulativeItem, mergeItems, rejectItem, reviewList, splitItem, undoChange, type Correction, type ReviewChange, type Reviewer, type Store } from '../../services/index.js';
import { versionOf } from '../../services/versions.js';
import { sourcesOfItems } from '../../services/sources.service.js';
import { actorOf } from '../auth.js';
import { Day, errors, Limit, Nullable, Slug, Strict, Version } from '../schemas/common.schema.js';
import { Category, ClaimKind, Qualifier } from '../schemas/ledger.schema.js';
import { sendIssue } from '../errors.js';
import type { RouteContext } from './context.js';

const Reason = Type.Optional(Type.String({ maxLength: 2000, description: 'why, in your words (kept in history)' }));
const ItemId = Strict({ id: Type.String({ pattern: '^(ev|cl)_[A-Za-z0-9_-]{1,64}$', description: 'ev_… or cl_…' }) });
const EventId = Strict({ id: Type.String({ pattern: '^ev_[A-Za-z0-9_-]{1,64}$', description: 'ev_…' }) });
const Decision = Strict({ version: Version, reason: Reason });

const CorrectionBody = Strict({
  version: Version,
  reason: Reason,
  count: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, description: 'the figure' })),
  qualifier: Type.Optional(Qualifier),
  from: Type.Optional(Slug),
  to: Type.Optional(Slug),
  category: Type.Optional(Category),
  date: Type.Optional(Day),
  kind: Type.Optional(ClaimKind),
  speaker: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200, description: 'who said it (a claim only)' }))),
  speakerParty: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 100, description: 'the party the speaker speaks for: slug, name or alias (a claim only)' }))),
  agreement: Type.Optional(Nullable(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 64, description: 'the agreement slug, e.g. istanbul-2025' }))),
  mediator: Type.Optional(Nullable(Slug)),
  wounded: Type.Optional(Type.Boolean({ description: 'seriously wounded prisoners' })),
  since: Type.Optional(Nullable(Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', description: 'where a running total starts: YYYY, YYYY-MM or YYYY-MM-DD (a claim only)' }))),
});

const AttachBody = Strict({
  version: Version,
  event: Type.String({ pattern: '^ev_[A-Za-z0-9_-]{1,64}$', description: 'the event (ev_…) that is to count the claim' }),
  eventVersion: Type.Optional(Version),
  reason: Reason,
});

const CumulativeBody = Strict({
  version: Version,
  off: Type.Optional(Type.Boolean({ description: 'the other way: a held event counts as a handover, a running-total claim becomes a handover again' })),
  reason: Reason,
});

const MergeBody = Strict({
  events: Type.Array(Strict({ id: Type.String({ pattern: '^ev_[A-Za-z0-9_-]{1,64}$' }), version: Version }), { minItems: 2, maxItems: 100, description: 'the events that are one handover; they merge into the first' }),
  reason: Reason,
});

const SplitBody = Strict({
  version: Version,
  claims: Type.Array(Type.String({ pattern: '^cl_[A-Za-z0-9_-]{1,64}$' }), { minItems: 1, maxItems: 1000, description: 'claims to move into a new event' }),
  reason: Reason,
});

const UndoBody = Strict({
  history: Type.Array(Type.String({ pattern: '^h_[A-Za-z0-9_-]{1,64}$' }), { minItems: 1, maxItems: 1000, description: 'the history entries of the change to undo: `history[].id` of its answer' }),
  changed: Type.Array(Type.String({ pattern: '^(ev|cl)_[A-Za-z0-9_-]{1,64}$' }), { minItems: 1, maxItems: 1000, description: 'the records it changed: `changed` of its answer' }),
  reason: Reason,
});

const reviewerOf = (request: FastifyRequest, reason: string | undefined, expected: Record<string, string>): Reviewer => ({ name: actorOf(request), reason: reason ?? null, expected });

/** The change and the versions the changed records have now, so a client can act again without reading. */
async function answer(reads: Store, reply: FastifyReply, result: Result<ReviewChange>): Promise<unknown> {
  if (!result.ok) return sendIssue(reply, result.error);
  const versions: Record<string, string> = {};
  for (const id of new Set(result.value.changed)) {
    const now = id.startsWith('ev_') ? await reads.events.get(id) : id.startsWith('cl_') ? await reads.claims.get(id) : undefined;
    if (now) versions[id] = versionOf(now);
  }
  return { ...result.value, versions };
}

const ACTION = { response: { 200: Type.Ref('ReviewChange'), ...errors(400, 401, 403, 404, 409, 422) } };

export const reviewRoutes =
  (ctx: RouteContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/review',
      {
        config: { access: 'reviewer' },
        schema: {
          tags: ['review'],
          summary: 'What waits for a person, most urgent first, each with the version to act on and its sources; with the total that waits',
          querystring: Strict({
            limit: Type.Optional(Limit(500, 50)),
            kind: Type.Optional(Type.String({ pattern: '^(event|claim|cumulative|plan|confirmation)$', description: 'events, or claims of one kind' })),
            flag: Type.Optional(Type.String({ pattern: '^[a-z][a-z-]*$', maxLength: 64, description: 'a reason code: probable-cumulative, disputed-figures, matches-locked-event …' })),
            party: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'a party that hands over, receives or speaks: slug, name or alias' })),
          }),
          response: {
            200: Type.Object({
              items: Type.Array(Type.Ref('ReviewItem')),
              total: Type.Integer({ description: 'how many wait, with the filters (at least this many when capped)' }),
              capped: Type.Boolean({ description: 'the count stopped at 2,000 items read: more wait' }),
              byCode: Type.Record(Type.String(), Type.Integer(), { description: 'how many wait for each reason code' }),
            }),
            ...errors(400, 401, 403),
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        // The queue refreshes the stored checks: it runs on the writing connection.
        const list = await reviewList(ctx.store, { limit: q.limit ?? 50, kind: q.kind, flag: q.flag, party: q.party });
        if (!list.ok) return sendIssue(reply, list.error);
        const sources = await sourcesOfItems(ctx.store, list.value.items);
        return { ...list.value, items: list.value.items.map((i) => ({ ...i, version: versionOf((i.event ?? i.claim)!), sources: sources.get(i.id) ?? [] })) };
      },
    );

    app.post(
      '/review/:id/attach',
      {
        config: { access: 'reviewer' },
        schema: {
          tags: ['review'],
          summary: 'Attach a claim to an event a person chose (a claim matching a locked event, a confirmation): the event counts it',
          params: Strict({ id: Type.String({ pattern: '^cl_[A-Za-z0-9_-]{1,64}$', description: 'cl_…' }) }),
          body: AttachBody,
          ...ACTION,
        },
      },
      async (request, reply) => {
        const { version, event, eventVersion, reason } = request.body;
        const expected: Record<string, string> = { [request.params.id]: version, ...(eventVersion === undefined ? {} : { [event]: eventVersion }) };
        return answer(ctx.reads, reply, await attachItem(ctx.store, request.params.id, event, reviewerOf(request, reason, expected)));
      },
    );

    app.post(
      '/review/:id/cumulative',
      {
        config: { access: 'reviewer' },
        schema: {
          tags: ['review'],
          summary: 'Make an event held as a probable running total (or a claim) a running total, checked against the handovers it covers; off: count it as a handover',
          params: ItemId,
          body: CumulativeBody,
          ...ACTION,
        },
      },
      async (request, reply) => {
        const { version, off, reason } = request.body;
        return answer(ctx.reads, reply, await cumulativeItem(ctx.store, request.params.id, off !== true, reviewerOf(request, reason, { [request.params.id]: version })));
      },
    );

    for (const [verb, act] of [['accept', acceptItem], ['reject', rejectItem]] as const) {
      app.post(
        `/review/:id/${verb}`,
        {
          config: { access: 'reviewer' },
          schema: {
            tags: ['review'],
            summary: verb === 'accept' ? 'Accept an event or claim as it stands' : 'Reject an event or claim: it no longer counts',
            params: ItemId,
            body: Decision,
            ...ACTION,
          },
        },
        async (request, reply) => answer(ctx.reads, reply, await act(ctx.store, request.params.id, reviewerOf(request, request.body.reason, { [request.params.id]: request.body.version }))),
      );
    }

    app.post(
      '/review/:id/correct',
      {
        config: { access: 'reviewer' },
        schema: {
          tags: ['review'],
          summary: 'Correct an event or claim; what it was stays in history',
          params: ItemId,
          body: CorrectionBody,
          ...ACTION,
        },
      },
      async (request, reply) => {
        const { version, reason, ...fields } = request.body;
        const correction: Correction = {};
        for (const [k, v] of Object.entries(fields)) if (v !== undefined) (correction as Record<string, unknown>)[k] = v;
        return answer(ctx.reads, reply, await correctItem(ctx.store, request.params.id, correction, reviewerOf(request, reason, { [request.params.id]: version })));
      },
    );

    app.post(
      '/review/merge',
      {
        config: { access: 'reviewer' },
        schema: { tags: ['review'], summary: 'Merge events that are one handover into the first', body: MergeBody, ...ACTION },
      },
      async (request, reply) => {
        const { events, reason } = request.body;
        const expected = Object.fromEntries(events.map((e) => [e.id, e.version]));
        return answer(ctx.reads, reply, await mergeItems(ctx.store, events.map((e) => e.id), reviewerOf(request, reason, expected)));
      },
    );

    app.post(
      '/review/undo',
      {
        config: { access: 'reviewer' },
        schema: {
          tags: ['review'],
          summary: 'Undo a review change: its records go back to what they were, as new history entries',
          description: 'Refused with 409 when a record changed again since; undo the later change first.',
          body: UndoBody,
          ...ACTION,
        },
      },
      async (request, reply) => {
        const { history, changed, reason } = request.body;
        return answer(ctx.reads, reply, await undoChange(ctx.store, { history, changed }, { at: new Date().toISOString(), actor: actorOf(request), reason: reason ?? null }));
      },
    );

    app.post(
      '/review/:id/split',
      {
        config: { access: 'reviewer' },
        schema: { tags: ['review'], summary: 'Split claims out of an event into a new event', params: EventId, body: SplitBody, ...ACTION },
      },
      async (request, reply) => {
        const { version, claims, reason } = request.body;
        return answer(ctx.reads, reply, await splitItem(ctx.store, request.params.id, claims, reviewerOf(request, reason, { [request.params.id]: version })));
      },
    );
  };
