/** Sources: each report as received, its clean text and metadata. */
import type { LedgerSource } from '../domain/index.js';
import type { Capabilities } from './capabilities.js';
import { runCompiled } from './compiled.js';
import { chunksFor, insertRows, type Db } from './query-helpers.js';
import { sourceContentToRow, sourceFromRow, sourceToRow, type SourceContent } from './rows.js';

const SOURCE_META = [
  'id', 'content_hash', 'title', 'language', 'published_at', 'outlet', 'url', 'path', 'format', 'duplicate_of', 'ingested_at',
] as const;

export interface SourceRepository {
  findByHash(contentHash: string): Promise<LedgerSource | undefined>;
  get(id: string): Promise<LedgerSource | undefined>;
  getMany(ids: readonly string[]): Promise<LedgerSource[]>;
  /** The bytes as received and the clean text. */
  content(id: string): Promise<{ raw: Buffer; cleanText: string } | undefined>;
  insert(source: LedgerSource, content: SourceContent): Promise<void>;
  /** Stored originals whose near-duplicate key is `key`, latest ingested first, at most `limit`. */
  withNearKey(key: string, limit: number): Promise<{ id: string; fingerprint: string; numerals: string }[]>;
  /** One keyset page of sources with their content, for export. */
  page(afterId: string | null, limit: number): Promise<(LedgerSource & { raw: Buffer; cleanText: string })[]>;
  /** Sources without their content, newest ingested first, after a position in that order. */
  list(after: { ingestedAt: string; id: string } | null, limit: number): Promise<LedgerSource[]>;
  count(): Promise<number>;
}

export interface StoredSourceText {
  source: LedgerSource;
  cleanText: string;
}

export function sourceRepository(db: Db, caps: Capabilities): SourceRepository {
  return {
    async findByHash(contentHash: string): Promise<LedgerSource | undefined> {
      const [row] = await runCompiled(db, caps, 'sources.byHash', [contentHash], (slot) =>
        db.selectFrom('sources').select(SOURCE_META).where('content_hash', '=', slot(0)),
      );
      return row ? sourceFromRow(row) : undefined;
    },

    async get(id: string): Promise<LedgerSource | undefined> {
      const row = await db.selectFrom('sources').select(SOURCE_META).where('id', '=', id).executeTakeFirst();
      return row ? sourceFromRow(row) : undefined;
    },

    async getMany(ids: readonly string[]): Promise<LedgerSource[]> {
      if (ids.length === 0) return [];
      const out: LedgerSource[] = [];
      for (const part of chunksFor([...new Set(ids)], 1, caps)) {
        const rows = await db.selectFrom('sources').select(SOURCE_META).where('id', 'in', part).execute();
        out.push(...rows.map(sourceFromRow));
      }
      return out;
    },

    async content(id: string): Promise<{ raw: Buffer; cleanText: string } | undefined> {
      const row = await db.selectFrom('source_contents').select(['raw', 'clean_text']).where('source_id', '=', id).executeTakeFirst();
      return row ? { raw: Buffer.from(row.raw), cleanText: row.clean_text } : undefined;
    },

    async insert(source: LedgerSource, content: SourceContent): Promise<void> {
      await insertRows(db, caps, 'sources', [sourceToRow(source, content)]);
      await insertRows(db, caps, 'source_contents', [sourceContentToRow(source.id, content)]);
    },

    /**
     * The stored originals whose near-duplicate key is `key` (see SourceRow.near_key), latest
     * ingested first, at most `limit`, with what a comparison reads.
     */
    async withNearKey(key: string, limit: number): Promise<{ id: string; fingerprint: string; numerals: string }[]> {
      return runCompiled(db, caps, 'sources.withNearKey', [key, limit], (slot) =>
        db
          .selectFrom('sources')
          .select(['id', 'fingerprint', 'numerals'])
          .where('near_key', '=', slot(0))
          .orderBy('ingested_at', 'desc')
          .orderBy('id', 'desc')
          .limit(slot(1)),
      );
    },

    /** One keyset page of sources with their content, for export. */
    async page(afterId: string | null, limit: number): Promise<(LedgerSource & { raw: Buffer; cleanText: string })[]> {
      let q = db
        .selectFrom('sources')
        .leftJoin('source_contents as sc', 'sc.source_id', 'sources.id')
        .select([...SOURCE_META.map((c) => `sources.${c}` as const), 'sc.raw', 'sc.clean_text'])
        .orderBy('sources.id')
        .limit(limit);
      if (afterId !== null) q = q.where('sources.id', '>', afterId);
      const rows = await q.execute();
      return rows.map((r) => ({ ...sourceFromRow(r), raw: r.raw === null ? Buffer.alloc(0) : Buffer.from(r.raw), cleanText: r.clean_text ?? '' }));
    },

    async list(after: { ingestedAt: string; id: string } | null, limit: number): Promise<LedgerSource[]> {
      let q = db.selectFrom('sources').select(SOURCE_META).orderBy('ingested_at', 'desc').orderBy('id', 'desc').limit(limit);
      if (after !== null) {
        q = q.where((eb) => eb.or([eb('ingested_at', '<', after.ingestedAt), eb.and([eb('ingested_at', '=', after.ingestedAt), eb('id', '<', after.id)])]));
      }
      return (await q.execute()).map(sourceFromRow);
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('sources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
