import type { PartySlug } from '../../domain/index.js';

/**
 * Officials and bodies who announce exchanges, with the party they speak for. Names are
 * proper nouns, so one table serves every language: each entry lists its spellings in Latin
 * and Cyrillic (stems, so inflected forms match). Mediating bodies speak for themselves.
 */
export interface Official {
  name: string;
  party: PartySlug;
  patterns: string[];
}

export const OFFICIALS: Official[] = [
  // Russia
  { name: 'Vladimir Medinsky', party: 'russia', patterns: ['medinsk', 'мединск', 'медінськ'] },
  { name: 'Sergey Lavrov', party: 'russia', patterns: ['lavrov', 'лавров'] },
  { name: 'Tatyana Moskalkova', party: 'russia', patterns: ['moskalkov', 'москальков'] },
  { name: 'Yana Lantratova', party: 'russia', patterns: ['lantratov', 'лантратов'] },
  { name: 'Maria Lvova-Belova', party: 'russia', patterns: ['lvova-belova', 'львова-белов', 'львової-бєлов'] },
  { name: 'Dmitry Peskov', party: 'russia', patterns: ['peskov', 'песков'] },
  { name: 'Vladimir Putin', party: 'russia', patterns: ['putin', 'путин', 'путін'] },
  { name: 'Maria Zakharova', party: 'russia', patterns: ['zakharova', 'захаров'] },
  { name: 'Sergei Shoigu', party: 'russia', patterns: ['shoigu', 'шойгу'] },
  { name: 'Andrei Belousov', party: 'russia', patterns: ['belousov', 'белоусов'] },
  { name: 'Shamsail Saraliev', party: 'russia', patterns: ['saraliev', 'саралиев'] },
  { name: 'Yevgeny Prigozhin', party: 'russia', patterns: ['prigozhin', 'пригожин'] },
  {
    name: 'Russian Defence Ministry',
    party: 'russia',
    patterns: [
      'russian defen[cs]e ministry', "russia(?:'s|’s) defen[cs]e ministry", 'russian ministry of defen[cs]e',
      "russia(?:'s|’s) ministry of defen[cs]e", 'ministry of defen[cs]e of (?:the )?russia', 'минобороны рф', 'минобороны россии',
      'министерство обороны (?:рф|россии|российской)', 'министерства обороны (?:рф|россии|российской)', 'мо рф', 'міноборони рф', 'міноборони росії',
    ],
  },
  // Ukraine
  { name: 'Volodymyr Zelensky', party: 'ukraine', patterns: ['zelensk', 'zelenskyy', 'зеленск', 'зеленськ'] },
  { name: 'Andriy Yermak', party: 'ukraine', patterns: ['yermak', 'ermak', 'ермак', 'єрмак'] },
  { name: 'Dmytro Lubinets', party: 'ukraine', patterns: ['lubinets', 'лубинец', 'лубинц', 'лубінець', 'лубінц'] },
  { name: 'Kyrylo Budanov', party: 'ukraine', patterns: ['budanov', 'буданов'] },
  { name: 'Rustem Umerov', party: 'ukraine', patterns: ['umerov', 'умеров', 'умєров'] },
  { name: 'Iryna Vereshchuk', party: 'ukraine', patterns: ['vereshchuk', 'верещук'] },
  { name: 'Kyrylo Tymoshenko', party: 'ukraine', patterns: ['tymoshenko', 'тимошенко'] },
  { name: 'Petro Yatsenko', party: 'ukraine', patterns: ['yatsenko', 'яценко'] },
  { name: 'Dmytro Usov', party: 'ukraine', patterns: ['usov', 'усов'] },
  { name: 'Andrii Sybiha', party: 'ukraine', patterns: ['sybiha', 'сибіг', 'сибиг'] },
  {
    name: 'Coordination Headquarters for the Treatment of Prisoners of War',
    party: 'ukraine',
    patterns: [
      'coordination (?:headquarters|hq|staff|centre|center)', 'координационн\\p{L}* штаб', 'координаційн\\p{L}* штаб',
      'коордштаб',
    ],
  },
  {
    name: 'Ukrainian Defence Ministry',
    party: 'ukraine',
    patterns: [
      'ukrainian defen[cs]e ministry', "ukraine(?:'s|’s) defen[cs]e ministry", "ukraine(?:'s|’s) ministry of defen[cs]e",
      'міноборони україни', 'минобороны украины',
    ],
  },
  {
    name: 'Ukrainian military intelligence (HUR)',
    party: 'ukraine',
    patterns: ['\\bhur\\b', '\\bgur\\b', 'defen[cs]e intelligence of ukraine', "ukraine(?:'s|’s) (?:military|defen[cs]e) intelligence", 'гур\\b', 'головне управління розвідки'],
  },
  { name: 'Ukrainian Parliament Commissioner for Human Rights', party: 'ukraine', patterns: ['ukrainian ombudsman', "ukraine(?:'s|’s) ombudsman", 'омбудсмен україни', 'уповноважен\\p{L}* верховної ради'] },
  { name: 'Security Service of Ukraine (SBU)', party: 'ukraine', patterns: ['\\bsbu\\b', 'сбу\\b', 'security service of ukraine'] },
  // Israel and Gaza
  { name: 'Benjamin Netanyahu', party: 'israel', patterns: ['netanyahu', 'нетаньяху'] },
  { name: "Israeli Prime Minister's Office", party: 'israel', patterns: ["prime minister(?:'s|’s) office", "israel(?:'s|’s|i) (?:prime minister|government)"] },
  { name: 'Israel Defense Forces', party: 'israel', patterns: ['\\bidf\\b', 'israel defen[cs]e forces', 'israeli military', 'israeli army'] },
  { name: 'Israel Prison Service', party: 'israel', patterns: ['israel prison service', 'prison service'] },
  { name: 'Qassam Brigades', party: 'hamas', patterns: ['qassam', 'abu obeida', 'abu ubaida'] },
  { name: 'Hamas', party: 'hamas', patterns: ['hamas official', 'hamas said', 'hamas spokes'] },
  { name: "Palestinian Prisoners' Club", party: 'hamas', patterns: ["prisoners(?:'|’)? club", "prisoners(?:'|’)? media office", 'prisoners affairs commission'] },
  { name: 'Gaza Health Ministry', party: 'hamas', patterns: ['gaza(?:\'s|’s)? health ministry', 'health ministry in gaza', 'gaza ministry of health'] },
  // Yemen
  { name: 'Abdulqader al-Murtada', party: 'houthis', patterns: ['murtada', 'murtadha', 'murtaza'] },
  { name: 'Hadi Haig', party: 'yemeni-government', patterns: ['hadi haig', 'haig\\b'] },
  // Armenia and Azerbaijan
  { name: 'Hikmet Hajiyev', party: 'azerbaijan', patterns: ['hajiyev', 'hajiev'] },
  { name: 'Azerbaijani Foreign Ministry', party: 'azerbaijan', patterns: ['azerbaijani foreign ministry', "azerbaijan(?:'s|’s) foreign ministry"] },
  { name: 'Azerbaijan State Security Service', party: 'azerbaijan', patterns: ['state security service'] },
  { name: 'Nikol Pashinyan', party: 'armenia', patterns: ['pashinyan', 'пашинян'] },
  { name: 'Ilham Aliyev', party: 'azerbaijan', patterns: ['aliyev', 'алиев', 'алієв'] },
  // Sudan, Ethiopia, Colombia
  { name: 'Rapid Support Forces', party: 'rsf', patterns: ['rsf said', 'rapid support forces said'] },
  { name: 'Getachew Reda', party: 'tplf', patterns: ['getachew'] },
  // Mediators speaking for themselves
  { name: 'International Committee of the Red Cross', party: 'icrc', patterns: ['\\bicrc\\b', 'red cross', 'мккк', 'мкчх', 'червоного хреста', 'красного креста'] },
  { name: 'Lolwah Al Khater', party: 'qatar', patterns: ['al[- ]khater', 'khater'] },
  { name: 'UAE Ministry of Foreign Affairs', party: 'uae', patterns: ['uae ministry of foreign affairs', 'uae foreign ministry', 'emirati foreign ministry', 'мид оаэ', 'мзс оае'] },
  { name: 'Qatar Ministry of Foreign Affairs', party: 'qatar', patterns: ['qatari foreign ministry', "qatar(?:'s|’s) foreign ministry", 'qatar(?:i)? ministry of foreign affairs', 'majed al-ansari', 'al-ansari'] },
  { name: 'Vatican', party: 'vatican', patterns: ['zuppi', 'parolin', 'holy see press office'] },
];
