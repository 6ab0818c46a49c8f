import { describe, expect, it } from 'vitest';
import { pickTitle, plainTextTitle, stripSiteSuffix } from './title.js';

describe('stripSiteSuffix', () => {
  it.each([
    ['Sides complete handover of remains | Daily Invented', 'Sides complete handover of remains'],
    ['Sides complete handover of remains - Daily Invented', 'Sides complete handover of remains'],
    ['Сторони завершили передачу тіл — Щоденник', 'Сторони завершили передачу тіл'],
    ['Exchange of prisoners - live updates', 'Exchange of prisoners - live updates'],
    ['Russia - Ukraine: swap of 84 POWs', 'Russia - Ukraine: swap of 84 POWs'],
    ['No separator at all', 'No separator at all'],
  ])('%j → %j', (title, expected) => {
    expect(stripSiteSuffix(title)).toBe(expected);
  });

  it('strips the declared site name even when it is long', () => {
    expect(stripSiteSuffix('Talks resume | The Very Long Name Of An Invented Outlet', 'The Very Long Name of an Invented Outlet')).toBe(
      'Talks resume',
    );
  });
});

describe('pickTitle', () => {
  it('prefers og:title, then <title>, then h1', () => {
    expect(pickTitle({ ogTitle: 'OG', title: 'T', h1: 'H' })).toBe('OG');
    expect(pickTitle({ ogTitle: '  ', title: 'Long enough page title here | Site', h1: 'H' })).toBe('Long enough page title here');
    expect(pickTitle({ h1: ' Heading\n one ' })).toBe('Heading one');
    expect(pickTitle({})).toBeNull();
  });
});

describe('plainTextTitle', () => {
  it('takes a short first line that reads as a headline', () => {
    expect(plainTextTitle(['372 return home', 'The sides exchanged prisoners.'])).toBe('372 return home');
  });

  it('rejects sentences, datelines, long lines and lone paragraphs', () => {
    expect(plainTextTitle(['The sides exchanged prisoners.', 'More.'])).toBeNull();
    expect(plainTextTitle(['Kyiv, 12 June 2025', 'More.'])).toBeNull();
    expect(plainTextTitle(['x '.repeat(100), 'More.'])).toBeNull();
    expect(plainTextTitle(['Headline only'])).toBeNull();
  });
});
