import type { LanguageTable } from './types.js';

/** End of a word (letters and the vowel points some texts keep). */
const E = '(?![\\p{L}\\p{M}])';
/** One-letter prefixes that attach to a noun: ו (and), ה (the), ש (that), ב (in), ל (to), מ (from), כ (as). */
const H = '[והשבלמכ]{0,3}';
/** Prefixes that leave a name the subject of its verb: ו (and), ש (that). */
const HN = '[וש]{0,2}';
/** Geresh and gershayim as typed (ASCII quote marks) or as Hebrew punctuation. */
const G = '[\'׳]';
const GG = '["״]';

/** A number word and its forms with ו (and) and ה (the) in front. */
const forms = (m: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(m).flatMap(([k, v]) => ['', 'ו', 'ה', 'וה'].map((p) => [`${p}${k}`, v] as const)));

/** Masculine, feminine and construct forms ("שלושה", "שלוש", "שלושת"); "שנים" is left out, it is also "years". */
const UNITS: Record<string, number> = forms({
  אפס: 0, אחד: 1, אחת: 1, שניים: 2, שתיים: 2, שתים: 2, שני: 2, שתי: 2, שלושה: 3, שלוש: 3, שלושת: 3, שלשה: 3, ארבעה: 4, ארבע: 4,
  ארבעת: 4, חמישה: 5, חמשה: 5, חמש: 5, חמשת: 5, שישה: 6, ששה: 6, שש: 6, ששת: 6, שבעה: 7, שבע: 7, שבעת: 7, שמונה: 8, שמונת: 8,
  תשעה: 9, תשע: 9, תשעת: 9, עשרה: 10, עשר: 10, עשרת: 10, עשרים: 20, שלושים: 30, ארבעים: 40, חמישים: 50, שישים: 60, שבעים: 70,
  שמונים: 80, תשעים: 90, מאתיים: 200, אלפיים: 2000,
});
/** "מאה" and "אלף" stand alone for one of them; "מאות", "אלפים" only scale ("שלוש מאות"), "אלפי" is "thousands of". */
const MULTIPLIERS: Record<string, number> = forms({ מאה: 100, מאות: 100, אלף: 1000, אלפים: 1000, מיליון: 1_000_000 });
const SINGULAR = Object.keys(MULTIPLIERS).filter((k) => /(?:מאה|אלף|מיליון)$/u.test(k));

/** Parties by name; the prefixes ל (to) and מ (from) are read on their own below. */
const NAMES: Array<[string, string]> = [
  ['רוסיה', 'russia'], ['מוסקבה', 'russia'], ['הקרמלין', 'russia'], ['הצד הרוסי', 'russia'],
  ['אוקראינה', 'ukraine'], ['קייב', 'ukraine'], ['קייב', 'ukraine'], ['הצד האוקראיני', 'ukraine'],
  ['ישראל', 'israel'], ['מדינת ישראל', 'israel'], ['ממשלת ישראל', 'israel'], [`צה${GG}ל`, 'israel'], ['צבא ההגנה לישראל', 'israel'],
  ['חמאס', 'hamas'], ['ארגון (?:הטרור )?חמאס', 'hamas'], [`הג${G}יהאד האסלאמי`, 'hamas'], ['ארגוני הטרור', 'hamas'],
  ['חיזבאללה', 'hezbollah'], [`החות${G}ים|החותים|החות${G}יים`, 'houthis'],
  ['ארמניה', 'armenia'], [`אזרבייג${G}ן`, 'azerbaijan'], ['בלארוס', 'belarus'], ['לבנון', 'lebanon'],
];
const NAME_ALT = NAMES.map(([p]) => p).join('|');
/** A name without its article after ל or מ ("לאוקראינה", "מהקרמלין" keeps it). */
const PREFIXED = (prefix: string): string => `${prefix}(?:${NAME_ALT})`;

const GIVE_VERBS = [
  'שחרר(?:ה|ו)?', 'העביר(?:ה|ו)?', 'החזיר(?:ה|ו)?', 'הסגיר(?:ה|ו)?', 'שלח(?:ה|ו)?', 'משחרר(?:ת|ים)?', 'מעביר(?:ה|ים)?',
  'מחזיר(?:ה|ים)?', 'ישחרר(?:ו)?', 'תשחרר', 'יעביר(?:ו)?', 'תעביר', 'יחזיר(?:ו)?', 'תחזיר',
].join('|');
const RECEIVE_VERBS = ['קיבל(?:ה|ו)?', 'יקבל(?:ו)?', 'תקבל', 'מקבל(?:ת|ים)?', 'קלט(?:ה|ו)?', 'השיב(?:ה|ו)?', 'קולט(?:ת)?'].join('|');
/** A name right after the verb (verb, subject, object), when no name came before the verb. */
const AFTER_VERB = (verbs: string): string =>
  `(?<=(?<!(?:${NAME_ALT})\\s+)(?<![\\p{L}])ו?(?:${verbs})\\s+${HN}(?:${NAME_ALT})\\s+)`;

const MONTHS = 'ינואר|פברואר|מרץ|מרס|אפריל|מאי|יוני|יולי|אוגוסט|ספטמבר|אוקטובר|נובמבר|דצמבר';

/** Hebrew: Israeli outlets and the Prime Minister's Office on hostage and prisoner releases. */
export const he: LanguageTable = {
  code: 'he',
  namePrefix: '[והשבלמכ]{0,3}',
  screen: [
    `${H}חטופ`, `${H}חטוף`, `${H}שבוי`, `${H}אסיר`, `${H}גופ(?:ה|ות)`, `${H}חללים`, `${H}עסק`, `${H}שחרור`, 'שוחרר', 'שחרר', 'הועבר', 'הוחזר',
    `${H}חילופי`, `${H}ערובה`, `${H}עציר`,
  ],
  transfer: [
    `${H}שחרור`, 'שוחרר', 'שחרר', 'ישחרר', 'תשחרר', 'ישוחרר', 'תשוחרר', 'משחרר', `${H}העברת`, 'העביר', 'הועבר', 'יועבר', 'יעביר', 'תעביר',
    'מעביר', `${H}החזרת`, `${H}השבת`, 'החזיר', 'הוחזר', 'יוחזר', 'יחזיר', 'תחזיר', 'מחזיר', 'השיב', 'הושב', 'קיבל', 'יקבל', 'תקבל', 'מקבל',
    'קלט', 'נקלט', `${H}חילופי`, `${H}עסק(?:ה|ת)`, 'חזר(?:ו|ה)?', 'שב(?:ו|ה)', 'הביתה', 'נמסר(?:ו|ה)', 'הוסגר', `${H}פעימה`, 'חברו לכוחותינו',
  ].map((v) => `(?:[ושכ]{0,2})(?:${v})`),
  numbers: {
    units: UNITS,
    multipliers: MULTIPLIERS,
    joiners: ['ו'],
    articles: ['אחד'],
    singular: SINGULAR,
    thousandSuffix: `(?:אלף|אלפים)${E}`,
    dotThousands: false,
  },
  // A hyphen or maqaf after a prefix ("כ-1,000") reads as a space: the prefix stands on its own before the figure.
  qualifiers: [
    ['לא פחות מ', 'at_least'],
    ['לפחות', 'at_least'],
    ['למעלה מ', 'more_than'],
    ['יותר מ', 'more_than'],
    ['מעל ל?', 'more_than'],
    ['קרוב ל', 'nearly'],
    ['כמעט', 'nearly'],
    ['פחות מ', 'up_to'],
    ['עד ל?', 'up_to'],
    ['בערך', 'about'],
    ['סביב', 'about'],
    ['כ', 'about'],
  ],
  qualifiersAfter: [['בערך', 'about'], ['לפחות', 'at_least'], ['ומעלה', 'at_least'], ['ויותר', 'at_least']],
  notCount: [
    '%', 'אחוז', `ש(?:נה|נים|נות)${E}`, 'חודש', 'חודשים', `(?:ימים|יום|ימי)${E}`, `(?:שעות|שעה)${E}`, `(?:דקות|דקה)${E}`, 'שבוע',
    `ק${GG}מ`, 'קילומטר', 'מטר', `טון${E}`, 'דולר', 'שקל', `ש${GG}ח`, 'יורו', 'מיליארד', `[בל]?(?:${MONTHS})`, 'פעמים', `פעם${E}`,
    'עסקאות', 'פעימות', `שלבים${E}`, 'אוטובוס', 'הרוגים', 'נהרגו', 'פצועים', `(?:ה)?צדדים${E}`, `(?:ה)?מדינות${E}`,
  ].join('|'),
  modifiers: ['מ', 'מבין', 'מן', 'נוספים', 'נוספות', 'נוסף', 'נוספת', 'אחרים', 'אחרות', 'חדשים', 'חדשות', 'רק', 'בלבד'],
  nouns: [
    { pattern: `${H}(?:גופ(?:ה|ות|ותיהם|ותיהן|תו|תה|ותיהם)|חלל(?:ים|י)|נופל(?:ים|י)|שרידי|שרידים|ארונות)`, category: 'remains' },
    { pattern: `${H}שבויי (?:ה)?מלחמה`, category: 'pow' },
    // Soldiers or civilians held in Gaza: "חיילות חטופות" are hostages.
    { pattern: `${H}(?:חייל[\\p{L}\\p{M}]*|תצפיתני[\\p{L}\\p{M}]*|לוחמ[\\p{L}\\p{M}]*|אזרח[\\p{L}\\p{M}]*)\\s+(?:ה)?חטופ[\\p{L}\\p{M}]*`, category: 'hostages' },
    { pattern: `${H}(?:חטופ[\\p{L}\\p{M}]*|בנ(?:י|ות) ערובה|בת ערובה|בן ערובה)`, category: 'hostages' },
    { pattern: `${H}(?:שבוי[\\p{L}\\p{M}]*)`, category: 'captives' },
    { pattern: `${H}(?:חייל[\\p{L}\\p{M}]*|תצפיתני[\\p{L}\\p{M}]*|לוחמ[\\p{L}\\p{M}]*|קצינ[\\p{L}\\p{M}]*|אנשי צבא|גיבור(?:ים|י))`, category: 'captives' },
    { pattern: `${H}אסיר[\\p{L}\\p{M}]* (?:ה)?ביטחוני[\\p{L}\\p{M}]*`, category: 'detainees' },
    { pattern: `${H}(?:אסיר[\\p{L}\\p{M}]*|מחבל[\\p{L}\\p{M}]*)`, category: 'prisoners' },
    { pattern: `${H}(?:עציר[\\p{L}\\p{M}]*|עצור[\\p{L}\\p{M}]*|כלוא[\\p{L}\\p{M}]*)`, category: 'detainees' },
    { pattern: `${H}(?:אזרח[\\p{L}\\p{M}]*)`, category: 'civilians' },
    { pattern: `${H}(?:ילד[\\p{L}\\p{M}]*|קטינ[\\p{L}\\p{M}]*|תינוק[\\p{L}\\p{M}]*|פעוט[\\p{L}\\p{M}]*)`, category: 'children' },
    { pattern: `${H}(?:פלסטינ(?:ים|יות|י))`, category: 'prisoners' },
    { pattern: `${H}(?:אנשים|בני אדם|נפשות|נשים|גברים|ישראלים|אוקראינים|רוסים|עזתים)`, category: 'people' },
  ],
  // A figure with no noun of its own may stand before these words only; "ו…" (and …) opens the next clause.
  bareFollowers: `ו[\\p{L}\\p{M}]*|של|את|עם|על|אל|תמורת|בתמורה|נוספים|נוספות|מהם|מתוכם|כבר|היום|אתמול|שוחררו|הועברו|הוחזרו|חזרו|או|גופות|חטופים|אסירים`,
  remainsBefore: `${H}(?:גופ(?:ות|ותיהם|ותיהן)|שרידי)(?:\\s+של)?`,
  remainsAfter: '(?!)',
  wounded: `${H}(?:פצוע[\\p{L}\\p{M}]*|חול[\\p{L}\\p{M}]*)`,
  nationalities: [
    [`${H}אוקראינ(?:ים|י|ית|יות)${E}`, 'ukraine'],
    [`לאוקראינה${E}`, 'ukraine'],
    [`${H}רוס(?:ים|י|ית|יות)${E}`, 'russia'],
    [`לרוסיה${E}`, 'russia'],
    [`${H}ישראל(?:ים|י|ית|יות)${E}`, 'israel'],
    [`לישראל${E}`, 'israel'],
    [`${H}פלסטינ(?:ים|י|ית|יות)${E}`, 'hamas'],
    [`${H}עזתי[\\p{L}\\p{M}]*`, 'hamas'],
    [`לעזה${E}`, 'hamas'],
    [`${H}ארמנ(?:ים|י|ית)${E}`, 'armenia'],
    [`${H}אזר(?:ים|י|ית)${E}`, 'azerbaijan'],
    [`${H}לבנונ(?:ים|י|ית)${E}`, 'lebanon'],
    [`${H}בלארוס(?:ים|י)${E}`, 'belarus'],
  ],
  // Names as subjects; "לאוקראינה" (to) and "מרוסיה" (from) are parties too, read by the marks in `give` and `receive`.
  parties: [
    ...NAMES.map(([p, party]) => [`${HN}(?:${p})`, party] as [string, string]),
    ...NAMES.map(([p, party]) => [`[למ](?:${p})`, party] as [string, string]),
  ],
  // Subject, verb, object; verb, subject, object ("שחררה ישראל 200 אסירים"); and "מרוסיה" (from Russia) before a
  // figure names the giver: a zero-width mark right after the name stands for the verb.
  give: [`ו?(?:${GIVE_VERBS})`, AFTER_VERB(GIVE_VERBS), `(?<=(?<![\\p{L}])${PREFIXED('מ')}\\s+)`].join('|'),
  ambiguousReturn: '(?!)',
  receive: [`ו?(?:${RECEIVE_VERBS})`, AFTER_VERB(RECEIVE_VERBS), `(?<=(?<![\\p{L}])${PREFIXED('ל')}\\s+)`].join('|'),
  home: `מ(?:ה)?שבי${E}(?!\\s+(?:${NAME_ALT}))|הביתה|(?:חזר|שב)(?:ו|ה)?\\s+(?:לארץ|לישראל|לאוקראינה|לרוסיה|למשפחות[\\p{L}\\p{M}]*)|לחיק משפחות[\\p{L}\\p{M}]*|חברו לכוחותינו|בבית${E}`,
  // A name with ל (to) next to a verb of handing over is the recipient ("העבירה לאוקראינה").
  dativeParties: PREFIXED('ל'),
  toParty: '(?:אל|לידי)\\s*$',
  fromParty: `(?:מידי|בידי|על ידי|ע${GG}י|מצד)\\s*$`,
  // "… וקיבלה 24": "and received" continues the giver of the clause before, now as the recipient.
  inReturn: '(?:תמורת|בתמורה ל|ובתמורה|בתמורה|ואילו|ומנגד|מנגד|ו(?:קיבל|קיבלה|קיבלו|קלט|קלטה|קלטו))(?:\\s+\\p{L}+){0,2}\\s*$',
  swap: '[והשלמב]{0,2}(?:חילופי|החלפ)',
  comeBack: '[והשלמב]{0,2}(?:חזר|שוחרר|הושב)',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:מכל צד|לכל צד|משני הצדדים|מכל אחד מהצדדים)',
  eachBefore: '(?<![\\p{L}])(?:כל צד|כל אחד מהצדדים)(?:\\s+\\p{L}+){1,2}\\s*$',
  ratioAfter: 'תמורת\\s+כל(?!\\s+צד)',
  // "מהשבי הרוסי": the adjective names the captor, not whose people they are.
  ofOwner: '^\\s+(?!(?:\\S+\\s+){0,2}מ(?:ה)?(?:שבי|כלא))(?:של\\s+)?',
  heldBy: '^,?\\s*(?:ש|אשר\\s+)?(?:הוחזק[\\p{L}\\p{M}]*|מוחזק[\\p{L}\\p{M}]*|נשב[\\p{L}\\p{M}]*|נחטפ[\\p{L}\\p{M}]*|נעצר[\\p{L}\\p{M}]*|נכלא[\\p{L}\\p{M}]*)\\s+(?:על ידי|בידי|ע"י)\\s+$',
  forSwap: '^\\s*(?:תמורת|מול)\\s*',
  partOf: '(?:ביניהם|מתוכם|מהם|בהם|כולל|לרבות|בתוכם|ובהם|וביניהם)[:,]?\\s*$',
  partAfter: '^\\s*(?:מהם|מתוכם|מביניהם)',
  plan: [
    // An active future verb marks the figure it governs ("תשחרר 200 אסירים"), not one in the clause before it: the mark
    // sits on that figure.
    '(?<=(?<![\\p{L}])[ושכ]{0,2}(?:ישחרר|תשחרר|יעביר|תעביר|יחזיר|תחזיר|יקבל|תקבל|ישלח)[\\p{L}\\p{M}]*(?:\\s+[^\\s\\d]+){0,3}\\s+)(?=[כ]?[-־]?\\d)',
    '[ושכ]{0,2}(?:ישוחרר|תשוחרר|יועבר|תועבר|יוחזר|תוחזר|יימסר|תימסר|יתקיים|תתקיים|יוסגר)[\\p{L}\\p{M}]*',
    'צפוי[\\p{L}\\p{M}]*', 'מתוכנ(?:ן|נים|נת)', 'תוכנית', 'בתוכנית', 'אמור[\\p{L}\\p{M}]*', 'עתיד[\\p{L}\\p{M}]*', 'הוסכם', 'יוסכם', 'הסכימו', 'בשבוע הבא', 'בימים הקרובים',
    'בקרוב', 'בשלב הבא', 'הצעה', 'הציע[\\p{L}\\p{M}]*', 'מוכנ(?:ה|ים)', 'מתכוונ[\\p{L}\\p{M}]*', 'עומד[\\p{L}\\p{M}]* ל',
  ].join('|'),
  cumulative: [
    'בסך הכול', 'בסך הכל', 'סך הכול', 'סך הכל', `סה${GG}כ`, 'עד כה', 'עד היום', 'עד עתה', 'עד כעת', 'מאז תחילת', 'מאז פרוץ', 'מאז 20\\d\\d',
    'מתחילת המלחמה', 'מתחילת השנה', 'במהלך המלחמה', 'במצטבר', 'מספר כולל', 'המספר הכולל',
  ].join('|'),
  superlative: 'הגדול|הגדולה|הראשון|הראשונה|היחיד|היחידה',
  notTransfer: [
    'ו?(?:מוחזק[\\p{L}\\p{M}]*|מחזיק[\\p{L}\\p{M}]*)', 'נותר[\\p{L}\\p{M}]* בשבי', 'עדיין בשבי', 'נשאר[\\p{L}\\p{M}]* בשבי', 'נמצא[\\p{L}\\p{M}]* בשבי', 'נהרג[\\p{L}\\p{M}]*', 'נרצח[\\p{L}\\p{M}]*', 'נפלו ב',
    `מת(?:ו)?${E}`, 'נעדר[\\p{L}\\p{M}]*', 'נעצר[\\p{L}\\p{M}]*', 'נאסר[\\p{L}\\p{M}]*', 'נידו(?:ן|נו)', 'נגזר[\\p{L}\\p{M}]*', 'הערכ[\\p{L}\\p{M}]*', 'מוערך[\\p{L}\\p{M}]*', 'רשימ[\\p{L}\\p{M}]*', 'זיהוי',
    'זוהו', 'זוהה', 'dna', 'נקבר[\\p{L}\\p{M}]*', 'גויס[\\p{L}\\p{M}]*',
  ].join('|'),
  undisclosed: 'לא פורסמ?ו?|לא נמסר|לא ידוע|לא הובהר|לא צוין|לא נחשף|מספר לא ידוע|כמה|עשרות|מאות|אלפי|קבוצת|קבוצה',
  confirm: 'ו?(?:אישר[\\p{L}\\p{M}]*|אושר[\\p{L}\\p{M}]*|מאשר[\\p{L}\\p{M}]*|אימת[\\p{L}\\p{M}]*)',
  speech: [
    'ו?(?:אמר[\\p{L}\\p{M}]*|מסר[\\p{L}\\p{M}]*|נמסר|הודיע[\\p{L}\\p{M}]*|פרסם[\\p{L}\\p{M}]*|כתב[\\p{L}\\p{M}]*|ציין[\\p{L}\\p{M}]*|הוסיף[\\p{L}\\p{M}]*|הבהיר[\\p{L}\\p{M}]*|אישר[\\p{L}\\p{M}]*|טען[\\p{L}\\p{M}]*|דיווח[\\p{L}\\p{M}]*)',
    '(?:ב|ל)?הודע(?:ה|ת)[\\p{L}\\p{M}]*', 'לשון ההודעה', 'לשון הודעת',
  ].join('|'),
  // Verb before subject ("מסר משרד ראש הממשלה", ", אמר דובר"): the speaker follows the verb.
  according: [
    `לדברי|לפי|על פי|ע${GG}פ|כך לפי|כפי שמסר[\\p{L}\\p{M}]*`,
    `(?<=^|[.,:;"“”״]\\s*)ו?(?:אמר|אמרה|אמרו|מסר|מסרה|מסרו|הודיע|הודיעה|הודיעו|כתב|כתבה|ציין|ציינה|נמסר)${E}`,
  ].join('|'),
  bodies: '(?:משרד[\\p{L}\\p{M}]*|ממשל[\\p{L}\\p{M}]*|לשכ[\\p{L}\\p{M}]*|דובר[\\p{L}\\p{M}]*|צבא|כוחות|שלטונות|רשויות|מטה|צוות|משלחת|שגרירות|נציג[\\p{L}\\p{M}]*|פיקוד|מודיעין)',
  firstPerson: '(?<![\\p{L}])ו?(?:אנחנו|אנו|שלנו|לנו|חיילינו|כוחותינו|לכוחותינו|חטופינו|בנינו|בנותינו|אזרחינו)(?![\\p{L}])',
  pronouns: '(?<![\\p{L}])(?:הוא|היא|הם|הן|לדבריו|לדבריה|לדבריהם)(?![\\p{L}])',
  background: 'קודם|קודמת|הקודם|הקודמת|בעבר|לפני כן|מוקדם יותר|בפעם הקודמת',
  mediators: [
    ['[והבלמש]{0,2}(?:איחוד )?האמירויות', 'uae'],
    ['[והבלמש]{0,2}טורקיה', 'turkey'],
    ['[והבלמש]{0,2}קטא?ר', 'qatar'],
    ['[והבלמש]{0,2}(?:ה)?צלב האדום', 'icrc'],
    ['[והבלמש]{0,2}(?:ה)?סהר האדום', 'icrc'],
    ['[והבלמש]{0,2}(?:ה)?ו?ותיקן', 'vatican'],
    ['[והבלמש]{0,2}(?:ה)?אפיפיור', 'vatican'],
    ['[והבלמש]{0,2}סעודיה', 'saudi-arabia'],
    [`[והבלמש]{0,2}(?:ארה${GG}ב|ארצות הברית)`, 'united-states'],
    ['[והבלמש]{0,2}מצרי(?:ם|ים|ת)', 'egypt'],
    ['[והבלמש]{0,2}עומאן', 'oman'],
    [`[והבלמש]{0,2}(?:ה)?או${GG}ם`, 'un'],
  ],
  mediation: '[וב]?(?:תיווך|מתווכ[\\p{L}\\p{M}]*|המתווכ[\\p{L}\\p{M}]*|סיוע|עזרת|זכות|אמצעות|מאמצי|חסות|פיקוח|תיאום)',
  // Words of death that describe the dead of a handover of remains: they do not block its figure.
  deathWords: 'נהרג|נרצח|נפלו|מת|זיהוי|זוהו|זוהה|dna|נקבר|חלל',
  // Next to an agreement's place name, these make it an agreement: the talks, the deal, the round.
  agreementContext: '[והשבלמכ]{0,3}(?:הסכם|הסכמ|שיחות|משא ומתן|סבב|עסקה)',
  agreements: [['[בו]?איסטנבול', 'istanbul-2025']],
  abbreviations: [],
  // chrono-node has no Hebrew parser: weekdays ("ביום חמישי"), "אתמול"/"היום" and months ("ב-12 בנובמבר") are read from these.
  dateForms: {
    weekdays: ['ב?יום שני(?![\\p{L}])', 'ב?יום שלישי', 'ב?יום רביעי', 'ב?יום חמישי', 'ב?יום שישי', 'ב?יום שבת|בשבת(?![\\p{L}])', 'ב?יום ראשון'],
    yesterday: 'אתמול',
    today: 'היום',
    months: ['ב?ינואר', 'ב?פברואר', 'ב?(?:מרץ|מרס)', 'ב?אפריל', 'ב?מאי', 'ב?יוני', 'ב?יולי', 'ב?אוגוסט', 'ב?ספטמבר', 'ב?אוקטובר', 'ב?נובמבר', 'ב?דצמבר'],
  },
  chrono: 'en',
};
