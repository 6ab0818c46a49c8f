/**
 * The JSON export's schema: `handover import` validates a file with it and reports every problem
 * with its path ("events[3].figure.best: expected number, received string").
 */
import { z } from 'zod';
import {
  CATEGORIES,
  CLAIM_KINDS,
  EVENT_STATUSES,
  HISTORY_ACTIONS,
  type Issue,
  type LedgerExport,
  QUALIFIERS,
  REVIEW_STATES,
  type Result,
} from '../domain/index.js';

const isoDate = z.iso.date();
const nullableString = z.string().nullable();

const count = z.object({
  value: z.number().nonnegative(),
  qualifier: z.enum(QUALIFIERS),
  low: z.number().nonnegative(),
  high: z.number().nonnegative().nullable(),
});

const dateSpan = z.object({ start: isoDate, end: isoDate, precision: z.enum(['day', 'week', 'month', 'year']) });

const source = z.object({
  id: z.string().min(1),
  contentHash: z.string().min(1),
  title: nullableString,
  language: z.string(),
  publishedAt: isoDate.nullable(),
  outlet: nullableString,
  url: nullableString,
  path: nullableString,
  format: z.enum(['html', 'text', 'feed', 'channel', 'facts']),
  duplicateOf: nullableString,
  ingestedAt: z.string().min(1),
});

// Claims keep fields the extractor may add beyond the stable format ("extra fields are welcome").
const claim = z.looseObject({
  id: z.string().min(1),
  sourceId: z.string().min(1),
  review: z.enum(REVIEW_STATES),
  publishedAt: isoDate.nullable(),
  outlet: nullableString,
  duplicateOf: nullableString,
  kind: z.enum(CLAIM_KINDS),
  category: z.enum(CATEGORIES),
  from: nullableString,
  to: nullableString,
  count: count.nullable(),
  date: dateSpan.nullable(),
  attribution: z.object({ speaker: nullableString, party: nullableString }),
  agreement: nullableString,
  mediator: nullableString,
  evidence: z.object({ sentence: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  wounded: z.boolean(),
  partOf: z.number().int().nonnegative().nullable(),
  twoWay: z.boolean(),
  confidence: z.number().min(0).max(1),
  flags: z.array(z.string()),
});

const figure = z.object({ low: z.number().nullable(), best: z.number().nullable(), high: z.number().nullable() });

const event = z.object({
  id: z.string().min(1),
  exchangeId: nullableString,
  category: z.enum(CATEGORIES),
  wounded: z.boolean(),
  from: nullableString,
  to: nullableString,
  date: dateSpan.nullable(),
  figure,
  status: z.enum(EVENT_STATUSES),
  claimIds: z.array(z.string().min(1)),
  agreement: nullableString,
  mediator: nullableString,
  flags: z.array(z.string()),
  review: z.enum(REVIEW_STATES),
  locked: z.boolean(),
});

const history = z.object({
  id: z.string().min(1),
  at: z.string().min(1),
  actor: z.string().min(1),
  action: z.enum(HISTORY_ACTIONS),
  entity: z.enum(['source', 'claim', 'event']),
  entityId: z.string().min(1),
  before: z.json().nullable(),
  after: z.json().nullable(),
  reason: nullableString,
});

/** The schema of a JSON export file; its output type is LedgerExport. */
export const ledgerExportSchema = z.object({
  format: z.literal('handover-ledger'),
  version: z.literal(1),
  exportedAt: z.string().min(1),
  sources: z.array(source),
  claims: z.array(claim),
  events: z.array(event),
  history: z.array(history),
});

// The schema and the domain type must not drift apart.
type Parsed = z.output<typeof ledgerExportSchema>;
const _parsedIsExport = (p: Parsed): LedgerExport => p;
void _parsedIsExport;

/** "events[3].figure.best" for a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

function duplicates(ids: readonly string[], where: string): Issue[] {
  const seen = new Map<string, number>();
  const out: Issue[] = [];
  ids.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) out.push({ code: 'IMPORT_DUPLICATE_ID', message: `${id} also at ${where}[${first}]`, path: `${where}[${i}].id` });
    else seen.set(id, i);
  });
  return out;
}

/**
 * Validates an export: the shape (every problem with its path), then that ids are unique and every
 * reference resolves (claims to sources, events to claims, syndicated copies to originals).
 */
export function parseLedgerExport(input: unknown): Result<LedgerExport> {
  const parsed = ledgerExportSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({
        code: 'IMPORT_INVALID',
        message: `${formatPath(i.path) || '(file)'}: ${i.message}`,
        path: formatPath(i.path),
      })),
    };
  }
  const value = parsed.data as LedgerExport;
  const issues: Issue[] = [
    ...duplicates(value.sources.map((s) => s.id), 'sources'),
    ...duplicates(value.claims.map((c) => c.id), 'claims'),
    ...duplicates(value.events.map((e) => e.id), 'events'),
    ...duplicates(value.history.map((h) => h.id), 'history'),
  ];
  const sources = new Set(value.sources.map((s) => s.id));
  const claims = new Set(value.claims.map((c) => c.id));
  value.sources.forEach((s, i) => {
    if (s.duplicateOf !== null && !sources.has(s.duplicateOf)) {
      issues.push({ code: 'IMPORT_MISSING_REF', message: `original source ${s.duplicateOf} is not in the file`, path: `sources[${i}].duplicateOf` });
    }
  });
  value.claims.forEach((c, i) => {
    if (!sources.has(c.sourceId)) issues.push({ code: 'IMPORT_MISSING_REF', message: `source ${c.sourceId} is not in the file`, path: `claims[${i}].sourceId` });
  });
  value.events.forEach((e, i) => {
    e.claimIds.forEach((id, j) => {
      if (!claims.has(id)) issues.push({ code: 'IMPORT_MISSING_REF', message: `claim ${id} is not in the file`, path: `events[${i}].claimIds[${j}]` });
    });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}
