import { exchangeSentences } from './exchange-templates.js';
import { cap, fill, genericSlots, personName } from './fill.js';
import { exchangeArticle, newsArticle, type Article } from './generate-corpus.js';
import { NEWS, NEWS_TOPICS } from './news-templates.js';
import { createRng, deriveSeed, type Rng } from './prng.js';

/**
 * News pages the way they arrive from the web: the article is a few kilobytes inside a page of about
 * 150 KB of head metadata, JSON-LD, inline styles and scripts, mega-menus, ads, comments, related links,
 * a footer and a hydration blob. Scripts deliberately hold "<", "</div>" and numbers.
 */

export interface HtmlPage {
  index: number;
  aboutExchange: boolean;
  publishedAt: string;
  html: string;
}

const SITE = { name: 'The Meridian Post', host: 'https://meridian-post.example' };
const SECTIONS = ['World', 'Europe', 'Ukraine war', 'Middle East', 'Business', 'Markets', 'Tech', 'Science', 'Sport', 'Football', 'Weather', 'Opinion', 'Culture', 'Travel', 'Video', 'Podcasts'];
const WORDS = ['live', 'latest', 'analysis', 'explainer', 'markets', 'briefing', 'in-pictures', 'data', 'long-read', 'newsletter', 'archive', 'topics'];

const esc = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const slug = (s: string): string =>
  s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
// JSON inside <script> must not close the element early.
const scriptJson = (v: unknown): string => JSON.stringify(v).replaceAll('<', '\\u003c');
const hex = (rng: Rng, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[rng.int(0, 15)];
  return s;
};

function css(rng: Rng, rules: number): string {
  const props = [
    () => `margin:0 ${rng.int(0, 32)}px`,
    () => `padding:${rng.int(0, 24)}px ${rng.int(0, 24)}px`,
    () => `color:#${hex(rng, 6)}`,
    () => `background:#${hex(rng, 6)}`,
    () => `font:${rng.pick([400, 500, 700])} ${rng.int(11, 22)}px/${rng.int(12, 18) / 10} "Source Sans",Arial,sans-serif`,
    () => `display:${rng.pick(['flex', 'grid', 'block', 'none', 'inline-block'])}`,
    () => `grid-template-columns:repeat(${rng.int(2, 12)},minmax(0,1fr))`,
    () => `border-bottom:1px solid rgba(0,0,0,.${rng.int(1, 9)})`,
    () => `transition:opacity .${rng.int(1, 5)}s ease-in-out`,
    () => `z-index:${rng.int(1, 9999)}`,
  ];
  const out: string[] = [];
  for (let i = 0; i < rules; i++) {
    const sel = `.${rng.pick(['nav', 'card', 'hero', 'ad', 'footer', 'article', 'promo', 'menu'])}__${rng.pick(['item', 'link', 'title', 'wrap', 'media', 'meta'])}--${hex(rng, 4)}`;
    const body = Array.from({ length: rng.int(3, 7) }, () => rng.pick(props)()).join(';');
    out.push(i % 25 === 24 ? `@media (max-width:${rng.int(480, 1280)}px){${sel}{${body}}}` : `${sel}{${body}}`);
  }
  return out.join('\n');
}

function js(rng: Rng, functions: number): string {
  const out: string[] = [
    `window.dataLayer=window.dataLayer||[];window.__CFG__=${scriptJson({
      adSizes: [[300, 250], [728, 90], [970, 250], [320, 50]],
      refreshMs: rng.int(20, 90) * 1000,
      experiments: Array.from({ length: 12 }, () => ({ id: hex(rng, 8), bucket: rng.int(0, 99), weight: rng.next() })),
      build: `${rng.int(2024, 2026)}.${rng.int(1, 12)}.${rng.int(0, 400)}`,
    })};`,
  ];
  for (let i = 0; i < functions; i++) {
    const id = hex(rng, 5);
    out.push(
      `function f${id}(e,n){var r=e.querySelectorAll("[data-slot='${rng.int(1, 999)}']"),o=${rng.int(100, 5000)};` +
        `for(var i=0;i<r.length&&i<${rng.int(2, 60)};i++){r[i].innerHTML="<div class=\\"ad__wrap--${id}\\">"+(n||"")+"</div>";o-=${rng.int(1, 99)}}` +
        `if(o<${rng.int(0, 100)}&&e.cookie.indexOf("consent=${rng.int(1, 3)}")>-1){return 1e${rng.int(3, 9)}}return o}`,
    );
  }
  out.push(`(function(){var s=document.createElement("script");s.async=!0;s.src="https://cdn.example/tag.js?v=${hex(rng, 10)}";document.head.appendChild(s);document.write("<scr"+"ipt>var x=1<2;</scr"+"ipt>")})();`);
  return out.join('\n');
}

function nav(rng: Rng): string {
  const cols = SECTIONS.map((section) => {
    const links = Array.from({ length: rng.int(8, 14) }, () => {
      const w = `${rng.pick(WORDS)} ${rng.pick(NEWS_TOPICS)} ${rng.int(1, 99)}`;
      return `<li class="nav__item"><a class="nav__link" href="${SITE.host}/${slug(section)}/${slug(w)}" data-track="nav-${hex(rng, 6)}">${esc(cap(w))}</a></li>`;
    });
    return `<li class="nav__section"><a href="${SITE.host}/${slug(section)}">${section}</a><ul class="nav__sub">${links.join('')}</ul></li>`;
  });
  return `<header class="site-header"><a class="logo" href="/">${SITE.name}</a>
<div class="lang-switch"><a href="/uk/">Українська</a> · <a href="/ru/">Русский</a> · <a href="/en/">English</a> · <a href="/ar/">العربية</a></div>
<nav class="mega-menu" aria-label="Main"><ul>${cols.join('\n')}</ul></nav>
<div class="breaking">Breaking: ${esc(cap(fill(rng, rng.pick(NEWS.weather.headlines), {})))}</div></header>`;
}

function teaser(rng: Rng): { title: string; url: string; section: string; ts: number } {
  const title =
    rng.chance(0.25) ? exchangeSentences(rng).headline : cap(fill(rng, rng.pick(NEWS[rng.pick(NEWS_TOPICS)].headlines), {}));
  return { title, url: `${SITE.host}/news/${slug(title)}-${hex(rng, 6)}`, section: rng.pick(SECTIONS), ts: 1_700_000_000 + rng.int(0, 90_000_000) };
}

function comments(rng: Rng, count: number): string {
  const generic = genericSlots(rng);
  const opinions = [
    'Good reporting, thank you.',
    'Where do these numbers come from?',
    'I read a different figure elsewhere this morning.',
    'This is what diplomacy should look like.',
    'The headline does not match the article.',
    'Finally some good news this week.',
    'Not sure I trust either side on this.',
  ];
  const items = Array.from({ length: count }, (_, i) => {
    const text = rng.chance(0.5) ? rng.pick(opinions) : cap(fill(rng, rng.pick(NEWS[rng.pick(NEWS_TOPICS)].sentences), {}, generic));
    return `<li class="comment" id="c${i}"><span class="comment__user">${esc(personName(rng).replace(' ', '_').toLowerCase())}${rng.int(1, 999)}</span> <time>${rng.int(1, 23)}h ago</time><p>${esc(text)}</p><button>Reply</button> <button>Like (${rng.int(0, 480)})</button></li>`;
  });
  return `<section class="comments"><h2>Comments (${count})</h2><ol>${items.join('\n')}</ol></section>`;
}

function footer(rng: Rng): string {
  const links = Array.from({ length: 140 }, () => {
    const w = `${rng.pick(WORDS)} ${rng.pick(SECTIONS)}`;
    return `<a href="${SITE.host}/${slug(w)}">${esc(cap(w))}</a>`;
  });
  return `<footer class="site-footer"><div class="footer__links">${links.join(' ')}</div>
<p>© ${rng.int(2024, 2026)} ${SITE.name}. All rights reserved. Registered office: 1 Example Street. Company no. ${rng.int(1_000_000, 9_999_999)}.</p>
<p><a href="/privacy">Privacy</a> · <a href="/cookies">Cookie settings</a> · <a href="/terms">Terms</a></p></footer>`;
}

function articleHtml(rng: Rng, article: Article, published: string): string {
  const paras: string[] = [];
  const [lead, ...rest] = article.paragraphs;
  paras.push(`<p class="article__lead">${esc(lead ?? '')}</p>`);
  rest.forEach((p, i) => {
    paras.push(`<p>${esc(p).replaceAll('“', '&ldquo;').replaceAll('”', '&rdquo;')}</p>`);
    if (i % 3 === 1) paras.push(`<div class="ad-slot" data-slot="${rng.int(1, 999)}"><span>Advertisement</span></div>`);
    if (i % 4 === 2) {
      const t = teaser(rng);
      paras.push(`<p class="read-more"><strong>Read more:</strong> <a href="${t.url}">${esc(t.title)}</a></p>`);
    }
  });
  const standfirst = rng.chance(0.5) ? `<p class="standfirst">${esc(lead ?? '')}</p>` : '';
  return `<article class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">${esc(article.headline)}</h1>${standfirst}
<div class="byline">By <a rel="author" href="/authors/${slug(personName(rng))}">${esc(personName(rng))}</a> · <time datetime="${published}">${published.slice(0, 10)}</time> · ${rng.int(2, 9)} min read</div>
<figure><img src="${SITE.host}/img/${hex(rng, 16)}.jpg" width="1200" height="675" alt=""><figcaption>Gallery &middot; ${rng.int(5, 30)} photos. Photo: agency</figcaption></figure>
${paras.join('\n')}
<aside class="share">Share this article <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a> <a href="#">Copy link</a></aside>
</article>`;
}

/** One page of about `targetBytes` (±6%); about a third are about exchanges. */
export function generateHtmlPage(seed: number, index: number, targetBytes = 150_000): HtmlPage {
  const rng = createRng(deriveSeed(seed, index, 2));
  const aboutExchange = rng.chance(0.3);
  const opts = { targetChars: rng.int(4000, 9000), hardNegatives: true };
  const article = aboutExchange ? exchangeArticle(rng, opts) : newsArticle(rng, rng.pick(NEWS_TOPICS), opts);
  const published = `${rng.int(2023, 2026)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00Z`;
  const url = `${SITE.host}/news/${slug(article.headline)}`;
  const description = article.paragraphs[0]?.slice(0, 200) ?? '';
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        headline: article.headline,
        description,
        datePublished: published,
        dateModified: published,
        author: [{ '@type': 'Person', name: personName(rng) }],
        publisher: { '@type': 'Organization', name: SITE.name, logo: { '@type': 'ImageObject', url: `${SITE.host}/logo.png` } },
        mainEntityOfPage: url,
        wordCount: article.paragraphs.join(' ').split(/\s+/).length,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: ['Home', rng.pick(SECTIONS)].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })),
      },
    ],
  };
  const head = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(article.headline)} | ${SITE.name}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${esc(description)}">
<meta property="og:type" content="article"><meta property="og:title" content="${esc(article.headline)}">
<meta property="og:description" content="${esc(description)}"><meta property="og:url" content="${url}">
<meta property="og:image" content="${SITE.host}/img/${hex(rng, 16)}.jpg"><meta property="og:site_name" content="${SITE.name}">
<meta property="article:published_time" content="${published}"><meta property="article:section" content="${rng.pick(SECTIONS)}">
<meta name="twitter:card" content="summary_large_image"><meta name="robots" content="max-image-preview:large">
<link rel="canonical" href="${url}"><link rel="preconnect" href="https://cdn.example"><link rel="icon" href="/favicon.ico">
<script type="application/ld+json">${scriptJson(ld)}</script>
<style>${css(rng, rng.int(150, 200))}</style>
<script>${js(rng, rng.int(70, 110))}</script>
</head>`;
  const related = Array.from({ length: rng.int(18, 30) }, () => {
    const t = teaser(rng);
    return `<li><a href="${t.url}">${esc(t.title)}</a> <span class="section">${t.section}</span></li>`;
  });
  const trending = Array.from({ length: 10 }, (_, i) => `<li><span class="rank">${i + 1}</span> ${esc(teaser(rng).title)}</li>`);
  const body = `<body class="page page--article">
${nav(rng)}
<div class="ad-slot ad-slot--top" data-slot="1"><span>Advertisement</span></div>
<main class="layout"><div class="layout__main">
${articleHtml(rng, article, published)}
<div class="newsletter">Sign up for our morning briefing <form><input type="email" placeholder="Email"><button>Subscribe</button></form></div>
${comments(rng, rng.int(15, 40))}
</div><aside class="layout__rail"><h2>Most read</h2><ol>${trending.join('')}</ol>
<div class="ad-slot" data-slot="2"><span>Advertisement</span></div></aside>
<section class="related"><h2>Related stories</h2><ul>${related.join('\n')}</ul></section></main>
${footer(rng)}
<script>${js(rng, rng.int(20, 40))}</script>`;
  const target = Math.round(targetBytes * (0.94 + rng.next() * 0.12));
  const used = Buffer.byteLength(head) + Buffer.byteLength(body) + 80;
  // The hydration blob makes up the rest, as on pages built with a client-side framework.
  const state: unknown[] = [];
  let stateBytes = 0;
  while (used + stateBytes < target) {
    const item = { ...teaser(rng), id: hex(rng, 12), views: rng.int(0, 2_000_000), score: rng.next() };
    state.push(item);
    stateBytes += Buffer.byteLength(scriptJson(item)) + 1;
  }
  const html = `${head}\n${body}\n<script id="__STATE__" type="application/json">${scriptJson({ teasers: state })}</script>\n</body></html>\n`;
  return { index, aboutExchange, publishedAt: published.slice(0, 10), html };
}
