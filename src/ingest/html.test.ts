import { describe, expect, it } from 'vitest';
import { cleanText, paragraphsOf } from './clean-text.js';
import { readHtml, readHtmlBytes } from './html.js';
import { SAMPLE_ARTICLE, samplePage } from './testing/sample-page.js';

const read = (html: string) => {
  const content = readHtml(html);
  return { ...content, text: cleanText(content.text) };
};

const doc = (head: string, body: string, lang = ''): string =>
  `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head>${head}</head><body>${body}</body></html>`;

const BODY = `<article><h1>Handover completed</h1>${SAMPLE_ARTICLE.slice(0, 4)
  .map((p) => `<p>${p}</p>`)
  .join('')}<time datetime="2025-06-12">12 June</time></article>`;

describe('readHtml: main text', () => {
  it('keeps only the article of a page wrapped in navigation, related links, comments and footer', () => {
    const { text, title } = read(samplePage({ targetBytes: 60_000 }));
    expect(paragraphsOf(text)).toEqual([...SAMPLE_ARTICLE]);
    expect(title).toBe('Sides complete handover of remains at northern crossing');
    for (const chrome of ['Invented headline', 'Comment 1', 'Privacy policy', 'Copyright', 'Advertisement', 'Share this article', 'Politics']) {
      expect(text).not.toContain(chrome);
    }
  });

  it('separates blocks into paragraphs and collapses inline whitespace', () => {
    const html = doc(
      '<title>t</title>',
      `<article><p>${SAMPLE_ARTICLE[0]}</p><p>One   <em>emphasised</em>\n   phrase in a paragraph that is long enough to count as article text for the reader.<br>After a line break comes another line of the same paragraph.</p><ul><li>First listed point of the statement</li><li>Second listed point</li></ul><p>${SAMPLE_ARTICLE[1]}</p></article>`,
    );
    expect(paragraphsOf(read(html).text)).toEqual([
      SAMPLE_ARTICLE[0],
      'One emphasised phrase in a paragraph that is long enough to count as article text for the reader.',
      'After a line break comes another line of the same paragraph.',
      'First listed point of the statement',
      'Second listed point',
      SAMPLE_ARTICLE[1],
    ]);
  });

  it('falls back to the body text when Readability finds no article', () => {
    expect(read('<div>Короткий допис: обмін відбувся.</div>').text).toBe('Короткий допис: обмін відбувся.');
    expect(read(doc('', '<span>Two words</span> and <b>more</b>')).text).toBe('Two words and more');
  });

  it('reads pruned bytes the same way as a decoded string', () => {
    const html = samplePage({ targetBytes: 20_000, paragraphs: ['Перший абзац тексту про обмін полоненими, достатньо довгий для читача.', ...SAMPLE_ARTICLE] });
    const fromBytes = readHtmlBytes(new TextEncoder().encode(html), 'utf-8');
    expect(fromBytes).toEqual(readHtml(html));
  });
});

describe('readHtml: metadata', () => {
  it('takes the title from og:title, else <title> without the site, else h1', () => {
    expect(read(doc('<meta property="og:title" content="OG headline &amp; more"><title>Other | Site</title>', BODY)).title).toBe('OG headline & more');
    expect(read(doc('<title>Handover of remains completed at the border | Daily Invented</title>', BODY)).title).toBe(
      'Handover of remains completed at the border',
    );
    expect(read(doc('', BODY)).title).toBe('Handover completed');
  });

  it('reads the declared language from <html lang>, og:locale or content-language', () => {
    expect(read(doc('', BODY, 'uk-UA')).language).toBe('uk');
    expect(read(doc('<meta property="og:locale" content="ru_RU">', BODY)).language).toBe('ru');
    expect(read(doc('<meta http-equiv="Content-Language" content="en">', BODY)).language).toBe('en');
    expect(read(doc('', BODY)).language).toBeNull();
  });

  it('takes the date from meta tags before JSON-LD before <time>', () => {
    const ld = '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2025-06-11T10:00:00+03:00"}]}</script>';
    const meta = '<meta property="article:published_time" content="2025-06-10T08:00:00Z">';
    expect(read(doc(meta + ld, BODY)).publishedAt).toBe('2025-06-10');
    expect(read(doc(ld, BODY)).publishedAt).toBe('2025-06-11');
    expect(read(doc('', BODY)).publishedAt).toBe('2025-06-12');
  });

  it('knows the other common date tags', () => {
    for (const tag of [
      '<meta itemprop="datePublished" content="2025-06-09">',
      '<meta name="pubdate" content="20250609">',
      '<meta name="DC.date.issued" content="2025-06-09">',
      '<meta name="parsely-pub-date" content="2025-06-09T12:00:00Z">',
      '<meta name="sailthru.date" content="Mon, 09 Jun 2025 12:00:00 +0000">',
      '<meta name="date" content="2025-06-09">',
    ]) {
      expect(read(doc(tag, BODY)).publishedAt).toBe('2025-06-09');
    }
  });

  it('prefers a <time pubdate> and ignores dates in pruned related links', () => {
    const body = `<aside><time datetime="2019-01-01">old</time></aside><article><time datetime="2025-01-02">x</time><p>${SAMPLE_ARTICLE[0]}</p><time pubdate datetime="2025-06-08">y</time></article>`;
    expect(read(doc('', body)).publishedAt).toBe('2025-06-08');
  });

  it('ignores unusable dates', () => {
    expect(read(doc('<meta property="article:published_time" content="tbc">', `<p>${SAMPLE_ARTICLE[0]}</p>`)).publishedAt).toBeNull();
  });
});
