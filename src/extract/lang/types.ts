import type { Category, PartySlug, Qualifier } from '../../domain/index.js';

/**
 * What the extractor knows about one language. The engine is language-blind: every word,
 * stem and construction it recognises comes from one of these tables.
 *
 * Patterns are regular-expression sources matched case-insensitively with the `u` flag against
 * lowercased text; stems are written without word-final boundaries so inflected forms match.
 */
export interface LanguageTable {
  code: string;
  /** Cheap screen: a report that matches none of these is not about an exchange. */
  screen: string[];
  /** Words that make a sentence about a handover at all (verbs and nouns of exchanging). */
  transfer: string[];
  /** Number words: value of each word form; `multipliers` scale what precedes them. */
  numbers: {
    units: Record<string, number>;
    multipliers: Record<string, number>;
    /** Words allowed inside a spelled-out number ("and" in "one hundred and five"). */
    joiners: string[];
    /** Words that stand for an indefinite article before a multiplier ("a thousand"). */
    articles: string[];
    /** Multiplier words that alone mean one of them ("тысячу" = 1,000). */
    singular: string[];
    /** Patterns after a digit group that mean "thousand" ("тыс.", "thousand"). */
    thousandSuffix: string;
    /** Whether "1.000" is a thousands separator in this language. */
    dotThousands: boolean;
    /** Units that multiply the number before them ("two dozen", "три дюжины"). */
    multiplyingUnits?: string[];
  };
  /** Phrases immediately before a figure and the qualifier they give it, longest first. */
  qualifiers: Array<[pattern: string, qualifier: Qualifier]>;
  /** Phrases immediately after a figure that qualify it ("or more", "plus"). */
  qualifiersAfter: Array<[pattern: string, qualifier: Qualifier]>;
  /** What follows a figure and says it is not a count of people (units, ages, ordinals). */
  notCount: string;
  /** Words allowed between a figure and its noun ("more", "fallen", "seriously"). */
  modifiers: string[];
  /** Head nouns of counted people or bodies. */
  nouns: Array<{ pattern: string; category: Category | 'people' | 'prisoners' | 'captives'; wounded?: boolean }>;
  /** The noun may stand right before its figure, which a counter follows ("포로 84명", "捕虜84人"). */
  nounsBefore?: boolean;
  /** Words that may follow a figure with no noun of its own ("24 in return", "397 were recovered"); any other word means the figure counts something else ("two sides"). */
  bareFollowers?: string;
  /** Phrases before a figure that make it a count of bodies ("bodies of", "тела"). */
  remainsBefore: string;
  /** Words after the noun that make it bodies ("soldiers' bodies"). */
  remainsAfter: string;
  /** Words marking wounded or sick prisoners. */
  wounded: string;
  /** Nationality words before the noun, or demonyms: whose people they are. */
  nationalities: Array<[pattern: string, party: PartySlug]>;
  /**
   * Names of parties as actors (countries, capitals, governments, armed groups). The domain's
   * gazetteer adds its names and demonyms for this language after these (see gazetteerParties).
   */
  parties: Array<[pattern: string, party: PartySlug]>;
  /**
   * How a gazetteer name inflects: a pattern of endings allowed after it ("\\p{L}{0,3}" for Россия →
   * России, Россией). A name of five letters or more that ends in a vowel loses it first (Литва → Литв-ы).
   */
  nameSuffix?: string;
  /** Letters that may join a gazetteer name or demonym at its start (Arabic و, ب, ل; Hebrew ו, ה, ל). */
  namePrefix?: string;
  /** Verbs whose subject hands over (Russia handed over …). */
  give: string;
  /**
   * Verb-final languages: the verbs of handing over, receiving and returning themselves. A zero-width
   * mark of `give` or `receive` (see verbFrames in define.ts) stands for the verb after it, so it does
   * not reach a figure past one of these ("러시아는 … 1,000구를 인도하고 … 38구를 돌려받았다").
   */
  clauseVerbs?: string;
  /** The particle or case ending of a subject ("는", "ने", "は"): a mark after it reaches past `clauseVerbs`, as the subject of every verb after it. */
  agentMarker?: string;
  /** "Return" verbs that go either way ("Україна повернула тіла" = got back): the subject receives unless a party follows as the recipient. */
  ambiguousReturn?: string;
  /**
   * Whom an ambiguous return with no recipient brings home: 'subject' always (Russian and Ukrainian
   * "повернула" reads as got back), 'home' only when the subject is the side the report speaks for
   * ("Ukraine returned 86 servicemen", said Kyiv; but "Russia returned 1,000 bodies" hands over).
   */
  ambiguousReturnTo?: 'subject' | 'home';
  /** Verbs whose subject receives (Ukraine received / brought home …). */
  receive: string;
  /** Constructions after a figure that say the people went home ("returned home", "came back"). */
  home: string;
  /** Party names in the dative: right next to a verb of handing over they name the recipient ("передали Україні"). */
  dativeParties?: string;
  /** "to" before a receiving party, "from"/"by" before a giving one. */
  toParty: string;
  fromParty: string;
  /**
   * Postposition languages: a pattern read from a party's first letter that makes it the recipient
   * ("^\\S+\\s+को", "^\\S+\\s?に") or the giver ("^\\S+\\s+से"), after a figure.
   */
  toPartyAfter?: string;
  fromPartyAfter?: string;
  /** Before a figure: it is the other side's part of a swap ("in exchange for", "in return for"). */
  inReturn: string;
  /** Words of a swap ("exchanged", "swap", "обмен"): a figure with no side named under them is a two-way total. */
  swap?: string;
  /** Verbs that bring people back: with no side named at all, they came home to the reporting side. */
  comeBack?: string;
  /** The parties swapped this many each ("each", "from each side", "по"). */
  each: string;
  /** Before a figure: each side gave that many ("each released 95", "по 146"). */
  eachBefore: string;
  /**
   * The end of a figure itself, and up to four characters after it, saying "that many each": a
   * distributive numeral ("84'er", "dokuzar", Turkish). Matched against the figure's last characters.
   */
  eachSuffix?: string;
  /**
   * Words saying a figure repeats per occasion, not per side ("in both cases 757 each", "в обох
   * випадках повернули по 757 тіл"): such an "each" keeps the sentence's one direction.
   */
  eachOccasion?: string;
  /**
   * Words that stand for a figure stated before ("the same number", "столько же", "taką samą liczbę"):
   * the other side's part of a swap, or another party's handover of as many.
   */
  sameNumber?: string;
  /**
   * Words after a figure that start another clause ("and", "but", "after"): a plan word past them
   * belongs to the next figure ("returned 7,000 and offered 3,000 more"). A comma or semicolon always does.
   */
  clauseStarts?: string;
  /**
   * Words after a comma that open a clause of its own, for finding a figure's verbs and parties
   * ("…, while Russia received 24", ", а Россия получила 24"); `standalone` ones do so without a comma.
   * English's are the default.
   */
  clauseBreaks?: { afterComma: string; standalone: string };
  /** Right after a figure's noun: it answers the figure before it ("received 24 bodies in return"). */
  inReturnAfter?: string;
  /**
   * Right after a figure's noun: the figure is a rate of exchange, not a head count ("15 bodies for
   * every hostage returned", "по 50 за каждого"). Such a figure is no claim.
   */
  ratioAfter?: string;
  /**
   * After the word for "one": it singles a person out of a group ("one of the women released",
   * "одна из освобожденных"), which is no count.
   */
  oneOf?: string;
  /**
   * Between a figure and what it counts: "of whom 46 were wounded", "из них 46 являются ранеными",
   * "з них 46 — поранені". The words after them are read as the figure's noun phrase.
   */
  copulas?: string;
  /**
   * Cumulative words that also sum up one handover ("a total of 218 were freed"), and words that pin
   * a sentence to one handover ("recently", "on Friday", "in the swap"): with one of the latter, the
   * former alone do not make a figure cumulative.
   */
  weakTotals?: string;
  eventMarkers?: string;
  /** After a head noun: "of" introducing whose people they are ("bodies of Russian soldiers"). */
  ofOwner: string;
  /** After a noun phrase: a participle naming who held them ("detained by Russia", "held in Ukraine"). */
  heldBy: string;
  /** "N for N" swaps. */
  forSwap: string;
  /** Introduces a part of the preceding total ("including", "among them", "of whom"). */
  partOf: string;
  /** A part that follows its figure ("12 of them", "five of whom"). */
  partAfter: string;
  /** Markers of a future or agreed handover. */
  plan: string;
  /** Markers of a running total. */
  cumulative: string;
  /** A superlative before "so far" makes it an idiom ("the largest swap so far"), not a total. */
  superlative: string;
  /** Context that means the figure is not a transfer: held, killed, missing, captured … */
  notTransfer: string;
  /** Figure not disclosed. */
  undisclosed: string;
  /** A party or mediator confirms the handover. */
  confirm: string;
  /** Speech verbs for attribution ("said", "announced", "wrote"). */
  speech: string;
  /** A party named right after a speech verb speaks ("заявила украинская сторона"); English reads it as the verb's object. */
  speakerAfterVerb?: boolean;
  /** "according to", "citing". */
  according: string;
  /** Nouns for bodies that speak for a party ("Russian officials", "Ukraine's defence ministry"). */
  bodies: string;
  /** First-person words of an official post ("our defenders", "we returned"): the author's side speaks. */
  firstPerson: string;
  /**
   * Words for a state's own forces or government ("government troops", "army detainees", "federal
   * soldiers", "the regime"). In a report of a war between a state and an armed group they are the
   * state's side: before a noun of people they say whose people are counted, elsewhere they are that
   * side as a party. Left out: no such words are read.
   */
  /**
   * A preposition that makes a party before its verb the recipient, where word order puts the
   * destination first ("В Україну повернули трьох дітей", "В Курскую область возвращаются 25
   * жителей"); such a party is never the verb's subject. Left out: no destination is read before a verb.
   */
  toBefore?: string;
  stateForces?: string[];
  /** Words for the armed group at war with a state ("the rebels", "militants", "the terror group"): that group's side, read as `stateForces` is. */
  armedGroup?: string[];
  /**
   * Pronouns and possessives that stand for a side named before them ("it", "they", "their forces"),
   * read only right before a verb of giving or receiving: the last side named before them in their
   * sentence, else the first side named in the last sentence that named one. Left out: none are read.
   */
  anaphors?: string[];
  /** Pronouns that continue the previous speaker ("he said"). */
  pronouns: string;
  /** Past references that are background, not this report's event ("earlier", "previous swap"). */
  background: string;
  /** Mediators and their slugs. */
  mediators: Array<[pattern: string, slug: string]>;
  /** Marks a mediator mention as mediation ("mediated by", "with the help of"). */
  mediation: string;
  /** Right before a plan word: it tells what was done, not planned ("managed to return"). */
  planDone?: string;
  /** Words that join the items of a list of figures ("320 near Donetsk and 89 near Bakhmut"); a comma or semicolon always does. */
  listJoiners?: string;
  /** Words of death that describe the dead in a handover of remains and do not block its figure ("the bodies of 50 killed soldiers"). */
  deathWords?: string;
  /** Prepositions before a party that make it an object, not the subject of the verb after it ("received … from Russia and handed back"). */
  subjectBlockers?: string;
  /** After a figure's noun phrase: a clause naming where or by whom they were held ("who were held in …"); words there do not block the figure. */
  heldClause?: string;
  /** "from Russian captivity": a pattern with one group, the adjective that names the holder. */
  captivityFrom?: string;
  /** Before a figure: it is an age ("aged", "в возрасте"), not a count. */
  ageBefore?: string;
  /** Between two figures: a range ("6 to 15", "от 6 до 15"); a dash always is. */
  rangeWords?: string;
  /** Before a figure: it is an identifier ("No.", "article", "статья"). */
  idBefore?: string;
  /** After a figure's noun: another noun that it qualifies, so the figure counts that ("four prisoner swaps"). */
  nounOfNoun?: string;
  /** Before a date: it is the date of something else (a capture, a birth, an invasion). */
  foreignDateBefore?: string;
  /** Before a date: it starts a period ("since", "с"). */
  sinceBefore?: string;
  /** Words that make a relative date a day ("yesterday", "today") or a week ("last week"). */
  dayWords?: string;
  weekWords?: string;
  /** Agreement names (patterns) and their slugs; `{year}` is filled from the claim date. */
  agreements: Array<[pattern: string, slug: string]>;
  /** Words near an agreement's place name that make it an agreement ("talks", "deal"); a table without them reads English's. */
  agreementContext?: string;
  /** Characters beyond the usual that end a sentence in this language (Greek ";" is a question mark): lines with them go to Intl.Segmenter. */
  sentenceMarks?: string;
  /** Abbreviations that end in a period without ending a sentence. */
  abbreviations: string[];
  /**
   * Date words for languages chrono-node cannot read (see table-dates.ts): weekday patterns from
   * Monday to Sunday, "yesterday", "today", month patterns from January, and whether days are
   * written "11日" / "11일".
   */
  dateForms?: { weekdays?: string[]; yesterday?: string; today?: string; months?: string[]; cjkDays?: boolean };
  /** chrono-node locale key for dates. */
  chrono: 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'es' | 'pt' | 'it' | 'nl';
  /**
   * Word stems (lower case, matched at a word start) without which chrono finds no date in this
   * language: months, weekdays, "today", "yesterday", units of time. A sentence with none of them
   * and no date-shaped digits skips chrono. Leave it out and chrono reads every sentence.
   */
  dateWords?: string[];
  /** Words between two figures that make the second a reference total ("27 out of 28"). */
  outOf?: string;
  /** Prepositions that make the party after them an object, not a speaker ("with", "from", "to"). */
  objectPrepositions?: string[];
  /**
   * Spellings chrono does not know, rewritten before it reads a sentence: [pattern, replacement of the
   * same length], e.g. a typographic apostrophe or a variant of "yesterday".
   */
  dateSpellings?: Array<[string, string]>;
}
