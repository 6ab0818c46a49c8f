import type { Category, ClaimKind, PartySlug } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';
import type { DocContext } from './context.js';
import { counterpart, descriptorSide, hostageTaker, isBelligerent, mainPair } from './context.js';
import { type Figure, listJoined } from './figures.js';
import { officialsIn } from './attribution.js';

/** Where a part's total is: draft `index` of the same sentence, or of the sentence in view (`inView`). */
export interface DraftRef {
  inView: boolean;
  index: number;
}

/** A claim as read from one sentence, before document-level completion (dates, speakers, mediators). */
export interface Draft {
  kind: ClaimKind;
  category: Category;
  wounded: boolean;
  from: PartySlug | null;
  to: PartySlug | null;
  value: number | null;
  figure: Figure | null;
  twoWay: boolean;
  /** The draft whose part this is: one of the same sentence, or of the sentence still in view before it. */
  partOf: DraftRef | null;
  /** Offset within the sentence that anchors date choice. */
  at: number;
  confidence: number;
  flags: string[];
}

interface PartyHit {
  party: PartySlug;
  start: number;
  end: number;
}

export function partiesIn(low: string, lex: CompiledTable): PartyHit[] {
  const hits: PartyHit[] = [];
  for (const h of lex.partyHits(low)) {
    const p = lex.partyNamed(h.text);
    if (p) hits.push({ party: p, start: h.start, end: h.end });
  }
  return hits;
}

/**
 * The sides a sentence names: parties by name, and in a war between a state and an armed group the
 * words for either ("government troops", "the rebels") as that side, where no name covers them.
 */
export function sidesIn(low: string, lex: CompiledTable, ctx: DocContext): PartyHit[] {
  const hits = partiesIn(low, lex);
  if (!lex.stateForces && !lex.armedGroup) return hits;
  const extra: PartyHit[] = [];
  const demonyms = lex.nationalityHits(low);
  const next = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => b.start >= a.end && /^(?:['’]s)?\s{1,2}$/u.test(low.slice(a.end, b.start));
  for (const [re, kind] of [[lex.stateForces, 'state'], [lex.armedGroup, 'group']] as const) {
    if (!re) continue;
    for (const m of matchesIn(re, low)) {
      if (hits.some((h) => h.start < m.end && m.start < h.end) || extra.some((h) => h.start < m.end && m.start < h.end)) continue;
      // "Hamas authorities", "the Lebanese army", "الجيش اللبناني": a side named next to the word is the one meant.
      if (hits.some((h) => next(h, m) || next(m, h))) continue;
      const demonym = demonyms.find((d) => next(d, m) || next(m, d));
      const party = demonym ? lex.nationalityNamed(demonym.text) : descriptorSide(kind, ctx);
      if (!party) continue;
      extra.push({ party, start: Math.min(m.start, demonym?.start ?? m.start), end: Math.max(m.end, demonym?.end ?? m.end) });
    }
  }
  return extra.length === 0 ? hits : [...hits, ...extra].sort((a, b) => a.start - b.start);
}

function matchesIn(re: RegExp, low: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(low); m; m = re.exec(low)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}


/**
 * Reads the claims of one sentence from its figures. `homeSpeaker` is the party of the
 * sentence's speaker, which is "home" for "returned home".
 */
export function sentenceDrafts(
  low: string,
  figures: Figure[],
  lex: CompiledTable,
  ctx: DocContext,
  homeSpeaker: PartySlug | null,
  previous: Draft[],
  antecedent: () => PartySlug | null = () => null,
): Draft[] {
  const parties = sidesIn(low, lex, ctx);
  // "Lukashenko released 123 prisoners": an official of a side is that side as a verb's subject.
  const officials: PartyHit[] = officialsIn(low).flatMap((o) => (isBelligerent(o.party) ? [{ party: o.party as PartySlug, start: o.start, end: o.end }] : []));
  const gives = matchesIn(lex.give, low);
  const receives = matchesIn(lex.receive, low);
  const plans = matchesIn(lex.plan, low);
  const cumulative = matchesIn(lex.cumulative, low);
  const notTransfer = matchesIn(lex.notTransfer, low);
  const transfers = matchesIn(lex.transferAll, low);
  // Clause boundaries: a figure's verbs and parties are looked for within its clause.
  const breaks = matchesIn(lex.clauseBreak, low).map((b) => b.start);
  const clauseOf = (pos: number): [number, number] => {
    let s = 0;
    let e = low.length;
    for (const b of breaks) {
      if (b < pos) s = b;
      else if (b >= pos) {
        e = b;
        break;
      }
    }
    return [s, e];
  };
  const drafts: Draft[] = [];
  const sentenceCategory = figures.find((f) => f.category)?.category ?? null;

  figures.forEach((f, idx) => {
    const at = f.n.qualStart;
    const [cs, ce] = clauseOf(at);
    // A figure next to "held", "killed", "missing" counts people who did not change hands.
    const heldSpan = lex.heldBy.source ? heldRange(low, f.end, lex) : null;
    // A word past the next figure, or before the previous one, belongs to that figure ("including 20
    // soldiers and 3 people detained in Kherson": "detained" says nothing of the 20).
    const [ownFrom, ownTo] = [figures[idx - 1]?.end ?? 0, figures[idx + 1]?.n.qualStart ?? low.length];
    const blockers = notTransfer.filter((m) => m.start >= ownFrom && m.end <= ownTo && (!heldSpan || m.start < heldSpan[0] || m.start >= heldSpan[1]));
    // The next item of a list of parts is a part too ("include 320 who died near Donetsk and 89 near
    // Bakhmut, with 154 bodies from morgues"), of the same kind when it names none.
    const partList = f.part ? null : listContinues(low, figures, idx, lex);
    if (partList?.part && (f.category === null || f.category === partList.category || partList.colonPart)) {
      f.part = true;
      if (partList.colonPart) f.colonPart = true;
    }
    // A part that names no kind is of its total's kind ("Of them, 320 died near Donetsk": bodies).
    const partKind = f.category === null && f.part ? (partList?.category ?? drafts[drafts.length - 1]?.category ?? previous[previous.length - 1]?.category ?? null) : null;
    if (!figureIsTransfer(low, partKind ? { ...f, category: partKind } : f, at, transfers, blockers, lex)) return;
    let category = f.category;
    if (category === null) {
      // A bare figure needs a verb of handing over next to it and a category from its sentence or the one before.
      const listed = listContinues(low, figures, idx, lex);
      // "…, bringing the total to 6,000": a bare figure right after a total word, in a sentence that
      // already holds a handover, is that handover's running total.
      const runningTotal = drafts.length > 0 && cumulative.some((m) => m.end <= at && at - m.end < 25 && lex.nextClause.test(low.slice(figures[idx - 1]?.end ?? 0, m.start)));
      const verbNear =
        runningTotal ||
        listed !== null ||
        partKind !== null ||
        [...gives, ...receives].some((v) => (v.end <= at && at - v.end < 30) || (v.start >= f.end && v.start - f.end < 25)) ||
        transfers.some((v) => v.start >= f.end && v.start - f.end < 25) ||
        f.inReturn ||
        f.swapWith !== null;
      if (!verbNear) return;
      category =
        partKind ?? listed?.category ?? drafts[drafts.length - 1]?.category ?? sentenceCategory ?? nounCategory(low, lex, ctx) ?? previous[previous.length - 1]?.category ?? null;
      // "по формуле «200 на 200»": a swap formula that names nobody counts people in general.
      if (category === null && f.swapWith !== null) category = 'mixed';
      if (category === null) return;
      f.category = category; // later items of the same list read it
      if (listed?.part) f.part = true;
      if (!listed && previous.length > 0 && drafts.length === 0 && /^\s*(?:of (?:the|these|those)\b[^,]{0,30},)/u.test(low)) f.part = true;
    }

    // "12 soldados ucranianos e 14 civis": an item joined to the one before by a list word alone is of the same side.
    const before = figures[idx - 1];
    if (!f.nationality && before?.nationality && before.category !== null && !f.inReturn && listJoined(low.slice(before.end, f.n.qualStart), lex)) f.nationality = before.nationality;
    // Direction: whose people, then verb frames, then the document's sides.
    let to: PartySlug | null = f.nationality;
    let from: PartySlug | null = null;
    let confidence = 0.8;
    // "Україні передали тисячу тіл": a party in the dative next to the verb receives.
    const dativeTo = lex.dative ? datives(low, gives.filter((v) => v.start >= cs), parties, at, lex) : null;
    // The dative object of a verb of giving is no subject of the next verb ("Россия передала Украине … и получила 38");
    // a dative elsewhere may be one ("Украине удалось вернуть").
    // (A table may mark the recipient itself with an empty match after its name: that dative is the one meant.)
    const objects = withOfficials(parties.filter((p) => !lex.dative?.test(low.slice(p.start, p.end)) || p.party !== dativeTo), officials);
    let giver = subjectOf(low, gives, at, objects, cs, lex);
    let receiver = subjectOf(low, receives, at, withOfficials(parties, officials), cs, lex);
    const receiveVerb = [...receives].reverse().find((v) => v.end <= at && at - v.end < 80 && v.start >= cs - 60);
    if (receiver !== null && receiver === dativeTo && receiveVerb && receiveVerb.end > receiveVerb.start) receiver = subjectOf(low, receives, at, objects, cs, lex);
    if (!giver && !receiver && lex.anaphorBefore) {
      // "…that their forces released 20 civilians", "it freed 6": a pronoun right before the verb is the
      // side named last before it in the sentence, else the first side of the last sentence naming one.
      const verbs = [...gives.map((v) => ({ ...v, give: true })), ...receives.map((v) => ({ ...v, give: false }))];
      const verb = verbs.filter((v) => v.end <= at && at - v.end < 80 && v.start >= cs && v.end > v.start).sort((a, b) => b.end - a.end)[0];
      const lead = verb ? lex.anaphorBefore.exec(low.slice(Math.max(0, verb.start - 40), verb.start)) : null;
      if (verb && lead) {
        const leadAt = Math.max(0, verb.start - 40) + lead.index;
        const side = [...parties].reverse().find((p) => p.end <= leadAt && isBelligerent(p.party))?.party ?? antecedent();
        if (isBelligerent(side)) {
          if (verb.give) giver = side;
          else receiver = side;
        }
      }
    }
    if (!receiver && lex.toBefore) {
      // "В Україну повернули трьох дітей", "В Курскую область возвращаются 25 жителей": a destination
      // put before the verb of its clause receives.
      const dest = [...parties].reverse().find((p) => p.end <= at && p.start >= cs && lex.toBefore!.test(low.slice(Math.max(0, p.start - 16), p.start)));
      if (dest && dest.party !== giver && isBelligerent(dest.party)) receiver = dest.party;
    }
    if (giver && giver === receiver) {
      // "Russia handed over 1,000 bodies and received 31": one subject, two verbs; the nearer verb governs the figure.
      const near = (vs: Array<{ start: number; end: number }>): number => Math.min(...vs.filter((v) => v.end <= at).map((v) => at - v.end), Infinity);
      // "El Salvador repatriated 238 Venezuelans": a verb of either sense whose subject is not the people's own side sends them away.
      const sameVerb = near(receives) === near(gives);
      if (sameVerb && f.nationality && f.nationality !== giver && isBelligerent(f.nationality)) receiver = null;
      else if (near(receives) <= near(gives)) giver = null;
      else receiver = null;
    }
    if (!giver && !receiver && isBelligerent(homeSpeaker)) {
      // "'We have received the remains of eight fighters,' a Hezbollah official said": "we" before the verb is the speaker's side.
      const verbs = [...gives.map((v) => ({ ...v, give: true })), ...receives.map((v) => ({ ...v, give: false }))];
      const verb = verbs.filter((v) => v.end <= at && at - v.end < 80 && v.start >= cs).sort((a, b) => b.end - a.end)[0];
      const lead = verb ? low.slice(Math.max(cs, verb.start - 20), verb.start) : '';
      if (verb && lex.firstPerson.test(lead) && !parties.some((p) => p.start >= verb.start - 20 && p.start < verb.start)) {
        if (verb.give) giver = homeSpeaker;
        else receiver = homeSpeaker;
      }
    }
    if (giver && !receiver) {
      // "Україна повернула 7 017 тіл": a return verb with no recipient after it brings people home.
      const verb = [...gives].reverse().find((v) => v.end <= at && at - v.end < 80);
      if (verb && lex.ambiguousReturn.test(low.slice(verb.start, verb.end))) {
        const recipient = parties.find((p) => p.start >= verb.end && p.start - verb.end < 4 && p.party !== giver);
        const bringsHome = lex.table.ambiguousReturnTo !== 'home' || (giver === (homeSpeaker ?? ctx.home) && !f.nationality && category !== 'remains');
        // "Россия вернула 84 военнослужащих с территории Украины": returned from the other side, so got back.
        const source = partyAfter(low.slice(f.end, Math.min(ce, f.end + 70)), parties, f.end, lex.fromParty, lex.fromPartyAfter);
        if (!recipient && (bringsHome || (source !== null && source !== giver))) {
          receiver = giver;
          giver = null;
        }
      }
    }
    const afterNp = low.slice(f.end, Math.min(ce, f.end + 70));
    const toAfter = partyAfter(afterNp, parties, f.end, lex.toParty, lex.toPartyAfter);
    const fromAfter =
      heldBy(afterNp, parties, f.end, lex) ?? partyAfter(afterNp, parties, f.end, lex.fromParty, lex.fromPartyAfter) ?? captivityOf(afterNp, lex) ?? captivityOf(low.slice(Math.max(cs, at - 60), at), lex);
    if (!to) to = receiver ?? toAfter ?? dativeTo;
    if (!to && lex.home.test(afterNp.slice(0, 40))) to = homeSpeaker ?? ctx.home;
    from = giver ?? fromAfter;
    if (from && from === to) from = null;
    if (to && giver === to && !f.nationality) to = null;

    // "in exchange for 38", "received 24 in return": the reverse of the figure it answers.
    const prior = drafts[drafts.length - 1];
    if (f.inReturn && prior && prior.from && prior.to && !f.nationality && !receiver) {
      from = prior.to;
      to = prior.from;
    } else if (f.inReturn && prior && prior.to && to === prior.to && f.nationality === null) {
      from = prior.to;
      to = prior.from;
    } else if (f.returnAfter && !giver && !receiver && prior?.from && prior.to && !f.nationality) {
      // "… and handed over 41 bodies in exchange": no subject of its own, so the reverse of the figure before.
      from = prior.to;
      to = prior.from;
    }
    // "Russia had returned 7,000 bodies and offered to hand over 3,000 more": a figure with no side of
    // its own, after one of the same kind in the sentence, shares that figure's subject and direction.
    const sameSentence = drafts[drafts.length - 1];
    if (!to && !from && !f.part && !f.inReturn && !f.returnAfter && sameSentence?.from && sameSentence.to && !sameSentence.twoWay && sameSentence.category === category) {
      from = sameSentence.from;
      to = sameSentence.to;
    }
    // A plan word after this figure, past a comma or a conjunction and before the next figure, is the
    // next one's ("returned 7,000 and offered 3,000 more"); right after it, it is its own ("175 would be freed for 175").
    const nextAt = figures[idx + 1]?.n.qualStart ?? null;
    const ownPlans = nextAt === null ? plans : plans.filter((m) => m.start < f.end || m.start >= nextAt || !lex.nextClause.test(low.slice(f.end, m.start)));
    // "detainees it had held since the war": the held clause says how long, not that the figure is a running total.
    const heldTotals = heldSpan ? cumulative.filter((m) => m.start < heldSpan[0] || m.start >= heldSpan[1]) : cumulative;
    // "Russia returned 500 bodies, bringing the total to 6,000": a total word past a comma or a
    // conjunction and before the next figure is that figure's, the running total the handover brings.
    const ownTotals = nextAt === null ? heldTotals : heldTotals.filter((m) => m.start < f.end || !lex.nextClause.test(low.slice(f.end, Math.min(m.start, nextAt))));
    let kind = kindOf(at, f.end, cs, ce, ownPlans, ownTotals, low, lex);
    // "In both cases … 757 each": the figure repeats per occasion and goes the sentence's one way.
    const each = f.each && !lex.eachOccasion?.test(low);
    const exchangeVerb = lex.swap.test(low.slice(cs, ce));
    if (each) {
      const pair = to && from ? ([from, to] as [PartySlug, PartySlug]) : mainPair(ctx);
      if (pair) {
        drafts.push(draft(kind, category, f, pair[0], pair[1], at, confidence, ['each']));
        drafts.push(draft(kind, category, f, pair[1], pair[0], at, confidence, ['each']));
        return;
      }
    }
    if (!to && !from && f.swapWith !== null) {
      // "115 for 115": each figure is one side's; the first goes one way, its pair the other.
      const pair = mainPair(ctx);
      if (pair) {
        const first = f.swapWith > idx;
        drafts.push(draft(kind, category, f, first ? pair[0] : pair[1], first ? pair[1] : pair[0], at, 0.6, ['swap']));
        return;
      }
    }
    if (!to && !from && (category === 'hostages' || (category === 'detainees' && ctx.hostages))) {
      // Hostages come from the group that took them; the detainees traded for them go back to it.
      const taker = hostageTaker(ctx);
      if (taker) {
        from = category === 'hostages' ? taker : counterpart(taker, ctx);
        to = category === 'hostages' ? counterpart(taker, ctx) : taker;
      }
    }
    if (!to && !from && !f.part && !f.inReturn && !f.returnAfter && f.swapWith === null && !each) {
      // "Die Ukraine bestätigte die Rückkehr von 116 Gefangenen", "украинская сторона сообщила о возвращении
      // 42 военнопленных": a return just before a figure, in a sentence that names one side only, is that
      // side's people coming home, exchange word or not.
      const named = [...new Set(parties.map((p) => p.party).filter(isBelligerent))];
      const side = named.length === 1 ? named[0]! : named.length === 0 && isBelligerent(homeSpeaker) ? homeSpeaker : null;
      const returnBefore = side !== null && returnJustBefore(low, Math.max(cs, at - 40), at, lex);
      const partner = side ? counterpart(side, ctx) : null;
      // "…the return of 42 prisoners and two civilians": the next item of the list goes the same way.
      const head = drafts[drafts.length - 1];
      if (head?.flags.includes('direction-from-document') && listContinues(low, figures, idx, lex) !== null) {
        drafts.push(draft(kind, category, f, head.from, head.to, at, 0.5, ['direction-from-document']));
        return;
      }
      if (returnBefore && side && partner) {
        drafts.push(draft(kind, category, f, partner, side, at, 0.5, ['direction-from-document']));
        return;
      }
    }
    if (!to && !from && exchangeVerb && !f.part) {
      // "Russia and Ukraine exchanged 300 prisoners": a two-way total.
      const d = draft(kind, category, f, null, null, at, 0.6, ['two-way']);
      d.twoWay = true;
      drafts.push(d);
      return;
    }
    if (f.part) {
      const total = [...drafts].reverse().find((d) => d.partOf === null && !d.twoWay) ?? previous.filter((d) => d.partOf === null).at(-1);
      if (total) {
        // Hostages and the detainees traded for them go opposite ways: a part of the other kind keeps its
        // own direction. The dead among hostages ("195 captives, including 35 deceased") go their way.
        const otherSide = (category === 'hostages') !== (total.category === 'hostages') && category !== 'remains';
        if (!f.nationality && !otherSide) {
          to = total.to;
          from = total.from;
        }
        if (kind === 'event' && total.kind !== 'event') kind = total.kind;
        // "Among the freed were 20 National Guard members": people of a part are of the total's kind.
        if (f.people && category === 'mixed' && total.category !== 'mixed') category = total.category;
      }
    }
    if (!to && from) to = counterpart(from, ctx);
    if (to && !from) from = counterpart(to, ctx);
    if (!to && !from) {
      // No side named at all: reports are written from one side, whose people come home.
      const passiveHome = lex.comeBack.test(low);
      if (passiveHome && ctx.home) {
        to = homeSpeaker ?? ctx.home;
        from = counterpart(to, ctx);
        confidence = 0.5;
      } else confidence = 0.4;
    }
    // In a hostage deal, people handed over by the group that took them are hostages, and people
    // handed to it are the detainees traded for them ("13 Israelis … for 39 Palestinians").
    if (category === 'mixed' && f.people && ctx.hostages && !namesRemains(low, lex)) {
      const taker = hostageTaker(ctx);
      if (taker && from === taker) category = 'hostages';
      else if (taker && to === taker) category = 'detainees';
    }
    const d = draft(kind, category, f, from, to, at, confidence, []);
    if (f.part) d.flags.push('part');
    // The handover that brings a running total stays a handover (see runningTotalsBySentence).
    if (kind === 'event' && ownTotals.length < heldTotals.length && heldTotals.some((m) => m.start >= f.end)) d.flags.push('brings-total');
    drafts.push(d);
    if (f.part) d.partOf = findTotal(drafts, previous);
  });
  const same = sameNumberDraft(low, lex, ctx, drafts, previous, gives, receives, withOfficials(parties, officials));
  if (same) drafts.push(same);
  return drafts;
}

/**
 * "… released 195 people. Moscow released a similar number of Ukrainian fighters", "150 Ukrainian
 * soldiers for the same number of Russian ones": words that repeat the last figure are a handover of
 * as many, by the subject of their own verb or to the side their people belong to, else the way back.
 */
function sameNumberDraft(
  low: string,
  lex: CompiledTable,
  ctx: DocContext,
  drafts: Draft[],
  previous: Draft[],
  gives: Array<{ start: number; end: number }>,
  receives: Array<{ start: number; end: number }>,
  actors: PartyHit[],
): Draft | null {
  if (!lex.sameNumber) return null;
  lex.sameNumber.lastIndex = 0;
  const m = lex.sameNumber.exec(low);
  if (!m) return null;
  const at = m.index;
  // The figure repeated is a whole, not a part of one ("84 … : 33 servicemen and 51 civilians. Russia got back the same number").
  const whole = (d: Draft): boolean => d.value !== null && d.figure !== null && !d.twoWay && d.partOf === null && !d.flags.includes('part');
  const base = [...drafts].reverse().find((d) => d.at < at && whole(d)) ?? (drafts.length === 0 ? [...previous].reverse().find(whole) : undefined);
  if (!base || !base.figure || !base.from || !base.to) return null;
  const giver = subjectOf(low, gives, at, actors, 0, lex);
  const receiver = subjectOf(low, receives, at, actors, 0, lex);
  const tail = low.slice(m.index + m[0].length, m.index + m[0].length + 60);
  const owner = lex.nationalityHits(tail).map((h) => lex.nationalityNamed(h.text)).find(Boolean) ?? null;
  let from: PartySlug | null;
  let to: PartySlug | null;
  if (giver && giver !== base.from) [from, to] = [giver, owner && owner !== giver ? owner : counterpart(giver, ctx)];
  else if (receiver && receiver !== base.to) [from, to] = [counterpart(receiver, ctx), receiver];
  else if (owner && owner !== base.to) [from, to] = [counterpart(owner, ctx), owner];
  else [from, to] = [base.to, base.from];
  if (!from || !to || from === to) return null;
  if ([...drafts, ...previous].some((d) => d.value === base.value && d.from === from && d.to === to)) return null;
  const f = base.figure;
  const figure: Figure = { ...f, n: { ...f.n, start: at, end: at + m[0].length, qualStart: at }, end: at + m[0].length, part: false, inReturn: false, returnAfter: false, each: false, swapWith: null };
  return draft(base.kind, base.category, figure, from, to, at, 0.6, ['same-number']);
}

/** The first category noun anywhere in a sentence ("обмен военнопленными по формуле 95 на 95"). */
export function nounCategory(low: string, lex: CompiledTable, ctx: DocContext): Category | null {
  const words = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
  for (let m = words.exec(low); m; m = words.exec(low)) {
    const noun = lex.nouns.find(([re]) => re.test(low.slice(m!.index)));
    if (!noun) continue;
    const c = noun[1];
    if (c === 'people') continue;
    return c === 'prisoners' ? (ctx.detainees ? 'detainees' : 'pow') : c === 'captives' ? (ctx.hostages ? 'hostages' : 'pow') : c;
  }
  return null;
}

/** Whether a sentence speaks of the dead anywhere ("the return of the deceased, including … 360 Palestinians"). */
function namesRemains(low: string, lex: CompiledTable): boolean {
  const words = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
  for (let m = words.exec(low); m; m = words.exec(low)) {
    if (lex.nouns.some(([re, c]) => c === 'remains' && re.test(low.slice(m!.index)))) return true;
  }
  return false;
}

/** "320 defenders … and 89 in the Bakhmut sector": a bare figure continuing a list takes its head's noun. */
function listContinues(low: string, figures: Figure[], idx: number, lex: CompiledTable): Figure | null {
  for (let j = idx - 1; j >= 0; j--) {
    const prev = figures[j]!;
    if (prev.category === null) continue;
    const gap = low.slice(prev.end, figures[idx]!.n.qualStart);
    if (gap.length < 90 && lex.listJoiner.test(gap) && !/[.!?]/.test(gap)) return prev;
    return null;
  }
  return null;
}

function draft(kind: ClaimKind, category: Category, f: Figure, from: PartySlug | null, to: PartySlug | null, at: number, confidence: number, flags: string[]): Draft {
  return { kind, category, wounded: f.wounded, from, to, value: f.n.value, figure: f, twoWay: false, partOf: null, at, confidence, flags: [...flags] };
}

/** The total a part belongs to: the last draft before it that is no part, in its sentence or else the one in view. */
function findTotal(drafts: Draft[], previous: Draft[]): DraftRef | null {
  for (let i = drafts.length - 2; i >= 0; i--) if (drafts[i]!.partOf === null && !drafts[i]!.flags.includes('part')) return { inView: false, index: i };
  for (let i = previous.length - 1; i >= 0; i--) if (!previous[i]!.flags.includes('part')) return { inView: true, index: i };
  return null;
}

function figureIsTransfer(
  low: string,
  f: Figure,
  at: number,
  transfers: Array<{ start: number; end: number }>,
  notTransfer: Array<{ start: number; end: number }>,
  lex: CompiledTable,
): boolean {
  const dist = (m: { start: number; end: number }): number => (m.end <= at ? at - m.end : m.start >= f.end ? m.start - f.end : 0);
  const nearestTransfer = Math.min(...transfers.map(dist), Infinity);
  const blocking = notTransfer.filter((m) => {
    // Inside the noun phrase ("200 captured soldiers") the word describes the people, it does not block them.
    if (m.start >= at && m.end <= f.end) return false;
    // Bodies are of the killed: those words describe them, they do not block them.
    if (f.category === 'remains' && lex.deathWord.test(low.slice(m.start, m.end))) return false;
    // A part of a handover is described after it ("51 civilians, some of whom had been held since 2014").
    if (f.part && m.start >= f.end) return false;
    return true;
  });
  const nearestBlock = Math.min(...blocking.map(dist), Infinity);
  // "It took place by the formula 200 for 200": a swap formula is an exchange by itself.
  if (nearestTransfer === Infinity && !f.part && f.swapWith === null) return false;
  return nearestBlock > 60 || nearestTransfer <= nearestBlock;
}

/** The party that is the subject of the nearest verb of a kind before the figure, within its clause. */
function subjectOf(low: string, verbs: Array<{ start: number; end: number }>, at: number, parties: PartyHit[], clauseStart: number, lex: CompiledTable): PartySlug | null {
  // A mark of a verb-final language stands for the verb after it: it does not reach past that verb.
  // A subject marked as such ("러시아는", "रूस ने") stays the subject of every verb after it.
  const reaches = (v: { start: number; end: number }): boolean =>
    v.start !== v.end || !lex.clauseVerbs || !verbBetween(low, v.end, at, lex.clauseVerbs) || (lex.agentBefore?.test(low.slice(Math.max(0, v.start - 12), v.start)) ?? false);
  const verb = [...verbs].reverse().find((v) => v.end <= at && at - v.end < 80 && v.start >= clauseStart - 60 && reaches(v));
  if (!verb) return null;
  // "received 1,000 bodies from Russia, and handed back 38": a prepositional object is no subject; the
  // subject is the party before it ("Russia handed over 1,000 bodies to Ukraine and received 24").
  const subject = [...parties]
    .reverse()
    .find(
      (p) =>
        p.end <= verb.start &&
        verb.start - p.end < 70 &&
        !lex.subjectBlocker.test(low.slice(Math.max(0, p.start - 12), p.start)) &&
        !lex.objectBefore.test(low.slice(Math.max(0, p.start - 16), p.start)) &&
        !lex.toBefore?.test(low.slice(Math.max(0, p.start - 16), p.start)),
    );
  return subject?.party ?? null;
}

function verbBetween(low: string, from: number, to: number, verbs: RegExp): boolean {
  verbs.lastIndex = 0;
  const m = verbs.exec(low.slice(from, to));
  return m !== null;
}

/** A party after a figure with a preposition before it ("to Ukraine"), or a postposition or case ending after it ("यूक्रेन को", "ウクライナに"). */
function partyAfter(afterNp: string, parties: PartyHit[], offset: number, marker: RegExp, markerAfter: RegExp | null = null): PartySlug | null {
  for (const p of parties) {
    const rel = p.start - offset;
    if (rel < 0 || rel > afterNp.length) continue;
    if (marker.test(afterNp.slice(Math.max(0, rel - 30), rel))) return p.party;
    if (markerAfter?.test(afterNp.slice(rel, rel + (p.end - p.start) + 16))) return p.party;
  }
  return null;
}

function heldRange(low: string, end: number, lex: CompiledTable): [number, number] | null {
  const tail = low.slice(end, end + 80);
  const m = lex.heldClause.exec(tail);
  if (!m) return null;
  return [end + m.index, end + m.index + m[0].length];
}

/** "16 civilians detained by Russia", "held in Ukraine": the holder is the side that hands them over. */
function heldBy(afterNp: string, parties: PartyHit[], offset: number, lex: CompiledTable): PartySlug | null {
  for (const p of parties) {
    const rel = p.start - offset;
    if (rel < 0 || rel > 60) continue;
    if (lex.heldBy.test(afterNp.slice(0, rel))) return p.party;
  }
  return null;
}

function datives(low: string, gives: Array<{ start: number; end: number }>, parties: PartyHit[], at: number, lex: CompiledTable): PartySlug | null {
  const verb = [...gives].reverse().find((v) => v.end <= at && at - v.end < 80);
  if (!verb) return null;
  const hit = parties.find(
    (p) => lex.dative!.test(low.slice(p.start, p.end)) && ((p.start >= verb.end && p.start - verb.end <= 2) || (p.end <= verb.start && verb.start - p.end <= 2)),
  );
  return hit?.party ?? null;
}

/** "from Russian captivity": the holder named by an adjective. */
function captivityOf(afterNp: string, lex: CompiledTable): PartySlug | null {
  const m = lex.captivityFrom.exec(afterNp);
  if (!m) return null;
  return lex.nationalityAt(m[1]!) ?? null;
}

function kindOf(
  at: number,
  end: number,
  cs: number,
  ce: number,
  plans: Array<{ start: number; end: number }>,
  cumulative: Array<{ start: number; end: number }>,
  low: string,
  lex: CompiledTable,
): ClaimKind {
  const inWindow = (m: { start: number; end: number }, before: number, after: number): boolean =>
    m.start >= Math.max(cs - 10, at - before) && m.start <= Math.min(ce, end + after);
  const planHit = plans.find((m) => inWindow(m, 90, 40));
  if (planHit) {
    // "managed to return", "agreements reached in Istanbul … were repatriated": past outcomes.
    const ctxBefore = low.slice(Math.max(0, planHit.start - 14), planHit.start);
    if (!lex.planDone?.test(ctxBefore)) return 'plan';
  }
  const totals = cumulative.filter((m) => inWindow(m, 120, 80) && !lex.superlative.test(low.slice(Math.max(0, m.start - 70), m.start)));
  if (totals.length === 0) return 'event';
  // "A total of 218 detainees were freed recently": a sum of one handover, not a running total.
  const weak = lex.weakTotal;
  if (weak && lex.eventMarker?.test(low) && totals.every((m) => weak.test(low.slice(m.start, m.end)))) return 'event';
  return 'cumulative';
}

/** A word of coming back between `from` and a figure at `at`, with no other figure or party between. */
function returnJustBefore(low: string, from: number, at: number, lex: CompiledTable): boolean {
  const window = low.slice(from, at);
  if (/\d/u.test(window)) return false;
  lex.comeBack.lastIndex = 0;
  return lex.comeBack.test(window);
}

/** Parties and the officials who act for them, in text order. */
function withOfficials(parties: PartyHit[], officials: PartyHit[]): PartyHit[] {
  if (officials.length === 0) return parties;
  return [...parties, ...officials.filter((o) => !parties.some((p) => p.start < o.end && o.start < p.end))].sort((a, b) => a.start - b.start);
}
