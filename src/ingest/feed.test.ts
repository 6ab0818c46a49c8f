import { describe, expect, it } from 'vitest';
import { cleanText, paragraphsOf } from './clean-text.js';
import { readFeed } from './feed.js';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Invented Wire &amp; Co</title><language>uk-UA</language>
<item><title>Сторони обмінялися полоненими</title><description><![CDATA[<p>Перший абзац новини.</p><p>Другий абзац.</p>]]></description><pubDate>Thu, 12 Jun 2025 23:30:00 +0300</pubDate></item>
<item><title>Друга новина</title><description>&lt;p&gt;Текст другої новини.&lt;/p&gt;</description><pubDate>Wed, 11 Jun 2025 10:00:00 +0300</pubDate></item>
</channel></rss>`;

const ATOM = `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Invented Atom</title>
<entry><title>Handover completed</title><published>2025-06-12T10:00:00Z</published><content type="html">&lt;p&gt;Officials confirmed the transfer.&lt;/p&gt;</content></entry>
<entry><title>Earlier item</title><updated>2025-06-01T10:00:00Z</updated><summary>Plain summary text.</summary></entry></feed>`;

describe('readFeed', () => {
  it('turns RSS items into paragraphs with the first item date', () => {
    const feed = readFeed(RSS);
    expect(paragraphsOf(cleanText(feed.text))).toEqual([
      'Сторони обмінялися полоненими',
      'Перший абзац новини.',
      'Другий абзац.',
      'Друга новина',
      'Текст другої новини.',
    ]);
    expect(feed).toMatchObject({ title: 'Invented Wire & Co', language: 'uk', publishedAt: '2025-06-12' });
  });

  it('reads Atom entries', () => {
    const feed = readFeed(ATOM);
    expect(paragraphsOf(cleanText(feed.text))).toEqual(['Handover completed', 'Officials confirmed the transfer.', 'Earlier item', 'Plain summary text.']);
    expect(feed).toMatchObject({ title: 'Invented Atom', language: 'en', publishedAt: '2025-06-12' });
  });

  it('returns empty text for a feed without items', () => {
    expect(readFeed('<rss><channel><title>Empty</title></channel></rss>').text).toBe('');
  });
});
