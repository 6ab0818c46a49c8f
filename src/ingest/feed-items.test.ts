import { describe, expect, it } from 'vitest';
import { readFeedItems } from './feed-items.js';
import { readChannelMessages } from './channel-messages.js';
import { checkXml } from './xml-check.js';
import { ingestBytes } from './index.js';

// Written for these tests.
const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Frontline Wire</title><link>https://wire.example.org/</link><language>en</language>
<item><title>Bodies returned at the border</title><link>/news/1</link><guid isPermaLink="false">wire-1</guid>
<pubDate>Tue, 03 Mar 2026 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Russia handed over the bodies of 606 fallen Ukrainian soldiers to Ukraine on Monday, the Coordination Headquarters said.</p>]]></content:encoded></item>
<item><title>Prisoners come home</title><link>https://wire.example.org/news/2</link>
<pubDate>Wed, 04 Mar 2026 11:30:00 +0000</pubDate><description>A short note; the article has more.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Ministry notes</title>
<entry><id>tag:ministry,2026:7</id><title>Exchange completed</title><link rel="alternate" href="https://ministry.example.org/n/7"/>
<published>2026-02-11T08:00:00Z</published><summary type="html">&lt;p&gt;Short.&lt;/p&gt;</summary></entry></feed>`;

describe('feeds as items', () => {
  it('reads each RSS item with its own link, title, date and key, and tells a teaser from a full item', () => {
    const feed = readFeedItems(RSS, 'https://wire.example.org/feed.xml');
    expect(feed.ok).toBe(true);
    if (!feed.ok) return;
    expect(feed.value).toMatchObject({ kind: 'rss', title: 'Frontline Wire', language: 'en' });
    expect(feed.value.items.map((i) => [i.key, i.link, i.title, i.publishedAt, i.teaser])).toEqual([
      ['wire-1', 'https://wire.example.org/news/1', 'Bodies returned at the border', '2026-03-03', false],
      ['https://wire.example.org/news/2', 'https://wire.example.org/news/2', 'Prisoners come home', '2026-03-04', true],
    ]);
    // Each item's bytes are a one-item feed that ingest reads with the item's date and text.
    const doc = ingestBytes(Buffer.from(feed.value.items[0]!.document), { contentType: feed.value.items[0]!.contentType });
    expect(doc.ok && doc.value).toMatchObject({ format: 'feed', publishedAt: '2026-03-03', text: expect.stringContaining('606 fallen Ukrainian soldiers') });
    expect(doc.ok && doc.value.text).not.toContain('Prisoners come home');
  });

  it('reads Atom entries and JSON Feed items', () => {
    const atom = readFeedItems(ATOM);
    expect(atom.ok && atom.value.items.map((i) => [i.key, i.link, i.publishedAt, i.teaser])).toEqual([['tag:ministry,2026:7', 'https://ministry.example.org/n/7', '2026-02-11', true]]);
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Ombudsman',
      items: [{ id: 'o-1', url: 'https://ombudsman.example.org/1', title: 'Civilians returned', date_published: '2026-01-20T10:00:00+02:00', content_text: 'Ukraine returned 25 civilians from Russia on Tuesday, the ombudsman said. '.repeat(30) }],
    });
    const feed = readFeedItems(json);
    expect(feed.ok && feed.value.items.map((i) => [i.key, i.publishedAt, i.teaser])).toEqual([['o-1', '2026-01-20', false]]);
    const doc = feed.ok ? ingestBytes(Buffer.from(feed.value.items[0]!.document)) : null;
    expect(doc?.ok && doc.value).toMatchObject({ format: 'feed', publishedAt: '2026-01-20', title: 'Ombudsman' });
  });

  it('refuses a cut-off or broken feed whole, naming the line', () => {
    const cut = readFeedItems(RSS.slice(0, RSS.indexOf('</item>') + 40));
    expect(cut.ok ? null : cut.error).toMatchObject({ code: 'INGEST_FEED_INVALID', message: expect.stringMatching(/line 7: the document ends inside <title>.*cut off/) });
    const crossed = readFeedItems('<rss><channel><item><title>a</item></title></channel></rss>');
    expect(crossed.ok ? null : crossed.error.message).toMatch(/line 1: <\/item> closes <title>/);
    expect(readFeedItems('{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": "no id"}]}')).toMatchObject({ ok: false, error: { message: expect.stringContaining('items[0] has no "id"') } });
    expect(checkXml('<a x="1>2"><b/></a>', new Set(['b']))).toMatchObject({ ok: true, items: [{ name: 'b' }] });
    // A sloppy description with HTML's empty elements left open is still a feed.
    const sloppy = readFeedItems('<rss><channel><title>T</title><item><title>a</title><description>Line<br>next<img src="x.png"></description></item></channel></rss>');
    expect(sloppy.ok && sloppy.value.items.length).toBe(1);
  });
});

describe('Telegram exports as messages', () => {
  const EXPORT = {
    name: 'Coordination Desk',
    type: 'public_channel',
    id: 1500000001,
    messages: [
      { id: 40, type: 'service', date: '2026-03-01T09:00:00', action: 'pin_message' },
      { id: 41, type: 'message', date: '2026-03-01T10:15:00', text: ['Ukraine brought home ', { type: 'bold', text: '175' }, ' defenders today.'] },
      { id: 42, type: 'message', date: '2026-03-02T23:50:00', forwarded_from: 'Ombudsman Office', text: 'Russia handed over 12 civilians.' },
      { id: 43, type: 'message', date: '2026-03-03T08:00:00', photo: 'photos/1.jpg', text: '' },
    ],
  };

  it('reads one message per source: the channel or the forward origin as outlet, the message day, a t.me link', () => {
    const read = readChannelMessages(JSON.stringify(EXPORT), { username: '@coord_desk' });
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.skipped).toBe(2);
    expect(read.value.messages.map((m) => [m.key, m.outlet, m.forwardedFrom, m.publishedAt, m.link, m.title])).toEqual([
      ['tg:1500000001:41', 'Coordination Desk', null, '2026-03-01', 'https://t.me/coord_desk/41', 'Ukraine brought home 175 defenders today.'],
      ['tg:1500000001:42', 'Ombudsman Office', 'Ombudsman Office', '2026-03-02', 'https://t.me/coord_desk/42', 'Russia handed over 12 civilians.'],
    ]);
    const doc = ingestBytes(Buffer.from(read.value.messages[1]!.document));
    expect(doc.ok && doc.value).toMatchObject({ format: 'channel', publishedAt: '2026-03-02', text: 'Russia handed over 12 civilians.' });
    // Without a username, no link is made up.
    const plain = readChannelMessages(JSON.stringify(EXPORT));
    expect(plain.ok && plain.value.messages[0]!.link).toBeNull();
  });

  it('refuses a cut-off export or a message without a date, whole', () => {
    const text = JSON.stringify(EXPORT);
    expect(readChannelMessages(text.slice(0, 200))).toMatchObject({ ok: false, error: { code: 'INGEST_CHANNEL_INVALID', message: expect.stringContaining('not valid JSON') } });
    const undated = { ...EXPORT, messages: [...EXPORT.messages, { id: 44, type: 'message', text: 'x' }] };
    expect(readChannelMessages(JSON.stringify(undated))).toMatchObject({ ok: false, error: { message: expect.stringContaining('messages[4] (id 44) has no readable "date"') } });
  });
});
