import { describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/index.js';
import { extractClaims } from '../index.js';
import { tableFor } from '../lexicon.js';
import { findNumbers, normaliseDigits } from '../numbers.js';

// Short reports written for these tests, with figures from the public facts (data/facts-public.json).

const claims = (language: string, text: string): Claim[] =>
  extractClaims({ text, title: null, language, publishedAt: null, format: 'text', contentHash: '' }, { publishedAt: '2025-06-12', language });

/** kind, from→to, category, count, qualifier: what a test checks of each claim. */
const brief = (c: Claim): string =>
  `${c.kind} ${c.from ?? '?'}→${c.to ?? '?'} ${c.category} ${c.count ? `${c.count.value}${c.count.qualifier === 'exact' ? '' : ` ${c.count.qualifier}`}` : '-'}`;
const read = (language: string, text: string): string[] => claims(language, text).map(brief);

describe('a rate of exchange is no claim', () => {
  // Each pair: the same handover with and without "for every …" after the figure.
  const cases: [string, string, string][] = [
    ['de', 'Israel übergab die Leichen von 15 Palästinensern für jeden getöteten Israeli, teilte das Rote Kreuz mit.', 'Israel übergab am Donnerstag die Leichen von 15 Palästinensern, teilte das Rote Kreuz mit.'],
    ['fr', 'Israël a remis les corps de 15 Palestiniens pour chaque otage décédé, selon la Croix-Rouge.', 'Israël a remis jeudi les corps de 15 Palestiniens, selon la Croix-Rouge.'],
    ['es', 'Israel entregó los cuerpos de 15 palestinos por cada rehén fallecido, según la Cruz Roja.', 'Israel entregó el jueves los cuerpos de 15 palestinos, según la Cruz Roja.'],
    ['it', 'Israele ha restituito i corpi di 15 palestinesi per ogni ostaggio deceduto, ha detto la Croce Rossa.', 'Israele ha restituito giovedì i corpi di 15 palestinesi, ha detto la Croce Rossa.'],
    ['pt', 'Israel entregou os corpos de 15 palestinos por cada refém morto, disse a Cruz Vermelha.', 'Israel entregou na quinta-feira os corpos de 15 palestinos, disse a Cruz Vermelha.'],
    ['pl', 'Izrael przekazał ciała 15 Palestyńczyków za każdego zmarłego zakładnika, podał Czerwony Krzyż.', 'Izrael przekazał w czwartek ciała 15 Palestyńczyków, podał Czerwony Krzyż.'],
    ['cs', 'Izrael předal těla 15 Palestinců za každého zesnulého rukojmí, uvedl Červený kříž.', 'Izrael ve čtvrtek předal těla 15 Palestinců, uvedl Červený kříž.'],
    ['sk', 'Izrael odovzdal telá 15 Palestínčanov za každého zosnulého rukojemníka, uviedol Červený kríž.', 'Izrael vo štvrtok odovzdal telá 15 Palestínčanov, uviedol Červený kríž.'],
    ['ar', 'سلمت إسرائيل جثامين 15 فلسطينيا مقابل كل رهينة متوفى، بحسب الصليب الأحمر.', 'سلمت إسرائيل يوم الخميس جثامين 15 فلسطينيا، بحسب الصليب الأحمر.'],
    ['he', 'ישראל העבירה את גופות 15 פלסטינים תמורת כל חטוף שמת, לפי הצלב האדום.', 'ישראל העבירה ביום חמישי את גופות 15 פלסטינים, לפי הצלב האדום.'],
  ];
  it.each(cases)('%s: "for every …" after the figure', (language, ratio, plain) => {
    expect(read(language, ratio)).toEqual([]);
    expect(read(language, plain)).toEqual(['event israel→hamas remains 15']);
  });
});

describe('"one of the women released" is no count', () => {
  it.each([
    ['pl', 'Ukraina odzyskała w piątek 95 jeńców wojennych. Jedna z uwolnionych kobiet powiedziała, że nie spodziewała się wymiany.'],
    ['cs', 'Ukrajina v pátek získala zpět 95 válečných zajatců. Jedna z propuštěných žen řekla, že výměnu nečekala.'],
    ['sk', 'Ukrajina v piatok získala späť 95 vojnových zajatcov. Jedna z prepustených žien povedala, že výmenu nečakala.'],
  ])('%s', (language, text) => {
    expect(read(language, text)).toEqual(['event russia→ukraine pow 95']);
  });
});

describe('numbers in Arabic and Hebrew script', () => {
  it('reads Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits, keeping offsets', () => {
    const s = 'أفرجت عن ٣٦٩ أسيرا و۱۲ آخرين';
    const n = normaliseDigits(s);
    expect(n).toHaveLength(s.length);
    expect(n).toContain('369');
    expect(n).toContain('12');
    expect(findNumbers(s, tableFor('ar')).map((m) => [m.value, s.slice(m.start, m.end)])).toEqual([
      [369, '٣٦٩'],
      [12, '۱۲'],
    ]);
  });

  it('reads the Arabic thousands separator', () => {
    expect(findNumbers('تسلمت ١٬٢١٢ جثة', tableFor('ar')).map((m) => m.value)).toEqual([1212]);
  });

  it('reads a figure joined to a Hebrew prefix by a hyphen or maqaf, but not "ה-20" (an age, an ordinal)', () => {
    const he = tableFor('he');
    expect(findNumbers('כ-1,000 גופות ו־38 חללים', he).map((m) => [m.value, m.qualifier])).toEqual([
      [1000, 'about'],
      [38, 'exact'],
    ]);
    expect(findNumbers('יותר מ-200 אסירים', he).map((m) => [m.value, m.qualifier])).toEqual([[200, 'more_than']]);
    expect(findNumbers('בת ה-20', he)).toEqual([]);
  });

  it('leaves text without Arabic or Hebrew letters unchanged', () => {
    const s = 'Russia handed over 1,000 bodies and got 24-31 back';
    expect(normaliseDigits(s)).toBe(s);
  });
});

describe('table patterns', () => {
  // Speech, party and mediator patterns are scanned with exec loops that stop only on a match that moves on.
  it.each(['pl', 'sk', 'cs', 'tr', 'ar', 'he'])('%s: speech, "according to", parties, nationalities and mediators never match an empty string', (language) => {
    const lex = tableFor(language);
    const samples = [
      '',
      ' ',
      'Rusya Savunma Bakanlığı, 35 Rus askerinin geri alındığını belirtti.',
      'وقالت حركة حماس إنها ستفرج عن 7 رهائن.',
      'מסר משרד ראש הממשלה: ישראל קיבלה שלוש חטופות.',
      'Do Ukrainy wróciło 95 obrońców – poinformował Zełenski.',
    ];
    const res = [lex.speech, lex.according, ...lex.mediators.map(([re]) => re)];
    for (const re of res) {
      const g = new RegExp(re.source, 'giu');
      for (const text of samples) for (const m of text.toLowerCase().matchAll(g)) expect(m[0].length, `${re.source.slice(0, 60)} on "${text}"`).toBeGreaterThan(0);
    }
    for (const text of samples) {
      const low = text.toLowerCase();
      for (const h of [...lex.partyHits(low), ...lex.nationalityHits(low)]) expect(h.end - h.start, `party or demonym "${h.text}" on "${text}"`).toBeGreaterThan(0);
    }
  });
});

describe('figures not disclosed', () => {
  it.each([
    ['pl', 'Rosja i Ukraina dokonały wymiany jeńców. Liczba uwolnionych jeńców nie została ujawniona.'],
    ['sk', 'Počet prepustených zajatcov nebol zverejnený.'],
    ['cs', 'Počet propuštěných zajatců nebyl zveřejněn.'],
    ['tr', 'Rusya ile Ukrayna esir takası yaptı. Serbest bırakılan esirlerin sayısı açıklanmadı.'],
    ['ar', 'أجرت روسيا وأوكرانيا عملية تبادل. ولم يتم الكشف عن عدد الأسرى المفرج عنهم.'],
    ['he', 'מספר האסירים שישוחררו לא פורסם.'],
  ])('%s: an event without a figure', (language, text) => {
    const cs = claims(language, text);
    expect(cs).toHaveLength(1);
    expect(cs[0]?.count).toBeNull();
    expect(cs[0]?.kind).toBe('event');
  });
});

describe('Polish', () => {
  it('reads a swap in both directions with its mediator', () => {
    const cs = claims(
      'pl',
      'Rosja przekazała Ukrainie 95 jeńców wojennych, a w zamian otrzymała 95 rosyjskich żołnierzy. Wymianę umożliwiła mediacja Zjednoczonych Emiratów Arabskich.',
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 95', 'event ukraine→russia pow 95']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies returned to the side named before "wróciły"', () => {
    expect(read('pl', 'Do Ukrainy wróciły ciała 1212 poległych żołnierzy, a Rosja otrzymała 27 ciał.')).toEqual([
      'event russia→ukraine remains 1212',
      'event ukraine→russia remains 27',
    ]);
  });

  it('reads a plan with a number in words and a qualifier', () => {
    expect(read('pl', 'W przyszłym tygodniu Rosja przekaże Ukrainie ponad sześć tysięcy ciał.')).toEqual(['plan russia→ukraine remains 6000 more_than']);
  });

  it('reads case forms of number words', () => {
    expect(read('pl', 'Z niewoli wróciło stu osiemdziesięciu pięciu ukraińskich obrońców.')).toEqual(['event russia→ukraine pow 185']);
  });

  it('takes no age or duration for a count', () => {
    expect(read('pl', 'Zwolniony 25-letni żołnierz spędził w niewoli 19 miesięcy i wrócił do domu.')).toEqual([]);
  });

  it('takes no people held for people handed over', () => {
    expect(read('pl', 'Rosja nadal przetrzymuje ponad 8000 ukraińskich jeńców, którzy nie zostali uwolnieni.')).toEqual([]);
  });

  it('takes the adjective of "z rosyjskiej niewoli" for the captor, and the speaker for the side that gets its people back', () => {
    const cs = claims('pl', 'Wróciło 95 żołnierzy z rosyjskiej niewoli - napisał Zełenski.');
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 95']);
    expect(cs[0]?.attribution).toEqual({ speaker: 'Volodymyr Zelensky', party: 'ukraine' });
  });
});

describe('Slovak', () => {
  it('reads a swap in both directions', () => {
    expect(read('sk', 'Rusko odovzdalo Ukrajine 146 vojnových zajatcov a Ukrajina na oplátku prepustila 146 ruských vojakov.')).toEqual([
      'event russia→ukraine pow 146',
      'event ukraine→russia pow 146',
    ]);
  });

  it('reads bodies received and given back', () => {
    expect(read('sk', 'Ukrajina prevzala telá 1212 padlých vojakov a Rusko dostalo 27 tiel.')).toEqual([
      'event russia→ukraine remains 1212',
      'event ukraine→russia remains 27',
    ]);
  });

  it('reads a dative name next to the verb as the recipient, before or after it', () => {
    expect(read('sk', 'Ukrajina prevzala telá 1212 padlých vojakov, Rusku odovzdala 27 tiel.')).toEqual([
      'event russia→ukraine remains 1212',
      'event ukraine→russia remains 27',
    ]);
  });

  it('reads a plan with "tisíc" on its own', () => {
    expect(read('sk', 'Budúci týždeň Rusko odovzdá Ukrajine vyše tisíc tiel.')).toEqual(['plan russia→ukraine remains 1000 more_than']);
  });

  it('reads tens and units written as one word, and the wounded', () => {
    const cs = claims('sk', 'Na Ukrajinu sa vrátilo dvadsaťdva ťažko ranených obrancov.');
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 22']);
    expect(cs[0]?.wounded).toBe(true);
  });

  it('reads "in exchange for" as the other direction', () => {
    expect(read('sk', 'V pondelok bolo prepustených 106 ruských zajatcov výmenou za 100 Ukrajincov.')).toEqual([
      'event ukraine→russia pow 106',
      'event russia→ukraine mixed 100',
    ]);
  });

  it('takes no age or duration for a count', () => {
    expect(read('sk', 'Prepustený 25-ročný vojak strávil v zajatí 19 mesiacov, kým sa vrátil domov.')).toEqual([]);
  });
});

describe('Czech', () => {
  it('reads a swap in both directions', () => {
    expect(read('cs', 'Rusko předalo Ukrajině 175 válečných zajatců a Ukrajina výměnou propustila 175 ruských vojáků.')).toEqual([
      'event russia→ukraine pow 175',
      'event ukraine→russia pow 175',
    ]);
  });

  it('reads a plan with a number in words', () => {
    expect(read('cs', 'Rusko příští týden předá Ukrajině přes šest tisíc těl.')).toEqual(['plan russia→ukraine remains 6000 more_than']);
  });

  it('reads "po" as the same figure for each side', () => {
    expect(read('cs', 'Rusko a Ukrajina si vyměnily po 200 válečných zajatcích.')).toEqual([
      'event russia→ukraine pow 200',
      'event ukraine→russia pow 200',
    ]);
  });

  it('takes no age or duration for a count', () => {
    expect(read('cs', 'Propuštěný 25letý voják strávil v zajetí 19 měsíců, než se vrátil domů.')).toEqual([]);
  });
});

describe('Turkish', () => {
  it('reads a swap whose verb ends the sentence, with its mediator', () => {
    const cs = claims(
      'tr',
      "Rusya tarafı 95 Ukraynalı askeri, Ukrayna tarafı ise 95 Rus askerini serbest bıraktı. Takas BAE'nin arabuluculuğuyla gerçekleşti.",
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 95', 'event ukraine→russia pow 95']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies handed to a party in the dative, and the figure received in return', () => {
    expect(read('tr', "Rusya, Ukrayna'ya 1212 asker cesedini teslim etti, karşılığında 27 ceset aldı.")).toEqual([
      'event russia→ukraine remains 1212',
      'event ukraine→russia remains 27',
    ]);
  });

  it('reads "iade edildi" (were returned) as going home to the speaker\'s side', () => {
    expect(read('tr', 'Rusya Savunma Bakanlığı da 270 askerin ve 120 sivilin iade edildiğini bildirdi.')).toEqual([
      'event ukraine→russia pow 270',
      'event ukraine→russia civilians 120',
    ]);
  });

  it('keeps a receiving verb to its own clause', () => {
    expect(read('tr', "Rusya 1000 ceset teslim etti, karşılığında 38'ini geri aldı.")).toEqual([
      'event russia→ukraine remains 1000',
      'event ukraine→russia remains 38',
    ]);
  });

  it('reads a plan with a number in words', () => {
    expect(read('tr', "Rusya'nın önümüzdeki hafta Ukrayna'ya altı bin ceset teslim etmesi bekleniyor.")).toEqual(['plan russia→ukraine remains 6000']);
  });

  it('reads a report typed without Turkish letters', () => {
    expect(read('tr', 'Rusya ile Ukrayna arasinda esir takasi yapildi: 84 Ukraynali asker yurda dondu.')).toEqual(['event russia→ukraine pow 84']);
  });

  it("reads suffixes joined to a figure: \"95'er\" (each), \"1000'den fazla\" (more than)", () => {
    expect(read('tr', "Esir takasında 95'er esir karşılıklı olarak iade edildi. Rusya ve Ukrayna tarafları anlaştı.")).toEqual([
      'event russia→ukraine pow 95',
      'event ukraine→russia pow 95',
    ]);
    expect(read('tr', "Bugün 1000'den fazla Ukraynalı asker geri döndü.")).toEqual(['event russia→ukraine pow 1000 more_than']);
  });

  it('lets the body that opens a sentence speak when its speech verb closes it', () => {
    const cs = claims('tr', "Rusya Savunma Bakanlığı, 35 Rus askerinin Ukrayna'dan geri alındığını belirtti.");
    expect(cs.map(brief)).toEqual(['event ukraine→russia pow 35']);
    expect(cs[0]?.attribution.party).toBe('russia');
  });

  it('takes no age, duration or date for a count', () => {
    expect(read('tr', "Serbest bırakılan 25 yaşındaki asker 19 ay esir kaldı ve 3 Kasım'da evine döndü.")).toEqual([]);
  });

  it('takes no "iki taraf" (the two sides) for a count, and finds each clause its own subject', () => {
    expect(read('tr', "Rusya ve Ukrayna arasındaki takasta her iki taraf 103'er esiri serbest bıraktı.")).toEqual([
      'event russia→ukraine pow 103',
      'event ukraine→russia pow 103',
    ]);
    expect(read('tr', "Azerbaycan, 32 Ermeni askerini Ermenistan'a iade etti, Ermenistan ise 2 Azerbaycan askerini serbest bıraktı.")).toEqual([
      'event azerbaijan→armenia pow 32',
      'event armenia→azerbaijan pow 2',
    ]);
  });
});

describe('Arabic', () => {
  it('reads a swap in Arabic-Indic digits, verb before subject, with its mediator', () => {
    const cs = claims('ar', 'سلمت روسيا ٩٥ أسيرا أوكرانيا، وتسلمت في المقابل 95 أسيرا روسيا بوساطة إماراتية.');
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 95', 'event ukraine→russia pow 95']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads hostages released by Hamas and prisoners released by Israel', () => {
    expect(read('ar', 'أفرجت حركة حماس عن 3 رهائن إسرائيليين، فيما أطلقت إسرائيل سراح 369 أسيرا فلسطينيا.')).toEqual([
      'event hamas→israel hostages 3',
      'event israel→hamas detainees 369',
    ]);
  });

  it('reads a plan with a number in words', () => {
    expect(read('ar', 'ومن المقرر أن تسلم روسيا ستة آلاف جثة إلى أوكرانيا الأسبوع المقبل.')).toEqual(['plan russia→ukraine remains 6000']);
  });

  it('reads "ألف" on its own as a thousand', () => {
    expect(read('ar', 'تسلمت أوكرانيا جثث ألف جندي.')).toEqual(['event russia→ukraine remains 1000']);
  });

  it('reads a future verb as a plan and takes the speaker', () => {
    const cs = claims('ar', 'وقالت حركة حماس إنها ستفرج عن 7 رهائن أحياء يوم الإثنين.');
    expect(cs.map(brief)).toEqual(['plan hamas→israel hostages 7']);
    expect(cs[0]?.attribution.party).toBe('hamas');
  });

  it('reads the imperfect after "فيما" (while) as not yet done', () => {
    expect(read('ar', 'أطلقت حماس سراح 3 رهائن إسرائيليين وسلمتهم إلى الصليب الأحمر في مدينة غزة، فيما تطلق إسرائيل في المقابل سراح 369 أسيرا فلسطينيا.')).toEqual([
      'event hamas→israel hostages 3',
      'plan israel→hamas detainees 369',
    ]);
  });

  it('takes no age for a count', () => {
    expect(read('ar', 'وقالت الأسيرة المفرج عنها البالغة من العمر 20 عاما إنها بخير.')).toEqual([]);
  });

  it('reads people "from captivity" as going home to the speaker\'s side', () => {
    const cs = claims('ar', 'أعلنت وزارة الدفاع الروسية عودة 95 عسكريا روسيا من الأسر الأوكراني.');
    expect(cs.map(brief)).toEqual(['event ukraine→russia pow 95']);
    expect(cs[0]?.attribution.party).toBe('russia');
  });

  it('reads the coalition\'s prisoners released by the Houthis, with the ICRC as mediator', () => {
    const cs = claims('ar', 'أعلن الحوثيون الإفراج عن 153 أسيرا من قوات التحالف بوساطة اللجنة الدولية للصليب الأحمر.');
    expect(cs.map(brief)).toEqual(['event houthis→saudi-led-coalition detainees 153']);
    expect(cs[0]?.mediator).toBe('icrc');
  });
});

describe('Hebrew', () => {
  it('reads a swap in both directions', () => {
    expect(read('he', 'רוסיה שחררה 95 שבויים אוקראינים, ובתמורה קיבלה 95 חיילים רוסים.')).toEqual([
      'event russia→ukraine pow 95',
      'event ukraine→russia pow 95',
    ]);
  });

  it('reads hostages in words and prisoners with prefixed names', () => {
    expect(read('he', 'חמאס שחרר שלוש חטופות, וישראל שחררה 90 אסירים פלסטינים.')).toEqual([
      'event hamas→israel hostages 3',
      'event israel→hamas detainees 90',
    ]);
  });

  it('reads "and received" as the return leg of the giver before', () => {
    expect(read('he', 'רוסיה העבירה לאוקראינה 1,000 גופות וקיבלה 24.')).toEqual(['event russia→ukraine remains 1000', 'event ukraine→russia remains 24']);
  });

  it('names the captor in "משבי חמאס" without making it the recipient', () => {
    expect(read('he', 'שלושה חטופים שוחררו היום משבי חמאס והועברו לידי הצלב האדום.')).toEqual(['event hamas→israel hostages 3']);
  });

  it('reads a plan with "כ-" (about)', () => {
    expect(read('he', 'ישראל תשחרר כ-2,000 אסירים פלסטינים בשבוע הבא.')).toEqual(['plan israel→hamas detainees 2000 about']);
  });

  it('takes no age or duration for a count', () => {
    expect(read('he', 'החטופה בת ה-20 שוחררה אחרי 471 ימים בשבי.')).toEqual([]);
  });

  it('reads bodies received, with a number word', () => {
    const [c] = claims('he', 'צה"ל קיבל את גופות ארבעה חללים.');
    expect(c && brief(c)).toBe('event ?→israel remains 4');
  });
});
