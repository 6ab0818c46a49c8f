import { describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/index.js';
import { extractClaims } from '../index.js';
import { tableFor } from '../lexicon.js';
import { findNumbers } from '../numbers.js';

// Short German reports written for these tests, with figures from the public facts (data/facts-public.json).

const claims = (text: string): Claim[] =>
  extractClaims({ text, title: null, language: 'de', publishedAt: null, format: 'text', contentHash: '' }, { publishedAt: '2025-06-12', language: 'de' });

/** kind, from→to, category, count, qualifier: what a test checks of each claim. */
const brief = (c: Claim): string =>
  `${c.kind} ${c.from ?? '?'}→${c.to ?? '?'} ${c.category}${c.wounded ? ' (wounded)' : ''} ${c.count ? `${c.count.value}${c.count.qualifier === 'exact' ? '' : ` ${c.count.qualifier}`}` : '-'}`;
const read = (text: string): string[] => claims(text).map(brief);
const numbers = (language: string, text: string): Array<[number, string]> =>
  findNumbers(text.toLowerCase(), tableFor(language)).map((n) => [n.value, n.qualifier]);

describe('German number words', () => {
  it('reads glued compounds: units with "und", hundreds and thousands', () => {
    expect(numbers('de', 'vierundachtzig')).toEqual([[84, 'exact']]);
    expect(numbers('de', 'zweihundertvierundachtzig')).toEqual([[284, 'exact']]);
    expect(numbers('de', 'einhundertfünfzehn')).toEqual([[115, 'exact']]);
    expect(numbers('de', 'eintausendzweihundertzwölf')).toEqual([[1212, 'exact']]);
    expect(numbers('de', 'zweitausend Leichen')).toEqual([[2000, 'exact']]);
    expect(numbers('de', 'zwei tausend Leichen')).toEqual([[2000, 'exact']]);
  });

  it('reads a lone hundred or thousand, "ein Dutzend" as about 12, and no figure from "Hunderte" or "Tausende"', () => {
    expect(numbers('de', 'tausend Leichen')).toEqual([[1000, 'exact']]);
    expect(numbers('de', 'ein Dutzend Zivilisten')).toEqual([[12, 'about']]);
    expect(numbers('de', 'Hunderte Gefangene und Tausende Soldaten')).toEqual([]);
  });

  it('reads dot and space thousands separators with their qualifiers', () => {
    expect(numbers('de', 'rund 1.200 Gefangene')).toEqual([[1200, 'about']]);
    expect(numbers('de', 'mehr als 1 000 Leichen')).toEqual([[1000, 'more_than']]);
    expect(numbers('de', 'mindestens 6\u202f000 Leichen')).toEqual([[6000, 'at_least']]);
    expect(numbers('de', 'bis zu 300 Gefangene')).toEqual([[300, 'up_to']]);
  });

  it('leaves ordinary words alone, in English too', () => {
    expect(numbers('de', 'Einstein, Elfenbein, Neunauge, Achtung, Undine')).toEqual([]);
    expect(numbers('en', 'someone often attends a tenfold nineteenth anniversary')).toEqual([]);
  });
});

describe('German reports', () => {
  it('reads a swap in both directions, with the mediator', () => {
    const cs = claims(
      'Russland und die Ukraine haben am Mittwoch Gefangene ausgetauscht. Die Ukraine holte 175 Soldaten zurück; 175 russische Soldaten wurden an Russland übergeben. Vermittelt hatten die Vereinigten Arabischen Emirate.',
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 175', 'event ukraine→russia pow 175']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies handed over and the smaller number received, with the verb before its subject', () => {
    expect(read('Russland übergab der Ukraine die Leichen von 1212 Soldaten. Im Gegenzug erhielt Moskau 27 Leichen.')).toEqual([
      'event russia→ukraine remains 1212',
      'event ukraine→russia remains 27',
    ]);
    expect(read('Am Mittwoch hat Russland der Ukraine 1000 Leichen übergeben und 38 Leichen erhalten.')).toEqual([
      'event russia→ukraine remains 1000',
      'event ukraine→russia remains 38',
    ]);
  });

  it('reads separable verbs whose particle ends the clause', () => {
    expect(read('Am Donnerstag gab Russland 84 Kriegsgefangene frei, die Ukraine ließ 84 russische Soldaten frei.')).toEqual([
      'event russia→ukraine pow 84',
      'event ukraine→russia pow 84',
    ]);
  });

  it('reads a plan, with its attribution', () => {
    const [c] = claims('Russland wird in der kommenden Woche 6000 Leichen übergeben, sagte Medinski.');
    expect(brief(c!)).toBe('plan russia→ukraine remains 6000');
    expect(c!.attribution.party).toBe('russia');
  });

  it('reads a cumulative total', () => {
    expect(read('Seit Jahresbeginn hat Russland insgesamt mehr als 8.000 Leichen an die Ukraine übergeben.')).toEqual([
      'cumulative russia→ukraine remains 8000 more_than',
    ]);
  });

  it('reads "jeweils" as one figure for each side', () => {
    expect(read('Russland und die Ukraine tauschten jeweils 115 Kriegsgefangene aus.')).toEqual([
      'event russia→ukraine pow 115',
      'event ukraine→russia pow 115',
    ]);
  });

  it('reads "jede Seite" and a speaker named after the verb', () => {
    const cs = claims('Russland und die Ukraine haben erneut Gefangene ausgetauscht. Jede Seite habe 84 Kriegsgefangene übergeben, teilte das Verteidigungsministerium in Moskau mit.');
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 84', 'event ukraine→russia pow 84']);
    expect(cs[0]!.attribution.party).toBe('russia');
  });

  it('reads hostages and detainees in Israel and Gaza', () => {
    expect(read('Die Hamas hat drei israelische Geiseln freigelassen. Im Gegenzug ließ Israel 369 palästinensische Häftlinge frei.')).toEqual([
      'event hamas→israel hostages 3',
      'event israel→hamas detainees 369',
    ]);
  });

  it('reads a number in words and wounded prisoners', () => {
    expect(read('Vierundachtzig ukrainische Kriegsgefangene sind am Mittwoch nach Hause zurückgekehrt.')).toEqual(['event russia→ukraine pow 84']);
    expect(read('Aus russischer Gefangenschaft kehrten 22 schwer verwundete ukrainische Kriegsgefangene heim.')).toEqual([
      'event russia→ukraine pow (wounded) 22',
    ]);
  });

  it('reads a total and its part', () => {
    const cs = claims('Beim Austausch mit Russland kehrten 390 Ukrainer heim, darunter 120 Zivilisten.');
    expect(cs.map(brief)).toEqual(['event russia→ukraine mixed 390', 'event russia→ukraine civilians 120']);
    expect(cs[1]!.partOf).toBe(0);
  });

  it('reads an explicit zero and a space as thousands separator', () => {
    expect(read('Die Ukraine erhielt 1 000 Leichen, Russland bekam keine zurück.')).toEqual([
      'event russia→ukraine remains 1000',
      'event ukraine→russia remains 0',
    ]);
  });

  it('ignores people held, ages and casualties', () => {
    expect(read('Russland hält nach eigenen Angaben mehr als 6000 ukrainische Gefangene fest.')).toEqual([]);
    expect(read('Unter den Heimgekehrten aus Russland ist ein 24-jähriger Soldat.')).toEqual([]);
    expect(read('Der Austausch fand statt, obwohl am selben Tag 12 Soldaten getötet wurden.')).toEqual([]);
  });
});

describe('German separable verbs of handing over', () => {
  it('reads a handover whose verb particle closes the sentence ("gab … frei", "holte … zurück", "brachte … heim")', () => {
    expect(read('Austausch\n\nRussland gab am Freitag 95 ukrainische Kriegsgefangene frei.')).toEqual(['event russia→ukraine pow 95']);
    expect(read('Austausch\n\nDie Ukraine holte am Freitag 95 Kriegsgefangene zurück.')).toEqual(['event russia→ukraine pow 95']);
    expect(read('Rückführung\n\nDie Ukraine brachte am Samstag die Leichen von 757 Soldaten heim.')).toEqual(['event russia→ukraine remains 757']);
    // A verb without the particle hands nothing over.
    expect(read('Bericht\n\nRussland gab am Freitag an, 95 ukrainische Kriegsgefangene zu halten.')).toEqual([]);
  });
});
