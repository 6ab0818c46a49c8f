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

describe('the whole sentence and the whole document', () => {
  it('gives each figure its own verb in Russian and Ukrainian, as in English', () => {
    expect(brief('Обмен\n\nРоссия передала Украине тела 1000 погибших военных и получила 38 тел.', 'ru')).toEqual([
      'event remains russia>ukraine 1000',
      'event remains ukraine>russia 38',
    ]);
    expect(brief('Обмін\n\nРосія передала Україні тіла 1000 загиблих і отримала тіла 38 військових.', 'uk')).toEqual([
      'event remains russia>ukraine 1000',
      'event remains ukraine>russia 38',
    ]);
  });

  it('takes the speaker named after the verb in Ukrainian and Russian', () => {
    const who = (text: string, lang: string) => extractClaims(doc(text, lang)).map((c) => c.attribution.party);
    expect(who('Обмін\n\nДодому повернулися 150 захисників, повідомив Координаційний штаб.', 'uk')).toEqual(['ukraine']);
    expect(who('Обмен\n\nИз плена вернулись 150 российских военных, заявила российская сторона.', 'ru')).toEqual(['russia']);
  });

  it('reads a plan of a deal as a plan, and confirms no plan', () => {
    expect(brief('Prisoner swap\n\nThe deal foresees the release of 1,000 prisoners from each side, the negotiators said.')).toEqual(['plan pow ?>? 1000']);
    const kinds = extractClaims(doc('Prisoner swap\n\nRussia confirmed the exchange. Under the agreement, Ukraine is to release 84 prisoners in exchange for around 90 Ukrainians.', 'en'));
    expect(kinds.filter((c) => c.kind === 'confirmation').map((c) => [c.from, c.to])).toEqual([[null, null]]);
    expect(kinds.filter((c) => c.kind !== 'confirmation').every((c) => c.kind === 'plan')).toBe(true);
  });

  it('reads "held since" as how long people were held, not as a running total', () => {
    expect(brief('Prisoner swap\n\nIsrael released 5 Lebanese detainees it had held since the war, the Red Cross said.')).toEqual(['event detainees israel>lebanon 5']);
  });
});
