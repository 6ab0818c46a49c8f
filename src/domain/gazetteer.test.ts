import { describe, expect, it } from 'vitest';
import { CONFLICTS, belligerents } from './conflicts.js';
import { GAZETTEER_LANGUAGES, gazetteerFor, gazetteerSlugs, partyForms } from './gazetteer.js';
import { findParty, isPartySlug, knownParties, partyBySlug } from './parties.js';

describe('the gazetteer', () => {
  it('writes only known parties, and every side of every conflict is one', () => {
    expect(gazetteerSlugs().filter((s) => !isPartySlug(s))).toEqual([]);
    expect([...belligerents()].filter((s) => !isPartySlug(s))).toEqual([]);
    for (const c of CONFLICTS) expect(c.sides[0]).not.toBe(c.sides[1]);
  });

  it('gives every side of a conflict a name in English', () => {
    for (const side of belligerents()) expect(partyForms(side, 'en').names.length, side).toBeGreaterThan(0);
  });

  it('gives no name to two parties in one language, so a name in a report is never read as two sides', () => {
    for (const lang of GAZETTEER_LANGUAGES) {
      const owner = new Map<string, string>();
      for (const [slug, forms] of gazetteerFor(lang)) {
        for (const n of forms.names) {
          expect(owner.get(n) ?? slug, `${lang} "${n}": ${owner.get(n)} and ${slug}`).toBe(slug);
          owner.set(n, slug);
        }
      }
    }
  });

  it('names the wars of the brief in every language that has a table', () => {
    const wars = ['russia', 'ukraine', 'israel', 'hamas', 'armenia', 'azerbaijan', 'iran', 'iraq', 'india', 'pakistan', 'belarus', 'united-states'];
    for (const lang of GAZETTEER_LANGUAGES) for (const slug of wars) expect(partyForms(slug, lang).names.length, `${slug} in ${lang}`).toBeGreaterThan(0);
  });

  it('resolves a typed name in any language of the gazetteer, and lists the parties of other wars', () => {
    expect(findParty('Тегеран')?.slug).toBe('iran');
    expect(findParty('Litwa')?.slug).toBe('lithuania');
    expect(findParty('Tatmadaw')?.slug).toBe('myanmar-military');
    expect(partyBySlug('boko-haram')?.kind).toBe('side');
    expect(partyBySlug('Boko Haram')).toBeUndefined();
    const slugs = knownParties().map((p) => p.slug);
    for (const s of ['myanmar-military', 'arakan-army', 'lithuania', 'gna', 'lna', 'syrian-opposition']) expect(slugs).toContain(s);
  });
});
