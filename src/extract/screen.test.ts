import { describe, expect, it } from 'vitest';
import { en } from './lang/en.js';
import { TABLES } from './lexicon.js';
import { literalBeginnings, mayHoldClaims, screenOf, screenText } from './screen.js';

describe('literal beginnings of a table pattern', () => {
  it('are what every match starts with, lower-cased and short', () => {
    expect(literalBeginnings('prisoners? of war')).toEqual(['prison']);
    expect(literalBeginnings('pows?\\b')).toEqual(['pow']);
    expect(literalBeginnings('(?:holte|brachte)\\p{L}* x')).toEqual(['bracht', 'holte']);
    expect(literalBeginnings('交\\s?換')).toEqual(['交']);
    expect(literalBeginnings('bod(?:y|ies) of')).toEqual(['bod']);
    expect(literalBeginnings('(?:bod(?:y|ies)|remains) of')).toEqual(['bodies', 'body o', 'remain']);
    expect(literalBeginnings('[Tt]rade')).toEqual(['trade']);
    expect(literalBeginnings('(?<![a-z])swap')).toEqual(['swap']);
  });

  it('are none when a match may start with anything', () => {
    expect(literalBeginnings('\\p{L}*austausch')).toBeNull();
    expect(literalBeginnings('(?:x)?\\d+ captives')).toBeNull();
    expect(literalBeginnings('.swap')).toBeNull();
  });
});

describe('the screen', () => {
  it('finds the tables whose screen words a text holds, at word starts only', () => {
    expect([...screenText('The sides exchanged 120 prisoners of war on Friday.').tables]).toContain('en');
    expect(screenText('Oil revenues fell by a fifth.').tables.has('en')).toBe(false);
    expect(screenText('Обмен пленными состоялся в пятницу.').tables.has('ru')).toBe(true);
    // Words of unspaced scripts start anywhere: the engine reads them spaced apart.
    expect(screenText('俄罗斯和乌克兰交换战俘').tables.has('zh')).toBe(true);
  });

  it('reads a word a table gains at once: the screen is built from the tables', () => {
    const text = 'The glorbification of 40 captives took place at the border.';
    expect(screenOf([['en', en]]).verdict(text).tables.size).toBeGreaterThan(0); // "captiv"
    const plain = 'The glorbification took place at the border.';
    expect(screenOf([['en', en]]).verdict(plain).tables.size).toBe(0);
    expect(screenOf([['en', { ...en, screen: [...en.screen, 'glorbif'] }]]).verdict(plain).tables.has('en')).toBe(true);
  });

  it('leaves the fallback its reports: a figure next to a party, or a script no table reads', () => {
    const fallback = (t: string): boolean => {
      const f = screenText(t);
      return f.tables.size === 0 && f.fallback;
    };
    expect(fallback('Urusi ilikabidhi 150 kwa Ukraine jana.')).toBe(true);
    expect(fallback('Ukraine won the 2024 cup.')).toBe(false); // a year is no figure
    expect(fallback('Ukraine won the cup.')).toBe(false);
    expect(fallback('ประเทศไทยมีฝนตกหนัก')).toBe(true); // Thai: no table reads it, the language decides
  });

  it('says what extraction can find once the language is known', () => {
    const english = screenText('The sides exchanged 120 prisoners of war on Friday.');
    expect(mayHoldClaims(english, 'en')).toBe(true);
    expect(mayHoldClaims(english, null)).toBe(true);
    expect(mayHoldClaims(english, 'und')).toBe(true);
    const frenchWordOnly = screenText('Oil revenue fell by a fifth in 2024.');
    expect(frenchWordOnly.tables.has('fr')).toBe(true); // "revenu…"
    expect(mayHoldClaims(frenchWordOnly, 'en')).toBe(false);
    expect(mayHoldClaims(frenchWordOnly, 'fr')).toBe(true);
    const nothing = screenText('The weather was fine.');
    expect(mayHoldClaims(nothing, null)).toBe(false);
    expect(mayHoldClaims(nothing, 'sw')).toBe(false);
    expect(Object.keys(TABLES).length).toBeGreaterThan(10);
  });
});
