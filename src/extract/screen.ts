/**
 * The screen: whether a report can hold a claim at all, at about the cost of reading it once.
 *
 * Most reports are about something else. Extraction drops them only after language detection and its
 * own per-language screen; this one pass decides first, for every language at once, so that a report
 * without a word about an exchange skips language detection, sentence splitting and extraction.
 *
 * It is built from the tables (`lang/`), never from a list of its own: every pattern of every table's
 * `screen` is reduced to the literal beginnings any of its matches must start with, all of those go
 * into one alternation shaped as a trie, and only where one of them occurs is the table's pattern
 * itself tried, at a word start, as extraction tries it. A word added to a table is screened for the
 * moment it is there. Patterns of parties and demonyms are read the same way, for the one path that
 * needs no exchange word: a report in a language without a table, whose figures next to party names
 * are proposed for review (`figuresNearParties` in index.ts).
 *
 * What it finds (`ScreenFinding`): the tables whose screen matches, and whether the fallback could
 * read the report. `mayHoldClaims` then says, once the language is known (or not: HTML is screened
 * before its DOM), whether extraction can find anything; when nothing at all is found the language
 * need not be detected.
 *
 * That the screen never drops a report the extractor finds a claim in is tested over every fixture,
 * the seed and generated corpora (screen.test.ts, test/screen-equivalence.test.ts).
 */
import { gazetteerParties, letterBefore, lowerCase, TABLES } from './lexicon.js';
import type { LanguageTable } from './lang/types.js';
import { asciiDigits, decomposeNukta, readableText } from './script-text.js';

/**
 * What the screen found: the tables whose screen matches the text, and whether the fallback for a
 * language without a table could read it (letters of a script no table reads, or a figure next to a
 * party's name). Nothing found means no claim in any language.
 */
export interface ScreenFinding {
  tables: ReadonlySet<string>;
  fallback: boolean;
}

/**
 * Whether a report with this finding can hold a claim when its language is `language` (null when not
 * known yet: then anything found counts). A language with a table reads the report with that table's
 * screen alone; "und" with English's or any table's; a language without a table with related tables
 * and the fallback.
 */
export function mayHoldClaims(found: ScreenFinding, language: string | null): boolean {
  if (found.tables.size === 0 && !found.fallback) return false;
  if (language === null || !hasTable(language)) return true;
  if (language === 'und' || language === '') return found.tables.size > 0;
  return found.tables.has(language);
}

// ------------------------------------------------------------------ literal beginnings of a pattern

/** A set of literal beginnings; `exact` ones are the whole match, so what follows may extend them. */
interface Beginning {
  text: string;
  exact: boolean;
}

/** Larger sets of beginnings are not extended further (they stay correct, only shorter). */
const MAX_BEGINNINGS = 256;
/** Beginnings this long are not extended: longer ones would find the same few places, at more cost to build. */
const ENOUGH = 6;
const MAX_CLASS = 12;

class PatternReader {
  i = 0;
  constructor(readonly src: string) {}

  /** Alternatives up to a closing parenthesis or the end. */
  alternation(): Beginning[] {
    const out: Beginning[] = [];
    for (;;) {
      out.push(...this.sequence());
      if (this.src[this.i] === '|') {
        this.i++;
        continue;
      }
      return out;
    }
  }

  private sequence(): Beginning[] {
    let acc: Beginning[] = [{ text: '', exact: true }];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      let step: Beginning[];
      if (atom === 'zero') continue;
      if (atom === 'opaque') step = [{ text: '', exact: false }];
      else step = max > 1 || min > 1 ? atom.map((b) => ({ text: b.text, exact: false })) : atom;
      if (min === 0) step = [{ text: '', exact: true }, ...step];
      acc = extend(acc, step);
    }
    return acc;
  }

  /** One atom: its beginnings, 'zero' for an assertion, 'opaque' for anything not literal. */
  private atom(): Beginning[] | 'zero' | 'opaque' {
    const s = this.src;
    const c = s[this.i]!;
    if (c === '(') {
      this.i++;
      let zero = false;
      if (s.startsWith('?:', this.i)) this.i += 2;
      else if (s.startsWith('?=', this.i) || s.startsWith('?!', this.i)) [this.i, zero] = [this.i + 2, true];
      else if (s.startsWith('?<=', this.i) || s.startsWith('?<!', this.i)) [this.i, zero] = [this.i + 3, true];
      else if (s.startsWith('?<', this.i)) this.i = s.indexOf('>', this.i) + 1;
      const inner = this.alternation();
      if (s[this.i] !== ')') throw new Error(`unbalanced pattern: ${s}`);
      this.i++;
      return zero ? 'zero' : inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '^' || c === '$') {
      this.i++;
      return 'zero';
    }
    if (c === '.') {
      this.i++;
      return 'opaque';
    }
    if (c === '\\') return this.escape();
    this.i += c.length;
    const cp = s.codePointAt(this.i - 1)!;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      // A surrogate pair is one character.
      this.i++;
      return [{ text: s.slice(this.i - 2, this.i), exact: true }];
    }
    return [{ text: c, exact: true }];
  }

  private escape(): Beginning[] | 'zero' | 'opaque' {
    const s = this.src;
    const e = s[this.i + 1]!;
    this.i += 2;
    if (e === 'b' || e === 'B') return 'zero';
    if ('dDwWsS'.includes(e)) return 'opaque';
    if (e === 'p' || e === 'P' || e === 'k') {
      this.i = s.indexOf(e === 'k' ? '>' : '}', this.i) + 1;
      return 'opaque';
    }
    if (/\d/.test(e)) return 'opaque';
    const control: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
    if (control[e]) return [{ text: control[e], exact: true }];
    if (e === 'u') {
      const braced = s[this.i] === '{';
      const end = braced ? s.indexOf('}', this.i) : this.i + 4;
      const hex = s.slice(braced ? this.i + 1 : this.i, end);
      this.i = braced ? end + 1 : end;
      return [{ text: String.fromCodePoint(Number.parseInt(hex, 16)), exact: true }];
    }
    if (e === 'x') {
      const hex = s.slice(this.i, this.i + 2);
      this.i += 2;
      return [{ text: String.fromCharCode(Number.parseInt(hex, 16)), exact: true }];
    }
    if (e === 'c') {
      this.i++;
      return 'opaque';
    }
    return [{ text: e, exact: true }];
  }

  /** A class of a few literal characters; anything else (ranges, negation, escapes of classes) is opaque. */
  private characterClass(): Beginning[] | 'opaque' {
    const s = this.src;
    let j = this.i + 1;
    const chars: string[] = [];
    let literal = s[j] !== '^';
    for (; j < s.length && s[j] !== ']'; j++) {
      if (s[j] === '\\') {
        const e = s[j + 1]!;
        if (/[a-zA-Z0-9]/.test(e)) literal = false;
        else chars.push(e);
        if (e === 'p' || e === 'P') j = s.indexOf('}', j);
        else j++;
        continue;
      }
      if (s[j] === '-' && chars.length > 0 && s[j + 1] !== ']') literal = false;
      if (s[j] === '[') literal = false;
      chars.push(s[j]!);
    }
    this.i = j + 1;
    if (!literal || chars.length === 0 || chars.length > MAX_CLASS) return 'opaque';
    return [...new Set(chars)].map((ch) => ({ text: ch, exact: true }));
  }

  private quantifier(): { min: number; max: number } {
    const s = this.src;
    const c = s[this.i];
    let q = { min: 1, max: 1 };
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) return q;
      this.i += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] === undefined ? Number(m[1]) : m[3] ? Number(m[3]) : Infinity };
    } else return q;
    this.i++;
    if (s[this.i] === '?') this.i++;
    return q;
  }
}

/** A sequence's beginnings followed by the next atom's. */
function extend(acc: Beginning[], step: Beginning[]): Beginning[] {
  const out: Beginning[] = [];
  const canGrow = acc.filter((b) => b.exact).length * step.length <= MAX_BEGINNINGS;
  for (const a of acc) {
    if (!a.exact || !canGrow || a.text.length >= ENOUGH) {
      out.push({ text: a.text, exact: false });
      continue;
    }
    for (const b of step) out.push({ text: a.text + b.text, exact: b.exact });
  }
  const seen = new Map<string, Beginning>();
  for (const b of out) {
    const key = `${b.exact ? 1 : 0}${b.text}`;
    if (!seen.has(key)) seen.set(key, b);
  }
  return [...seen.values()];
}

/**
 * The literal strings every match of a pattern (for lower-cased text) starts with, or null when some
 * match may start with anything (the pattern is then tried everywhere).
 */
export function literalBeginnings(pattern: string): string[] | null {
  const quick = plainStart(pattern);
  if (quick !== null) return [lowerCase(quick)];
  const reader = new PatternReader(pattern);
  const all = reader.alternation();
  if (reader.i !== pattern.length) throw new Error(`unbalanced pattern: ${pattern}`);
  const texts = [...new Set(all.map((b) => lowerCase(b.text)))].sort();
  if (texts.length === 0 || texts[0] === '') return null;
  // A shorter beginning covers every longer one that starts with it (sorted, it comes just before them).
  const out: string[] = [];
  for (const t of texts) if (out.length === 0 || !t.startsWith(out.at(-1)!)) out.push(t);
  return out;
}

const META = new Set([...'\\^$.|?*+()[]{}']);

/**
 * The literal a pattern starts with (at most ENOUGH characters), when it has no alternative at its
 * top level; else null. A character a quantifier follows is left out.
 */
function plainStart(pattern: string): string | null {
  let run = 0;
  while (run < pattern.length && run <= ENOUGH && !META.has(pattern[run]!)) run++;
  if (run < pattern.length && run <= ENOUGH && '?*+{'.includes(pattern[run]!)) run--;
  if (run < 1) return null;
  let depth = 0;
  for (let i = run; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  let head = pattern.slice(0, Math.min(run, ENOUGH));
  // A surrogate pair is not split.
  if (/[\ud800-\udbff]$/.test(head)) head = run > head.length ? pattern.slice(0, head.length + 1) : head.slice(0, -1);
  return head.length > 0 ? head : null;
}

// ------------------------------------------------------------------ the automaton

class Entry {
  #re: RegExp | null = null;
  /** The tables whose screen holds the pattern (none for a party's). */
  readonly tables: string[] = [];
  constructor(
    readonly src: string,
    readonly kind: 'screen' | 'party',
  ) {}

  /** Whether the pattern matches at `at` (compiled on first use: most are never tried). */
  matchesAt(s: string, at: number): boolean {
    const re = (this.#re ??= new RegExp(`(?:${this.src})`, flagsOf(this.src, 'uy')));
    re.lastIndex = at;
    return re.test(s);
  }
}

/**
 * The literals as a trie: node 0 is the root, whose children are found by UTF-16 unit in a dense
 * table; every other node lists its few children.
 */
class Trie {
  readonly rootChild = new Int32Array(65536).fill(-1);
  readonly codes: number[][] = [[]];
  readonly kids: number[][] = [[]];
  readonly entries: Array<Entry[] | null> = [null];

  insert(text: string, entry: Entry): void {
    let node = 0;
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      let next = node === 0 ? this.rootChild[c]! : this.codes[node]!.indexOf(c) >= 0 ? this.kids[node]![this.codes[node]!.indexOf(c)]! : -1;
      if (next < 0) {
        next = this.codes.length;
        this.codes.push([]);
        this.kids.push([]);
        this.entries.push(null);
        if (node === 0) this.rootChild[c] = next;
        this.codes[node]!.push(c);
        this.kids[node]!.push(next);
      }
      node = next;
    }
    (this.entries[node] ??= []).push(entry);
  }

  /** Every other edge in an open-addressed hash table (built by seal): node and unit → child. */
  private mask = 0;
  private edgeNode = new Int32Array(0);
  private edgeUnit = new Uint16Array(0);
  private edgeChild = new Int32Array(0);

  seal(): void {
    let edges = 0;
    for (const codes of this.codes) edges += codes.length;
    let size = 1024;
    while (size < edges * 2) size *= 2;
    this.mask = size - 1;
    this.edgeNode = new Int32Array(size).fill(-1);
    this.edgeUnit = new Uint16Array(size);
    this.edgeChild = new Int32Array(size);
    for (let node = 1; node < this.codes.length; node++) {
      const codes = this.codes[node]!;
      for (let i = 0; i < codes.length; i++) {
        let h = Math.imul(node, 0x9e3779b1) ^ codes[i]!;
        for (h &= this.mask; this.edgeNode[h] !== -1; h = (h + 1) & this.mask);
        this.edgeNode[h] = node;
        this.edgeUnit[h] = codes[i]!;
        this.edgeChild[h] = this.kids[node]![i]!;
      }
    }
  }

  /** The child of a node other than the root by one UTF-16 unit, or -1. */
  child(node: number, c: number): number {
    const mask = this.mask;
    for (let h = (Math.imul(node, 0x9e3779b1) ^ c) & mask; ; h = (h + 1) & mask) {
      const at = this.edgeNode[h]!;
      if (at === -1) return -1;
      if (at === node && this.edgeUnit[h] === c) return this.edgeChild[h]!;
    }
  }
}

/** Flags as lexicon.ts gives them: case-insensitive only for a pattern with a capital letter of its own. */
function flagsOf(src: string, flags: string): string {
  const letters = src.replace(/\\[pPu]\{[^}]*\}|\\./g, '');
  return /\p{Lu}/u.test(letters) ? `i${flags}` : flags;
}

/** Unspaced scripts: a word there starts after any letter (readableText spaces them apart). */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0e7f\u0e80-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff]/u;
const HANGUL = /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/u;
/** A hyphen or colon joining a case ending to a figure, or Tagalog "tig-" before one (script-text.ts). */
const MAYBE_JOINED = /\d[-:\u2013]|tig-\d/;
const JOINED = /\d[-:–](?=[\p{L}])|(?<=(?<![\p{L}])tig)-(?=\d)/gu;
/** How far before a rewritten character a screen word may start and still reach it. */
const JOINED_REACH = 400;
/** Letters of the scripts some table reads (index.ts `SCRIPTS`); any other letter is a script no table reads. */
const UNTABLED_SCRIPT = /[^\P{L}\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Greek}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Ethiopic}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Anything a figure is read from: digits of any script, and the numerals and multipliers of Chinese, Japanese and Korean. */
const FIGURE = /[\p{Nd}〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億천백십만억]/u;
/** What ends a sentence for the fallback's reading (index.ts `SENTENCE`). */
const SENTENCE_END = /[.!?።。\n]/u;
/** A leading run of letters: such a pattern matches where its literal stands inside a word. */
const LETTER_RUN = /^(?:\\p\{L\}|\[\\p\{L\}\\p\{M\}\]|\[\\p\{L\}\])[*+]/;

/** Per UTF-16 unit: 1 a letter or mark (surrogates are looked at in pairs), 2 a letter of an unspaced script. */
const UNIT = new Uint8Array(65536);
/**
 * Per UTF-16 unit, 1 where a text needs more than one plain reading: digits of other scripts, wide
 * punctuation, Indic letters and digits, unspaced scripts, Hangul, Ethiopic, letters of scripts no
 * table reads, surrogates. Latin, Cyrillic, Greek, Arabic and Hebrew text without them is read once.
 */
const ATTENTION = new Uint8Array(65536);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const ATTENTION_CHAR = /[\u0900-\u0dff\u0e00-\u0fff\u1000-\u109f\u1200-\u139f\u1780-\u18af\u2d80-\u2ddf\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u1100-\u11ff\u3130-\u318f፣፤፥]/u;
for (let c = 0x80; c < 65536; c++) {
  if (c >= 0xd800 && c <= 0xdfff) continue;
  const ch = String.fromCharCode(c);
  if (LETTER_OR_MARK.test(ch)) UNIT[c] = UNSPACED.test(ch) ? 2 : 1;
  if (ATTENTION_CHAR.test(ch) || (UNIT[c] === 1 && UNTABLED_SCRIPT.test(ch))) ATTENTION[c] = 1;
}
for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) UNIT[c] = 1;
const SURROGATE = 3;
for (let c = 0xd800; c <= 0xdfff; c++) [UNIT[c], ATTENTION[c]] = [SURROGATE, 1];
for (let c = 0xd800; c <= 0xdfff; c++) UNIT[c] = SURROGATE;

/** Whether a word may start at `i`: no letter before it, or letters of an unspaced script (readableText spaces them). */
function wordStartAt(s: string, i: number): boolean {
  if (i === 0) return true;
  const before = UNIT[s.charCodeAt(i - 1)]!;
  if (before === 0 || before === 2 || UNIT[s.charCodeAt(i)] === 2) return true;
  return before === SURROGATE ? !letterBefore(s, i) : false;
}

/** What one reading of a text found: the tables whose screen matches, and where parties are named. */
interface Found {
  tables: Set<string>;
  parties: number[];
  /** Whether the text holds a character that some language reads in another shape (see ATTENTION). */
  attention: boolean;
}

class Screen {
  private readonly trie = new Trie();
  /** Patterns led by a run of letters: their literals are found anywhere, then tried from the word's start. */
  private readonly inWord = new Map<string, Entry[]>();
  private inWordLiterals: string[] = [];
  /** Patterns with no literal beginning: tried on the whole text. */
  private readonly everywhere: Array<{ re: RegExp; entry: Entry }> = [];

  constructor(tables: ReadonlyArray<[code: string, table: LanguageTable]>) {
    const entries = new Map<string, Entry>();
    const add = (src: string, kind: Entry['kind'], table: string | null): void => {
      const key = `${kind}\u0000${src}`;
      let entry = entries.get(key);
      if (entry) {
        if (table && !entry.tables.includes(table)) entry.tables.push(table);
        return;
      }
      entry = new Entry(src, kind);
      if (table) entry.tables.push(table);
      entries.set(key, entry);
      const beginnings = literalBeginnings(src);
      if (beginnings !== null) {
        for (const b of beginnings) this.trie.insert(b, entry);
        return;
      }
      const rest = LETTER_RUN.test(src) ? literalBeginnings(src.replace(LETTER_RUN, '')) : null;
      if (rest !== null) {
        for (const b of rest) this.inWord.set(b, [...(this.inWord.get(b) ?? []), entry]);
        return;
      }
      this.everywhere.push({ re: new RegExp(`(?:${src})`, flagsOf(src, 'ug')), entry });
    };
    for (const [code, t] of tables) {
      for (const p of t.screen) add(p, 'screen', code);
      const g = gazetteerParties(t);
      for (const [p] of [...t.parties, ...t.nationalities, ...g.parties, ...g.nationalities]) add(p, 'party', null);
    }
    this.trie.seal();
    this.inWordLiterals = [...this.inWord.keys()];
  }

  /** What the screen finds in a text (any case; see the top of this file). */
  verdict(text: string): ScreenFinding {
    const low = lowerCase(text);
    const found = this.read(low, 0, low.length);
    let base = low;
    if (found.attention) {
      // Digits of other scripts, wide punctuation and Indic letters as the engine reads them; then the
      // shapes of unspaced scripts and of figures glued to words, one language for each kind of rewriting.
      base = decomposeNukta(asciiDigits(low));
      if (base !== low) this.readInto(found, base, 0, base.length);
      const shapes = UNSPACED.test(base) || HANGUL.test(base) ? ['zh', 'ja', 'ko'] : [...(/\d[\p{L}\p{M}]/u.test(base) ? ['bn'] : []), ...(/[\p{L}\p{M}]\d/u.test(base) ? ['am'] : [])];
      for (const lang of shapes) {
        const view = lowerCase(readableText(text, lang).text);
        if (view !== base) this.readInto(found, view, 0, view.length);
      }
    }
    // Case endings joined to a figure by a hyphen or colon ("1000-et"), Tagalog "tig-": read apart by some
    // languages, one character for one; the text is read again around each.
    const joined: number[] = [];
    if (MAYBE_JOINED.test(base)) for (const m of base.matchAll(JOINED)) joined.push(m.index + m[0].length - 1);
    if (joined.length > 0) {
      let view = '';
      let last = 0;
      for (const at of joined) {
        view += base.slice(last, at) + ' ';
        last = at + 1;
      }
      view += base.slice(last);
      let done = 0;
      for (const at of joined) {
        const from = Math.max(done, at - JOINED_REACH);
        const to = Math.min(view.length, at + 1);
        if (from < to) this.readInto(found, view, from, to);
        done = to;
      }
    }
    const fallback = found.tables.size === 0 && ((found.attention && UNTABLED_SCRIPT.test(base)) || found.parties.some((at) => figureNear(base, at)));
    return { tables: found.tables, fallback };
  }

  private readInto(found: Found, text: string, from: number, to: number): void {
    for (const t of this.read(text, from, to).tables) found.tables.add(t);
  }

  /** Reads the word starts in [from, to) of a lower-cased text (matches may run past `to`). */
  private read(low: string, from: number, to: number): Found {
    const found: Found = { tables: new Set(), parties: [], attention: false };
    const trie = this.trie;
    const rootChild = trie.rootChild;
    const n = low.length;
    let attention = 0;
    let before = from > 0 ? UNIT[low.charCodeAt(from - 1)]! : 0;
    for (let at = from; at < to; at++) {
      const c = low.charCodeAt(at);
      const unit = UNIT[c]!;
      attention |= ATTENTION[c]!;
      const prev = before;
      before = unit;
      let node = rootChild[c]!;
      if (node < 0) continue;
      // A word starts here: no letter before it, or letters of an unspaced script (readableText spaces them).
      if (prev === 1 && unit !== 2) continue;
      if (prev === SURROGATE && unit !== 2 && letterBefore(low, at)) continue;
      for (let k = at + 1; ; k++) {
        const entries = trie.entries[node];
        if (entries) this.tryAt(entries, low, at, found);
        if (k >= n) break;
        node = trie.child(node, low.charCodeAt(k));
        if (node < 0) break;
      }
    }
    found.attention = attention !== 0;
    for (const literal of this.inWordLiterals) {
      for (let i = low.indexOf(literal, from); i >= 0 && i < to; i = low.indexOf(literal, i + 1)) {
        let start = i;
        while (start > 0 && letterBefore(low, start)) start--;
        this.tryAt(this.inWord.get(literal)!, low, start, found);
      }
    }
    for (const { re, entry } of this.everywhere) {
      re.lastIndex = 0;
      for (let m = re.exec(low); m; m = re.exec(low)) {
        if (wordStartAt(low, m.index) && this.tryAt([entry], low, m.index, found)) break;
        re.lastIndex = m.index + 1;
      }
    }
    return found;
  }

  /** Notes the tables whose screen pattern matches at `at`, and a party named there; true when something matched. */
  private tryAt(entries: Entry[], low: string, at: number, found: Found): boolean {
    let any = false;
    for (const e of entries) {
      // A party's literal beginning is enough: the fallback only needs where a party may be named.
      if (e.kind === 'party') {
        if (found.parties.at(-1) !== at) found.parties.push(at);
        any = true;
        continue;
      }
      if (e.tables.every((t) => found.tables.has(t)) || !e.matchesAt(low, at)) continue;
      any = true;
      for (const t of e.tables) found.tables.add(t);
    }
    return any;
  }

  counts(): { everywhere: number; inWord: number } {
    return { everywhere: this.everywhere.length, inWord: this.inWord.size };
  }
}

/** How far after a party's start a figure may stand and still be read with it (index.ts: 60 characters after the name). */
const AFTER_PARTY = 200;
/** How far before a party's start (index.ts: 30 characters). */
const BEFORE_PARTY = 30;
/** A figure as the fallback reads one: digits, perhaps grouped ("12,000", "1.5"). */
const DIGITS = /\d[\d.,]*/gu;
const YEAR = /^(?:19|20)\d\d$/u;

/**
 * Whether a figure the fallback could read stands near the party named at `at`, in its sentence: not
 * a year, 0 or 1, or a percentage (which it skips too).
 */
function figureNear(text: string, at: number): boolean {
  const sentence = sentenceAt(text, at);
  const offset = at - sentence.start;
  const s = sentence.text;
  if (/[〇零一二两兩三四五六七八九十拾百佰千仟万萬亿億천백십만억]/u.test(s)) return true;
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(s); m; m = DIGITS.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start >= offset + AFTER_PARTY) return false;
    if (end <= offset && offset - end >= BEFORE_PARTY) continue;
    const run = m[0].replace(/[.,]+$/u, '');
    if (YEAR.test(run) || run === '0' || run === '1') continue;
    if (/^\s*%/u.test(s.slice(start + run.length))) continue;
    return true;
  }
  return false;
}

/** The sentence (as the fallback reads sentences) around an offset. */
function sentenceAt(text: string, at: number): { text: string; start: number } {
  let start = at;
  while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.test(text[end]!)) end++;
  return { text: text.slice(start, end), start };
}

let screen: Screen | null = null;

/** What the screen of every table finds in a text; the screen is built on first use. */
export function screenText(text: string): ScreenFinding {
  screen ??= new Screen(Object.entries(TABLES));
  return screen.verdict(text);
}

/** Whether a language has its own table (a report in one of those can only be read with it). */
export function hasTable(language: string): boolean {
  return Object.hasOwn(TABLES, language) || language === 'und' || language === '';
}

/** For tests: a screen over the given tables. */
export function screenOf(tables: ReadonlyArray<[code: string, table: LanguageTable]>): { verdict: (text: string) => ScreenFinding; counts: () => { everywhere: number; inWord: number } } {
  const s = new Screen(tables);
  return { verdict: (text) => s.verdict(text), counts: () => s.counts() };
}
