/** Jobs: list and follow them, cancel one; and the work that becomes one (an upload of many reports, a list of addresses). */
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/multipart';
import type { HandoverIssue } from '../../domain/errors.js';
import type { Job, JobItemStatus, JobStatus } from '../../domain/index.js';
import { cancelJob, fetchItem, getJob, ingestItem, jobItems, listJobs, submitJob, type JobItemInput } from '../../services/index.js';
import { actorOf } from '../auth.js';
import { Cursor, Day, errors, Limit, Strict } from '../schemas/common.schema.js';
import { JobItemStatus as JobItemStatusSchema, JobStatus as JobStatusSchema } from '../schemas/jobs.schema.js';
import { decodeCursor, encodeCursor, isIssue } from '../cursor.js';
import { sendIssue } from '../errors.js';
import { bodyChecker, validatorCompiler } from '../validation.js';
import type { RouteContext } from './context.js';

/** Reports in one upload, addresses in one list. */
export const MAX_BATCH = 10_000;

const JobId = Strict({ id: Type.String({ pattern: '^job_[A-Za-z0-9_-]{1,64}$', description: 'job_…' }) });

const Meta = {
  outlet: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'who published them (for every report that names none)' })),
  publishedAt: Type.Optional(Day),
};

const BatchReport = Strict({
  text: Type.String({ minLength: 1, description: 'the report: plain text or HTML' }),
  name: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: 'how the job names it (default: report N)' })),
  contentType: Type.Optional(Type.Union([Type.Literal('text/plain'), Type.Literal('text/html')])),
  url: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://' })),
  ...Meta,
});

const BatchBody = Strict({ reports: Type.Array(BatchReport, { minItems: 1, maxItems: MAX_BATCH }), ...Meta }, { description: 'Many reports at once.' });

const UrlListBody = Strict(
  { urls: Type.Array(Type.String({ maxLength: 2000, pattern: '^https?://' }), { minItems: 1, maxItems: MAX_BATCH, description: 'web addresses of reports: workers fetch each' }), ...Meta },
  { description: 'A list of addresses to fetch and read.' },
);

const checkBatch = bodyChecker(BatchBody);

const FIELD_NAMES = new Set(['outlet', 'publishedAt']);

/** Every file of a multipart upload as an item; the form's outlet and publishedAt apply to all. */
async function fromMultipart(request: FastifyRequest, reportBytes: number, totalBytes: number): Promise<JobItemInput[] | HandoverIssue> {
  const files: Array<{ name: string; bytes: Buffer; contentType?: string }> = [];
  const meta: Record<string, string> = {};
  let total = 0;
  for await (const part of request.parts({ limits: { files: MAX_BATCH, fileSize: reportBytes, parts: MAX_BATCH + 8, fields: 8 } })) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' && part.fieldname !== 'files') {
        part.file.resume();
        return { code: 'INPUT_INVALID', path: `body.${part.fieldname}`, message: 'an upload carries its reports in fields named "file"' };
      }
      const bytes = await part.toBuffer();
      total += bytes.length;
      if (total > totalBytes) return { code: 'BODY_TOO_LARGE', path: 'body', message: `the upload is larger than ${totalBytes} bytes in all: send it in parts` };
      files.push({ name: part.filename || `report ${files.length + 1}`, bytes, ...(part.mimetype && part.mimetype !== 'application/octet-stream' ? { contentType: part.mimetype } : {}) });
    } else {
      if (!FIELD_NAMES.has(part.fieldname)) return { code: 'INPUT_INVALID', path: `body.${part.fieldname}`, message: `body.${part.fieldname} is not a field this route knows (file, outlet, publishedAt)` };
      meta[part.fieldname] = String(part.value);
    }
  }
  if (files.length === 0) return { code: 'INPUT_INVALID', path: 'body.file', message: 'body.file is required: one or more reports as files' };
  const { outlet, publishedAt } = meta;
  if (outlet !== undefined && (outlet.length === 0 || outlet.length > 200)) return { code: 'INPUT_INVALID', path: 'outlet', message: 'outlet must be 1–200 characters' };
  if (publishedAt !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(publishedAt)) return { code: 'INPUT_INVALID', path: 'publishedAt', message: `publishedAt must be YYYY-MM-DD, got "${publishedAt}"` };
  return files.map((f) => ingestItem(f.name, { bytes: f.bytes, path: f.name, outlet: outlet ?? null, publishedAt: publishedAt ?? null, ...(f.contentType ? { contentType: f.contentType } : {}) }));
}

const jobLinks = (job: Job) => ({ self: `/api/jobs/${job.id}` });

export const jobsRoutes =
  (ctx: RouteContext, limits: { reportBytes: number; batchBytes: number; fetchPrivate?: boolean | string[] }): FastifyPluginAsyncTypebox =>
  async (app) => {
    const accepted = async (reply: FastifyReply, kind: string, items: JobItemInput[], actor: string, params: Record<string, number | boolean | string[]>) => {
      const job = await submitJob(ctx.store, ctx.jobs, kind, items, { actor, params });
      if (!job.ok) return sendIssue(reply, job.error);
      return reply.code(202).header('location', jobLinks(job.value).self).send({ job: job.value, links: jobLinks(job.value) });
    };

    app.post(
      '/sources/batch',
      {
        config: { access: 'contributor' },
        bodyLimit: limits.batchBytes,
        schema: {
          tags: ['sources', 'jobs'],
          summary: 'Submit many reports at once: they become a job, answered at once with 202 and its address',
          description:
            `As JSON (\`{"reports": [{"text": …}, …]}\`, at most ${MAX_BATCH.toLocaleString('en-US')} reports) or as a form upload (multipart, one field \`file\` per report, with \`outlet\` and \`publishedAt\` fields for all). ` +
            'Each report is read and stored as POST /api/sources does; GET the job for its progress and each report\'s result.',
          body: Type.Union([BatchBody, Type.Unknown({ description: 'multipart/form-data' })]),
          response: { 202: Type.Ref('JobAccepted'), ...errors(400, 401, 403, 413, 415, 429, 503) },
        },
        validatorCompiler: ((req: Parameters<typeof validatorCompiler>[0]) => (req.httpPart === 'body' ? () => true : validatorCompiler(req))) as never,
      },
      async (request, reply) => {
        let items: JobItemInput[] | HandoverIssue;
        if (request.isMultipart()) {
          try {
            items = await fromMultipart(request, limits.reportBytes, limits.batchBytes);
          } catch (err) {
            if ((err as { code?: string }).code?.startsWith('FST_')) throw err;
            return sendIssue(reply, { code: 'INPUT_INVALID', path: 'body', message: `the form could not be read: ${(err as Error).message}` });
          }
        } else {
          const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
          if (type !== 'application/json') return sendIssue(reply, { code: 'MEDIA_TYPE_UNSUPPORTED', message: `send the reports as application/json or multipart/form-data; got "${type || 'no Content-Type'}"` });
          const problems = checkBatch(request.body);
          if (problems) return sendIssue(reply, { ...problems[0]!, message: `${problems.map((p) => p.message).join('; ')}: send {"reports": [{"text": "…"}, …]}`, issues: problems });
          const body = request.body as Static<typeof BatchBody>;
          const tooLarge = body.reports.findIndex((r) => Buffer.byteLength(r.text, 'utf8') > limits.reportBytes);
          if (tooLarge >= 0) return sendIssue(reply, { code: 'INGEST_TOO_LARGE', path: `body.reports[${tooLarge}].text`, message: `body.reports[${tooLarge}].text is larger than ${limits.reportBytes} bytes` });
          items = body.reports.map((r, i) =>
            ingestItem(r.name ?? `report ${i + 1}`, {
              bytes: Buffer.from(r.text, 'utf8'),
              path: r.name ?? null,
              url: r.url ?? null,
              outlet: r.outlet ?? body.outlet ?? null,
              publishedAt: r.publishedAt ?? body.publishedAt ?? null,
              ...(r.contentType ? { contentType: r.contentType } : {}),
            }),
          );
        }
        if (isIssue(items)) return sendIssue(reply, items);
        return accepted(reply, 'ingest', items, actorOf(request), { maxBytes: limits.reportBytes });
      },
    );

    app.post(
      '/sources/fetch-list',
      {
        config: { access: 'contributor' },
        schema: {
          tags: ['sources', 'jobs'],
          summary: 'Submit a list of web addresses: workers fetch and read each as POST /api/sources/fetch does; answered at once with 202 and the job',
          body: UrlListBody,
          response: { 202: Type.Ref('JobAccepted'), ...errors(400, 401, 403, 429, 503) },
        },
      },
      async (request, reply) => {
        const { urls, outlet, publishedAt } = request.body;
        const items = urls.map((url) => fetchItem(url, { outlet: outlet ?? null, publishedAt: publishedAt ?? null }));
        return accepted(reply, 'ingest', items, actorOf(request), { maxBytes: limits.reportBytes, fetchPrivate: limits.fetchPrivate ?? false });
      },
    );

    app.get(
      '/jobs',
      {
        config: { access: 'reader' },
        schema: {
          tags: ['jobs'],
          summary: 'Jobs, newest first, with their progress',
          querystring: Strict({ status: Type.Optional(JobStatusSchema), kind: Type.Optional(Type.String({ maxLength: 64 })), limit: Type.Optional(Limit(200, 50)), cursor: Type.Optional(Cursor) }),
          response: { 200: Type.Ref('JobsPage'), ...errors(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const { status, kind, limit = 50, cursor } = request.query;
        let before = null;
        if (cursor !== undefined) {
          const parts = decodeCursor(cursor, 2);
          if (isIssue(parts)) return sendIssue(reply, parts);
          before = { createdAt: parts[0]!, id: parts[1]! };
        }
        const jobs = await listJobs(ctx.reads, { limit, before, ...(status ? { status: status as JobStatus } : {}), ...(kind ? { kind } : {}) });
        const last = jobs.at(-1);
        return { jobs, next: jobs.length === limit && last ? encodeCursor([last.createdAt, last.id]) : null };
      },
    );

    app.get(
      '/jobs/:id',
      {
        config: { access: 'reader' },
        schema: {
          tags: ['jobs'],
          summary: "One job: its progress and a page of its items' results",
          params: JobId,
          querystring: Strict({
            items: Type.Optional(Type.Union([JobItemStatusSchema, Type.Literal('all')], { description: 'which items (default all)' })),
            after: Type.Optional(Type.Integer({ minimum: -1, description: 'items after this seq (the `next` of the previous page)' })),
            limit: Type.Optional(Limit(1000, 100)),
          }),
          response: { 200: Type.Ref('JobDetail'), ...errors(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const { items = 'all', after = -1, limit = 100 } = request.query;
        const job = await getJob(ctx.reads, id);
        if (!job.ok) return sendIssue(reply, job.error);
        const page = await jobItems(ctx.reads, id, { afterSeq: after, limit, ...(items === 'all' ? {} : { status: items as JobItemStatus }) });
        if (!page.ok) return sendIssue(reply, page.error);
        return { job: job.value, items: page.value.items, next: page.value.next, links: { self: `/api/jobs/${id}`, cancel: `/api/jobs/${id}/cancel` } };
      },
    );

    app.post(
      '/jobs/:id/cancel',
      {
        config: { access: 'contributor' },
        schema: {
          tags: ['jobs'],
          summary: "Cancel a job: items not yet taken are cancelled; those in a worker's hands finish",
          params: JobId,
          response: { 200: Type.Ref('Job'), ...errors(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const job = await cancelJob(ctx.store, request.params.id);
        if (!job.ok) return sendIssue(reply, job.error);
        return job.value;
      },
    );
  };
