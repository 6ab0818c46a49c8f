import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../domain/index.js';
import { extractClaims } from './index.js';

const doc = (text: string, language: string, publishedAt = '2025-04-02'): CleanDocument =>
  ({ text, title: null, language, publishedAt, contentHash: 'test' }) as unknown as CleanDocument;
const brief = (text: string, language = 'en', publishedAt?: string) =>
  extractClaims(doc(text, language, publishedAt)).map((c) => `${c.kind} ${c.category} ${c.from ?? '?'}>${c.to ?? '?'} ${c.count?.value ?? '-'}`);

describe('parties of every war', () => {
  it('reads the sides of wars other than Russia and Ukraine as themselves, in several languages', () => {
    expect(brief('Fishermen freed\n\nPakistan handed over 198 Indian fishermen to India at the Wagah border on Friday.')).toEqual(['event civilians pakistan>india 198']);
    expect(brief('Останки\n\nИран передал Ираку останки 48 военнослужащих, погибших в войне 1980-х годов.', 'ru')).toEqual(['event remains iran>iraq 48']);
    expect(brief('Wymiana\n\nTalibowie uwolnili 12 żołnierzy rządu afgańskiego w ramach wymiany jeńców.', 'pl')).toEqual(['event pow taliban>afghan-government 12']);
    expect(brief('Swap\n\nThe M23 rebels released 30 Congolese soldiers to the Red Cross in Goma on Monday, the group said.')).toEqual(['event pow m23>drc 30']);
  });

  it('keeps a swap of another war in a background paragraph with its own sides', () => {
    expect(brief('Truce\n\nHamas released 24 hostages on Friday under the truce deal.\n\nIn 2008, Hezbollah handed over the bodies of two Israeli soldiers in exchange for five Lebanese prisoners.', 'en', '2023-11-24')).toEqual([
      'event hostages hamas>israel 24',
      'event remains hezbollah>israel 2',
      'event detainees israel>hezbollah 5',
    ]);
  });

  it('sends people released to a third country to that country, and a swap between states to its two sides', () => {
    expect(brief('Pardons\n\nBelarus released 52 political prisoners who crossed into Lithuania on Thursday.')).toEqual(['event detainees belarus>lithuania 52']);
    expect(brief('Swap\n\nVenezuela freed 10 Americans on Friday, while the United States sent 250 Venezuelans home.')).toEqual([
      'event mixed venezuela>united-states 10',
      'event mixed united-states>venezuela 250',
    ]);
  });
});

describe('words of every language come from its table', () => {
  it('reads the dead of a handover of remains in every language that lists its words of death', () => {
    const cases: Array<[string, string]> = [
      ['en', 'Repatriation\n\nUkraine received the bodies of 909 soldiers who were killed near Bakhmut.'],
      ['fr', "Rapatriement\n\nL'Ukraine a reçu les corps de 909 soldats qui ont été tués près de Bakhmout."],
      ['de', 'Rückführung\n\nDie Ukraine erhielt die Leichen von 909 Soldaten, die bei Bachmut getötet wurden.'],
      ['pl', 'Repatriacja\n\nUkraina otrzymała ciała 909 żołnierzy, którzy zginęli pod Bachmutem.'],
      ['es', 'Repatriación\n\nUcrania recibió los cuerpos de 909 soldados que murieron cerca de Bajmut.'],
    ];
    for (const [lang, text] of cases) expect(brief(text, lang), lang).toEqual(['event remains russia>ukraine 909']);
  });

  it('joins a list with the table\'s own word for "and"', () => {
    const parts = extractClaims(doc('Обмін\n\nДодому повертаються 16 українських військовослужбовців, з яких 2 офіцери та 14 солдат.', 'uk')).map(
      (c) => `${c.count?.value} ${c.partOf ?? '-'}`,
    );
    expect(parts).toEqual(['16 -', '2 0', '14 0']);
  });
});
