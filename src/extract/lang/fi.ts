import { any, defineTable, E } from './define.js';

/**
 * Finnish: STT, Yle, Helsingin Sanomat. Verb-second like English for the engine; cases on names mark
 * the roles: the allative receives ("Ukrainalle", to Ukraine), the ablative gives ("Venäjältä", from
 * Russia). "1 000" with a space.
 */
const W = '\\p{L}*';
/** Names in the allative: right next to a verb of handing over they name the recipient. */
const ALLATIVE = 'ukrainalle|venäjälle|israelille|hamasille|armenialle|azerbaidžanille|azerbaidzhanille|valko-venäjälle|kiovalle|moskovalle';
export const fi = defineTable({
  code: 'fi',
  nameSuffix: '(?:\\p{L}{0,5})',
  screen: ['vankienvaih', 'vankivaih', 'vaihdo', 'vaihtoi', 'vaihdettiin', 'sotavang', 'vang', 'ruumi', 'jäännök', 'maallis', 'panttivang', 'luovut', 'vapaut', 'palautt', 'palas', 'kotiin', 'pidätet'],
  transfer: ['vankienvaih', 'vankivaih', 'vaihdo', 'vaihtoi', 'vaihtoivat', 'vaihdettiin', 'vaihtaa', 'luovut', 'vapautt', 'vapautet', 'vapautu', 'palautt', 'palautet', 'palas', 'kotiin', 'kotimaahan', 'sai', 'saivat', 'vastaanott', 'otti vastaan', 'ottivat vastaan', 'päästi', 'päästetti'],
  numbers: {
    units: {
      nolla: 0, yksi: 1, yhden: 1, kaksi: 2, kahden: 2, kolme: 3, kolmen: 3, neljä: 4, neljän: 4, viisi: 5, viiden: 5, kuusi: 6, kuuden: 6, seitsemän: 7, kahdeksan: 8, yhdeksän: 9,
      kymmenen: 10, yksitoista: 11, kaksitoista: 12, viisitoista: 15, kaksikymmentä: 20, kolmekymmentä: 30, neljäkymmentä: 40, viisikymmentä: 50, kuusikymmentä: 60,
      seitsemänkymmentä: 70, kahdeksankymmentä: 80, yhdeksänkymmentä: 90,
    },
    multipliers: { sata: 100, sataa: 100, sadan: 100, tuhat: 1000, tuhatta: 1000, tuhannen: 1000, miljoona: 1_000_000, miljoonaa: 1_000_000 },
    singular: ['tuhat', 'sata', 'tuhannen', 'sadan'],
    thousandSuffix: '(?:tuhatta|tuhannen|t\\.)' + E,
  },
  qualifiers: [['ainakin|vähintään', 'at_least'], ['yli|enemmän kuin', 'more_than'], ['noin|arviolta|suunnilleen|runsaat', 'about'], ['lähes|melkein|miltei', 'nearly'], ['jopa|enintään|korkeintaan', 'up_to']],
  notCount: ['%', 'prosent', 'vuo' + W, 'kuukau' + W, 'päiv' + W, 'tunni' + W, 'viiko' + W, 'km', 'kilometr' + W, 'tonni' + W, 'dollari' + W, 'euro' + W, 'kertaa', 'kerran', 'vaihee' + W, 'maa' + E, 'maata', '\\.\\s*(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu' + W, '-?vuotia' + W].join('|'),
  modifiers: ['muuta', 'muun', 'uutta', 'haavoittunutta', 'haavoittuneen', 'vakavasti', 'sairasta', 'kaatunutta', 'kaatuneen', 'kaatuneiden', 'siviiliä', 'ukrainalaista', 'ukrainalaisen', 'venäläistä', 'venäläisen', 'israelilaista', 'palestiinalaista', 'meidän', 'nuorta', 'sotilaan', 'sotilaiden'],
  nouns: [
    { pattern: `ruumi${W}|ruumii${W}|maalli${W}|jäännök${W}|jäänteit${W}|arku${W}|arkkua`, category: 'remains' },
    { pattern: `sotavang${W}|sotavanki${W}`, category: 'pow' },
    { pattern: `sotila${W}|sotilai${W}|taistelij${W}|puolustaj${W}|upseer${W}|merisotila${W}`, category: 'captives' },
    { pattern: `poliittis${W} vang${W}|poliittis${W} vanki${W}|pidätet${W}|pidätty${W}|vangitu${W}`, category: 'detainees' },
    { pattern: `panttivang${W}|panttivanki${W}`, category: 'hostages' },
    { pattern: `vang${W}|vanki${W}`, category: 'prisoners' },
    { pattern: `siviil${W}|toimittaj${W}`, category: 'civilians' },
    { pattern: `lapsi${W}|lasta|lapse${W}|alaikäi${W}`, category: 'children' },
    { pattern: `ihmis${W}|henkil${W}|kansalai${W}|maanmie${W}|ukrainalai${W}|venäläi${W}|palestiinalai${W}|israelilai${W}`, category: 'people' },
  ],
  bareFollowers: 'ja|sekä|takaisin|kotiin|vastineeksi|kumpikin|molemmin|oli|on',
  remainsBefore: '(?:ruumiit|ruumiita|maalliset jäännökset)',
  remainsAfter: '\\s*(?:ruumi|maalli|jäännök)\\p{L}*',
  wounded: 'haavoittun|vakavasti haavoittun|sairai|sairas',
  nationalities: [['ukrainalai', 'ukraine'], ['venäläi', 'russia'], ['israelilai', 'israel'], ['palestiinalai', 'hamas'], ['armenialai', 'armenia'], ['azerbaidžanilai|azerbaidzhanilai', 'azerbaijan'], ['valkovenäläi', 'belarus'], ['amerikkalai|yhdysvaltalai', 'united-states']],
  parties: [
    ['venäjä\\p{L}*|moskova\\p{L}*|kreml\\p{L}*', 'russia'], ['ukrain(?:a|an|alle|alta|assa|asta|aan|aa)' + E + '|kiova\\p{L}*|kiev\\p{L}*', 'ukraine'], ['valko-venäjä\\p{L}*|minsk\\p{L}*', 'belarus'],
    ['israel\\p{L}*', 'israel'], ['hamas\\p{L}*', 'hamas'], ['hizbollah\\p{L}*', 'hezbollah'], ['armenia(?:\\p{L}{0,4})' + E, 'armenia'], ['azerbaidžan\\p{L}*|azerbaidzhan\\p{L}*', 'azerbaijan'],
    ['yhdysval\\p{L}*|washington\\p{L}*', 'united-states'],
  ],
  dativeParties: ALLATIVE,
  toPartyAfter: '^\\S*?(?:lle)(?![\\p{L}])',
  fromPartyAfter: '^\\S*?(?:lta|ltä)(?![\\p{L}])',
  objectPrepositions: ['kanssa', 'välillä', 'kautta', 'vastaan'],
  give: any([`luovutti${W}`, `luovuttanut${W}`, `luovuttavat${E}`, `luovuttaa${E}`, `vapautti${W}`, `vapauttanut${E}`, `palautti${W}`, `palauttanut${E}`, `päästi${W}`, `lähetti takaisin`, `armahti${W}`]),
  receive: any([`sai takaisin`, `saivat takaisin`, `sai${E}`, `saivat${E}`, `vastaanotti${W}`, `otti vastaan`, `ottivat vastaan`, `toi kotiin`, `toivat kotiin`]),
  home: 'kotiin|kotimaahan|palasi' + W + '|palanne' + W,
  inReturn: '(?:vastineeksi|vastapainoksi|puolestaan|kun taas|ja vastaavasti)\\s*$',
  inReturnAfter: 'vastineeksi|puolestaan',
  swap: 'vaihdo|vaihtoi|vaihdettiin|vankienvaih|vankivaih',
  comeBack: 'palas|kotiin|vapautet|vapautu',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:kumpikin|molemmat osapuolet|kummaltakin puolelta|molemmin puolin)' + E,
  eachBefore: '(?<![\\p{L}])kumpikin\\s*$',
  clauseStarts: 'ja|mutta|kun taas',
  clauseBreaks: { afterComma: 'ja|mutta|kun taas|joista', standalone: 'kun taas' },
  partOf: '(?:joista|heistä|heidän joukossaan|mukaan lukien|muun muassa)[:,]?\\s*$',
  ofOwner: '^\\s+',
  plan: ['aikoo', 'aikovat', 'suunnittel' + W, 'sopivat', 'sopineet', 'sovittiin', 'ensi viikolla', 'pian', 'ehdott' + W, 'tarjo' + W, 'on määrä', 'luovuttavat', 'vapauttavat'].join('|'),
  cumulative: ['tähän mennessä', 'yhteensä', 'kaikkiaan', 'sodan alusta', 'sodan alkamisen jälkeen', 'vuodesta (?:20\\d\\d)', 'tänä vuonna', 'jo' + E].join('|'),
  weakTotals: 'yhteensä|kaikkiaan',
  superlative: 'suurin|suurimma' + W + '|ensimmäi' + W,
  notTransfer: ['pidetään', 'on vangittuna', 'vankeudessa', 'kuoli', 'kaatui', 'kadonnut', 'kadonnei' + W, 'tuomitt' + W, 'arvio' + W, 'luettelo' + W, 'listal' + W].join('|'),
  undisclosed: 'ei kertonut|ei tarkentanut|ei ilmoitettu|tuntematon|useita|kymmeniä|satoja|tuhansia',
  confirm: 'vahvist' + W,
  speech: ['sanoi', 'kertoi', 'ilmoitti', 'tiedotti', 'kirjoitti', 'totesi', 'sanoo', 'kertoo'].join('|'),
  speakerAfterVerb: true,
  according: 'mukaan|lainaten',
  bodies: '\\p{L}*(?:ministeriö|esikun|hallitu|viranomai|edustaj|puolustusvoim|armeij|presiden|oikeusasiamie)\\p{L}*|osapuol' + W,
  firstPerson: `(?<![\\p{L}])(?:me|meidän|meitä|omat|omamme|puolustajamme)${E}`,
  pronouns: `(?<![\\p{L}])(?:hän|he)${E}`,
  background: 'aiemmin|edellinen|edellise' + W + '|viime vuonna|aikaisemmin',
  mediators: [['arabiemiirikun' + W + '|yhdistyneet arabiemiirikunnat|arabiemiraat' + W, 'uae'], ['turk' + W, 'turkey'], ['qatar' + W, 'qatar'], ['punai' + W + ' ris' + W + '|icrc', 'icrc'], ['vatikaan' + W + '|paav' + W, 'vatican'], ['saudi-arabi' + W, 'saudi-arabia'], ['egypti' + W, 'egypt'], ['yk' + E + '|ykn|yk:n', 'un']],
  mediation: 'välity' + W + '|avustuksella|avulla|ansiosta|myötävaikutuksella',
  agreements: [['istanbul' + W, 'istanbul-2025']],
  agreementContext: 'neuvottelu' + W + '|sopimu' + W,
  abbreviations: ['ns', 'mm', 'esim', 'n', 'milj', 'klo'],
  dateForms: {
    weekdays: ['maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai'],
    yesterday: 'eilen',
    today: 'tänään',
    months: ['tammikuu', 'helmikuu', 'maaliskuu', 'huhtikuu', 'toukokuu', 'kesäkuu', 'heinäkuu', 'elokuu', 'syyskuu', 'lokakuu', 'marraskuu', 'joulukuu'],
  },
});

