import { decomposeNukta } from '../script-text.js';
import type { LanguageTable } from './types.js';

/** A pattern that matches nothing: the field does not exist in the language. */
export const NEVER = '(?!)';
/** End of a word in any script (`\b` only knows ASCII letters). */
export const E = '(?![\\p{L}\\p{M}])';

type Numbers = LanguageTable['numbers'];

/** What a language must say; every other field defaults to matching nothing. */
export type TableSpec = Pick<LanguageTable, 'code' | 'screen' | 'transfer' | 'nouns' | 'parties' | 'nationalities'> &
  Partial<Omit<LanguageTable, 'numbers' | 'code' | 'screen' | 'transfer' | 'nouns' | 'parties' | 'nationalities'>> & {
    numbers: Pick<Numbers, 'units' | 'multipliers'> & Partial<Numbers>;
  };

/**
 * A language table from the fields a language fills. Fields it leaves out match nothing, so a rule
 * that needs them stays silent rather than guessing: a bare figure ("24 more") is read only before
 * punctuation, a figure with no verb frame gets no side from word order, and so on.
 */
export function defineTable(spec: TableSpec): LanguageTable {
  const { numbers, ...rest } = decomposed(spec);
  return {
    qualifiers: [],
    qualifiersAfter: [],
    notCount: '%',
    modifiers: [],
    bareFollowers: NEVER,
    remainsBefore: NEVER,
    remainsAfter: NEVER,
    wounded: NEVER,
    give: NEVER,
    ambiguousReturn: NEVER,
    receive: NEVER,
    home: NEVER,
    toParty: NEVER,
    fromParty: NEVER,
    inReturn: NEVER,
    each: NEVER,
    eachBefore: NEVER,
    ofOwner: NEVER,
    heldBy: NEVER,
    forSwap: NEVER,
    partOf: NEVER,
    partAfter: NEVER,
    plan: NEVER,
    cumulative: NEVER,
    superlative: NEVER,
    notTransfer: NEVER,
    undisclosed: NEVER,
    confirm: NEVER,
    speech: NEVER,
    according: NEVER,
    bodies: NEVER,
    firstPerson: NEVER,
    pronouns: NEVER,
    background: NEVER,
    mediators: [],
    mediation: NEVER,
    agreements: [],
    abbreviations: [],
    chrono: 'en',
    ...rest,
    numbers: { joiners: [], articles: [], singular: [], thousandSuffix: NEVER, dotThousands: false, ...numbers },
  };
}

/** Every string of a table with Indic nukta letters decomposed, as the engine reads the text (script-text.ts). */
function decomposed<T>(value: T): T {
  if (typeof value === 'string') return decomposeNukta(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => decomposed(v)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [decomposeNukta(k), decomposed(v)])) as T;
  }
  return value;
}

/** Alternation of patterns. */
export const any = (items: readonly string[]): string => `(?:${items.map((s) => `(?:${s})`).join('|')})`;

/**
 * How a language marks who gives and who receives around its verbs, for `verbFrames`. Each marker is
 * a pattern; leave out what the language does not have.
 */
export interface FrameSpec {
  /** Party names (all inflected forms), as one alternation without capturing groups. */
  names: string;
  /** After a name: it is the subject ("रूस ने", "ロシアは", "러시아는", "Rusiya"); may be empty. */
  agent: string;
  /** After a name: it receives ("यूक्रेन को", "ウクライナに", "Ukraynaya"). */
  recipient?: string;
  /** After a name: it gives, with a verb of receiving ("रूस से", "ロシアから"). */
  source?: string;
  /** Before a name: it receives ("向乌克兰", "sa Ukraine"). */
  recipientBefore?: string;
  /** Before a name: it gives, with a verb of receiving or returning ("从俄罗斯"). */
  sourceBefore?: string;
  /** Before a name: it is no subject at all ("与俄罗斯", "and", "with"). */
  notSubjectBefore?: string;
  /** Verbs whose subject hands over. */
  give: string;
  /** Verbs whose subject receives. */
  receive: string;
  /** Verbs of people arriving or being handed over, whose recipient is named by the recipient marker. */
  arrive?: string;
  /** How far, in characters, the verb may stand after the name (the clause's length). */
  reach?: number;
  /** Words that open the next clause ("and in return", "while"): a verb past them is another subject's. */
  stop?: string;
  /** The subject marked by `agent` is the topic of the whole sentence, across commas ("ロシアは…、38体を受け取った"). */
  topic?: boolean;
}

/**
 * Zero-width marks right after a party that say it gives or receives, for languages whose verb comes
 * after the figure (subject–object–verb) or whose roles are marked by particles and cases rather than
 * by word order. The engine finds the subject of a verb as the party just before it: a mark stands
 * where the verb would be in English ("Russia | 1,000 bodies handed over"), so the same rule reads
 * both orders. A mark is placed only when a verb of its kind follows within the clause.
 */
export function verbFrames(f: FrameSpec): { give: string; receive: string } {
  const reach = f.reach ?? 120;
  // Up to the verb, within the sentence and clause (a dot inside "1.000" does not end it).
  const stop = f.stop ? `(?!\\s(?:${f.stop})(?![\\p{L}\\p{M}]))` : '';
  const later = `(?:${stop}[^.;!?。,]|[.,](?=\\d)){0,${reach}}?(?<![\\p{L}\\p{M}])`;
  const name = `(?<![\\p{L}\\p{M}])(?:${f.names})`;
  const notSubject = f.notSubjectBefore || f.recipientBefore || f.sourceBefore
    ? `(?<!(?<![\\p{L}\\p{M}])(?:${[f.notSubjectBefore, f.recipientBefore, f.sourceBefore].filter(Boolean).join('|')})\\s*)`
    : '';
  const arrive = f.arrive ? `|${f.arrive}` : '';
  const sentence = `(?:${stop}[^.;!?。]|[.,](?=\\d)){0,${reach}}?(?<![\\p{L}\\p{M}])`;
  const agentLater = f.topic ? sentence : later;
  const give: string[] = [`(?<=${notSubject}${name}(?:${f.agent})\\s+)(?=${agentLater}(?:${f.give}))`];
  const receive: string[] = [`(?<=${notSubject}${name}(?:${f.agent})\\s+)(?=${agentLater}(?:${f.receive}))`];
  if (f.source) give.push(`(?<=${name}(?:${f.source})\\s+)(?=${later}(?:${f.receive}${arrive}))`);
  if (f.sourceBefore) give.push(`(?<=(?<![\\p{L}\\p{M}])(?:${f.sourceBefore})\\s*(?:${f.names})\\s+)(?=${later}(?:${f.receive}${arrive}|${f.give}))`);
  if (f.recipient) receive.push(`(?<=${name}(?:${f.recipient})\\s+)(?=${later}(?:${f.give}${arrive}))`);
  if (f.recipientBefore) receive.push(`(?<=(?<![\\p{L}\\p{M}])(?:${f.recipientBefore})\\s*(?:${f.names})\\s+)(?=${later}(?:${f.give}${arrive}))`);
  return { give: give.join('|'), receive: receive.join('|') };
}

/** A Han, kana or Hangul character. */
const CJK_CHAR = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

/**
 * A pattern for text of unspaced scripts, which the engine reads with a space between words (see
 * script-text.ts): the word segmenter may split a word anywhere ("俄军" as "俄 军"), so a space is
 * allowed between any two characters written next to each other in the pattern.
 */
export function spaced(pattern: string): string {
  let out = '';
  let inClass = false;
  let prevCjk = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      out += c + (pattern[i + 1] ?? '');
      i++;
      prevCjk = false;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      prevCjk = false;
      continue;
    }
    const cjk = CJK_CHAR.test(c);
    if (cjk && prevCjk) out += '\\s?';
    out += c;
    prevCjk = cjk;
  }
  return out;
}

/**
 * An auxiliary that stands for the participle at the end of its clause ("heeft … overgedragen",
 * "hat … übergeben"): matched where the auxiliary is, so the subject before it gives or receives.
 */
export const auxiliary = (aux: string, participles: string): string =>
  `(?:${aux})(?![\\p{L}\\p{M}])(?=(?:[^.;:!?]|[.,](?=\\d)){0,90}?(?<![\\p{L}\\p{M}])(?:${participles}))`;
