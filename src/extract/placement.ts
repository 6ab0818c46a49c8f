import type { Claim, DateSpan } from '../domain/index.js';
import { countOf } from '../domain/index.js';
import type { Draft } from './claims.js';
import { isBelligerent } from './context.js';
import { daySpan, findDates, type DateMention } from './dates.js';
import type { CompiledTable } from './lexicon.js';
import type { DocSentence, SentenceReading } from './reading.js';

/**
 * Pass 3 of extraction (see README.md): every draft becomes a claim with its date, attribution,
 * mediator and evidence, and a part is linked to the claim of its total.
 */

/** A claim on its way out, with what the later passes need to know about where it came from. */
export interface Pending {
  claim: Claim;
  /** Position of this claim's total in the pending list, if it is a part. */
  total: number | null;
  background: boolean;
  sentence: number;
  /** The date came from the sentence itself rather than from context. */
  ownDate: boolean;
}

/** Claims of every reading, in reading order. `readings` are pass 2's; `sentences` pass 1's. */
export function placeClaims(
  readings: readonly SentenceReading[],
  sentences: readonly DocSentence[],
  lex: CompiledTable,
  publishedAt: string | null,
): Pending[] {
  const pending: Pending[] = [];
  /** For each sentence with drafts, the pending position of each draft (null: it counted no one). */
  const placed = new Map<number, Array<number | null>>();
  let leadDate: DateSpan | null = null;
  let unread = 0;
  for (const r of readings) {
    // "On the night of September 22, Ukraine exchanged prisoners with Russia." dates the figures after it.
    for (; unread < r.index && leadDate === null; unread++) leadDate = announcedDate(sentences[unread]!, lex, publishedAt);
    unread = Math.max(unread, r.index + 1);
    const { sentence, low } = sentences[r.index]!;
    const calendar: Array<[number, number]> = [];
    const dates = r.drafts.length === 0 ? [] : findDates(sentence.text, lex, publishedAt, calendar);
    const inCalendar = (d: Draft): boolean => d.figure !== null && calendar.some(([s, e]) => s <= d.figure!.n.start && d.figure!.n.end <= e);
    if (r.drafts.every(inCalendar)) {
      leadDate ??= announcedDate(sentences[r.index]!, lex, publishedAt);
      if (r.drafts.length === 0) continue;
    }
    const background = lex.background.test(low);
    const positions: Array<number | null> = [];
    placed.set(r.index, positions);
    for (const d of r.drafts) {
      // "on Friday, April 1": a number that chrono reads as part of a date counts no one.
      if (inCalendar(d)) {
        positions.push(null);
        continue;
      }
      const own = pickDate(d, dates);
      let date: DateSpan | null = own;
      let fromPublication = false;
      if (!date && d.kind === 'cumulative' && publishedAt) date = daySpan(publishedAt);
      if (!date && d.kind === 'event' && !background) date = leadDate ?? (publishedAt ? daySpan(publishedAt) : null);
      // The report's own day stands in for a day the text never gives: the handover was on or before it.
      if (!own && date !== null && publishedAt !== null && date.start === publishedAt && date.end === publishedAt && date !== leadDate) fromPublication = true;
      if (own && own.precision !== 'year' && d.kind === 'event' && !background && !leadDate) leadDate = own;
      const claim: Claim = {
        kind: d.kind,
        category: d.category,
        from: d.twoWay ? null : d.from,
        to: d.twoWay ? null : d.to,
        count: d.value === null ? null : countOf(d.value, d.figure?.n.qualifier ?? 'exact'),
        date,
        // "Our warriors are home": the author's side is the side that received them.
        attribution: r.firstPerson && !r.paragraphVoice && isBelligerent(d.to) ? { speaker: null, party: d.to } : (r.attribution ?? { speaker: null, party: null }),
        agreement: null,
        mediator: r.mediator,
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
      if (d.partOf) total = (d.partOf.inView ? (r.inView === null ? undefined : placed.get(r.inView)) : positions)?.[d.partOf.index] ?? null;
      positions.push(pending.length);
      pending.push({ claim, total, background, sentence: r.index, ownDate: own !== null });
    }
  }
  return pending;
}

/**
 * The day a sentence without figures says an exchange took place ("On September 22, the sides
 * exchanged prisoners"), or null: plans, background and periods ("since") date nothing, and neither
 * does a day after the report's own.
 */
export function announcedDate(s: DocSentence, lex: CompiledTable, publishedAt: string | null): DateSpan | null {
  if (!lex.swap.test(s.low) && !lex.transfer.test(s.low)) return null;
  if (lex.plan.test(s.low) || lex.background.test(s.low)) return null;
  const dates = findDates(s.sentence.text, lex, publishedAt, []);
  const days = dates.filter((m) => !m.since && !m.foreign && !m.yearOnly && m.span.precision === 'day');
  if (days.length !== 1) return null;
  const span = days[0]!.span;
  return publishedAt !== null && span.start > publishedAt ? null : span;
}

/** The date mention nearest a draft's figure that may date it. */
export function pickDate(d: Draft, dates: DateMention[]): DateSpan | null {
  // A year alone after a figure is most often another date's ("soldiers killed in 2014").
  const usable = dates.filter((m) => (!m.foreign || (d.kind === 'cumulative' && !m.since)) && !(m.yearOnly && m.start > d.at));
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
  // "The next swap will follow on Friday": a plan's weekday is the one to come.
  return d.kind === 'plan' && best.ahead ? best.ahead : best.span;
}
