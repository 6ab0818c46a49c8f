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
  // Belarus
  { name: 'Alexander Lukashenko', party: 'belarus', patterns: ['lukashenk', 'лукашенк', 'лукашэнк', 'łukaszenk', 'lukašenk', 'loukachenk', 'lukaschenk'] },
  { name: 'Vladimir Medinsky', party: 'russia', patterns: ['medinsk', 'мединск', 'медінськ', 'miedinsk', '[وف]?ميدينسكي', '[והשלמב]{0,2}מדינסקי'] },
  { name: 'Sergey Lavrov', party: 'russia', patterns: ['lavrov', 'lawrow', 'лавров', 'ławrow', '[وف]?لافروف', '[והשלמב]{0,2}לברוב'] },
  { name: 'Tatyana Moskalkova', party: 'russia', patterns: ['moskalkov', 'москальков', 'moskalkow', 'moskaľkov', '[وف]?موسكالكوفا'] },
  { name: 'Yana Lantratova', party: 'russia', patterns: ['lantratov', 'лантратов'] },
  { name: 'Maria Lvova-Belova', party: 'russia', patterns: ['lvova-belova', 'львова-белов', 'львової-бєлов'] },
  { name: 'Dmitry Peskov', party: 'russia', patterns: ['peskov', 'peskow', 'песков', 'pieskow', '[وف]?بيسكوف', '[והשלמב]{0,2}פסקוב'] },
  { name: 'Vladimir Putin', party: 'russia', patterns: ['putin', 'путин', 'путін', '[وف]?بوتين', '[והשלמב]{0,2}פוטין'] },
  { name: 'Maria Zakharova', party: 'russia', patterns: ['zakharova', 'sacharow', 'захаров', 'zacharow', '[وف]?زاخاروفا'] },
  { name: 'Sergei Shoigu', party: 'russia', patterns: ['shoigu', 'schoigu', 'шойгу', 'szojgu', 'šojgu', 'şoygu'] },
  { name: 'Andrei Belousov', party: 'russia', patterns: ['belousov', 'belousow', 'белоусов'] },
  { name: 'Shamsail Saraliev', party: 'russia', patterns: ['saraliev', 'саралиев'] },
  { name: 'Yevgeny Prigozhin', party: 'russia', patterns: ['prigozhin', 'prigoschin', 'пригожин', 'prigožin', 'prigożyn', 'prigojin', '[وف]?بريغوجين'] },
  {
    name: 'Russian Defence Ministry',
    party: 'russia',
    patterns: [
      'russian defen[cs]e ministry', "russia(?:'s|’s) defen[cs]e ministry", 'russian ministry of defen[cs]e',
      "russia(?:'s|’s) ministry of defen[cs]e", 'ministry of defen[cs]e of (?:the )?russia', 'минобороны рф', 'минобороны россии',
      'министерство обороны (?:рф|россии|российской)', 'министерства обороны (?:рф|россии|российской)', 'мо рф', 'міноборони рф', 'міноборони росії',
      'rosyjski\\p{L}* (?:ministerstw|resort)\\p{L}* obrony', 'ministerstw\\p{L}* obrony rosji', 'rusk\\p{L}* ministerstv\\p{L}* obrany', 'ministerstv\\p{L}* obrany (?:ruska|rf|ruskej federácie|ruské federace)', 'rusya savunma bakanl[ıi]\\p{L}*', 'rus savunma bakanl[ıi]\\p{L}*', '[وف]?وزارة الدفاع الروسية', '[והשלמב]{0,2}משרד ההגנה הרוסי',
    ],
  },
  // Ukraine
  { name: 'Volodymyr Zelensky', party: 'ukraine', patterns: ['zelensk', 'selensk', 'zelenskyy', 'зеленск', 'зеленськ', 'zełensk', '[وف]?(?:زيلينسكي|زيلنسكي)', '[והשלמב]{0,2}זלנסקי'] },
  { name: 'Andriy Yermak', party: 'ukraine', patterns: ['yermak', 'ermak', 'ермак', 'єрмак', 'jermak', '[وف]?يرماك', '[והשלמב]{0,2}ירמק'] },
  { name: 'Dmytro Lubinets', party: 'ukraine', patterns: ['lubinets', 'lubinez', 'лубинец', 'лубинц', 'лубінець', 'лубінц', 'łubiniec', 'łubińc', 'lubinec', 'lubinc', '[وف]?لوبينيتس'] },
  { name: 'Kyrylo Budanov', party: 'ukraine', patterns: ['budanov', 'буданов', 'budanow', '[وف]?بودانوف'] },
  { name: 'Rustem Umerov', party: 'ukraine', patterns: ['umerov', 'umerow', 'умеров', 'умєров', 'umierow', '[وف]?(?:عمروف|أوميروف)'] },
  { name: 'Iryna Vereshchuk', party: 'ukraine', patterns: ['vereshchuk', 'верещук', 'wereszczuk', 'vereščuk'] },
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
      'sztab\\p{L}* koordynacyjn\\p{L}*', 'koordynacyjn\\p{L}* sztab\\p{L}*', 'koordinačn\\p{L}* (?:štáb|centr|ústred)\\p{L}*', 'koordinasyon (?:merkez|karargah)\\p{L}*', '[وف]?مقر التنسيق',
      'markas koordinasi', 'trụ sở điều phối',
    ],
  },
  {
    name: 'Ukrainian Defence Ministry',
    party: 'ukraine',
    patterns: [
      'ukrainian defen[cs]e ministry', "ukraine(?:'s|’s) defen[cs]e ministry", "ukraine(?:'s|’s) ministry of defen[cs]e",
      'міноборони україни', 'минобороны украины',
      'ministerstw\\p{L}* obrony ukrainy', 'ukraińsk\\p{L}* ministerstw\\p{L}* obrony', 'ukrajinsk\\p{L}* ministerstv\\p{L}* obrany', 'ukrayna savunma bakanl[ıi]\\p{L}*', '[وف]?وزارة الدفاع الأوكرانية',
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
  { name: 'Benjamin Netanyahu', party: 'israel', patterns: ['netanyahu', 'нетаньяху', 'netanjahu', '[وف]?نتنياهو', '[והשלמב]{0,2}נתניהו'] },
  { name: "Israeli Prime Minister's Office", party: 'israel', patterns: ["prime minister(?:'s|’s) office", "israel(?:'s|’s|i) (?:prime minister|government)", '[ומ]?(?:לשכת|משרד) ראש הממשלה', '[وف]?مكتب رئيس الوزراء الإسرائيلي', '[وف]?مكتب نتنياهو', 'israil başbakanlık ofisi'] },
  { name: 'Israel Defense Forces', party: 'israel', patterns: ['\\bidf\\b', 'israel defen[cs]e forces', 'israeli military', 'israeli army', 'צה["״]ל', 'צבא ההגנה לישראל', '[وف]?(?:ال)?جيش (?:الإسرائيلي|الاحتلال)', 'israil ordusu'] },
  { name: 'Israel Prison Service', party: 'israel', patterns: ['israel prison service', 'prison service', 'שב["״]ס', 'שירות בתי הסוהר', '[وف]?مصلحة السجون'] },
  { name: 'Qassam Brigades', party: 'hamas', patterns: ['qassam', 'abu obeida', 'abu ubaida', 'kassam', '[وف]?(?:كتائب )?القسام', '[وف]?أبو عبيدة', '[והשלמב]{0,2}אבו עוביידה'] },
  { name: 'Hamas', party: 'hamas', patterns: ['hamas official', 'hamas said', 'hamas spokes', '[وف]?(?:قالت|أعلنت|أكدت|ذكرت) (?:حركة )?[“"«]?حماس', '[وف]?مكتب إعلام[\\p{L}\\p{M}]* (?:تابع ل|ل)(?:حركة )?[“"«]?حماس', '[وف]?(?:ال)?(?:متحدث|ناطق)[\\p{L}\\p{M}]* باسم (?:حركة )?[“"«]?حماس', '[והשלמב]{0,2}דובר חמאס', 'חמאס (?:מסר|הודיע|אמר|טען)'] },
  { name: "Palestinian Prisoners' Club", party: 'hamas', patterns: ["prisoners(?:'|’)? club", "prisoners(?:'|’)? media office", 'prisoners affairs commission', '[وف]?نادي الأسير', '[وف]?هيئة شؤون الأسرى', '[وف]?مكتب إعلام الأسرى'] },
  { name: 'Gaza Health Ministry', party: 'hamas', patterns: ['gaza(?:\'s|’s)? health ministry', 'health ministry in gaza', 'gaza ministry of health', '[وف]?وزارة الصحة في غزة'] },
  // Yemen
  { name: 'Abdulqader al-Murtada', party: 'houthis', patterns: ['murtada', 'murtadha', 'murtaza', '[وف]?(?:عبد القادر )?المرتضى'] },
  { name: 'Hadi Haig', party: 'yemeni-government', patterns: ['hadi haig', 'haig\\b'] },
  // Armenia and Azerbaijan
  { name: 'Hikmet Hajiyev', party: 'azerbaijan', patterns: ['hajiyev', 'hajiev', 'hacıyev', 'haciyev'] },
  { name: 'Azerbaijani Foreign Ministry', party: 'azerbaijan', patterns: ['azerbaijani foreign ministry', "azerbaijan(?:'s|’s) foreign ministry"] },
  { name: 'Azerbaijan State Security Service', party: 'azerbaijan', patterns: ['state security service'] },
  { name: 'Nikol Pashinyan', party: 'armenia', patterns: ['pashinyan', 'пашинян', 'paşinyan', '[وف]?باشينيان'] },
  { name: 'Ilham Aliyev', party: 'azerbaijan', patterns: ['aliyev', 'алиев', 'алієв', '[وف]?علييف'] },
  // Sudan, Ethiopia, Colombia
  { name: 'Rapid Support Forces', party: 'rsf', patterns: ['rsf said', 'rapid support forces said'] },
  { name: 'Getachew Reda', party: 'tplf', patterns: ['getachew'] },
  // Mediators speaking for themselves
  { name: 'International Committee of the Red Cross', party: 'icrc', patterns: ['\\bicrc\\b', 'red cross', '\\bcicr\\b', 'cruz roja', 'cruz vermelha', 'croix-rouge', 'croix rouge', 'croce rossa', '\\bikrk\\b', 'rot\\p{L}* kreuz\\p{L}*', 'мккк', 'мкчх', 'червоного хреста', 'красного креста', 'mkck', 'międzynarodow\\p{L}* komitet\\p{L}* czerwonego krzyża', 'czerwon\\p{L}* krzyż\\p{L}*', 'mvčk', 'červen\\p{L}* kríž\\p{L}*', 'červen\\p{L}* kříž\\p{L}*', 'k[ıi]z[ıi]lha[çc]\\p{L}*', '(?:[وف]?(?:[بل])?(?:ال|ل)?)صليب الأحمر', 'اللجنة الدولية للصليب الأحمر', '[והלבמ]{0,2}צלב האדום'] },
  { name: 'Lolwah Al Khater', party: 'qatar', patterns: ['al[- ]khater', 'khater'] },
  { name: 'UAE Ministry of Foreign Affairs', party: 'uae', patterns: ['uae ministry of foreign affairs', 'uae foreign ministry', 'emirati foreign ministry', 'мид оаэ', 'мзс оае', '[وف]?(?:وزارة )?الخارجية الإماراتية', 'bae dışişleri bakanlığı'] },
  { name: 'Qatar Ministry of Foreign Affairs', party: 'qatar', patterns: ['qatari foreign ministry', "qatar(?:'s|’s) foreign ministry", 'qatar(?:i)? ministry of foreign affairs', 'majed al-ansari', 'al-ansari', '[وف]?(?:وزارة )?الخارجية القطرية', '[وف]?(?:ماجد )?الأنصاري'] },
  { name: 'Vatican', party: 'vatican', patterns: ['zuppi', 'parolin', 'holy see press office', 'nuncjusz\\p{L}* apostolsk\\p{L}*', 'apoštolsk\\p{L}* nunci\\p{L}*', 'nunciatur\\p{L}*'] },
];
