/**
 * The JSON export's schema: `handover import` validates a file with it and reports every problem
 * with its path ("events[3].figure.best: expected number, received string").
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  CATEGORIES,
  CLAIM_KINDS,
  EVENT_STATUSES,
  type ExportedSource,
  HISTORY_ACTIONS,
  type HistoryEntry,
  type Issue,
  type LedgerClaim,
  type LedgerEvent,
  type LedgerExport,
  type LedgerSource,
  type PendingClaim,
  QUALIFIERS,
  REVIEW_STATES,
  type Result,
  type ErrorCode,
  failAll,
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

const sourceMeta = {
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
};

/** A source's body (version 2): the bytes in base64 with their sha256, and the clean text. */
const sourceBody = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
  base64: z.string(),
  text: z.string(),
});

// Version 1 files have no `content`; version 2 files always write it (null: no body kept).
const source = z.object({ ...sourceMeta, content: sourceBody.nullable().optional() });

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

const pending = z.object({
  claimId: z.string().min(1),
  reason: z.string().min(1),
  eventId: nullableString,
  anchor: nullableString,
  since: z.string().min(1),
});

/** The schema of a whole JSON export file, for reading small files at once; `LedgerExportChecker` reads one record at a time. */
export const ledgerExportSchema = z.object({
  format: z.literal('handover-ledger'),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string().min(1),
  sources: z.array(source),
  claims: z.array(claim),
  events: z.array(event),
  history: z.array(history),
  pending: z.array(pending).optional(),
});

/** "events[3].figure.best" for a zod path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`))
    .join('');
}

/** The record sections of an export, in the order they must come (a record only cites earlier sections, bar a copy's original). */
export const EXPORT_SECTIONS = ['sources', 'claims', 'events', 'history', 'pending'] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];
const HEADERS = ['format', 'version', 'exportedAt'] as const;

/** A record that passed its checks, with a source's bytes decoded once. */
export type CheckedRecord =
  | { section: 'sources'; index: number; value: ExportedSource; raw: Uint8Array | null }
  | { section: 'claims'; index: number; value: LedgerClaim }
  | { section: 'events'; index: number; value: LedgerEvent }
  | { section: 'history'; index: number; value: HistoryEntry }
  | { section: 'pending'; index: number; value: PendingClaim };

const RECORD_SCHEMAS = { sources: source, claims: claim, events: event, history, pending } as const;

/** At most this many issues are kept; the rest are only counted. */
const MAX_ISSUES = 50;

const zodIssues = (where: string, error: z.ZodError): Issue[] =>
  error.issues.map((i) => {
    const path = where + i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return { code: 'IMPORT_INVALID', message: `${path}: ${i.message}`, path };
  });

// The record schemas and the domain types must not drift apart.
const _drift = [
  (p: z.output<typeof claim>): LedgerClaim => p,
  (p: z.output<typeof event>): LedgerEvent => p,
  (p: z.output<typeof history>): HistoryEntry => p,
  (p: z.output<typeof pending>): PendingClaim => p,
  (p: Omit<z.output<typeof source>, 'content'>): LedgerSource => p,
];
void _drift;

/**
 * Checks an export one record at a time, holding only ids: the header, each record's shape, each
 * source's bytes against their sha256, unique ids, section order, and that every reference resolves
 * (claims to sources, events to claims, a claim in one event only, syndicated copies to originals,
 * claims set aside to claims). Every issue names its path (`sources[12].content.sha256`).
 */
export class LedgerExportChecker {
  readonly issues: Issue[] = [];
  /** Issues found beyond MAX_ISSUES. */
  dropped = 0;
  version: 1 | 2 | null = null;
  readonly counts: Record<ExportSection, number> = { sources: 0, claims: 0, events: 0, history: 0, pending: 0 };
  private readonly headers = new Set<string>();
  private readonly sources = new Map<string, number>();
  /** Claim id → index of the event holding it (-1: none yet). */
  private readonly claims = new Map<string, number>();
  private readonly claimIndex = new Map<string, number>();
  private readonly events = new Map<string, number>();
  private readonly historyIds = new Set<string>();
  private readonly pendingIds = new Set<string>();
  private readonly originalsAhead: { path: string; id: string }[] = [];
  private readonly notArrays = new Set<string>();
  private section = -1;
  private firstWithoutContent: number | null = null;
  /** Sources the file carries no body for (version 1 files, or content null). */
  withoutBody = 0;

  get ok(): boolean {
    return this.issues.length === 0;
  }

  /** Where the last good record was: for messages about a file that breaks off. */
  last: string | null = null;

  private add(code: ErrorCode, path: string, message: string): void {
    if (this.issues.length >= MAX_ISSUES) {
      this.dropped++;
      return;
    }
    this.issues.push({ code, message: `${path}: ${message}`, path });
  }

  header(key: string, value: unknown): void {
    this.headers.add(key);
    if (key === 'format' && value !== 'handover-ledger') this.add('IMPORT_INVALID', 'format', `expected "handover-ledger", got ${JSON.stringify(value)}`);
    if (key === 'version') {
      if (value === 1 || value === 2) this.version = value;
      else this.add('IMPORT_UNSUPPORTED_VERSION', 'version', `this reader knows versions 1 and 2, got ${JSON.stringify(value)}`);
    }
    if (key === 'exportedAt' && (typeof value !== 'string' || value.length === 0)) this.add('IMPORT_INVALID', 'exportedAt', 'expected a timestamp');
  }

  /** Checks one record; returns it (typed, bytes decoded) when it is good, null otherwise. */
  record(section: ExportSection, key: number | string, value: unknown): CheckedRecord | null {
    if (typeof key !== 'number') {
      if (!this.notArrays.has(section)) this.add('IMPORT_INVALID', section, 'expected an array of records');
      this.notArrays.add(section);
      return null;
    }
    const where = `${section}[${key}]`;
    const order = EXPORT_SECTIONS.indexOf(section);
    if (order < this.section) {
      this.add('IMPORT_INVALID', where, `sections must come in the order ${EXPORT_SECTIONS.join(', ')}: ${section} after ${EXPORT_SECTIONS[this.section]}`);
      return null;
    }
    this.section = order;
    this.counts[section]++;
    const parsed = RECORD_SCHEMAS[section].safeParse(value);
    if (!parsed.success) {
      for (const issue of zodIssues(where, parsed.error)) this.add(issue.code, issue.path!, issue.message.slice(issue.path!.length + 2));
      return null;
    }
    const before = this.issues.length + this.dropped;
    const out = this.references(section, key, where, parsed.data);
    if (this.issues.length + this.dropped > before || out === null) return null;
    this.last = where;
    return out;
  }

  private unique(ids: Map<string, number> | Set<string>, id: string, where: string, index: number, section: ExportSection): boolean {
    if (ids.has(id)) {
      const first = ids instanceof Map ? ids.get(id) : undefined;
      this.add('IMPORT_DUPLICATE_ID', `${where}.id`, `${id} also at ${section}${first === undefined ? '' : `[${first}]`}`);
      return false;
    }
    if (ids instanceof Map) ids.set(id, index);
    else ids.add(id);
    return true;
  }

  private references(section: ExportSection, index: number, where: string, data: unknown): CheckedRecord | null {
    switch (section) {
      case 'sources': {
        const s = data as ExportedSource;
        this.unique(this.sources, s.id, where, index, section);
        if (s.duplicateOf !== null && !this.sources.has(s.duplicateOf)) this.originalsAhead.push({ path: `${where}.duplicateOf`, id: s.duplicateOf });
        if (s.content === undefined) {
          this.firstWithoutContent ??= index;
          this.withoutBody++;
          const { content: _c, ...meta } = s;
          return { section, index, value: meta, raw: null };
        }
        if (s.content === null) {
          this.withoutBody++;
          return { section, index, value: s, raw: null };
        }
        const raw = Buffer.from(s.content.base64, 'base64');
        if (raw.toString('base64') !== s.content.base64) {
          this.add('IMPORT_INVALID', `${where}.content.base64`, 'not valid base64 (standard alphabet, padded)');
          return null;
        }
        const actual = createHash('sha256').update(raw).digest('hex');
        if (actual !== s.content.sha256) {
          this.add('IMPORT_HASH_MISMATCH', `${where}.content.sha256`, `does not match the bytes (${raw.length} bytes that hash to ${actual.slice(0, 12)}…, the file says ${s.content.sha256.slice(0, 12)}…)`);
          return null;
        }
        return { section, index, value: s, raw: new Uint8Array(raw.buffer, raw.byteOffset, raw.byteLength) };
      }
      case 'claims': {
        const c = data as LedgerClaim;
        if (this.unique(this.claimIndex, c.id, where, index, section)) this.claims.set(c.id, -1);
        if (!this.sources.has(c.sourceId)) this.add('IMPORT_MISSING_REF', `${where}.sourceId`, `source ${c.sourceId} is not in the file`);
        return { section, index, value: c };
      }
      case 'events': {
        const e = data as LedgerEvent;
        this.unique(this.events, e.id, where, index, section);
        e.claimIds.forEach((id, j) => {
          const holder = this.claims.get(id);
          if (holder === undefined) this.add('IMPORT_MISSING_REF', `${where}.claimIds[${j}]`, `claim ${id} is not in the file`);
          else if (holder >= 0 && holder !== index) this.add('IMPORT_INVALID', `${where}.claimIds[${j}]`, `claim ${id} is already in events[${holder}]: a claim belongs to one event`);
          else this.claims.set(id, index);
        });
        return { section, index, value: e };
      }
      case 'history': {
        const h = data as HistoryEntry;
        this.unique(this.historyIds, h.id, where, index, section);
        return { section, index, value: h };
      }
      case 'pending': {
        const p = data as PendingClaim;
        if (this.pendingIds.has(p.claimId)) this.add('IMPORT_DUPLICATE_ID', `${where}.claimId`, `${p.claimId} is set aside twice`);
        this.pendingIds.add(p.claimId);
        if (!this.claims.has(p.claimId)) this.add('IMPORT_MISSING_REF', `${where}.claimId`, `claim ${p.claimId} is not in the file`);
        return { section, index, value: p };
      }
    }
  }

  /**
   * The checks that need the whole file: the header, every section present as an array, copies'
   * originals (which may come later), and version 2's `content` on every source. `top` says whether
   * the file was an object and what each top-level key held.
   */
  finish(top: TopLevel): Issue[] {
    if (!top.object) {
      this.add('IMPORT_INVALID', '(file)', 'expected a JSON object with format, version, exportedAt and the record sections');
      return this.issues;
    }
    for (const key of HEADERS) if (!this.headers.has(key)) this.add('IMPORT_INVALID', key, 'required');
    for (const section of EXPORT_SECTIONS) {
      if (section === 'pending' && this.version !== 2) continue;
      const kind = top.kinds.get(section);
      if (kind === undefined) this.add('IMPORT_INVALID', section, 'required');
      else if (kind !== 'array' && !this.notArrays.has(section)) this.add('IMPORT_INVALID', section, 'expected an array of records');
    }
    for (const { path, id } of this.originalsAhead) if (!this.sources.has(id)) this.add('IMPORT_MISSING_REF', path, `original source ${id} is not in the file`);
    if (this.version === 2 && this.firstWithoutContent !== null) this.add('IMPORT_INVALID', `sources[${this.firstWithoutContent}].content`, 'required in a version 2 file (null when no body is kept)');
    return this.issues;
  }
}

/** What a file held at its top level: an object or not, and whether each key held an array. */
export interface TopLevel {
  object: boolean;
  kinds: ReadonlyMap<string, 'array' | 'other'>;
}

/** Validates a whole export already in memory (small files, tests); `handover import` streams through `LedgerExportChecker` instead. */
export function parseLedgerExport(input: unknown): Result<LedgerExport> {
  const checker = new LedgerExportChecker();
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return failAll(checker.finish({ object: false, kinds: new Map() }));
  const root = input as Record<string, unknown>;
  for (const key of HEADERS) if (key in root) checker.header(key, root[key]);
  const out: Record<ExportSection, unknown[]> = { sources: [], claims: [], events: [], history: [], pending: [] };
  for (const section of EXPORT_SECTIONS) {
    const items = root[section];
    if (items === null || typeof items !== 'object') continue;
    for (const [k, v] of Object.entries(items)) {
      const checked = checker.record(section, Array.isArray(items) ? Number(k) : k, v);
      if (checked) out[section].push(checked.value);
    }
  }
  const issues = checker.finish({ object: true, kinds: new Map(Object.entries(root).map(([k, v]) => [k, Array.isArray(v) ? 'array' : 'other'])) });
  if (issues.length > 0) return failAll(issues);
  const value: LedgerExport = {
    format: 'handover-ledger',
    version: checker.version ?? 1,
    exportedAt: String(root.exportedAt),
    sources: out.sources as ExportedSource[],
    claims: out.claims as LedgerClaim[],
    events: out.events as LedgerEvent[],
    history: out.history as HistoryEntry[],
  };
  if ('pending' in root) value.pending = out.pending as PendingClaim[];
  return { ok: true, value };
}
