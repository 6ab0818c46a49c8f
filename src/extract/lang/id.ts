import type { PartySlug } from '../../domain/index.js';
import { any, defineTable, E } from './define.js';

/**
 * Indonesian (and Malay): Antara, Kompas, Tempo, detikcom, CNN Indonesia, Bernama. Subject–verb–object
 * with active "me-" verbs ("Rusia menyerahkan 150 tentara Ukraina") and passive "di-" verbs whose
 * agent follows "oleh" ("150 tentara dibebaskan oleh Ukraina"). The nationality follows its noun
 * ("tawanan perang Ukraina"), "1.000" groups thousands, and numbers in words put the multiplier
 * after its unit ("dua ratus", "seribu").
 */
const W = '\\p{L}*';
const NAMES: Array<[string, string]> = [
  ['rusia|moskow|moskwa|kremlin', 'russia'],
  ['ukraina|kyiv|kiev', 'ukraine'],
  ['israel', 'israel'],
  ['hamas', 'hamas'],
  ['hizbullah|hezbollah', 'hezbollah'],
  ['houthi', 'houthis'],
  ['armenia', 'armenia'],
  ['azerbaijan', 'azerbaijan'],
  ['amerika serikat', 'united-states'],
  ['iran', 'iran'],
  ['belarus', 'belarus'],
];

export const id = defineTable({
  code: 'id',
  screen: [
    'pertukaran', 'bertukar', 'tukar', 'tawanan', 'sandera', 'tahanan', 'jenazah', 'jasad', 'dibebaskan', 'membebaskan', 'menyerahkan',
    'diserahkan', 'dipulangkan', 'memulangkan', 'pulang', 'kembali', 'repatriasi',
  ],
  transfer: [
    'tukar', 'bertukar', 'menukar', 'ditukar', 'pertukaran', 'menyerahkan', 'diserahkan', 'menyerahterimakan', 'diserahterimakan', 'membebaskan', 'dibebaskan', 'melepaskan',
    'dilepaskan', 'memulangkan', 'dipulangkan', 'mengembalikan', 'dikembalikan', 'menerima', 'diterima', 'pulang', 'kembali', 'tiba',
    'repatriasi', 'pembebasan', 'pemulangan', 'penyerahan',
  ],
  numbers: {
    units: {
      nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, sebelas: 11,
      seratus: 100, seribu: 1000,
    },
    multipliers: { puluh: 10, ratus: 100, ribu: 1000, juta: 1_000_000 },
    joiners: [],
    articles: [],
    singular: ['seratus', 'seribu'],
    thousandSuffix: `(?:ribu${E}|rb\\.?)`,
    dotThousands: true,
  },
  qualifiers: [
    ['sedikitnya|setidaknya|paling sedikit|minimal', 'at_least'],
    ['lebih dari|lebih kurang dari|di atas', 'more_than'],
    ['sekitar|kurang lebih|kira-kira|lebih kurang', 'about'],
    ['hampir|nyaris', 'nearly'],
    ['hingga|sampai|maksimal', 'up_to'],
  ],
  notCount: [
    '%', 'persen', 'tahun' + E, 'bulan' + E, 'hari' + E, 'minggu' + E, 'pekan', 'jam' + E, 'menit', 'km', 'kilometer', 'ton', 'dolar', 'rupiah',
    'kali' + E, 'putaran', 'tahap', 'negara', 'januari', 'februari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober',
    'november', 'desember',
  ].join('|'),
  modifiers: ['orang', 'lagi', 'lainnya', 'lain', 'yang', 'terluka', 'luka', 'sakit', 'tewas', 'gugur', 'warga', 'para', 'kami', 'kita', 'sipil'],
  nouns: [
    { pattern: `jenazah${W}|jasad${W}|mayat${W}|peti jenazah|sisa-sisa jasad|kerangka${W}`, category: 'remains' },
    { pattern: 'tawanan perang|tahanan perang|prisoners? of war|pow', category: 'pow' },
    { pattern: `tentara${W}|prajurit${W}|serdadu${W}|personel militer|anggota militer|militer${W}|marinir${W}|pejuang${W}|pembela${W}`, category: 'captives' },
    { pattern: `warga sipil|penduduk sipil|orang sipil|sipil|wartawan${W}|jurnalis${W}|nelayan${W}`, category: 'civilians' },
    { pattern: `anak-anak|anak${E}|bocah${W}|remaja${W}`, category: 'children' },
    { pattern: `sandera${W}`, category: 'hostages' },
    { pattern: `tahanan${W}|narapidana${W}|napi${E}|tahanan politik`, category: 'detainees' },
    { pattern: `tawanan${W}`, category: 'prisoners' },
    { pattern: `orang${E}|warga${E}|jiwa${E}|warga negara${W}|rekan senegara`, category: 'people' },
  ],
  bareFollowers: 'di|dan|ke|dari|oleh|sebagai|lainnya|lagi|telah|sudah|pulang|kembali|dibebaskan|diserahkan',
  remainsBefore: '(?:jenazah|jasad|mayat|sisa jasad)(?:\\s+(?:dari|para))?',
  wounded: 'terluka|luka-luka|luka berat|sakit parah|sakit',
  // "tentara Rusia" is Russian soldiers, "dari Rusia" from Russia: a name after a preposition is no demonym.
  nationalities: (
    [
      ['ukraina', 'ukraine'], ['rusia', 'russia'], ['israel', 'israel'], ['palestina', 'hamas'], ['armenia', 'armenia'], ['azerbaijan', 'azerbaijan'],
      ['amerika', 'united-states'],
    ] as Array<[string, PartySlug]>
  ).map(([p, party]) => [`(?<!(?:dari|ke|kepada|oleh|pihak|untuk|di)\\s)(?:${p})`, party]),
  parties: NAMES.map(([p, party]) => [`(?:${p})`, party]),
  objectPrepositions: ['kepada', 'ke', 'dari', 'oleh', 'untuk', 'dengan', 'antara', 'melawan', 'bagi'],
  give: any([
    'menyerahkan', 'menyerahterimakan', 'membebaskan', 'melepaskan', 'memulangkan', 'mengembalikan', 'memindahkan', 'mengirim pulang', 'melepas',
  ]),
  receive: any(['menerima', 'memperoleh kembali', 'mendapatkan kembali', 'menjemput', 'memulihkan']),
  home: 'pulang' + W + '|kembali ke tanah air|kembali ke (?:negara|rumah|kampung halaman)|ke tanah air|tiba di tanah air',
  toParty: '(?:kepada|ke|ke pihak|untuk)\\s*$',
  fromParty: '(?:dari|oleh|dari pihak|dari tahanan)\\s*$',
  inReturn: '(?:sebagai gantinya|sebagai imbalan(?: atas)?|dengan imbalan|ditukar dengan|sementara itu|sementara|sedangkan|adapun)\\s*(?:,\\s*)?$',
  inReturnAfter: 'sebagai gantinya|sebagai imbalan',
  swap: 'tukar|pertukaran|bertukar|menukar|ditukar',
  comeBack: 'pulang|kembali|dibebaskan|bebas|tiba',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:dari masing-masing pihak|dari kedua belah pihak|dari kedua pihak|masing-masing)',
  eachBefore: '(?<![\\p{L}])(?:masing-masing|masing-masing sebanyak)\\s*$',
  sameNumber: 'jumlah yang sama|sama banyaknya',
  clauseStarts: 'dan|tetapi|namun|sementara|sedangkan',
  clauseBreaks: { afterComma: 'dan|tetapi|namun|sementara|sedangkan|adapun', standalone: 'sementara|sedangkan' },
  partOf: '(?:di antaranya|termasuk|antara lain|terdiri dari|terdiri atas)[:,]?\\s*$',
  // "jenazah 909 tentara dari Rusia": from Russia, not Russian soldiers.
  ofOwner: '^\\s+(?!(?:dari|ke|kepada|oleh|untuk|di|pada|dengan|melalui|sebagai)\\s)(?:(?:milik|asal)\\s+)?',
  plan: [
    'akan', 'berencana', 'rencana' + W, 'dijadwalkan', 'sepakat', 'menyepakati', 'kesepakatan untuk', 'minggu depan', 'pekan depan', 'segera',
    'mengusulkan', 'usulan',
  ].join('|'),
  cumulative: [
    'sejauh ini', 'hingga kini', 'sampai saat ini', 'secara total', 'total', 'seluruhnya', 'sejak awal perang', 'sejak awal', 'sejak (?:20\\d\\d|februari)',
    'tahun ini',
  ].join('|'),
  weakTotals: 'secara total|total|seluruhnya',
  superlative: 'terbesar|pertama',
  notTransfer: ['masih ditahan', 'menahan', 'ditahan', 'dalam tawanan', 'tewas', 'hilang', 'ditangkap', 'diperkirakan', 'daftar'].join('|'),
  deathWords: 'tewas|gugur|meninggal|terbunuh',
  undisclosed: 'tidak disebutkan|tidak diungkapkan|belum diketahui|beberapa|puluhan|ratusan|ribuan',
  confirm: 'mengonfirmasi|membenarkan|dikonfirmasi',
  speech: ['mengatakan', 'kata', 'menyatakan', 'mengumumkan', 'melaporkan', 'menulis', 'menyebutkan', 'ujar', 'ungkap', 'menegaskan'].join('|'),
  // "kata Kementerian Pertahanan Rusia": the speaker follows its verb.
  speakerAfterVerb: true,
  according: 'menurut|seperti dikutip|dikutip dari|berdasarkan',
  bodies: `kementerian${W}|markas${W}|pemerintah${W}|otoritas${W}|pejabat${W}|juru bicara|ombudsman|militer${W}|presiden${W}|pihak${W}|kedutaan${W}`,
  firstPerson: '(?<![\\p{L}])(?:kami|kita)(?![\\p{L}])',
  pronouns: '(?<![\\p{L}])(?:ia|dia|mereka|beliau)(?![\\p{L}])',
  background: 'sebelumnya|tahun lalu|dulu|pada masa lalu',
  mediators: [
    ['uni emirat arab|\\buea\\b|emirat', 'uae'], ['turki', 'turkey'], ['qatar', 'qatar'], ['palang merah|\\bicrc\\b|komite internasional palang merah', 'icrc'],
    ['vatikan|paus', 'vatican'], ['arab saudi', 'saudi-arabia'], ['mesir', 'egypt'], ['pbb|perserikatan bangsa-bangsa', 'un'],
  ],
  mediation: `melalui|lewat|dengan mediasi|mediasi${W}|dimediasi|ditengahi|dengan bantuan|berkat bantuan|perantara${W}`,
  agreements: [['istanbul', 'istanbul-2025']],
  agreementContext: 'perundingan|kesepakatan|pembicaraan|negosiasi',
  abbreviations: ['bpk', 'ibu', 'dr', 'no', 'jl', 'dll', 'dsb'],
  dateForms: {
    weekdays: ['senin|isnin', 'selasa', 'rabu', 'kamis|khamis', 'jumat|jum\'at|jumaat', 'sabtu', 'ahad|(?<!(?:satu|dua|tiga|per|beberapa)\\s)minggu(?!\\s+(?:depan|lalu|ini|ke|terakhir))'],
    yesterday: 'kemarin',
    today: 'hari ini',
    months: ['januari', 'februari|pebruari', 'maret', 'april', 'mei', 'juni', 'juli', 'agustus', 'september', 'oktober', 'november|nopember', 'desember'],
  },
});
