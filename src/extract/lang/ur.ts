import { any, defineTable, verbFrames } from './define.js';

/**
 * Urdu: Pakistani press (Dawn's Urdu, Jang, BBC Urdu), ISPR and Foreign Office statements. Like Hindi,
 * subject–object–verb with postpositions: "روس نے یوکرین کو 1000 لاشیں حوالے کیں". Digits are
 * Eastern Arabic-Indic (۱۰۰۰) or ASCII; the Arabic and Persian forms of ی, ک and ہ are both read.
 */
const A = (p: string): string => p.replace(/ی/gu, '[یيى]').replace(/ک/gu, '[کك]').replace(/ہ/gu, '[ہهة]');
const W = '[\\p{L}\\p{M}]*';
const E = '(?![\\p{L}\\p{M}])';

const NAMES: Array<[string, string]> = [
  ['روس|ماسکو|کریملن|روسی حکام|روسی فوج', 'russia'],
  ['یوکرین|یوکرائن|یوکرین|کیف|کیو|کیئف|یوکرینی حکام|یوکرینی فوج', 'ukraine'],
  ['اسرائیل|اسرائیلی حکام', 'israel'],
  ['حماس', 'hamas'],
  ['حزب اللہ', 'hezbollah'],
  ['حوثی|حوثیوں', 'houthis'],
  ['آرمینیا', 'armenia'],
  ['آذربائیجان', 'azerbaijan'],
  ['بھارت|ہندوستان|انڈیا|نئی دہلی', 'india'],
  ['پاکستان|اسلام آباد', 'pakistan'],
  ['امریکا|امریکہ|واشنگٹن', 'united-states'],
  ['ایران|تہران', 'iran'],
  ['عراق|بغداد', 'iraq'],
  ['طالبان', 'taliban'],
  ['افغان حکومت', 'afghan-government'],
  ['بیلاروس', 'belarus'],
  ['سوڈانی فوج', 'saf'],
  ['آر ایس ایف|ریپڈ سپورٹ فورسز', 'rsf'],
].map(([p, party]) => [A(p!), party!] as [string, string]);

const GIVE = A(any(['حوالے (?:کر|کی|کیا|کیے|کئے|کیں)' + W, 'واپس (?:کر|کی|کیا|کیے|کئے|کیں|بھیج)' + W, 'رہا (?:کر|کی|کیا|کیے|کئے|کیں)' + W, 'سونپ' + W, 'چھوڑ (?:دی|دیا|دیے)' + W, 'لوٹا(?:یا|ئے|ئی|دیے)' + E]));
const RECEIVE = A(any(['وصول (?:کر|کی|کیا|کیے|کئے|کیں)' + W, 'حاصل (?:کر|کی|کیا|کیے|کئے|کیں)' + W, 'واپس (?:لی|لیا|لیے|لئے)' + E, 'موصول']));
const ARRIVE = A(any(['(?:وطن )?واپس (?:پہنچ|آ|لوٹ)' + W, 'رہا (?:ہو|ہوئے|ہوئی|کیے گئے|کئے گئے|کی گئیں|کیا گیا)' + W, 'حوالے کی گئیں|حوالے کیے گئے|حوالے کئے گئے', 'رہائی (?:ملی|پائی)']));
const frames = verbFrames({
  names: NAMES.map(([p]) => p).join('|'),
  agent: A('\\s+نے|(?!\\s+(?:کو|سے|کے|کی|کا|میں|پر|تک|اور)(?![\\p{L}\\p{M}]))'),
  recipient: A('\\s+کو'),
  source: A('\\s+(?:سے|کی جانب سے|کی طرف سے)'),
  give: GIVE,
  receive: RECEIVE,
  arrive: ARRIVE,
  stop: A('اور (?:بدلے|اس کے بدلے)|جبکہ|لیکن'),
});

export const ur = defineTable({
  code: 'ur',
  screen: ['تبادل', 'قیدی', 'قیدیوں', 'لاش', 'میت', 'میتوں', 'باقیات', 'رہا', 'رہائی', 'حوالے', 'یرغمال', 'جنگی قید'].map(A),
  transfer: ['تبادل', 'حوالے', 'واپس', 'رہا', 'رہائی', 'سونپ', 'چھوڑ', 'وصول', 'حاصل', 'وطن'].map(A),
  numbers: {
    units: Object.fromEntries(
      Object.entries({ ایک: 1, دو: 2, تین: 3, چار: 4, پانچ: 5, چھ: 6, سات: 7, آٹھ: 8, نو: 9, دس: 10, بیس: 20, تیس: 30, چالیس: 40, پچاس: 50, ساٹھ: 60, ستر: 70, اسی: 80, نوے: 90 }),
    ),
    multipliers: { سو: 100, ہزار: 1000, لاکھ: 100_000, کروڑ: 10_000_000 },
    articles: ['ایک'],
    singular: ['ہزار', 'لاکھ'],
    thousandSuffix: 'ہزار' + E,
  },
  qualifiers: [
    [A('کم از کم'), 'at_least'],
    [A('تقریباً|تقریبا|لگ بھگ|قریباً|تخمیناً'), 'about'],
    [A('زیادہ سے زیادہ'), 'up_to'],
  ],
  qualifiersAfter: [
    [A('سے (?:زائد|زیادہ|اوپر)'), 'more_than'],
    [A('سے کم'), 'up_to'],
    [A('کے قریب|کے لگ بھگ'), 'about'],
  ],
  notCount: A(['%', 'فیصد', 'سال', 'ماہ', 'مہین', 'دن', 'گھنٹ', 'کلومیٹر', 'میٹر', 'ٹن', 'ڈالر', 'روپ', 'بار' + E, 'مرحل', 'ملک' + E, 'ممالک'].join('|')),
  modifiers: ['مزید', 'دیگر', 'زخمی', 'بیمار', 'شدید', 'جنگی', 'ہلاک', 'شدہ', 'سے', 'زائد', 'زیادہ', 'قریب', 'ماہی', 'سابق'].map(A),
  nouns: [
    { pattern: A('لاش' + W + '|میت' + W + '|میتوں|باقیات|جسد(?: خاکی)?|تابوت' + W), category: 'remains' },
    { pattern: A('جنگی قیدی' + W), category: 'pow' },
    { pattern: A('فوجی' + W + '|سپاہی' + W + '|اہلکار' + W + '|جوان' + W + '|سپاہ'), category: 'captives' },
    { pattern: A('سیاسی قیدی' + W), category: 'detainees' },
    { pattern: A('قیدی' + W + '|اسیر' + W), category: 'prisoners' },
    { pattern: A('یرغمال' + W), category: 'hostages' },
    { pattern: A('شہری' + W + '|ماہی گیر' + W + '|گیروں|صحافی' + W), category: 'civilians' },
    { pattern: A('بچے|بچوں|بچہ|بچی' + W + '|نابالغ' + W), category: 'children' },
    { pattern: A('افراد|فرد|لوگ' + W + '|شخص' + W + '|خواتین|مرد'), category: 'people' },
  ],
  bareFollowers: A('کو|کے|کی|کا|اور|نے|سے|واپس|رہا|حوالے|وصول'),
  remainsBefore: A('(?:لاشیں|میتیں|باقیات)'),
  remainsAfter: A('\\s*(?:کی|کے)\\s+(?:لاش' + W + '|میت' + W + '|باقیات|جسد)'),
  wounded: A('زخمی|بیمار|شدید زخمی'),
  nationalities: [
    ['یوکرینی|یوکرائنی', 'ukraine'],
    ['روسی', 'russia'],
    ['اسرائیلی', 'israel'],
    ['فلسطینی', 'hamas'],
    ['بھارتی|ہندوستانی', 'india'],
    ['پاکستانی', 'pakistan'],
    ['آرمینیائی', 'armenia'],
    ['آذربائیجانی|آذری', 'azerbaijan'],
    ['امریکی', 'united-states'],
    ['ایرانی', 'iran'],
    ['افغان', 'afghan-government'],
    ['سوڈانی', 'saf'],
  ].map(([p, party]) => [A(p!), party!] as [string, string]),
  parties: NAMES,
  give: frames.give,
  toPartyAfter: A('^\\S+\\s+کو(?![\\p{L}\\p{M}])'),
  fromPartyAfter: A('^\\S+\\s+سے(?![\\p{L}\\p{M}])'),
  receive: frames.receive,
  clauseVerbs: `${GIVE}|${RECEIVE}|${ARRIVE}`,
  agentMarker: A('\\s+نے'),
  home: A('وطن واپس' + W + '|گھر (?:واپس|پہنچ|لوٹ)' + W + '|وطن (?:پہنچ|لوٹ)' + W),
  inReturn: A('(?:کے بدلے(?: میں)?|بدلے میں|جواب میں|جبکہ)\\s*$'),
  inReturnAfter: A('کے بدلے|بدلے میں'),
  swap: A('تبادل'),
  comeBack: A('واپس|رہا|وطن'),
  clauseStarts: A('اور|لیکن|جبکہ'),
  clauseBreaks: { afterComma: A('جبکہ|لیکن|اور'), standalone: A('جبکہ') },
  partOf: A('(?:جن میں(?: سے)?|ان میں(?: سے)?|سمیت|شامل)[:,،]?\\s*$'),
  plan: A([`(?:گا|گی|گے)${E}`, 'منصوب' + W, 'طے', 'اتفاق', 'معاہد' + W, 'آئندہ', 'اگلے ہفتے', 'جلد', 'تجویز'].join('|')),
  cumulative: A(['اب تک', 'مجموعی طور پر', 'مجموعی', 'آغاز سے', 'شروع سے', 'اس سال'].join('|')),
  weakTotals: A('مجموعی طور پر|مجموعی'),
  eventMarkers: A('آج|جمعرات|جمعہ|ہفتے کو|اتوار|پیر|منگل|بدھ'),
  superlative: A('سب سے بڑ' + W + '|پہلا|پہلی'),
  notTransfer: A(['زیر حراست', 'حراست میں', 'قید میں ہیں', 'قید ہیں', 'گرفتار' + W, 'ہلاک', 'مارے گئے', 'لاپتہ', 'اندازہ', 'فہرست'].join('|')),
  undisclosed: A('نہیں بتائی|نہیں بتایا|واضح نہیں|نامعلوم|متعدد|کئی|درجنوں|سینکڑوں|ہزاروں'),
  confirm: A('تصدیق'),
  speech: A(['کہا', 'بتایا', 'اعلان', 'بیان', 'لکھا', 'دعویٰ'].join('|')),
  according: A('کے مطابق|بقول|کے حوالے سے'),
  bodies: A('وزارت' + W + '|ترجمان|حکام|حکومت|فوج|دفتر' + W + '|آئی ایس پی آر|سفارت خان' + W + '|صدر'),
  firstPerson: A(`(?<![\\p{L}\\p{M}])(?:ہم|ہمارے|ہماری|ہمارا)${E}`),
  background: A('اس سے قبل|اس سے پہلے|گزشتہ|سابقہ|ماضی میں'),
  mediators: [
    ['متحدہ عرب امارات|یو اے ای', 'uae'],
    ['ترکی|ترکیہ', 'turkey'],
    ['قطر', 'qatar'],
    ['ریڈ کراس|ہلال احمر|آئی سی آر سی', 'icrc'],
    ['ویٹیکن|پوپ', 'vatican'],
    ['سعودی عرب', 'saudi-arabia'],
    ['مصر', 'egypt'],
    ['عمان', 'oman'],
    ['اقوام متحدہ', 'un'],
  ].map(([p, slug]) => [A(p!), slug!] as [string, string]),
  mediation: A('ثالثی|کی مدد سے|کے تعاون سے|کی کوششوں|ثالث'),
  agreements: [[A('استنبول'), 'istanbul-2025']],
  agreementContext: A('مذاکرات|معاہد' + W + '|اتفاق|بات چیت'),
  dateForms: {
    weekdays: ['پیر|سوموار', 'منگل', 'بدھ', 'جمعرات', 'جمعہ|جمعے', 'ہفتے کو|ہفتہ کو|سنیچر', 'اتوار'].map(A),
    today: A('آج'),
    months: ['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'].map(A),
  },
});
