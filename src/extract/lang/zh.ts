import { any, defineTable, NEVER, spaced, verbFrames } from './define.js';

/**
 * Chinese, simplified and traditional: Xinhua, CCTV, Taiwanese and Hong Kong copy. The engine reads
 * the text with a space between words (script-text.ts), so every pattern goes through `spaced`, and
 * figures in Chinese numerals arrive as digits ("一千二百名" as "1200 名").
 */
const S = (items: string[]): string[] => items.map(spaced);
const P = (items: string[]): string => spaced(any(items));

const RUSSIA = '俄罗斯|俄羅斯|俄方|俄国|俄國|俄军|俄軍|莫斯科|克里姆林宫|克里姆林宮|俄';
const UKRAINE = '乌克兰|烏克蘭|乌方|烏方|基辅|基輔|乌军|烏軍|乌';
const NAMES: Array<[string, string]> = [
  [RUSSIA, 'russia'],
  [UKRAINE, 'ukraine'],
  ['以色列|以方|以军|以軍', 'israel'],
  ['哈马斯|哈瑪斯', 'hamas'],
  ['真主党|真主黨', 'hezbollah'],
  ['胡塞武装|胡塞武裝|胡塞', 'houthis'],
  ['也门政府|也門政府', 'yemeni-government'],
  ['沙特领导的联军|沙特領導的聯軍|阿拉伯联军|阿拉伯聯軍', 'saudi-led-coalition'],
  ['亚美尼亚|亞美尼亞|埃里温|葉里溫', 'armenia'],
  ['阿塞拜疆|亚塞拜然|亞塞拜然|巴库|巴庫', 'azerbaijan'],
  ['快速支援部队|快速支援部隊|快速支援', 'rsf'],
  ['苏丹武装部队|蘇丹武裝部隊|苏丹军方|蘇丹軍方|苏丹政府军|蘇丹政府軍', 'saf'],
  ['白俄罗斯|白俄羅斯|明斯克', 'belarus'],
  ['印度|新德里', 'india'],
  ['巴基斯坦|伊斯兰堡|伊斯蘭堡', 'pakistan'],
  ['美国|美國|华盛顿|華盛頓', 'united-states'],
  ['伊朗|德黑兰|德黑蘭', 'iran'],
  ['伊拉克|巴格达|巴格達', 'iraq'],
  ['塔利班', 'taliban'],
  ['埃塞俄比亚|埃塞俄比亞|衣索比亞', 'ethiopia'],
  ['提格雷人民解放阵线|提格雷人民解放陣線|提人阵|提人陣', 'tplf'],
  ['叙利亚民主力量|敘利亞民主力量|叙民主军|敘民主軍', 'sdf'],
  ['叙利亚政府|敘利亞政府', 'syrian-government'],
  ['哥伦比亚|哥倫比亞', 'colombia'],
  ['民族解放军|民族解放軍', 'eln'],
];
const ALL_NAMES = spaced(NAMES.map(([p]) => p).join('|'));

const GIVE = P(['移交', '交还', '交還', '归还', '歸還', '遣返', '释放', '釋放', '送还', '送還', '交出', '转交', '轉交', '交付', '放回']);
const RECEIVE = P(['接收', '收到', '接回', '领回', '領回', '迎回', '接获', '接獲', '获得', '獲得', '换回', '換回', '救回']);
const ARRIVE = P(['返回', '回国', '回國', '回到', '归国', '歸國', '获释', '獲釋', '返乡', '返鄉', '回家', '被遣返', '被释放', '被釋放', '被移交']);
const frames = verbFrames({
  names: ALL_NAMES,
  // "俄方向乌方移交": a name that follows "向", "与", "从" is no subject.
  agent: '(?:\\s?方面)?',
  recipientBefore: spaced('向|给|給|交给|交給|对|對'),
  sourceBefore: spaced('从|從|自'),
  notSubjectBefore: spaced('与|與|和|同|及|在'),
  give: `(?:将\\s?|將\\s?|已\\s?|再\\s?)?(?:${GIVE})`,
  receive: RECEIVE,
  arrive: ARRIVE,
  reach: 60,
});

export const zh = defineTable({
  code: 'zh',
  screen: S(['送还', '送還', '交还', '交還', '归还', '歸還', '接回', '回国', '回國', '交换', '交換', '换俘', '換俘', '互换', '互換', '战俘', '戰俘', '俘虏', '俘虜', '遗体', '遺體', '遗骸', '遺骸', '尸体', '屍體', '遣返', '移交', '释放', '釋放', '获释', '獲釋', '人质', '人質', '被扣押', '被拘留']),
  transfer: S([
    '交换', '交換', '换俘', '換俘', '互换', '互換', '换回', '換回', '移交', '交还', '交還', '归还', '歸還', '遣返', '释放', '釋放', '获释', '獲釋', '送还', '送還',
    '交出', '转交', '轉交', '接收', '收到', '接回', '领回', '領回', '迎回', '返回', '回国', '回國', '回到', '归国', '歸國', '返乡', '返鄉', '回家', '放回',
  ]),
  numbers: {
    // Figures in numerals arrive as digits; these are the words left standing alone ("两名" is rewritten too).
    units: { 零: 0 },
    multipliers: {},
  },
  qualifiers: [
    [spaced('至少|不少于|不少於|起码|起碼'), 'at_least'],
    [spaced('超过|超過|逾|多于|多於|高达|高達'), 'more_than'],
    [spaced('大约|大約|约|約|大概|估计|估計'), 'about'],
    [spaced('将近|將近|近|接近|差不多|几乎|幾乎'), 'nearly'],
    [spaced('最多|多达|多達|不超过|不超過'), 'up_to'],
  ],
  qualifiersAfter: [
    [spaced('余|餘|多'), 'more_than'],
    [spaced('以上'), 'at_least'],
    [spaced('左右|上下'), 'about'],
  ],
  notCount: spaced(['%', '岁', '歲', '年', '月', '日', '号', '號', '天', '周', '週', '小时', '小時', '公里', '米', '吨', '噸', '美元', '卢布', '盧布', '次', '轮', '輪', '批次', '个国家', '個國家', '架', '辆', '輛', '年代'].join('|')),
  // Counters ("名", "具" for bodies) stand between a figure and its noun.
  modifiers: ['名', '位', '个', '個', '具', '余', '餘', '多', '以上', '左右', '其他', '另外', '另', '被俘', '阵亡', '陣亡', '遇难', '遇難', '死亡', '受伤', '受傷', '重伤', '重傷', '伤', '傷', '病', '的', '被', '平民', '军事', '軍事', '军', '軍'],
  nouns: [
    { pattern: P(['遗体', '遺體', '遗骸', '遺骸', '尸体', '屍體', '骨灰', '棺']), category: 'remains' },
    { pattern: P(['战俘', '戰俘', '战争犯', '戰爭犯']), category: 'pow' },
    { pattern: P(['俘虏', '俘虜', '被俘人员', '被俘人員', '被俘者']), category: 'captives' },
    { pattern: P(['士兵', '军人', '軍人', '军事人员', '軍事人員', '官兵', '军官', '軍官', '战士', '戰士']), category: 'captives' },
    { pattern: P(['平民', '民众', '民眾', '公民', '记者', '記者']), category: 'civilians' },
    { pattern: P(['儿童', '兒童', '孩子', '未成年人', '少年', '青少年']), category: 'children' },
    { pattern: P(['人质', '人質', '被扣押者', '被扣押人员', '被扣押人員']), category: 'hostages' },
    { pattern: P(['被拘留者', '被拘押者', '在押人员', '在押人員', '政治犯', '被关押者', '被關押者']), category: 'detainees' },
    { pattern: P(['囚犯', '犯人', '巴勒斯坦囚犯', '巴勒斯坦人']), category: 'prisoners' },
    { pattern: P(['人', '名人员', '人员', '人員', '同胞', '国民', '國民', '乌克兰人', '烏克蘭人', '俄罗斯人', '俄羅斯人', '以色列人']), category: 'people' },
  ],
  // A figure with no noun of its own: "38 名" at the end of a clause, or before a verb of handing over.
  bareFollowers: P(['名', '位', '人', '具', '和', '及', '并', '並', '被', '获', '獲', '返', '回', '交', '换', '換', '释', '釋', '遣']),
  remainsBefore: P(['遗体', '遺體', '遗骸', '遺骸', '尸体', '屍體']),
  remainsAfter: `\\s*(?:的\\s?)?(?:${P(['遗体', '遺體', '遗骸', '遺骸', '尸体', '屍體'])})`,
  wounded: P(['受伤', '受傷', '重伤', '重傷', '伤员', '傷員', '伤病', '傷病', '病']),
  nationalities: [
    [spaced('乌克兰|烏克蘭|乌|烏'), 'ukraine'],
    [spaced('俄罗斯|俄羅斯|俄'), 'russia'],
    [spaced('以色列'), 'israel'],
    [spaced('巴勒斯坦'), 'hamas'],
    [spaced('亚美尼亚|亞美尼亞'), 'armenia'],
    [spaced('阿塞拜疆|亞塞拜然'), 'azerbaijan'],
    [spaced('白俄罗斯|白俄羅斯'), 'belarus'],
  ],
  parties: NAMES.map(([p, party]) => [spaced(p), party]),
  // The verbs themselves too: a second verb with its subject left out ("，并接收了38具") has the first one's.
  give: `${frames.give}|${GIVE}`,
  receive: `${frames.receive}|${RECEIVE}`,
  objectPrepositions: ['向', '给', '給', '从', '從', '对', '對', '与', '與', '和', '同'],
  home: P(['回国', '回國', '回家', '返回祖国', '返回祖國', '回到祖国', '回到祖國', '返乡', '返鄉', '归国', '歸國']),
  toParty: `(?:${P(['向', '给', '給', '交给', '交給', '到', '回到', '返回'])})\\s*$`,
  fromParty: `(?:${P(['从', '從', '自'])})\\s*$`,
  inReturn: `${P(['作为交换', '作為交換', '换回', '換回', '换取', '換取', '则', '則'])}\\s*$`,
  inReturnAfter: P(['作为交换', '作為交換']),
  swap: P(['交换', '交換', '换俘', '換俘', '互换', '互換']),
  comeBack: P(['返回', '回国', '回國', '回到', '获释', '獲釋', '归国', '歸國', '回家']),
  each: `^\\s*(?:\\S+\\s+){0,2}?${P(['各', '各自', '每方'])}`,
  eachBefore: `(?<![\\p{L}])${P(['各', '各自', '分别', '分別'])}(?:\\s+\\S+){0,2}\\s*$`,
  clauseStarts: P(['并', '並', '而', '但', '同时', '同時']),
  clauseBreaks: { afterComma: P(['而', '但', '同时', '同時', '并', '並']), standalone: '(?!)' },
  partOf: `${P(['其中包括', '其中', '包括', '含'])}[:,]?\\s*$`,
  partAfter: NEVER,
  // Traditional "將" is also the object marker ("將4名兒童送還"): only "將於", "將會", "將要" are the future.
  plan: P(['将', '將於', '將会', '將會', '將在', '将要', '將要', '计划', '計劃', '拟', '擬', '预计', '預計', '准备', '準備', '同意', '商定', '达成协议', '達成協議', '协议', '協議', '提议', '提議', '承诺', '承諾', '下周', '下週', '即将', '即將']),
  cumulative: P(['迄今', '至今', '累计', '累計', '总共', '總共', '共计', '共計', '总计', '總計', '以来', '以來', '截至目前', '到目前为止', '到目前為止', '总数', '總數']),
  weakTotals: P(['总共', '總共', '共计', '共計', '总计', '總計', '共']),
  eventMarkers: P(['今天', '今日', '昨天', '昨日', '本次', '此次', '这次', '這次']),
  superlative: P(['最大', '首次', '第一次', '最多', '规模最大', '規模最大']),
  // "仍关押着" (still holds): "从关押中获释" (freed from custody) is a handover.
  notTransfer: P(['被俘', '俘获', '俘獲', '仍\\s?关押', '仍\\s?關押', '关押着', '關押著', '正在关押', '羁押着', '羈押著', '手中', '仍被', '仍在', '下落不明', '失踪', '失蹤', '伤亡', '傷亡', '死亡人数', '死亡人數', '丧生', '喪生', '被杀', '被殺', '被捕', '逮捕', '判刑', '估计', '估計', '名单', '名單']),
  undisclosed: P(['未透露', '未公布', '未披露', '没有透露', '沒有透露', '未说明', '未說明', '不详', '不詳', '数百', '數百', '数千', '數千', '数十', '數十', '一批', '多名']),
  confirm: P(['证实', '證實', '确认', '確認', '证明', '證明']),
  speech: P(['表示', '说', '說', '称', '稱', '宣布', '发表', '發表', '指出', '透露', '报道', '報道', '报告', '報告', '发布', '發佈', '發布', '写道', '寫道']),
  according: P(['据', '據', '根据', '根據', '援引', '引述', '消息称', '消息稱']),
  bodies: P(['国防部', '國防部', '外交部', '总部', '總部', '协调总部', '協調總部', '政府', '当局', '當局', '官员', '官員', '总统', '總統', '办公室', '辦公室', '发言人', '發言人', '军方', '軍方', '方面', '代表团', '代表團', '监察员', '監察員']),
  firstPerson: `(?<![\\p{L}])${P(['我们', '我們', '我方', '我国', '我國', '我军', '我軍'])}`,
  pronouns: `(?<![\\p{L}])${P(['他', '她', '他们', '他們', '该部', '該部', '该官员', '該官員'])}(?![\\p{L}])`,
  background: P(['此前', '之前', '上一次', '上次', '先前', '曾经', '曾經', '早前', '去年', '以往']),
  mediators: [
    [spaced('阿联酋|阿聯酋|阿拉伯联合酋长国|阿拉伯聯合大公國|阿拉伯联合大公国'), 'uae'],
    [spaced('土耳其'), 'turkey'],
    [spaced('卡塔尔|卡塔爾|卡達'), 'qatar'],
    [spaced('红十字国际委员会|紅十字國際委員會|红十字会|紅十字會|红十字|紅十字'), 'icrc'],
    [spaced('梵蒂冈|梵蒂岡|教宗|教皇'), 'vatican'],
    [spaced('沙特阿拉伯|沙特|沙烏地'), 'saudi-arabia'],
    [spaced('埃及'), 'egypt'],
    [spaced('阿曼'), 'oman'],
    [spaced('联合国|聯合國'), 'un'],
  ],
  mediation: P(['斡旋', '调解', '調解', '协助', '協助', '帮助', '幫助', '促成', '居中', '中介', '协调下', '協調下']),
  agreements: [[spaced('伊斯坦布尔|伊斯坦堡'), 'istanbul-2025']],
  agreementContext: P(['会谈', '會談', '谈判', '談判', '协议', '協議', '协定', '協定', '达成', '達成', '共识', '共識']),
  dateForms: {
    weekdays: ['一', '二', '三', '四', '五', '六', '[日天]'].map((d) => spaced(`(?:星期|周|週|禮拜|礼拜)${d}`)),
    yesterday: spaced('昨天|昨日'),
    today: spaced('今天|今日|当天|當天'),
    cjkDays: true,
  },
});

