import { describe, expect, it } from 'vitest';
import { pruneHtml } from './html-prune.js';

const ARTICLE =
  '<article><p>The handover of remains was completed on Tuesday after a long delay, officials on both sides said in short statements to reporters.</p><p>Forensic teams will now start identification, a process that usually takes several weeks and sometimes months to finish.</p></article>';

describe('pruneHtml', () => {
  it('drops scripts, styles, comments and chrome by tag', () => {
    const html = `<html><head><style>p{}</style><script>var a = "</div>";</script></head><body><nav><a href="/">Home</a></nav><!-- ad --><aside>Most read</aside>${ARTICLE}<footer>Contacts</footer></body></html>`;
    const out = pruneHtml(html).html;
    expect(out).toBe(`<html><head></head><body>${ARTICLE}</body></html>`);
  });

  it('keeps the <title> and collects JSON-LD, even from pruned parts', () => {
    const html = `<head><title>A &amp; B</title><script type="application/ld+json">{"datePublished":"2025-06-12"}</script></head><footer><script type='application/ld+json'>{"a":1}</script></footer>`;
    const { html: out, jsonLd } = pruneHtml(html);
    expect(out).toBe('<head><title>A &amp; B</title></head>');
    expect(jsonLd).toEqual(['{"datePublished":"2025-06-12"}', '{"a":1}']);
  });

  it('drops containers whose class, id or role says chrome, as Readability would', () => {
    const html = `<div class="share-bar"><div><a>Facebook</a></div></div><div id="related-links"><ul><li>Other</li></ul></div><div role="navigation">Menu</div><div class="article-related">kept: "article" wins</div>${ARTICLE}`;
    const out = pruneHtml(html).html;
    expect(out).toBe(`<div class="article-related">kept: "article" wins</div>${ARTICLE}`);
  });

  it('keeps a chrome-named wrapper that holds most of the page text, and prunes inside it', () => {
    const html = `<div class="layout with-sidebar">${ARTICLE}<div class="comments">short</div></div><footer>f</footer>`;
    const out = pruneHtml(html).html;
    expect(out).toBe(`<div class="layout with-sidebar">${ARTICLE}</div>`);
  });

  it('keeps an element that is never closed instead of losing the rest of the page', () => {
    const html = `<div class="sidebar"><p>Links</p>${ARTICLE}`;
    expect(pruneHtml(html).html).toBe(html);
  });

  it('keeps the headline header inside the article and drops the site header', () => {
    const html = `<header><a>Logo</a></header><article><header><h1>Headline</h1></header><p>Body</p></article>`;
    expect(pruneHtml(html).html).toBe('<article><header><h1>Headline</h1></header><p>Body</p></article>');
  });

  it('is not fooled by ">" inside quoted attributes', () => {
    const html = `<div data-x="a > b" class="popup"><p>Sign up</p></div><p title='1>0'>Body</p>`;
    expect(pruneHtml(html).html).toBe(`<p title='1>0'>Body</p>`);
  });

  it('counts nesting of the same tag inside a pruned container', () => {
    const html = `<div class="social"><div><div>x</div></div><div>y</div></div><div>after</div>`;
    expect(pruneHtml(html).html).toBe('<div>after</div>');
  });

  it('treats "<" in text and unterminated tags as text', () => {
    expect(pruneHtml('a < b <3 and <p>ok</p> <div class="x"').html).toBe('a < b <3 and <p>ok</p> <div class="x"');
    expect(pruneHtml('<!-- never closed').html).toBe('');
  });
});
