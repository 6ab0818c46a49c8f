import type { PartySlug } from '../../domain/index.js';
import type { LanguageTable } from './types.js';

/**
 * Number words. German glues its numbers ("vierundachtzig", "zweihundertdreißig", "eintausend"):
 * the engine reads a word made of these pieces, the joiner "und" and the multipliers as the pieces
 * written apart, with "ein" inside a compound counting one. "ein"/"eine" alone are articles.
 */
const UNITS: Record<string, number> = {
  null: 0, keine: 0, keinen: 0,
  eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11,
  zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  // "ein Dutzend" is about 12 (the "ein" before it is read as the qualifier).
  dutzend: 12,
};

/** Adjectives and demonyms of nationality ("ukrainische", "Russen"); never the country's own name. */
const NATIONALITIES: Array<[string, PartySlug]> = [
  ['ukrainisch\\p{L}*|ukrainer\\p{L}*', 'ukraine'],
  ['russisch\\p{L}*|russen(?![\\p{L}])|russin\\p{L}*', 'russia'],
  ['israelisch\\p{L}*|israelis(?![\\p{L}])', 'israel'],
  ['palästinens\\p{L}*', 'hamas'],
  ['armenisch\\p{L}*|armenier\\p{L}*', 'armenia'],
  ['aserbaidschanisch\\p{L}*|aserbaidschaner\\p{L}*|aserisch\\p{L}*', 'azerbaijan'],
  ['libanesisch\\p{L}*|libanesen(?![\\p{L}])', 'lebanon'],
  ['saudisch\\p{L}*', 'saudi-led-coalition'],
  ['huthi(?![\\p{L}])|huthis(?![\\p{L}])', 'houthis'],
  ['äthiopisch\\p{L}*', 'ethiopia'],
  ['tigrinisch\\p{L}*', 'tplf'],
  ['kolumbianisch\\p{L}*', 'colombia'],
  ['belarussisch\\p{L}*|weißrussisch\\p{L}*', 'belarus'],
];
const NAT = NATIONALITIES.map(([p]) => p).join('|');

/** Parties as actors: countries, capitals, governments, armed groups. */
const PARTIES: Array<[string, PartySlug]> = [
  ['russische(?:n)? föderation', 'russia'],
  ['russland(?:s)?', 'russia'],
  ['moskau(?:s)?', 'russia'],
  ['(?:der |dem |des )?kreml(?:s)?', 'russia'],
  ['russische(?:n|r)? (?:seite|armee|streitkräfte(?:n)?|behörden|regierung|delegation|verteidigungsministerium(?:s)?)', 'russia'],
  ['russische(?:r|n)? gefangenschaft', 'russia'],
  ['ukraine', 'ukraine'],
  ['kiew(?:s)?|kyjiw(?:s)?|kyiv', 'ukraine'],
  ['ukrainische(?:n|r)? (?:seite|armee|streitkräfte(?:n)?|behörden|regierung|delegation|militärgeheimdienst(?:es|s)?|geheimdienst(?:es|s)?|koordinierungsstab(?:s)?)', 'ukraine'],
  ['ukrainische(?:r|n)? gefangenschaft', 'ukraine'],
  // Bodies that speak for a side (the shared officials list has only their English and Cyrillic names).
  ['(?:der |dem |des )?koordinierungsstab(?:s|es)?(?: für (?:die )?(?:behandlung von )?kriegsgefangene\\p{L}*)?', 'ukraine'],
  ['(?:das |dem |des )?(?:kiewer|ukrainische(?:n)?) verteidigungsministerium(?:s)?', 'ukraine'],
  ['(?:das |dem |des )?moskauer verteidigungsministerium(?:s)?', 'russia'],
  ['israel(?:s)?', 'israel'],
  ['israelische(?:n|r)? (?:armee|regierung|behörden|seite)|idf|zahal', 'israel'],
  ['hamas', 'hamas'],
  ['(?:kassam|qassam)(?:-brigaden)?', 'hamas'],
  ['islamische(?:r|n)? dschihad', 'hamas'],
  ['hisbollah|hezbollah', 'hezbollah'],
  ['libanon(?:s)?', 'lebanon'],
  ['huthi(?:s|-miliz|-rebellen)?|houthis?|ansar allah', 'houthis'],
  ['sanaa', 'houthis'],
  ['jemenitische(?:n)? regierung', 'yemeni-government'],
  ['saudisch geführte(?:n)? (?:militär)?koalition|saudi-koalition|militärkoalition', 'saudi-led-coalition'],
  ['saudi-arabien(?:s)?', 'saudi-led-coalition'],
  ['armenien(?:s)?', 'armenia'],
  ['eriwan', 'armenia'],
  ['aserbaidschan(?:s)?', 'azerbaijan'],
  ['baku', 'azerbaijan'],
  ['rsf|rapid support forces|schnelle(?:n)? eingreiftruppe(?:n)?', 'rsf'],
  ['sudanesische(?:n)? armee', 'saf'],
  ['tplf', 'tplf'],
  ['äthiopien(?:s)?|äthiopische(?:n)? regierung', 'ethiopia'],
  ['farc', 'farc'],
  ['eln|nationale(?:n)? befreiungsarmee', 'eln'],
  ['kolumbien(?:s)?|kolumbianische(?:n)? regierung', 'colombia'],
  ['bogotá|bogota', 'colombia'],
  ['belarus|weißrussland', 'belarus'],
  ['minsk', 'belarus'],
  ['sdf|syrische(?:n)? demokratische(?:n)? kräfte', 'sdf'],
  ['syrische(?:n)? regierung|damaskus', 'syrian-government'],
];
const PARTY = PARTIES.map(([p]) => p).join('|');

/** Participles at the end of a German clause, after the auxiliary that stands before the figure. */
const GIVE_PART = [
  'übergeben', 'zurückgegeben', 'zurückgeben', 'freigelassen', 'freilassen', 'überstellt', 'überstellen', 'ausgeliefert', 'ausliefern',
  'entlassen', 'überführt', 'überführen', 'ausgehändigt', 'aushändigen', 'zurückgeschickt', 'zurückschicken', 'herausgegeben', 'herausgeben',
].join('|');
const RECEIVE_PART = [
  'erhalten', 'zurückerhalten', 'zurückgeholt', 'zurückholen', 'heimgeholt', 'heimholen', 'zurückgebracht', 'zurückbringen',
  'heimgebracht', 'heimbringen', 'bekommen', 'empfangen', 'zurückbekommen', 'in empfang (?:genommen|nehmen)',
].join('|');
/** Perfect and future auxiliaries and modal verbs ("hat … übergeben", "wird … übergeben", "soll … freilassen"). */
const AUX = '(?:hat|hatte|hatten|haben|habe|hätten|hätte|wird|werden|würde|würden|soll|sollen|sollte|sollten|will|wollen|kann|können|konnte|konnten|muss|müssen)(?![\\p{L}])';
/** The auxiliary counts as the verb when the first participle after it in the clause is of the right kind. */
const partAhead = (part: string): string => `(?=(?:(?!${GIVE_PART}|${RECEIVE_PART})[^.;:])*?(?:${part})(?![\\p{L}]))`;
const auxBefore = (part: string): string => `${AUX}${partAhead(part)}`;
/** Finite verbs of handing over and of getting back, with the particle a separable verb leaves at the clause end. */
const until = (particle: string): string => `(?=[^.;:]{0,80}(?<![\\p{L}])(?:${particle})(?![\\p{L}]))`;
const GIVE_FINITE = [
  'übergab(?:en|st)?', 'übergibt', 'überstellte(?:n)?', 'überführte(?:n)?', `lieferte(?:n)?${until('aus')}`, `gab(?:en)?${until('zurück|frei|heraus')}`,
  `gibt${until('zurück|frei|heraus')}`, `ließ(?:en)?${until('frei')}`, `lässt${until('frei')}`, 'freiließ(?:en)?', 'entließ(?:en)?',
  `händigte(?:n)?${until('aus')}`, `schickte(?:n)?${until('zurück')}`,
];
const RECEIVE_FINITE = [
  'erhielt(?:en)?', 'erhält', 'bekam(?:en)?', 'bekommt', 'empfing(?:en)?', `holte(?:n)?${until('zurück|heim')}`,
  `brachte(?:n)?${until('zurück|heim|nach hause')}`, `nahm(?:en)?${until('entgegen|in empfang')}`,
];
/**
 * German puts the verb second: "Im Gegenzug erhielt Moskau 27 Leichen", "Am Mittwoch hat Russland … übergeben". The
 * engine looks for a verb's subject before it, so when no party stands just before the verb, the verb is also read as
 * standing right after the party that follows it (an empty match; the stem's word-start check holds there). A party
 * after "der"/"dem" is a dative object ("übergab der Ukraine"), not the subject.
 */
const inverted = (finite: string[], part: string): string =>
  `(?<=(?<!(?:${PARTY})(?:\\s+[\\p{L}\\d.,'’-]+){0,3}\\s+)(?<![\\p{L}])(?:${finite.join('|')}|${AUX}${partAhead(part)})\\s+(?:die\\s+|das\\s+|der\\s+(?=kreml))?(?:${PARTY})\\s+)`;

/** Words that make a sentence about a handover: verbs and nouns of exchanging, handing over, getting back. */
const TRANSFER = [
  '\\p{L}*austausch\\p{L}*', 'ausgetauscht', 'tauscht\\p{L}*', 'getauscht', 'übergab\\p{L}*', 'übergeb\\p{L}*', 'übergibt', 'übergabe\\p{L}*',
  'überstell\\p{L}*', 'überführ\\p{L}*', 'ausgeliefert', 'auslieferung', 'freigelassen\\p{L}*', 'freilass\\p{L}*', 'freiließ\\p{L}*',
  'ließ\\p{L}* (?:[\\p{L}\\d.]+ ){0,6}frei', 'freigekommen', 'kamen (?:[\\p{L}\\d.]+ ){0,4}frei', 'befrei\\p{L}*', 'entlassen',
  'zurückgegeben', 'gab\\p{L}* (?:[\\p{L}\\d.]+ ){0,6}(?:zurück|frei|heraus)', 'gibt (?:[\\p{L}\\d.]+ ){0,6}(?:zurück|frei|heraus)',
  '(?:holte|brachte)\\p{L}* (?:[\\p{L}\\d.]+ ){0,8}(?:zurück|heim)', 'rückgabe', 'zurückgeholt', 'zurückgebracht', 'zurückgekehrt\\p{L}*',
  'heimgekehrt\\p{L}*', 'kehrt\\p{L}* (?:[\\p{L}\\d.]+ ){0,8}(?:heim|zurück)', 'rückkehr', 'heimkehr', 'repatri\\p{L}*',
  'rückführung', 'zurückgeführt', 'erhalten', 'erhielt\\p{L}*', 'bekam\\p{L}*', 'empfang\\p{L}*', 'zurückerhalten', 'heimgeholt',
  'heimgebracht', 'nach hause', 'in die heimat',
];

/** German: dpa, Deutsche Welle, Austrian and Swiss press, translated statements. */
export const de: LanguageTable = {
  code: 'de',
  nameSuffix: 's?',
  // The document screen and paragraph anchor: every verb of `transfer` and the nouns of people held or handed over.
  screen: [...TRANSFER, '\\p{L}*gefangen', 'geisel', '\\p{L}*leichen', 'leichnam', 'überreste', 'häftling', 'inhaftiert', 'frei(?![\\p{L}])'],
  transfer: TRANSFER,
  numbers: {
    units: UNITS,
    multipliers: { hundert: 100, tausend: 1000, million: 1_000_000, millionen: 1_000_000 },
    joiners: ['und'],
    articles: ['ein', 'eine'],
    // "hundert Gefangene", "tausend Leichen": a hundred or a thousand on its own.
    singular: ['hundert', 'tausend'],
    thousandSuffix: '(?:tausend|tsd\\.)(?![\\p{L}])',
    dotThousands: true,
  },
  qualifiers: [
    ['nicht weniger als', 'at_least'],
    ['mindestens', 'at_least'],
    ['wenigstens', 'at_least'],
    ['zumindest', 'at_least'],
    ['(?:weit |deutlich |knapp |etwas )?mehr als', 'more_than'],
    ['(?:weit |deutlich |knapp )?über', 'more_than'],
    ['gut', 'more_than'],
    ['rund', 'about'],
    ['etwa', 'about'],
    ['ungefähr', 'about'],
    ['circa', 'about'],
    ['ca\\.', 'about'],
    ['zirka', 'about'],
    ['schätzungsweise', 'about'],
    ['an die', 'about'],
    ['fast', 'nearly'],
    ['beinahe', 'nearly'],
    ['knapp', 'nearly'],
    ['nahezu', 'nearly'],
    ['annähernd', 'nearly'],
    ['bis zu', 'up_to'],
    ['höchstens', 'up_to'],
    ['maximal', 'up_to'],
    ['weniger als', 'up_to'],
    ['unter', 'up_to'],
    ['ein', 'about'],
  ],
  qualifiersAfter: [
    ['oder mehr', 'at_least'],
    ['und mehr', 'at_least'],
    ['\\+', 'more_than'],
  ],
  notCount: [
    '%', 'prozent', '(?:bis|-|–|und|oder)\\s*\\d+\\s*(?:jahre|stunden|tage|monate|wochen|km|kilometer)', 'jahre?n?(?![\\p{L}])',
    '-?jährig\\p{L}*', 'monat\\p{L}*', 'woche\\p{L}*', 'tag(?:e|en)?(?![\\p{L}])', 'stunde\\p{L}*', 'uhr(?![\\p{L}])', 'minuten',
    'km(?![\\p{L}])', 'kilometer\\p{L}*', 'meter\\p{L}*', 'kg(?![\\p{L}])', 'tonnen', '\\.(?=\\s*[\\p{L}\\d])', 'mal(?![\\p{L}])',
    'euro(?![\\p{L}])', 'dollar', 'rubel', 'hrywnj\\p{L}*', 'milliarden', '\\p{L}*austausch\\p{L}*', 'runde\\p{L}*', 'etappe\\p{L}*',
    'phase\\p{L}*', 'operation\\p{L}*', 'flüge?(?![\\p{L}])', 'flugzeug\\p{L}*', 'busse(?![\\p{L}])', 'lkw', 'lastwagen',
    'fahrzeug\\p{L}*', 'dörfer(?:n)?', 'orte(?:n)?(?![\\p{L}])', 'städte(?:n)?', 'regionen', 'länder(?:n)?', 'seiten(?![\\p{L}])',
    'delegation\\p{L}*', 'arbeitsgruppen', 'artikel', 'punkte(?:n)?(?![\\p{L}])',
    'januar', 'februar', 'märz', 'april', 'mai(?![\\p{L}])', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
    'gmt', 'utc', 'mez', 'opfer', 'vermisste', 'verletzte und', 'todesopfer',
  ].join('|'),
  modifiers: ['unser', 
    'weitere', 'weiteren', 'weiterer', 'andere', 'anderen', 'zusätzliche', 'zusätzlichen', 'unsere', 'unserer', 'unseren', 'ihre',
    'ihrer', 'ihren', 'seine', 'seiner', 'seinen', 'der', 'die', 'den', 'des', 'von', 'schwer', 'schwerst', 'leicht', 'verletzte',
    'verletzten', 'verwundete', 'verwundeten', 'kranke', 'kranken', 'gefangene', 'gefangenen', 'festgehaltene', 'festgehaltenen',
    'inhaftierte', 'inhaftierten', 'verschleppte', 'verschleppten', 'deportierte', 'deportierten', 'entführte', 'entführten',
    'freigelassene', 'freigelassenen', 'befreite', 'befreiten', 'zurückgekehrte', 'zurückgekehrten', 'junge', 'jungen', 'ehemalige',
    'ehemaligen', 'militärische', 'militärischen', 'männliche', 'weibliche', 'mehr', 'noch',
  ],
  nouns: [
    { pattern: '(?:gefallene|getötete|tote)(?:n|r)? (?:soldat\\p{L}*|militärangehörige\\p{L}*|kämpfer\\p{L}*|verteidiger\\p{L}*|kriegsgefangene\\p{L}*)', category: 'remains' },
    { pattern: 'gefallene(?:n|r)?|getötete(?:n|r)?|tote(?:n|r)?', category: 'remains' },
    { pattern: '\\p{L}*leichen|leichnam(?:e|en)?|leichname(?:n)?', category: 'remains' },
    { pattern: '(?:sterbliche(?:n)? )?überreste(?:n)?', category: 'remains' },
    { pattern: 'särge(?:n)?|gebeine(?:n)?', category: 'remains' },
    { pattern: 'schwer ?verletzte\\p{L}*|schwer ?verwundete\\p{L}*|verwundete\\p{L}*|verletzte\\p{L}*', category: 'pow', wounded: true },
    { pattern: 'kriegsgefangene\\p{L}*', category: 'pow' },
    { pattern: 'militärangehörige\\p{L}*|armeeangehörige\\p{L}*|soldatinnen und soldaten|angehörige der (?:streitkräfte|armee)', category: 'pow' },
    { pattern: 'soldat\\p{L}*', category: 'captives' },
    { pattern: 'militärs', category: 'captives' },
    { pattern: 'kämpfer\\p{L}*', category: 'pow' },
    { pattern: 'verteidiger\\p{L}*', category: 'pow' },
    { pattern: 'grenzschützer\\p{L}*|grenzsoldat\\p{L}*', category: 'pow' },
    { pattern: 'marinesoldat\\p{L}*|matrosen|seeleute', category: 'pow' },
    { pattern: 'offiziere(?:n)?', category: 'pow' },
    { pattern: 'piloten', category: 'pow' },
    { pattern: 'söldner(?:n)?', category: 'pow' },
    { pattern: 'wehrpflichtige\\p{L}*', category: 'pow' },
    { pattern: 'truppen', category: 'pow' },
    { pattern: 'polizisten|polizeibeamte\\p{L}*', category: 'captives' },
    { pattern: 'zivilgefangene\\p{L}*', category: 'civilians' },
    { pattern: 'zivilist\\p{L}*|zivilpersonen|zivile(?:n)?(?![\\p{L}])', category: 'civilians' },
    { pattern: 'bewohner\\p{L}*|einwohner\\p{L}*', category: 'civilians' },
    { pattern: 'priester(?:n)?', category: 'civilians' },
    { pattern: 'journalist\\p{L}*', category: 'civilians' },
    { pattern: 'ärzte(?:n)?|mediziner\\p{L}*|sanitäter\\p{L}*', category: 'civilians' },
    { pattern: 'freiwillige\\p{L}*', category: 'civilians' },
    { pattern: 'fischer(?:n)?', category: 'civilians' },
    { pattern: 'kinder(?:n)?', category: 'children' },
    { pattern: 'minderjährige\\p{L}*', category: 'children' },
    { pattern: 'jugendliche\\p{L}*', category: 'children' },
    { pattern: 'waisen\\p{L}*', category: 'children' },
    { pattern: 'babys|säuglinge(?:n)?', category: 'children' },
    { pattern: 'geiseln', category: 'hostages' },
    { pattern: 'entführte(?:n)?', category: 'hostages' },
    { pattern: 'politische(?:n)? (?:gefangene\\p{L}*|häftlinge(?:n)?)', category: 'detainees' },
    { pattern: 'häftlinge(?:n)?|inhaftierte(?:n)?|strafgefangene(?:n)?|gefängnisinsassen', category: 'detainees' },
    { pattern: 'gefangene(?:n)?', category: 'prisoners' },
    { pattern: 'menschen', category: 'people' },
    { pattern: 'personen', category: 'people' },
    { pattern: 'bürger(?:innen|n)?|staatsbürger\\p{L}*|staatsangehörige\\p{L}*', category: 'people' },
    { pattern: 'landsleute(?:n)?', category: 'people' },
    { pattern: 'leute(?![\\p{L}])', category: 'people' },
    { pattern: 'frauen', category: 'people' },
    { pattern: 'männer(?:n)?', category: 'people' },
    { pattern: 'ukrainer(?:innen|n)?', category: 'people' },
    { pattern: 'russen|russinnen', category: 'people' },
    { pattern: 'israelis', category: 'people' },
    { pattern: 'palästinenser\\p{L}*', category: 'people' },
    { pattern: 'armenier(?:n)?', category: 'people' },
    { pattern: 'aserbaidschaner(?:n)?', category: 'people' },
    { pattern: 'libanesen', category: 'people' },
  ],
  remainsBefore: '(?:\\p{L}*leichen|leichname|leichnamen|überreste|überresten|särge|gebeine)(?:\\s+(?:von|der|des))?(?:\\s*(?:weiteren|insgesamt))?',
  remainsAfter: '(?!)',
  wounded: 'verletz|verwund|krank|schwerverletz|schwerverwund|invalid|amputiert',
  nationalities: NATIONALITIES,
  parties: PARTIES,
  give: [
    ...GIVE_FINITE, 'übergeben\\p{L}*', 'überstellt\\p{L}*', 'überführt\\p{L}*', 'ausgeliefert', 'zurückgegeben', 'freigelassen',
    auxBefore(GIVE_PART), inverted(GIVE_FINITE, GIVE_PART),
  ].join('|'),
  // "zurückbringen" is read as bringing home (`receive`); no verb here goes both ways.
  ambiguousReturn: '(?!)',
  receive: [
    ...RECEIVE_FINITE, 'zurückgeholt', 'zurückerhalten', 'heimgeholt', 'zurückgebracht', 'heimgebracht',
    'konnte(?:n)? (?:[\\p{L}\\d.]+ ){0,6}zurückholen', auxBefore(RECEIVE_PART), inverted(RECEIVE_FINITE, RECEIVE_PART),
  ].join('|'),
  home: [
    'heim(?![\\p{L}])', 'heimgekehrt\\p{L}*', 'kehrte(?:n)? (?:[\\p{L}\\d.]+ ){0,8}(?:heim|zurück)', 'zurückgekehrt\\p{L}*', 'nach hause', 'in die heimat',
    'in der heimat', 'daheim', 'wieder zu hause', 'sind zurück', 'zurück in der (?:ukraine|heimat)', 'heimgebracht', 'heimgeholt',
    'freigekommen', 'kamen (?:[\\p{L}\\d.]+ ){0,4}frei', '(?:wurden|sind|seien) (?:freigelassen|befreit)(?! von| vom| durch)',
  ].join('|'),
  toParty: '(?<![\\p{L}])(?:an|nach|zu|zur|zum|in die|für)\\s+(?:die\\s+|den\\s+|das\\s+|der\\s+)?$',
  fromParty: '(?<![\\p{L}])(?:von|vom|aus|durch|seitens)\\s+(?:der\\s+|dem\\s+|den\\s+|die\\s+)?$',
  inReturn:
    '(?:im gegenzug(?: für)?|im austausch (?:gegen|für)|gegen|während|wohingegen|und (?:im gegenzug )?(?:erhielt|erhielten|bekam|bekamen|empfing))\\s*(?:die\\s+|den\\s+|der\\s+)?$',
  swap: 'austausch|ausgetauscht|tauscht|getauscht|gefangenenaustausch',
  comeBack: 'heimgekehrt|zurückgekehrt|zurückgebracht|freigelassen|heimkehr|rückkehr',
  each: '^\\s*(?:(?:[\\p{L}-]+\\s+){0,4}?(?:jeweils|pro seite|auf jeder seite|von jeder seite|auf beiden seiten|von beiden seiten))(?![\\p{L}])',
  eachBefore: '(?<![\\p{L}])(?:(?:jeweils|je)\\s*|jede seite(?:\\s+[\\p{L}-]+){1,3}\\s*|beide seiten(?:\\s+[\\p{L}-]+){1,3}\\s*)$',
  sameNumber: 'die gleiche anzahl|dieselbe anzahl|ebenso viele|genauso viele|gleich viele|eine ähnliche zahl',
  ratioAfter: '(?:für|pro)\\s+(?:jeden|jede|jedes|jeweils einen)(?!\\s+seite)',
  clauseStarts: 'und|aber|nach|nachdem|bevor',
  ofOwner: `^\\s+(?:(?:von|der|des)\\s+(?:(?:den|dem|der|ihren|seinen|unseren)\\s+)?)?(?=${NAT})`,
  heldBy:
    '^,?\\s*(?:die\\s+(?:[\\p{L}\\d]+\\s+){0,3}?)?(?:in|von)\\s+(?:der\\s+|den\\s+|dem\\s+)?$|^\\s+(?:aus|in)\\s+(?:der\\s+)?$',
  forSwap: '^\\s*(?:-|–)?\\s*gegen\\s*(?:-|–)?\\s*',
  partOf: '(?:darunter|davon|einschließlich|inklusive|unter ihnen|unter denen|sowie|neben)[:,]?\\s*(?:die\\s+|der\\s+|den\\s+)?$',
  partAfter: '^\\s*(?:davon|von ihnen|unter ihnen|(?:sind|waren) (?:zivilisten|frauen|kinder|offiziere))',
  plan: [
    'wird(?![\\p{L}])', 'werden(?![\\p{L}])', 'würde(?:n)?(?![\\p{L}])', 'soll(?:en|te|ten)?(?![\\p{L}])', 'geplant\\p{L}*', 'plant(?:en)?(?![\\p{L}])',
    'planen', 'vereinbart\\p{L}* (?:[\\p{L}\\d.]+ ){0,6}(?:auszutauschen|zu übergeben|freizulassen|zurückzugeben)',
    'auszutauschen', 'zu übergeben', 'freizulassen', 'zurückzugeben', 'zu überstellen', 'zurückzuholen', 'auszuliefern',
    'einigten sich', 'einigung (?:auf|über)', 'geeinigt', 'angeboten', 'bietet (?:\\p{L}+ ){0,4}an', 'bot (?:\\p{L}+ ){0,4}an', 'angebot',
    'bereit(?![\\p{L}])', 'beabsichtig\\p{L}*', 'zugesagt', 'sagte (?:\\p{L}+ ){0,4}zu', 'versprochen', 'versprach', 'erwartet',
    'in der kommenden woche', 'nächste woche', 'kommende woche', 'in den kommenden tagen', 'demnächst', 'vorgesehen', 'vorgeschlagen',
    'schlug (?:\\p{L}+ ){0,4}vor', 'fordert\\p{L}*', 'forderte\\p{L}*', 'könnte(?:n)?(?![\\p{L}])', 'will(?![\\p{L}])', 'wollen',
  ].join('|'),
  cumulative: [
    'insgesamt', 'bislang', 'bisher', 'bis jetzt', 'bis heute', 'bis dato', 'seit beginn', 'seit (?:dem )?beginn des krieges',
    'seit kriegsbeginn', 'seit (?:der )?(?:russischen )?invasion', 'seit (?:dem )?angriff',
    'seit (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|20\\d\\d|anfang)',
    'im laufe des krieges', 'während des krieges', 'in diesem jahr', 'dieses jahr', 'im vergangenen jahr', 'letztes jahr',
    'im vorjahr', 'kumuliert', 'gesamtzahl', 'alles in allem', 'schon(?![\\p{L}])', 'bereits(?![\\p{L}])',
  ].join('|'),
  superlative: 'größt|bislang größt|erste|ersten|erstes|einzig|rekord|meiste',
  notTransfer: [
    'hält(?![\\p{L}])', 'halten(?![\\p{L}])', 'hielt(?:en)?(?![\\p{L}])', 'festhält', 'festhalten', 'gefangen hält', 'gefangen halten',
    'noch festgehalten', 'weiterhin festgehalten', 'werden festgehalten', 'noch in gefangenschaft', 'weiterhin in gefangenschaft',
    'in gefangenschaft (?:befind|sind|bleiben|sitzen)', 'befinden sich', 'getötet', 'ums leben', 'starben', 'gestorben',
    'verluste', 'vermisst\\p{L}*', 'gefangen genommen', 'gefangengenommen', 'in gefangenschaft geraten', 'festgenommen',
    'verhaftet', 'verurteilt', 'deportiert\\p{L}*(?![\\p{L}]|\\s+(?:nach|von|aus|in)\\s)', 'verschleppt\\p{L}*(?![\\p{L}]|\\s+(?:nach|von|aus|in)\\s)',
    'schätz\\p{L}*', 'geschätzt', 'mobilisiert', 'stationiert', 'eingekesselt', 'bevölkerung', 'listen?(?![\\p{L}])',
    'identifiziert', 'dna(?![\\p{L}])', 'begraben', 'beerdigt', 'bestattet', 'exhumiert',
  ].join('|'),
  undisclosed: [
    'nicht (?:bekannt|genannt|mitgeteilt|veröffentlicht|angegeben|beziffert)', 'keine (?:angaben|zahlen)', 'ohne (?:zahlen|angaben) zu nennen',
    'ohne (?:eine )?zahl', 'nannte(?:n)? keine', 'unbekannte zahl', 'mehrere', 'dutzende', 'hunderte', 'tausende', 'eine gruppe',
    'eine weitere gruppe', 'einige',
  ].join('|'),
  confirm: 'bestätig|verifiz|räumte ein',
  speech: [
    'sagte\\p{L}*', 'sagt(?![\\p{L}])', 'sagen', 'erklärt\\p{L}*', 'teilt\\p{L}* (?:\\p{L}+ ){0,5}mit', 'mitgeteilt', 'meldet\\p{L}*',
    'gemeldet', 'berichtet\\p{L}*', 'schrieb\\p{L}*', 'schreibt', 'betont\\p{L}*', 'kündigte\\p{L}*', 'angekündigt',
    'gab (?:\\p{L}+ ){0,3}bekannt', 'bekanntgegeben', 'hieß es', 'heißt es', 'verkündet\\p{L}*', 'bestätigt\\p{L}*', 'zufolge',
    'laut', 'telegram', 'erklärung', 'mitteilung',
  ].join('|'),
  // A speaker named after the verb, as German puts it after a quote or a figure (", teilte das Ministerium in Moskau mit").
  according: [
    'laut', 'zufolge', 'nach (?:eigenen )?angaben', 'gemäß', 'unter berufung auf', 'wie (?:\\p{L}+ ){0,3}mitteilte',
    '(?<=[,;»«“”"]\\s*)(?:sagte|erklärte|teilte|berichtete|schrieb|betonte|meldete|bestätigte|hieß es (?:vo[nm]|aus|in))(?![\\p{L}])',
  ].join('|'),
  bodies:
    '\\p{L}*ministerium(?:s)?|hauptquartier|koordinierungsstab(?:s)?|stab(?:s)?|büro(?:s)?|seite|regierung|behörden|beamte(?:n)?|vertreter(?:n)?|ombuds\\p{L}*|menschenrechtsbeauftragte\\p{L}*|armee|streitkräfte|präsident\\p{L}*|sprecher\\p{L}*|agentur|dienst(?:es)?|kommando(?:s)?|generalstab(?:s)?|rat(?:es)?|komitee(?:s)?|kommission|botschaft|präsidialamt(?:s)?|mission|\\p{L}*geheimdienst(?:es|s)?|delegation|unterhändler(?:n)?|gesandte\\p{L}*|berater\\p{L}*',
  // Month names alone ("im Oktober"): chrono reads them only next to a day.
  dateForms: { months: ['januar', 'februar', 'märz|maerz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'] },
  stateForces: ['regierung\\p{L}*', 'armee', 'regime\\p{L}*', 'behörden', 'junta'],
  armedGroup: ['rebellen', 'aufständisch\\p{L}*', 'milizen?', 'dschihadisten', 'die gruppe', 'terrorgruppe', 'terrororganisation'],
  firstPerson: '(?<![\\p{L}])(?:wir|unser\\p{L}*|uns)(?![\\p{L}])',
  pronouns:
    '(?<![\\p{L}])(?:er|sie|ihm zufolge|ihr zufolge|der minister|das ministerium|der vermittler|der sprecher|die sprecherin|der präsident|die behörde|der stab)(?![\\p{L}])',
  background: 'zuvor|vorher|früher|vorherig\\p{L}*|beim letzten austausch|der letzte austausch|das letzte mal|in der vergangenheit|damals',
  mediators: [
    ['vereinigte(?:n)? arabische(?:n)? emirate(?:n)?', 'uae'],
    ['vae(?![\\p{L}])', 'uae'],
    ['emirat\\p{L}*', 'uae'],
    ['abu dhabi', 'uae'],
    ['türkei', 'turkey'],
    ['türkisch\\p{L}*', 'turkey'],
    ['ankara', 'turkey'],
    ['katar|qatar', 'qatar'],
    ['doha', 'qatar'],
    ['internationale(?:n|s)? komitee(?:s)? vom roten kreuz', 'icrc'],
    ['ikrk', 'icrc'],
    ['rote(?:n|s)? kreuz(?:es)?', 'icrc'],
    ['rote(?:n)? halbmond(?:es)?|roter halbmond', 'icrc'],
    ['vatikan\\p{L}*', 'vatican'],
    ['heilige(?:n)? stuhl(?:s|es)?', 'vatican'],
    ['papst\\p{L}*', 'vatican'],
    ['saudi-arabien(?:s)?', 'saudi-arabia'],
    ['saudisch\\p{L}*', 'saudi-arabia'],
    ['usa(?![\\p{L}])|vereinigte(?:n)? staaten', 'united-states'],
    ['washington', 'united-states'],
    ['amerikanisch\\p{L}*|us-regierung', 'united-states'],
    ['ägypten', 'egypt'],
    ['oman', 'oman'],
    ['schweiz', 'switzerland'],
    ['norwegen', 'norway'],
    ['vereinte(?:n)? nationen|uno?(?![\\p{L}])', 'un'],
    ['belarus', 'belarus'],
    ['kasachstan', 'kazakhstan'],
    ['indien', 'india'],
    ['afrikanische(?:n)? union', 'african-union'],
  ],
  // A mediator named as the receiving hand ("handed over to the Red Cross") carried the handover out.
  mediation: [
    'vermittl\\p{L}*|vermittelt\\p{L}*|mithilfe|mit hilfe|mit unterstützung|unter beteiligung|dank(?![\\p{L}])|bemühungen|unter der schirmherrschaft|gute(?:n)? dienste|ausgehandelt',
    '(?:übergeben|übergab\\p{L}*|überstellt\\p{L}*) (?:[\\p{L}\\d-]+ ){0,6}(?:an das|dem) (?:rote(?:n)? kreuz|ikrk|internationale(?:n)? komitee)|(?:an das|dem) (?:rote(?:n)? kreuz|ikrk) übergeben',
  ].join('|'),
  // Words of death that describe the dead of a handover of remains: they do not block its figure.
  deathWords: 'getötet|ums leben|starben|gestorben|gefallen|tot|identifi|dna|begraben|exhum',
  // Next to an agreement's place name, these make it an agreement: the talks, the deal, the round.
  agreementContext: 'abkommen|vereinbar|verhandl|gespräch|einigung|runde|deal|memorandum',
  agreements: [
    // The engine wants an agreement word next to the city ("round", "deal"…); German "Abkommen"/"Runde" are not yet among them.
    ['(?:abkommen|vereinbarung\\p{L}*|absprachen|\\p{L}*runde|gespräche\\p{L}*)[^.;]{0,60}?istanbul|istanbul[^.;]{0,60}?(?:abkommen|vereinbarung\\p{L}*|\\p{L}*runde|gespräche\\p{L}*)', 'istanbul-2025'],
    ['stockholmer abkommen', 'stockholm-2018'],
    ['waffenstillstands(?:abkommen|vereinbarung)', 'ceasefire-{year}'],
    ['waffenruhe(?:abkommen|vereinbarung)?', 'truce-{year}'],
  ],
  abbreviations: [
    'dr', 'prof', 'hr', 'fr', 'gen', 'ca', 'bzw', 'z.b', 'u.a', 'usw', 'vgl', 'nr', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'okt', 'nov', 'dez', 'etc', 'st', 'mio', 'mrd', 'tsd', 'abs', 'art', 'inkl', 'evtl', 'ggf', 'd.h', 's',
  ],
  chrono: 'de',
};
