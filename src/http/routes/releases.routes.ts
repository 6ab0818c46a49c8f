/**
 * Releases and the change feed over HTTP: the published releases, one release, the diff between two,
 * publishing the next (administrators), the change feed from a cursor, and Atom feeds of releases
 * and of newly confirmed events for people who follow them in a reader.
 */
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { LedgerEvent, Release } from '../../domain/index.js';
import { changesSince, CHANGES_LIMIT, createRelease, getRelease, listReleases, newlyConfirmed, releaseDiff } from '../../services/index.js';
import { citation } from '../../services/release-package.js';
import { actorOf } from '../auth.js';
import { errors, Open, Strict } from '../schemas/common.schema.js';
import { sendIssue, sendResult } from '../errors.js';
import type { RouteContext } from './context.js';

const ReleaseN = Type.Integer({ minimum: 1, maximum: 1_000_000_000, description: 'a release number' });

const Change = Open({
  kind: Type.Union(['added', 'corrected', 'merged', 'split', 'withdrawn'].map((k) => Type.Literal(k))),
  eventId: Type.String(),
  label: Type.String(),
  fields: Type.Array(Type.String()),
  because: Type.Array(Open({ action: Type.String(), actor: Type.String(), at: Type.String(), reason: Type.Union([Type.String(), Type.Null()]) })),
});

export const ReleaseDiffSchema = Open(
  {
    from: Type.Union([Type.Integer(), Type.Null()]),
    to: Type.Integer(),
    counts: Open({ added: Type.Integer(), corrected: Type.Integer(), merged: Type.Integer(), split: Type.Integer(), withdrawn: Type.Integer() }),
    changes: Type.Array(Change),
  },
  { $id: 'ReleaseDiff', description: 'The events added, corrected, merged, split and withdrawn between two releases, with the history behind each.' },
);

export const ReleaseSchema = Open(
  {
    n: Type.Integer(),
    createdAt: Type.String(),
    createdBy: Type.String(),
    note: Type.Union([Type.String(), Type.Null()]),
    historySeq: Type.Integer({ description: 'the last history entry (change feed cursor) the release includes' }),
    contentHash: Type.String({ description: 'sha256 of the release\'s JSON export (`/api/export?release=N&format=json`)' }),
    manifest: Open({ format: Type.String(), release: Type.Integer(), createdAt: Type.String(), contentHash: Type.String(), files: Type.Record(Type.String(), Type.String()) }),
    summary: Type.Ref('ReleaseDiff'),
    events: Type.Integer(),
    signatures: Type.Array(Open({ keyId: Type.String(), publicKey: Type.String(), signature: Type.String(), signedAt: Type.String(), signedBy: Type.String() })),
    citation: Type.String({ description: 'how to cite it' }),
  },
  { $id: 'Release', description: 'A published release: immutable, numbered, dated, with the hash of its data and its changes against the release before.' },
);

export const ChangesPageSchema = Open(
  {
    changes: Type.Array(
      Open({
        cursor: Type.String(),
        seq: Type.Integer(),
        change: Type.Union(['created', 'corrected', 'merged', 'split', 'withdrawn', 'updated'].map((k) => Type.Literal(k))),
        tombstone: Type.Boolean({ description: 'the record no longer counts: removed (`entry.after` null) or an event rejected' }),
        entry: Type.Ref('HistoryEntry'),
      }),
    ),
    cursor: Type.String({ description: 'pass it as `since` to read on from here' }),
    more: Type.Boolean({ description: 'whether more changes wait after this page' }),
  },
  { $id: 'ChangesPage', description: 'Changes in the order the history recorded them; a withdrawn record is a tombstone (`tombstone: true`).' },
);

export const RELEASE_SCHEMAS = [ReleaseDiffSchema, ReleaseSchema, ChangesPageSchema];

const shown = (r: Release) => ({ ...r, citation: citation(r) });

const xml = (s: string | number | null | undefined) => String(s ?? '').replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** The server's own address as the request reached it, for the absolute links Atom needs. */
const baseOf = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

function atom(feed: { id: string; title: string; self: string; updated: string; entries: { id: string; title: string; updated: string; link: string; summary: string }[] }): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xml(feed.id)}</id>
<title>${xml(feed.title)}</title>
<updated>${xml(feed.updated)}</updated>
<link rel="self" href="${xml(feed.self)}"/>
<author><name>Handover</name></author>
${feed.entries
  .map(
    (e) => `<entry>
<id>${xml(e.id)}</id>
<title>${xml(e.title)}</title>
<updated>${xml(e.updated)}</updated>
<link href="${xml(e.link)}"/>
<summary>${xml(e.summary)}</summary>
</entry>`,
  )
  .join('\n')}
</feed>
`;
}

const fmt = (n: number | null) => (n === null ? 'no figure' : n.toLocaleString('en-US'));
const eventTitle = (e: LedgerEvent) => `${e.date?.start ?? 'undated'}: ${e.from ?? '?'} → ${e.to ?? '?'}, ${e.category}, ${fmt(e.figure.best)} (confirmed)`;

export const releaseRoutes =
  (ctx: RouteContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    app.get(
      '/releases',
      {
        config: { access: 'read', cacheable: true },
        schema: { tags: ['releases'], summary: 'The published releases, newest first', querystring: Strict({}), response: { 200: Type.Object({ releases: Type.Array(Type.Ref('Release')) }), ...errors(401, 403) } },
      },
      async () => ({ releases: (await listReleases(ctx.reads)).map(shown) }),
    );

    app.post(
      '/releases',
      {
        config: { access: 'admin' },
        schema: {
          tags: ['releases'],
          summary: 'Publish the ledger as it stands as the next release',
          description: 'Freezes the events, claims and sources as they are; the release\'s exports are the same bytes whenever they are fetched. Signing is done at the terminal (`handover release sign N --key FILE`), where the key is.',
          body: Strict({ note: Type.Optional(Type.String({ maxLength: 2000, description: 'what the release is for' })) }),
          response: { 201: Type.Ref('Release'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const made = await createRelease(ctx.store, { by: actorOf(request), note: request.body?.note ?? null });
        return made.ok ? reply.code(201).send(shown(made.value)) : sendIssue(reply, made.error);
      },
    );

    app.get(
      '/releases/:n',
      {
        config: { access: 'read', cacheable: true },
        schema: { tags: ['releases'], summary: 'One release: when, by whom, its hashes, its changes against the release before, how to cite it', params: Strict({ n: ReleaseN }), querystring: Strict({}), response: { 200: Type.Ref('Release'), ...errors(400, 401, 403, 404) } },
      },
      async (request, reply) => {
        const r = await getRelease(ctx.reads, request.params.n);
        return r.ok ? shown(r.value) : sendIssue(reply, r.error);
      },
    );

    app.get(
      '/releases/:n/diff/:m',
      {
        config: { access: 'read', cacheable: true },
        schema: { tags: ['releases'], summary: 'What changed between two releases, with the reasons from the history', params: Strict({ n: ReleaseN, m: ReleaseN }), querystring: Strict({}), response: { 200: Type.Ref('ReleaseDiff'), ...errors(400, 401, 403, 404) } },
      },
      async (request, reply) => sendResult(reply, await releaseDiff(ctx.reads, request.params.n, request.params.m)),
    );

    app.get(
      '/changes',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['releases'],
          summary: 'The change feed: every source, claim and event created, corrected, merged, split or withdrawn, in order',
          description: 'Start without `since` (or `since=0`); read on with the `cursor` of the last page. The cursor is the history\'s sequence number: it stays valid across restarts. `handover changes apply URL` replays it onto another ledger.',
          querystring: Strict({
            since: Type.Optional(Type.String({ pattern: '^\\d{1,15}$', description: 'the cursor of an earlier page (0: the beginning)' })),
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: CHANGES_LIMIT.max, default: CHANGES_LIMIT.default })),
          }),
          response: { 200: Type.Ref('ChangesPage'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => sendResult(reply, await changesSince(ctx.reads, request.query.since, request.query.limit ?? CHANGES_LIMIT.default)),
    );

    app.get(
      '/releases.atom',
      {
        config: { access: 'read', cacheable: true },
        schema: { tags: ['releases'], summary: 'An Atom feed of the releases, for a feed reader', querystring: Strict({}), produces: ['application/atom+xml'], response: { 200: Type.String(), ...errors(401, 403) } },
      },
      async (request, reply) => {
        const base = baseOf(request);
        const all = await listReleases(ctx.reads, 50);
        const body = atom({
          id: `${base}/api/releases.atom`,
          title: 'Handover releases',
          self: `${base}/api/releases.atom`,
          updated: all[0]?.createdAt ?? new Date(0).toISOString(),
          entries: all.map((r) => {
            const c = r.summary.counts;
            return {
              id: `${base}/api/releases/${r.n}`,
              title: `Handover release ${r.n}${r.note ? `: ${r.note}` : ''}`,
              updated: r.createdAt,
              link: `${base}/api/releases/${r.n}`,
              summary: `${r.events} events; ${c.added} added, ${c.corrected} corrected, ${c.merged} merged, ${c.split} split, ${c.withdrawn} withdrawn. Cite as: according to ${citation(r)}. Data: ${base}/api/export?release=${r.n}&format=csv`,
            };
          }),
        });
        return reply.type('application/atom+xml; charset=utf-8').send(body);
      },
    );

    app.get(
      '/events.atom',
      {
        config: { access: 'read', cacheable: true },
        schema: { tags: ['releases'], summary: 'An Atom feed of events newly confirmed (by both sides or a mediator), newest first', querystring: Strict({}), produces: ['application/atom+xml'], response: { 200: Type.String(), ...errors(401, 403) } },
      },
      async (request, reply) => {
        const base = baseOf(request);
        const found = await newlyConfirmed(ctx.reads, 50);
        const body = atom({
          id: `${base}/api/events.atom`,
          title: 'Handover: newly confirmed handovers',
          self: `${base}/api/events.atom`,
          updated: found[0]?.entry.at ?? new Date(0).toISOString(),
          entries: found.map(({ entry, event }) => ({
            id: `${base}/api/events/${event.id}#${entry.id}`,
            title: eventTitle(event),
            updated: entry.at,
            link: `${base}/events/${event.id}`,
            summary: `${event.claimIds.length} claims; low ${fmt(event.figure.low)}, high ${fmt(event.figure.high)}${event.mediator ? `; mediator ${event.mediator}` : ''}${event.agreement ? `; agreement ${event.agreement}` : ''}.`,
          })),
        });
        return reply.type('application/atom+xml; charset=utf-8').send(body);
      },
    );
  };
