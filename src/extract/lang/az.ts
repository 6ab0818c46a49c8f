import { any, defineTable, verbFrames } from './define.js';

/**
 * Azerbaijani: APA, Report.az, Trend, ministry statements. Subject–object–verb with case endings on
 * names ("Ukraynaya" to Ukraine, "Rusiyadan" from Russia) and on figures ("1000-dən çox", read as
 * "1000 dən çox": script-text.ts). Close to Turkish, but spelled with ə, q and x.
 */
const W = '\\p{L}*';
const E = '(?![\\p{L}\\p{M}])';
const NAMES: Array<[string, string]> = [
  ['rusiya|moskva|kreml', 'russia'],
  ['ukrayna|kiyev|kyiv', 'ukraine'],
  ['israil|isra[iy]l', 'israel'],
  ['həmas|hamas', 'hamas'],
  ['hizbullah', 'hezbollah'],
  ['ermənistan|irəvan', 'armenia'],
  ['azərbaycan|bakı', 'azerbaijan'],
  ['iran|tehran', 'iran'],
  ['iraq|bağdad', 'iraq'],
  ['abş|amerika birləşmiş ştatları|vaşinqton', 'united-states'],
  ['belarus', 'belarus'],
  ['hindistan', 'india'],
  ['pakistan', 'pakistan'],
];
const STEMS = NAMES.map(([p]) => p).join('|');
const GIVE = any([`təhvil ver(?!il)${W}`, `azad et(?!dil|il)${W}`, `azad ed(?!il)${W}`, `qaytar(?!ıl)${W}`, `ötür(?!ül)${W}`, `burax(?!ıl)${W}`, `geri ver(?!il)${W}`]);
const RECEIVE = any([`təhvil al(?!ın)${W}`, `geri al(?!ın)${W}`, `qəbul et${W}`]);
const ARRIVE = any([`təhvil veril${W}`, `azad edil${W}`, `qaytarıl${W}`, `ötürül${W}`, `qayıt${W}`, `qayıd${W}`, `vətənə${W}`]);
const frames = verbFrames({
  names: STEMS,
  agent: `(?:\\s+tərəfi)?${E}(?!\\s+(?:və|ilə)${E})`,
  recipient: '(?:ya|yə|a|ə|yа)(?:\\s+tərəfinə)?',
  source: '(?:dan|dən|tan|tən)',
  give: GIVE,
  receive: RECEIVE,
  arrive: ARRIVE,
  stop: 'əvəzində|müqabilində|isə',
});

export const az = defineTable({
  code: 'az',
  screen: ['mübadilə', 'əsir', 'girov', 'cəsəd', 'meyit', 'nəş', 'təhvil', 'azad et', 'azad edil', 'qaytar', 'məhbus', 'saxlanılan'],
  transfer: ['mübadilə', 'dəyiş', 'təhvil', 'azad', 'qaytar', 'ötür', 'burax', 'geri al', 'qəbul', 'qayıt', 'qayıd', 'vətənə'],
  numbers: {
    units: {
      sıfır: 0, iki: 2, üç: 3, dörd: 4, beş: 5, altı: 6, yeddi: 7, səkkiz: 8, doqquz: 9, on: 10, iyirmi: 20, otuz: 30, qırx: 40, əlli: 50,
      altmış: 60, yetmiş: 70, səksən: 80, doxsan: 90,
    },
    multipliers: { yüz: 100, min: 1000, milyon: 1_000_000 },
    joiners: [],
    articles: ['bir'],
    singular: ['yüz', 'min'],
    thousandSuffix: `min${E}`,
    dotThousands: true,
  },
  qualifiers: [['ən azı|azı', 'at_least'], ['təxminən|təqribən|təxmini|təqribi', 'about'], ['ən çox', 'up_to']],
  qualifiersAfter: [['(?:dan|dən|tan|tən)\\s+(?:çox|artıq)', 'more_than'], ['(?:a|ə|ya|yə)\\s+yaxın', 'nearly'], ['(?:a|ə|ya|yə)\\s+qədər', 'up_to']],
  notCount: ['%', 'faiz', 'yaş', 'il' + E, 'ildə', 'ilin', 'ay' + E, 'ayın', 'gün', 'saat', 'dəqiqə', 'həftə', 'km', 'kilometr', 'ton' + E, 'dollar', 'manat', 'dəfə', 'mərhələ', 'ölkə', '-?(?:cı|ci|cu|cü|ıncı|inci|uncu|üncü)' + E].join('|'),
  modifiers: ['nəfər', 'dan', 'dən', 'tan', 'tən', 'çox', 'artıq', 'yaxın', 'daha', 'digər', 'yaralı', 'ağır', 'xəstə', 'həlak', 'olmuş', 'olan', 'hərbi', 'mülki', 'erməni', 'azərbaycanlı', 'a', 'ə', 'ya', 'yə', 'ın', 'in', 'un', 'ün', 'nin', 'nın'],
  nouns: [
    { pattern: `cəsəd${W}|meyit${W}|nəş${W}|qalıq${W}|tabut${W}`, category: 'remains' },
    { pattern: `hərbi əsir${W}|hərbi əsirlər${W}`, category: 'pow' },
    { pattern: `əsir${W}`, category: 'captives' },
    { pattern: `hərbçi${W}|əsgər${W}|hərbi qulluqçu${W}|zabit${W}|döyüşçü${W}`, category: 'captives' },
    { pattern: `siyasi məhbus${W}`, category: 'detainees' },
    { pattern: `məhbus${W}|saxlanılan${W}|tutulan${W}`, category: 'prisoners' },
    { pattern: `girov${W}`, category: 'hostages' },
    { pattern: `mülki şəxs${W}|dinc sakin${W}|mülki${W}|jurnalist${W}`, category: 'civilians' },
    { pattern: `uşaq${W}|yetkinlik yaşına çatmayan${W}`, category: 'children' },
    { pattern: `nəfər${E}|şəxs${W}|insan${W}|vətəndaş${W}|ukraynalı${W}|rusiyalı${W}|israilli${W}|fələstinli${W}`, category: 'people' },
  ],
  bareFollowers: `və|ilə|isə|nəfər${W}|əsir${W}|cəsəd${W}|təhvil|azad|geri`,
  remainsBefore: '(?:cəsəd|meyit|nəş)\\p{L}*',
  remainsAfter: `\\s*(?:cəsəd|meyit|nəş)${W}`,
  wounded: 'yaralı|xəstə|ağır yaralı',
  nationalities: [
    ['ukraynalı|ukrayna', 'ukraine'],
    ['rusiyalı|rus' + E, 'russia'],
    ['israilli', 'israel'],
    ['fələstinli', 'hamas'],
    ['erməni|ermənistanlı', 'armenia'],
    ['azərbaycanlı|azərbaycan', 'azerbaijan'],
    ['iranlı', 'iran'],
    ['amerikalı', 'united-states'],
  ],
  parties: NAMES.map(([p, party]) => [`(?:${p})${W}(?:\\s+tərəfi${W})?`, party]),
  give: frames.give,
  receive: frames.receive,
  clauseVerbs: `${GIVE}|${RECEIVE}|${ARRIVE}`,
  toPartyAfter: `^(?:${STEMS})(?:ya|yə|a|ə)${E}`,
  fromPartyAfter: `^(?:${STEMS})(?:dan|dən|tan|tən)${E}`,
  home: `vətənə${W}|evlərinə${W}|geri qayıt${W}`,
  inReturn: '(?:əvəzində|müqabilində|qarşılığında|isə|əvəzinə)\\s*$',
  inReturnAfter: 'əvəzində|müqabilində',
  swap: 'mübadilə|dəyiş',
  comeBack: 'qayıt|qayıd|vətənə|azad',
  each: `^\\s*(?:\\S+\\s+){0,2}?(?:hər (?:iki )?tərəf${W}|qarşılıqlı)`,
  clauseStarts: 'və|amma|lakin|isə',
  clauseBreaks: { afterComma: 'və|amma|lakin', standalone: 'isə' },
  partOf: '(?:onlardan|onların arasında|o cümlədən|daxil olmaqla)[:,]?\\s*$',
  plan: [`\\p{L}+(?:acaq|əcək|acağ|əcəy)${W}`, `planlaşdır${W}`, `razılaşdırıl${W}`, 'razılığa gəl' + W, 'gələn həftə', 'yaxın günlərdə', `təklif${W}`].join('|'),
  cumulative: ['indiyədək', 'indiyə qədər', 'ümumilikdə', 'cəmi', 'müharibənin əvvəlindən', 'bu ilin əvvəlindən', 'ümumi sayı'].join('|'),
  weakTotals: 'ümumilikdə|cəmi',
  superlative: 'ən böyük|ilk',
  notTransfer: [`saxlanılır${W}`, `saxlanıl(?:an|ır)${W} (?:əsir|hərbçi)`, `əsir götürül${W}`, `həlak ol${W}`, `itkin${W}`, `öldürül${W}`, `həbs${W}`, `məhkum${W}`, 'siyahı' + W, 'təxmin' + W].join('|'),
  undisclosed: 'açıqlanmayıb|bildirilməyib|məlum deyil|bir neçə|onlarla|yüzlərlə|minlərlə',
  confirm: `təsdiq${W}`,
  speech: ['bildir' + W, 'açıqla' + W, 'deyib', 'dedi', 'qeyd ed' + W, 'məlumat ver' + W, 'yazıb', 'bəyan' + W].join('|'),
  according: 'görə|əsasən|istinadən|sitat gətir' + W,
  bodies: `nazirli${W}|qərargah${W}|hökumət${W}|rəsmi${W}|sözçü${W}|mətbuat xidməti${W}|komissiya${W}|ombudsman${W}|prezident${W}|ordu${W}`,
  firstPerson: `(?<![\\p{L}])(?:biz|bizim|\\p{L}+(?:ımız|imiz|umuz|ümüz))${E}`,
  background: 'daha əvvəl|əvvəlki|ötən il|keçən il|bundan əvvəl',
  mediators: [
    ['birləşmiş ərəb əmirlikləri|bəə', 'uae'],
    ['türkiyə', 'turkey'],
    ['qətər', 'qatar'],
    ['beynəlxalq qırmızı xaç komitəsi|bqxk|qırmızı xaç', 'icrc'],
    ['vatikan|papa', 'vatican'],
    ['səudiyyə ərəbistanı', 'saudi-arabia'],
    ['rusiya sülhməramlı' + W, 'russia'],
    ['bmt', 'un'],
  ],
  mediation: `vasitəçi${W}|köməyi ilə|dəstəyi ilə|iştirakı ilə|səyləri ilə`,
  agreements: [['istanbul', 'istanbul-2025']],
  agreementContext: 'danışıq|razılaş|saziş|bəyanat',
  dateForms: {
    weekdays: ['bazar ertəsi', 'çərşənbə axşamı', 'çərşənbə', 'cümə axşamı', 'cümə', 'şənbə', 'bazar'],
    yesterday: 'dünən',
    today: 'bu gün',
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  },
});
