import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerExport, LedgerSource } from '../domain/index.js';
import { parseLedgerExport } from './export-schema.js';
import { ledgerToJson } from './export-json.js';
import { assignClaims } from './grouping.js';
import { claim } from './testing/claims.js';

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

function source(id: string, extra: Partial<LedgerSource> = {}): LedgerSource {
  return {
    id,
    contentHash: `hash-${id}`,
    title: 'An invented report, with "quotes" and a comma',
    language: 'en',
    publishedAt: '2025-06-12',
    outlet: 'Example Wire',
    url: `https://example.org/${id}`,
    path: null,
    format: 'html',
    duplicateOf: null,
    ingestedAt: '2025-06-12T08:00:00.000Z',
    ...extra,
  };
}

function sampleLedger(): LedgerExport {
  const claims = [
    claim({ id: 'cl_x1', sourceId: 'src_1', count: 1000, party: 'russia' }),
    { ...claim({ id: 'cl_x2', sourceId: 'src_2', count: [38, 'about'], from: 'ukraine', to: 'russia', duplicateOf: 'src_1' }), extractorNote: 'kept' },
    claim({ id: 'cl_x3', sourceId: 'src_2', kind: 'confirmation', count: null, party: 'ukraine', date: null }),
  ];
  const r = assignClaims([], claims, { by: { at: '2025-06-12T09:00:00.000Z' } });
  return {
    format: 'handover-ledger',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    sources: [source('src_1'), source('src_2', { duplicateOf: 'src_1', url: null, path: '/tmp/copy.txt' })],
    claims,
    events: r.created,
    history: r.history,
  };
}

describe('JSON export', () => {
  it('round-trips through the streaming writer and the schema losslessly', async () => {
    const ledger = sampleLedger();
    async function* slowly<T>(items: T[]) {
      for (const i of items) yield i;
    }
    const text = await collect(
      ledgerToJson({
        exportedAt: ledger.exportedAt,
        sources: slowly(ledger.sources),
        claims: ledger.claims,
        events: slowly(ledger.events),
        history: ledger.history,
      }),
    );
    const parsed = parseLedgerExport(JSON.parse(text));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.value).toEqual(ledger);
    expect((parsed.value.claims[1] as unknown as Record<string, unknown>).extractorNote).toBe('kept');
  });

  it('writes empty collections as empty arrays', async () => {
    const text = await collect(ledgerToJson({ exportedAt: 'now', sources: [], claims: [], events: [], history: [] }));
    expect(JSON.parse(text)).toEqual({ format: 'handover-ledger', version: 1, exportedAt: 'now', sources: [], claims: [], events: [], history: [] });
  });

  it('reports shape errors with their paths', () => {
    const bad = JSON.parse(JSON.stringify(sampleLedger()));
    bad.events[0].figure.best = 'a thousand';
    bad.claims[2].kind = 'rumour';
    bad.version = 2;
    const r = parseLedgerExport(bad);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : r.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['events[0].figure.best', 'claims[2].kind', 'version']));
    expect(r.ok ? '' : r.issues.find((i) => i.path === 'events[0].figure.best')!.message).toMatch(/^events\[0\]\.figure\.best: /);
  });

  it('reports broken references and duplicate ids', () => {
    const bad = sampleLedger();
    bad.claims[0] = { ...bad.claims[0]!, sourceId: 'src_missing' };
    bad.events[0] = { ...bad.events[0]!, claimIds: [...bad.events[0]!.claimIds, 'cl_missing'] };
    bad.sources.push(bad.sources[0]!);
    const r = parseLedgerExport(bad);
    const got = r.ok ? [] : r.issues.map((i) => [i.code, i.path]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['IMPORT_DUPLICATE_ID', 'sources[2].id'],
        ['IMPORT_MISSING_REF', 'claims[0].sourceId'],
        ['IMPORT_MISSING_REF', `events[0].claimIds[${bad.events[0]!.claimIds.length - 1}]`],
      ]),
    );
  });

  it('round-trips any text in titles, quotes and reasons', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), async (title, sentence) => {
        const ledger = sampleLedger();
        ledger.sources[0] = { ...ledger.sources[0]!, title };
        ledger.claims[0] = { ...ledger.claims[0]!, evidence: { sentence, start: 0, end: sentence.length } };
        const text = await collect(ledgerToJson(ledger));
        const parsed = parseLedgerExport(JSON.parse(text));
        expect(parsed.ok && parsed.value).toEqual(ledger);
      }),
      { numRuns: 50 },
    );
  });
});
