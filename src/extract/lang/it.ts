import type { PartySlug } from '../../domain/index.js';
import type { LanguageTable } from './types.js';

const ONES = ['', 'uno', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove'];
const TEENS = ['dieci', 'undici', 'dodici', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove'];
const TENS = ['', '', 'venti', 'trenta', 'quaranta', 'cinquanta', 'sessanta', 'settanta', 'ottanta', 'novanta'];

/**
 * Number words up to 99, each written as one word with its elisions ("ventuno", "trentotto",
 * "ventitré"). Hundreds and thousands are glued to them ("centoventi", "duemilatrecento") and read
 * by the engine's compound reading from "cento", "mila" and "mille". "un", "uno" and "una" are left
 * out: they are far more often articles than counts, and "una trentina" must read as about 30.
 */
function units(): Record<string, number> {
  const out: Record<string, number> = { zero: 0 };
  for (let n = 2; n < 10; n++) out[ONES[n]!] = n;
  TEENS.forEach((w, i) => (out[w] = 10 + i));
  for (let t = 2; t < 10; t++) {
    const ten = TENS[t]!;
    out[ten] = t * 10;
    for (let u = 1; u < 10; u++) {
      const one = ONES[u]!;
      const stem = one === 'uno' || one === 'otto' ? ten.slice(0, -1) : ten;
      out[stem + one] = t * 10 + u;
      if (one === 'tre') out[`${stem}tré`] = t * 10 + 3;
      if (one === 'uno') out[`${stem}un`] = t * 10 + 1; // "ventun soldati", "trentunmila"
    }
  }
  // Approximate amounts: "una trentina" is about 30 (the "una" before it is read as the qualifier).
  Object.assign(out, {
    decina: 10, dozzina: 12, quindicina: 15, ventina: 20, trentina: 30, quarantina: 40, cinquantina: 50, sessantina: 60,
    centinaio: 100, migliaio: 1000,
  });
  return out;
}

/** Adjectives and demonyms of nationality ("ucraini", "russe"); never the country's own name. */
const NATIONALITIES: Array<[string, PartySlug]> = [
  ['ucrain[oie](?![\\p{L}])', 'ukraine'],
  ['russ[oie](?![\\p{L}])', 'russia'],
  ['israelian[oiae](?![\\p{L}])', 'israel'],
  ['palestines[ei](?![\\p{L}])', 'hamas'],
  ['armen[oi](?![\\p{L}])', 'armenia'],
  ['azer[oiae]?(?![\\p{L}])|azerbaigian[oiae](?![\\p{L}])', 'azerbaijan'],
  ['libanes[ei](?![\\p{L}])', 'lebanon'],
  ['saudit[aie](?![\\p{L}])', 'saudi-led-coalition'],
  ['houthi(?![\\p{L}])|huthi(?![\\p{L}])', 'houthis'],
  ['etiop[ie](?![\\p{L}])', 'ethiopia'],
  ['colombian[oiae](?![\\p{L}])', 'colombia'],
  ['bieloruss[oie](?![\\p{L}])', 'belarus'],
];
const NAT = NATIONALITIES.map(([p]) => p).join('|');

/** Words that make a sentence about a handover: verbs and nouns of exchanging, handing over, getting back. */
const TRANSFER = [
  'scambi\\p{L}*', 'scambiat\\p{L}*', 'consegn\\p{L}*', 'restitu\\p{L}*', 'rilasci\\p{L}*', 'liber[aòoi]\\p{L}*', 'scarcer\\p{L}*',
  'rimpatri\\p{L}*', 'trasfer\\p{L}*', 'ricevut\\p{L}*', 'ricev\\p{L}*', 'recuper\\p{L}*', 'riportat\\p{L}*', 'tornat\\p{L}*',
  'tornan\\p{L}*', 'rientrat\\p{L}*', 'ritorn\\p{L}*', 'riavut\\p{L}*', 'a casa', 'in patria', 'rimandat\\p{L}*',
];

/** Italian: ANSA, Adnkronos, national dailies, translated statements. */
export const it: LanguageTable = {
  code: 'it',
  // The document screen and paragraph anchor: every verb of `transfer` and the nouns of people held or handed over.
  screen: [...TRANSFER, 'prigionier', 'prigionia', 'ostagg', 'salme', 'corpi', 'resti', 'cadaver', 'detenut', 'sequestrat', 'rapit'],
  transfer: TRANSFER,
  numbers: {
    units: units(),
    multipliers: {
      cento: 100, mille: 1000, mila: 1000, milione: 1_000_000, milioni: 1_000_000,
      // Plurals only scale a number before them: "centinaia di" gives no figure.
      decine: 10, centinaia: 100, migliaia: 1000,
    },
    joiners: [],
    articles: ['un', 'una'],
    // "mille corpi": a thousand on its own. "cento" is left out so "per cento" is not a hundred.
    singular: ['mille'],
    thousandSuffix: '(?:mila|mille)(?![\\p{L}])',
    dotThousands: true,
  },
  qualifiers: [
    ['non meno di', 'at_least'],
    ['almeno(?: una?)?', 'at_least'],
    ['come minimo', 'at_least'],
    ['minimo', 'at_least'],
    ['(?:ben |poco )?più di(?: una?)?', 'more_than'],
    ['(?:ben )?oltre(?: una?)?', 'more_than'],
    ['sopra i', 'more_than'],
    ['circa(?: una?)?', 'about'],
    ['(?:intorno|attorno) (?:a|ai|alle)(?: una?)?', 'about'],
    ['approssimativamente', 'about'],
    ['all[\'’]incirca', 'about'],
    ['pressappoco', 'about'],
    ['qualche', 'about'],
    ['quasi(?: una?)?', 'nearly'],
    ['poco meno di', 'nearly'],
    ['vicino a(?:i|lle)?', 'nearly'],
    ['fino a(?: una?)?', 'up_to'],
    ['al massimo', 'up_to'],
    ['meno di(?: una?)?', 'up_to'],
    ['una?', 'about'],
  ],
  qualifiersAfter: [
    ['o più', 'at_least'],
    ['circa', 'about'],
    ['\\+', 'more_than'],
  ],
  notCount: [
    '%', 'per ?cento', '(?:a|e|-|–|o)\\s*\\d+\\s*(?:anni|ore|giorni|mesi|settimane|km|chilometri)', 'anni(?![\\p{L}])',
    'anno(?![\\p{L}])', 'mesi(?![\\p{L}])', 'mese(?![\\p{L}])', 'settimane?', 'giorni(?![\\p{L}])', 'giorno(?![\\p{L}])',
    'ore(?![\\p{L}])', 'h(?![\\p{L}])', 'minuti', 'km', 'chilometri', 'metri', 'kg', 'tonnellate', 'º', 'ª', '°', 'volte',
    'euro(?![\\p{L}])', 'dollari', 'rubli', 'grivnie?', 'miliardi', 'scambi(?![\\p{L}])', 'round', 'tappe', 'fasi?(?![\\p{L}])',
    'operazioni', 'voli(?![\\p{L}])', 'aerei', 'autobus', 'pullman', 'camion', 'veicoli', 'elicotteri', 'villaggi', 'località',
    'città', 'regioni', 'paesi(?![\\p{L}])', 'parti(?![\\p{L}])', 'delegazioni', 'capi(?![\\p{L}])', 'gruppi di lavoro',
    'articoli', 'punti(?![\\p{L}])',
    'gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre',
    'gmt', 'utc', 'morti(?![\\p{L}])', 'vittime', 'dispersi', 'feriti e',
  ].join('|'),
  modifiers: ['nostro', 
    'di', 'dei', 'degli', 'delle', 'del', 'della', 'i', 'gli', 'le', 'suoi', 'sue', 'loro', 'nostri', 'nostre', 'altri', 'altre',
    'nuovi', 'nuove', 'ultimi', 'ultime', 'primi', 'prime', 'giovani', 'ex', 'gravemente', 'ulteriori',
    'restanti', 'questi', 'queste',
  ],
  nouns: [
    // Wounded prisoners: the adjective follows the noun in Italian.
    {
      pattern: '(?:prigionieri di guerra|soldati|militari|combattenti|difensori|prigionieri)(?:\\s+(?:ucraini|russi))?\\s+(?:gravemente |seriamente )?(?:feriti|malati)(?:\\s+gravi)?',
      category: 'pow',
      wounded: true,
    },
    { pattern: 'feriti gravi|gravemente feriti|feriti', category: 'pow', wounded: true },
    { pattern: 'corpi', category: 'remains' },
    { pattern: 'salme', category: 'remains' },
    { pattern: 'resti(?: mortali| umani)?', category: 'remains' },
    { pattern: 'cadaveri', category: 'remains' },
    { pattern: 'bare', category: 'remains' },
    { pattern: 'caduti', category: 'remains' },
    { pattern: 'soldati (?:caduti|morti|uccisi)', category: 'remains' },
    { pattern: 'prigionieri di guerra|prigioniere di guerra', category: 'pow' },
    { pattern: 'militari prigionieri', category: 'pow' },
    { pattern: 'membri (?:delle|dell[\'’]|del)\\s*(?:forze|esercito|guardia)(?: (?:armate|nazionale|ucraine|russe))?', category: 'pow' },
    { pattern: 'personale militare', category: 'pow' },
    { pattern: 'soldati|soldatesse', category: 'captives' },
    { pattern: 'militari', category: 'captives' },
    { pattern: 'combattenti', category: 'pow' },
    { pattern: 'difensori', category: 'pow' },
    { pattern: 'guardie di frontiera', category: 'pow' },
    { pattern: 'marinai|marines', category: 'pow' },
    { pattern: 'ufficiali', category: 'pow' },
    { pattern: 'piloti', category: 'pow' },
    { pattern: 'mercenari', category: 'pow' },
    { pattern: 'reclute', category: 'pow' },
    { pattern: 'truppe', category: 'pow' },
    { pattern: 'poliziotti|agenti(?: di polizia)?|carabinieri', category: 'captives' },
    { pattern: 'civili', category: 'civilians' },
    { pattern: 'abitanti|residenti', category: 'civilians' },
    { pattern: 'sacerdoti|preti', category: 'civilians' },
    { pattern: 'giornalisti', category: 'civilians' },
    { pattern: 'medici', category: 'civilians' },
    { pattern: 'volontari', category: 'civilians' },
    { pattern: 'pescatori', category: 'civilians' },
    { pattern: 'bambini|bambine', category: 'children' },
    { pattern: 'minori(?:enni)?', category: 'children' },
    { pattern: 'adolescenti', category: 'children' },
    { pattern: 'orfani', category: 'children' },
    { pattern: 'neonati', category: 'children' },
    { pattern: 'ostaggi|ostaggio', category: 'hostages' },
    { pattern: 'rapiti|sequestrati', category: 'hostages' },
    { pattern: 'prigionieri politici|detenuti politici', category: 'detainees' },
    { pattern: 'detenuti|detenute', category: 'detainees' },
    { pattern: 'carcerati', category: 'detainees' },
    { pattern: 'condannati', category: 'detainees' },
    { pattern: 'prigionieri|prigioniere', category: 'prisoners' },
    { pattern: 'persone', category: 'people' },
    { pattern: 'individui', category: 'people' },
    { pattern: 'cittadini', category: 'people' },
    { pattern: 'connazionali|compatrioti', category: 'people' },
    { pattern: 'donne', category: 'people' },
    { pattern: 'uomini', category: 'people' },
    { pattern: 'ucraini', category: 'people' },
    { pattern: 'russi', category: 'people' },
    { pattern: 'israeliani', category: 'people' },
    { pattern: 'palestinesi', category: 'people' },
    { pattern: 'armeni', category: 'people' },
    { pattern: 'azeri', category: 'people' },
    { pattern: 'libanesi', category: 'people' },
  ],
  remainsBefore: '(?:corpi|salme|resti(?: mortali| umani)?|cadaveri|bare)(?:\\s+(?:di|dei|degli|delle|del))?(?:\\s*(?:altri|suoi|loro|nostri))?',
  remainsAfter: `(?:\\s+(?:${NAT}))?\\s+(?:cadut|mort|uccis|decedut)\\p{L}*(?:\\s+(?:in combattimento|al fronte|in battaglia|in prigionia))?`,
  wounded: 'ferit|malat|disabil|amputat|invalid',
  nationalities: NATIONALITIES,
  parties: [
    ['federazione russa', 'russia'],
    ['russia', 'russia'],
    ['mosca', 'russia'],
    ['(?:il )?cremlino', 'russia'],
    ['(?:la )?parte russa|(?:il )?lato russo|(?:l[\'’])?esercito russo|(?:le )?forze russe|(?:le )?autorità russe|(?:il )?governo russo|(?:la )?difesa russa|(?:il )?ministero della difesa russo|(?:la )?delegazione russa', 'russia'],
    ['prigionia russa', 'russia'],
    ['ucraina', 'ukraine'],
    ['kiev|kyiv', 'ukraine'],
    ['(?:la )?parte ucraina|(?:il )?lato ucraino|(?:l[\'’])?esercito ucraino|(?:le )?forze ucraine|(?:le )?autorità ucraine|(?:il )?governo ucraino|(?:la )?delegazione ucraina|(?:l[\'’])?intelligence (?:militare )?ucraina|(?:la )?presidenza ucraina', 'ukraine'],
    ['prigionia ucraina', 'ukraine'],
    // Bodies that speak for a side (the shared officials list has only their English and Cyrillic names).
    ['(?:il )?quartier generale (?:di|per il) coordinamento(?: per il trattamento dei prigionieri di guerra)?', 'ukraine'],
    ['(?:il )?ministero della difesa (?:ucraino|di kiev)', 'ukraine'],
    ['(?:il )?ministero della difesa (?:russo|di mosca)', 'russia'],
    ['israele', 'israel'],
    ['(?:l[\'’])?esercito israeliano|(?:il )?governo israeliano|(?:le )?autorità israeliane|idf|tsahal', 'israel'],
    ['hamas', 'hamas'],
    ['(?:le )?brigate (?:ezzedin )?al[- ]qassam|qassam', 'hamas'],
    ['jihad islamica', 'hamas'],
    ['hezbollah', 'hezbollah'],
    ['libano', 'lebanon'],
    ['houthi|huthi|ansar allah', 'houthis'],
    ['sana[\'’]?a', 'houthis'],
    ['governo yemenita', 'yemeni-government'],
    ['coalizione (?:a guida saudita|saudita|araba)', 'saudi-led-coalition'],
    ['arabia saudita', 'saudi-led-coalition'],
    ['armenia', 'armenia'],
    ['erevan|yerevan', 'armenia'],
    ['azerbaigian', 'azerbaijan'],
    ['baku', 'azerbaijan'],
    ['forze di supporto rapido|rsf', 'rsf'],
    ['esercito sudanese|forze armate sudanesi', 'saf'],
    ['tplf|fronte popolare di liberazione del tigrè', 'tplf'],
    ['governo etiope|esercito etiope|etiopia', 'ethiopia'],
    ['forze armate rivoluzionarie della colombia|farc', 'farc'],
    ['eln|esercito di liberazione nazionale', 'eln'],
    ['governo colombiano|colombia', 'colombia'],
    ['bogotà|bogota', 'colombia'],
    ['bielorussia', 'belarus'],
    ['minsk', 'belarus'],
    ['fds|forze democratiche siriane', 'sdf'],
    ['governo siriano|damasco', 'syrian-government'],
  ],
  give: [
    'consegn\\p{L}*', 'restitu\\p{L}*', 'rilasci\\p{L}*', 'liber(?!azion)[aòo]\\p{L}*', 'scarcer\\p{L}*', 'trasfer\\p{L}*', 'rimandat\\p{L}*',
    'ridat\\p{L}*', 'cedut\\p{L}*', 'inviat\\p{L}*',
  ].join('|'),
  // No verb here goes both ways: giving verbs (restituire, consegnare) give; bringing-home verbs are in `receive`.
  ambiguousReturn: '(?!)',
  receive: [
    'ricevut\\p{L}*', 'ricev\\p{L}*', 'recuper\\p{L}*', 'rimpatri\\p{L}*', 'riportat\\p{L}*', 'riport[aò]\\p{L}*', 'accolt\\p{L}*',
    'ottenut\\p{L}* (?:la liberazione|il rilascio|il ritorno)', 'riavut\\p{L}*', 'riottenut\\p{L}*',
  ].join('|'),
  home: [
    'tornat\\p{L}*', 'tornan\\p{L}*', 'torner\\p{L}*', 'rientrat\\p{L}*', 'a casa', 'in patria', 'di ritorno', 'fatto ritorno',
    'ritornat\\p{L}*', 'rimpatriat\\p{L}*',
    '(?:sono stat[ie]|saranno|erano stat[ie]) (?:liberat[ie]|rilasciat[ie]|rimpatriat[ie]|scarcerat[ie])(?! da| dal| dall| dai)',
  ].join('|'),
  // "rimpatriati in Ucraina" is a destination; "detenuti in Russia" says who held them (`heldBy`).
  toParty: '(?<![\\p{L}])(?:(?:a|al|alla|ai|alle|verso|per)\\s+|all[\'’]\\s*|(?<!(?:detenut|trattenut|imprigionat|catturat|incarcerat|deportat|rimast|sono|erano)\\p{L}*\\s)in\\s+)$',
  fromParty: '(?<![\\p{L}])(?:(?:da|dal|dalla|dai|dalle)\\s+|dall[\'’]\\s*)$',
  inReturn:
    '(?:in cambio (?:di|del|della|dei|degli|delle)?|come contropartita|mentre|e (?:in cambio )?(?:ha|hanno) (?:ricevuto|recuperato|ottenuto))\\s*$',
  swap: 'scambi|scambiat',
  comeBack: 'rientr|rimpatri|liberat|tornat|tornano',
  each: '^\\s*(?:(?:[\\p{L}\'’-]+\\s+){0,4}?(?:ciascuno|ciascuna|ognuno|per parte|da ciascuna parte|da ogni parte|per ciascuna parte|da entrambe le parti|per ogni parte))(?![\\p{L}])',
  eachBefore: '(?<![\\p{L}])(?:ciascuna parte|ogni parte|ciascuno|ognuna delle parti)(?:\\s+[\\p{L}\'’-]+){1,3}\\s*$',
  sameNumber: 'lo stesso numero|altrettanti|un numero analogo|un numero uguale',
  ratioAfter: 'per\\s+ogni(?!\\s+parte)',
  clauseStarts: 'e|ed|ma|dopo|prima',
  ofOwner: `^\\s+(?:(?:di|dei|degli|delle|del|della)\\s+(?:(?:suoi|loro|nostri)\\s+)?(?:(?:soldati|militari|combattenti|difensori|prigionieri(?: di guerra)?|civili|ostaggi)\\s+)?)?(?=${NAT})`,
  heldBy:
    '^,?\\s*(?:che\\s+)?(?:(?:erano|sono|erano stat[ie]|sono stat[ie]|furono)\\s+)?(?:detenut\\p{L}*|trattenut\\p{L}*|catturat\\p{L}*|imprigionat\\p{L}*|incarcerat\\p{L}*|rapit\\p{L}*|sequestrat\\p{L}*|deportat\\p{L}*|fatt\\p{L}* prigionier\\p{L}*|pres\\p{L}* in ostaggio|tenut\\p{L}* prigionier\\p{L}*|nelle mani|in mano)(?:\\s+(?:come\\s+)?(?:ostaggi|prigionieri))?\\s+(?:da|dal|dalla|dall[\'’]|dai|dalle|in|di|del|della|dell[\'’]|a)\\s*$',
  forSwap: '^\\s*(?:-|–)?\\s*(?:per|contro)\\s*(?:-|–)?\\s*',
  partOf: '(?:tra (?:cui|loro|questi|i quali|le quali)|fra (?:cui|loro|questi)|di cui|compres[oiae]|inclus[oiae]|nonché|oltre a)[:,]?\\s*(?:i\\s+|gli\\s+|le\\s+)?$',
  partAfter: '^\\s*(?:di (?:loro|essi|questi)|tra (?:loro|essi)|(?:sono|erano) (?:civili|donne|bambini|ufficiali))',
  plan: [
    '\\p{L}{3,}(?:rà|ranno)(?![\\p{L}])', 'sarà', 'saranno', 'prevede\\p{L}*', 'previst[oiae]', 'in programma', 'pianificat\\p{L}*',
    'accordo (?:per|sullo|sul|sulla)', 'accordat\\p{L}*', 'concordat\\p{L}*', 'si (?:è|sono) impegnat\\p{L}*', 'impegno',
    'propost\\p{L}*', 'propone\\p{L}*', 'propos[oe](?![\\p{L}])', 'proporr\\p{L}*', 'offert\\p{L}*', 'offr\\p{L}*', 'pront[oiae] a',
    'disponibil\\p{L}* a', 'intend\\p{L}*', 'deve(?:no)? (?:consegnare|restituire|liberare|scambiare|rilasciare|essere)',
    'dovr(?:à|anno|ebbe|ebbero)(?![\\p{L}])', 'potr(?:à|anno|ebbe|ebbero)(?![\\p{L}])', 'spera(?:no)?(?![\\p{L}])', 'promess\\p{L}*',
    'promett\\p{L}*', 'la prossima settimana', 'il prossimo mese', 'nei prossimi giorni', 'prossimamente', 'a breve',
    'si prepara\\p{L}*', 'da scambiare', 'da consegnare', 'da restituire', 'da liberare', 'da rilasciare',
    'chied\\p{L}* (?:la liberazione|il rilascio|lo scambio)', 'vuole', 'vogliono',
  ].join('|'),
  cumulative: [
    'in totale', 'complessivamente', 'in tutto', 'un totale di', 'finora', 'sinora', 'fino ad ora', 'fino a oggi', 'ad oggi', 'a oggi',
    'dall[\'’]inizio', 'dall[\'’]invasione', 'dall[\'’]inizio della guerra',
    'da (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|inizio anno)',
    'dal 20\\d\\d', 'durante la guerra', 'nel corso della guerra', 'quest[\'’]anno', 'l[\'’]anno scorso', 'cumulativ\\p{L}*',
    'numero totale', 'nel complesso', 'in tutti gli scambi', 'già(?![\\p{L}])',
  ].join('|'),
  superlative: 'più grande|più importante|maggiore|primo|prima|unico|unica|record|il più|la più',
  notTransfer: [
    'detien\\p{L}*', 'detenere', '(?<!\\d\\s)detenut\\p{L}*(?![\\p{L}]|\\s+(?:da|dal|dalla|dai|dalle|in|a)\\s|\\s+dall[\'’])', 'trattien\\p{L}*',
    '(?<!\\d\\s)trattenut\\p{L}*(?![\\p{L}]|\\s+(?:da|dal|dalla|dai|dalle|in|a)\\s|\\s+dall[\'’])', 'ancora (?:in prigionia|detenut|prigionier)',
    'rest\\p{L}* (?:in prigionia|detenut|prigionier)', 'in prigionia', 'sono stati uccisi', 'sono morti', 'morti (?:in|durante|nei|negli)',
    'hanno perso la vita', 'perdite', 'vittime', 'dispers\\p{L}*', 'scompars\\p{L}*',
    'catturat\\p{L}*(?![\\p{L}]|\\s+(?:da|dal|dalla|dai|dalle|in|a)\\s|\\s+dall[\'’])', 'cattur[aò]\\p{L}*', 'fatt\\p{L}* prigionier\\p{L}*',
    'arrestat\\p{L}*', 'condannat\\p{L}*', 'deportat\\p{L}*(?![\\p{L}]|\\s+(?:da|dal|dalla|dai|dalle|in|a)\\s|\\s+dall[\'’])', 'stim\\p{L}*',
    'mobilitat\\p{L}*', 'schierat\\p{L}*', 'accerchiat\\p{L}*', 'popolazione', 'liste?(?![\\p{L}])', 'identific\\p{L}*',
    'dna(?![\\p{L}])', 'sepolt\\p{L}*', 'riesumat\\p{L}*',
  ].join('|'),
  undisclosed: [
    'non (?:è stato|sono stati) (?:precisat|specificat|reso not|rivelat|comunicat)\\p{L}*', 'senza (?:precisare|specificare|rivelare|indicare)',
    'non precisat\\p{L}*', 'imprecisat\\p{L}*', 'non specificat\\p{L}*', 'diversi', 'diverse', 'alcuni', 'alcune', 'parecchi',
    'decine', 'centinaia', 'migliaia', 'un gruppo', 'un nuovo gruppo',
  ].join('|'),
  confirm: 'conferm|verific|corrobor|riconosc',
  speech: [
    'ha detto', 'detto', 'dice(?:ndo)?(?![\\p{L}])', 'dicono', 'dichiar\\p{L}*', 'afferm\\p{L}*', 'annunci\\p{L}*', 'indic\\p{L}*',
    'precis\\p{L}*', 'aggiun\\p{L}*', 'scritt\\p{L}*', 'scrive\\p{L}*', 'sottoline\\p{L}*', 'spieg\\p{L}*', 'riferi\\p{L}*',
    'segnal\\p{L}*', 'comunic\\p{L}*', 'pubblic\\p{L}*', 'assicur\\p{L}*', 'conferm\\p{L}*', 'telegram\\p{L}*', 'secondo',
    'sostien\\p{L}*', 'comunicato',
  ].join('|'),
  // A speaker named after the verb, as wire copy does after a quote or a figure (", ha annunciato il ministero").
  according: [
    'secondo', 'stando a', 'citando', 'citat\\p{L}* da', 'a detta di', 'come riferito da',
    '(?<=[,;»«“”"]\\s*)(?:ha|hanno)\\s+(?:detto|dichiarato|annunciato|riferito|precisato|affermato|aggiunto|spiegato|scritto|confermato|reso noto)',
    '(?<=[,;»«“”"]\\s*)(?:dice|afferma|annuncia|riferisce|precisa|spiega|scrive|conferma)(?![\\p{L}])',
  ].join('|'),
  bodies:
    'minister\\p{L}*|quartier generale|sede|ufficio|lato|parte|governo|autorità|responsabil\\p{L}*|funzionari\\p{L}*|mediator\\p{L}*|commissari\\p{L}*|difensore civico|ombudsman|esercito|forze|president\\p{L}*|portavoce|agenzia|servizi\\p{L}*|comando|stato maggiore|consiglio|comitato|commissione|ambasciata|presidenza|missione|intelligence|direzione|negoziator\\p{L}*|delegazione|inviat[oa]|consiglier\\p{L}*|diplomazia|difesa',
  // Month names alone ("im Oktober"): chrono reads them only next to a day.
  dateForms: { months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'] },
  stateForces: ['governo', 'governativ\\p{L}*', 'esercito', 'regime', 'autorità', 'federal\\p{L}*', 'giunta militare'],
  armedGroup: ['ribelli', 'insorti', 'guerriglier\\p{L}*', 'milizie', 'miliziani', 'jihadisti', 'il gruppo', 'gruppo (?:armato|terroristico|ribelle)'],
  anaphors: ['(?:essi|esse|le sue forze|le loro forze)(?:\\s+(?:ha|hanno|aveva|avevano))?'],
  firstPerson: '(?<![\\p{L}])(?:noi|nostri|nostro|nostra|nostre|abbiamo)(?![\\p{L}])',
  pronouns:
    '(?<![\\p{L}])(?:lui|lei|loro|secondo lui|secondo lei|il ministro|il ministero|il mediatore|il portavoce|la portavoce|il responsabile|il presidente|l[\'’]agenzia|l[\'’]inviato)(?![\\p{L}])',
  background: 'in precedenza|precedentemente|precedent\\p{L}*|l[\'’]ultimo scambio|nell[\'’]ultimo scambio|l[\'’]ultima volta|prima di allora|in passato',
  mediators: [
    ['emirati arabi uniti', 'uae'],
    ['eau(?![\\p{L}])', 'uae'],
    ['emirat\\p{L}*|emiratin\\p{L}*', 'uae'],
    ['abu dhabi', 'uae'],
    ['turchia|türkiye', 'turkey'],
    ['turc(?:o|a|hi|he)(?![\\p{L}])', 'turkey'],
    ['ankara', 'turkey'],
    ['qatar', 'qatar'],
    ['doha', 'qatar'],
    ['comitato internazionale della croce rossa', 'icrc'],
    ['cicr', 'icrc'],
    ['croce rossa', 'icrc'],
    ['mezzaluna rossa', 'icrc'],
    ['vaticano', 'vatican'],
    ['santa sede', 'vatican'],
    ['papa(?![\\p{L}])|pontefice', 'vatican'],
    ['arabia saudita', 'saudi-arabia'],
    ['saudit\\p{L}*', 'saudi-arabia'],
    ['stati uniti', 'united-states'],
    ['washington', 'united-states'],
    ['statunitens\\p{L}*', 'united-states'],
    ['egitto', 'egypt'],
    ['oman', 'oman'],
    ['svizzera', 'switzerland'],
    ['norvegia', 'norway'],
    ['nazioni unite|onu(?![\\p{L}])', 'un'],
    ['bielorussia', 'belarus'],
    ['kazakistan', 'kazakhstan'],
    ['india(?![\\p{L}])', 'india'],
    ['unione africana', 'african-union'],
    ['brasile', 'brazil'],
  ],
  // A mediator named as the receiving hand ("handed over to the Red Cross") carried the handover out.
  mediation: [
    'mediazione|mediator\\p{L}*|mediat[oiae](?![\\p{L}])|con l[\'’](?:aiuto|assistenza|intermediazione|appoggio)|con la (?:partecipazione|mediazione|collaborazione)|grazie (?:a|al|alla|ai|agli|alle)|tramite|sotto l[\'’]egida|sotto gli auspici|facilitat\\p{L}*|gli sforzi|sforzi d|buoni uffici|negoziat\\p{L}* da|supervision\\p{L}*',
    '(?:consegnat|affidat|trasferit)\\p{L}* (?:[\\p{L}\\d\'’-]+ ){0,6}(?:alla croce rossa|al cicr|al comitato internazionale)',
  ].join('|'),
  // Words of death that describe the dead of a handover of remains: they do not block its figure.
  deathWords: 'sono stati uccisi|sono morti|morti|uccis|decedut|identific|dna|sepolt|riesum',
  // Next to an agreement's place name, these make it an agreement: the talks, the deal, the round.
  agreementContext: 'accord|negozia|colloqui|intesa|round|memorandum',
  agreements: [
    ['(?:accord[oi]|round)[^.;]{0,60}?istanbul|istanbul[^.;]{0,60}?(?:accord[oi]|round)', 'istanbul-2025'],
    ['accord[oi] di stoccolma', 'stockholm-2018'],
    ['accordo (?:di|per il) cessate il fuoco', 'ceasefire-{year}'],
    ['accordo (?:di|per la) tregua', 'truce-{year}'],
  ],
  abbreviations: [
    'sig', 'sigg', 'dott', 'dr', 'prof', 'gen', 'col', 'ten', 'cap', 'feb', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov',
    'dic', 'ecc', 'ca', 'art', 'pag', 'p', 'on', 'sen', 'mons', 'st',
  ],
  chrono: 'it',
};
