/** Sources and claims: submit a report, list and read what was received, its clean text, bytes and claims. */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { HandoverIssue } from '../../domain/errors.js';
import type { IngestInput } from '../../services/index.js';
import { submitExpanded, submitter } from '../../services/submit.service.js';
import { fetchReport } from '../../services/fetch-report.js';
import { versionOf } from '../../services/versions.js';
import { actorOf } from '../auth.js';
import { Cursor, Day, errors, Limit, Strict } from '../schemas/common.schema.js';
import { ClaimKind } from '../schemas/ledger.schema.js';
import { listSources } from '../../services/sources.service.js';
import { decodeCursor, encodeCursor, isIssue } from '../cursor.js';
import { sendIssue } from '../errors.js';
import { bodyChecker, validatorCompiler } from '../validation.js';
import type { RouteContext } from './context.js';

/** Reports come as these media types besides JSON and multipart forms; the bytes are read as they are. */
export const REPORT_TYPES = ['text/plain', 'text/html', 'application/xhtml+xml', 'application/xml', 'text/xml', 'application/rss+xml', 'application/atom+xml', 'application/octet-stream'];

const SourceMeta = {
  url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://', description: 'where the report was found' })),
  outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'who published it' })),
  publishedAt: Type.Optional(Day),
};

const TextBody = Strict(
  {
    text: Type.String({ minLength: 1, description: 'the report: plain text or HTML' }),
    contentType: Type.Optional(Type.Union([Type.Literal('text/plain'), Type.Literal('text/html')], { description: 'how to read `text` (guessed when absent)' })),
    ...SourceMeta,
  },
  { description: 'A report pasted as text.' },
);

const SourceId = Strict({ id: Type.String({ pattern: '^src_[A-Za-z0-9_-]{1,64}$', description: 'src_…' }) });

const checkText = bodyChecker(TextBody);

const FIELD_NAMES = new Set(['url', 'outlet', 'publishedAt']);

/** A multipart form's file and fields; an issue for anything else. */
async function fromMultipart(request: FastifyRequest): Promise<IngestInput | HandoverIssue> {
  let input: IngestInput | null = null;
  const meta: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || input !== null) {
        part.file.resume();
        return { code: 'INPUT_INVALID', path: `body.${part.fieldname}`, message: 'a form carries one report, in the field "file"' };
      }
      const bytes = await part.toBuffer();
      input = { bytes, path: part.filename || null, ...(part.mimetype && part.mimetype !== 'application/octet-stream' ? { contentType: part.mimetype } : {}) };
    } else {
      if (!FIELD_NAMES.has(part.fieldname)) return { code: 'INPUT_INVALID', path: `body.${part.fieldname}`, message: `body.${part.fieldname} is not a field this route knows (file, url, outlet, publishedAt)` };
      meta[part.fieldname] = String(part.value);
    }
  }
  if (input === null) return { code: 'INPUT_INVALID', path: 'body.file', message: 'body.file is required: the report as a file' };
  return withMeta(input, meta);
}

function withMeta(input: IngestInput, meta: Record<string, string | undefined>): IngestInput | HandoverIssue {
  const { url, outlet, publishedAt } = meta;
  if (url !== undefined && (!/^https?:\/\//.test(url) || url.length > 2000)) return { code: 'INPUT_INVALID', path: 'url', message: `url must be an http(s) address of at most 2,000 characters` };
  if (outlet !== undefined && (outlet.length === 0 || outlet.length > 200)) return { code: 'INPUT_INVALID', path: 'outlet', message: 'outlet must be 1–200 characters' };
  if (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return { code: 'INPUT_INVALID', path: 'publishedAt', message: `publishedAt must be YYYY-MM-DD, got "${publishedAt}"` };
  return { ...input, url: url ?? null, outlet: outlet ?? null, publishedAt: publishedAt ?? null };
}

const FetchBody = Strict(
  {
    url: Type.String({ maxLength: 2000, pattern: '^https?://', description: 'the web address of the report: the server fetches it' }),
    outlet: SourceMeta.outlet,
    publishedAt: SourceMeta.publishedAt,
  },
  { description: 'A report the server fetches from the web.' },
);

export const sourcesRoutes =
  (ctx: RouteContext, limits: { reportBytes: number; fetchPrivate?: boolean | string[] }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const submit = submitter(ctx.store);

    // Report bodies are read as bytes whatever they claim to be: decoding is ingest's job.
    app.addContentTypeParser(REPORT_TYPES, { parseAs: 'buffer', bodyLimit: limits.reportBytes }, (_req, body, done) => done(null, body));

    app.post(
      '/sources',
      {
        config: { access: 'contributor' },
        bodyLimit: limits.reportBytes,
        schema: {
          tags: ['sources'],
          summary: 'Submit a report: it is read, its claims extracted and stored, and its events updated',
          description:
            'As JSON (`{"text": …}`), as a form upload (multipart, field `file`, with `url`, `outlet`, `publishedAt` fields), or as the bytes themselves ' +
            '(`Content-Type: text/html`, `text/plain`, a feed type or `application/octet-stream`, with `url`, `outlet`, `publishedAt` in the query). ' +
            'The same bytes are stored once: a repeat answers 200 with status `duplicate`. A report with no claim is not stored (status `no-claims`).',
          querystring: Strict(SourceMeta),
          body: Type.Union([TextBody, Type.Unknown({ description: 'multipart/form-data or the report bytes' })]),
          response: { 200: Type.Ref('IngestOutcome'), 201: Type.Ref('IngestOutcome'), ...errors(400, 401, 403, 413, 415, 422, 429) },
        },
        // The union above documents the shapes; which one applies depends on the Content-Type, checked in the handler.
        validatorCompiler: ((req: Parameters<typeof validatorCompiler>[0]) => (req.httpPart === 'body' ? () => true : validatorCompiler(req))) as never,
      },
      async (request, reply) => {
        let input: IngestInput | HandoverIssue;
        const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (request.isMultipart()) {
          if (Object.keys(request.query as object).length > 0) return sendIssue(reply, { code: 'INPUT_INVALID', path: 'query', message: 'a form upload carries url, outlet and publishedAt as form fields, not in the query' });
          try {
            input = await fromMultipart(request);
          } catch (err) {
            // Limits (too large, too many parts) have their own codes; anything else is a form that does not parse.
            if ((err as { code?: string }).code?.startsWith('FST_')) throw err;
            return sendIssue(reply, { code: 'INPUT_INVALID', path: 'body', message: `the form could not be read: ${(err as Error).message}` });
          }
        } else if (type === 'application/json') {
          const problems = checkText(request.body);
          if (problems) return sendIssue(reply, { ...problems[0]!, message: `${problems.map((p) => p.message).join('; ')}: send {"text": "…"} with optional contentType, url, outlet, publishedAt`, issues: problems });
          const body = request.body as Static<typeof TextBody>;
          if (Object.keys(request.query as object).length > 0) return sendIssue(reply, { code: 'INPUT_INVALID', path: 'query', message: 'a JSON submission carries url, outlet and publishedAt in the body, not in the query' });
          input = withMeta({ bytes: Buffer.from(body.text as string, 'utf8'), ...(body.contentType ? { contentType: body.contentType } : {}) }, body);
        } else if (Buffer.isBuffer(request.body)) {
          const query = request.query as Record<string, string | undefined>;
          input = withMeta({ bytes: request.body, ...(type ? { contentType: type } : {}) }, query);
        } else {
          return sendIssue(reply, { code: 'MEDIA_TYPE_UNSUPPORTED', message: `send the report as application/json, multipart/form-data or one of ${REPORT_TYPES.join(', ')}; got "${type || 'no Content-Type'}"` });
        }
        if (isIssue(input)) return sendIssue(reply, input);
        const outcome = await submit(input, actorOf(request));
        if (outcome.status === 'failed') {
          return sendIssue(reply, { code: outcome.code ?? 'INGEST_PARSE_FAILED', message: outcome.reason ?? 'the report could not be read', details: { outcome } });
        }
        return reply.code(outcome.status === 'stored' || outcome.status === 'near-duplicate' ? 201 : 200).send(outcome);
      },
    );

    app.post(
      '/sources/fetch',
      {
        config: { access: 'contributor' },
        schema: {
          tags: ['sources'],
          summary: 'Fetch a report from a web address, then read and store it as POST /api/sources does',
          description: 'Only http(s) addresses on public hosts (checked at every redirect and on the address connected to); at most the report size limit; 20 seconds. The address it ends at after redirects is kept as the source\'s url; the Content-Type\'s charset decodes it. A feed or a channel export stores each item as a source of its own (the first 50; follow it with POST /api/watches for all, and for what comes next): the outcome sums them up in `reason`.',
          body: FetchBody,
          response: { 200: Type.Ref('IngestOutcome'), 201: Type.Ref('IngestOutcome'), ...errors(400, 401, 403, 422, 429, 502) },
        },
      },
      async (request, reply) => {
        const { url, outlet, publishedAt } = request.body;
        const fetched = await fetchReport(url, { allowPrivate: limits.fetchPrivate ?? false, maxBytes: limits.reportBytes });
        if (!fetched.ok) return sendIssue(reply, fetched.error);
        const { bytes, contentType, mediaType } = fetched.value;
        // The address it ended at after redirects is the source's link; the Content-Type's charset decodes it.
        const input: IngestInput = { bytes, url: fetched.value.url, outlet: outlet ?? null, publishedAt: publishedAt ?? null, ...(contentType && mediaType !== 'application/octet-stream' ? { contentType } : {}) };
        // A feed or a channel export: each item is a source of its own (teasers' articles fetched under the same guards).
        const fetchOptions = { allowPrivate: limits.fetchPrivate ?? false, maxBytes: limits.reportBytes };
        const outcome = await submitExpanded(submit, input, actorOf(request), (link) => fetchReport(link, fetchOptions));
        if (outcome.status === 'failed') {
          return sendIssue(reply, { code: outcome.code ?? 'INGEST_PARSE_FAILED', message: outcome.reason ?? 'the report could not be read', details: { outcome } });
        }
        return reply.code(outcome.status === 'stored' || outcome.status === 'near-duplicate' ? 201 : 200).send(outcome);
      },
    );

    app.get(
      '/sources',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['sources'],
          summary: 'The reports received, newest first; with a filter, the reports behind the matching claims (newest publication first, one page)',
          querystring: Strict({
            limit: Type.Optional(Limit(500, 100)),
            cursor: Type.Optional(Cursor),
            outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: "words of the outlet's name" })),
            party: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'a party a claim names as giver, receiver or speaker: slug, name or alias' })),
            kind: Type.Optional(ClaimKind),
            from: Type.Optional(Day),
            to: Type.Optional(Day),
            event: Type.Optional(Type.String({ pattern: '^ev_[A-Za-z0-9_-]{1,64}$', description: 'the reports behind this event' })),
          }),
          response: { 200: Type.Ref('SourcesPage'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { limit = 100, cursor, ...filters } = request.query;
        if (Object.values(filters).some((v) => v !== undefined)) {
          const rows = await listSources(ctx.reads, { ...filters, limit });
          if (!rows.ok) return sendIssue(reply, rows.error);
          const full = new Map((await ctx.reads.sources.getMany(rows.value.map((r) => r.id))).map((src) => [src.id, src]));
          return { sources: rows.value.flatMap((r) => (full.has(r.id) ? [{ ...full.get(r.id)!, claims: r.claims, eventIds: r.eventIds }] : [])), next: null };
        }
        let after = null;
        if (cursor !== undefined) {
          const parts = decodeCursor(cursor, 2);
          if (isIssue(parts)) return sendIssue(reply, parts);
          after = { ingestedAt: parts[0]!, id: parts[1]! };
        }
        const sources = await ctx.reads.sources.list(after, limit);
        const last = sources.at(-1);
        return { sources, next: sources.length === limit && last ? encodeCursor([last.ingestedAt, last.id]) : null };
      },
    );

    app.get(
      '/sources/:id',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['sources'],
          summary: "One report's metadata and the claims read from it",
          params: SourceId,
          response: { 200: Type.Ref('SourceDetail'), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const source = await ctx.reads.sources.get(id);
        if (!source) return sendIssue(reply, { code: 'NOT_FOUND', message: `no source ${id}` });
        const claims = await ctx.reads.claims.bySource(id);
        const events = await ctx.reads.events.idsOfClaims(claims.map((c) => c.id));
        return { source, claims: claims.map((c) => ({ ...c, version: versionOf(c), eventId: events.get(c.id) ?? null })), links: { text: `/api/sources/${id}/text`, raw: `/api/sources/${id}/raw` } };
      },
    );

    // The whole text of a news report is the outlet's work and may name people: it is for accounts, even on a public server.
    app.get(
      '/sources/:id/text',
      {
        config: { access: 'reader' },
        schema: {
          tags: ['sources'],
          summary: 'The clean text extraction read (claims point into it by offset)',
          params: SourceId,
          produces: ['text/plain'],
          response: { 200: Type.String(), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const content = await ctx.reads.sources.content(request.params.id);
        if (!content) return sendIssue(reply, { code: 'NOT_FOUND', message: `no source ${request.params.id}` });
        return reply.type('text/plain; charset=utf-8').send(content.cleanText);
      },
    );

    app.get(
      '/sources/:id/raw',
      {
        config: { access: 'reader' },
        schema: {
          tags: ['sources'],
          summary: 'The bytes as received, as a download',
          params: SourceId,
          produces: ['application/octet-stream'],
          response: { 200: Type.String({ format: 'binary' }), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const content = await ctx.reads.sources.content(request.params.id);
        if (!content) return sendIssue(reply, { code: 'NOT_FOUND', message: `no source ${request.params.id}` });
        // Never rendered on this origin: a stored page is someone else's HTML.
        return reply
          .type('application/octet-stream')
          .header('content-disposition', `attachment; filename="${request.params.id}"`)
          .header('content-security-policy', "sandbox; default-src 'none'")
          .send(content.raw as never);
      },
    );

    app.get(
      '/claims/:id',
      {
        config: { access: 'read', cacheable: true },
        schema: {
          tags: ['sources'],
          summary: 'One claim with its version (for review actions)',
          params: Strict({ id: Type.String({ pattern: '^cl_[A-Za-z0-9_-]{1,64}$', description: 'cl_…' }) }),
          response: { 200: Type.Ref('Claim'), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const claim = await ctx.reads.claims.get(request.params.id);
        if (!claim) return sendIssue(reply, { code: 'NOT_FOUND', message: `no claim ${request.params.id}` });
        return { ...claim, version: versionOf(claim) };
      },
    );
  };
