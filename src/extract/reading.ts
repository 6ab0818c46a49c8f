import type { Attribution, Category, PartySlug } from '../domain/index.js';
import { findSpeaker } from './attribution.js';
import { type Draft, partiesIn, sentenceDrafts } from './claims.js';
import { counterpart, isBelligerent, type DocContext } from './context.js';
import { type Figure, readFigures } from './figures.js';
import { type CompiledTable, lowerCase } from './lexicon.js';
import { findNumbers } from './numbers.js';
import { type Sentence, splitSentences } from './sentences.js';

/**
 * Passes 1 and 2 of extraction (see README.md): the document cut into sentences that know whether
 * they are near an exchange, then each sentence read for its speaker, mediator and drafts of claims.
 */

/** A sentence of the document, lowercased, with where it stands relative to the exchange. */
export interface DocSentence {
  sentence: Sentence;
  low: string;
  /** Its paragraph names an exchange. */
  anchored: boolean;
  /** The paragraph before it names an exchange. */
  afterAnchor: boolean;
  /** The paragraph after it names an exchange. */
  beforeAnchor: boolean;
}

/** Pass 1: the sentences, and which paragraphs name an exchange (a word of the table's screen). */
export function segmentDocument(text: string, lex: CompiledTable): DocSentence[] {
  const sentences = splitSentences(text, lex);
  const lows = sentences.map((s) => lowerCase(s.text));
  const anchored = new Set<number>();
  lows.forEach((low, i) => {
    if (lex.screen.test(low)) anchored.add(sentences[i]!.paragraph);
  });
  return sentences.map((sentence, i) => ({
    sentence,
    low: lows[i]!,
    anchored: anchored.has(sentence.paragraph),
    afterAnchor: anchored.has(sentence.paragraph - 1),
    beforeAnchor: anchored.has(sentence.paragraph + 1),
  }));
}

/** What one sentence says, as read in pass 2. */
export interface SentenceReading {
  index: number;
  /** The speaker the sentence names, or the one a pronoun continues. */
  speaker: Attribution | null;
  /** Who the sentence's claims are attributed to: its speaker, its paragraph's, or the author of a first-person post. */
  attribution: Attribution | null;
  /** The attribution comes from first-person words alone ("our defenders are home"). */
  firstPerson: boolean;
  /** A speaker is in voice in the sentence's paragraph (its own, or one before it there). */
  paragraphVoice: boolean;
  mediator: string | null;
  /** Drafts of claims; empty for a sentence that only speaks or confirms. */
  drafts: Draft[];
  /** The sentence confirms the handover without a figure. */
  confirms: boolean;
  /** The sentence whose drafts were in view when this one was read (its parts may belong to them). */
  inView: number | null;
}

/** What reading carries from one sentence to the next. */
export interface ReadingCarry {
  lastSpeaker: Attribution | null;
  paragraphSpeaker: { paragraph: number; attribution: Attribution } | null;
  /** The last sentence with drafts, while it is in view, and how many sentences ago it was read. */
  inView: { index: number; drafts: Draft[] } | null;
  staleness: number;
  /** The last few sentences read (lowercased, latest first): where "it" and "they" find the side they stand for. */
  priorLows: readonly string[];
}

export const START: ReadingCarry = { lastSpeaker: null, paragraphSpeaker: null, inView: null, staleness: 0, priorLows: [] };

/** Everything pass 2 reads from a document. */
export interface DocumentReading {
  readings: SentenceReading[];
  /** Everyone who speaks near the exchange, in order, whether or not their sentence holds a figure. */
  speakers: Attribution[];
}

/** Pass 2: every sentence read in order, each step from the carry of the sentence before. */
export function readDocument(sentences: readonly DocSentence[], lex: CompiledTable, ctx: DocContext): DocumentReading {
  const readings: SentenceReading[] = [];
  const speakers: Attribution[] = [];
  let carry = START;
  for (const s of sentences) {
    const step = readSentence(s, carry, lex, ctx);
    carry = step.carry;
    if (step.spoke) speakers.push(step.spoke);
    if (step.reading) readings.push(step.reading);
  }
  return { readings, speakers };
}

/** One step of pass 2: a sentence read given what the sentences before it left in view. */
export function readSentence(
  s: DocSentence,
  before: ReadingCarry,
  lex: CompiledTable,
  ctx: DocContext,
): { reading: SentenceReading | null; carry: ReadingCarry; spoke: Attribution | null } {
  const { sentence, low } = s;
  const priorLows = [low, ...before.priorLows].slice(0, 3);
  const inViewDrafts = before.inView?.drafts ?? [];
  const paragraphSpeaker = before.paragraphSpeaker?.paragraph === sentence.paragraph ? before.paragraphSpeaker : null;
  const inTopic = s.anchored || s.afterAnchor || inViewDrafts.length > 0;
  // Speakers and mediators matter only near the exchange: paragraphs far from it are not read for them.
  const nearTopic = inTopic || s.beforeAnchor;
  const found = nearTopic ? findSpeaker(sentence.text, low, lex) : null;
  const speaker = found?.pronoun ? before.lastSpeaker : (found?.attribution ?? null);
  const spoke = found && !found.pronoun && found.attribution.party !== null ? found.attribution : null;
  const voiced: Pick<ReadingCarry, 'lastSpeaker' | 'paragraphSpeaker' | 'priorLows'> = speaker
    ? { lastSpeaker: speaker, paragraphSpeaker: { paragraph: sentence.paragraph, attribution: speaker }, priorLows }
    : { lastSpeaker: before.lastSpeaker, paragraphSpeaker, priorLows };
  const mediator = nearTopic ? mediatorIn(low, lex, ctx) : null;
  const silent = (carry: ReadingCarry): { reading: SentenceReading | null; carry: ReadingCarry; spoke: Attribution | null } => ({
    reading: mediator ? { ...emptyReading(sentence.index, speaker, mediator), inView: before.inView?.index ?? null } : null,
    carry,
    spoke,
  });

  // A sentence without a verb of handing over still counts when it breaks down the total before it
  // ("The remains include 320 …"): one of its figures is a part.
  let figures: Figure[] | null = null;
  // So does a swap formula ("It took place by the formula «200 for 200»"), an exchange by itself.
  const continuesTotal = (): boolean => (figures = readFigures(low, findNumbers(low, lex), lex, ctx)).some((f) => f.part || f.swapWith !== null);
  const swapFormula = (): boolean => (figures = readFigures(low, findNumbers(low, lex), lex, ctx)).some((f) => f.swapWith !== null);
  const relevant = inTopic && (lex.transfer.test(low) || (inViewDrafts.length > 0 ? continuesTotal() : swapFormula()));
  if (!relevant) {
    // A total stays in view for a couple of sentences ("…502 bodies. The HQ reported this. Of the fallen, 397 …").
    const staleness = before.staleness + 1;
    return silent({ ...voiced, inView: staleness > 2 ? null : before.inView, staleness });
  }
  figures ??= readFigures(low, findNumbers(low, lex), lex, ctx);
  // An official post speaks in the first person ("our defenders are home"): its author's side.
  const firstPerson = lex.firstPerson.test(low) && isBelligerent(ctx.home) ? { speaker: null, party: ctx.home } : null;
  const attribution = speaker ?? voiced.paragraphSpeaker?.attribution ?? firstPerson;
  const homeParty = isBelligerent(attribution?.party) ? attribution.party : null;
  // "…their forces released 20 civilians": the side a pronoun before a verb stands for, from the sentences before.
  const antecedent = (): PartySlug | null => {
    for (const prior of before.priorLows) {
      const side = partiesIn(prior, lex).find((p) => isBelligerent(p.party));
      if (side) return side.party;
    }
    return null;
  };
  const drafts = sentenceDrafts(low, figures, lex, ctx, homeParty, inViewDrafts, antecedent);
  let confirms = false;
  if (drafts.length === 0) {
    if (lex.confirm.test(low) && speaker) confirms = true;
    else if (lex.undisclosed.test(low)) {
      const d = undisclosedDraft(low, lex, ctx, homeParty);
      if (d) drafts.push(d);
    }
  }
  const reading: SentenceReading = {
    index: sentence.index,
    speaker,
    attribution,
    firstPerson: firstPerson !== null && !speaker,
    paragraphVoice: voiced.paragraphSpeaker !== null,
    mediator,
    drafts,
    confirms,
    inView: before.inView?.index ?? null,
  };
  // A sentence that only confirms, or says nothing countable, leaves the total before it in view.
  if (drafts.length === 0) return { reading: confirms || mediator ? reading : null, carry: { ...voiced, inView: before.inView, staleness: before.staleness }, spoke };
  return { reading, carry: { ...voiced, inView: { index: sentence.index, drafts }, staleness: 0 }, spoke };
}

function emptyReading(index: number, speaker: Attribution | null, mediator: string | null): SentenceReading {
  return { index, speaker, attribution: speaker, firstPerson: false, paragraphVoice: false, mediator, drafts: [], confirms: false, inView: null };
}

/** The mediator a sentence names next to a word of mediation ("mediated by the UAE"), if any. */
export function mediatorIn(low: string, lex: CompiledTable, ctx: DocContext): string | null {
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

/** "The number of prisoners released was not disclosed": an event without a figure. */
export function undisclosedDraft(low: string, lex: CompiledTable, ctx: DocContext, homeParty: PartySlug | null): Draft | null {
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
    nationality = lex.nationalityAt(prev) ?? lex.nationalityAt(words[i] ?? '') ?? null;
  }
  if (!category) return null;
  const parties = partiesIn(low, lex);
  const to = nationality ?? (parties.length === 0 ? homeParty : null);
  const from = to ? counterpart(to, ctx) : null;
  return { kind: 'event', category, wounded: false, from, to, value: null, figure: null, twoWay: false, partOf: null, at: 0, confidence: 0.4, flags: ['no-figure'] };
}
