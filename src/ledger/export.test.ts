import { issuesOf } from '../domain/index.js';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExportedSource, LedgerExport, LedgerSource, SourceBody } from '../domain/index.js';
import { LedgerExportChecker, parseLedgerExport } from './export-schema.js';
import { ledgerToJson } from './export-json.js';
import { assignClaims } from './grouping.js';
import { claim } from './testing/claims.js';

async function collect(gen: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of gen) out += chunk;
  return out;
}

function body(text: string, raw: Uint8Array = new TextEncoder().encode(`<p>${text}</p>`)): SourceBody {
  return { sha256: createHash('sha256').update(raw).digest('hex'), base64: Buffer.from(raw).toString('base64'), text };
}

function source(id: string, extra: Partial<ExportedSource> = {}): ExportedSource {
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
    content: body(`An invented report ${id}.`),
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
    version: 2,
    exportedAt: '2026-01-01T00:00:00.000Z',
    sources: [
      // Bytes that are not UTF-8 must survive too.
      source('src_1', { content: body('Ц 1000.', Uint8Array.from([0xd6, 0x20, 0x31, 0x30, 0x30, 0x30, 0x2e, 0x00, 0xff])) }),
      source('src_2', { duplicateOf: 'src_1', url: null, path: '/tmp/copy.txt' }),
      source('src_3', { format: 'facts', content: null }),
    ],
    claims,
    events: r.created,
    history: r.history,
    pending: [{ claimId: 'cl_x3', reason: 'no-event-to-confirm', eventId: null, anchor: '2025-06-12', since: '2025-06-12T09:00:00.000Z' }],
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
        pending: slowly(ledger.pending!),
      }),
    );
    const parsed = parseLedgerExport(JSON.parse(text));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    expect(parsed.value).toEqual(ledger);
    expect((parsed.value.claims[1] as unknown as Record<string, unknown>).extractorNote).toBe('kept');
  });

  it('writes empty collections as empty arrays', async () => {
    const text = await collect(ledgerToJson({ exportedAt: 'now', sources: [], claims: [], events: [], history: [] }));
    expect(JSON.parse(text)).toEqual({ format: 'handover-ledger', version: 2, exportedAt: 'now', sources: [], claims: [], events: [], history: [], pending: [] });
  });

  it('reports shape errors with their paths', () => {
    const bad = JSON.parse(JSON.stringify(sampleLedger()));
    bad.events[0].figure.best = 'a thousand';
    bad.claims[2].kind = 'rumour';
    bad.version = 3;
    const r = parseLedgerExport(bad);
    expect(r.ok).toBe(false);
    const paths = r.ok ? [] : issuesOf(r.error).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['events[0].figure.best', 'claims[2].kind', 'version']));
    expect(r.ok ? '' : issuesOf(r.error).find((i) => i.path === 'events[0].figure.best')!.message).toMatch(/^events\[0\]\.figure\.best: /);
  });

  it('reports broken references and duplicate ids', () => {
    const bad = sampleLedger();
    bad.claims[0] = { ...bad.claims[0]!, sourceId: 'src_missing' };
    bad.events[0] = { ...bad.events[0]!, claimIds: [...bad.events[0]!.claimIds, 'cl_missing'] };
    bad.sources.push(bad.sources[0]!);
    const r = parseLedgerExport(bad);
    const got = r.ok ? [] : issuesOf(r.error).map((i) => [i.code, i.path]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['IMPORT_DUPLICATE_ID', 'sources[3].id'],
        ['IMPORT_MISSING_REF', 'claims[0].sourceId'],
        ['IMPORT_MISSING_REF', `events[0].claimIds[${bad.events[0]!.claimIds.length - 1}]`],
      ]),
    );
  });

  it('checks each body against its sha256 and names the source', () => {
    const bad = JSON.parse(JSON.stringify(sampleLedger()));
    bad.sources[1].content.base64 = Buffer.from('<p>An invented report, edited.</p>').toString('base64');
    bad.sources[0].content.base64 = 'not base64!';
    const r = parseLedgerExport(bad);
    const got = r.ok ? [] : issuesOf(r.error).map((i) => [i.code, i.message]);
    expect(got).toEqual([
      ['IMPORT_INVALID', 'sources[0].content.base64: not valid base64 (standard alphabet, padded)'],
      ['IMPORT_HASH_MISMATCH', expect.stringMatching(/^sources\[1\]\.content\.sha256: does not match the bytes \(34 bytes that hash to [0-9a-f]{12}…/)],
    ]);
  });

  it('reads version 1 files without bodies, and wants content on every version 2 source', () => {
    const { pending: _p, ...ledger } = sampleLedger();
    const v1 = { ...ledger, version: 1, sources: ledger.sources.map(({ content: _c, ...s }) => s) };
    const r = parseLedgerExport(v1);
    expect(r.ok && r.value.sources.map((s) => 'content' in s)).toEqual([false, false, false]);
    const v2 = { ...v1, version: 2, pending: [] };
    const r2 = parseLedgerExport(v2);
    expect(r2.ok ? [] : issuesOf(r2.error).map((i) => i.message)).toEqual(['sources[0].content: required in a version 2 file (null when no body is kept)']);
    const { pending: _q, ...noPending } = sampleLedger();
    expect(parseLedgerExport(noPending)).toMatchObject({ ok: false, error: { issues: [{ path: 'pending', message: 'pending: required' }] } });
  });

  it('refuses a claim in two events, sections out of order and sections that are not arrays', () => {
    const twice = sampleLedger();
    twice.events.push({ ...twice.events[0]!, id: 'ev_again' });
    expect(parseLedgerExport(twice)).toMatchObject({ ok: false, error: { issues: [{ path: 'events[2].claimIds[0]', message: expect.stringMatching(/already in events\[0\]: a claim belongs to one event/) }] } });

    const checker = new LedgerExportChecker();
    for (const [k, v] of Object.entries({ format: 'handover-ledger', version: 2, exportedAt: 'now' })) checker.header(k, v);
    const ledger = sampleLedger();
    expect(checker.record('sources', 0, ledger.sources[0])).toMatchObject({ section: 'sources', raw: expect.any(Uint8Array) });
    expect(checker.record('claims', 0, ledger.claims[0])).not.toBeNull();
    expect(checker.record('sources', 1, ledger.sources[1])).toBeNull();
    expect(checker.record('events', 'ev_1', ledger.events[0])).toBeNull();
    const issues = checker.finish({ object: true, kinds: new Map([['sources', 'array'], ['claims', 'array'], ['events', 'other'], ['history', 'array']]) });
    expect(issues.map((i) => i.message)).toEqual([
      'sources[1]: sections must come in the order sources, claims, events, history, pending: sources after claims',
      'events: expected an array of records',
      'pending: required',
    ]);
    expect(new LedgerExportChecker().finish({ object: false, kinds: new Map() })[0]!.path).toBe('(file)');
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
