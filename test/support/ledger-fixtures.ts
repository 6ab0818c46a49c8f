/** Builders for ledger values in tests. Every text here is written for these tests. */
import { createHash } from 'node:crypto';
import type { Claim, LedgerClaim, LedgerEvent, LedgerSource } from '../../src/domain/index.js';

export const sha = (s: string | Uint8Array): string => createHash('sha256').update(s).digest('hex');

export function source(over: Partial<LedgerSource> & { text?: string } = {}): LedgerSource {
  const hash = over.contentHash ?? sha(over.text ?? `text ${Math.random()}`);
  return {
    id: over.id ?? `src_${hash.slice(0, 12)}`,
    contentHash: hash,
    title: over.title ?? 'A made-up report',
    language: over.language ?? 'en',
    publishedAt: over.publishedAt === undefined ? '2025-06-12' : over.publishedAt,
    outlet: over.outlet === undefined ? 'Test Wire' : over.outlet,
    url: over.url === undefined ? null : over.url,
    path: over.path === undefined ? null : over.path,
    format: over.format ?? 'text',
    duplicateOf: over.duplicateOf === undefined ? null : over.duplicateOf,
    ingestedAt: over.ingestedAt ?? '2025-06-12T10:00:00.000Z',
  };
}

export function claim(over: Partial<LedgerClaim> = {}): LedgerClaim {
  const base: Claim = {
    kind: 'event',
    category: 'remains',
    from: 'russia',
    to: 'ukraine',
    count: { value: 1212, qualifier: 'exact', low: 1212, high: 1212 },
    date: { start: '2025-06-11', end: '2025-06-11', precision: 'day' },
    attribution: { speaker: 'Coordination Headquarters', party: 'ukraine' },
    agreement: 'istanbul-2025',
    mediator: 'ICRC',
    evidence: { sentence: 'Kyiv said 1,212 bodies came home on Wednesday.', start: 0, end: 46 },
    wounded: false,
    partOf: null,
    twoWay: false,
    confidence: 0.9,
    flags: [],
  };
  return {
    ...base,
    id: 'cl_test',
    sourceId: 'src_test',
    review: 'machine',
    publishedAt: '2025-06-12',
    outlet: 'Test Wire',
    duplicateOf: null,
    ...over,
  };
}

export function event(over: Partial<LedgerEvent> = {}): LedgerEvent {
  return {
    id: 'ev_test',
    exchangeId: null,
    category: 'remains',
    wounded: false,
    from: 'russia',
    to: 'ukraine',
    date: { start: '2025-06-11', end: '2025-06-11', precision: 'day' },
    figure: { low: 1212, best: 1212, high: 1212 },
    status: 'announced',
    claimIds: [],
    agreement: 'istanbul-2025',
    mediator: 'ICRC',
    flags: [],
    review: 'machine',
    locked: false,
    ...over,
  };
}
