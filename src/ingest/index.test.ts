import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { CleanDocument } from '../domain/index.js';
import { ERROR_CATALOGUE } from '../domain/index.js';
import { ingestBytes, type IngestOptions } from './index.js';
import { SAMPLE_ARTICLE, samplePage } from './testing/sample-page.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_b54a635f2c562f24.txt', import.meta.url));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function ingestOk(bytes: Uint8Array, opts: IngestOptions = {}): CleanDocument {
  const result = ingestBytes(bytes, opts);
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const RU_PARAGRAPHS = [
  'Россия и Украина провели очередной обмен телами погибших военнослужащих, сообщили в пятницу представители обеих сторон.',
  'По данным штаба, украинской стороне передали тела тысячи военных, российской стороне вернули тела тридцати восьми.',
  'Процедура прошла на границе и заняла несколько часов, добавили в ведомстве, не уточнив дату следующей передачи.',
];
const UK_PARAGRAPHS = [
  'Україна та Росія провели черговий обмін тілами загиблих військових, повідомили в пʼятницю представники обох сторін.',
  'За даними штабу, українській стороні передали тіла тисячі військових, російській стороні повернули тіла тридцяти восьми.',
  'Процедура відбулася на кордоні й тривала кілька годин, додали у відомстві, не уточнивши дату наступної передачі.',
];

const cyrillicPage = (charset: string, title: string, paragraphs: string[]): string =>
  `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${title} | Новости</title></head><body><nav><a href="/">Главная</a></nav><article>${paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}<p>Реклама</p></article><footer>© 2025 Все права защищены</footer></body></html>`;

describe('ingestBytes: errors are values', () => {
  it('reports an empty file', () => {
    expect(ingestBytes(new Uint8Array())).toEqual({ ok: false, error: { code: 'INGEST_EMPTY', message: 'the file is empty' } });
    expect(ingestBytes(utf8(' \n\t\r\n'))).toMatchObject({ ok: false, error: { code: 'INGEST_EMPTY' } });
    expect(ingestBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toMatchObject({ ok: false, error: { code: 'INGEST_EMPTY' } });
  });

  it('reports text without letters', () => {
    expect(ingestBytes(utf8('12 345 — 678\n!!! 🙂'))).toEqual({
      ok: false,
      error: { code: 'INGEST_NO_TEXT', message: ERROR_CATALOGUE.INGEST_NO_TEXT },
    });
    expect(ingestBytes(utf8('<html><body><script>var a = "text";</script></body></html>'))).toMatchObject({
      ok: false,
      error: { code: 'INGEST_NO_TEXT' },
    });
  });

  it('reports JSON that is not a channel export, and reads "{" text as text', () => {
    expect(ingestBytes(utf8('{"items": [{"title": "x"}]}'))).toMatchObject({ ok: false, error: { code: 'INGEST_UNSUPPORTED_JSON' } });
    expect(ingestOk(utf8('{Update} The exchange is over.'))).toMatchObject({ format: 'text', text: '{Update} The exchange is over.' });
  });
});

describe('ingestBytes: plain text', () => {
  it.skipIf(!existsSync(SEED))('cleans the seed: the lead once, no chrome, English, no date', () => {
    const bytes = readFileSync(SEED);
    const doc = ingestOk(bytes, { path: SEED });
    const lead = bytes.toString('utf8').split('\n')[0]!.trim();
    expect(doc.text.split(lead)).toHaveLength(2);
    for (const chrome of ['Read all here', 'Gallery', 'Advertisement', 'Share this article', 'Article Author', 'NSANZIMANA']) {
      expect(doc.text).not.toContain(chrome);
    }
    expect(doc).toMatchObject({ format: 'text', language: 'en', publishedAt: null, title: null });
    expect(doc.contentHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('cleans an invented text in the seed shape', () => {
    const lead = 'The two sides completed another handover of remains on Tuesday, officials from both capitals said in separate statements';
    const raw = [lead, 'Read all here ππ', '', 'Gallery', '', 'Advertisement', lead, '', SAMPLE_ARTICLE[1], 'Share this article', '', 'ROE Jane', 'Article Author', 'Advertisement', '', ''].join('\n');
    const doc = ingestOk(utf8(raw));
    expect(doc.text).toBe(`${lead}\n\n${SAMPLE_ARTICLE[1]}`);
    expect(doc.language).toBe('en');
  });

  it('takes the publication date from a dateline and the title from a headline line', () => {
    const doc = ingestOk(utf8('372 return home\nKyiv, 12 June 2025 — The sides exchanged prisoners on Thursday.\nThe next round was set for 20 June 2025.'));
    expect(doc).toMatchObject({ title: '372 return home', publishedAt: '2025-06-12', format: 'text' });
  });

  it('reads undeclared windows-1251 text', () => {
    const doc = ingestOk(new Uint8Array(iconv.encode(RU_PARAGRAPHS.join('\r\n'), 'windows-1251')), { path: 'report.txt' });
    expect(doc.text).toBe(RU_PARAGRAPHS.join('\n\n'));
    expect(doc.language).toBe('ru');
  });
});

describe('ingestBytes: HTML', () => {
  it('reads a generated page: article only, title, date, language', () => {
    const doc = ingestOk(utf8(samplePage({ targetBytes: 150_000 })), { path: 'page.html' });
    expect(doc).toMatchObject({
      text: SAMPLE_ARTICLE.join('\n\n'),
      title: 'Sides complete handover of remains at northern crossing',
      publishedAt: '2025-06-12',
      language: 'en',
      format: 'html',
    });
  });

  it('reads windows-1251 HTML declared in <meta>', () => {
    const doc = ingestOk(new Uint8Array(iconv.encode(cyrillicPage('windows-1251', 'Обмен телами на границе', RU_PARAGRAPHS), 'windows-1251')));
    expect(doc).toMatchObject({ text: RU_PARAGRAPHS.join('\n\n'), title: 'Обмен телами на границе', language: 'ru', format: 'html' });
  });

  it('reads koi8-r HTML declared in <meta>', () => {
    const doc = ingestOk(new Uint8Array(iconv.encode(cyrillicPage('koi8-r', 'Обмен телами на границе', RU_PARAGRAPHS), 'koi8-r')));
    expect(doc).toMatchObject({ text: RU_PARAGRAPHS.join('\n\n'), title: 'Обмен телами на границе', language: 'ru' });
  });

  it('reads UTF-16LE HTML with a BOM', () => {
    const html = cyrillicPage('utf-16', 'Обмін тілами на кордоні', UK_PARAGRAPHS);
    const doc = ingestOk(new Uint8Array([0xff, 0xfe, ...iconv.encode(html, 'utf-16le')]));
    expect(doc).toMatchObject({ text: UK_PARAGRAPHS.join('\n\n'), title: 'Обмін тілами на кордоні', language: 'uk', format: 'html' });
  });

  it('uses the content type charset passed by the caller', () => {
    const paragraphs = UK_PARAGRAPHS.map((p) => p.replace('ʼ', "'")); // KOI8-U has no U+02BC
    const html = `<html><body><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const doc = ingestOk(new Uint8Array(iconv.encode(html, 'koi8-u')), { contentType: 'text/html; charset=koi8-u' });
    expect(doc.text).toBe(paragraphs.join('\n\n'));
  });

  it('uses the declared language for a short text the letters cannot settle', () => {
    const doc = ingestOk(utf8('<html lang="uk"><body><p>Це сталося вчора</p></body></html>'));
    expect(doc.language).toBe('uk');
  });
});

describe('ingestBytes: feeds and channel exports', () => {
  it('reads an RSS feed', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Invented Wire</title><item><title>Handover completed</title><description>Officials confirmed the transfer of remains.</description><pubDate>Thu, 12 Jun 2025 10:00:00 GMT</pubDate></item><item><title>Talks resume</title><description>Delegations met again.</description></item></channel></rss>`;
    expect(ingestOk(utf8(rss))).toMatchObject({
      format: 'feed',
      title: 'Invented Wire',
      publishedAt: '2025-06-12',
      language: 'en',
      text: 'Handover completed\n\nOfficials confirmed the transfer of remains.\n\nTalks resume\n\nDelegations met again.',
    });
  });

  it('reads a windows-1251 feed declared in the XML prolog', () => {
    const rss = `<?xml version="1.0" encoding="windows-1251"?><rss><channel><title>Лента</title><item><title>${RU_PARAGRAPHS[0]}</title><pubDate>Fri, 18 Oct 2024 12:00:00 +0300</pubDate></item></channel></rss>`;
    expect(ingestOk(new Uint8Array(iconv.encode(rss, 'windows-1251')))).toMatchObject({
      format: 'feed',
      title: 'Лента',
      text: RU_PARAGRAPHS[0],
      language: 'ru',
      publishedAt: '2024-10-18',
    });
  });

  it('reads a channel export', () => {
    const json = JSON.stringify({
      name: 'Invented HQ',
      messages: [
        { type: 'message', date: '2025-06-12T14:30:00', text: ['Сьогодні ', { type: 'bold', text: '84 захисники' }, ' повернулися додому.'] },
        { type: 'message', date: '2025-06-13T10:00:00', text: 'Обмін відбувся за посередництва ОАЕ.' },
      ],
    });
    expect(ingestOk(utf8(json), { path: 'result.json' })).toMatchObject({
      format: 'channel',
      title: 'Invented HQ',
      publishedAt: '2025-06-12',
      language: 'uk',
      text: 'Сьогодні 84 захисники повернулися додому.\n\nОбмін відбувся за посередництва ОАЕ.',
    });
  });
});

describe('ingestBytes: hostile markup', () => {
  const KB200 = 200 * 1024;
  const fill = (unit: string): string => unit.repeat(Math.ceil(KB200 / unit.length)).slice(0, KB200);
  // Each shape once made linkedom or Readability take seconds (deep nesting, floods, thousands of elements).
  it.each([
    ['unclosed inline tags', `<html><body><p>${fill('Kyiv received 1,000 bodies <b>')}`],
    ['tags only', fill('<i>')],
    ['stray "<"', fill('<')],
    ['thousands of blocks', `<html><body>${fill('<div><p>Kyiv received 1,000 bodies.</p><span>x</span></div>')}`],
    ['deep but closed', `<html><body>${fill(`${'<div>'.repeat(50)}Kyiv received 1,000 bodies.${'</div>'.repeat(50)}`)}`],
  ])('reads 200 KB of %s in linear time', (_name, html) => {
    ingestBytes(utf8('warm-up'));
    const start = performance.now();
    const result = ingestBytes(utf8(html), { path: 'big.html' });
    // Generous for crowded machines; the quadratic paths took 5–15 s.
    expect(performance.now() - start).toBeLessThan(3000);
    if (html.includes('Kyiv')) expect(result.ok && result.value.text).toMatch(/Kyiv received 1,000 bodies/);
  });
});

describe('ingestBytes: any input', () => {
  const TAGS = ['<p>', '</p>', '<div class="share">', '</div>', '<br>', '<script>', '</script>', '<!--', '-->', '<nav>', '<a href="x">', '<meta charset="koi8-r">', '<html lang="ru">', '<?xml ?>', '<rss>', '{"messages":', '"', "'", '>', '<'];
  const WORDS = ['Advertisement', 'Обмін', 'обмен', 'exchange', '1000', '12.06.2025', 'Kyiv,', '—', '\u00a0', '\u200b', '\n', ' ', 'ππ', '©'];
  const markupish = fc.array(fc.oneof(fc.constantFrom(...TAGS, ...WORDS), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => utf8(parts.join('')));

  it('never throws, and every document it returns is well formed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 400 }), markupish), fc.constantFrom(undefined, 'x.html', 'x.json', 'x.txt'), (bytes, path) => {
        const result = ingestBytes(bytes, path === undefined ? {} : { path });
        if (!result.ok) {
          expect(result.error.code).toMatch(/^INGEST_/);
          return;
        }
        const { text, language, contentHash } = result.value;
        expect(text).toMatch(/\p{L}/u);
        expect(text).not.toMatch(/\n{3}|^\s|\s$| {2}/);
        const paragraphs = text.split('\n\n');
        expect(new Set(paragraphs).size).toBe(paragraphs.length);
        for (const p of paragraphs) expect(p).toBe(p.trim());
        expect(language).toMatch(/^[a-z]{2,3}$/);
        expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
      }),
      { numRuns: 400 },
    );
  });
});
