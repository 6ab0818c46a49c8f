import type { PartySlug } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';
import { officialsIn } from './attribution.js';
import { CONFLICTS, belligerents, detaineeSides, impliedCounterpart } from '../domain/index.js';

const MAJOR = CONFLICTS.filter((c) => !c.minor).map((c) => c.sides);
const MINOR = CONFLICTS.filter((c) => c.minor).map((c) => c.sides);
/** Conflicts where "prisoners" are detainees rather than prisoners of war. */
const DETAINEE_PARTIES = detaineeSides();
/** Sides whose "captives" are hostages. */
const HOSTAGE_SIDES = new Set(CONFLICTS.filter((c) => c.hostages).flatMap((c) => (c.hostageTaker ? [c.hostageTaker] : [])));

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
  const partiesOnly = BELLIGERENTS;
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
    hostages: [...HOSTAGE_SIDES].some((p) => parties.has(p)),
  };
}

const BELLIGERENTS = belligerents();
/** A party to a conflict, as opposed to a mediator or an outside body. */
export const isBelligerent = (p: PartySlug | null | undefined): p is PartySlug => !!p && BELLIGERENTS.has(p);

/** Armed groups that take hostages: hostages go from them to the other side, detainees come back to them. */
const HOSTAGE_TAKERS = [...new Set(CONFLICTS.flatMap((c) => (c.hostageTaker ? [c.hostageTaker] : [])))];
export function hostageTaker(ctx: DocContext): PartySlug | null {
  return HOSTAGE_TAKERS.filter((p) => ctx.counts.has(p)).sort((a, b) => (ctx.counts.get(b) ?? 0) - (ctx.counts.get(a) ?? 0))[0] ?? null;
}

const partnersIn = (pairs: ReadonlyArray<readonly [string, string]>, party: PartySlug): PartySlug[] =>
  pairs.filter(([a, b]) => a === party || b === party).map(([a, b]) => (a === party ? b : a));

/** The other side of an exchange with `party`, as far as the document tells. */
export function counterpart(party: PartySlug | null, ctx: DocContext): PartySlug | null {
  if (!party) return null;
  const mentioned = (p: PartySlug): number => ctx.counts.get(p) ?? 0;
  // A swap between states outside their war counts only when the party's own war names no partner.
  for (const pairs of [MAJOR, MINOR]) {
    const named = partnersIn(pairs, party).filter((p) => mentioned(p) > 0).sort((a, b) => mentioned(b) - mentioned(a));
    if (named[0]) return named[0];
  }
  return impliedCounterpart(party);
}

/** The two sides the document is about: a pair with both sides named (a main war's first), else the most named side's war. */
export function mainPair(ctx: DocContext): [PartySlug, PartySlug] | null {
  const best = (pairs: ReadonlyArray<readonly [string, string]>, both: boolean): [PartySlug, PartySlug] | null => {
    let found: [PartySlug, PartySlug] | null = null;
    let bestScore = 0;
    for (const [a, b] of pairs) {
      const ca = ctx.counts.get(a) ?? 0;
      const cb = ctx.counts.get(b) ?? 0;
      if (both ? ca === 0 || cb === 0 : ca === 0 && cb === 0) continue;
      const score = Math.min(ca, cb) * 10 + ca + cb;
      if (score > bestScore) {
        found = [a, b];
        bestScore = score;
      }
    }
    return found;
  };
  return best(MAJOR, true) ?? best(MINOR, true) ?? best(MAJOR, false);
}

/** Wars between a state and an armed group: [state, group]. */
const ASYMMETRIC: ReadonlyArray<readonly [string, string]> = CONFLICTS.filter((c) => c.state).map((c) =>
  c.state === 'first' ? ([c.sides[0], c.sides[1]] as const) : ([c.sides[1], c.sides[0]] as const),
);

/**
 * The side a word for a state's forces ("government troops") or for an armed group ("the rebels")
 * stands for: in a report whose main war (see `mainPair`) is one between a state and an armed group,
 * the state or the group. Null in a report of a war between states.
 */
export function descriptorSide(kind: 'state' | 'group', ctx: DocContext): PartySlug | null {
  const pair = mainPair(ctx);
  if (!pair) return null;
  const war = ASYMMETRIC.find(([s, g]) => (s === pair[0] && g === pair[1]) || (s === pair[1] && g === pair[0]));
  if (!war) return null;
  return kind === 'state' ? war[0] : war[1];
}
