/**
 * A tiny extractor for storage and service tests, so they do not depend on the real one's
 * coverage. It reads sentences written in one fixed style for these tests:
 *   "On 2025-06-11 russia handed 1212 remains to ukraine, said ukraine."
 *   "ukraine confirmed the handover of remains on 2025-06-11."
 *   "russia will hand 6000 remains to ukraine by 2025-07-31, said russia."
 *   "Since 2025-01-01 russia has handed more than 11000 remains to ukraine by 2025-12-31, said russia."
 */
import type { Claim, CleanDocument } from '../../src/domain/index.js';
import { countOf } from '../../src/domain/index.js';

const EVENT = /On (\d{4}-\d{2}-\d{2}) (\w+) handed (about |more than )?(\d+) (\w+) to (\w+)(?:, said (\w+))?\./g;
const CONFIRM = /(\w+) confirmed the handover of (\w+) on (\d{4}-\d{2}-\d{2})\./g;
const PLAN = /(\w+) will hand (\d+) (\w+) to (\w+) by (\d{4}-\d{2}-\d{2})(?:, said (\w+))?\./g;
const CUMULATIVE = /Since (\d{4}-\d{2}-\d{2}) (\w+) has handed (more than )?(\d+) (\w+) to (\w+) by (\d{4}-\d{2}-\d{2})(?:, said (\w+))?\./g;

const day = (d: string) => ({ start: d, end: d, precision: 'day' as const });

function base(m: RegExpExecArray): Pick<Claim, 'evidence' | 'agreement' | 'mediator' | 'wounded' | 'partOf' | 'twoWay' | 'confidence' | 'flags'> {
  return {
    evidence: { sentence: m[0], start: m.index, end: m.index + m[0].length },
    agreement: null,
    mediator: null,
    wounded: false,
    partOf: null,
    twoWay: false,
    confidence: 0.8,
    flags: [],
  };
}

export function fakeExtract(doc: CleanDocument): Claim[] {
  const text = doc.text;
  const claims: { at: number; claim: Claim }[] = [];
  for (const m of text.matchAll(EVENT)) {
    const q = m[3] === 'about ' ? 'about' : m[3] === 'more than ' ? 'more_than' : 'exact';
    claims.push({
      at: m.index,
      claim: {
        ...base(m),
        kind: 'event',
        category: m[5] as Claim['category'],
        from: m[2]!,
        to: m[6]!,
        count: countOf(Number(m[4]), q),
        date: day(m[1]!),
        attribution: { speaker: null, party: m[7] ?? null },
      },
    });
  }
  for (const m of text.matchAll(CONFIRM)) {
    claims.push({
      at: m.index,
      claim: { ...base(m), kind: 'confirmation', category: m[2] as Claim['category'], from: null, to: null, count: null, date: day(m[3]!), attribution: { speaker: null, party: m[1]! } },
    });
  }
  for (const m of text.matchAll(PLAN)) {
    claims.push({
      at: m.index,
      claim: { ...base(m), kind: 'plan', category: m[3] as Claim['category'], from: m[1]!, to: m[4]!, count: countOf(Number(m[2]), 'exact'), date: day(m[5]!), attribution: { speaker: null, party: m[6] ?? null } },
    });
  }
  for (const m of text.matchAll(CUMULATIVE)) {
    claims.push({
      at: m.index,
      claim: {
        ...base(m),
        kind: 'cumulative',
        category: m[5] as Claim['category'],
        from: m[2]!,
        to: m[6]!,
        count: countOf(Number(m[4]), m[3] ? 'more_than' : 'exact'),
        date: { start: m[1]!, end: m[7]!, precision: 'day' },
        attribution: { speaker: null, party: m[8] ?? null },
      },
    });
  }
  return claims.sort((a, b) => a.at - b.at).map((c) => c.claim);
}
