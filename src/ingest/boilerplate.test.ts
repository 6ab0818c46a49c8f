import { describe, expect, it } from 'vitest';
import { dropChrome, isChromeLine, isNameLike } from './boilerplate.js';

describe('isChromeLine', () => {
  it.each([
    'Advertisement',
    'ADVERTISEMENT',
    'Gallery',
    'Share this article',
    'Read all here ππ',
    'Read all here 👇👇',
    'Read more',
    'Read more: Sides swap 84 prisoners in latest exchange',
    'Subscribe',
    'Sign up for our newsletter',
    'Follow us on Telegram and X',
    'Copyright 2025 Daily Invented',
    '© 2025 Invented Media Group',
    'All rights reserved.',
    'Invented Media Group. All rights reserved',
    'Photo: Press service',
    'Image caption',
    'We use cookies to improve your experience on our site. Accept',
    '→ → →',
    '🔥🔥',
    '• • •',
    'Comments (12)',
    '#exchange #bringthemhome',
    'Home > World > Europe',
    'Главная / Новости / Политика',
    'Реклама',
    'Поделиться',
    'Читайте также: Россия и Украина провели обмен',
    'Подписывайтесь на наш канал в Telegram',
    'Фото: пресс-служба',
    'Все права защищены',
    'Читайте також',
    'Поділитися',
    'Підписуйтесь на нас у Telegram',
    'Фото: Офіс президента',
    'Ми використовуємо файли cookie, щоб сайт працював краще',
  ])('drops %j', (line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    'The share of civilians among those released was not disclosed.',
    'Read more than 1,000 names aloud, the relatives asked officials.',
    'Subscribers to the mediator’s bulletin received the figures first.',
    'Photographs of the convoy were published on Friday.',
    'Advertisement revenue is not a topic of this report.',
    'Copyrighted footage from the crossing was later removed.',
    'Реклама не является темой этого текста, но слово в начале предложения.',
    'Поделились данными обе стороны, сообщили в штабе.',
    'Українська сторона отримала 1000 тіл.',
    '1000',
    'التقى الطرفان في أبوظبي.',
    'Kyiv, 12 June 2025',
    'By Jane Roe | 12 June 2025 | 10:45',
    'Kharkiv > Kyiv',
  ])('keeps %j', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });
});

describe('dropChrome', () => {
  it('drops an author label and the lone name above it', () => {
    expect(dropChrome(['Last paragraph of the story.', 'JANE Roe-Smith', 'Article Author', 'Advertisement'])).toEqual([
      'Last paragraph of the story.',
    ]);
  });

  it('drops the name after a label that ends with a colon', () => {
    expect(dropChrome(['Автор:', 'Іван Петренко', 'Текст статті.'])).toEqual(['Текст статті.']);
  });

  it('keeps a sentence next to an author label', () => {
    expect(dropChrome(['The exchange was delayed twice.', 'Author'])).toEqual(['The exchange was delayed twice.']);
  });
});

describe('dropChrome: related-link lists', () => {
  it('drops the headlines under a "Read more:" header, up to the first sentence', () => {
    expect(
      dropChrome(['Body of the report.', 'Read more:', 'Bodies of 1,200 soldiers handed over in June', '84 Ukrainians freed in exchange', 'A closing sentence of the report.']),
    ).toEqual(['Body of the report.', 'A closing sentence of the report.']);
  });

  it('handles Russian and Ukrainian headers', () => {
    expect(dropChrome(['Текст.', 'Читайте також', 'Повернули ще 150 полонених', 'Текст далі.'])).toEqual(['Текст.', 'Текст далі.']);
    expect(dropChrome(['Текст.', 'По теме:', 'Вернули еще 150 пленных'])).toEqual(['Текст.']);
  });
});

describe('isNameLike', () => {
  it('accepts short capitalised names and rejects sentences', () => {
    expect(isNameLike('NSANZIMANA Sylver')).toBe(true);
    expect(isNameLike('Олена Коваль')).toBe(true);
    expect(isNameLike('The exchange was delayed.')).toBe(false);
    expect(isNameLike('Talks resume on 12 June')).toBe(false);
  });
});
