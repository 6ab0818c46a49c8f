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
