import type { Attribution, Category, Claim, CleanDocument, DateSpan, PartySlug } from '../domain/index.js';
import { countOf } from '../domain/index.js';
import { findSpeaker } from './attribution.js';
import { counterpart, isBelligerent, lazyContext, type DocContext } from './context.js';
import { daySpan, findDates, type DateMention } from './dates.js';
import { type Figure, readFigures } from './figures.js';
import { type CompiledTable, lowerCase, screenAny, TABLES, tableFor } from './lexicon.js';

export { TABLES };
import { findNumbers } from './numbers.js';
import { type Sentence, splitSentences } from './sentences.js';
import { type ReadableText, readableText } from './script-text.js';
import { type Draft, partiesIn, sentenceDrafts } from './claims.js';


export interface ExtractOptions {
  /** Publication date (YYYY-MM-DD) that anchors relative dates; overrides the document's own. */
  publishedAt?: string | null;
  /** Language code that overrides detection. */
  language?: string;
}

interface Pending {
  claim: Claim;
  /** Position of this claim's total in `pending`, if it is a part. */
  total: number | null;
  background: boolean;
  sentence: number;
  /** The date came from the sentence itself rather than from context. */
  ownDate: boolean;
}

const TABLES_HAVE = (code: string): boolean => Object.hasOwn(TABLES, code);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real day between 1900 and 2100 ("2025-13-01" and "9999-12-31" anchor nothing). */
function isCalendarDay(s: string): boolean {
  if (!ISO_DAY.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s && s >= '1900-01-01' && s <= '2100-12-31';
}

/** Every claim a clean document makes about an exchange. Pure; never throws on any text. */
export function extractClaims(doc: CleanDocument, opts: ExtractOptions = {}): Claim[] {
  const original = doc.text ?? '';
  if (!original.trim()) return [];
  const language = opts.language ?? doc.language;
  // Unspaced scripts and other digits are read from a spaced, ASCII-digit copy; evidence points into the original.
  const view = readableText(original, language);
  if (view.text === original) return extractText(doc, original, language, opts);
  return inOriginal(extractText(doc, view.text, language, opts), original, view);
}

function extractText(doc: CleanDocument, text: string, language: string, opts: ExtractOptions): Claim[] {
  const lex = tableFor(language);
  // Most reports are about something else: a regular-expression screen keeps them cheap.
  const own = TABLES_HAVE(language);
  const lowText = lowerCase(text);
  if (!lex.screen.test(lowText) && (own || !screenAny(lowText))) return [];
  const published = opts.publishedAt ?? doc.publishedAt;
  const publishedAt = published && isCalendarDay(published) ? published : null;
  try {
    return run(text, lowText, lex, publishedAt);
  } catch (err) {
    // A bug must not lose the batch: report nothing for this text rather than throw.
    if (process.env.HANDOVER_DEBUG) throw err;
    return [];
  }
}

/** Claims read from a copy of `original`, with their evidence moved back to the original text. */
function inOriginal(claims: Claim[], original: string, view: ReadableText): Claim[] {
  for (const c of claims) {
    const start = view.original(c.evidence.start);
    const end = Math.max(start, view.original(c.evidence.end));
    const raw = original.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    c.evidence = { sentence: raw.trim(), start: start + lead, end: start + lead + raw.trim().length };
  }
  return claims;
}

function run(text: string, lowText: string, lex: CompiledTable, publishedAt: string | null): Claim[] {
  if (!mayClaim(lowText, lex)) return [];
  const sentences = splitSentences(text, lex);
  const lows = sentences.map((s) => lowerCase(s.text));
  const ctx = lazyContext(lowText, lex);
  // A sentence speaks of an exchange when it, or the sentence before it in its paragraph, names one.
  const anchoredParagraphs = new Set<number>();
  lows.forEach((low, i) => {
    if (lex.screen.test(low)) anchoredParagraphs.add(sentences[i]!.paragraph);
  });
  const pending: Pending[] = [];
  /** Everyone who speaks near the exchange, in order, whether or not their sentence holds a figure. */
  const docSpeakers: Attribution[] = [];
  const confirmations: Array<{ sentence: Sentence; attribution: Attribution; low: string }> = [];
  const mediatorsBySentence = new Map<number, string>();
  let lastSpeaker: Attribution | null = null;
  let paragraphSpeaker: { paragraph: number; attribution: Attribution } | null = null;
  let previous: Draft[] = [];
  let previousPending: number[] = [];
  let previousParagraph = -1;
  let staleness = 0;
  let leadDate: DateSpan | null = null;

  sentences.forEach((sentence, si) => {
    const low = lows[si]!;
    if (sentence.paragraph !== previousParagraph) {
      if (paragraphSpeaker && paragraphSpeaker.paragraph !== sentence.paragraph) paragraphSpeaker = null;
      previousParagraph = sentence.paragraph;
    }
    const inTopic =
      anchoredParagraphs.has(sentence.paragraph) || anchoredParagraphs.has(sentence.paragraph - 1) || previous.length > 0;
    // Speakers and mediators matter only near the exchange: paragraphs far from it are not read for them.
    const nearTopic = inTopic || anchoredParagraphs.has(sentence.paragraph + 1);
    const found = nearTopic ? findSpeaker(sentence.text, low, lex) : null;
    let speaker: Attribution | null = null;
    if (found?.pronoun) speaker = lastSpeaker;
    else if (found) speaker = found.attribution;
    if (found && !found.pronoun && found.attribution.party !== null) docSpeakers.push(found.attribution);
    if (speaker) {
      lastSpeaker = speaker;
      paragraphSpeaker = { paragraph: sentence.paragraph, attribution: speaker };
    }
    const mediator = nearTopic ? mediatorIn(low, lex, ctx) : null;
    if (mediator) mediatorsBySentence.set(si, mediator);

    // A sentence without a verb of handing over still counts when it breaks down the total before it
    // ("The remains include 320 …"): one of its figures is a part.
    let figures: Figure[] | null = null;
    const continuesTotal = (): boolean => (figures = readFigures(low, findNumbers(low, lex), lex, ctx)).some((f) => f.part);
    const relevant = inTopic && (lex.transfer.test(low) || (previous.length > 0 && continuesTotal()));
    if (!relevant) {
      // A total stays in view for a couple of sentences ("…502 bodies. The HQ reported this. Of the fallen, 397 …").
      if (++staleness > 2) {
        previous = [];
        previousPending = [];
      }
      return;
    }
    figures ??= readFigures(low, findNumbers(low, lex), lex, ctx);
    // An official post speaks in the first person ("our defenders are home"): its author's side.
    const firstPerson = lex.firstPerson.test(low) && isBelligerent(ctx.home) ? { speaker: null, party: ctx.home } : null;
    const firstPersonSentence = firstPerson !== null && !speaker;
    const attribution = speaker ?? paragraphSpeaker?.attribution ?? firstPerson;
    const homeParty = isBelligerent(attribution?.party) ? attribution.party : null;
    const drafts = sentenceDrafts(low, figures, lex, ctx, homeParty, previous);
    if (drafts.length === 0) {
      if (lex.confirm.test(low) && speaker) confirmations.push({ sentence, attribution: speaker, low });
      else if (lex.undisclosed.test(low)) {
        const d = undisclosedDraft(low, lex, ctx, homeParty);
        if (d) drafts.push(d);
      }
      if (drafts.length === 0) return;
    }
    const calendar: Array<[number, number]> = [];
    const dates = findDates(sentence.text, lex, publishedAt, calendar);
    const background = lex.background.test(low);
    const indices: number[] = [];
    for (const d of drafts) {
      // "on Friday, April 1": a number that chrono reads as part of a date counts no one.
      if (d.figure && calendar.some(([s, e]) => s <= d.figure!.n.start && d.figure!.n.end <= e)) {
        indices.push(-1);
        continue;
      }
      const own = pickDate(d, dates);
      let date: DateSpan | null = own;
      let fromPublication = false;
      if (!date && d.kind === 'cumulative' && publishedAt) date = daySpan(publishedAt);
      if (!date && d.kind === 'event' && !background) date = leadDate ?? (publishedAt ? daySpan(publishedAt) : null);
      // The report's own day stands in for a day the text never gives: the handover was on or before it.
      if (!own && date !== null && publishedAt !== null && date.start === publishedAt && date.end === publishedAt && date !== leadDate) fromPublication = true;
      if (own && d.kind === 'event' && !background && !leadDate) leadDate = own;
      const claim: Claim = {
        kind: d.kind,
        category: d.category,
        from: d.twoWay ? null : d.from,
        to: d.twoWay ? null : d.to,
        count: d.value === null ? null : countOf(d.value, d.figure?.n.qualifier ?? 'exact'),
        date,
        // "Our warriors are home": the author's side is the side that received them.
        attribution:
          firstPersonSentence && !paragraphSpeaker && isBelligerent(d.to) ? { speaker: null, party: d.to } : (attribution ?? { speaker: null, party: null }),
        agreement: null,
        mediator: mediator ?? null,
        evidence: { sentence: sentence.text, start: sentence.start, end: sentence.end },
        wounded: d.wounded,
        partOf: null,
        twoWay: d.twoWay,
        confidence: d.confidence,
        flags: d.flags.filter((f) => f !== 'part'),
      };
      if (background) claim.flags.push('background');
      if (!own && date) claim.flags.push('date-from-context');
      if (fromPublication) claim.flags.push('date-from-publication');
      // "Since June 2025, 8,000 bodies…": the running total starts where the text says, not at its as-of date.
      const since = dates.find((m) => m.since);
      if (since) claim.flags.push(`since:${since.span.precision === 'year' ? since.span.start.slice(0, 4) : since.span.precision === 'month' ? since.span.start.slice(0, 7) : since.span.start}`);
      let total: number | null = null;
      if (d.partOfLocal !== null) {
        total = d.partOfLocal >= 0 ? (indices[d.partOfLocal] ?? null) : (previousPending[previousPending.length + d.partOfLocal] ?? null);
        if (total !== null && total < 0) total = null;
      }
      indices.push(pending.length);
      pending.push({ claim, total, background, sentence: si, ownDate: own !== null });
    }
    previous = drafts;
    previousPending = indices;
    staleness = 0;
  });

  completeDocument(pending, confirmations, mediatorsBySentence, lex, publishedAt, lowText, lows, docSpeakers);
  return finish(pending);
}

/** Document-level completion: mediators, agreements, single-voice attribution, confirmations. */
function completeDocument(
  pending: Pending[],
  confirmations: Array<{ sentence: Sentence; attribution: Attribution; low: string }>,
  mediators: Map<number, string>,
  lex: CompiledTable,
  publishedAt: string | null,
  lowText: string,
  lows: readonly string[],
  docSpeakers: Attribution[] = [],
): void {
  runningTotalsBySentence(pending);
  const mainEvents = pending.filter((p) => p.claim.kind === 'event' && !p.background && p.claim.count !== null);
  const main = (mainEvents.find((p) => p.ownDate) ?? mainEvents[0] ?? pending[0])?.claim;
  for (const c of confirmations) {
    pending.push({
      claim: {
        kind: 'confirmation',
        category: main?.category ?? 'mixed',
        from: main?.from ?? null,
        to: main?.to ?? null,
        count: null,
        date: main?.date ?? (publishedAt ? daySpan(publishedAt) : null),
        attribution: c.attribution,
        agreement: null,
        mediator: mediators.get(c.sentence.index) ?? null,
        evidence: { sentence: c.sentence.text, start: c.sentence.start, end: c.sentence.end },
        wounded: false,
        partOf: null,
        twoWay: false,
        confidence: main ? 0.6 : 0.3,
        flags: main ? main.flags.filter((f) => f === 'date-from-publication') : publishedAt ? ['date-from-publication'] : [],
      },
      total: null,
      background: false,
      sentence: c.sentence.index,
      ownDate: false,
    });
  }
  const docMediator = [...mediators.values()][0] ?? null;
  const mainDate = main?.date?.start ?? null;
  const speakers = new Map<string, Attribution>();
  for (const p of pending) if (p.claim.attribution.party) speakers.set(`${p.claim.attribution.speaker}|${p.claim.attribution.party}`, p.claim.attribution);
  // A report in one voice: the claims' own speaker, or else the only side that speaks anywhere near the exchange.
  const speakingParties = new Set(docSpeakers.map((a) => a.party));
  const soleSpeaker =
    speakers.size === 1 ? [...speakers.values()][0]! : speakers.size === 0 && speakingParties.size === 1 ? docSpeakers[0]! : null;
  const agreements = agreementsIn(lowText, lex);
  const agreementNear = (si: number): boolean =>
    [si - 1, si, si + 1].some((i) => lex.agreements.some(([re]) => re.test(lows[i] ?? '')));
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
}

/**
 * Running totals are stated together: "Russia returned over 11,000 bodies, while Ukraine returned
 * 201". Once one figure of a sentence reads as a running total, the other figures of its kind in
 * that sentence are running totals too, never a handover on the sentence's date.
 */
function runningTotalsBySentence(pending: Pending[]): void {
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
    if (!kinds?.has(c.category) || c.kind !== 'event' || p.total !== null) continue;
    // A figure with a day of its own in the sentence ("including 120 on Friday") is a handover.
    if (p.ownDate && c.date?.precision === 'day' && c.date.start === c.date.end) continue;
    c.kind = 'cumulative';
    if (!c.flags.includes('probable-cumulative')) c.flags.push('running-total-sentence');
  }
}

const undirected = (c: Claim): boolean => c.from === null && c.to === null && !c.twoWay;

/** Drops a figure stated twice (headline and lead, or a repeated quote) and fixes part links. */
function finish(pending: Pending[]): Claim[] {
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

function pickDate(d: Draft, dates: DateMention[]): DateSpan | null {
  const usable = dates.filter((m) => !m.foreign || (d.kind === 'cumulative' && !m.since));
  if (usable.length === 0) return null;
  let best = usable[0]!;
  let bestGap = Infinity;
  for (const m of usable) {
    const gap = m.end <= d.at ? d.at - m.end : m.start - d.at;
    if (Math.abs(gap) < bestGap) {
      best = m;
      bestGap = Math.abs(gap);
    }
  }
  return best.span;
}

function mediatorIn(low: string, lex: CompiledTable, ctx: DocContext): string | null {
  // A mediator counts only next to a word of mediation; most sentences have none.
  if (!lex.mediation.test(low)) return null;
  for (const [re, slug] of lex.mediators) {
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) {
      if (ctx.counts.has(slug) || (slug === 'saudi-arabia' && ctx.counts.has('saudi-led-coalition'))) continue;
      const around = low.slice(Math.max(0, m.index - 60), m.index + m[0].length + 40);
      if (lex.mediation.test(around)) return slug;
    }
  }
  return null;
}

function agreementsIn(low: string, lex: CompiledTable): string[] {
  const found: string[] = [];
  for (const [re, slug] of lex.agreementsAll) {
    for (const m of low.matchAll(re)) {
      // A city name alone is not an agreement: it needs talks, a deal or agreements next to it.
      const around = low.slice(Math.max(0, m.index - 80), m.index + 80);
      if (/agree|talks|deal|accord|arrangement|negotiat|memorandum|round|договор|соглаш|переговор|домовлен|угод|перемовин/iu.test(around) || lex.agreementContext?.test(around)) {
        found.push(slug);
        break;
      }
    }
  }
  return found;
}

/** "The number of prisoners released was not disclosed": an event without a figure. */
function undisclosedDraft(low: string, lex: CompiledTable, ctx: DocContext, homeParty: PartySlug | null): Draft | null {
  if (lex.notTransfer.test(low)) {
    lex.notTransfer.lastIndex = 0;
    return null;
  }
  lex.notTransfer.lastIndex = 0;
  let category: Category | null = null;
  let nationality: PartySlug | null = null;
  const words = low.split(/[^\p{L}\p{M}'’-]+/u);
  for (let i = 0; i < words.length && !category; i++) {
    const rest = words.slice(i).join(' ');
    const noun = lex.nouns.find(([re]) => re.test(rest));
    if (!noun) continue;
    const c = noun[1];
    category = c === 'people' ? 'mixed' : c === 'prisoners' ? (ctx.detainees ? 'detainees' : 'pow') : c === 'captives' ? (ctx.hostages ? 'hostages' : 'pow') : c;
    const prev = words[i - 1] ?? '';
    nationality = lex.nationalities.find(([re]) => re.test(prev))?.[1] ?? lex.nationalities.find(([re]) => re.test(words[i] ?? ''))?.[1] ?? null;
  }
  if (!category) return null;
  const parties = partiesIn(low, lex);
  const to = nationality ?? (parties.length === 0 ? homeParty : null);
  const from = to ? counterpart(to, ctx) : null;
  return { kind: 'event', category, wounded: false, from, to, value: null, figure: null, twoWay: false, partOfLocal: null, at: 0, confidence: 0.4, flags: ['no-figure'] };
}

/**
 * Whether any paragraph can yield a claim: every claim needs a sentence that names a transfer in a
 * paragraph that names an exchange, or just after one (see `relevant` in run). Paragraphs are tested
 * whole, which is a superset of testing their sentences, so this drops no claim; it spares the
 * sentence, context and date stages on the many reports that mention prisoners or bodies in passing.
 */
function mayClaim(text: string, lex: CompiledTable): boolean {
  let anchoredBefore = false;
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const low = m[0];
    if (!low.trim()) continue;
    const anchored = lex.screen.test(low);
    if ((anchored || anchoredBefore) && lex.transfer.test(low)) return true;
    anchoredBefore = anchored;
  }
  return false;
}

