import { exchangeSentences, TEXT_CHROME } from './exchange-templates.js';
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

export function exchangeArticle(rng: Rng, opts: ArticleOptions): Article {
  const s = exchangeSentences(rng);
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
