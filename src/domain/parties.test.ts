import { describe, expect, it } from 'vitest';
import { PARTIES, findParty, isPartySlug, partyKey, resolvePartyInput, suggestParties } from './parties.js';
import { TABLES } from '../extract/lexicon.js';
import { OFFICIALS } from '../extract/lang/officials.js';

describe('the party list', () => {
  it('holds every slug of the brief, each once, in the slug style', () => {
    const brief = ['russia', 'ukraine', 'israel', 'hamas', 'hezbollah', 'houthis', 'yemeni-government', 'saudi-led-coalition', 'armenia', 'azerbaijan', 'rsf', 'saf', 'eln', 'farc', 'colombia', 'ethiopia', 'tplf', 'sdf', 'syrian-government', 'iran', 'iraq', 'india', 'pakistan', 'taliban', 'afghan-government', 'm23', 'drc', 'belarus', 'united-states'];
    for (const s of brief) expect(isPartySlug(s), s).toBe(true);
    const slugs = PARTIES.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/);
  });

  it('gives no name or alias to two parties, so a typed name is never ambiguous', () => {
    const owner = new Map<string, string>();
    for (const p of PARTIES) {
      for (const name of [p.slug, p.name, ...p.aliases]) {
        const key = partyKey(name);
        const before = owner.get(key);
        expect(before === undefined || before === p.slug, `${name}: ${before} and ${p.slug}`).toBe(true);
        owner.set(key, p.slug);
      }
    }
  });

  it('knows every slug the extractor can put on a claim', () => {
    const used = new Set<string>();
    for (const t of Object.values(TABLES)) {
      for (const [, slug] of [...t.parties, ...t.nationalities, ...((t as { mediators?: Array<[string, string]> }).mediators ?? [])]) used.add(slug);
    }
    for (const o of OFFICIALS) used.add(o.party);
    const unknown = [...used].filter((s) => !isPartySlug(s));
    expect(unknown).toEqual([]);
  });

  it('resolves names and aliases in several languages to slugs, and names the nearest for a typo', () => {
    expect(findParty('Moscow')?.slug).toBe('russia');
    expect(findParty('Россия')?.slug).toBe('russia');
    expect(findParty('Türkiye')?.slug).toBe('turkey');
    expect(findParty('yemeni government')?.slug).toBe('yemeni-government');
    expect(findParty('Narnia')).toBeUndefined();
    expect(suggestParties('ukrain')).toContain('ukraine');
    const r = resolvePartyInput('--party', 'ukrain');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toBe('--party "ukrain" is not a known party; did you mean ukraine? (handover parties lists them)');
    expect(resolvePartyInput('--to', 'Kyiv')).toEqual({ ok: true, slug: 'ukraine' });
  });
});
