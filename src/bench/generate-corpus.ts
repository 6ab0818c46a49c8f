import { exchangeFacts, exchangeSentences, TEXT_CHROME, THEATRE_COUNT, type ExchangeFacts } from './exchange-templates.js';
import { cap, fill, genericSlots } from './fill.js';
import { FILLER, NEWS, NEWS_TOPICS, type NewsTopic } from './news-templates.js';
import { createRng, deriveSeed, type Rng } from './prng.js';

/**
 * A deterministic corpus of English reports: item i depends only on (seed, i), so a corpus can be produced
 * in batches, in any order, and be the same on every machine.
 */

export type ReportTopic = 'exchange' | NewsTopic;

export interface Article {
  topic: ReportTopic;
  headline: string;
  paragraphs: string[];
}

export interface Report {
  index: number;
  topic: ReportTopic;
  aboutExchange: boolean;
  text: string;
}

export interface ArticleOptions {
  /** Approximate length of the body in characters. */
  targetChars: number;
  /** Include sentences that merely look like handovers ("residents returned to their homes"). */
  hardNegatives: boolean;
}

/** Exactly one report in ten is about an exchange, spread evenly through the corpus. */
export const isExchangeIndex = (seed: number, index: number): boolean => index % 10 === (seed >>> 0) % 10;

/** Groups sentences into paragraphs of one to four sentences until the article is long enough. */
function paragraphsOf(rng: Rng, sentences: () => string, first: string[], targetChars: number): string[] {
  const paragraphs: string[] = [];
  let length = 0;
  if (first.length > 0) {
    const p = first.join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  while (length < targetChars) {
    const size = rng.int(1, 4);
    const parts: string[] = [];
    for (let i = 0; i < size && length < targetChars; i++) {
      const s = sentences();
      parts.push(s);
      length += s.length + 1;
    }
    paragraphs.push(parts.join(' '));
    length += 1;
  }
  return paragraphs;
}

/** A stream of sentences from a list, reshuffled each time it runs out. */
function cycle(rng: Rng, items: readonly string[]): () => string {
  let queue: string[] = [];
  return () => {
    if (queue.length === 0) queue = rng.shuffle(items);
    return queue.pop() as string;
  };
}

export function newsArticle(rng: Rng, topic: NewsTopic, opts: ArticleOptions): Article {
  const t = NEWS[topic];
  const generic = genericSlots(rng);
  const pool = [...t.sentences, ...FILLER.slice(0, 3)];
  if (opts.hardNegatives) for (const h of t.hard) if (rng.chance(0.4)) pool.push(h);
  const next = cycle(rng, pool);
  // A second topic now and then, as in a news roundup.
  const other = rng.chance(0.25) ? cycle(rng, NEWS[rng.pick(NEWS_TOPICS)].sentences) : null;
  const sentence = (): string => cap(fill(rng, other && rng.chance(0.2) ? other() : next(), {}, generic));
  return {
    topic,
    headline: cap(fill(rng, rng.pick(t.headlines), {}, generic)),
    paragraphs: paragraphsOf(rng, sentence, [], opts.targetChars),
  };
}

export function exchangeArticle(rng: Rng, opts: ArticleOptions, about?: { facts: ExchangeFacts; published: string }): Article {
  const s = exchangeSentences(rng, about);
  const generic = genericSlots(rng);
  const body = s.body.slice();
  const context = cycle(rng, s.russiaUkraine ? [...NEWS.war.sentences, ...NEWS.politics.sentences.slice(5, 9), ...FILLER] : [...NEWS.politics.sentences, ...FILLER]);
  const sentence = (): string => body.shift() ?? cap(fill(rng, context(), {}, generic));
  const paragraphs = paragraphsOf(rng, sentence, s.lead, opts.targetChars);
  // Page copies often repeat the lead and keep stray page furniture.
  if (rng.chance(0.1) && paragraphs[0] !== undefined) paragraphs.splice(1, 0, paragraphs[0]);
  if (rng.chance(0.2)) paragraphs.splice(rng.int(1, paragraphs.length), 0, rng.pick(TEXT_CHROME));
  return { topic: 'exchange', headline: s.headline, paragraphs };
}

export function articleFor(seed: number, index: number, opts: ArticleOptions): Article {
  const rng = createRng(deriveSeed(seed, index));
  return isExchangeIndex(seed, index) ? exchangeArticle(rng, opts) : newsArticle(rng, rng.pick(NEWS_TOPICS), opts);
}

/** One plain-text report of about `targetBytes` (headline, blank line, paragraphs separated by blank lines). */
export function generateReport(
  seed: number,
  index: number,
  opts: { targetBytes?: number; hardNegatives?: boolean } = {},
): Report {
  const jitter = createRng(deriveSeed(seed, index, 1)).int(-300, 300);
  const article = articleFor(seed, index, {
    targetChars: (opts.targetBytes ?? 3000) + jitter,
    hardNegatives: opts.hardNegatives ?? true,
  });
  return {
    index,
    topic: article.topic,
    aboutExchange: article.topic === 'exchange',
    text: `${article.headline}\n\n${article.paragraphs.join('\n\n')}\n`,
  };
}

// ------------------------------------------------------------------ a ledger's worth of exchange reports

/**
 * A corpus of reports all about exchanges, shaped like what a ledger really receives: a few exchanges
 * per month for each pair of sides, across several conflicts, each reported by several outlets —
 * independent write-ups (the receiving side's statement, the other side's, a mediator's, follow-ups
 * a day or three later) and syndicated copies of the first report. Every report about one exchange
 * carries its figures and a date that resolves to its day.
 *
 * Why: a corpus where every report invents its own exchange (what `exchangeArticle` alone gives, and
 * bench:extract needs) puts ~17,000 events for one pair of sides into 1,400 days, a dozen exchanges a
 * day, and every report's grouping context then holds hundreds of events. No ledger looks like that.
 *
 * Deterministic: the same (seed, count) gives the same corpus, in publication order of the exchanges.
 */
export interface ExchangeCorpusReport {
  text: string;
  /** YYYY-MM-DD: the day of the exchange or up to 3 days after. */
  published: string;
  /** Which exchange (0-based, in date order) the report is about. */
  exchange: number;
  /** A syndicated copy of the exchange's first report (same text, another outlet's page). */
  copy: boolean;
}

/** The span the exchanges fall in: 2022-01-01 to 2026-10-31. */
const CORPUS_START = Date.UTC(2022, 0, 1);
const CORPUS_DAYS = Math.round((Date.UTC(2026, 9, 31) - CORPUS_START) / 86_400_000) + 1;
/** Reports per exchange on average (each exchange gives ~2 events: one per direction). */
export const REPORTS_PER_EXCHANGE = 10;
/** Exchanges per theatre, relative: Russia–Ukraine most, the others a few a month each at 10,000 reports. */
const THEATRE_WEIGHTS: ReadonlyArray<readonly [number, number]> = [[6, 0], [3, 1], [3, 2], [3, 3], [3, 4]];
/** Share of an exchange's later reports that are syndicated copies of its first. */
const COPY_SHARE = 0.3;

const isoOf = (day: number): string => new Date(CORPUS_START + day * 86_400_000).toISOString().slice(0, 10);

/** Page furniture that tells one outlet's copy of a wire story from another's, without a digit (a copy keeps the original's numerals). */
function copyChrome(rng: Rng, k: number): { head: string; tail: string } {
  let tag = '';
  for (let i = k; ; i = Math.floor(i / 26) - 1) {
    tag = String.fromCharCode(65 + (i % 26)) + tag;
    if (i < 26) break;
  }
  return { head: rng.pick(TEXT_CHROME), tail: `Syndicated to partner desk ${tag}. ${rng.pick(TEXT_CHROME)}` };
}

export function exchangeCorpus(seed: number, count: number, opts: { targetChars?: number } = {}): ExchangeCorpusReport[] {
  const targetChars = opts.targetChars ?? 3000;
  const exchanges = Math.max(1, Math.round(count / REPORTS_PER_EXCHANGE));
  // The exchanges: a theatre, a day, figures; then in date order.
  const facts: ExchangeFacts[] = [];
  const weights: number[] = [];
  for (let e = 0; e < exchanges; e++) {
    const rng = createRng(deriveSeed(seed, 0x45, e));
    const theatre = rng.weighted(THEATRE_WEIGHTS) % THEATRE_COUNT;
    facts.push(exchangeFacts(rng, theatre, isoOf(rng.int(0, CORPUS_DAYS - 1))));
    // Some exchanges draw two or three outlets, a big one twenty.
    weights.push(rng.int(2, 18));
  }
  const order = facts.map((_, i) => i).sort((a, b) => (facts[a]!.date < facts[b]!.date ? -1 : facts[a]!.date > facts[b]!.date ? 1 : a - b));
  // Reports shared out in proportion to the weights, in date order of the exchanges.
  const total = weights.reduce((a, b) => a + b, 0);
  const out: ExchangeCorpusReport[] = [];
  let acc = 0;
  for (const [rank, e] of order.entries()) {
    acc += weights[e]!;
    const upTo = rank === order.length - 1 ? count : Math.round((acc / total) * count);
    const f = facts[e]!;
    const day0 = Math.round((Date.parse(`${f.date}T00:00:00Z`) - CORPUS_START) / 86_400_000);
    let first: { text: string; published: string } | null = null;
    for (let j = 0; out.length < upTo; j++) {
      const rng = createRng(deriveSeed(seed, 0x52, e, j));
      if (first !== null && rng.chance(COPY_SHARE)) {
        const c = copyChrome(rng, j);
        // Published the same day as the original, so its relative dates ("yesterday") still mean that day.
        out.push({ text: `${c.head}\n\n${first.text}\n${c.tail}\n`, published: first.published, exchange: rank, copy: true });
        continue;
      }
      const published = isoOf(day0 + (j === 0 ? rng.int(0, 1) : rng.int(0, 3)));
      const a = exchangeArticle(rng, { targetChars: targetChars + rng.int(-300, 300), hardNegatives: true }, { facts: f, published });
      const text = `${a.headline}\n\n${a.paragraphs.join('\n\n')}\n`;
      first ??= { text, published };
      out.push({ text, published, exchange: rank, copy: false });
    }
  }
  return out;
}
