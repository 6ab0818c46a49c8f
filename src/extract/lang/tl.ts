import { any, defineTable, E } from './define.js';

/**
 * Tagalog (Filipino): GMA, ABS-CBN, Inquirer, PNA, Bombo Radyo, Radyo Pilipinas. Verb first: the actor
 * comes after the verb, marked "ng" where the object is in focus ("Ibinalik ng Russia ang 150
 * sundalo": Russia returned 150 soldiers) and "ang" where the actor is ("Nagbalik ang Russia ng 150"),
 * and the recipient after "sa" ("sa Ukraine"). Countries keep their English names ("Russia",
 * "Ukraine", "Israel"; the gazetteer's English names read them) or Filipino spellings ("Rusya",
 * "Ukranya"). Numbers are written in digits, or in words with the linker "-ng" ("limang daan").
 */
const W = '\\p{L}*';
/** Filipino spellings of the parties' names; the English ones come from the gazetteer. */
const NAMES: Array<[string, string]> = [
  ['rusya|rusia|moscow|moskow', 'russia'],
  ['ukranya|ukraina|ukrayna|kyiv|kiev', 'ukraine'],
  ['israel|israe?l', 'israel'],
  ['hamas', 'hamas'],
  ['hezbollah|hizbullah', 'hezbollah'],
  ['houthi|houthis|mga houthi', 'houthis'],
  ['armenya|armenia', 'armenia'],
  ['azerbaijan|azerbaydzhan', 'azerbaijan'],
  ['estados unidos|amerika', 'united-states'],
  ['iran', 'iran'],
  ['belarus', 'belarus'],
];
const STEMS = NAMES.map(([p]) => p).join('|');
/** Gazetteer and table names alike, for the verb frames: English names are the most common in Tagalog copy. */
const ANY_NAME = `(?:${STEMS}|russia|ukraine|lebanon|ethiopia|sudan|yemen|colombia|syria|pakistan|india|united states)`;
/** Object-focus verbs of handing over: their actor follows as "ng X". */
const GIVE_OF = any([
  'ibinalik', 'isinauli', 'iniabot', 'inabot', 'ibinigay', 'ipinasa', 'inilipat', 'isinuko', 'pinalaya', 'pinakawalan', 'ipinadala',
  'ipinauwi', 'ibinabalik', 'pinalalaya',
]);
/** Actor-focus verbs of handing over: their actor follows as "ang X". */
const GIVE_AF = any(['nagbalik', 'nagsauli', 'nagpalaya', 'nagpakawala', 'naglipat', 'nag-abot', 'nagbigay', 'nagpasa', 'nagpauwi']);
const RECEIVE_OF = any(['tinanggap', 'natanggap', 'nabawi', 'naiuwi', 'iniuwi', 'naibalik', 'nakuha', 'sinalubong']);
const RECEIVE_AF = any(['tumanggap', 'nakatanggap', 'nakabawi', 'nakapag-uwi', 'nakapagpauwi']);
/** The actor after a verb ("ng Russia", "ng panig ng Russia", "ang pamahalaan ng Ukraine"). */
const actor = (marker: string): string =>
  `(?:na\\s+|rin\\s+|din\\s+|naman\\s+|ngayong\\s+\\p{L}+\\s+|noong\\s+\\p{L}+\\s+)*${marker}\\s+(?:mga\\s+)?(?:(?:panig|pamahalaan|gobyerno|militar|hukbo|puwersa|tropa)(?:ng)?\\s+(?:ng\\s+)?)?${ANY_NAME}${W}`;
/** Zero-width marks right after the actor of a verb: the engine reads the party before the mark as the verb's subject. */
const afterActor = (verbs: string, marker: string): string => `(?<=(?<![\\p{L}\\p{M}])${verbs}\\s+${actor(marker)}[,]?\\s+)`;
const GIVE_WORDS = [GIVE_OF, GIVE_AF].join('|');

export const tl = defineTable({
  code: 'tl',
  screen: [
    'palitan', 'nagpalitan', 'pagpapalitan', 'ipinagpalit', 'bilanggo', 'bihag', 'hostage', 'prisoner', 'labi ng', 'bangkay',
    'pinalaya', 'ibinalik', 'pinakawalan', 'detenido', 'preso', 'nakauwi', 'iniuwi', 'naiuwi', 'naibalik', 'nagpalitan',
  ],
  transfer: [
    'palit', 'ibinalik', 'ibabalik', 'isinauli', 'iniabot', 'inabot', 'ibinigay', 'ipinasa', 'inilipat', 'isinuko', 'pinalaya', 'palalayain',
    'pinakawalan', 'pakakawalan', 'ipinadala', 'ipinauwi', 'nagbalik', 'nagsauli', 'nagpalaya', 'nagpakawala', 'naglipat', 'tinanggap',
    'natanggap', 'tumanggap', 'nakatanggap', 'nabawi', 'naiuwi', 'iniuwi', 'nakauwi', 'naibalik', 'naisauli', 'umuwi', 'nakabalik', 'bumalik', 'nakalaya',
    'napalaya', 'dumating', 'pagpapalaya', 'pagbabalik', 'repatriat', 'swap', 'exchange', 'magpapalit', 'nagpapalit', 'ipagpapalit',
    'pagpapalit', 'magpalitan', 'magpapalaya', 'magbabalik',
  ],
  numbers: {
    units: {
      isa: 1, isang: 1, dalawa: 2, dalawang: 2, tatlo: 3, tatlong: 3, apat: 4, lima: 5, limang: 5, anim: 6, pito: 7, pitong: 7,
      walo: 8, walong: 8, siyam: 9, sampu: 10, sampung: 10, dalawampu: 20, dalawampung: 20, tatlumpu: 30, tatlumpung: 30,
      apatnapu: 40, apatnapung: 40, limampu: 50, limampung: 50, animnapu: 60, animnapung: 60, pitumpu: 70, pitumpung: 70,
      walumpu: 80, walumpung: 80, siyamnapu: 90, siyamnapung: 90,
    },
    multipliers: { daan: 100, daang: 100, raan: 100, raang: 100, libo: 1000, libong: 1000, milyon: 1_000_000 },
    joiners: ['at', 'na'],
    articles: ['isang'],
    singular: ['sandaan', 'sanlibo'],
    thousandSuffix: `libo${E}`,
    dotThousands: false,
  },
  qualifiers: [
    ['hindi bababa sa', 'at_least'],
    ['hindi kukulangin sa', 'at_least'],
    ['mahigit sa', 'more_than'],
    ['mahigit', 'more_than'],
    ['higit sa', 'more_than'],
    ['lampas sa', 'more_than'],
    ['humigit-kumulang sa', 'about'],
    ['humigit-kumulang', 'about'],
    ['tinatayang', 'about'],
    ['mga', 'about'],
    ['halos', 'nearly'],
    ['hanggang', 'up_to'],
    ['hindi hihigit sa', 'up_to'],
  ],
  notCount: [
    '%', 'porsiyento', 'taon' + E, 'taong gulang', 'anyos', 'buwan' + E, 'linggo' + E, 'araw' + E, 'oras' + E, 'minuto', 'km', 'kilometro',
    'dolyar', 'piso', 'beses', 'yugto', 'round', 'palitan' + E, 'enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto',
    'setyembre', 'oktubre', 'nobyembre', 'disyembre',
  ].join('|'),
  modifiers: [
    'na', 'mga', 'pa', 'pang', 'iba', 'ibang', 'karagdagang', 'sugatang', 'sugatan', 'may', 'sakit', 'malubhang', 'nasawing', 'namatay',
    'napatay', 'patay', 'na', 'bihag', 'bihagna', 'nabihag', 'nakakulong', 'dating', 'batang', 'kababaihang', 'kalalakihang', 'babaeng',
    'lalaking', 'sibilyang', 'militar', 'ating', 'aming', 'kanilang', 'nating', 'naming', 'buhay', 'natitirang', 'lahat', 'lahat ng', 'ukrainian', 'russian', 'ruso', 'israeli', 'palestino', 'pilipino',
  ],
  nouns: [
    { pattern: `labi${E}|bangkay${W}|katawan${W}|kabaong${W}`, category: 'remains' },
    { pattern: 'bilanggo(?:ng)? ng digmaan|prisoners? of war|pows?', category: 'pow' },
    { pattern: `sugatang sundalo${W}`, category: 'pow', wounded: true },
    { pattern: `sundalo${W}|kawal${W}|tropa${W}|militar${E}|servicem[ae]n|opisyal ng militar|marino${W}|guwardiya${W}|mandirigma${W}|tagapagtanggol${W}`, category: 'pow' },
    { pattern: `sibilyan${W}|mamamahayag${W}|mangingisda${W}|residente${W}`, category: 'civilians' },
    { pattern: `bata${E}|batang${E}|kabataan${W}|menor de edad|anak${E}`, category: 'children' },
    { pattern: `hostage${W}|bihag${W}|dinukot${W}`, category: 'hostages' },
    { pattern: `detenido${W}|detainee${W}|preso${W}|bilanggong pulitikal${W}|political prisoners?`, category: 'detainees' },
    { pattern: `bilanggo${W}`, category: 'prisoners' },
    { pattern: `katao${E}|tao${E}|indibidwal${W}|mamamayan${W}|kababayan${W}|ukrainian${W}|russian${W}|israeli${W}|palestino${W}|pilipino${W}|thai${E}`, category: 'people' },
  ],
  bareFollowers: `na${E}|ang|ng|sa|at|mula|bilang|kapalit|ay|rin|din|naman|pa|ibinalik|pinalaya|ang mga`,
  remainsBefore: '(?:mga\\s+)?(?:labi|bangkay|katawan)(?:\\s+ng)?(?:\\s+mga)?(?:\\s+(?:nasawing|namatay na|napatay na))?',
  remainsAfter: '(?!)',
  wounded: 'sugatan|sugatang|may sakit|malubha',
  nationalities: [
    ['ukrainian|taga-ukraine|ukranyano', 'ukraine'],
    ['russian|ruso|rusong|taga-russia', 'russia'],
    ['israeli|israelita', 'israel'],
    ['palestino|palestinian', 'hamas'],
    ['armenyo|armenian', 'armenia'],
    ['azerbaijani', 'azerbaijan'],
  ],
  parties: NAMES.map(([p, party]) => [`(?:${p})`, party]),
  give: [GIVE_WORDS, afterActor(GIVE_OF, 'ng'), afterActor(GIVE_AF, 'ang')].join('|'),
  receive: [RECEIVE_OF, RECEIVE_AF, afterActor(RECEIVE_OF, 'ng'), afterActor(RECEIVE_AF, 'ang')].join('|'),
  ambiguousReturn: 'ibinalik|nagbalik|ibinabalik',
  ambiguousReturnTo: 'home',
  home: `nakauwi${W}|umuwi${W}|pauwi${W}|nakabalik${W}|bumalik${W}|sa kanilang (?:bansa|bayan|tahanan|pamilya)`,
  toParty: '(?<!(?:mula|galing|ayon|bihag|guan|ulungan|kulong|dinala|hawak)\\s)(?:sa|patungong|patungo sa|para sa|papuntang)\\s*(?:panig ng\\s+)?$',
  fromParty: '(?:mula sa|galing sa|mula kay|ng panig ng)\\s*$',
  inReturn: '(?:kapalit ng|bilang kapalit ng|kapalit ang|ipinagpalit sa|at)\\s*(?:mga\\s+)?$',
  inReturnAfter: 'bilang kapalit|kapalit nito',
  swap: 'palit|magpalit|magpapalit|nagpalit|nagpapalit|ipinagpalit|ipagpapalit|pagpapalit|swap|exchange',
  comeBack: 'nakauwi|umuwi|nakabalik|bumalik|pinalaya|nakalaya|napalaya|ibinalik|naibalik|naiuwi|dumating',
  each: `^\\s*(?:\\S+\\s+){0,3}?(?:bawat panig|mula sa bawat panig|sa magkabilang panig|kada panig)`,
  eachBefore: '(?<![\\p{L}])(?:tig|tig-|tiga)\\s*$',
  idBefore: '(?<![\\p{L}])(?:ika|blg\\.|numero)-?\\s*',
  clauseStarts: 'at|ngunit|pero|habang|samantalang|samantala',
  clauseBreaks: { afterComma: 'at|ngunit|pero|habang|samantalang|samantala', standalone: 'habang|samantalang' },
  ofOwner: '^\\s+(?:na\\s+)?(?:ng\\s+(?:mga\\s+)?)?',
  heldBy: '^,?\\s*(?:na\\s+)?(?:(?:hawak|hinawakan|binihag|ikinulong|nakakulong|nakadetine|dinakip|hinuli|nabihag|dinala)(?:\\s+(?:pa|rin))?\\s+(?:ng|sa)|(?:mula|galing)\\s+sa\\s+(?:pagkabihag|pagkakakulong|bilangguan|kulungan)(?:\\s+(?:ng|sa))?)\\s+(?:mga\\s+)?$',
  partOf: '(?:kabilang ang|kasama ang|kabilang dito ang|kabilang sa kanila ang|sa kanila,?|kung saan|kasama rito ang)[:,]?\\s*(?:ang\\s+)?(?:mga\\s+)?$',
  partAfter: '^\\s*(?:sa kanila|rito|dito)',
  plan: [
    'ibabalik', 'palalayain', 'pakakawalan', 'ililipat', 'ibibigay', 'ipagpapalit', 'magpapalitan', 'magpapalaya', 'magbabalik', 'tatanggap',
    'tatanggapin', 'isasauli', 'iaabot', 'nakatakda', 'balak', 'plano', 'inaasahan', 'napagkasunduan', 'kasunduang', 'nagkasundo',
    'iminungkahi', 'alok', 'handang', 'sa susunod na linggo', 'sa mga susunod na araw', 'sa darating na',
  ].join('|'),
  planDone: 'nagawang|nagtagumpay',
  cumulative: [
    'sa kabuuan', 'kabuuang', 'kabuuan', 'mula nang magsimula', 'mula sa simula', 'mula noong', 'hanggang ngayon', 'sa ngayon',
    'umabot na sa', 'umabot sa', 'na umabot', 'ngayong taon', 'nitong taon', 'sa loob ng digmaan', 'simula nang',
  ].join('|'),
  weakTotals: 'sa kabuuan|kabuuang|kabuuan',
  eventMarkers: 'ngayong araw|kahapon|noong (?:lunes|martes|miyerkules|huwebes|biyernes|sabado|linggo)|sa palitang ito|sa pinakabagong palitan',
  superlative: 'pinakamalaking|pinakamalaki|unang|kauna-unahang|pinakahuling',
  notTransfer: [
    'hawak pa', 'hawak ng', 'nananatiling', 'nakakulong pa', 'napatay', 'nasawi', 'namatay', 'nawawala', 'dinakip', 'inaresto', 'hinuli',
    'nahatulan', 'nabihag noong', 'tinatayang', 'listahan', 'nakabinbin',
  ].join('|'),
  deathWords: 'napatay|nasawi|namatay|patay|yumao|nasawing',
  subjectBlockers: 'sa|kay|ayon sa|mula sa|para sa|kasama ang|laban sa|at',
  undisclosed: 'hindi (?:isiniwalat|ibinunyag|sinabi|tinukoy|binanggit)|hindi pa (?:alam|malinaw)|ilang|dose-dosenang|daan-daang|libu-libong|ilan sa',
  confirm: 'kinumpirma|kumpirma|pinagtibay',
  speech: ['sinabi', 'sabi', 'inanunsyo', 'inihayag', 'ipinahayag', 'iniulat', 'pahayag', 'isinulat', 'kinumpirma', 'ibinalita', 'ani\\b', 'aniya'].join('|'),
  according: 'ayon sa|ayon kay|batay sa|sinipi ng',
  bodies: `ministri${W}|kagawaran${W}|tanggapan${W}|pamahalaan${W}|gobyerno${W}|opisyal${W}|tagapagsalita${W}|pangulo${W}|militar${W}|hukbo${W}|embahada${W}|punong-tanggapan${W}|coordination headquarters`,
  firstPerson: '(?<![\\p{L}])(?:kami|namin|amin|aming|tayo|natin|ating)(?![\\p{L}])',
  pronouns: '(?<![\\p{L}])(?:siya|sila|niya|nila|ang opisyal|ang ministri|ang tagapagsalita)(?![\\p{L}])',
  background: 'noong nakaraan|nakaraang|naunang|dati|bago nito|una rito',
  mediators: [
    ['united arab emirates|\\buae\\b|emirates', 'uae'],
    ['t(?:ü|u)rkiye|turkey|turkiya', 'turkey'],
    ['qatar|doha', 'qatar'],
    ['red cross|pulang krus|\\bicrc\\b|international committee of the red cross', 'icrc'],
    ['vatican|santo papa|holy see', 'vatican'],
    ['saudi arabia', 'saudi-arabia'],
    ['egypt|ehipto', 'egypt'],
    ['united nations|nagkakaisang bansa', 'un'],
  ],
  mediation: `sa tulong ng|tinulungan ng|pinamagitanan ng|pamamagitan ng|sa pamamagitan ng|tagapamagitan${W}|namagitan${W}`,
  agreements: [['istanbul', 'istanbul-2025']],
  agreementContext: 'kasunduan|usapan|negosasyon|pag-uusap',
  abbreviations: ['gng', 'g', 'bb', 'dr', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'st'],
  dateForms: {
    weekdays: ['lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado', '(?<!(?:susunod na|nakaraang|ngayong|isang|bawat|dalawang|tatlong)\\s)linggo(?!\\s+(?:na|ang|ng))'],
    yesterday: 'kahapon',
    today: 'ngayong araw|ngayong (?:umaga|hapon|gabi)',
    months: ['enero', 'pebrero|febrero', 'marso', 'abril', 'mayo', 'hunyo', 'hulyo', 'agosto', 'setyembre|septiyembre', 'oktubre', 'nobyembre', 'disyembre'],
  },
});
