import { describe, expect, it } from 'vitest';
import { datelineDate, isoDay, parseDateValue } from './published-date.js';

describe('parseDateValue', () => {
  it.each([
    ['2025-06-12T09:30:00+03:00', '2025-06-12'],
    ['2025-06-12T23:30:00-05:00', '2025-06-12'], // the day as written, not shifted to UTC
    ['2025-06-12', '2025-06-12'],
    ['2025/6/2', '2025-06-02'],
    ['20250612', '2025-06-12'],
    ['20250612T101500Z', '2025-06-12'],
    ['Thu, 12 Jun 2025 23:30:00 +0300', '2025-06-12'],
    ['June 12, 2025 10:00 AM', '2025-06-12'],
    ['12 June 2025', '2025-06-12'],
    ['12 июня 2025 г.', '2025-06-12'],
    ['12 червня 2025 року', '2025-06-12'],
    ['12.06.2025 14:05', '2025-06-12'],
    ['1749727800', '2025-06-12'],
    ['1749727800000', '2025-06-12'],
  ])('%j → %s', (value, day) => {
    expect(parseDateValue(value)).toBe(day);
  });

  it.each(['', 'yesterday', '2025-13-01', '2025-02-30', '1890-01-01', '06/12/2025', 'Omar 12, 2025', '112 June 2025x'])(
    'rejects %j',
    (value) => {
      expect(parseDateValue(value)).toBeNull();
    },
  );

  it('reads an unambiguous slash date in either order', () => {
    expect(parseDateValue('25/06/2025')).toBe('2025-06-25');
    expect(parseDateValue('06/25/2025')).toBe('2025-06-25');
  });
});

describe('datelineDate', () => {
  it.each([
    ['Kyiv, 12 June 2025 — The two sides exchanged prisoners on Thursday.', '2025-06-12'],
    ['KYIV, June 12, 2025 (Agency) - Ukraine said on Thursday it had received bodies.', '2025-06-12'],
    ['June 12, 2025 (Agency) - Officials confirmed the transfer.', '2025-06-12'],
    ['12.06.2025', '2025-06-12'],
    ['12.06.2025, 14:05', '2025-06-12'],
    ['12 June 2025 | 14:05', '2025-06-12'],
    ['Published: 3 May 2025', '2025-05-03'],
    ['Опубликовано: 12 июня 2025 г., 10:45', '2025-06-12'],
    ['Київ, 12 червня 2025 — Сторони провели обмін.', '2025-06-12'],
    ['By Jane Roe | 12 June 2025', '2025-06-12'],
    ['Олена Коваль, 12.06.2025, 10:45', '2025-06-12'],
    ['date 2024-11-08 (Wire) The bodies of fallen defenders were returned', '2024-11-08'],
    ['Date: 2024-11-08 Kyiv Post — News', '2024-11-08'],
    ['Kyiv, 14 March 2025. Ukraine received the bodies of 757 soldiers.', '2025-03-14'],
    ["Sana'a (Yemen), 15/10/2020.- Houthi fighters at the airport during the swap.", '2020-10-15'],
    ['Aden (Yemen), 16 October 2020 — The second flight landed.', '2020-10-16'],
  ])('finds the date in %j', (line, day) => {
    expect(datelineDate([line, 'Body text follows here.'])).toBe(day);
  });

  it('takes a labelled ISO day running into a title only from the first paragraph, and not an unlabelled one', () => {
    expect(datelineDate(['Headline', 'date 2024-11-08 The exchange went ahead.'])).toBeNull();
    expect(datelineDate(['2024-11-08 The exchange went ahead on Friday.', 'Body.'])).toBeNull();
  });

  it('looks only at the first three paragraphs', () => {
    expect(datelineDate(['Headline', 'Lead.', 'Second.', '12.06.2025'])).toBeNull();
    expect(datelineDate(['Headline', 'By Jane Roe | 12 June 2025', 'Lead.'])).toBe('2025-06-12');
  });

  it.each([
    'On Friday, 12 June 2025, Russia handed over 1,000 bodies.',
    '12 June 2025, Russia handed over 1,000 bodies, officials said.',
    'The exchange took place on 12 June 2025.',
    'Talks are set for 12.06.2025 in Istanbul, the ministry said.',
    'Since 12 June 2025 — the start of the current round — 6,000 bodies have been returned.',
    'In Kyiv, 12 June 2025 — the date of the last exchange — was mentioned.',
    'In Kyiv, 12 June 2025. The talks resumed.',
    'Kyiv (the capital), 12 June 2025 — nothing happened.',
    '11 June 2025 | 1,212 | 27',
    '12.06.2025 | 84 | 84',
  ])('does not take an event date from %j', (line) => {
    expect(datelineDate([line])).toBeNull();
  });
});

describe('isoDay', () => {
  it('validates the calendar', () => {
    expect(isoDay(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDay(2025, 2, 29)).toBeNull();
    expect(isoDay(2025, 0, 1)).toBeNull();
    expect(isoDay(new Date().getUTCFullYear() + 5, 1, 1)).toBeNull();
  });
});
