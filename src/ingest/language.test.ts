import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag, plainEnglish } from './language.js';

describe('detectLanguage', () => {
  it.each([
    ['en', 'The exchange took place on Friday.'],
    ['ru', 'Обмен пленными состоялся в пятницу.'],
    ['uk', 'Обмін полоненими відбувся у пʼятницю.'],
    ['ru', 'Россия передала тела тысячи военных.'],
    ['uk', 'Росія передала тіла тисячі військових.'],
    ['ru', 'Стороны вернули 84 человека.'],
    ['uk', 'Сторони повернули 84 людини.'],
  ])('short text: %s for %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([
    [
      'en',
      'Officials from both sides confirmed that the handover had taken place at the border crossing. The bodies were transported in refrigerated trucks, and identification is expected to take several weeks. Families have been asked to provide samples.',
    ],
    [
      'ru',
      'Представители обеих сторон подтвердили, что передача состоялась на пограничном переходе. Тела перевезли в рефрижераторах, опознание займёт несколько недель. Семьи попросили сдать образцы ДНК, сообщили в штабе.',
    ],
    [
      'uk',
      'Представники обох сторін підтвердили, що передача відбулася на прикордонному переході. Тіла перевезли в рефрижераторах, ідентифікація триватиме кілька тижнів. Родини попросили здати зразки ДНК, повідомили в штабі.',
    ],
  ])('long text: %s', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('keeps Russian when a Ukrainian place name is quoted, and Ukrainian when Russian is quoted', () => {
    expect(detectLanguage('В заявлении, опубликованном в пятницу, упоминается Київ как место встречи сторон и посредников.')).toBe('ru');
    expect(detectLanguage('У повідомленні штабу процитовано фразу «обмен состоится», але дата обміну ще не відома.')).toBe('uk');
  });

  it('uses the declared language when the letters do not tell', () => {
    expect(detectLanguage('Це сталося вчора', 'uk')).toBe('uk');
    expect(detectLanguage('Это случилось вчера', 'ru')).toBe('ru');
    expect(detectLanguage('OK', 'de')).toBe('de');
  });

  it('lets clear evidence override a wrong declaration', () => {
    expect(detectLanguage('Обмін полоненими відбувся у пʼятницю.', 'ru')).toBe('uk');
    expect(detectLanguage('The exchange took place on Friday at the border crossing.', 'ru')).toBe('en');
  });

  it('returns "und" for empty or letterless text', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('12 345 — 67')).toBe('und');
  });

  it.each([
    ['zh', '俄罗斯向乌克兰移交了1000具遗体。'],
    ['zh', '俄羅斯將4名烏克蘭兒童送還。'],
    ['ja', 'ロシアはウクライナに遺体1000体を引き渡した。'],
    ['ko', '러시아는 우크라이나에 시신 1000구를 인도했다.'],
    ['hi', 'रूस ने यूक्रेन को 1,000 शव सौंपे।'],
    ['mr', 'रशियाने युक्रेनला 1,000 मृतदेह सोपवले आहेत.'],
    ['bn', 'রাশিয়া ইউক্রেনকে ১,০০০ মরদেহ হস্তান্তর করেছে।'],
    ['ur', 'روس نے یوکرین کو 1000 لاشیں حوالے کیں۔'],
    ['fa', 'روسیه اجساد ۱۰۰۰ سرباز را به اوکراین تحویل داد.'],
    ['hy', 'Ռուսաստանը Ուկրաինային է հանձնել 1000 զինծառայողի աճյուն։'],
    ['ka', 'რუსეთმა უკრაინას 1000 ჯარისკაცის ცხედარი გადასცა.'],
    ['el', 'Η Ρωσία παρέδωσε στην Ουκρανία τις σορούς 1.000 στρατιωτών.'],
    ['am', 'ሩሲያ የ1000 ወታደሮችን አስከሬን ለዩክሬን አስረክባለች።'],
    ['th', 'รัสเซียส่งมอบศพทหาร 1,000 ศพให้ยูเครน'],
    ['bg', 'Русия предаде на Украйна телата на 1000 загинали военнослужещи.'],
    ['sr', 'Русија је предала Украјини тела 1.000 војника.'],
    ['sr', 'Rusija je predala Ukrajini tela 1.000 vojnika.'],
    ['hr', 'Rusija je predala Ukrajini tijela 1000 vojnika.'],
    ['id', 'Rusia menyerahkan 1.000 jenazah tentara kepada Ukraina pada hari Kamis.'],
    ['kk', 'Ресей Украинаға 1000 сарбаздың денесін қайтарды және тұтқындармен алмасты.'],
  ])('one sentence in its own script or spelling: %s for %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('reads Filipino, Bokmål and old codes as the languages we have tables for', () => {
    expect(normaliseLanguageTag('fil-PH')).toBe('tl');
    expect(normaliseLanguageTag('nb-NO')).toBe('no');
    expect(normaliseLanguageTag('in')).toBe('id');
  });

  it('recognises other scripts through eld', () => {
    expect(detectLanguage('تم تبادل الأسرى بين الطرفين يوم الجمعة بوساطة إماراتية.')).toBe('ar');
  });
});

describe('normaliseLanguageTag', () => {
  it('reduces tags to ISO 639-1 codes', () => {
    expect(normaliseLanguageTag('en-US')).toBe('en');
    expect(normaliseLanguageTag('uk_UA')).toBe('uk');
    expect(normaliseLanguageTag('ua')).toBe('uk');
    expect(normaliseLanguageTag('RU')).toBe('ru');
    expect(normaliseLanguageTag('x-default')).toBeNull();
    expect(normaliseLanguageTag('')).toBeNull();
    expect(normaliseLanguageTag(null)).toBeNull();
  });
});

describe('plainEnglish (the shortcut past eld)', () => {
  const english =
    'The two sides exchanged prisoners at the border on Tuesday, officials said. It was the third exchange this year, and the families of those who came back were waiting at the hospital in the north of the country. The ministry said the list had been agreed with the help of a mediator, and that further talks were planned for the end of the month.';
  // Other languages written without diacritics, as on keyboards that lack them.
  const notEnglish = [
    'Die beiden Seiten haben am Dienstag an der Grenze Gefangene ausgetauscht, sagten Beamte. Es war der dritte Austausch in diesem Jahr, und die Familien der Heimkehrer warteten im Krankenhaus im Norden des Landes. Das Ministerium sagte, die Liste sei mit Hilfe eines Vermittlers vereinbart worden.',
    'De twee partijen hebben dinsdag aan de grens gevangenen uitgewisseld, zeiden functionarissen. Het was de derde uitwisseling dit jaar, en de families van de teruggekeerden wachtten in het ziekenhuis in het noorden van het land. Het ministerie zei dat de lijst met hulp van een bemiddelaar is afgesproken.',
    'Las dos partes intercambiaron prisioneros en la frontera el martes, dijeron los funcionarios. Fue el tercer intercambio de este ano, y las familias de los que regresaron esperaban en el hospital del norte del pais. El ministerio dijo que la lista se acordo con la ayuda de un mediador y que habra mas conversaciones.',
  ];

  it('takes clear English prose', () => {
    expect(plainEnglish(english)).toBe(true);
    expect(detectLanguage(english)).toBe('en');
  });

  it.each(notEnglish)('leaves other languages to eld: %s', (text) => {
    expect(plainEnglish(text)).toBe(false);
    expect(detectLanguage(text)).not.toBe('en');
  });

  it('leaves short text and text with letters beyond ASCII to eld', () => {
    expect(plainEnglish('The exchange took place on Friday.')).toBe(false);
    expect(plainEnglish(english.replace('hospital', 'hôpital'))).toBe(false);
  });
});
