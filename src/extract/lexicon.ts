import type { Category, PartySlug, Qualifier } from '../domain/index.js';
import { gazetteerFor } from '../domain/index.js';
import type { LanguageTable } from './lang/types.js';
import { en } from './lang/en.js';
import { ru } from './lang/ru.js';
import { uk } from './lang/uk.js';
import { fr } from './lang/fr.js';
import { es } from './lang/es.js';
import { pt } from './lang/pt.js';
import { it } from './lang/it.js';
import { de } from './lang/de.js';
import { pl } from './lang/pl.js';
import { sk } from './lang/sk.js';
import { cs } from './lang/cs.js';
import { tr } from './lang/tr.js';
import { ar } from './lang/ar.js';
import { he } from './lang/he.js';
import { WORLD_TABLES } from './lang/world.js';

/** Letters of any script, for word boundaries that \b (ASCII-only) gets wrong in Cyrillic. */
const L = '\\p{L}\\p{M}';
const alt = (items: string[]): string => items.map((s) => `(?:${s})`).join('|');

export interface CompiledTable {
  table: LanguageTable;
  screen: RegExp;
  transfer: RegExp;
  qualifierBefore: Array<[RegExp, Qualifier]>;
  qualifierAfter: Array<[RegExp, Qualifier]>;
  notCount: RegExp;
  modifier: RegExp;
  nouns: Array<[RegExp, Category | 'people' | 'prisoners' | 'captives', boolean]>;
  remainsBefore: RegExp;
  bareFollower: RegExp | null;
  remainsAfter: RegExp;
  wounded: RegExp;
  nationalities: Array<[RegExp, PartySlug]>;
  partyOf: Array<[RegExp, PartySlug]>;
  give: RegExp;
  receive: RegExp;
  /** Verbs that close a clause in a verb-final language (see LanguageTable.clauseVerbs); null when the table has none. */
  clauseVerbs: RegExp | null;
  /** Before a mark: the particle of a subject (see LanguageTable.agentMarker); null when the table has none. */
  agentBefore: RegExp | null;
  ambiguousReturn: RegExp;
  home: RegExp;
  toParty: RegExp;
  /** From a party's start: its recipient postposition or case ending (see LanguageTable.toPartyAfter); null when none. */
  toPartyAfter: RegExp | null;
  fromPartyAfter: RegExp | null;
  dative: RegExp | null;
  fromParty: RegExp;
  inReturn: RegExp;
  each: RegExp;
  swap: RegExp;
  comeBack: RegExp;
  forSwap: RegExp;
  eachBefore: RegExp;
  eachSuffix: RegExp | null;
  /** "In both cases", "each time": an "each" that repeats a figure per occasion; null when the table has none. */
  eachOccasion: RegExp | null;
  /** "The same number": a figure that repeats the last one (see LanguageTable.sameNumber); null when the table has none. */
  sameNumber: RegExp | null;
  /** Between a figure and a later word: a comma, a semicolon or a word that starts another clause. */
  nextClause: RegExp;
  /** Right after a figure's noun phrase: "in return"; null when the table has none. */
  inReturnAfter: RegExp | null;
  /** Right after a figure's noun phrase: "for every …", a rate of exchange (see LanguageTable.ratioAfter). */
  ratioAfter: RegExp | null;
  /** After the word for "one": "of", singling a person out (see LanguageTable.oneOf). */
  oneOf: RegExp | null;
  /** Right after a figure: a copula, perhaps after a partitive (see LanguageTable.copulas). */
  copula: RegExp | null;
  /** Clause boundaries: punctuation, and the table's clause words (see LanguageTable.clauseBreaks). */
  clauseBreak: RegExp;
  /** A whole cumulative match that may sum up one handover; null when the table has none. */
  weakTotal: RegExp | null;
  /** Words that pin a sentence to one handover; null when the table has none. */
  eventMarker: RegExp | null;
  ofOwner: RegExp;
  heldBy: RegExp;
  partOf: RegExp;
  /** A part of a count of the dead: "the remains include 320 …", "bodies returned on Friday included …". */
  partOfRemains: RegExp;
  partAfter: RegExp;
  plan: RegExp;
  cumulative: RegExp;
  superlative: RegExp;
  notTransfer: RegExp;
  undisclosed: RegExp;
  confirm: RegExp;
  speech: RegExp;
  according: RegExp;
  pronouns: RegExp;
  owner: RegExp;
  firstPerson: RegExp;
  /** A word for a state's forces ("government", "army"), matched at a word start; null when the table has none. */
  stateForces: RegExp | null;
  /** A preposition right before a party that makes it a recipient before its verb (see LanguageTable.toBefore); null when the table has none. */
  toBefore: RegExp | null;
  /** A word for an armed group ("the rebels", "militants"); null when the table has none. */
  armedGroup: RegExp | null;
  /** A pronoun or possessive standing for a side, ending right before a verb ("they ", "their forces "); null when the table has none. */
  anaphorBefore: RegExp | null;
  background: RegExp;
  mediators: Array<[RegExp, string]>;
  mediation: RegExp;
  agreements: Array<[RegExp, string]>;
  /** Words that make a place name an agreement (see LanguageTable.agreementContext); English's when the table has none. */
  agreementContext: RegExp;
  /** Right before a plan word: words of a past outcome (see LanguageTable.planDone); null when the table has none. */
  planDone: RegExp | null;
  /** Between list items: a comma, a semicolon or a joining word (see LanguageTable.listJoiners). */
  listJoiner: RegExp;
  /** At a blocking word's start: a word of death that only describes the dead of a handover of remains. */
  deathWord: RegExp;
  /** Just before a party: a preposition that makes it no subject (see LanguageTable.subjectBlockers). */
  subjectBlocker: RegExp;
  /** After a noun phrase: a clause of where or by whom people were held (see LanguageTable.heldClause). */
  heldClause: RegExp;
  /** "from Russian captivity", with the adjective in group 1. */
  captivityFrom: RegExp;
  /** Just before a figure: an age, a range or an identifier, so the figure counts no one. */
  ageBefore: RegExp;
  rangeBefore: RegExp;
  rangeAfter: RegExp;
  idBefore: RegExp;
  /** Right after a figure's noun: another noun it qualifies ("four prisoner swaps"). */
  nounOfNoun: RegExp;
  /** Just before a date: it dates something else, or starts a period. Dates are read in the sentence's own case. */
  foreignDateBefore: RegExp;
  sinceBefore: RegExp;
  /** In a relative date: a day ("today") or a week ("last week"). */
  dayWord: RegExp;
  weekWord: RegExp;
  abbreviations: Set<string>;
  numberWord: RegExp;
  /** After a digit group: the word for thousand ("1.2 thousand", "7 тис."). */
  thousandAfter: RegExp;
  /** Before a lone multiplier: an article that means one ("a thousand"). */
  articleBefore: RegExp;
  /** Between number words: a joiner ("one hundred and five"). */
  joinerGap: RegExp;
  /** Between two figures: "out of" ("27 out of 28"), or null when the table has none. */
  outOf: RegExp | null;
  /** Just before a party: a preposition that makes it an object ("with Russia", "from Kyiv"). */
  objectBefore: RegExp;
  /** A word or digits that chrono could read as a date; null when the table lists no date words. */
  dateTrigger: RegExp | null;
  /** Spellings rewritten for chrono, each replacement as long as what it replaces. */
  dateSpellings: Array<[RegExp, string]>;
  /** Global copies for scans that collect every match. */
  transferAll: RegExp;
  agreementsAll: Array<[RegExp, string]>;
  /** Every party named in a lower-cased text, in order. Read-only: the last answer is shared. */
  partyHits(low: string): readonly WordHit[];
  /** Every demonym in a lower-cased text, in order. Read-only, as partyHits. */
  nationalityHits(low: string): readonly WordHit[];
  /** The party a match of `parties` names ("the kremlin" → russia), remembered per table. */
  partyNamed(match: string): PartySlug | null;
  /** The party a match of `nationality` belongs to ("ukrainians" → ukraine), remembered per table. */
  nationalityNamed(match: string): PartySlug | null;
  /**
   * The party of the first demonym that matches at the start of `s` ("ukrainian soldiers" → ukraine),
   * as `nationalities.find(…)` would give it, in one scan; answers for single words are remembered.
   */
  nationalityAt(s: string): PartySlug | null;
}

/** A match found at a word start: where it stands and what it says. */
export interface WordHit {
  start: number;
  end: number;
  text: string;
}

/**
 * Every match of a word-start alternation (see WordStartRegExp) in a lower-cased text, in order.
 * The same sentence is scanned for its speaker and then for its figures' sides: the last answer is kept.
 */
function wordStartScan(body: string): (low: string) => readonly WordHit[] {
  const re = stemRegExp(body, 'giu');
  let lastText: string | null = null;
  let lastHits: readonly WordHit[] = [];
  return (low) => {
    if (low === lastText) return lastHits;
    const hits: WordHit[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) {
      hits.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
      if (m[0].length === 0) re.lastIndex++;
    }
    lastText = low;
    lastHits = hits;
    return hits;
  };
}

/** Lookups by the matched words: a report names the same few parties again and again. */
function remembered(find: (s: string) => PartySlug | null): (s: string) => PartySlug | null {
  const seen = new Map<string, PartySlug | null>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) {
      v = find(s);
      if (seen.size > 4096) seen.clear();
      // A match is a slice of its document: keep a copy, or the key would hold the whole text alive.
      seen.set(Buffer.from(s, 'utf8').toString('utf8'), v);
    }
    return v;
  };
}

/**
 * The party of the first pattern that matches at a text's start, like finding it in the list, with
 * one alternation of named groups: V8 tries the alternatives in order, so the first listed wins.
 */
function firstOf(list: Array<[pattern: string, party: PartySlug]>): (s: string) => PartySlug | null {
  if (list.length === 0) return () => null;
  const all = lowRegExp(`^(?:${list.map(([p], i) => `(?<p${i}>${p})`).join('|')})`);
  const find = (s: string): PartySlug | null => {
    const g = all.exec(s)?.groups;
    if (!g) return null;
    for (let i = 0; i < list.length; i++) if (g[`p${i}`] !== undefined) return list[i]![1];
    return null;
  };
  const words = remembered(find);
  return (s) => (/^[\p{L}\p{M}'’-]{1,40}$/u.test(s) ? words(s) : find(s));
}

const cache = new Map<string, CompiledTable>();

export const TABLES: Record<string, LanguageTable> = { en, ru, uk, fr, es, pt, it, de, pl, sk, cs, tr, ar, he, ...WORLD_TABLES };

/** The table for a language code; unknown languages fall back to English (names and digits still work). */
export function tableFor(language: string): CompiledTable {
  const code = TABLES[language] ? language : 'en';
  let compiled = cache.get(code);
  if (!compiled) {
    compiled = compile(TABLES[code] ?? en);
    cache.set(code, compiled);
  }
  return compiled;
}

/** The union of every table's screen, for text whose language detection is unsure. */
let anyScreen: RegExp | undefined;
export function screenAny(text: string): boolean {
  anyScreen ??= stemRegExp(Object.values(TABLES).map((t) => alt(t.screen)));
  return anyScreen.test(lowerCase(text));
}

/**
 * A regular expression for lower-cased text. Every pattern here runs on text that `lowerCase` has
 * already folded, so the case-insensitive flag is dropped when the pattern has no capital letter of
 * its own: V8 then scans two to four times faster.
 */
export function lowRegExp(src: string, flags = 'iu'): RegExp {
  return new RegExp(src, lowFlags(src, flags));
}

function lowFlags(src: string, flags: string): string {
  const letters = src.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
  return /\p{Lu}/u.test(letters) ? flags : flags.replace('i', '');
}

/** Text folded for matching: lower case, with the Turkish dotted capital I kept one character long. */
export function lowerCase(s: string): string {
  const l = (s.includes('\u0130') ? s.replace(/\u0130/g, 'I') : s).toLowerCase();
  return l.length === s.length ? l : s;
}

/** One letter or mark of any script: what may not stand before a word start. */
export const LETTER_OR_MARK = new RegExp(`[${L}]`, 'u');

/** Whether the character before `i` is a letter or mark, as `(?<![\p{L}\p{M}])` reads it (a whole code point). */
export function letterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  // A low surrogate: the letter, if any, is the pair.
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return LETTER_OR_MARK.test(s.slice(i - 2, i));
  return LETTER_OR_MARK.test(s[i - 1]!);
}

/**
 * `(?<![\p{L}\p{M}])(?:body)`, matched without its look-behind: the body alone is scanned, which
 * lets V8 skip ahead to its first letters (2–7 times faster on sentences), and a hit after a letter
 * is passed over by hand. `exec`, and through it `test`, `match` and the rest, find exactly what the
 * pattern with the look-behind finds; `source` and `flags` are the full pattern's.
 */
class WordStartRegExp extends RegExp {
  // matchAll and split copy the pattern through the species: a plain RegExp of the full pattern.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  readonly #body: RegExp;
  constructor(body: string, flags: string) {
    if (flags.includes('y')) throw new Error('a word-start pattern cannot be sticky');
    super(`(?<![${L}])(?:${body})`, flags);
    this.#body = new RegExp(`(?:${body})`, flags.includes('g') ? flags : `${flags}g`);
  }

  override exec(s: string): RegExpExecArray | null {
    const body = this.#body;
    const global = this.global;
    body.lastIndex = global ? this.lastIndex : 0;
    for (let m = body.exec(s); m; m = body.exec(s)) {
      if (!letterBefore(s, m.index)) {
        if (global) this.lastIndex = body.lastIndex;
        return m;
      }
      body.lastIndex = m.index + 1;
    }
    if (global) this.lastIndex = 0;
    return null;
  }
}

/** Stems that must start a word, in any script, as a regular expression for lower-cased text. */
export function stemRegExp(items: string[] | string, flags = 'iu'): RegExp {
  const body = Array.isArray(items) ? alt(items) : items;
  return new WordStartRegExp(body, lowFlags(body, flags));
}

/** The clause words of English, used where a table names none. */
const ENGLISH_CLAUSE_BREAKS = { afterComma: 'while|whereas|but|and|which|who', standalone: 'while|whereas' };

/** Dashes, colons and semicolons, a comma and a clause word, or a clause word on its own. */
function clauseBreakOf(words: { afterComma: string; standalone: string }): RegExp {
  return lowRegExp(`[;:—–]|,\\s*(?:${words.afterComma})(?![${L}])|\\s(?:${words.standalone})\\s`, 'giu');
}

/** The literal gazetteer form each generated pattern stands for, so a table can tell what it already reads. */
const gazetteerLiterals = new Map<string, string[]>();

/** A name ends in a vowel that its inflected forms replace (Литва → Литвы, Сирия → Сирии). */
const FINAL_VOWEL = /[аяоеиыуюьйіїєaeiouyąęěáéíóúý]$/u;

/**
 * The gazetteer's names and demonyms for a table's language, as patterns after the table's own
 * (the table's own win where both match at one place). A language the gazetteer has no entry for
 * reads the English names: the names of armed groups and most countries are written alike.
 */
export function gazetteerParties(t: LanguageTable): { parties: Array<[string, PartySlug]>; nationalities: Array<[string, PartySlug]> } {
  let entries = gazetteerFor(t.code);
  if (entries.length === 0) entries = gazetteerFor('en');
  const prefix = t.namePrefix ? `(?:${t.namePrefix})` : '';
  const body = (n: string): string => {
    if (!t.nameSuffix || n.length < 4) return escape(n);
    const stem = n.length >= 5 && FINAL_VOWEL.test(n) ? n.slice(0, -1) : n;
    return `${escape(stem)}(?:${t.nameSuffix})`;
  };
  // A demonym stem is no demonym where the word is the country's own name ("rusk" in "Rusko" = Russia):
  // what such a name adds to the stem may not follow it. The stem stays first, so scans can skip to it.
  const demonym = (d: string, names: readonly string[]): string => {
    const rests = names.flatMap((n) => {
      const stem = t.nameSuffix && n.length >= 5 && FINAL_VOWEL.test(n) ? n.slice(0, -1) : n;
      if (!stem.startsWith(d)) return [];
      return [`${escape(stem.slice(d.length))}${t.nameSuffix && n.length >= 4 ? `(?:${t.nameSuffix})` : ''}`];
    });
    return `${prefix}${escape(d)}${rests.length ? `(?!(?:${rests.join('|')})(?![${L}]))` : ''}`;
  };
  const remember = (pattern: string, literal: string): string => {
    gazetteerLiterals.set(pattern, [literal]);
    return pattern;
  };
  return {
    parties: entries.flatMap(([slug, f]) => f.names.map((n): [string, PartySlug] => [remember(`${prefix}${body(n)}`, n), slug])),
    nationalities: entries.flatMap(([slug, f]) => f.demonyms.map((d): [string, PartySlug] => [remember(demonym(d, f.names), d), slug])),
  };
}

function compile(table: LanguageTable): CompiledTable {
  const gazetteer = gazetteerParties(table);
  // A gazetteer form the table already reads as the same party adds nothing but scanning time.
  const own = (list: Array<[string, PartySlug]>, whole: boolean): ((text: string, party: PartySlug) => boolean) => {
    const res = list.map(([p, party]): [RegExp, PartySlug] => [lowRegExp(whole ? `^(?:${p})$` : `^(?:${p})`), party]);
    return (text, party) => res.find(([r]) => r.test(text))?.[1] === party;
  };
  const ownParty = own(table.parties, true);
  const ownDemonym = own(table.nationalities, false);
  const forms = (p: string): string[] => gazetteerLiterals.get(p) ?? [];
  const t: LanguageTable = {
    ...table,
    parties: [...table.parties, ...gazetteer.parties.filter(([p, party]) => !forms(p).every((f) => ownParty(f, party)))],
    nationalities: [...table.nationalities, ...gazetteer.nationalities.filter(([p, party]) => !forms(p).every((f) => ownDemonym(f, party)))],
  };
  const re = lowRegExp;
  const numberWords = [...Object.keys(t.numbers.units), ...Object.keys(t.numbers.multipliers)]
    .sort((a, b) => b.length - a.length)
    .map(escape);
  const partyOf = t.parties.map(([p, party]): [RegExp, PartySlug] => [re(`^(?:${p})$`), party]);
  const nationalities = t.nationalities.map(([p, party]): [RegExp, PartySlug] => [re(`^(?:${p})`), party]);
  return {
    table: t,
    partyNamed: remembered((s) => partyOf.find(([r]) => r.test(s))?.[1] ?? null),
    nationalityNamed: remembered((s) => nationalities.find(([r]) => r.test(s))?.[1] ?? null),
    nationalityAt: firstOf(t.nationalities),
    screen: stemRegExp(t.screen),
    partyHits: wordStartScan(`(?:${alt(t.parties.map(([p]) => p))})(?![${L}])`),
    nationalityHits: wordStartScan(`(?:${alt(t.nationalities.map(([p]) => p))})[${L}]*`),
    transfer: stemRegExp(t.transfer),
    qualifierBefore: t.qualifiers.map(([p, q]) => [re(`(?<![${L}])(?:${p})\\s*$`), q]),
    qualifierAfter: t.qualifiersAfter.map(([p, q]) => [re(`^\\s*(?:${p})(?![${L}])`), q]),
    notCount: re(`^\\s*(?:${t.notCount})`),
    modifier: re(`^(?:${alt(t.modifiers.map(escapeWord))})$`),
    nouns: t.nouns.map((n) => [re(`^(?:${n.pattern})(?![${L}])`), n.category, n.wounded ?? false]),
    remainsBefore: re(`(?<![${L}])(?:${t.remainsBefore})\\s*$`),
    bareFollower: t.bareFollowers ? re(`^\\s*(?:[^${L}\\s\\d]|$|(?:${t.bareFollowers})(?![${L}]))`) : null,
    remainsAfter: re(`^(?:${t.remainsAfter})(?![${L}])`),
    wounded: stemRegExp(t.wounded),
    nationalities,
    partyOf,
    give: stemRegExp(t.give, 'giu'),
    receive: stemRegExp(t.receive, 'giu'),
    clauseVerbs: t.clauseVerbs ? stemRegExp(t.clauseVerbs) : null,
    agentBefore: t.agentMarker ? re(`(?:${t.agentMarker})\\s*$`) : null,
    ambiguousReturn: re(`^(?:${t.ambiguousReturn ?? '(?!)'})$`),
    home: stemRegExp(t.home),
    toParty: re(t.toParty),
    toPartyAfter: t.toPartyAfter ? re(t.toPartyAfter) : null,
    fromPartyAfter: t.fromPartyAfter ? re(t.fromPartyAfter) : null,
    dative: t.dativeParties ? re(`^(?:${t.dativeParties})$`) : null,
    fromParty: re(t.fromParty),
    inReturn: stemRegExp(t.inReturn),
    each: re(t.each),
    swap: stemRegExp(t.swap ?? en.swap ?? '(?!)'),
    comeBack: stemRegExp(t.comeBack ?? en.comeBack ?? '(?!)'),
    forSwap: re(t.forSwap),
    eachBefore: re(t.eachBefore),
    eachSuffix: t.eachSuffix ? re(`(?:${t.eachSuffix})(?![${L}])`) : null,
    eachOccasion: t.eachOccasion ? stemRegExp(t.eachOccasion) : null,
    sameNumber: t.sameNumber ? stemRegExp(t.sameNumber) : null,
    nextClause: t.clauseStarts ? re(`[,;]|(?:^|\\s)(?:${t.clauseStarts})(?=\\s|$)`) : /[,;]/,
    inReturnAfter: t.inReturnAfter ? re(`^\\s*(?:${t.inReturnAfter})(?![${L}])`) : null,
    ratioAfter: t.ratioAfter ? re(`^\\s*(?:${t.ratioAfter})(?![${L}])`) : null,
    oneOf: t.oneOf ? re(`^\\s*(?:${t.oneOf})(?![${L}])`) : null,
    copula: t.copulas ? re(`^\\s*(?:${t.copulas})(?![${L}])\\s*`) : null,
    clauseBreak: clauseBreakOf(t.clauseBreaks ?? ENGLISH_CLAUSE_BREAKS),
    weakTotal: t.weakTotals ? re(`^(?:${t.weakTotals})$`) : null,
    eventMarker: t.eventMarkers ? stemRegExp(t.eventMarkers) : null,
    ofOwner: re(t.ofOwner),
    heldBy: re(t.heldBy),
    partOf: stemRegExp(t.partOf),
    partOfRemains: re(`(?<![${L}])(?:${t.remainsBefore})\\s+(?:[${L}'’-]+\\s+){0,3}?(?:${t.partOf})`),
    partAfter: re(t.partAfter),
    plan: stemRegExp(t.plan, 'giu'),
    cumulative: stemRegExp(t.cumulative, 'giu'),
    superlative: stemRegExp(t.superlative),
    notTransfer: stemRegExp(t.notTransfer, 'giu'),
    undisclosed: stemRegExp(t.undisclosed),
    confirm: stemRegExp(t.confirm),
    speech: stemRegExp(t.speech, 'giu'),
    according: stemRegExp(t.according, 'giu'),
    pronouns: re(t.pronouns),
    owner: re(`^(?:(?:'s|’s)\\s+|\\s+)?(?:[${L}-]+\\s+){0,3}?(?:${t.bodies})(?![${L}])`),
    firstPerson: re(t.firstPerson),
    toBefore: t.toBefore ? re(`(?<![${L}])(?:${t.toBefore})\\s+$`) : null,
    stateForces: t.stateForces?.length ? stemRegExp(`(?:${alt(t.stateForces)})(?![${L}])`, 'giu') : null,
    armedGroup: t.armedGroup?.length ? stemRegExp(`(?:${alt(t.armedGroup)})(?![${L}])`, 'giu') : null,
    anaphorBefore: t.anaphors?.length ? re(`(?<![${L}])(?:${alt(t.anaphors)})\\s+$`) : null,
    background: stemRegExp(t.background),
    mediators: t.mediators.map(([p, slug]) => [stemRegExp(p, 'giu'), slug]),
    mediation: stemRegExp(t.mediation),
    agreements: t.agreements.map(([p, slug]) => [stemRegExp(p), slug]),
    agreementContext: stemRegExp(t.agreementContext ?? en.agreementContext ?? '(?!)'),
    // Fields a table leaves out read English's: they are mostly about numbers and punctuation around them.
    planDone: t.planDone ? re(`(?:${t.planDone})\\s+$`) : null,
    listJoiner: re(`(?:,|;|(?<![${L}])(?:${t.listJoiners ?? en.listJoiners})(?![${L}]))`),
    deathWord: re(`^(?:${t.deathWords ?? en.deathWords})`),
    subjectBlocker: re(`(?<![${L}])(?:${t.subjectBlockers ?? en.subjectBlockers})\\s+(?:the\\s+)?$`),
    heldClause: re(`^,?\\s*(?:${t.heldClause ?? en.heldClause})\\s`),
    captivityFrom: re(`(?<![${L}])${t.captivityFrom ?? en.captivityFrom}`),
    ageBefore: re(`(?<![${L}])(?:${t.ageBefore ?? en.ageBefore})\\s*$`),
    rangeBefore: re(`\\d\\s*(?:-|–|—|(?<![${L}])(?:${t.rangeWords ?? en.rangeWords}))\\s*$`),
    rangeAfter: re(`^\\s*(?:-|–|(?:${t.rangeWords ?? en.rangeWords})(?![${L}]))\\s*\\d`),
    idBefore: re(`(?:№|#|(?<![${L}])(?:${t.idBefore ?? en.idBefore}))\\s*$`),
    nounOfNoun: re(`^\\s+(?:${t.nounOfNoun ?? en.nounOfNoun})(?![${L}])`),
    foreignDateBefore: new RegExp(`(?<![${L}])(?:${t.foreignDateBefore ?? en.foreignDateBefore})\\s+(?:[${L}]+\\s+){0,3}$`, 'iu'),
    sinceBefore: new RegExp(`(?<![${L}])(?:${t.sinceBefore ?? en.sinceBefore})\\s+(?:the\\s+)?$`, 'iu'),
    dayWord: new RegExp(`(?<![${L}])(?:${t.dayWords ?? en.dayWords})`, 'iu'),
    weekWord: new RegExp(`(?<![${L}])(?:${t.weekWords ?? en.weekWords})`, 'iu'),
    abbreviations: new Set(t.abbreviations),
    thousandAfter: re(`^\\s*(?:${t.numbers.thousandSuffix})`),
    articleBefore: re(`(?<![${L}])(?:${t.numbers.articles.length ? t.numbers.articles.join('|') : '(?!)'})\\s+$`),
    joinerGap: re(`^\\s+(?:${t.numbers.joiners.length ? t.numbers.joiners.join('|') : '(?!)'})\\s+$`),
    transferAll: stemRegExp(t.transfer, 'giu'),
    agreementsAll: t.agreements.map(([p, slug]) => [stemRegExp(p, 'giu'), slug]),
    // Date-shaped digits: 12.06, 2025-06-12, 10:30, a year, an ordinal or a suffixed day ("14th", "15-го").
    dateTrigger: t.dateWords
      ? new RegExp(`\\d\\s?[./:\\-–]\\s?\\d|(?<!\\d)(?:1[89]|2\\d)\\d\\d(?!\\d)|\\d-?[${L}]{1,3}(?![${L}])|\\d\\s?[ap]\\.?m|(?<![${L}])(?:${t.dateWords.join('|')})`, 'iu')
      : null,
    outOf: t.outOf ? re(`^\\s*(?:${t.outOf})\\s*$`) : null,
    objectBefore: re(`(?<![${L}])(?:${t.objectPrepositions?.length ? t.objectPrepositions.join('|') : '(?!)'})\\s+(?:(?:the|a|an)\\s+)?$`),
    dateSpellings: (t.dateSpellings ?? []).map(([p, to]) => [new RegExp(p, 'giu'), to]),
    numberWord: stemRegExp(`(?:${numberWords.join('|')})(?![${L}])`, 'giu'),
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeWord = (s: string): string => escape(s);
