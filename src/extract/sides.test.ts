import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../domain/index.js';
import { extractClaims } from './index.js';

/**
 * Sides named without their names: words for a state's forces or an armed group ("army detainees",
 * "the group"), pronouns before a verb ("their forces released"), and figures joined to a count of
 * people ("three children and one adult"). Every passage here is written for the test.
 */
const doc = (text: string, language = 'en', publishedAt: string | null = '2025-04-02'): CleanDocument =>
  ({ text, title: null, language, publishedAt, contentHash: 'test' }) as unknown as CleanDocument;
const brief = (text: string, language?: string) =>
  extractClaims(doc(text, language)).map((c) => `${c.kind} ${c.category} ${c.from ?? '?'}>${c.to ?? '?'} ${c.count?.value ?? '-'}`);

describe('words for a side', () => {
  it('reads "army", "government" and "federal" before a noun of people as the state in a war with an armed group', () => {
    expect(brief('Release in Sudan\n\nThe Rapid Support Forces and the Sudanese army agreed to a truce. The Red Cross said on Monday it helped free 12 army detainees from Khartoum.')).toEqual([
      'event detainees rsf>saf 12',
    ]);
    expect(brief('Tigray\n\nTigray forces and the Ethiopian government have talked for weeks. Tigray forces freed 300 federal army soldiers on Monday.')).toEqual([
      'event pow tplf>ethiopia 300',
    ]);
  });

  it('reads "the group" and "rebels" as the armed group, in several languages', () => {
    expect(brief('Gaza\n\nIsrael and Hamas agreed to a pause. On Thursday the group released 4 hostages.')).toEqual(['event hostages hamas>israel 4']);
    expect(brief('Gaza\n\nIsraël et le Hamas ont conclu une trêve. Jeudi, le groupe a libéré 4 otages.', 'fr')).toEqual(['event hostages hamas>israel 4']);
    expect(brief('Siria\n\nEl gobierno sirio y las FDS firmaron un acuerdo. Los rebeldes liberaron a 40 detenidos el lunes.', 'es')).toEqual(['event detainees sdf>syrian-government 40']);
  });

  it('takes a side named next to the word over the war\'s state ("the Lebanese army")', () => {
    // In a report of Israel and Hezbollah, "the army" alone would be Israel's; "the Lebanese army" is Lebanon.
    expect(brief('Detainees\n\nIsrael and Hezbollah keep a fragile truce. The Lebanese army received 3 detainees from Israel on Tuesday.')).toEqual([
      'event detainees israel>lebanon 3',
    ]);
  });

  it('leaves such words alone in a war between states', () => {
    expect(brief('Swap\n\nRussia and Ukraine swapped prisoners again. The army said 50 soldiers were returned to Ukraine on Friday.')).toEqual(['event pow russia>ukraine 50']);
  });
});

describe('pronouns before a verb', () => {
  it('reads "their forces" as the side named before it in the sentence', () => {
    expect(brief('Sudan\n\nA commander of the Rapid Support Forces said on Tuesday that their forces released 30 civilians in Omdurman.')).toEqual([
      'event civilians rsf>saf 30',
    ]);
  });

  it('reads "it" and "они" as the side the sentence before names first', () => {
    expect(brief('Sudan\n\nThe Rapid Support Forces hold hundreds of soldiers of the Sudanese army. Last week it freed 25 soldiers in Khartoum.')).toEqual([
      'event pow rsf>saf 25',
    ]);
    expect(brief('Судан\n\nСилы быстрой поддержки сделали новый шаг. Они освободили 15 военнопленных в понедельник.', 'ru')).toEqual(['event pow rsf>saf 15']);
  });

  it('does not read a passive pronoun as the giver ("they were released")', () => {
    expect(brief('Swap\n\nUkraine handed over 40 Russian soldiers. They were released at the border, and 40 Ukrainians came home.')).toEqual([
      'event pow ukraine>russia 40',
      'event mixed russia>ukraine 40',
    ]);
  });
});

describe('figures joined to a count of people', () => {
  it('counts "one adult" after "three children", in English and Ukrainian', () => {
    expect(brief('Return\n\nThree children and one adult were brought back to Ukraine from Russia on Friday.')).toEqual([
      'event children russia>ukraine 3',
      'event mixed russia>ukraine 1',
    ]);
    expect(brief('Повернення\n\nВ Україну повернули трьох дітей та одну дорослу жінку.', 'uk')).toEqual([
      'event children russia>ukraine 3',
      'event mixed russia>ukraine 1',
    ]);
  });

  it('does not make a figure of a repeated multiplier ("hundreds upon hundreds")', () => {
    const counts = extractClaims(doc('বিনিময়\n\nরাশিয়া এবং ইউক্রেন শত শত বন্দী বিনিময় করেছে।', 'bn')).map((c) => c.count?.value ?? null);
    expect(counts.filter((v) => v !== null)).toEqual([]);
  });
});

describe('places that stand for a side, and destinations put first', () => {
  it('reads a Russian border region as Russia and a destination before the verb as the recipient', () => {
    expect(brief('Возвращение\n\nВ Курскую область вернулись 12 жителей, вывезенных в Сумскую область.', 'ru')).toEqual(['event civilians ukraine>russia 12']);
    expect(brief('Повернення\n\nЗ Росії в Україну повернули трьох дітей.', 'uk')).toEqual(['event children russia>ukraine 3']);
    expect(brief('Обмін\n\nУкраїна повернула до Росії 40 військовополонених, а в Україну повернулися 50 захисників.', 'uk')).toEqual([
      'event pow ukraine>russia 40',
      'event pow russia>ukraine 50',
    ]);
  });

  it('reads Gaza as the side that holds it', () => {
    expect(brief('Truce\n\nOn Monday 30 Palestinian prisoners were sent back to Gaza by Israel.')).toEqual(['event detainees israel>hamas 30']);
    expect(brief('Truce\n\nOn Monday 5 hostages were freed from Gaza.')).toEqual(['event hostages hamas>israel 5']);
  });
});

describe('dates of plans and months', () => {
  const dated = (text: string, language: string, publishedAt: string) =>
    extractClaims(doc(text, language, publishedAt)).map((c) => `${c.kind} ${c.count?.value ?? '-'} ${c.date?.start ?? '-'} ${c.date?.precision ?? '-'}`);

  it('dates a plan on a weekday to the coming one, an event to the last one (2025-04-02 is a Wednesday)', () => {
    expect(dated('Swap\n\nRussia will hand over 300 prisoners to Ukraine on Friday, the ministry said.', 'en', '2025-04-02')).toEqual(['plan 300 2025-04-04 day']);
    const czech = dated('Výměna\n\nRusko a Ukrajina: další výměna ve formátu tři sta za tři sta zajatců bude následovat v pátek.', 'cs', '2025-04-02');
    expect(czech.length).toBeGreaterThan(0);
    expect(new Set(czech)).toEqual(new Set(['plan 300 2025-04-04 day']));
    expect(dated('Swap\n\nUkraine brought home 40 soldiers on Friday, the ministry said.', 'en', '2025-04-02')).toEqual(['event 40 2025-03-28 day']);
  });

  it('reads a month named alone, in languages chrono reads and in table languages', () => {
    expect(dated('Kinder\n\nIm Oktober kehrten vier ukrainische Kinder aus Russland zurück.', 'de', '2025-12-05')).toEqual(['event 4 2025-10-01 month']);
    expect(dated('Takas\n\nEkim ayında Rusya 25 Ukraynalı askeri iade etti.', 'tr', '2025-12-05')).toEqual(['event 25 2025-10-01 month']);
    // A month after publication is last year's.
    expect(dated('Crianças\n\nEm dezembro, a Rússia devolveu 11 crianças ucranianas.', 'pt', '2025-04-02')).toEqual(['event 11 2024-12-01 month']);
  });

  it('does not read a two-letter word as a weekday ("So kehrten …")', () => {
    expect(dated('Kinder\n\nSo kehrten 6 ukrainische Kinder aus Russland zurück.', 'de', '2025-12-05')).toEqual(['event 6 2025-12-05 day']);
  });
});

describe('whose people, from the list and the verb', () => {
  it('gives an item joined by a list word the side of the item before it', () => {
    expect(brief('Troca\n\nA Rússia libertou 12 soldados ucranianos e 14 civis na quinta-feira.', 'pt')).toEqual([
      'event pow russia>ukraine 12',
      'event civilians russia>ukraine 14',
    ]);
  });

  it('reads a verb of either sense ("repatriated") as sending away people of another side', () => {
    expect(brief('Swap\n\nEl Salvador repatriated 238 Venezuelans while Venezuela freed ten Americans.')).toEqual([
      'event mixed el-salvador>venezuela 238',
      'event mixed venezuela>united-states 10',
    ]);
    expect(brief('Repatriation\n\nUkraine repatriated the bodies of 500 Ukrainian soldiers on Friday.')).toEqual(['event remains russia>ukraine 500']);
  });

  it('counts schoolgirls, and what was given in exchange for them goes the other way', () => {
    expect(brief('Swap\n\nBoko Haram militants released 82 schoolgirls in exchange for five prisoners, officials said.')).toEqual([
      'event children boko-haram>nigeria 82',
      'event pow nigeria>boko-haram 5',
    ]);
  });
});

describe('a lone figure in a report that goes one way', () => {
  it('takes the report\'s way when its sentence names no side and no swap', () => {
    const claims = extractClaims(doc('Swap\n\nUkraine brought home 40 soldiers from Russia on Friday. Eight civilians were also handed over, officials said.'));
    expect(claims.map((c) => `${c.from}>${c.to} ${c.count?.value} ${c.flags.includes('direction-from-document')}`)).toEqual(['russia>ukraine 40 false', 'russia>ukraine 8 true']);
    // A lone figure of a swap may count both sides: it stays two-way.
    expect(brief('Swap\n\nUkraine brought home 40 soldiers from Russia on Friday. In all, 80 people were exchanged.')).toContain('cumulative mixed ?>? 80');
  });
});
