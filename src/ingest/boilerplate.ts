/**
 * Page chrome that survives HTML extraction or arrives with pasted text: ad labels, share and
 * subscribe prompts, "read more" links, copyright and photo-credit lines, cookie notices, author
 * boxes. Knowledge lives in per-language tables; matching is the same for every language.
 */

/** Lines that are chrome on their own, whatever trails them (emoji, arrows, counters). */
const CHROME_LINES: Record<string, readonly string[]> = {
  en: [
    'advertisement', 'advertising', 'ad', 'ads', 'sponsored', 'sponsored content', 'promoted', 'gallery', 'photo gallery',
    'photos', 'photo', 'video', 'watch', 'watch video', 'listen', 'share', 'share this', 'share this article',
    'share this story', 'share this post', 'share article', 'share via', 'tweet', 'email', 'print', 'comments', 'comment',
    'leave a comment', 'read more', 'read all', 'read all here', 'read here', 'read full story', 'read the full story',
    'read full article', 'read the full article', 'continue reading', 'click here', 'subscribe', 'subscribe now',
    'sign up', 'sign in', 'log in', 'login', 'register', 'newsletter', 'related', 'related articles', 'related news',
    'related stories', 'related posts', 'more stories', 'more news', 'most read', 'most popular', 'popular',
    'trending', 'trending now', 'recommended', 'you may also like', 'you might also like', 'image caption',
    'media caption', 'image source', 'skip to content', 'skip to main content', 'menu', 'search', 'close',
    'back to top', 'top stories', 'tags', 'topics', 'follow us', 'previous', 'next', 'previous article',
    'next article', 'home', 'loading', 'load more', 'show more', 'view comments', 'accept', 'accept all',
  ],
  ru: [
    'реклама', 'галерея', 'фотогалерея', 'фото', 'видео', 'поделиться', 'поделитесь', 'поделиться в соцсетях',
    'читайте также', 'читайте еще', 'читайте ещё', 'читать также', 'читать далее', 'читать полностью', 'подробнее',
    'смотрите также', 'смотрите видео', 'подписывайтесь', 'подпишитесь', 'подписаться', 'комментарии',
    'комментарий', 'новости партнеров', 'новости партнёров', 'популярное', 'самое читаемое', 'теги', 'войти',
    'главная', 'меню', 'поиск', 'наверх', 'следите за нами', 'все права защищены', 'загрузить еще', 'показать еще',
  ],
  uk: [
    'реклама', 'галерея', 'фотогалерея', 'фото', 'відео', 'поділитися', 'поширити', 'читайте також',
    'читати також', 'читати далі', 'читати повністю', 'детальніше', 'дивіться також', 'підписуйтесь',
    'підписуйтеся', 'підпишіться', 'підписатися', 'коментарі', 'коментар', 'новини партнерів', 'популярне',
    'найпопулярніше', 'теги', 'увійти', 'головна', 'меню', 'пошук', 'нагору', 'слідкуйте за нами', 'стежте за нами',
    'усі права захищені', 'всі права захищені', 'завантажити ще', 'показати ще',
  ],
};

/**
 * Prompts that lead to another page ("Read more: <headline>"). Chrome when short and either
 * followed by a separator or not ending like a sentence — "Read more than 1,000 names aloud, …."
 * is a sentence.
 */
const PROMPT_PREFIXES: Record<string, readonly string[]> = {
  en: ['read more', 'read also', 'also read', 'read', 'see also', 'related', 'share this', 'share on', 'click here', 'listen to this'],
  ru: ['читайте также', 'читайте еще', 'читайте ещё', 'читайте', 'смотрите также', 'поделиться'],
  uk: ['читайте також', 'читайте більше', 'читайте', 'дивіться також', 'поділитися'],
};

/** Lines that start like this are chrome when they are short (credits, subscription pleas). */
const CHROME_PREFIXES: Record<string, readonly string[]> = {
  en: [
    'follow us', 'subscribe to', 'subscribe for', 'sign up for', 'sign up to', 'copyright', '©', '(c) 19', '(c) 20',
    'photo:', 'photos:', 'photo by', 'photo credit', 'photograph:', 'image:', 'image by', 'image source',
    'image caption', 'media caption', 'caption:', 'credit:', 'video:', 'download our app', 'join our telegram',
    'join us on', 'author:', 'written by:',
  ],
  ru: ['подписывайтесь', 'подпишитесь', 'следите за', 'фото:', 'видео:', 'источник фото', 'автор:'],
  uk: ['підписуйтесь', 'підписуйтеся', 'підпишіться', 'слідкуйте за', 'стежте за', 'фото:', 'відео:', 'джерело фото', 'автор:'],
};

/** Short lines containing any of these are chrome. */
const CHROME_MARKERS: readonly string[] = [
  'all rights reserved', 'все права защищены', 'усі права захищені', 'всі права захищені', '©',
];

/**
 * Headers of lists of links to other reports ("Read more:", "Related stories", "Читайте також").
 * The headline-like lines right after them belong to those other reports and go too: their figures
 * are not this report's.
 */
const LIST_HEADERS: Record<string, readonly string[]> = {
  en: [
    'read more', 'read also', 'also read', 'see also', 'related', 'related articles', 'related news', 'related stories',
    'related posts', 'related coverage', 'more stories', 'more news', 'more on this story', 'most read', 'most popular',
    'popular', 'trending', 'trending now', 'recommended', 'you may also like', 'you might also like', 'top stories',
    'latest news', 'latest', 'more from',
  ],
  ru: [
    'читайте также', 'читайте еще', 'читайте ещё', 'смотрите также', 'по теме', 'еще по теме', 'ещё по теме', 'популярное',
    'самое читаемое', 'новости партнеров', 'новости партнёров', 'другие новости', 'последние новости',
  ],
  uk: [
    'читайте також', 'дивіться також', 'на тему', 'за темою', 'популярне', 'найпопулярніше', 'новини партнерів',
    'інші новини', 'останні новини',
  ],
};

/** A label in an author box; the name next to it goes too. */
const AUTHOR_LABELS: readonly string[] = [
  'article author', 'author', 'authors', 'about the author', 'written by', 'автор', 'авторы', 'автор статьи',
  'автори', 'автор статті',
];

const PREFIX_MAX = 200;
const MARKER_MAX = 300;

// "Letters" for chrome matching: Latin and Cyrillic. A tail without them (emoji, Greek "ππ", arrows,
// counters) does not stop a line from being chrome.
const LETTER = 'a-z\\u00C0-\\u024F\\u0400-\\u04FF';
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (table: Record<string, readonly string[]> | readonly string[]): string =>
  [...new Set(Array.isArray(table) ? table : Object.values(table).flat())]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const LEAD_JUNK = new RegExp(`^[^${LETTER}0-9(©]+`, 'i');
const WHOLE_LINE = new RegExp(`^(?:${alternation(CHROME_LINES)})(?![${LETTER}])[^${LETTER}]*$`, 'i');
const PREFIX = new RegExp(`^(?:${alternation(CHROME_PREFIXES)})(?![${LETTER}])`, 'i');
const PROMPT = new RegExp(`^(?:${alternation(PROMPT_PREFIXES)})(?![${LETTER}])(\\s*[:|»>→—–-])?`, 'i');
const MARKER = new RegExp(alternation(CHROME_MARKERS), 'i');
const LIST_HEADER = new RegExp(`^(?:${alternation(LIST_HEADERS)})(?![${LETTER}])[^${LETTER}]*$`, 'i');
const AUTHOR_LABEL = new RegExp(`^(?:${alternation(AUTHOR_LABELS)})\\s*(:?)[^${LETTER}]*$`, 'i');
const COOKIE = /\bcookies?\b|куки|кукі/i;
const COOKIE_CONTEXT = /\b(?:use|using|accept|consent|agree|site|website|browsing|policy|settings)\b|использ|сайт|соглас|використов|згод|погодж/i;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const TAGS_ONLY = /^(?:[#@][\p{L}\p{N}_]+[\s,]*)+$/u;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}{2,})$/u;

/** Whether a normalised, trimmed line is page chrome on its own. */
export function isChromeLine(line: string): boolean {
  if (!HAS_LETTER_OR_DIGIT.test(line) || TAGS_ONLY.test(line)) return true;
  const key = line.replace(LEAD_JUNK, '');
  if (WHOLE_LINE.test(key) || LIST_HEADER.test(key)) return true;
  if (isBreadcrumb(key)) return true;
  if (key.length <= PREFIX_MAX && PREFIX.test(key)) return true;
  if (key.length <= PREFIX_MAX) {
    const prompt = PROMPT.exec(key);
    if (prompt && (prompt[1] !== undefined || !/[.!?…]$/.test(key))) return true;
  }
  if (line.length <= MARKER_MAX && MARKER.test(line)) return true;
  if (line.length <= 400 && COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return true;
  return false;
}

const CRUMB_SEPARATOR = /\s+[>›»/|•]\s+/;
const CRUMB_HOME = /^(?:home|main|news|главная|новости|головна|новини)$/i;

/** "Home > World > Europe", "Главная / Новости / Политика": short, digit-free segments. */
function isBreadcrumb(line: string): boolean {
  if (line.length > 120 || /\d/.test(line)) return false;
  const segments = line.split(CRUMB_SEPARATOR);
  if (segments.length < 2 || segments.some((s) => s.length === 0 || s.split(' ').length > 4)) return false;
  return segments.length >= 3 || CRUMB_HOME.test(segments[0]!);
}

/** A line that could be a person's name on its own: 1–5 capitalised words, no digits, no sentence punctuation. */
export function isNameLike(line: string): boolean {
  if (line.length > 60 || /[\d.!?:;,]$/.test(line) || /\d/.test(line)) return false;
  const words = line.split(' ');
  return words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}

const LIST_MAX_ITEMS = 12;
const HEADLINE_MAX = 120;

/** A line that reads as a headline in a list of links: short, not ending like a sentence or a label. */
const isHeadlineLike = (line: string): boolean => line.length <= HEADLINE_MAX && !/[.:;,…]$/.test(line);

/**
 * Lines without chrome: chrome lines; author-box labels and the lone names beside them; headers of
 * related-link lists and the headlines under them.
 */
export function dropChrome(lines: readonly string[]): string[] {
  const keep = lines.map((line) => !isChromeLine(line));
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_HEADER.test(lines[i]!.replace(LEAD_JUNK, ''))) continue;
    for (let j = i + 1; j < lines.length && j <= i + LIST_MAX_ITEMS && isHeadlineLike(lines[j]!); j++) keep[j] = false;
  }
  for (let i = 0; i < lines.length; i++) {
    const label = AUTHOR_LABEL.exec(lines[i]!.replace(LEAD_JUNK, ''));
    if (!label) continue;
    keep[i] = false;
    // "NSANZIMANA Sylver" above "Article Author"; "Author:" above the name.
    if (i > 0 && isNameLike(lines[i - 1]!)) keep[i - 1] = false;
    if (label[1] === ':' && i + 1 < lines.length && isNameLike(lines[i + 1]!)) keep[i + 1] = false;
  }
  return lines.filter((_, i) => keep[i]);
}
