import { any, auxiliary, defineTable, E } from './define.js';

/**
 * Dutch: ANP, NOS, de Volkskrant, VRT. Verb-second, with participles and separable particles at the
 * clause end ("heeft 1000 lichamen overgedragen", "droeg 1000 lichamen over"): the finite verb or
 * auxiliary stands for the verb when the rest follows.
 */
const W = '\\p{L}*';
const PARTICIPLES = 'overgedragen|overhandigd|teruggegeven|vrijgelaten|teruggestuurd|uitgeleverd|overgebracht';
const until = (particle: string): string => `(?=(?:[^.;:]|[.,](?=\\d)){0,80}?(?<![\\p{L}])(?:${particle})${E})`;
export const nl = defineTable({
  code: 'nl',
  screen: ['gevangenenruil', 'uitwissel', 'uitgewisseld', 'krijgsgevangen', 'gevangenen', 'lichamen', 'stoffelijk', 'gijzelaar', 'vrijgelaten', 'vrijlat', 'overgedragen', 'overhandig', 'teruggekeerd', 'keerden terug', 'thuis'],
  transfer: [
    'gevangenenruil', 'ruil', 'uitwissel', 'uitgewisseld', 'wisselden', 'overgedragen', 'droeg', 'droegen', 'draagt', 'overhandig', 'teruggegeven', 'gaf', 'gaven',
    'overdragen', 'vrijlaten', 'teruggeven', 'vrijgelaten', 'liet', 'lieten', 'vrijlating', 'teruggestuurd', 'stuurde', 'uitgeleverd', 'ontving', 'ontvangen', 'kreeg', 'teruggekregen', 'in ontvangst',
    'keerde', 'teruggekeerd', 'kwamen thuis', 'thuis', 'terug in', 'gerepatrieerd',
  ],
  numbers: {
    units: {
      nul: 0, een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12, vijftien: 15,
      twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
    },
    multipliers: { honderd: 100, duizend: 1000, miljoen: 1_000_000 },
    joiners: ['en'],
    articles: ['een'],
    singular: ['duizend', 'honderd'],
    thousandSuffix: `duizend${E}`,
    dotThousands: true,
  },
  qualifiers: [['minstens|ten minste|minimaal', 'at_least'], ['meer dan|ruim|bijna meer dan', 'more_than'], ["ongeveer|circa|ca\\.|zo'n|zo’n|rond(?:om)?|omstreeks", 'about'], ['bijna|nagenoeg|vrijwel', 'nearly'], ['tot|maximaal|hooguit', 'up_to']],
  notCount: ['%', 'procent', 'jaar', 'maand', 'dag', 'uur', 'week', 'weken', 'km', 'kilometer', 'ton' + E, 'dollar', 'euro', 'keer', 'ronde', 'landen', 'e' + E, 'ste' + E, 'de' + E].join('|'),
  modifiers: ['andere', 'nog', 'extra', 'gewonde', 'zwaargewonde', 'zieke', 'gesneuvelde', 'omgekomen', 'gedode', 'dode', 'vrijgelaten', 'burger', 'militaire', 'jonge', 'van', 'onze'],
  nouns: [
    { pattern: `lichamen|lichaam|stoffelijke resten|stoffelijk overschot|lijken|lijk${E}|doodskisten`, category: 'remains' },
    { pattern: `krijgsgevangen${W}`, category: 'pow' },
    { pattern: `gevangen(?:en|e)${E}`, category: 'prisoners' },
    { pattern: `soldat${W}|militair${W}|strijder${W}|verdedigers|officier${W}|mariniers`, category: 'captives' },
    { pattern: `burger${W}|civiel${W}|journalist${W}`, category: 'civilians' },
    { pattern: `kinderen|kind${E}|minderjarigen|tieners`, category: 'children' },
    { pattern: `gijzelaar${W}|gegijzelden|ontvoerden`, category: 'hostages' },
    { pattern: `gedetineerd${W}|politieke gevangenen`, category: 'detainees' },
    { pattern: `mensen|personen|oekraïners|oekrainers|russen|israëliërs|israeliërs|palestijnen|landgenoten`, category: 'people' },
  ],
  bareFollowers: 'in|en|aan|naar|van|door|terug|thuis|elk|per|tegen|die|over|vrij',
  remainsBefore: '(?:de )?(?:lichamen|stoffelijke resten|stoffelijk overschot|lijken)(?: van)?',
  wounded: 'gewond|zwaargewond|ziek',
  nationalities: [['oekra[iï]en', 'ukraine'], ['russisch', 'russia'], ['isra[eë]lisch', 'israel'], ['palestijn', 'hamas'], ['armeens|armeni', 'armenia'], ['azerbeidzjaans|azeri', 'azerbaijan'], ['amerikaans', 'united-states'], ['irans', 'iran']],
  parties: [
    ['rusland|moskou|het kremlin|kremlin', 'russia'], ['oekra[iï]ne|kiev|kyiv|kyjiv', 'ukraine'], ['isra[eë]l', 'israel'], ['hamas', 'hamas'], ['hezbollah', 'hezbollah'],
    ["houthi['’]?s|houthi", 'houthis'], ['armeni[eë]', 'armenia'], ['azerbeidzjan', 'azerbaijan'], ['iran', 'iran'], ['de vs|vs' + E + '|verenigde staten|amerika', 'united-states'], ['wit-rusland|belarus', 'belarus'],
  ],
  objectPrepositions: ['aan', 'naar', 'van', 'door', 'uit', 'met', 'tegen', 'voor', 'tussen', 'in', 'over'],
  give: any([
    `droeg(?:en)?${until('over')}`, `draagt${until('over')}`, `overhandigde(?:n)?${E}`, `gaf(?:en)?${until('terug|vrij')}`, `liet(?:en)?${until('vrij|gaan')}`,
    `stuurde(?:n)?${until('terug')}`, `leverde(?:n)?${until('uit')}`, auxiliary('heeft|hebben|had|hadden', PARTICIPLES),
    auxiliary('zal|zullen|wil|willen|gaat|gaan', 'overdragen|overhandigen|teruggeven|vrijlaten|terugsturen|uitleveren'),
  ]),
  receive: any(['ontving(?:en)?' + E, 'kreeg' + W + until('terug'), 'nam(?:en)?' + until('in ontvangst'), auxiliary('heeft|hebben|had|hadden', 'ontvangen|teruggekregen|in ontvangst genomen|teruggehaald|opgehaald')]),
  home: 'thuis|keerde(?:n)? (?:\\p{L}+ ){0,3}terug|teruggekeerd|terug in (?:oekra[iï]ne|rusland|isra[eë]l)|naar huis',
  toParty: '(?:aan|naar)\\s*$',
  fromParty: '(?:van|door|uit)\\s*$',
  inReturn: '(?:in ruil voor|in ruil|als tegenprestatie|tegen|terwijl|op haar beurt|op zijn beurt)\\s*$',
  inReturnAfter: 'in ruil|terug',
  swap: 'ruil|uitwissel|uitgewisseld|wisselden',
  comeBack: 'keerde|teruggekeerd|thuis|vrijgelaten',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:elk|ieder|per kant|van elke kant)' + E,
  eachBefore: '(?<![\\p{L}])(?:elk|ieder|telkens|beide (?:kanten|zijden|landen|partijen)(?:\\s+[\\p{L}]+){1,2})\\s*$',
  sameNumber: 'hetzelfde aantal|evenveel|een gelijk aantal',
  clauseStarts: 'en|maar|terwijl',
  clauseBreaks: { afterComma: 'terwijl|maar|en|waarna', standalone: 'terwijl' },
  partOf: '(?:onder wie|onder hen|waaronder|waarvan|inclusief|onder meer)[:,]?\\s*$',
  partAfter: '^\\s*(?:van hen|van wie)',
  ofOwner: '^\\s+van\\s+(?:de\\s+)?',
  plan: ['zal' + E, 'zullen' + E, 'gaat' + E, 'van plan', 'gepland' + W, 'plant' + E, 'verwacht' + W, 'afgesproken', 'akkoord', 'overeengekomen', 'volgende week', 'binnenkort', 'voorgesteld', 'aangeboden'].join('|'),
  cumulative: ['tot nu toe', 'tot dusver', 'in totaal', 'sinds het begin van de oorlog', 'sinds (?:20\\d\\d|de invasie|februari)', 'dit jaar', 'inmiddels'].join('|'),
  weakTotals: 'in totaal',
  superlative: 'grootste|eerste',
  notTransfer: ['vastgehouden', 'gevangen gehouden', 'gevangengenomen', 'gedood', 'vermist' + W, 'sneuvelden', 'geschat' + W, 'lijst' + W].join('|'),
  undisclosed: 'niet bekendgemaakt|onbekend aantal|niet duidelijk|enkele|tientallen|honderden|duizenden',
  confirm: 'bevestig' + W,
  speech: ['zei' + E, 'zegt', 'meldde', 'meldt', 'liet weten', 'maakte bekend', 'schreef', 'schrijft', 'verklaarde', 'aldus'].join('|'),
  according: 'volgens|aldus|meldt|citeert',
  bodies: '\\p{L}*(?:ministerie|hoofdkwartier|coördinatie|regering|autoriteiten|woordvoerder|ombudsman|leger|president|staf)\\p{L}*|kant' + E,
  firstPerson: `(?<![\\p{L}])(?:wij|we|onze|ons)${E}`,
  pronouns: `(?<![\\p{L}])(?:hij|zij|ze)${E}`,
  background: 'eerder|vorige|de vorige uitwisseling|in het verleden|destijds',
  mediators: [
    ['verenigde arabische emiraten|emiraten|vae', 'uae'], ['turkije', 'turkey'], ['qatar', 'qatar'], ['rode kruis|icrc|internationaal comité van het rode kruis', 'icrc'], ['vaticaan|paus', 'vatican'],
    ['saudi-arabi[eë]', 'saudi-arabia'], ['egypte', 'egypt'], ['oman', 'oman'], ['vn' + E + '|verenigde naties', 'un'],
  ],
  mediation: 'bemiddel\\p{L}*|met hulp van|dankzij|tussenkomst',
  agreements: [['istanbul', 'istanbul-2025']],
  agreementContext: 'gesprekken|akkoord|afspraken|onderhandeling|overeenkomst',
  abbreviations: ['ca', 'o.a', 'bijv', 'mr', 'dr', 'nl', 'vs'],
  chrono: 'nl',
  // chrono's Dutch reads "vrij" (free), "zo" and "za" as weekdays: they are hidden from it.
  dateSpellings: [['(?<![\\p{L}])vrij(?!dag)', 'vr_j'], ['(?<![\\p{L}])zo(?![\\p{L}])', 'z_'], ['(?<![\\p{L}])za(?![\\p{L}])', 'z_']],
});
