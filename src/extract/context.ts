import type { PartySlug } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';
import { officialsIn } from './attribution.js';

/** Pairs of parties that face each other in an exchange; the first listed partner wins ties. */
const PAIRS: Array<[PartySlug, PartySlug]> = [
  ['russia', 'ukraine'],
  ['israel', 'hamas'],
  ['israel', 'hezbollah'],
  ['israel', 'lebanon'],
  ['houthis', 'yemeni-government'],
  ['houthis', 'saudi-led-coalition'],
  ['armenia', 'azerbaijan'],
  ['rsf', 'saf'],
  ['tplf', 'ethiopia'],
  ['farc', 'colombia'],
  ['eln', 'colombia'],
  ['sdf', 'syrian-government'],
  ['belarus', 'ukraine'],
];
/** Pairs so dominant that naming one side names the other. */
const STRONG: Record<PartySlug, PartySlug> = {
  russia: 'ukraine', ukraine: 'russia', hamas: 'israel', armenia: 'azerbaijan', azerbaijan: 'armenia',
  rsf: 'saf', saf: 'rsf', tplf: 'ethiopia', houthis: 'yemeni-government', 'yemeni-government': 'houthis',
  sdf: 'syrian-government', 'syrian-government': 'sdf', farc: 'colombia', hezbollah: 'israel', lebanon: 'israel',
};
/** Conflicts where "prisoners" are detainees rather than prisoners of war. */
const DETAINEE_PARTIES = new Set(['israel', 'hamas', 'houthis', 'yemeni-government', 'saudi-led-coalition', 'sdf', 'syrian-government', 'lebanon', 'hezbollah']);

/** What the whole document says about who is involved, used to complete a sentence's half-said direction. */
export interface DocContext {
  counts: Map<PartySlug, number>;
  /** The side whose people the report is mostly about, or whose officials speak most. */
  home: PartySlug | null;
  /** Speaker parties met in the document (for single-voice reports). */
  speakerParties: Set<PartySlug>;
  detainees: boolean;
  hostages: boolean;
}

/**
 * The document's context, read from the text only when a sentence first asks for it: most reports
 * that pass the screen turn out to hold no figure about an exchange, and never need it.
 */
export function lazyContext(lowText: string, lex: CompiledTable): DocContext {
  let built: DocContext | null = null;
  const get = (): DocContext => (built ??= buildContext(lowText, lex));
  return {
    get counts() {
      return get().counts;
    },
    get home() {
      return get().home;
    },
    get speakerParties() {
      return get().speakerParties;
    },
    get detainees() {
      return get().detainees;
    },
    get hostages() {
      return get().hostages;
    },
  };
}

export function buildContext(lowText: string, lex: CompiledTable): DocContext {
  const counts = new Map<PartySlug, number>();
  const speakerCounts = new Map<PartySlug, number>();
  const bump = (m: Map<PartySlug, number>, p: PartySlug, n = 1): void => {
    m.set(p, (m.get(p) ?? 0) + n);
  };
  for (const h of lex.partyHits(lowText)) {
    const p = lex.partyNamed(h.text);
    if (p) bump(counts, p);
  }
  for (const h of lex.nationalityHits(lowText)) {
    const p = lex.nationalityNamed(h.text);
    if (p) bump(counts, p);
  }
  for (const o of officialsIn(lowText)) if (o.party) bump(speakerCounts, o.party);
  const partiesOnly = new Set(PAIRS.flat());
  const top = (m: Map<PartySlug, number>): PartySlug | null =>
    [...m.entries()].filter(([p]) => partiesOnly.has(p)).sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const home = top(speakerCounts) ?? top(counts);
  const mostNamed = (pick: (p: PartySlug) => boolean): number =>
    Math.max(0, ...[...counts].filter(([p]) => partiesOnly.has(p) && pick(p)).map(([, n]) => n));
  const parties = new Set(counts.keys());
  return {
    counts,
    home,
    speakerParties: new Set(speakerCounts.keys()),
    // "Prisoners" are detainees where a detainee conflict's sides are named more than any other's, not
    // wherever one is named ("The Jerusalem Post – Israel News" above a report of a Russian-Ukrainian swap).
    detainees: mostNamed((p) => DETAINEE_PARTIES.has(p)) > mostNamed((p) => !DETAINEE_PARTIES.has(p)),
    hostages: parties.has('hamas') || parties.has('farc') || parties.has('eln'),
  };
}

const BELLIGERENTS = new Set(PAIRS.flat());
/** A party to a conflict, as opposed to a mediator or an outside body. */
export const isBelligerent = (p: PartySlug | null | undefined): p is PartySlug => !!p && BELLIGERENTS.has(p);

/** Armed groups that take hostages: hostages go from them to the other side, detainees come back to them. */
const HOSTAGE_TAKERS = ['hamas', 'farc', 'eln', 'houthis', 'hezbollah'];
export function hostageTaker(ctx: DocContext): PartySlug | null {
  return HOSTAGE_TAKERS.filter((p) => ctx.counts.has(p)).sort((a, b) => (ctx.counts.get(b) ?? 0) - (ctx.counts.get(a) ?? 0))[0] ?? null;
}

/** The other side of an exchange with `party`, as far as the document tells. */
export function counterpart(party: PartySlug | null, ctx: DocContext): PartySlug | null {
  if (!party) return null;
  const mentioned = (p: PartySlug): number => ctx.counts.get(p) ?? 0;
  const partners = PAIRS.filter(([a, b]) => a === party || b === party).map(([a, b]) => (a === party ? b : a));
  const named = partners.filter((p) => mentioned(p) > 0).sort((a, b) => mentioned(b) - mentioned(a));
  if (named[0]) return named[0];
  return STRONG[party] ?? null;
}

/** The two sides the document is about, most mentioned pair first. */
export function mainPair(ctx: DocContext): [PartySlug, PartySlug] | null {
  let best: [PartySlug, PartySlug] | null = null;
  let bestScore = 0;
  for (const [a, b] of PAIRS) {
    const ca = ctx.counts.get(a) ?? 0;
    const cb = ctx.counts.get(b) ?? 0;
    const score = Math.min(ca, cb) * 10 + ca + cb;
    if ((ca > 0 || cb > 0) && score > bestScore) {
      best = [a, b];
      bestScore = score;
    }
  }
  return best;
}
