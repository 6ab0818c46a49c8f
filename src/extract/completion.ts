import type { Attribution, Category, Claim } from '../domain/index.js';
import { daySpan } from './dates.js';
import type { CompiledTable } from './lexicon.js';
import type { Pending } from './placement.js';
import type { DocSentence, SentenceReading } from './reading.js';

/**
 * Passes 4 and 5 of extraction (see README.md): what only the whole document tells (running totals,
 * confirmations, one mediator or one voice for the report, agreements), then one claim for a figure
 * stated twice. Each returns new pending claims; none changes what it is given.
 */

const copy = (p: Pending): Pending => ({ ...p, claim: { ...p.claim, flags: [...p.claim.flags], attribution: { ...p.claim.attribution } } });

/** Pass 4: document-level completion. */
export function completeDocument(
  placed: readonly Pending[],
  readings: readonly SentenceReading[],
  sentences: readonly DocSentence[],
  speakers: readonly Attribution[],
  lex: CompiledTable,
  publishedAt: string | null,
  lowText: string,
): Pending[] {
  const pending = oneSidedBreakdowns(runningTotalsBySentence(placed.map(copy)), sentences, lex);
  const mainEvents = pending.filter((p) => p.claim.kind === 'event' && !p.background && p.claim.count !== null);
  // A confirmation confirms a handover that happened: with none in the report, it takes nothing from a plan or a total.
  const main = (mainEvents.find((p) => p.ownDate) ?? mainEvents[0] ?? pending.find((p) => p.claim.kind === 'event'))?.claim;
  for (const r of readings) {
    if (!r.confirms || !r.speaker) continue;
    const { sentence } = sentences[r.index]!;
    pending.push({
      claim: {
        kind: 'confirmation',
        category: main?.category ?? 'mixed',
        from: main?.from ?? null,
        to: main?.to ?? null,
        count: null,
        date: main?.date ?? (publishedAt ? daySpan(publishedAt) : null),
        attribution: r.speaker,
        agreement: null,
        mediator: r.mediator,
        evidence: { sentence: sentence.text, start: sentence.start, end: sentence.end },
        wounded: false,
        partOf: null,
        twoWay: false,
        confidence: main ? 0.6 : 0.3,
        flags: main ? main.flags.filter((f) => f === 'date-from-publication') : publishedAt ? ['date-from-publication'] : [],
      },
      total: null,
      background: false,
      sentence: r.index,
      ownDate: false,
    });
  }
  const docMediator = readings.find((r) => r.mediator !== null)?.mediator ?? null;
  const mainDate = main?.date?.start ?? null;
  const claimVoices = new Map<string, Attribution>();
  for (const p of pending) if (p.claim.attribution.party) claimVoices.set(`${p.claim.attribution.speaker}|${p.claim.attribution.party}`, p.claim.attribution);
  // A report in one voice: the claims' own speaker, or else the only side that speaks anywhere near the exchange.
  const speakingParties = new Set(speakers.map((a) => a.party));
  const soleSpeaker =
    claimVoices.size === 1 ? [...claimVoices.values()][0]! : claimVoices.size === 0 && speakingParties.size === 1 ? speakers[0]! : null;
  const agreements = agreementsIn(lowText, lex);
  const agreementNear = (si: number): boolean =>
    [si - 1, si, si + 1].some((i) => lex.agreements.some(([re]) => re.test(sentences[i]?.low ?? '')));
  for (const p of pending) {
    const c = p.claim;
    if (!c.mediator && docMediator && !p.background && (c.date === null || c.date.start === mainDate)) c.mediator = docMediator;
    if (!c.attribution.party && soleSpeaker) c.attribution = soleSpeaker;
    const year = (c.date?.start ?? publishedAt ?? '').slice(0, 4);
    for (const slug of agreements) {
      if (slug.endsWith('2025') && year && year < '2025') continue;
      // A figure dated on its own, away from the main event, belongs to the agreement only if its sentence says so.
      if (p.ownDate && c.date?.start !== mainDate && !agreementNear(p.sentence)) continue;
      c.agreement = slug.replace('{year}', year || '').replace(/-$/, '');
      break;
    }
  }
  return pending;
}

/**
 * "Five officers and 17 servicemen were exchanged": a breakdown whose sentence names no side, in a
 * report whose every directed handover goes one way between the same two sides, counts that side's
 * returnees. It takes that direction, flagged and with lower confidence; so does a single figure of a
 * release ("Eight civilians were also released"), while a single figure of a swap ("180 people were
 * exchanged") may count both sides and keeps its own reading.
 */
function oneSidedBreakdowns(pending: Pending[], sentences: readonly DocSentence[], lex: CompiledTable): Pending[] {
  const directed = pending.filter((p) => p.claim.kind === 'event' && !p.background && p.claim.count !== null && p.claim.from !== null && p.claim.to !== null && !p.claim.twoWay);
  const ways = new Set(directed.map((p) => `${p.claim.from}>${p.claim.to}`));
  if (ways.size !== 1) return pending;
  const { from, to } = directed[0]!.claim;
  const open = (p: Pending): boolean => p.claim.kind === 'event' && !p.background && p.claim.count !== null && p.claim.from === null && p.claim.to === null;
  const bySentence = new Map<number, Pending[]>();
  for (const p of pending) if (open(p)) bySentence.set(p.sentence, [...(bySentence.get(p.sentence) ?? []), p]);
  for (const [si, list] of bySentence) {
    // A lone figure of a swap ("180 people were exchanged") may count both sides; one released or handed over counts one.
    if ((list.length < 2 && list.some((p) => p.claim.twoWay)) || pending.some((p) => p.sentence === si && !open(p))) continue;
    const low = sentences[si]?.low ?? '';
    if (lex.partyHits(low).length > 0 || lex.nationalityHits(low).length > 0) continue;
    for (const p of list) {
      p.claim.from = from;
      p.claim.to = to;
      p.claim.twoWay = false;
      p.claim.confidence = Math.min(p.claim.confidence, 0.5);
      p.claim.flags.push('direction-from-document');
    }
  }
  return pending;
}

/**
 * Running totals are stated together: "Russia returned over 11,000 bodies, while Ukraine returned
 * 201". Once one figure of a sentence reads as a running total, the other figures of its kind in
 * that sentence are running totals too, never a handover on the sentence's date.
 */
function runningTotalsBySentence(pending: Pending[]): Pending[] {
  const largestDayEvent = new Map<Category, number>();
  for (const p of pending) {
    const c = p.claim;
    if (c.kind === 'event' && c.count && c.date?.precision === 'day') largestDayEvent.set(c.category, Math.max(largestDayEvent.get(c.category) ?? 0, c.count.value));
  }
  const totalSentences = new Map<number, Set<Category>>();
  for (const p of pending) {
    const c = p.claim;
    // "Over 11,000 bodies in December": one handover rarely moves that many; it is a running total.
    if (c.kind === 'event' && c.count && c.count.value >= 5000 && c.date?.precision !== 'day' && c.count.value > 3 * (largestDayEvent.get(c.category) ?? 0)) {
      c.flags.push('probable-cumulative');
    }
    if (c.kind === 'cumulative' || c.flags.includes('probable-cumulative')) {
      const kinds = totalSentences.get(p.sentence) ?? new Set<Category>();
      kinds.add(c.category);
      totalSentences.set(p.sentence, kinds);
    }
  }
  for (const p of pending) {
    const c = p.claim;
    const kinds = totalSentences.get(p.sentence);
    if (!kinds?.has(c.category) || c.kind !== 'event' || p.total !== null || c.flags.includes('brings-total')) continue;
    // A figure with a day of its own in the sentence ("including 120 on Friday") is a handover.
    if (p.ownDate && c.date?.precision === 'day' && c.date.start === c.date.end) continue;
    c.kind = 'cumulative';
    if (!c.flags.includes('probable-cumulative')) c.flags.push('running-total-sentence');
  }
  return pending;
}

/** Agreements the document names next to a word of negotiation (a city alone is no agreement). */
export function agreementsIn(low: string, lex: CompiledTable): string[] {
  const found: string[] = [];
  for (const [re, slug] of lex.agreementsAll) {
    for (const m of low.matchAll(re)) {
      // A city name alone is not an agreement: it needs talks, a deal or agreements next to it.
      const around = low.slice(Math.max(0, m.index - 80), m.index + 80);
      if (lex.agreementContext.test(around)) {
        found.push(slug);
        break;
      }
    }
  }
  return found;
}

const undirected = (c: Claim): boolean => c.from === null && c.to === null && !c.twoWay;

/** Pass 5: drops a figure stated twice (headline and lead, or a repeated quote) and links parts to their totals. */
export function dedupe(given: readonly Pending[]): Claim[] {
  const pending = given.map(copy);
  const keep: number[] = [];
  const alias = new Map<number, number>();
  pending.forEach((p, i) => {
    const c = p.claim;
    const dup = keep.find((k) => {
      const o = pending[k]!.claim;
      // The same figure told as "prisoners" in one sentence and "people" in another is one claim.
      // A headline's "prisoners" is the body's "civilians" said loosely: the body names the category.
      const sameCategory = o.category === c.category || o.category === 'mixed' || c.category === 'mixed' || pending[k]!.sentence === 0;
      // A headline that names no side ("64 soldiers are back") is the body's figure with its sides left out.
      // A headline's "swap" makes its figure look two-way; the body says which way it went.
      const loose = (x: Pending): boolean => undirected(x.claim) || (x.claim.twoWay && x.sentence === 0);
      const sameDirection = (o.from === c.from && o.to === c.to && o.twoWay === c.twoWay) || loose(pending[k]!) || loose(p);
      return (
        o.kind === c.kind && sameCategory && sameDirection &&
        o.count?.value === c.count?.value && o.count?.qualifier === c.count?.qualifier &&
        (o.date === null || c.date === null || o.date.start === c.date.start || !p.ownDate || !pending[k]!.ownDate) &&
        (c.count !== null || o.attribution.party === c.attribution.party)
      );
    });
    if (dup === undefined) {
      keep.push(i);
      return;
    }
    alias.set(i, dup);
    const kept = pending[dup]!;
    if (!kept.ownDate && p.ownDate) {
      // A headline repeated by a dated body sentence: the body is the better witness.
      const earlier = kept.claim;
      kept.claim = { ...c, partOf: null, attribution: c.attribution.party ? c.attribution : earlier.attribution };
      kept.claim.mediator ??= earlier.mediator;
      kept.claim.agreement ??= earlier.agreement;
      kept.ownDate = true;
      kept.sentence = p.sentence;
      kept.background = p.background;
      if (kept.total === null) kept.total = p.total;
      return;
    }
    const o = kept.claim;
    if ((undirected(o) || o.twoWay) && !undirected(c) && !c.twoWay) {
      o.from = c.from;
      o.to = c.to;
      o.twoWay = c.twoWay;
    }
    if ((o.category === 'mixed' || pending[dup]!.sentence === 0) && c.category !== 'mixed') {
      o.category = c.category;
      o.wounded = c.wounded;
    }
    if (!o.attribution.party && c.attribution.party) o.attribution = c.attribution;
    o.mediator ??= c.mediator;
    o.agreement ??= c.agreement;
  });
  const position = new Map<number, number>();
  keep.forEach((k, pos) => position.set(k, pos));
  return keep.map((k) => {
    const p = pending[k]!;
    if (p.total !== null) {
      const t = alias.get(p.total) ?? p.total;
      p.claim.partOf = position.get(t) ?? null;
    }
    return p.claim;
  });
}
