import { describe, expect, it } from 'vitest';
import { detectLanguage, normaliseLanguageTag } from './language.js';

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
