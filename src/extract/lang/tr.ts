import type { LanguageTable } from './types.js';

/**
 * Turkish reports are often typed without Turkish letters ("esir takasi yapildi"). Patterns are
 * written with them and widened here: ı, ş, ğ, ü, ö, ç also match i, s, g, u, o, c.
 */
const FOLD: Record<string, string> = { ı: 'i', ş: 's', ğ: 'g', ü: 'u', ö: 'o', ç: 'c', â: 'a', û: 'u', î: 'i' };
const T = (p: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === '\\') {
      out += c + (p[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    const plain = 'ışğüöç'.includes(c) ? FOLD[c] : undefined;
    out += plain === undefined ? c : inClass ? `${c}${plain}` : `[${c}${plain}]`;
  }
  return out;
};
/** A word and its spelling without Turkish letters. */
const folded = (w: string): string[] => {
  const f = w.replace(/[ışğüöçâûî]/gu, (c) => FOLD[c] ?? c);
  return f === w ? [w] : [w, f];
};
const words = (list: string[]): string[] => [...new Set(list.flatMap(folded))];
const withFolded = (m: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(m).flatMap(([k, v]) => folded(k).map((f) => [f, v] as const)));

/** End of a word in any script (`\b` only knows ASCII letters). */
const E = '(?![\\p{L}\\p{M}])';
/** The apostrophe that joins a suffix to a proper name or a figure ("Ukrayna'ya", "95'i"). */
const AP = "['’]";

/** A party's name in the nominative (the subject), and in the cases that name a recipient or something else. */
interface Name {
  stem: string;
  party: string;
  /** Dative suffixes: "to …". */
  dat: string;
  /** Genitive and accusative suffixes. */
  other: string;
}
// Ablative, locative and instrumental forms ("Ukrayna'dan", "Rusya'da") are left out: they are neither the
// subject nor the recipient, and as parties they would pass for speakers ("Ukrayna'dan … belirtti").
const vowelFinal = (stem: string, party: string): Name => ({ stem, party, dat: 'ya|ye', other: 'nın|nin|nun|nün|yı|yi|yu|yü' });
const consonantFinal = (stem: string, party: string): Name => ({ stem, party, dat: 'a|e', other: 'ın|in|un|ün|ı|i|u|ü' });
const NAMES: Name[] = [
  vowelFinal('rusya', 'russia'),
  vowelFinal('moskova', 'russia'),
  consonantFinal('kremlin', 'russia'),
  vowelFinal('ukrayna', 'ukraine'),
  consonantFinal('kiev', 'ukraine'),
  consonantFinal('kyiv', 'ukraine'),
  consonantFinal('israil', 'israel'),
  consonantFinal('hamas', 'hamas'),
  consonantFinal('hizbullah', 'hezbollah'),
  consonantFinal('husiler', 'houthis'),
  consonantFinal('ermenistan', 'armenia'),
  consonantFinal('erivan', 'armenia'),
  consonantFinal('azerbaycan', 'azerbaijan'),
  vowelFinal('bakü', 'azerbaijan'),
  consonantFinal('belarus', 'belarus'),
  consonantFinal('lübnan', 'lebanon'),
];
/** "Rusya tarafı", "Ukrayna ordusu": the side as a body, in the nominative. */
const SIDES = '(?:\\s+(?:taraf[ıi]|ordusu|h[üu]k[üu]meti|y[öo]netimi|g[üu][çc]leri))?';
const NOM = `(?:${NAMES.map((n) => T(n.stem)).join('|')})${SIDES}(?!${AP})`;
const DAT = `(?:${NAMES.map((n) => `${T(n.stem)}${AP}?(?:${n.dat})`).join('|')})`;
const nameParties: Array<[string, string]> = NAMES.flatMap((n) => [
  [`${T(n.stem)}${SIDES}(?!${AP})`, n.party],
  [`${T(n.stem)}${AP}?(?:${T(n.dat)}|${T(n.other)})`, n.party],
]);

// Verbs end the clause (subject, objects, verb): the subject is found by the verb it goes with.
const ACTIVE_GIVE = T('(?:teslim|iade|tahliye) e[td](?!il)\\p{L}*|serbest bırak(?!ıl)\\p{L}*|geri (?:gönder|ver)(?!il)\\p{L}*|salıver(?!il)\\p{L}*');
const PASSIVE_GIVE = T('(?:teslim|iade|tahliye|takas) edil\\p{L}*|serbest bırakıl\\p{L}*|geri (?:gönderil|veril)\\p{L}*|salıveril\\p{L}*');
const ACTIVE_RECEIVE = T('teslim al(?!ın)\\p{L}*|geri al(?!ın)\\p{L}*|geri getir(?!il)\\p{L}*|kurtar(?!ıl)\\p{L}*');
const ARRIVE = T('(?:geri )?döndü\\p{L}*|getiril\\p{L}*|ulaştı\\p{L}*|kavuştu\\p{L}*|geri alın\\p{L}*|teslim alın\\p{L}*');
/** Up to the end of the sentence (a dot inside "1.000" does not end it). */
const LATER = '(?:[^.;!?]|\\.(?=\\d)){0,120}?(?<![\\p{L}])';
/** Up to the end of the clause: a recipient in the dative belongs to its own clause's verb. */
const LATER_IN_CLAUSE = '(?:[^.;!?,]|[.,](?=\\d)){0,100}?(?<![\\p{L}])';
const NOT_LINK = `(?!(?:ile|ve|arasında|arasındaki|arasinda|arasindaki)${E})`;

const UNITS: Record<string, number> = withFolded({
  sıfır: 0, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yirmi: 20, otuz: 30, kırk: 40,
  elli: 50, altmış: 60, yetmiş: 70, seksen: 80, doksan: 90,
  // Case forms of a spelled number ("ikisi", "üçünü").
  ikisi: 2, ikisini: 2, üçü: 3, üçünü: 3, dördü: 4, dördünü: 4, beşi: 5, beşini: 5, onu: 10,
  // Distributive numerals, "that many each" (see eachSuffix).
  ikişer: 2, üçer: 3, dörder: 4, beşer: 5, altışar: 6, yedişer: 7, sekizer: 8, dokuzar: 9, onar: 10, yirmişer: 20,
  otuzar: 30, kırkar: 40, ellişer: 50, altmışar: 60, yetmişer: 70, seksener: 80, doksanar: 90,
});
const DISTRIBUTIVE = 'ikişer|üçer|dörder|beşer|altışar|yedişer|sekizer|dokuzar|onar|yirmişer|otuzar|kırkar|ellişer|altmışar|yetmişer|seksener|doksanar|yüzer|biner';
const MONTHS = T('ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık');

/** Turkish: Anadolu Agency copy, ministry statements of Türkiye as a mediator, retold posts of both sides. */
export const tr: LanguageTable = {
  code: 'tr',
  nameSuffix: "(?:['’]\\p{L}+)?",
  screen: ['takas', 'esir', 'tutsak', 'rehine', 'cese[td]', 'naaş', 'cenaze', 'teslim', 'iade', 'serbest bırak', 'mahk[uû]m', 'tutuklu', 'geri dön',
    'geri getir', 'geri al', 'eve getir', 'eve dön', 'yurda dön', 'kavuş', 'esaret', 'kurtar', 'mübadele'].map(T),
  transfer: [
    'takas', 'mübadele', 'değiş tokuş', 'teslim', 'iade', 'serbest bırak', 'geri gönder', 'geri ver', 'salıver', 'tahliye', 'geri al',
    'geri getir', 'getir', 'eve', 'geri dön', 'döndü', 'kavuş', 'getiril', 'kurtar', 'özgürlüğ', 'yurda', 'ülkesine', 'ülkelerine', 'evlerine',
  ].map(T),
  numbers: {
    units: UNITS,
    multipliers: withFolded({ yüz: 100, yüzü: 100, yüzer: 100, biner: 1000, bin: 1000, bini: 1000, binin: 1000, bine: 1000, binden: 1000, milyon: 1_000_000 }),
    joiners: ['ve'],
    articles: ['bir'],
    // "yüz" and "bin" stand alone for one hundred and one thousand ("bin asker"); "bir" is mostly "a", not a count.
    singular: words(['yüz', 'yüzü', 'yüzer', 'bin', 'bini', 'binin', 'bine', 'binden', 'milyon']),
    thousandSuffix: `(?:bin(?:${AP}?(?:i|in|e|den))?${E})`,
    dotThousands: true,
  },
  qualifiers: [
    ['en az(?:ından)?', 'at_least'],
    ['asgari', 'at_least'],
    ['en fazla', 'up_to'],
    ['en çok', 'up_to'],
    ['azami', 'up_to'],
    ['yaklaşık(?: olarak)?', 'about'],
    ['takriben', 'about'],
    ['tahminen', 'about'],
    ['ortalama', 'about'],
    ['neredeyse', 'nearly'],
    ['nerdeyse', 'nearly'],
    ['hemen hemen', 'nearly'],
  ].map(([p, q]) => [T(p!), q] as [string, LanguageTable['qualifiers'][number][1]]),
  qualifiersAfter: [
    [`${AP}?(?:[dt][ae]n) (?:daha )?fazla`, 'more_than'],
    [`${AP}?(?:y?[ıiuü]) aşkın`, 'more_than'],
    [`${AP}?(?:n?[ıiuü]n) üzerinde`, 'more_than'],
    ['küsur', 'more_than'],
    [`${AP}?(?:y?[ae]) yakın`, 'nearly'],
    [`${AP}?(?:y?[ae]) kadar`, 'up_to'],
    ['kadar', 'about'],
    [`${AP}?(?:n?[ıiuü]n)? civarında`, 'about'],
    [`${AP}?(?:n?[ıiuü]n)? dolayında`, 'about'],
    [`${AP}?(?:[dt][ae]n) az`, 'up_to'],
  ].map(([p, q]) => [T(p!), q] as [string, LanguageTable['qualifiers'][number][1]]),
  notCount: [
    '%', 'yaş', 'yıl', `${AP}?(?:[dt][ae])${E}`, `${AP}?(?:[dt][ae]ki)${E}`, `ay(?:d[ıi]r|da|l[ıi]k|[ıi])?${E}`, 'gün', 'saat', 'dakika', 'hafta',
    `km${E}`, 'kilometre', 'metre', `ton${E}`, 'dolar', 'lira', 'avro', `euro${E}`, 'milyar', `\\.?\\s*(?:${MONTHS})`,
    `${AP}?(?:[ıiuü]?nc[ıiuü])${E}`, `kez${E}`, `kere${E}`, `defa${E}`, 'takas', 'tur(?:da|u|a)?(?![\\p{L}])', 'aşama', 'köy', 'otobüs', 'uçak',
    'öldü', 'öldürül', 'hayatını kaybet', 'yaralandı', 'kayıp', 'taraf', 'ülke', 'devlet',
  ].map(T).join('|'),
  modifiers: words([
    // Suffixes after a figure's apostrophe ("95'i", "1000'den fazla", "146'şar").
    'i', 'ı', 'u', 'ü', 'si', 'sı', 'su', 'sü', 'e', 'a', 'ye', 'ya', 'den', 'dan', 'ten', 'tan', 'in', 'ın', 'un', 'ün', 'nin', 'nın',
    'er', 'ar', 'şer', 'şar', 'ini', 'ını', 'unu', 'ünü',
    'fazla', 'aşkın', 'yakın', 'kadar', 'üzerinde', 'civarında', 'dolayında', 'küsur', 'daha', 'diğer', 'ek', 'ilave', 'yeni', 'tüm',
    'yaralı', 'ağır', 'hasta', 'kadın', 'erkek', 'genç', 'yaşlı', 'ölü', 'şehit', 'hayatını', 'kaybeden', 'kaybetmiş', 'tutuklu',
    'serbest', 'bırakılan', 'bırakılmış', 'iade', 'edilen', 'esir', 'alınan', 'düşen', 'tutulan', 'askeri', 'sivil',
  ]),
  nouns: [
    { pattern: T('cese(?:t|d)\\p{L}*|naaş\\p{L}*|cenaze\\p{L}*|kalıntı\\p{L}*|tabut\\p{L}*'), category: 'remains' },
    { pattern: T('savaş esir\\p{L}*|harp esir\\p{L}*'), category: 'pow' },
    { pattern: T('esir\\p{L}*|tutsak\\p{L}*'), category: 'captives' },
    { pattern: T('asker\\p{L}*'), category: 'captives' },
    { pattern: T('kahraman\\p{L}*'), category: 'pow' },
    { pattern: T('subay\\p{L}*|savaşçı\\p{L}*|militan\\p{L}*|denizci\\p{L}*|paralı asker\\p{L}*|muharip\\p{L}*|er(?:ler|leri|lerin)'), category: 'pow' },
    { pattern: T('siyasi tutuklu\\p{L}*'), category: 'detainees' },
    { pattern: T('tutuklu\\p{L}*|gözaltı\\p{L}*'), category: 'detainees' },
    { pattern: T('mahk[uû]m\\p{L}*|hükümlü\\p{L}*'), category: 'prisoners' },
    { pattern: T('rehine\\p{L}*'), category: 'hostages' },
    { pattern: T('sivil\\p{L}*|gazeteci\\p{L}*|rahip\\p{L}*|din adam\\p{L}*|gönüllü\\p{L}*'), category: 'civilians' },
    { pattern: T('çocuk\\p{L}*|çocuğ\\p{L}*|reşit olmayan\\p{L}*|bebek\\p{L}*'), category: 'children' },
    { pattern: T('filistinli\\p{L}*'), category: 'prisoners' },
    { pattern: T('kişi\\p{L}*|insan(?:lar|ları|ın|ı)?|vatandaş\\p{L}*|yurttaş\\p{L}*|kadın\\p{L}*|erkek\\p{L}*'), category: 'people' },
    { pattern: T('ukraynalı\\p{L}*|ruslar\\p{L}*|israilli\\p{L}*|ermeni\\p{L}*|azerbaycanlı\\p{L}*|azeri\\p{L}*'), category: 'people' },
  ],
  // A figure with no noun of its own may stand before these words only (a suffix after an apostrophe is punctuation).
  bareFollowers: T('ve|ile|de|da|ise|ya|veya|karşılığında|karşılık|serbest|teslim|iade|geri|takas|kişi\\p{L}*|esir\\p{L}*|cese[td]\\p{L}*|asker\\p{L}*'),
  remainsBefore: T('(?:cese(?:t|d)\\p{L}*|naaş\\p{L}*|cenaze\\p{L}*)'),
  remainsAfter: T('\\s*(?:cese(?:t|d)|naaş|cenaze|kalıntı)\\p{L}*'),
  wounded: T('yaralı|yaralanmış|hasta|engelli|ağır yaralı'),
  nationalities: [
    ['ukraynalı', 'ukraine'],
    [`ukrayna(?![\\p{L}'’])`, 'ukraine'],
    [`ukrayna${AP}?y[ae]${E}`, 'ukraine'],
    [`rus(?:lar\\p{L}*)?${E}`, 'russia'],
    [`rusya${AP}?y[ae]${E}`, 'russia'],
    ['israilli', 'israel'],
    [`israil(?![\\p{L}'’])`, 'israel'],
    [`israil${AP}?e${E}`, 'israel'],
    ['filistinli', 'hamas'],
    ['gazzeli', 'hamas'],
    ['ermeni', 'armenia'],
    [`ermenistan(?![\\p{L}'’])`, 'armenia'],
    [`ermenistan${AP}?a${E}`, 'armenia'],
    ['azerbaycanlı', 'azerbaijan'],
    ['azeri', 'azerbaijan'],
    [`azerbaycan(?![\\p{L}'’])`, 'azerbaijan'],
    [`azerbaycan${AP}?a${E}`, 'azerbaijan'],
    ['belaruslu', 'belarus'],
    ['lübnanlı', 'lebanon'],
    ['husi', 'houthis'],
  ].map(([p, party]) => [T(p!), party] as [string, string]),
  parties: [
    ...nameParties,
    [T('rus (?:tarafı|ordusu|hükümeti|yönetimi|güçleri)'), 'russia'],
    [T('ukrayna (?:tarafı|ordusu|hükümeti|yönetimi|güçleri)'), 'ukraine'],
    [T('kassam tugayları|kassam'), 'hamas'],
    [T('islami cihad'), 'hamas'],
  ],
  // Subject, object, verb: a giving verb at the end of the clause makes the nominative party before the figure the giver
  // (a zero-width mark right after the party stands for the verb), and "Rusya tarafından" (by Russia) likewise. The
  // verbs themselves are left out: before a figure they belong to an earlier clause, whose nearest party is no subject.
  give: [
    `(?<=(?<![\\p{L}])${NOM}\\s*,?\\s+)${NOT_LINK}(?=${LATER}(?:${ACTIVE_GIVE}))`,
    `(?<=(?<![\\p{L}])${NOM}\\s+${T('tarafından')}\\s+)(?=${LATER}(?:${ACTIVE_GIVE}|${PASSIVE_GIVE}))`,
  ].join('|'),
  ambiguousReturn: '(?!)',
  // A receiving verb likewise, within its clause (", karşılığında 38'ini geri aldı" is the subject's other act); and a party in the dative ("Ukrayna'ya") before any handing over is the recipient.
  receive: [
    `(?<=(?<![\\p{L}])${NOM}\\s*,?\\s+)${NOT_LINK}(?=${LATER_IN_CLAUSE}(?:${ACTIVE_RECEIVE}))`,
    `(?<=(?<![\\p{L}])${DAT}\\s+)(?=${LATER_IN_CLAUSE}(?:${ACTIVE_GIVE}|${PASSIVE_GIVE}|${ARRIVE}))`,
  ].join('|'),
  home: T('(?:geri|yurda|ülke\\p{L}*|evlerine|evine|vatan\\p{L}*|anavatan\\p{L}*|ailelerine)\\s+(?:döndü|dönüyor|dönecek|getirildi|kavuştu)\\p{L}*|geri (?:döndü|dönüyor|getirildi)\\p{L}*|kavuştu\\p{L}*|özgürlüğüne kavuştu|eve (?:getir|dön)\\p{L}*|esaretten|iade edil\\p{L}*|geri gönderil\\p{L}*'),
  // A name in the dative next to the mark of a giving verb is the recipient ("Rusya, Ukrayna'ya … teslim etti").
  dativeParties: DAT,
  toParty: '$^',
  fromParty: '$^',
  inReturn: T(`(?:karşılığında|karşılık olarak|buna karşılık|karşılık|mukabilinde|ise|bunun yerine|\\p{L}+${AP}?(?:y?[ae]) karşılık)\\s*$`),
  swap: 'takas|değiş|degis',
  comeBack: 'döndü|dondu|iade|serbest',
  each: T(`^\\s*(?:\\S+\\s+){0,3}?(?:her iki taraf\\p{L}*|her bir taraf\\p{L}*|karşılıklı)`),
  // "84'er", "146'şar", "dokuzar esir": a distributive numeral is that many from each side.
  eachSuffix: T(`\\d['’]?ş?[ae]r|(?<![\\p{L}])(?:${DISTRIBUTIVE})`),
  eachBefore: T('(?<![\\p{L}])(?:karşılıklı(?: olarak)?|her iki taraf(?:tan|ın)?|ikişer taraf)\\s*$'),
  sameNumber: 'aynı sayıda|eşit sayıda|benzer sayıda',
  clauseStarts: 've|ama|sonra|önce',
  ofOwner: '^\\s+',
  heldBy: '$^',
  forSwap: T(`^\\s*(?:${AP}?\\p{L}{0,3}\\s+)?(?:karşılık|karşılığında|e karşı|a karşı)\\s*`),
  partOf: T(`(?:aralarında|bunların|içlerinde|dahil|içinde|dahil olmak üzere|bunlardan|onlardan)[:,]?\\s*$`),
  partAfter: T(`^\\s*${AP}?(?:i|ı|u|ü|si|sı|su|sü)\\s+`),
  plan: [
    T('\\p{L}+(?:acak|ecek|acağ|eceğ)\\p{L}*'), T('planlan\\p{L}*'), T('planlı'), T('plana'), T('anlaştı\\p{L}*'), T('anlaşmaya varıl\\p{L}*'),
    T('uzlaş\\p{L}*'), T('bekleniyor'), T('beklenen'), T('öngörül\\p{L}*'), T('hazır(?:ız|lar|landığını|olduğunu)'), T('teklif\\p{L}*'),
    T('önümüzdeki'), T('gelecek hafta'), T('yakında'), T('ilerleyen günlerde'), T('öneri\\p{L}*'), T('vaat\\p{L}*'), T('söz verdi'),
  ].join('|'),
  cumulative: [
    'toplam\\p{L}*', 'şimdiye (?:kadar|dek)', 'bugüne (?:kadar|dek|değin)', 'şu ana (?:kadar|dek)', 'halihazırda',
    'savaşın başından (?:bu yana|beri)', 'başından (?:bu yana|beri)', `(?:20\\d\\d|${MONTHS})${AP}?(?:[dt][ae]n) (?:bu yana|beri)`,
    'bu yıl', 'yıl başından', 'savaş boyunca', 'savaş süresince', 'çatışmaların başlamasından',
  ].map(T).join('|'),
  superlative: T('en büyük|en geniş|en kapsamlı|ilk|tek|rekor'),
  notTransfer: [
    'tutulan', 'tutuluyor', 'tutulmakta', 'elinde (?:bulunan|tuttuğu|tutulan)', 'esir düş\\p{L}*', 'esir alın\\p{L}*', 'esir al(?:dı|mış|ındı)\\p{L}*',
    'yakalan\\p{L}*', 'öldürül\\p{L}*', 'öldü\\p{L}*', 'hayatını kaybet\\p{L}*', 'can ver\\p{L}*', 'şehit (?:oldu|düştü)\\p{L}*', 'kayıp\\p{L}*',
    'kaybol\\p{L}*', 'gözaltına alın\\p{L}*', 'tutuklan\\p{L}*', 'mahkum edil\\p{L}*', 'hüküm giy\\p{L}*', 'sürgün\\p{L}*', 'tahmin\\p{L}*',
    'liste\\p{L}*', 'kimlik\\p{L}*', 'dna', 'defnedil\\p{L}*', 'gömül\\p{L}*', 'savaş(?:an|ıyor)', 'seferber\\p{L}*',
  ].map(T).join('|'),
  undisclosed: T('açıklanmadı|açıklanmayan|belirtilmedi|bilinmiyor|netlik kazanmadı|belli değil|belirsiz|birkaç|bir grup|onlarca|yüzlerce|binlerce|çok sayıda'),
  confirm: T('doğrula\\p{L}*|teyit\\p{L}*|onayla\\p{L}*'),
  speech: [
    'dedi', 'açıkla\\p{L}*', 'bildir\\p{L}*', 'belirt\\p{L}*', 'ifade et\\p{L}*', 'ifadelerini kullan\\p{L}*', 'duyur\\p{L}*', 'paylaş\\p{L}*',
    'yazdı', 'söyle\\p{L}*', 'kaydet\\p{L}*', 'aktar\\p{L}*', 'vurgula\\p{L}*', 'telegram\\p{L}*',
  ].map(T).join('|'),
  // The subject opens the sentence and its speech verb comes later ("Rusya Savunma Bakanlığı, … belirtti."): a mark at the
  // start of such a sentence (its first character: a mark must not be empty) lets the body or party that opens it speak.
  according: [
    'göre', 'aktardığına göre', 'verdiği bilgiye göre', 'kaynaklar\\p{L}*',
    '^(?=[^.!?]*(?<![\\p{L}])(?:dedi|açıkla\\p{L}*|bildir\\p{L}*|belirt\\p{L}*|ifade etti\\p{L}*|ifadelerini kullan\\p{L}*|duyur\\p{L}*|kaydet\\p{L}*|aktar\\p{L}*|söyle\\p{L}*))\\S',
  ].map(T).join('|'),
  bodies: T('bakanlı\\p{L}*|savunma|dışişleri|hükümet\\p{L}*|yönetim\\p{L}*|yetkili\\p{L}*|ordu\\p{L}*|kuvvet\\p{L}*|genelkurmay\\p{L}*|sözcü\\p{L}*|ofis\\p{L}*|başkanlı\\p{L}*|istihbarat\\p{L}*|heyet\\p{L}*|komisyon\\p{L}*|karargah\\p{L}*|merkez\\p{L}*|taraf\\p{L}*|büyükelçili\\p{L}*|ombudsman\\p{L}*'),
  stateForces: ['hükümet\\p{L}*', 'ordu(?:su|nun|ya)?', 'rejim\\p{L}*', 'yönetim\\p{L}*'],
  armedGroup: ['militan\\p{L}*', 'isyancı\\p{L}*', 'örgüt\\p{L}*', 'terör örgütü', 'silahlı grup\\p{L}*'],
  firstPerson: T('(?<![\\p{L}])(?:biz|bizim|bize|bizi|\\p{L}+(?:ımız|imiz|umuz|ümüz|ımızı|imizi|umuzu|ümüzü))(?![\\p{L}])'),
  pronouns: T('(?<![\\p{L}])(?:o|kendisi)(?![\\p{L}])'),
  background: T('daha önce|önceki|geçen|geçtiğimiz|son takas|geçmişte|\\p{L}+(?:mıştı|mişti|muştu|müştü)'),
  mediators: [
    ['birleşik arap emirlikleri', 'uae'],
    ['bae', 'uae'],
    ['emirlik\\p{L}*', 'uae'],
    ['abu dabi', 'uae'],
    ['türkiye', 'turkey'],
    ['ankara', 'turkey'],
    ['katar\\p{L}*', 'qatar'],
    ['doha', 'qatar'],
    ['uluslararası kızılhaç komitesi', 'icrc'],
    ['ukkk|icrc', 'icrc'],
    ['kızılhaç\\p{L}*', 'icrc'],
    ['kızılay\\p{L}*', 'icrc'],
    ['vatikan\\p{L}*', 'vatican'],
    ['papa', 'vatican'],
    ['suudi arabistan', 'saudi-arabia'],
    ['abd', 'united-states'],
    ['amerika birleşik devletleri', 'united-states'],
    ['mısır', 'egypt'],
    ['umman', 'oman'],
    ['birleşmiş milletler|bm', 'un'],
  ].map(([p, slug]) => [T(p!), slug] as [string, string]),
  mediation: T('arabulucu\\p{L}*|aracılı\\p{L}*|katkı\\p{L}*|yardımıyla|desteğiyle|çabalar\\p{L}*|çabasıyla|gözetim\\p{L}*|öncülüğ\\p{L}*|sayesinde|himayesinde|nezaretinde|ev sahipliğ\\p{L}*'),
  // Words of death that describe the dead of a handover of remains: they do not block its figure.
  deathWords: 'öldürül|öldü|hayatını kaybet|can ver|şehit|kimlik|dna|gömül',
  // Next to an agreement's place name, these make it an agreement: the talks, the deal, the round.
  agreementContext: 'anlaşma|müzakere|görüşme|mutabakat|tur',
  agreements: [[T('istanbul'), 'istanbul-2025']],
  abbreviations: ['dr', 'prof', 'vb', 'vs', 'bkz', 'av', 'org', 'alb', 'gen', 'yrd', 'doç', 'sn'],
  // chrono-node has no Turkish parser: weekdays, "dün"/"bugün" and month names ("23 Kasım") are read from these.
  dateForms: {
    weekdays: ['pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma(?!rtesi)', 'cumartesi', 'pazar(?!tesi|lık)'],
    yesterday: 'dün(?:kü)?',
    today: 'bugün(?:kü)?',
    months: ['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'],
  },
  chrono: 'en',
};
