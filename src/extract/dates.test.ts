import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import * as chrono from 'chrono-node';
import { EN_DATES, EN_DROPPED_PARSERS, findDates } from './dates.js';
import { type CompiledTable, tableFor } from './lexicon.js';
import { splitSentences } from './sentences.js';

const PUBLISHED = '2025-06-15';
const CORPUS_DIR = fileURLToPath(new URL('../../test/fixtures/corpus/', import.meta.url));
/** The same table with the trigger switched off: chrono reads every sentence. */
const untriggered = (lex: CompiledTable): CompiledTable => ({ ...lex, dateTrigger: null });

describe('findDates', () => {
  it.each([
    ['en', 'The swap took place on Friday, the ministry said.', '2025-06-13'],
    ['en', 'Another 84 soldiers came home yesterday.', '2025-06-14'],
    ['en', 'The bodies were handed over on 12 June.', '2025-06-12'],
    ['en', 'The bodies were handed over on June 12th.', '2025-06-12'],
    ['en', 'A first group crossed on 2025-06-09.', '2025-06-09'],
    ['en', 'The list was agreed two days ago.', '2025-06-13'],
    ['en', 'Officials said the exchange happened last week.', '2025-06-02'],
    ['ru', 'Обмен состоялся в пятницу.', '2025-06-13'],
    ['ru', 'Вчера домой вернулись 84 военных.', '2025-06-14'],
    ['ru', 'Тела передали 12 июня.', '2025-06-12'],
    ['uk', 'Обмін відбувся у пʼятницю.', '2025-06-13'],
    ['uk', 'Учора додому повернулися 84 військових.', '2025-06-14'],
    ['uk', 'Тіла передали 12 червня.', '2025-06-12'],
  ])('%s: %s', (lang, sentence, start) => {
    const dates = findDates(sentence, tableFor(lang), PUBLISHED);
    expect(dates[0]?.span.start).toBe(start);
  });

  it('skips chrono on a sentence with no date word or date-shaped digits', () => {
    const lex = tableFor('en');
    expect(lex.dateTrigger?.test('Russia and Ukraine exchanged 84 prisoners each, officials said.')).toBe(false);
    expect(findDates('Russia and Ukraine exchanged 84 prisoners each, officials said.', lex, PUBLISHED)).toEqual([]);
  });

  // The trigger may only save work: over every sentence of our corpus, a sentence it turns away is
  // one in which chrono finds no date either.
  it('turns away no sentence in which chrono finds a date, across the fixture corpus', () => {
    let skipped = 0;
    const missed: string[] = [];
    for (const file of readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.expected.json'))) {
      const expected = JSON.parse(readFileSync(join(CORPUS_DIR, file), 'utf8')) as { language: string; published?: string | null };
      const base = file.slice(0, -'.expected.json'.length);
      const textFile = readdirSync(CORPUS_DIR).find((f) => f === `${base}.txt` || f === `${base}.html`);
      if (!textFile) continue;
      const lex = tableFor(expected.language);
      if (!lex.dateTrigger) continue;
      const text = readFileSync(join(CORPUS_DIR, textFile), 'utf8');
      for (const s of splitSentences(text, lex)) {
        if (lex.dateTrigger.test(s.text)) continue;
        skipped++;
        const found = findDates(s.text, untriggered(lex), expected.published ?? PUBLISHED);
        if (found.length > 0) missed.push(`${file}: ${s.text}`);
      }
    }
    expect(missed).toEqual([]);
    expect(skipped).toBeGreaterThan(100);
  });
});

describe('English chrono', () => {
  it('runs without the time-of-day and span-ahead parsers, and keeps the date parsers', () => {
    const names = (EN_DATES as unknown as { parsers: object[] }).parsers.map((p) => p.constructor.name);
    for (const dropped of EN_DROPPED_PARSERS) expect(names).not.toContain(dropped);
    // A chrono release that renames its parsers would silently keep them all: the count says it did not.
    expect(names.length).toBe(chrono.en.casual.parsers.length - EN_DROPPED_PARSERS.length);
    expect(names).toEqual(expect.arrayContaining(['ENWeekdayParser', 'ENMonthNameLittleEndianParser', 'ENCasualDateParser', 'ENRelativeDateFormatParser']));
  });

  it('reads no days to come into "a second round" or "for 47 days"', () => {
    const lex = tableFor('en');
    expect(findDates('The two delegations met for a second round on June 2.', lex, PUBLISHED).map((d) => d.span.start)).toEqual(['2025-06-02']);
    expect(findDates('For 47 days he did not know whether his family had been told.', lex, PUBLISHED)).toEqual([]);
  });
});
