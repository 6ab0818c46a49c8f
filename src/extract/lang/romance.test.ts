import { describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/index.js';
import { extractClaims } from '../index.js';
import { tableFor } from '../lexicon.js';
import { findNumbers } from '../numbers.js';

// Short French, Spanish, Portuguese and Italian reports written for these tests, with figures from the
// public facts (data/facts-public.json).

const claims = (language: string, text: string, publishedAt = '2025-06-12'): Claim[] =>
  extractClaims({ text, title: null, language, publishedAt: null, format: 'text', contentHash: '' }, { publishedAt, language });

/** kind, from→to, category, count, qualifier: what a test checks of each claim. */
const brief = (c: Claim): string =>
  `${c.kind} ${c.from ?? '?'}→${c.to ?? '?'} ${c.category}${c.wounded ? ' (wounded)' : ''} ${c.count ? `${c.count.value}${c.count.qualifier === 'exact' ? '' : ` ${c.count.qualifier}`}` : '-'}`;
const read = (language: string, text: string): string[] => claims(language, text).map(brief);
const numbers = (language: string, text: string): Array<[number, string]> =>
  findNumbers(text.toLowerCase(), tableFor(language)).map((n) => [n.value, n.qualifier]);

describe('number words and separators', () => {
  it('reads French compounds, "mille" alone, approximate amounts and space separators', () => {
    expect(numbers('fr', 'quatre-vingt-quatre')).toEqual([[84, 'exact']]);
    expect(numbers('fr', 'soixante et onze')).toEqual([[71, 'exact']]);
    expect(numbers('fr', 'mille deux cents')).toEqual([[1200, 'exact']]);
    expect(numbers('fr', 'mille corps')).toEqual([[1000, 'exact']]);
    expect(numbers('fr', 'une trentaine de personnes')).toEqual([[30, 'about']]);
    expect(numbers('fr', "plus d'une centaine de prisonniers")).toEqual([[100, 'more_than']]);
    expect(numbers('fr', 'des centaines de prisonniers')).toEqual([]);
    expect(numbers('fr', '1 200 soldats, 7\u202f000 corps, 1\u00a0000 civils')).toEqual([
      [1200, 'exact'],
      [7000, 'exact'],
      [1000, 'exact'],
    ]);
    expect(numbers('fr', 'environ 7 000 corps, jusqu’à 300 prisonniers')).toEqual([
      [7000, 'about'],
      [300, 'up_to'],
    ]);
  });

  it('reads Spanish and Portuguese number words with their joiners', () => {
    expect(numbers('es', 'ochenta y cuatro')).toEqual([[84, 'exact']]);
    expect(numbers('es', 'mil doscientos')).toEqual([[1200, 'exact']]);
    expect(numbers('es', 'mil cuerpos')).toEqual([[1000, 'exact']]);
    expect(numbers('es', 'unos 9 000 combatientes, al menos 1.000 cuerpos')).toEqual([
      [9000, 'about'],
      [1000, 'at_least'],
    ]);
    expect(numbers('es', 'una veintena de rehenes')).toEqual([[20, 'about']]);
    expect(numbers('pt', 'vinte e quatro')).toEqual([[24, 'exact']]);
    expect(numbers('pt', 'mil e duzentos')).toEqual([[1200, 'exact']]);
    expect(numbers('pt', 'cerca de uma centena')).toEqual([[100, 'about']]);
  });

  it('reads Italian numbers written as one word and thousands glued to digits', () => {
    expect(numbers('it', 'ventiquattro')).toEqual([[24, 'exact']]);
    expect(numbers('it', 'duecentocinque')).toEqual([[205, 'exact']]);
    expect(numbers('it', 'duemilatrecento')).toEqual([[2300, 'exact']]);
    expect(numbers('it', 'mille corpi')).toEqual([[1000, 'exact']]);
    expect(numbers('it', 'oltre 6mila corpi')).toEqual([[6000, 'more_than']]);
    expect(numbers('it', 'una trentina di civili')).toEqual([[30, 'about']]);
    expect(numbers('it', 'il 30 per cento dei prigionieri').length).toBe(1);
  });
});

describe('French reports', () => {
  it('reads a swap in both directions, with the mediator', () => {
    const cs = claims(
      'fr',
      "L'Ukraine a ramené 84 défenseurs ; 84 militaires russes ont été rendus à la Russie. L'échange a été réalisé grâce à la médiation des Émirats arabes unis.",
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 84', 'event ukraine→russia pow 84']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies handed over and received, with the speaker', () => {
    const cs = claims(
      'fr',
      "La Russie a remis à l'Ukraine 1 212 corps de soldats ukrainiens tombés au combat et a récupéré 27 corps de ses militaires, a annoncé Vladimir Medinsky.",
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine remains 1212', 'event ukraine→russia remains 27']);
    expect(cs[0]!.attribution).toEqual({ speaker: 'Vladimir Medinsky', party: 'russia' });
  });

  it('reads "each" and a speaker named after the verb', () => {
    const cs = claims('fr', "La Russie et l'Ukraine ont échangé 246 prisonniers de guerre chacune, a annoncé le ministère russe de la Défense.");
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 246', 'event ukraine→russia pow 246']);
    expect(cs[0]!.attribution.party).toBe('russia');
  });

  it('reads plans, one with an approximate amount held by the other side', () => {
    expect(read('fr', 'La Russie remettra 6 000 corps la semaine prochaine, a déclaré Medinsky.')).toEqual(['plan russia→ukraine remains 6000']);
    expect(read('fr', "Selon Moscou, une trentaine de civils capturés par l'Ukraine seront échangés la semaine prochaine.")).toEqual([
      'plan ukraine→russia civilians 30 about',
    ]);
  });

  it('reads a cumulative total', () => {
    expect(read('fr', "Depuis le début de l'année, au moins 8 000 corps ont été restitués à Kiev.")).toEqual([
      'cumulative russia→ukraine remains 8000 at_least',
    ]);
  });

  it('reads numbers in words, wounded prisoners, a total with its part and an explicit zero', () => {
    expect(read('fr', 'Quatre-vingt-quatre prisonniers de guerre ukrainiens sont rentrés chez eux mercredi.')).toEqual(['event russia→ukraine pow 84']);
    expect(read('fr', 'Vingt-deux prisonniers de guerre ukrainiens grièvement blessés sont rentrés en Ukraine.')).toEqual([
      'event russia→ukraine pow (wounded) 22',
    ]);
    const cs = claims('fr', "Dans le cadre de l'échange avec la Russie, 390 Ukrainiens, dont 120 civils, sont rentrés au pays.");
    expect(cs.map(brief)).toEqual(['event russia→ukraine mixed 390', 'event russia→ukraine civilians 120']);
    expect(cs[1]!.partOf).toBe(0);
    expect(read('fr', "Kiev a reçu les dépouilles de 1 000 soldats ; Moscou n'en a récupéré aucun.")).toEqual([
      'event russia→ukraine remains 1000',
      'event ukraine→russia remains 0',
    ]);
  });

  it('ignores people held, ages and casualties', () => {
    expect(read('fr', 'La Russie affirme détenir plus de 6 000 prisonniers ukrainiens.')).toEqual([]);
    expect(read('fr', 'Le soldat, âgé de 24 ans, a été libéré par la Russie.').filter((c) => c.includes(' 24'))).toEqual([]);
    expect(read('fr', "L'échange a eu lieu alors que 12 soldats ont été tués dans la région.")).toEqual([]);
  });
});

describe('Spanish reports', () => {
  it('reads a swap in both directions, with the mediator', () => {
    const cs = claims(
      'es',
      'Ucrania recuperó a 95 defensores. Otros 95 militares rusos fueron entregados a Rusia. El canje contó con la mediación de los Emiratos Árabes Unidos.',
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 95', 'event ukraine→russia pow 95']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies and the smaller number received in return', () => {
    expect(read('es', 'Rusia entregó a Ucrania los cuerpos de 1.000 soldados caídos. A cambio, Moscú recibió 31 cuerpos, informó Medinski.')).toEqual([
      'event russia→ukraine remains 1000',
      'event ukraine→russia remains 31',
    ]);
  });

  it('reads hostages and detainees in Israel and Gaza', () => {
    expect(read('es', 'Hamás liberó a cuatro rehenes israelíes y, a cambio, Israel excarceló a 200 presos palestinos.')).toEqual([
      'event hamas→israel hostages 4',
      'event israel→hamas detainees 200',
    ]);
  });

  it('reads a plan and a cumulative total', () => {
    expect(read('es', 'Rusia entregará otros 6.000 cuerpos la próxima semana, según Medinski.')).toEqual(['plan russia→ukraine remains 6000']);
    expect(read('es', 'Desde el inicio de la guerra, Ucrania ha recuperado más de 8.000 cuerpos.')).toEqual([
      'cumulative russia→ukraine remains 8000 more_than',
    ]);
  });

  it('reads numbers in words, a space separator, and hostages with their part', () => {
    expect(read('es', 'Ochenta y cuatro prisioneros de guerra ucranianos regresaron a casa.')).toEqual(['event russia→ukraine pow 84']);
    expect(read('es', 'Rusia entregó 1 000 cuerpos a Ucrania.')).toEqual(['event russia→ukraine remains 1000']);
    const cs = claims('es', 'Las FARC liberaron a diez rehenes, entre ellos cuatro militares.', '2012-04-02');
    expect(cs.map(brief)).toEqual(['event farc→colombia hostages 10', 'event farc→colombia hostages 4']);
    expect(cs[1]!.partOf).toBe(0);
  });

  it('ignores ages, years in captivity and casualties', () => {
    expect(read('es', 'El soldado, de 24 años, fue liberado.')).toEqual([]);
    expect(read('es', 'Los rehenes, que llevaban entre 12 y 14 años secuestrados, fueron liberados por las FARC.').filter((c) => /1[24]$/.test(c))).toEqual([]);
    expect(read('es', 'El canje se produjo pese a que 12 soldados murieron en la región.')).toEqual([]);
  });
});

describe('Portuguese reports', () => {
  it('reads a swap in both directions, with the mediator', () => {
    const cs = claims(
      'pt',
      'A Ucrânia trouxe de volta 84 defensores; 84 militares russos foram devolvidos à Rússia. A troca foi mediada pelos Emirados Árabes Unidos.',
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 84', 'event ukraine→russia pow 84']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies both ways, with "mil" alone', () => {
    expect(read('pt', 'A Rússia entregou mil corpos à Ucrânia e a Ucrânia devolveu 38 corpos à Rússia.')).toEqual([
      'event russia→ukraine remains 1000',
      'event ukraine→russia remains 38',
    ]);
  });

  it('reads a plan, a cumulative total with a space separator, and a number in words', () => {
    expect(read('pt', 'A Rússia entregará mais 6 000 corpos na próxima semana, disse Medinsky.')).toEqual(['plan russia→ukraine remains 6000']);
    expect(read('pt', 'Desde o início do ano, pelo menos 8 000 corpos foram devolvidos a Kiev.')).toEqual([
      'cumulative russia→ukraine remains 8000 at_least',
    ]);
    expect(read('pt', 'Vinte e quatro prisioneiros de guerra ucranianos regressaram a casa na quarta-feira.')).toEqual(['event russia→ukraine pow 24']);
  });

  it('reads civilians held by the other side as coming from it', () => {
    expect(read('pt', 'Segundo Moscovo, cerca de 30 civis detidos pela Ucrânia serão trocados na próxima semana.')).toEqual([
      'plan ukraine→russia civilians 30 about',
    ]);
  });

  it('ignores people held and ages', () => {
    expect(read('pt', 'A Rússia afirma manter mais de 6.000 prisioneiros ucranianos.')).toEqual([]);
    expect(read('pt', 'O soldado, de 24 anos, foi libertado.')).toEqual([]);
  });
});

describe('Italian reports', () => {
  it('reads a swap in both directions, with the mediator', () => {
    const cs = claims(
      'it',
      "L'Ucraina ha riportato a casa 84 difensori; 84 militari russi sono stati restituiti alla Russia. Lo scambio è stato mediato dagli Emirati Arabi Uniti.",
    );
    expect(cs.map(brief)).toEqual(['event russia→ukraine pow 84', 'event ukraine→russia pow 84']);
    expect(cs.every((c) => c.mediator === 'uae')).toBe(true);
  });

  it('reads bodies handed over and received', () => {
    expect(
      read('it', "La Russia ha consegnato all'Ucraina 1.212 salme di soldati ucraini caduti e ha ricevuto 27 corpi dei suoi militari, ha dichiarato Medinsky."),
    ).toEqual(['event russia→ukraine remains 1212', 'event ukraine→russia remains 27']);
  });

  it('reads a plan with a glued thousand, a cumulative total and a number in one word', () => {
    expect(read('it', 'Mosca consegnerà altri 6mila corpi la prossima settimana, ha detto Medinsky.')).toEqual(['plan russia→ukraine remains 6000']);
    expect(read('it', "Dall'inizio dell'anno almeno 8 000 corpi sono stati restituiti a Kiev.")).toEqual([
      'cumulative russia→ukraine remains 8000 at_least',
    ]);
    expect(read('it', 'Duecentocinque prigionieri di guerra ucraini sono tornati a casa mercoledì.')).toEqual(['event russia→ukraine pow 205']);
  });

  it('reads civilians held by the other side as coming from it', () => {
    expect(read('it', "Secondo Mosca, una trentina di civili detenuti dall'Ucraina saranno scambiati la prossima settimana.")).toEqual([
      'plan ukraine→russia civilians 30 about',
    ]);
  });

  it('ignores people held, ages and casualties', () => {
    expect(read('it', 'La Russia afferma di detenere oltre 6.000 prigionieri ucraini.')).toEqual([]);
    expect(read('it', 'Il soldato, di 24 anni, è stato liberato.')).toEqual([]);
    expect(read('it', 'Lo scambio è avvenuto mentre 12 soldati sono stati uccisi nella regione.')).toEqual([]);
  });
});
