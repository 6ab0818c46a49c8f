import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/domain/index.js';
import { extractClaims } from '../src/extract/index.js';
import { ingestBytes } from '../src/ingest/index.js';
import { ExpectedFileSchema, sameParty } from '../scripts/eval-lib.js';
import type { ExpectedClaim } from '../scripts/eval-lib.js';

// The seed page this project was created from (BRIEF.md, "What the seed document must yield").
// It lives outside the repository, beside it: ../shared/seeds/*.txt.
const here = dirname(fileURLToPath(import.meta.url));
const seedsDir = resolve(here, '..', '..', 'shared', 'seeds');
const seedFile = existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0] : undefined;
if (seedFile === undefined) process.stdout.write(`seed.test.ts: skipped, no seed text in ${seedsDir}\n`);

const expected = ExpectedFileSchema.parse(JSON.parse(readFileSync(join(here, 'fixtures', 'seed.expected.json'), 'utf8')));

/** A predicted speaker names the expected one when it shares a distinctive word ("Medinsky", "Coordination"). */
function speakerMatches(expectedSpeaker: string | null, predicted: string | null | undefined): boolean {
  if (expectedSpeaker === null) return true;
  if (!predicted) return false;
  const words = expectedSpeaker.split(/[\s'’]+/).filter((w) => /^\p{Lu}/u.test(w) && w.length >= 5);
  return words.some((w) => predicted.toLowerCase().includes(w.toLowerCase()));
}

function fits(g: ExpectedClaim, c: Claim): boolean {
  const kinds = [g.kind, ...(g.altKinds ?? [])];
  return (
    kinds.includes(c.kind) &&
    c.category === g.category &&
    (g.count === null ? c.count === null : c.count?.value === g.count && c.count.qualifier === g.qualifier) &&
    (g.from === null || sameParty(g.from, c.from)) &&
    (g.to === null || sameParty(g.to, c.to)) &&
    (g.speakerParty === null || sameParty(g.speakerParty, c.attribution?.party)) &&
    speakerMatches(g.speaker, c.attribution?.speaker) &&
    (g.agreement === null || c.agreement === g.agreement)
  );
}

const describe_ = seedFile === undefined ? describe.skip : describe;

describe_(`seed document ${seedFile ?? ''}`, () => {
  const bytes = seedFile === undefined ? new Uint8Array() : new Uint8Array(readFileSync(join(seedsDir, seedFile)));
  const doc = ingestBytes(bytes, { path: seedFile ?? 'seed.txt' });
  const claims: Claim[] = doc.ok ? extractClaims(doc.value, { publishedAt: expected.publishedAt, language: doc.value.language }) : [];
  const brief = (c: Claim): string =>
    `${c.kind} ${c.from}→${c.to} ${c.category} ${c.count ? `${c.count.qualifier} ${c.count.value}` : '(no figure)'} by ${c.attribution?.speaker} (${c.attribution?.party}) agreement ${c.agreement}`;

  it('ingests', () => {
    expect(doc.ok).toBe(true);
  });

  for (const g of expected.claims) {
    const label = `${g.kind} ${g.from ?? '?'}→${g.to ?? '?'} ${g.category} ${g.count === null ? '(no figure)' : `${g.qualifier} ${g.count}`} by ${g.speaker} (${g.speakerParty})`;
    it(`yields exactly once: ${label}`, () => {
      const hits = claims.filter((c) => fits(g, c));
      expect(hits.map(brief), `claims were:\n${claims.map(brief).join('\n')}`).toHaveLength(1);
    });
  }

  it('yields nothing else and nothing twice', () => {
    const unexpected = claims.filter((c) => !expected.claims.some((g) => fits(g, c)));
    expect(unexpected.map(brief)).toEqual([]);
    expect(claims).toHaveLength(expected.claims.length);
  });
});
