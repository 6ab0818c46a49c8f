/**
 * Generated news pages for tests and the benchmark: an invented article wrapped in the chrome real
 * pages carry (navigation, related links, comments, footer, scripts). Every sentence is made up.
 */

export interface SamplePageOptions {
  /** Approximate size of the page in bytes (UTF-8); padding goes into chrome, not the article. */
  targetBytes?: number;
  /** Paragraphs of article text; defaults to a short invented report. */
  paragraphs?: string[];
  title?: string;
  /** Extra markup inserted at the end of <head> (meta tags, JSON-LD). */
  head?: string;
  lang?: string;
}

export const SAMPLE_ARTICLE: readonly string[] = [
  'The two sides completed another handover of remains on Tuesday at a crossing point in the north, officials from both capitals said in separate statements.',
  'According to the coordination office, 500 bodies were returned to one side and 42 to the other, in line with arrangements agreed at talks earlier in the year.',
  'A spokesperson for the office said forensic teams would begin identification work this week and that families would be contacted as results become available.',
  'The mediator that facilitated the transfer said its staff had accompanied the convoy and that the operation took several hours to complete without incident.',
  'Observers noted that the figures announced by each side differed slightly from the numbers first reported by regional media on Monday evening.',
  'Neither side gave a date for the next handover, though both said the humanitarian track of the talks remained open despite the lack of progress elsewhere.',
  'Relatives gathered outside the regional morgue on Wednesday morning, some holding photographs, as the first refrigerated lorries arrived from the border.',
  'Officials said the remains would be kept in the city for several weeks while samples were compared with those provided by families in earlier months.',
  'Earlier handovers this year followed a similar pattern, with one side returning far more bodies than it received, according to figures published by both governments.',
  'Human rights groups urged both sides to speed up identification and to publish consolidated figures so that families are not left waiting for news.',
];

const NAV_ITEMS = ['World', 'Politics', 'Business', 'Technology', 'Science', 'Health', 'Sport', 'Culture', 'Opinion', 'Video', 'Podcasts', 'Weather'];

function related(i: number): string {
  return `<li class="related-item"><a href="/news/story-${i}" class="related-link"><img src="/img/thumb-${i}.jpg" alt="" width="120" height="80"><span class="headline">Invented headline number ${i} about a market report and a weather outlook</span></a><time datetime="2019-01-${String((i % 28) + 1).padStart(2, '0')}">${(i % 28) + 1} Jan</time></li>`;
}

function comment(i: number): string {
  return `<div class="comment" id="c${i}"><div class="comment-meta"><a href="/u/${i}" class="user">reader${i}</a> <span class="ago">${i} hours ago</span></div><div class="comment-body">Comment ${i}: interesting, thanks for sharing.</div><div class="comment-actions"><button>Reply</button><button>Like</button></div></div>`;
}

/** A complete HTML page with the article inside `<article>` and enough chrome to reach the target size. */
export function samplePage(opts: SamplePageOptions = {}): string {
  const paragraphs = opts.paragraphs ?? SAMPLE_ARTICLE;
  const title = opts.title ?? 'Sides complete handover of remains at northern crossing';
  const target = opts.targetBytes ?? 0;
  const nav = `<header class="site-header"><a href="/" class="logo">Daily Invented</a><nav class="main-nav"><ul>${NAV_ITEMS.map(
    (n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`,
  ).join('')}</ul></nav><form class="search"><input type="search" placeholder="Search"></form></header>`;
  const article = `<article class="story"><h1 class="story-title">${title}</h1><div class="byline">By <a href="/staff/a">Staff Writer</a> · <time datetime="2025-06-12T09:30:00+03:00">12 June 2025</time></div><div class="story-body">${paragraphs
    .map((p, i) => (i === 2 ? `<p>${p}</p><div class="ad-slot"><p>Advertisement</p></div>` : `<p>${p}</p>`))
    .join('\n')}<div class="share"><p>Share this article</p><a href="#">Facebook</a> <a href="#">X</a></div></div></article>`;
  const footer = `<footer class="site-footer"><ul>${['About us', 'Contact', 'Privacy policy', 'Terms of use', 'Careers'].map((n) => `<li><a href="/p/${n}">${n}</a></li>`).join('')}</ul><p>Copyright 2025 Daily Invented. All rights reserved.</p></footer>`;
  // Real pages carry inline state and icon sprites; a tenth of the page each when the page is large.
  const stateItems = Math.max(20, Math.floor(target / 10 / 60));
  const script = `<script>window.__STATE__ = ${JSON.stringify({ user: null, flags: { a: true, b: false }, items: Array.from({ length: stateItems }, (_, i) => ({ id: i, slug: `story-${i}`, t: 'x' })) })};</script>`;
  const sprite = `<svg style="display:none">${Array.from({ length: Math.floor(target / 10 / 120) }, (_, i) => `<symbol id="i${i}" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5zm0 7.5L4.5 6 12 2.5 19.5 6 12 9.5z"/></symbol>`).join('')}</svg>`;
  const head = `<head><meta charset="utf-8"><title>${title} | Daily Invented</title><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/css/site.css"><style>body{font-family:sans-serif}.related-item{display:flex}</style>${opts.head ?? ''}</head>`;
  const open = `<!DOCTYPE html><html lang="${opts.lang ?? 'en'}">${head}<body>${sprite}${nav}<main><div class="layout">`;
  const close = `</div></main>${footer}${script}</body></html>`;
  let aside = '';
  let comments = '';
  let i = 0;
  const fixed = open.length + article.length + close.length + 200; // UTF-16 length ≈ bytes for this ASCII-heavy page
  // Pad with related links and comments until the page reaches the target size.
  while (fixed + aside.length + comments.length < target) {
    aside += related(i);
    if (i % 2 === 0) comments += comment(i);
    i++;
  }
  return `${open}${article}<aside class="sidebar"><h2>Related</h2><ul>${aside}</ul></aside><section class="comments"><h2>Comments</h2>${comments}</section>${close}`;
}
