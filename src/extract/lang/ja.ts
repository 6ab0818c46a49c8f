import { any, defineTable, spaced, verbFrames } from './define.js';

/**
 * Japanese: NHK, Kyodo, Jiji, Nikkei. Subject–object–verb with particles ("ロシアはウクライナに遺体
 * 1000体を引き渡した"); the engine reads it spaced into words (script-text.ts), with figures in kanji
 * numerals as digits. Nouns often precede their figure and a counter follows it ("捕虜84人").
 */
const P = (items: string[]): string => spaced(any(items));
const S = (items: string[]): string[] => items.map(spaced);

const NAMES: Array<[string, string]> = [
  ['ロシア|モスクワ|クレムリン|ロシア軍|ロシア側', 'russia'],
  ['ウクライナ|キーウ|キエフ|ウクライナ軍|ウクライナ側', 'ukraine'],
  ['イスラエル', 'israel'],
  ['ハマス', 'hamas'],
  ['ヒズボラ', 'hezbollah'],
  ['フーシ派|フーシ', 'houthis'],
  ['アルメニア', 'armenia'],
  ['アゼルバイジャン', 'azerbaijan'],
  ['北朝鮮', 'north-korea'],
  ['米国|アメリカ', 'united-states'],
  ['イラン', 'iran'],
  ['イラク', 'iraq'],
  ['タリバン', 'taliban'],
  ['ベラルーシ', 'belarus'],
  ['インド', 'india'],
  ['パキスタン', 'pakistan'],
];
const ALL = spaced(NAMES.map(([p]) => p).join('|'));
const GIVE = P(['引き渡', '引渡', '返還し', '返還す', '送還し', '送還す', '解放し', '解放す', '釈放し', '釈放す', '返し', '渡し', '引き渡す']);
const RECEIVE = P(['受け取', '受取', '受け入れ', '引き取', '取り戻', '受領']);
const ARRIVE = P(['帰還', '帰国', '戻っ', '戻り', '解放され', '釈放され', '送還され', '引き渡され', '返還され']);
const frames = verbFrames({
  names: ALL,
  agent: `\\s?${P(['は', 'が', '側は', '側が', 'も'])}`,
  recipient: `\\s?${P(['に', 'へ', '側に'])}`,
  source: `\\s?${P(['から', '側から'])}`,
  give: GIVE,
  receive: RECEIVE,
  arrive: ARRIVE,
  topic: true,
  stop: P(['一方', 'その見返りに']),
});

export const ja = defineTable({
  code: 'ja',
  screen: S(['交換', '捕虜', '遺体', '遺骸', '送還', '返還', '解放', '釈放', '引き渡', '人質', '帰還', '拘束']),
  transfer: S(['交換', '捕虜交換', '送還', '返還', '解放', '釈放', '引き渡', '引渡', '渡し', '返し', '受け取', '受け入れ', '引き取', '取り戻', '帰還', '帰国', '戻っ']),
  numbers: { units: { 零: 0 }, multipliers: {} },
  nounsBefore: true,
  qualifiers: [[P(['少なくとも', '最低']), 'at_least'], [P(['約', 'およそ', '推定']), 'about'], [P(['最大']), 'up_to']],
  qualifiersAfter: [
    [`(?:${P(['人', '名', '体'])}\\s?)?${P(['以上'])}`, 'at_least'],
    [`(?:${P(['人', '名', '体'])}\\s?)?${P(['超', '余り', 'あまり', '余'])}`, 'more_than'],
    [`(?:${P(['人', '名', '体'])}\\s?)?${P(['近く'])}`, 'nearly'],
    [`(?:${P(['人', '名', '体'])}\\s?)?${P(['ほど', '程度', '前後'])}`, 'about'],
  ],
  notCount: spaced(['%', '歳', '年', '月', '日', '時間', '週間', 'キロ', '㌔', 'トン', 'ドル', '円', '回', '度目', 'カ国', 'か国', '番目', '次'].join('|')),
  modifiers: ['人', '名', '以上', '超', '余り', 'あまり', '余', '近く', 'ほど', '程度', 'の', 'を', 'が', 'も', 'と'],
  nouns: [
    { pattern: P(['遺体', '遺骸', '遺骨', '体']), category: 'remains' },
    { pattern: P(['戦争捕虜', '捕虜']), category: 'pow' },
    { pattern: P(['兵士', '軍人', '兵', '将兵', '戦闘員']), category: 'captives' },
    { pattern: P(['民間人', '市民', '記者', '漁民']), category: 'civilians' },
    { pattern: P(['子ども', '子供', '児童', '未成年者']), category: 'children' },
    { pattern: P(['人質']), category: 'hostages' },
    { pattern: P(['被拘束者', '拘束者', '政治犯']), category: 'detainees' },
    { pattern: P(['囚人', '受刑者', '収監者', '服役囚']), category: 'prisoners' },
    { pattern: P(['人々', '住民', '国民', 'ウクライナ人', 'ロシア人', 'イスラエル人', 'パレスチナ人', '米国人', 'アメリカ人']), category: 'people' },
  ],
  bareFollowers: P(['人', '名', '体', 'を', 'が', 'と', 'ずつ', 'は', 'も']),
  remainsBefore: P(['遺体', '遺骸']),
  remainsAfter: `\\s*(?:${P(['の'])}\\s*)?${P(['遺体', '遺骸'])}`,
  wounded: P(['負傷', '重傷', '病気', '傷病']),
  nationalities: [
    [spaced('ウクライナ'), 'ukraine'],
    [spaced('ロシア'), 'russia'],
    [spaced('イスラエル'), 'israel'],
    [spaced('パレスチナ'), 'hamas'],
    [spaced('北朝鮮'), 'north-korea'],
    [spaced('米国|アメリカ'), 'united-states'],
    [spaced('アルメニア'), 'armenia'],
    [spaced('アゼルバイジャン'), 'azerbaijan'],
  ],
  parties: NAMES.map(([p, party]) => [spaced(p), party]),
  give: frames.give,
  toPartyAfter: '^\\S+(?:\\s?側)?\\s?(?:に|へ)(?!\\s?(?:よる|よれ|とって|つい|対し))',
  fromPartyAfter: '^\\S+(?:\\s?側)?\\s?から',
  receive: frames.receive,
  clauseVerbs: `${GIVE}|${RECEIVE}|${ARRIVE}`,
  agentMarker: P(['は', 'が', '側は', '側が']),
  home: P(['帰国', '帰還', '祖国に戻']),
  inReturn: `${P(['その見返りに', '見返りに', '引き換えに', '代わりに', '一方'])}\\s*$`,
  swap: P(['交換']),
  comeBack: P(['帰還', '帰国', '戻っ', '解放され', '釈放され']),
  each: `^\\s*(?:${P(['人', '名', '体'])}\\s?)?${P(['ずつ'])}`,
  clauseBreaks: { afterComma: P(['一方', 'また', 'さらに']), standalone: P(['一方']) },
  partOf: `${P(['うち', 'このうち', 'その内訳は', '内訳は'])}[:,]?\\s*$`,
  plan: P(['予定', '計画', '方針', '見通し', '見込み', '合意', '来週', '提案', '約束']),
  cumulative: P(['これまでに', 'これまで', '累計', '合計', '開戦以来', '侵攻開始以来', '以来', '今年に入って']),
  weakTotals: P(['合計']),
  superlative: P(['最大', '初めて', '初の']),
  notTransfer: P(['拘束している', '拘束され', '捕らえ', '死亡', '戦死者', '行方不明', '推定', '名簿', '収容されている']),
  undisclosed: P(['明らかにしていない', '明らかにされていない', '公表されていない', '不明', '数十', '数百', '数千']),
  confirm: P(['確認']),
  speech: P(['発表', '明らかにし', '述べ', '語っ', '伝え', '声明', '投稿']),
  according: P(['によると', 'によれば', '関係者']),
  bodies: P(['国防省', '外務省', '本部', '政府', '当局', '報道官', '大統領府', '軍', 'オンブズマン']),
  firstPerson: `(?<![\\p{L}])${P(['我々', 'われわれ', '私たち'])}`,
  background: P(['これに先立ち', '以前', '前回', '昨年', 'かつて']),
  mediators: [
    [spaced('アラブ首長国連邦|uae'), 'uae'],
    [spaced('トルコ'), 'turkey'],
    [spaced('カタール'), 'qatar'],
    [spaced('赤十字国際委員会|赤十字|icrc'), 'icrc'],
    [spaced('バチカン|ローマ教皇'), 'vatican'],
    [spaced('サウジアラビア|サウジ'), 'saudi-arabia'],
    [spaced('エジプト'), 'egypt'],
    [spaced('オマーン'), 'oman'],
    [spaced('国連'), 'un'],
  ],
  mediation: P(['仲介', '仲裁', '協力', '支援', '尽力']),
  agreements: [[spaced('イスタンブール|イスタンブル'), 'istanbul-2025']],
  agreementContext: P(['協議', '合意', '交渉', '会談']),
  dateForms: {
    weekdays: S(['月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜']),
    yesterday: spaced('昨日'),
    today: spaced('今日|本日'),
    cjkDays: true,
  },
});
