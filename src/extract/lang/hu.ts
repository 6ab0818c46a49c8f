import { any, defineTable, E, verbFrames } from './define.js';

/**
 * Hungarian: MTI, Telex, Index, HVG. Free word order, often subject–figure–verb ("Oroszország 1000
 * holttestet adott át Ukrajnának"); cases mark the roles: the dative receives ("Ukrajnának"), the
 * ablative gives ("Oroszországtól"). Verbal prefixes split off ("átadta" / "adta át").
 */
const W = '\\p{L}*';

/** Names as they stand before a case ending: a final a/e lengthens (Ukrajna → Ukrajnának). */
const NAMES: Array<[string, string]> = [
  ['oroszorsz[aá]g|moszkv[aá]|kreml|orosz f[eé]l|orosz hadsereg', 'russia'],
  ['ukrajn[aá]|kijev|ukr[aá]n f[eé]l|ukr[aá]n hadsereg', 'ukraine'],
  ['izrael', 'israel'],
  ['ham[aá]sz', 'hamas'],
  ['hezboll[aá]h|hezbollah', 'hezbollah'],
  ['[öo]rm[eé]nyorsz[aá]g|jereván', 'armenia'],
  ['azerbajdzs[aá]n|baku', 'azerbaijan'],
  ['feh[eé]rorosz(?:orsz[aá]g)?|belarusz|minszk', 'belarus'],
  ['egyes[üu]lt [aá]llamok|usa|washington', 'united-states'],
];
const ALL = NAMES.map(([p]) => p).join('|');
const GIVE = any([`[aá]tad(?:ott|ta|tak|t[aá]k|ja|nak)${E}`, `ad(?:ott|ta|tak|t[aá]k) (?:[aá]t|vissza)${E}`, `visszaad${W}`, `szabadon enged${W}`, `enged(?:ett|te|tek|t[eé]k) szabadon`, `elenged${W}`, `enged(?:ett|te|tek|t[eé]k) el${E}`, `hazaenged${W}`, `kiad(?:ott|ta|tak)${E}`]);
const RECEIVE = any([`[aá]tvett${W}`, `[aá]tvette${W}`, `vett(?:e|ek|[eé]k)? [aá]t${E}`, `visszakap${W}`, `kap(?:ott|ta|tak|t[aá]k) vissza`, `hazahoz${W}`, `hoz(?:ott|ta|tak|t[aá]k) haza`, `fogadt?${W}`]);
const ARRIVE = any([`hazat[eé]r${W}`, `t[eé]r(?:t|tek|hetett|hettek) haza`, `szabadult${W}`, `kiszabadult${W}`, `hazaj[uö]tt${W}`, `hazaker[üu]lt${W}`, `ker[üu]lt(?:ek)? haza`]);
const frames = verbFrames({
  names: ALL,
  agent: '(?:\\s+(?:is|pedig))?',
  recipient: '(?:nak|nek)',
  source: '(?:t[oó]l|t[oő]l|b[oó]l|b[oő]l)',
  give: GIVE,
  receive: RECEIVE,
  arrive: ARRIVE,
  stop: 'cser[eé]be|mik[oö]zben|ugyanakkor|pedig',
});

export const hu = defineTable({
  code: 'hu',
  nameSuffix: '(?:-?\\p{L}{0,6})',
  screen: ['fogolycser', 'ad(?:ott|ta|tak|t[aá]k) (?:[aá]t|vissza)', 'kap(?:ott|ta|tak) vissza', 'haza', 'katon[aá]', 'gyere?k', 'gyermek', 'cser[eé]', 'hadifogoly', 'hadifoglyo', 'fogoly', 'foglyo', 'holttest', 'maradv[aá]ny', 't[uú]sz', '[aá]tad', 'szabadon', 'hazat[eé]r', 'visszakap', 'fogvatartott', 'kiszabadult'],
  transfer: ['fogolycser', 'ad(?:ott|ta|tak|t[aá]k) (?:[aá]t|vissza)', 'kap(?:ott|ta|tak|t[aá]k) vissza', 'enged(?:ett|te|tek|t[eé]k) (?:szabadon|el)', 'cser[eé]', 'kicser[eé]l', '[aá]tad', 'adott [aá]t', 'adta [aá]t', 'adtak [aá]t', 'szabadon', 'elenged', 'visszaad', 'adott vissza', 'adta vissza', '[aá]tvett', 'vett [aá]t', 'visszakap', 'kapott vissza', 'hazat[eé]r', 't[eé]rt haza', 't[eé]rtek haza', 'hazahoz', 'haza', 'kiszabadult', 'szabadult'],
  numbers: {
    units: {
      nulla: 0, egy: 1, kettő: 2, két: 2, három: 3, négy: 4, öt: 5, hat: 6, hét: 7, nyolc: 8, kilenc: 9, tíz: 10, tizenkét: 12, tizenöt: 15,
      húsz: 20, harminc: 30, negyven: 40, ötven: 50, hatvan: 60, hetven: 70, nyolcvan: 80, kilencven: 90,
    },
    multipliers: { száz: 100, ezer: 1000, millió: 1_000_000 },
    singular: ['ezer', 'száz'],
    thousandSuffix: '(?:ezer)' + E,
  },
  qualifiers: [['legal[aá]bb', 'at_least'], ['t[oö]bb mint|t[oö]bb, mint|t[oö]bb mint', 'more_than'], ['mintegy|k[oö]r[uü]lbel[uü]l|nagyj[aá]b[oó]l|k[oö]zel', 'about'], ['csaknem|majdnem|szinte', 'nearly'], ['legfeljebb|ak[aá]r', 'up_to']],
  qualifiersAfter: [['n[aá]l t[oö]bb|t[oö]bb', 'more_than'], ['k[oö]r[uü]l|k[oö]r[uü]li', 'about']],
  notCount: ['%', 'sz[aá]zal[eé]k', '[eé]v' + W, 'h[oó]nap' + W, 'nap' + W, '[oó]r[aá]' + W, 'h[eé]t' + E, 'km', 'kilom[eé]ter' + W, 'tonn' + W, 'doll[aá]r' + W, 'eur[oó]' + W, 'forint' + W, 'alkalom' + W, 'alkalomm' + W, 'szakasz' + W, 'orsz[aá]g' + W, '\\.\\s*(?:janu[aá]r|febru[aá]r|m[aá]rcius|[aá]prilis|m[aá]jus|j[uú]nius|j[uú]lius|augusztus|szeptember|okt[oó]ber|november|december)', '-?(?:[eé]ves|[eé]vesek)' + E, '-(?:[aá]n|[eé]n|i|ik|[aá]t|[eé]t)' + E].join('|'),
  modifiers: ['tov[aá]bbi', '[uú]jabb', 'm[aá]s', 'sebes[uü]lt', 's[uú]lyosan', 'beteg', 'elesett', 'hősi', 'halott', 'ukr[aá]n', 'orosz', 'izraeli', 'palesztin', '[oö]rm[eé]ny', 'azeri', 'fiatal', 'polg[aá]ri', 'katonai', 'elhunyt', 'ukrajnai', 'oroszorsz[aá]gi'],
  nouns: [
    { pattern: `holttest${W}|f[oö]ldi maradv[aá]ny${W}|maradv[aá]ny${W}|tetem${W}|kopors[oó]${W}`, category: 'remains' },
    { pattern: `hadifogoly${W}|hadifoglyo${W}|hadifogly${W}`, category: 'pow' },
    { pattern: `katona${W}|katon[aá]${W}|harcos${W}|v[eé]d[oő]${W}|tiszt${E}|tisztet|tengersz[eé]sz${W}`, category: 'captives' },
    { pattern: `politikai fogoly${W}|politikai foglyo${W}|fogvatartott${W}|letart[oó]ztatott${W}|őrizetes${W}`, category: 'detainees' },
    { pattern: `t[uú]sz${W}`, category: 'hostages' },
    { pattern: `fogoly${E}|foglyo${W}|fogly${W}|rab${E}|rabok${W}`, category: 'prisoners' },
    { pattern: `civil${W}|polg[aá]ri szem[eé]ly${W}|polg[aá]r${W}|[uú]js[aá]g[ií]r[oó]${W}`, category: 'civilians' },
    { pattern: `gyerek${W}|gyermek${W}|kiskor[uú]${W}`, category: 'children' },
    { pattern: `ember${W}|szem[eé]ly${W}|honfit[aá]rs${W}|[aá]llampolg[aá]r${W}`, category: 'people' },
  ],
  bareFollowers: '[eé]s|valamint|cser[eé]be|vissza|haza|f[oő]t|f[oő]s|-?[oöe]t|-?at',
  remainsBefore: '(?:holttest(?:ek|eket)?|f[oö]ldi maradv[aá]ny(?:ok|okat)?)',
  remainsAfter: '\\s*(?:holttest|f[oö]ldi maradv[aá]ny|maradv[aá]ny|tetem)\\p{L}*',
  wounded: 'sebes[uü]lt|s[uú]lyosan sebes[uü]lt|beteg',
  nationalities: [['ukr[aá]n', 'ukraine'], ['orosz(?!orsz[aá]g)', 'russia'], ['izraeli', 'israel'], ['palesztin', 'hamas'], ['[öo]rm[eé]ny(?!orsz[aá]g)', 'armenia'], ['azeri|azerbajdzs[aá]ni', 'azerbaijan'], ['feh[eé]rorosz(?!orsz[aá]g)|belarusz(?![\\p{L}])', 'belarus'], ['amerikai', 'united-states']],
  parties: NAMES.map(([p, party]) => [`(?:${p})${W}`, party]),
  give: frames.give,
  receive: frames.receive,
  clauseVerbs: `${GIVE}|${RECEIVE}|${ARRIVE}`,
  toPartyAfter: '^\\S*?(?:nak|nek)(?![\\p{L}])',
  fromPartyAfter: '^\\S*?(?:t[oó]l|t[oő]l)(?![\\p{L}])',
  dativeParties: 'ukrajn[aá]nak|oroszorsz[aá]gnak|izraelnek|ham[aá]sznak|[öo]rm[eé]nyorsz[aá]gnak|azerbajdzs[aá]nnak|feh[eé]roroszorsz[aá]gnak|belarusznak',
  objectPrepositions: ['k[oö]z[oö]tt', 'r[eé]v[eé]n', '[aá]ltal', 'kereszt[uü]l'],
  home: 'haza' + W + '|hazat[eé]r' + W + '|t[eé]rt(?:ek)? haza',
  inReturn: '(?:cser[eé]be|ennek fej[eé]ben|ugyanakkor|mik[oö]zben|pedig)\\s*$',
  inReturnAfter: 'cser[eé]be',
  deathWords: 'elesett|h[oő]si halott|elhunyt|meghalt',
  swap: 'fogolycser|cser[eé]l|cser[eé]',
  comeBack: 'hazat[eé]r|t[eé]rt(?:ek)? haza|kiszabadult|szabadult|szabadon',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:mindk[eé]t f[eé]l|mindk[eé]t oldal|egyar[aá]nt|fejenk[eé]nt)' + E,
  eachBefore: '(?<![\\p{L}])(?:mindk[eé]t f[eé]l|mindketten)\\s*$',
  clauseStarts: '[eé]s|de|pedig|mik[oö]zben',
  clauseBreaks: { afterComma: '[eé]s|de|mik[oö]zben|ugyanakkor|akik k[oö]z[uü]l', standalone: 'mik[oö]zben' },
  partOf: '(?:k[oö]z[uü]l[uü]k|k[oö]zt[uü]k|k[oö]z[oö]tt[uü]k|ebből|ide[eé]rtve|akik k[oö]z[uü]l)[:,]?\\s*$',
  ofOwner: '^\\s+',
  plan: ['fog(?:ja|n[aá]k|nak)?' + E, 'tervez' + W, 'terv' + E, 'meg[aá]llapod' + W, 'a j[oö]v[oő] h[eé]ten', 'hamarosan', 'javasol' + W, 'felaj[aá]nl' + W, 'v[aá]rhat[oó]'].join('|'),
  cumulative: ['eddig', '[oö]sszesen', 'mindösszesen', 'a h[aá]bor[uú] kezdete [oó]ta', '(?:20\\d\\d)\\s*(?:ó|o)ta', 'id[eé]n', 'm[aá]r' + E].join('|'),
  weakTotals: '[oö]sszesen',
  superlative: 'legnagyobb|els[oő]',
  notTransfer: ['fogva tart' + W, 'fogs[aá]gban', 'meghalt', 'elt[uű]nt' + W, 'el[ií]t[eé]lt' + W, 'becsl' + W, 'list[aá]' + W].join('|'),
  undisclosed: 'nem k[oö]z[oö]lt|nem hozt[aá]k nyilv[aá]noss[aá]g|ismeretlen|t[oö]bb t[ií]z|sz[aá]mos|t[ií]zek|sz[aá]zak|ezrek',
  confirm: 'meger[oő]s[ií]t' + W,
  speech: ['k[oö]z[oö]lte', 'mondta', 'jelentette', 'jelentette be', '[ií]rta', 'tudatta', 'k[oö]zölte', 'nyilatkozta', 'sz[aá]molt be'].join('|'),
  speakerAfterVerb: true,
  according: 'szerint|hivatkozva',
  bodies: '\\p{L}*(?:miniszt[eé]rium|v[eé]delmi|korm[aá]ny|hat[oó]s[aá]g|sz[oó]viv[oő]|t[aá]bornok|elnök|ombudsman|parancsnok|koordin[aá]ci[oó]s)\\p{L}*|f[eé]l' + E,
  firstPerson: `(?<![\\p{L}])(?:mi|mieink|v[eé]dőink|katon[aá]ink|hőseink)${E}`,
  pronouns: `(?<![\\p{L}])(?:ő|ők)${E}`,
  background: 'kor[aá]bban|el[oő]z[oő]|tavaly|kor[aá]bbi',
  mediators: [['egyes[uü]lt arab em[ií]rs[eé]g' + W + '|eae', 'uae'], ['t[oö]r[oö]korsz[aá]g' + W, 'turkey'], ['katar' + W, 'qatar'], ['v[oö]r[oö]skereszt' + W + '|icrc', 'icrc'], ['vatik[aá]n' + W + '|p[aá]p' + W, 'vatican'], ['sza[uú]d-ar[aá]bi' + W, 'saudi-arabia'], ['egyiptom' + W, 'egypt'], ['ensz' + W, 'un']],
  mediation: 'k[oö]zvet[ií]t' + W + '|seg[ií]ts[eé]g[eé]vel|r[eé]v[eé]n|k[oö]zrem[uű]k[oö]d[eé]s[eé]vel',
  agreements: [['isztambul' + W, 'istanbul-2025']],
  agreementContext: 't[aá]rgyal[aá]s' + W + '|meg[aá]llapod[aá]s' + W,
  abbreviations: ['kb', 'ill', 'stb', 'pl', 'dr', 'szept', 'okt', 'febr', 'jan', 'aug', 'márc', 'ápr', 'jún', 'júl', 'nov', 'dec'],
  dateForms: {
    weekdays: ['h[eé]tf[oő]', 'kedd', 'szerd[aá]', 'cs[uü]t[oö]rt[oö]k', 'p[eé]ntek', 'szombat', 'vas[aá]rnap'],
    yesterday: 'tegnap',
    today: 'ma',
    months: ['janu[aá]r', 'febru[aá]r', 'm[aá]rcius', '[aá]prilis', 'm[aá]jus', 'j[uú]nius', 'j[uú]lius', 'augusztus', 'szeptember', 'okt[oó]ber', 'november', 'december'],
  },
});
