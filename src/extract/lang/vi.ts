import type { PartySlug } from '../../domain/index.js';
import { any, defineTable, E } from './define.js';

/**
 * Vietnamese: TTXVN (VNA), VnExpress, Tuổi Trẻ, Thanh Niên, VTV, Nhân Dân. Subject–verb–object, words of
 * one or more syllables written apart ("trao trả", "tù binh"); the tense word "đã" goes before the verb
 * ("Nga đã trao trả 150 tù binh Ukraine") and the nationality after its noun. Country names are written
 * as in English ("Ukraine", "Israel", "Armenia") or in Sino-Vietnamese ("Nga", "Mỹ"); "1.000" groups
 * thousands. Dates read "ngày 30/12" or "hôm thứ Hai".
 */
const W = '\\p{L}*';
const NAMES: Array<[string, string]> = [
  ['nga|liên bang nga|moskva|moscow|mát-xcơ-va|điện kremlin|kremlin', 'russia'],
  ['ukraine|ukraina|u-crai-na|kiev|kyiv', 'ukraine'],
  ['israel|i-xra-en', 'israel'],
  ['hamas', 'hamas'],
  ['hezbollah', 'hezbollah'],
  ['houthi', 'houthis'],
  ['armenia|ác-mê-ni-a', 'armenia'],
  ['azerbaijan|a-déc-bai-gian', 'azerbaijan'],
  ['mỹ|hoa kỳ', 'united-states'],
  ['iran', 'iran'],
  ['belarus', 'belarus'],
];
/** A word of its own: Vietnamese syllables are short, so a name must not be the start of another. */
const B = '(?![\\p{L}\\p{M}])';

export const vi = defineTable({
  code: 'vi',
  screen: [
    'trao đổi', 'trao trả', 'tù binh', 'con tin', 'tù nhân', 'thi thể', 'hài cốt', 'phóng thích', 'trả tự do', 'bàn giao', 'hồi hương', 'trở về',
    'được thả', 'tiếp nhận', 'giam giữ',
  ],
  transfer: [
    'trao đổi', 'trao trả', 'trả lại', 'bàn giao', 'chuyển giao', 'phóng thích', 'trả tự do', 'thả', 'trả về', 'hồi hương', 'tiếp nhận', 'nhận lại',
    'nhận', 'đưa về', 'trở về', 'về nước', 'về nhà', 'hoán đổi', 'đổi',
  ],
  numbers: {
    units: {
      một: 1, hai: 2, ba: 3, bốn: 4, tư: 4, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10, lăm: 5,
    },
    multipliers: { mươi: 10, trăm: 100, nghìn: 1000, ngàn: 1000, triệu: 1_000_000 },
    joiners: ['lẻ'],
    articles: ['một'],
    singular: [],
    thousandSuffix: `(?:nghìn${E}|ngàn${E})`,
    dotThousands: true,
  },
  qualifiers: [
    ['ít nhất là|ít nhất|tối thiểu', 'at_least'],
    ['hơn|trên|quá', 'more_than'],
    ['khoảng|chừng|xấp xỉ|ước tính', 'about'],
    ['gần|suýt', 'nearly'],
    ['tối đa|lên tới|lên đến|đến', 'up_to'],
  ],
  notCount: [
    '%', 'phần trăm', 'năm' + B, 'tuổi', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'km', 'ki-lô-mét', 'tấn', 'đô la', 'usd', 'lần', 'đợt', 'vòng', 'nước',
    'quốc gia', 'bên',
  ].join('|'),
  modifiers: ['người', 'các', 'những', 'khác', 'nữa', 'bị thương', 'bị bệnh', 'đã', 'thiệt mạng', 'tử trận', 'là'],
  nouns: [
    { pattern: `thi thể|hài cốt|di hài|xác${B}|quan tài`, category: 'remains' },
    { pattern: 'tù binh chiến tranh|tù binh', category: 'pow' },
    { pattern: `binh sĩ|binh lính|quân nhân|chiến binh|lính${B}|sĩ quan|thủy quân lục chiến|quân${B}`, category: 'captives' },
    { pattern: `dân thường|thường dân|người dân|nhà báo|ngư dân`, category: 'civilians' },
    { pattern: `trẻ em|em nhỏ|trẻ${B}|trẻ vị thành niên|thiếu niên`, category: 'children' },
    { pattern: `con tin`, category: 'hostages' },
    { pattern: `tù nhân|người bị giam giữ|người bị giam|tù chính trị|phạm nhân`, category: 'detainees' },
    { pattern: `người${B}|công dân|đồng bào|kiều bào`, category: 'people' },
  ],
  idBefore: '(?<![\\p{L}])(?:thứ|số)\\s*',
  bareFollowers: 'cho|và|về|từ|của|để|khác|nữa|đã|được|trở|tại|ở',
  remainsBefore: '(?:thi thể|hài cốt|di hài)(?:\\s+(?:của|các|những))*',
  wounded: 'bị thương|bị bệnh|thương nặng|ốm nặng',
  // "binh sĩ Nga" is Russian soldiers, "từ Nga" from Russia: a name after a preposition is no demonym.
  nationalities: (
    [
      ['ukraine|ukraina', 'ukraine'], ['nga', 'russia'], ['israel', 'israel'], ['palestine|pa-le-xtin', 'hamas'], ['armenia', 'armenia'],
      ['azerbaijan', 'azerbaijan'], ['mỹ', 'united-states'],
    ] as Array<[string, PartySlug]>
  ).map(([p, party]) => [`(?<!(?:từ|cho|về|bởi|phía|tới|sang|tại|ở)\\s)(?:${p})${B}`, party]),
  parties: NAMES.map(([p, party]) => [`(?:${p})${B}`, party]),
  objectPrepositions: ['cho', 'từ', 'với', 'tới', 'đến', 'giữa', 'của', 'bởi'],
  give: any(['trao trả', 'trả lại', 'bàn giao', 'chuyển giao', 'phóng thích', 'trả tự do cho', 'trả tự do', 'thả', 'trả về', 'trao', 'hồi hương', 'giao']),
  receive: any(['tiếp nhận', 'nhận lại', 'nhận về', 'nhận', 'đón về', 'đón']),
  home: 'trở về nhà|trở về quê hương|trở về|về nước|về nhà|về quê hương|hồi hương',
  toParty: '(?:cho|cho phía|về|sang|tới)\\s*$',
  fromParty: '(?:từ|từ phía|bởi|từ tay)\\s*$',
  inReturn: '(?:đổi lại|để đổi lấy|đổi lấy|để đổi|trong khi đó|trong khi|còn)\\s*(?:,\\s*)?$',
  inReturnAfter: 'đổi lại',
  swap: 'trao đổi|hoán đổi|đổi',
  comeBack: 'trở về|về nước|về nhà|được thả|được trả tự do|hồi hương',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:mỗi bên|từ mỗi bên|của mỗi bên|mỗi phía)',
  eachBefore: '(?<![\\p{L}])(?:mỗi bên|mỗi phía)(?:\\s+(?:trả|thả|trao trả|phóng thích))?\\s*$',
  sameNumber: 'số lượng tương tự|cùng số lượng|số tương đương',
  clauseStarts: 'và|nhưng|còn|trong khi',
  clauseBreaks: { afterComma: 'và|nhưng|còn|trong khi|trong khi đó', standalone: 'trong khi|còn' },
  partOf: '(?:trong đó có|trong đó|bao gồm|gồm)[:,]?\\s*$',
  // "thi thể của 909 binh sĩ từ Nga": from Russia, not Russian soldiers.
  ofOwner: '^\\s+(?!(?:từ|cho|về|bởi|tới|sang|tại|ở|trong|hôm|ngày|đã|với|thông qua)\\s)(?:(?:của|người)\\s+)?',
  plan: ['sẽ', 'dự kiến', 'kế hoạch', 'lên kế hoạch', 'đã nhất trí', 'nhất trí', 'thỏa thuận sẽ', 'tuần tới', 'sắp tới', 'đề xuất', 'đề nghị'].join('|'),
  cumulative: ['tính đến nay', 'cho đến nay', 'đến nay', 'tổng cộng', 'tổng số', 'từ đầu cuộc chiến', 'kể từ khi chiến sự', 'kể từ đầu', 'từ năm 20\\d\\d', 'trong năm nay'].join('|'),
  weakTotals: 'tổng cộng|tổng số',
  superlative: 'lớn nhất|đầu tiên',
  notTransfer: ['đang giam giữ', 'giam giữ', 'vẫn bị giam', 'đang bị giam', 'bị bắt', 'thiệt mạng', 'mất tích', 'ước tính', 'danh sách'].join('|'),
  deathWords: 'thiệt mạng|tử trận|hy sinh|chết|tử vong',
  undisclosed: 'không nêu rõ|không tiết lộ|chưa rõ|một số|hàng chục|hàng trăm|hàng nghìn|hàng ngàn',
  confirm: 'xác nhận',
  speech: ['cho biết', 'tuyên bố', 'thông báo', 'nói', 'viết', 'khẳng định', 'công bố', 'đưa tin'].join('|'),
  according: 'theo|dẫn lời|trích dẫn',
  bodies: `bộ${B}|trụ sở|chính phủ|nhà chức trách|giới chức|quan chức|người phát ngôn|thanh tra|quân đội|tổng thống|phía${B}|đại sứ quán|cơ quan`,
  firstPerson: '(?<![\\p{L}])(?:chúng tôi|chúng ta|của chúng tôi|của chúng ta)(?![\\p{L}])',
  pronouns: '(?<![\\p{L}])(?:ông|bà|họ|người này)(?![\\p{L}])',
  background: 'trước đó|năm ngoái|trước đây|hồi',
  mediators: [
    ['các tiểu vương quốc ả rập thống nhất|uae', 'uae'], ['thổ nhĩ kỳ', 'turkey'], ['qatar', 'qatar'], ['chữ thập đỏ|icrc|hội chữ thập đỏ', 'icrc'],
    ['vatican|giáo hoàng|tòa thánh', 'vatican'], ['saudi arabia|ả rập xê út|ả rập saudi', 'saudi-arabia'], ['ai cập', 'egypt'], ['liên hợp quốc', 'un'],
  ],
  mediation: 'thông qua|trung gian|làm trung gian|với sự trung gian|nhờ sự trung gian|với sự hỗ trợ|nhờ sự giúp đỡ|dàn xếp',
  agreements: [['istanbul', 'istanbul-2025']],
  agreementContext: 'đàm phán|thỏa thuận|hội đàm|nhất trí',
  abbreviations: ['tp', 'ts', 'ths', 'ông', 'bà', 'st'],
  dateForms: {
    weekdays: ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật'],
    yesterday: 'hôm qua',
    today: 'hôm nay',
    months: [
      'tháng (?:1|một|giêng)(?!\\d)', 'tháng (?:2|hai)(?!\\d)', 'tháng (?:3|ba)', 'tháng (?:4|tư)', 'tháng (?:5|năm)', 'tháng (?:6|sáu)', 'tháng (?:7|bảy)',
      'tháng (?:8|tám)', 'tháng (?:9|chín)', 'tháng (?:10|mười)(?! )', 'tháng (?:11|mười một)', 'tháng (?:12|mười hai|chạp)',
    ],
  },
});
