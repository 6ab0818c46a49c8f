import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../domain/index.js';
import { extractClaims } from './index.js';

const doc = (text: string, publishedAt: string | null = '2025-04-02', language = 'en'): CleanDocument =>
  ({ text, title: null, language, publishedAt, contentHash: 'test' }) as unknown as CleanDocument;
const brief = (text: string, publishedAt?: string | null, language?: string) =>
  extractClaims(doc(text, publishedAt, language)).map((c) => `${c.kind} ${c.category} ${c.from ?? '?'}>${c.to ?? '?'} ${c.count?.value ?? '-'}`);

describe('extractClaims', () => {
  it('does not count the day of a date ("on Friday, April 1")', () => {
    const claims = brief('Prisoner swap\n\nUkraine brought home 86 servicemen in an exchange with Russia on Friday, April 1, Kyiv said.');
    expect(claims).toEqual(['event pow russia>ukraine 86']);
    // Without a publication date the day cannot be placed in a year, but it is still no count.
    expect(brief('Repatriation\n\nEarlier, on Oct. 18, Ukraine repatriated the remains of 501 fallen defenders.', null)).toEqual(['event remains russia>ukraine 501']);
  });

  it('does not count the first of two durations ("24 or 48 hours")', () => {
    expect(brief('Truce talks\n\nMoscow offered truces of 24 or 48 hours to collect the wounded and the bodies of the fallen, the negotiator said.')).toEqual([]);
    expect(brief('Перемирие\n\nМосква предложила перемирия на 24 или 48 часов, чтобы забрать раненых и тела погибших.', '2025-04-02', 'ru')).toEqual([]);
    expect(brief('Перемир’я\n\nМосква запропонувала перемир’я на 24 або 48 годин, щоб забрати поранених і тіла загиблих.', '2025-04-02', 'uk')).toEqual([]);
    // A count of people is still read when a duration follows it.
    expect(brief('Repatriation\n\nUkraine brought home the bodies of 909 soldiers on Friday after 48 hours of talks, Kyiv said.')).toEqual(['event remains russia>ukraine 909']);
  });

  it('reads the parts of a count of bodies in the next sentence, whatever the parts call the dead', () => {
    const parts = (text: string, publishedAt?: string, language?: string) => extractClaims(doc(text, publishedAt, language)).map((c) => `${c.category} ${c.from}>${c.to} ${c.count?.value} ${c.partOf ?? '-'}`);
    expect(
      parts(
        'Repatriation\n\nThe bodies of 563 fallen soldiers were returned to Ukraine on Friday. The remains include 320 soldiers who died near Donetsk and 89 near Bakhmut, with 154 bodies taken from morgues in Russia.',
      ),
    ).toEqual(['remains russia>ukraine 563 -', 'remains russia>ukraine 320 0', 'remains russia>ukraine 89 0', 'remains russia>ukraine 154 0']);
    // The dead of another story in the same sentence are no part of the handover.
    expect(parts('Repatriation\n\nThe bodies of 50 soldiers were returned to Ukraine on Friday, and 30 were killed in shelling the same day.')).toEqual(['remains russia>ukraine 50 -']);
    // "Among the bodies handed over, 320 …": the words between "among" and the figure may name the total.
    expect(
      parts('Репатриация\n\nВ пятницу Украине передали тела 563 погибших. Среди переданных тел 320 — с донецкого направления, 89 — с бахмутского.', '2025-04-02', 'ru'),
    ).toEqual(['remains russia>ukraine 563 -', 'remains russia>ukraine 320 0', 'remains russia>ukraine 89 0']);
    expect(
      parts('Репатріація\n\nУ пʼятницю Україні передали тіла 563 загиблих. Серед переданих тіл 320 — з донецького напрямку, 89 — з бахмутського.', '2025-04-02', 'uk'),
    ).toEqual(['remains russia>ukraine 563 -', 'remains russia>ukraine 320 0', 'remains russia>ukraine 89 0']);
    // A sentence that merely follows a total, with no part word, adds nothing.
    expect(parts('Repatriation\n\nThe bodies of 563 fallen soldiers were returned to Ukraine on Friday. About 320 soldiers died near Donetsk last year.')).toEqual(['remains russia>ukraine 563 -']);
  });

  it('gives the people of a part the kind of their total ("including 20 National Guard members")', () => {
    expect(brief('Swap\n\nUkraine brought home 95 prisoners of war on Friday, including 20 National Guard members.')).toEqual(['event pow russia>ukraine 95', 'event pow russia>ukraine 20']);
  });

  it('reads the wounded alone as wounded prisoners ("повернули 25 важкопоранених")', () => {
    const wounded = (text: string, language: string) => extractClaims(doc(text, '2025-04-02', language)).map((c) => `${c.category}${c.wounded ? ' wounded' : ''} ${c.from}>${c.to} ${c.count?.value}`);
    expect(wounded('Обмін\n\nУкраїна повернула додому 25 важкопоранених.', 'uk')).toEqual(['pow wounded russia>ukraine 25']);
    expect(wounded('Обмен\n\nУкраина вернула домой 25 тяжелораненых.', 'ru')).toEqual(['pow wounded russia>ukraine 25']);
    expect(wounded('Swap\n\nUkraine brought home 25 seriously wounded on Friday.', 'en')).toEqual(['pow wounded russia>ukraine 25']);
    expect(wounded('Shelling\n\nThe shelling killed three people and left 25 wounded, officials said.', 'en')).toEqual([]);
    // With a noun after them they are that noun's kind; and the wounded of a shelling changed no hands.
    expect(wounded('Обмін\n\nУкраїна повернула додому 25 поранених цивільних.', 'uk')).toEqual(['civilians russia>ukraine 25']);
    expect(wounded('Обстріл\n\nУнаслідок обстрілу загинули троє людей, ще 25 поранених доправили до лікарні.', 'uk')).toEqual([]);
  });

  it('reads what a part counts after a copula, and wounded prisoners in every case ending', () => {
    const parts = (text: string, language = 'en') =>
      extractClaims(doc(text, '2025-04-02', language)).map((c) => `${c.category}${c.wounded ? ' wounded' : ''} ${c.from}>${c.to} ${c.count?.value} ${c.partOf ?? '-'}`);
    expect(parts('Swap\n\nRussia handed over 500 prisoners, of whom 46 were wounded.')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    expect(parts('Обмен\n\nРоссия передала Украине 500 пленных, из них 46 — тяжелораненые.', 'ru')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    expect(parts('Обмін\n\nРосія передала Україні 500 полонених, з них 46 — поранені.', 'uk')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    // "раненых в…" is no "wounded in" when the next word merely starts with "в".
    expect(parts('Обмен\n\nРоссия передала Украине 500 пленных, из них 46 раненых военнослужащих.', 'ru')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    expect(parts('Обмен\n\nРоссия передала Украине 500 пленных, из них 46 являются раненными военнослужащими.', 'ru')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    expect(parts('Обмін\n\nРосія передала Україні 500 полонених, серед них 46 поранених військовослужбовців.', 'uk')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    // The partitive may come between the figure and the copula.
    expect(parts('Swap\n\nRussia handed over 500 prisoners on Friday; 12 of them were civilians.')).toEqual(['pow russia>ukraine 500 -', 'civilians russia>ukraine 12 0']);
    expect(parts('Обмен\n\nРоссия передала Украине 500 пленных. 46 из них — тяжелораненые.', 'ru')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
    expect(parts('Обмін\n\nРосія передала Україні 500 полонених. 46 з них — поранені.', 'uk')).toEqual(['pow russia>ukraine 500 -', 'pow wounded russia>ukraine 46 0']);
  });

  it('reads children reunited with their families, in any form of "reunite"', () => {
    const kids = (text: string) => extractClaims(doc(text)).map((c) => `${c.category} ${c.count?.value}`);
    expect(kids('Reunion\n\nQatar announced the success of its mediation in reuniting 14 children with their families.')).toEqual(['children 14']);
    expect(kids('Reunion\n\nQatar mediated the reunification of 14 children with their families.')).toEqual(['children 14']);
    expect(kids('Anniversary\n\nGermany marked 35 years since reunification with 12 concerts in Berlin.')).toEqual([]);
    const kidsIn = (text: string, language: string) => extractClaims(doc(text, '2025-04-02', language)).map((c) => `${c.category} ${c.count?.value}`);
    expect(kidsIn('Воссоединение\n\nПри посредничестве Катара с семьями воссоединили 14 детей.', 'ru')).toEqual(['children 14']);
    expect(kidsIn("Возз'єднання\n\nЗа посередництва Катару з родинами возз'єднали 14 дітей.", 'uk')).toEqual(['children 14']);
  });

  it('keeps a figure whose list neighbour is described as held or killed, and a killed figure out', () => {
    expect(brief('Swap\n\nUkraine brought home 95 prisoners of war on Friday, including 20 soldiers and 3 people detained in Kherson.')).toEqual([
      'event pow russia>ukraine 95',
      'event pow russia>ukraine 20',
      'event mixed russia>ukraine 3',
    ]);
    // A sentence opening with a figure is a sentence of its own, with its own verbs.
    expect(brief('Swap\n\nUkraine brought home 95 prisoners on Friday. 300 soldiers were killed in the same week.')).toEqual(['event pow russia>ukraine 95']);
  });

  it('reads a relative clause as a clause of its own in ru and uk ("…дітей, яких вивезли до Росії")', () => {
    // "Taken to Russia" describes the children; it does not send them there.
    expect(brief('Повернення\n\nЗа посередництва Катару в Україну вдалося повернути ще трьох дітей, яких незаконно вивезли до Росії.', '2025-04-02', 'uk')).toEqual([
      'event children russia>ukraine 3',
    ]);
    expect(brief('Возвращение\n\nПри посредничестве Катара в Украину удалось вернуть еще троих детей, которых незаконно вывезли в Россию.', '2025-04-02', 'ru')).not.toContain(
      'event children ukraine>russia 3',
    );
  });

  it('reads Russian "вернет" and Ukrainian "поверне" (will return) as a plan and "удалось вернуть" (managed to return) as the dative side receiving', () => {
    expect(brief('Обмен\n\nРоссия вернет Украине 84 военнопленных на следующей неделе.', '2025-04-02', 'ru')).toEqual(['plan pow russia>ukraine 84']);
    expect(brief('Обмен\n\nРоссия вернёт Украине тела 1000 погибших.', '2025-04-02', 'ru')).toEqual(['plan remains russia>ukraine 1000']);
    expect(brief('Возвращение\n\nУкраине удалось вернуть еще троих детей.', '2025-04-02', 'ru')).toEqual(['event children russia>ukraine 3']);
    expect(brief('Обмін\n\nРосія поверне Україні 84 військовополонених наступного тижня.', '2025-04-02', 'uk')).toEqual(['plan pow russia>ukraine 84']);
  });

  it('sends the dead among hostages the hostages\' way', () => {
    const claims = extractClaims(doc('Truce\n\nIsrael and Hamas agreed to a truce. The Red Cross said it had supported the return of 195 hostages, including 35 deceased, and 3,472 Palestinian detainees since October 2023.'));
    expect(claims.map((c) => `${c.category} ${c.from}>${c.to} ${c.count?.value}`)).toEqual(['hostages hamas>israel 195', 'remains hamas>israel 35', 'detainees israel>hamas 3472']);
  });

  it('reads no count in "one of the women released"', () => {
    expect(brief('Swap\n\nUkraine brought home 95 prisoners on Friday. One of the women released said she had not expected the exchange.')).toEqual(['event pow russia>ukraine 95']);
    expect(brief('Обмен\n\nУкраина вернула 95 пленных в пятницу. Одна из освобожденных женщин рассказала, что не ждала обмена.', '2025-04-02', 'ru')).toEqual(['event pow russia>ukraine 95']);
    expect(brief('Обмін\n\nУкраїна повернула 95 полонених у пʼятницю. Одна з звільнених жінок розповіла, що не чекала обміну.', '2025-04-02', 'uk')).toEqual(['event pow russia>ukraine 95']);
    // A part written in digits is still a count.
    expect(brief('Swap\n\nUkraine brought home 95 prisoners on Friday; 12 of the women released were civilians.')).toEqual(['event pow russia>ukraine 95', 'event mixed russia>ukraine 12']);
  });

  it('reads no claim from a rate of exchange ("15 bodies for every hostage")', () => {
    expect(brief('Truce terms\n\nUnder the truce Israel was to hand over the bodies of 15 Palestinians for every deceased hostage returned, mediators said.')).toEqual([]);
    expect(brief('Условия\n\nПо условиям сделки Израиль передает тела 15 палестинцев за каждого погибшего заложника.', '2025-04-02', 'ru')).toEqual([]);
    expect(brief('Умови\n\nЗа умовами угоди Ізраїль передає тіла 15 палестинців за кожного загиблого заручника.', '2025-04-02', 'uk')).toEqual([]);
    // The handover itself is still read, and "for each side" is a count per side, not a rate.
    expect(brief('Handover\n\nIsrael handed over the bodies of 15 Palestinians on Thursday, the Red Cross said.')).toEqual(['event remains israel>hamas 15']);
    expect(brief('Swap\n\nRussia and Ukraine swapped 95 prisoners of war for each side on Friday.').sort()).toEqual(['event pow russia>ukraine 95', 'event pow ukraine>russia 95']);
  });

  it('keeps one direction when "each" repeats a figure per occasion rather than per side', () => {
    expect(brief('Репатріація\n\nЦього року було дві репатріації. В обох випадках Україна повернула по 757 тіл загиблих.', '2025-04-02', 'uk')).toEqual(['event remains russia>ukraine 757']);
    expect(brief('Repatriation\n\nThere were two repatriations in the spring. In both cases Ukraine brought home 757 bodies each.')).toEqual(['event remains russia>ukraine 757']);
    // Per side, "each" still gives both directions.
    expect(brief('Swap\n\nRussia and Ukraine exchanged 95 prisoners of war each on Friday.').sort()).toEqual(['event pow russia>ukraine 95', 'event pow ukraine>russia 95']);
  });

  it('reads "a total of" as the sum of one handover when the sentence pins it to one, and as a running total otherwise', () => {
    const kinds = (text: string) => extractClaims(doc(text)).map((c) => c.kind);
    expect(kinds('Swap\n\nA total of 218 detainees were freed by Russia recently, Kyiv said.')).toEqual(['event']);
    expect(kinds('Swap\n\nA total of 190 prisoners were returned by Russia to Ukraine in the exchange, officials said.')).toEqual(['event']);
    expect(kinds('Swap\n\nA total of 4,552 prisoners have been returned by Russia to Ukraine, officials said.')).toEqual(['cumulative']);
    expect(kinds('Swap\n\nSo far a total of 4,552 prisoners were returned by Russia to Ukraine on Fridays, officials said.')).toEqual(['cumulative']);
  });

  it('reads every figure of a sentence that states running totals as a running total, never as a dated handover', () => {
    const kinds = (text: string, pub: string | null = '2026-01-30') =>
      extractClaims(doc(text, pub)).map((c) => `${c.kind} ${c.from}>${c.to} ${c.count?.value ?? '-'}`);
    const text =
      'Repatriation\n\nOn Thursday Moscow handed over the bodies of 1,000 soldiers and received 38 in return, the aide said. In November 2025, Russia handed over more than 9,000 bodies of Ukrainian soldiers, while Ukraine handed over 180 bodies of Russian soldiers, the minister said.';
    expect(kinds(text)).toEqual([
      'event russia>ukraine 1000',
      'event ukraine>russia 38',
      'cumulative russia>ukraine 9000',
      'cumulative ukraine>russia 180',
    ]);
    // Without a publication date the same holds.
    expect(kinds(text, null).slice(2)).toEqual(['cumulative russia>ukraine 9000', 'cumulative ukraine>russia 180']);
  });

  it('keeps where a running total starts ("since June") apart from its as-of date', () => {
    const [c] = extractClaims(doc('Repatriation\n\nSince June 2025, at least 8,000 bodies have been returned to Kyiv, officials said.', '2025-08-20'));
    expect(c?.kind).toBe('cumulative');
    expect(c?.date?.start).toBe('2025-08-20');
    expect(c?.flags).toContain('since:2025-06');
  });

  it('marks a claim dated only by its publication, so the ledger reads the date as "on or before"', () => {
    const [undated] = extractClaims(doc('Repatriation\n\nRussia handed over the bodies of 1,000 soldiers to Ukraine, Medinsky said.', '2026-01-30'));
    expect(undated?.date?.start).toBe('2026-01-30');
    expect(undated?.flags).toContain('date-from-publication');
    const [dated] = extractClaims(doc('Repatriation\n\nRussia handed over the bodies of 1,000 soldiers to Ukraine on 29 January 2026, Medinsky said.', '2026-01-30'));
    expect(dated?.flags ?? []).not.toContain('date-from-publication');
  });

  it('gives a figure with no side of its own the direction of the same kind of figure before it in the sentence', () => {
    expect(brief('Repatriation\n\nRussia said it had so far returned about 7,000 bodies to Ukraine and had offered to hand over 3,000 more.')).toEqual([
      'cumulative remains russia>ukraine 7000',
      'plan remains russia>ukraine 3000',
    ]);
    // "In return" after the figure still reverses it, whether the subject is elided or far away.
    expect(brief('Swap\n\nRussia handed over 1,000 bodies to Ukraine and received 24 bodies in return.')).toEqual(['event remains russia>ukraine 1000', 'event remains ukraine>russia 24']);
    expect(brief('Swap\n\nUkraine received the bodies of 909 soldiers from Russia on Thursday and handed over 41 bodies in exchange, officials said.')).toEqual([
      'event remains russia>ukraine 909',
      'event remains ukraine>russia 41',
    ]);
    // A plan word right after a figure is its own.
    expect(brief('Swap\n\nThe Kremlin said 175 prisoners of war would be exchanged for 175 tomorrow.').every((c) => c.startsWith('plan'))).toBe(true);
  });

  it('reads people in a hostage deal as hostages when the group that took them hands them over, and as detainees when it receives them', () => {
    expect(brief('Truce\n\nHamas released 13 Israelis on Friday, Qatar said. Israel freed 39 Palestinians from its prisons in return.', '2023-11-25')).toEqual([
      'event hostages hamas>israel 13',
      'event detainees israel>hamas 39',
    ]);
    // The dead stay remains.
    expect(brief('Truce\n\nThe Red Cross facilitated the return of the bodies of 15 Palestinians from Israel to Hamas in Gaza.', '2025-10-20')).toEqual(['event remains israel>hamas 15']);
  });

  it('reads an exchange that "provides for" a transfer as a plan', () => {
    const kinds = (text: string, lang: string) => extractClaims(doc(text, '2025-04-02', lang)).map((c) => c.kind);
    expect(kinds('Обмен\n\nОбмен между Россией и Украиной предусматривает передачу 300 пленных.', 'ru')).toEqual(['plan']);
    expect(kinds('Обмін\n\nОбмін між Росією та Україною передбачає передачу 300 полонених.', 'uk')).toEqual(['plan']);
    expect(kinds('Swap deal\n\nThe deal between Russia and Ukraine provides for the exchange of 300 prisoners of war.', 'en')).toEqual(['plan']);
  });

  it('reads a figure after a plain "and" as the next item of a list, going the same way', () => {
    const claims = brief('Prisoner swap\n\nMoscow said Kyiv was releasing 40 civilian sailors and 24 soldiers to Russia in the exchange.');
    expect(claims).toEqual(['event civilians ukraine>russia 40', 'event pow ukraine>russia 24']);
  });

  it('reads "Ukraine returned N servicemen" in Kyiv\'s words as bringing them home, and "Russia returned the bodies" as handing them over', () => {
    expect(brief('Swap\n\nUkraine returned 64 servicemen in a prisoner exchange with Russia, Zelensky said.')).toEqual(['event pow russia>ukraine 64']);
    expect(brief('Repatriation\n\nRussia returned the bodies of 500 fallen soldiers to Ukraine, Kyiv said.')).toEqual(['event remains russia>ukraine 500']);
  });

  it('merges a headline that names no side into the body claim with the same figure', () => {
    const claims = brief('64 soldiers are back after swap\n\nRussia handed over 64 Ukrainian soldiers in an exchange on Tuesday, Kyiv said.');
    expect(claims).toEqual(['event pow russia>ukraine 64']);
  });

  it('reads "в каждом" as one figure for each side, and prisoners in a Russian-Ukrainian swap as prisoners of war', () => {
    const claims = brief('Обмен пленными\n\nВ феврале Россия и Украина провели обмен, в ходе которого стороны передали по 100 заключенных в каждом направлении.', '2025-04-02', 'ru');
    expect(claims.sort()).toEqual(['event pow russia>ukraine 100', 'event pow ukraine>russia 100']);
    expect(brief('Обмен пленными\n\nРоссия и Украина обменялись 100 заключенными в каждом.', '2025-04-02', 'ru').sort()).toEqual(['event pow russia>ukraine 100', 'event pow ukraine>russia 100']);
  });

  it('gives claims in a one-voice report to the only side that speaks near the exchange', () => {
    const claims = extractClaims(
      doc('Bodies returned\n\nThe Coordination Headquarters for the Treatment of Prisoners of War reported the repatriation on Friday.\n\nThe bodies of 502 fallen defenders have been returned to Ukraine. Another 17 bodies were repatriated from Russian morgues.'),
    );
    expect(claims.map((c) => `${c.count?.value} ${c.attribution.party}`)).toEqual(['502 ukraine', '17 ukraine']);
  });

  it('reads "released by Moscow" as Moscow handing over, and lets the body name the category a headline said loosely', () => {
    expect(brief('Swap\n\nAmong the 12 civilians released by Moscow on Monday were two priests, Kyiv said.')).toEqual(['event civilians russia>ukraine 12', 'event civilians russia>ukraine 2']);
    const claims = brief('Russia releases 10 Ukrainian prisoners\n\nTen Ukrainian civilians held captive in Russia were released on Monday in a deal brokered by the Vatican.');
    expect(claims).toEqual(['event civilians russia>ukraine 10']);
  });

  it('does not take a party after a preposition for the speaker, but keeps "officials in Kyiv said"', () => {
    const [object] = extractClaims(doc('Swap\n\nAbout 390 Azerbaijani servicemen came home on Tuesday in an exchange with Armenia, a presidential adviser said.'));
    expect(object?.attribution.party).not.toBe('armenia');
    const [kyiv] = extractClaims(doc('Repatriation\n\nRussia returned the bodies of 500 fallen defenders, officials in Kyiv said.'));
    expect(kyiv?.attribution.party).toBe('ukraine');
  });

  it('reads prisoners as prisoners of war when a detainee conflict is only named in passing', () => {
    const claims = brief('The Daily Post - Israel News\n\nRussia and Ukraine said on Saturday they had exchanged 140 prisoners.');
    expect(claims).toEqual(['event pow ?>? 140']);
  });

  it('counts "27 out of 28 hostages" as 27, going the hostages\' way even as a part of a detainee figure', () => {
    const text = [
      'Truce exchange completed',
      'The operation began with the release of 20 living hostages by Hamas and 1,808 detainees by Israel, the ICRC said.',
      'Later the ICRC facilitated the return of the deceased, including 27 out of 28 hostages.',
    ].join('\n\n');
    const claims = brief(text);
    expect(claims).toContain('event hostages hamas>israel 27');
    expect(claims.some((c) => c.endsWith(' 28'))).toBe(false);
  });

  it('keeps the handover that brings a running total apart from the total, in several languages', () => {
    const both = (text: string, language = 'en') => extractClaims(doc(text, '2025-04-02', language)).map((c) => `${c.kind} ${c.category} ${c.from}>${c.to} ${c.count?.value}`);
    expect(both('Repatriation\n\nRussia returned 500 bodies on Friday, bringing the total to 6,000 this year.')).toEqual([
      'event remains russia>ukraine 500',
      'cumulative remains russia>ukraine 6000',
    ]);
    expect(both('Репатриация\n\nРоссия передала Украине 500 тел, таким образом общее число достигло 6000.', 'ru')).toEqual([
      'event remains russia>ukraine 500',
      'cumulative remains russia>ukraine 6000',
    ]);
    expect(both('Gefangenenaustausch\n\nRussland übergab der Ukraine 100 Gefangene, damit steigt die Gesamtzahl auf 3000.', 'de')).toEqual([
      'event pow russia>ukraine 100',
      'cumulative pow russia>ukraine 3000',
    ]);
  });

  it('reads the figures after a colon as the parts of the total before it', () => {
    const claims = extractClaims(doc('Prisoner swap\n\nRussia and Ukraine swapped prisoners. The exchange involved 410 people: 300 servicemen and 110 civilians.'));
    expect(claims.map((c) => `${c.category} ${c.count?.value} ${c.partOf ?? '-'}`)).toEqual(['mixed 410 -', 'pow 300 0', 'civilians 110 0']);
  });

  it('dates a background handover by the year the sentence gives before it, never by a year after the figure', () => {
    const dated = (text: string) => extractClaims(doc(text, '2024-05-01')).map((c) => `${c.count?.value} ${c.date?.start ?? '-'} ${c.date?.precision ?? '-'}`);
    expect(dated('Prisoner swap\n\nIn 2008, Israel handed over 199 bodies to Hezbollah in exchange for two soldiers.')).toEqual(['199 2008-01-01 year', '2 2008-01-01 year']);
    expect(dated('Repatriation\n\nOn Friday Ukraine received the bodies of 50 soldiers killed in 2014.')).toEqual(['50 2024-04-26 day']);
  });

  it('gives a return before a figure to the one side the sentence names, even under a word of exchange, with a flag', () => {
    const claims = extractClaims(doc('Gefangenenaustausch\n\nDie Ukraine bestätigte später den Austausch und die Rückkehr von 116 Gefangenen.', '2023-02-04', 'de'));
    expect(claims.map((c) => `${c.from}>${c.to} ${c.count?.value} ${c.flags.includes('direction-from-document')}`)).toEqual(['russia>ukraine 116 true']);
    const ru = extractClaims(doc('Обмен пленными\n\nУкраинская сторона сообщила о возвращении в результате обмена 42 военнопленных и двух гражданских.', '2023-04-26', 'ru'));
    expect(ru.map((c) => `${c.category} ${c.from}>${c.to} ${c.count?.value}`)).toEqual(['pow russia>ukraine 42', 'civilians russia>ukraine 2']);
  });

  it('does not count an ordinal written with a full stop ("the 56. exchange")', () => {
    const claims = extractClaims(doc('Wymiana jeńców\n\nUkraina i Rosja przeprowadziły w piątek 56. wymianę jeńców. Strona ukraińska przekazała 49 jeńców.', '2024-09-13', 'pl'));
    expect(claims.some((c) => c.count?.value === 56)).toBe(false);
  });

  it('proposes claims in a language with no table at low confidence, with the tables of related languages or by the parties it names', () => {
    const mk = extractClaims(doc('Размена на затвореници\n\nРусија предаде 150 украински војници, а Украина ослободи 150 руски војници.', '2025-06-02', 'mk'));
    expect(mk.map((c) => `${c.from}>${c.to} ${c.count?.value}`)).toEqual(['russia>ukraine 150', 'ukraine>russia 150']);
    expect(mk.every((c) => c.confidence <= 0.3 && c.flags.includes('language-without-table'))).toBe(true);
    const jv = extractClaims(doc('Ijol-ijolan tawanan\n\nRusia nyerahake 150 prajurit Ukraina ing dina Jumuah.', '2025-06-02', 'jv'));
    expect(jv.map((c) => `${c.from}>${c.to} ${c.count?.value} ${c.confidence}`)).toEqual(['russia>ukraine 150 0.2']);
    expect(jv[0]!.flags).toContain('figure-near-party');
    // Indonesian has a table of its own now: the same kind of sentence is read with it, at full confidence.
    const id = extractClaims(doc('Pertukaran tahanan\n\nRusia menyerahkan 150 tentara Ukraina pada hari Jumat.', '2025-06-02', 'id'));
    expect(id.map((c) => `${c.from}>${c.to} ${c.count?.value} ${c.confidence}`)).toEqual(['russia>ukraine 150 0.8']);
    expect(id[0]!.flags).not.toContain('language-without-table');
    // A script no table reads yields nothing.
    expect(extractClaims(doc('รัสเซียและยูเครนแลกเปลี่ยนเชลยศึก 150 คน', '2025-06-02', 'th'))).toEqual([]);
  });

  it('reads "the same number" as a handover of as many, by its own subject or the way back', () => {
    const read = (text: string, language = 'en') => extractClaims(doc(text, '2024-01-31', language)).map((c) => `${c.from}>${c.to} ${c.count?.value}${c.flags.includes('same-number') ? ' same' : ''}`);
    expect(read('Prisoner swap\n\nKyiv released 195 people. At the same time, Moscow released a similar number of Ukrainian fighters.')).toEqual(['ukraine>russia 195', 'russia>ukraine 195 same']);
    expect(read('Prisoner swap\n\nRussia handed over 90 Ukrainian prisoners of war and received the same number of its own soldiers.')).toEqual(['russia>ukraine 90', 'ukraine>russia 90 same']);
    expect(read('Wymiana jeńców\n\nStrona ukraińska przekazała stronie przeciwnej 49 osób. Rosjanie przekazali taką samą liczbę jeńców ukraińskich.', 'pl')).toEqual(['ukraine>russia 49', 'russia>ukraine 49 same']);
  });

  it('reads an official as the side he acts for, and a party named before a noun as whose people they are', () => {
    expect(brief('Prisoners\n\nBelarusian President Alexander Lukashenko on Saturday released 123 prisoners, officials said.')).toEqual(['event pow belarus>? 123']);
    expect(brief('Sudan\n\nIn June, ICRC teams transported 125 SAF soldiers released by the RSF from Khartoum to Wad Madani.')).toEqual(['event pow rsf>saf 125']);
  });

  it('reads a swap formula in a sentence of its own, with words or digits, as both sides\' handovers', () => {
    const read = (text: string) => extractClaims(doc(text, '2026-03-05', 'ru')).map((c) => `${c.from}>${c.to} ${c.count?.value}`);
    expect(read('Обмен пленными между Россией и Украиной. Он состоялся по формуле «двести на двести» при посредничестве ОАЭ.')).toEqual(['russia>ukraine 200', 'ukraine>russia 200']);
    expect(read('Обмен пленными между Россией и Украиной. Он состоялся по формуле 200 на 200 при посредничестве ОАЭ.')).toEqual(['russia>ukraine 200', 'ukraine>russia 200']);
  });
  it('dates the figures after a sentence that says when the exchange took place, but not by a plan or an earlier swap', () => {
    const read = (text: string) => extractClaims(doc(text, '2022-09-24', 'en')).map((c) => `${c.count?.value} ${c.date?.start}${c.flags.includes('date-from-context') ? ' context' : ''}`);
    expect(read('Swap\n\nOn the night of September 22, Ukraine exchanged prisoners with Russia. Ukraine returned 40 people.')).toEqual(['40 2022-09-22 context']);
    expect(read('Swap\n\nThe next exchange will take place on September 30. Ukraine returned 40 prisoners.')).toEqual(['40 2022-09-24 context']);
    expect(read('Swap\n\nThe previous swap took place on August 12. Ukraine returned 40 prisoners.')).toEqual(['40 2022-09-24 context']);
  });
  it('reads weekdays, yesterday and day-month dates from the tables of languages chrono cannot read', () => {
    const read = (text: string, language: string) => extractClaims(doc(text, '2025-10-14', language)).map((c) => `${c.count?.value} ${c.date?.start}`);
    expect(read("Esir takası dün gerçekleştirildi. Hamas, 20 rehineyi Kızılhaç üzerinden İsrail'e teslim etti.", 'tr')).toEqual(['20 2025-10-13']);
    expect(read('Dne 5. března se Ukrajině vrátilo 200 vojáků ze zajetí.', 'cs')).toEqual(['200 2025-03-05']);
    expect(read('22 września Ukraina odzyskała z niewoli 215 osób.', 'pl')).toEqual(['215 2025-09-22']);
    expect(read('أفرجت إسرائيل يوم الخميس عن 110 أسرى فلسطينيين في إطار صفقة التبادل.', 'ar')).toEqual(['110 2025-10-09']);
    expect(read('Հունիսի 12-ին Ադրբեջանը Հայաստանին հանձնեց 15 գերի։', 'hy')).toEqual(['15 2025-06-12']);
  });
  it('gives a breakdown naming no side the one direction of a one-sided report, but not a single figure of both sides', () => {
    const read = (text: string) => extractClaims(doc(text, '2025-10-14', 'en')).map((c) => `${c.from}>${c.to} ${c.count?.value}${c.flags.includes('direction-from-document') ? ' doc' : ''}`);
    expect(read('Prisoner swap\n\nRussia returned 90 Ukrainian prisoners of war on Friday.\n\n"Five officers and 17 servicemen were exchanged," the ombudsman said.')).toEqual(['russia>ukraine 90', 'russia>ukraine 5 doc', 'russia>ukraine 17 doc']);
    expect(read('Prisoner swap\n\nRussia returned 90 Ukrainian prisoners of war on Friday. In total, 180 people were exchanged.')).toEqual(['russia>ukraine 90', 'null>null 180']);
  });
  it('reads "we" before a verb as the side of a speaker named after the quotation', () => {
    const read = (text: string, language = 'en') => extractClaims(doc(text, '2025-10-14', language)).map((c) => `${c.from}>${c.to} ${c.count?.value} ${c.attribution.party}`);
    expect(read('Swap with Israel\n\n"We received the remains of eight fighters," said a Hezbollah official.')).toEqual(['israel>hezbollah 8 hezbollah']);
    expect(read('Swap with Israel\n\n"We have received the remains of eight fighters," a Hezbollah official said.')).toEqual(['israel>hezbollah 8 hezbollah']);
    expect(read('Échange avec Israël\n\n« Nous avons reçu les restes de huit combattants », a déclaré un responsable du Hezbollah.', 'fr')).toEqual(['israel>hezbollah 8 hezbollah']);
  });
  it('keeps a demonym after a comma for the next item where nouns stand before their figure (Korean)', () => {
    const read = (text: string) => extractClaims(doc(text, '2025-10-14', 'ko')).map((c) => `${c.from}>${c.to} ${c.count?.value}`);
    expect(read('포로 교환\n\n풀려난 우크라이나군 포로는 3000여 명, 러시아군 포로는 약 1200명 규모로 확인된다.')).toEqual(['russia>ukraine 3000', 'ukraine>russia 1200']);
  });
  it('reads German agent participles, long separable verbs, "unserer Leute" and German spellings of officials', () => {
    const read = (text: string) => extractClaims(doc(text, '2025-10-14', 'de')).map((c) => `${c.from}>${c.to} ${c.count?.value} ${c.attribution.party}`);
    expect(read('Verschleppte Kinder\n\nKatar hat die Rückkehr von sechs weiteren von Russland verschleppten ukrainischen Kindern zu ihren Angehörigen bekannt gegeben.')).toEqual(['russia>ukraine 6 null']);
    expect(read('Verschleppte Kinder\n\nSo kehrten im Oktober vier ukrainische Kinder mithilfe Katars zurück.')).toEqual(['russia>ukraine 4 null']);
    expect(read('Gefangenenaustausch zwischen Russland und der Ukraine\n\n207 unserer Leute sind nach Hause zurückgekehrt, schrieb Selenskyj.')).toEqual(['russia>ukraine 207 ukraine']);
  });
  it('reads Turkish distributive numerals as that many from each side', () => {
    const read = (text: string) => extractClaims(doc(text, '2025-10-14', 'tr')).map((c) => `${c.from}>${c.to} ${c.count?.value}${c.flags.includes('each') ? ' each' : ''}`);
    expect(read("Esir takası\n\nRusya ve Ukrayna 84'er esiri takas etti.")).toEqual(['russia>ukraine 84 each', 'ukraine>russia 84 each']);
    expect(read('Esir takası\n\nRusya ve Ukrayna dokuzar esiri takas etti.')).toEqual(['russia>ukraine 9 each', 'ukraine>russia 9 each']);
    expect(read('Esir takası\n\nRusya ve Ukrayna yüz yirmişer savaş esirini takas etti.')).toEqual(['russia>ukraine 120 each', 'ukraine>russia 120 each']);
  });
});

