import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The part of eld's detector ingest uses. */
interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
}

/** Letters that only Ukrainian uses among the big Cyrillic languages, and those only Russian uses. */
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;
// Typical share of these letters among Cyrillic letters in running text (і alone is ~5% in Ukrainian;
// ы, э, ё, ъ together ~2.5% in Russian). Counts are compared relative to these.
const UK_RATE = 0.06;
/** Below this share (a third of the usual), і ї є ґ alone are not evidence of Ukrainian. */
const UK_MIN_SHARE = 0.02;
const RU_RATE = 0.025;
const BELARUSIAN = /[ўЎ]/;
const SERBIAN_MACEDONIAN = /[јљњћђџѓќѕЈЉЊЋЂЏЃЌЅ]/;

/** Longer texts are sampled: the first few thousand characters decide the language. */
const SAMPLE_CHARS = 4000;
/**
 * eld reads a shorter sample: its n-gram scores settle within a few hundred characters, and its
 * cost grows with the text (it was half of ingest's time on 3 KB reports).
 */
const ELD_SAMPLE_CHARS = 500;
/** Below this many letters, eld's verdict is a guess; a declared language wins. */
const SHORT_LETTERS = 12;

let detector: Detector | null | undefined;

/**
 * eld's extra-small database, loaded on first use. The small one holds 47 MB of heap and loading it
 * (parsing its 1.6 MB module) lifted RSS by 150 MB, which put a batch run over 300 MB; the extra-small
 * one holds 29 MB and lifts RSS by about 85 MB. On the 337 prose test strings in 14 languages and on
 * the devset texts the two databases gave the same language every time. ingestBytes is
 * synchronous, so this uses require(esm) (Node ≥ 20.19); on older Nodes call
 * `preloadLanguageModel()` once first, or detection falls back to script rules and declarations.
 */
function loadDetector(): Detector | null {
  if (detector !== undefined) return detector;
  detector = null;
  try {
    const require = createRequire(import.meta.url);
    const mod = require(resolveEldSmall()) as { eld?: Detector };
    detector = mod.eld ?? null;
  } catch {
    detector = null;
  }
  return detector;
}

function resolveEldSmall(): string {
  try {
    return fileURLToPath(import.meta.resolve('eld/extrasmall'));
  } catch {
    // The package exports only an "import" condition, so require.resolve cannot find it; look where Node would.
    const require = createRequire(import.meta.url);
    const dirs = require.resolve.paths('eld') ?? [];
    const found = dirs.map((d) => join(d, 'eld', 'src', 'entries', 'static.extrasmall.js')).find((f) => existsSync(f));
    if (!found) throw new Error('eld is not installed');
    return found;
  }
}

/** Loads the language model ahead of time, asynchronously (for Nodes without require(esm), or to move the cost to startup). */
export async function preloadLanguageModel(): Promise<boolean> {
  if (detector) return true;
  try {
    const mod = (await import('eld/extrasmall')) as unknown as { eld: Detector };
    detector = mod.eld;
    return true;
  } catch {
    return loadDetector() !== null;
  }
}

/** A declared language ("en-US", "uk_UA", "ua") as an ISO 639-1 code, or null. */
export function normaliseLanguageTag(tag: string | null | undefined): string | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_\s,;]/)[0] ?? '';
  if (primary === 'ua') return 'uk'; // a country code often used as a language code
  const renamed = TAG_ALIASES[primary];
  if (renamed) return renamed;
  return /^[a-z]{2}$/.test(primary) ? primary : null;
}

/** Tags that name a language we read under another code: Filipino is Tagalog, Bokmål and Nynorsk are Norwegian, old codes. */
const TAG_ALIASES: Record<string, string> = { fil: 'tl', nb: 'no', nn: 'no', in: 'id', iw: 'he', ji: 'yi', zho: 'zh', chi: 'zh', cmn: 'zh', yue: 'zh' };

interface ScriptCounts {
  letters: number;
  cyrillic: number;
  /** Characters from Greek (U+0370) up, but Cyrillic: every character the SCRIPTS classes hold is one of them. */
  beyond: number;
}

function countScripts(text: string): ScriptCounts {
  let letters = 0;
  let cyrillic = 0;
  let beyond = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (c >= 0x370 && !(c >= 0x400 && c <= 0x4ff)) beyond++;
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) letters++;
    else if (c >= 0x400 && c <= 0x4ff) {
      letters++;
      cyrillic++;
    } else if (c >= 0xc0 && /\p{L}/u.test(text[i]!)) letters++;
  }
  return { letters, cyrillic, beyond };
}

/**
 * The language of a clean text as an ISO 639-1 code, "und" when there is nothing to go on.
 * Cyrillic text is settled by letters (і ї є ґ against ы э ъ ё), which works on one sentence where
 * n-gram models confuse Russian and Ukrainian; other text goes to eld. The declared language (from
 * the page) decides when the evidence is thin.
 */
export function detectLanguage(text: string, declared: string | null = null): string {
  const sample = sampleOf(text);
  const counts = countScripts(sample);
  if (counts.letters === 0) return declared ?? 'und';
  if (counts.cyrillic >= counts.letters * 0.5) return cyrillicLanguage(sample, counts, declared);
  // No script can hold a third of the letters when fewer characters than that lie beyond Latin and Cyrillic.
  const script = counts.beyond * 3 < counts.letters ? null : scriptLanguage(sample, counts.letters);
  if (script) return script === 'devanagari' ? devanagariLanguage(sample, declared) : script;

  if (plainEnglish(sample)) return 'en';
  const eld = loadDetector();
  const result = eld?.detect(sampleOf(sample, ELD_SAMPLE_CHARS));
  const guess = eldCode(result?.language ?? '', sample);
  if (guess && result?.isReliable() && counts.letters >= SHORT_LETTERS) return guess;
  return declared ?? (guess || 'und');
}

/**
 * Scripts that one language we know writes, or that settle the language by their own letters (kana
 * for Japanese among Han text; ے and ں for Urdu, پ چ ژ گ for Persian among Arabic letters). A
 * script counts when it holds at least a third of the sample's letters, so a quoted name does not
 * move a report; one sentence is enough, where n-gram models guess.
 */
const SCRIPTS: Array<[language: string, letters: RegExp]> = [
  ['ko', /[가-힯ᄀ-ᇿ㄰-㆏]/gu],
  ['han', /[぀-ヿ㐀-䶿一-鿿豈-﫿]/gu],
  ['arabic', /[؀-ۿݐ-ݿﭐ-﷿ﹰ-﻿]/gu],
  ['he', /[֐-׿]/gu],
  ['el', /[Ͱ-Ͽἀ-῿]/gu],
  ['hy', /[԰-֏]/gu],
  ['ka', /[Ⴀ-ჿᲐ-Ჿ]/gu],
  ['am', /[ሀ-᎟ⶀ-⷟]/gu],
  ['devanagari', /[ऀ-ॿ]/gu],
  ['bengali', /[ঀ-৿]/gu],
  ['pa', /[਀-੿]/gu],
  ['gu', /[઀-૿]/gu],
  ['or', /[଀-୿]/gu],
  ['ta', /[஀-௿]/gu],
  ['te', /[ఀ-౿]/gu],
  ['kn', /[ಀ-೿]/gu],
  ['ml', /[ഀ-ൿ]/gu],
  ['si', /[඀-෿]/gu],
  ['th', /[฀-๿]/gu],
  ['lo', /[຀-໿]/gu],
  ['bo', /[ༀ-࿿]/gu],
  ['my', /[က-႟]/gu],
  ['km', /[ក-៿]/gu],
];
const KANA = /[぀-ヿ]/gu;
const ASSAMESE = /[ৰৱ]/u;
const URDU_ONLY = /[ٹڈڑںھہےۓ]/gu;
const PASHTO_ONLY = /[ټډړښږځڅۍې]/gu;
const SORANI_ONLY = /[ڕڵۆێ]/gu;
const PERSIAN_LETTERS = /[پچژگیک]/gu;
const ARABIC_ONLY = /[ةيكى]/gu;

function scriptLanguage(sample: string, letters: number): string | null {
  const count = (re: RegExp): number => sample.match(re)?.length ?? 0;
  for (const [language, re] of SCRIPTS) {
    const n = count(re);
    if (n * 3 < letters) continue;
    switch (language) {
      case 'han':
        return count(KANA) * 10 >= n ? 'ja' : 'zh';
      case 'bengali':
        return ASSAMESE.test(sample) ? 'as' : 'bn';
      case 'arabic': {
        if (count(URDU_ONLY) >= 2) return 'ur';
        if (count(PASHTO_ONLY) >= 2) return 'ps';
        if (count(SORANI_ONLY) >= 2) return 'ckb';
        return count(PERSIAN_LETTERS) > count(ARABIC_ONLY) ? 'fa' : 'ar';
      }
      default:
        return language;
    }
  }
  return null;
}

/** Marathi writes ळ, "आहे", "आणि", "नाही", the genitive "च्या" and past forms such as "केली" where Hindi does not; eld settles the rest. */
const MARATHI = /ळ|(?<![\p{L}\p{M}])(?:आहे|आहेत|आणि|केले|केली|झाले|झाली|नाही|आले|गेले)(?![\p{L}\p{M}])|च्या/u;
function devanagariLanguage(sample: string, declared: string | null): string {
  if (MARATHI.test(sample)) return 'mr';
  const guess = loadDetector()?.detect(sampleOf(sample, ELD_SAMPLE_CHARS));
  if (guess && guess.isReliable() && (guess.language === 'hi' || guess.language === 'mr')) return guess.language;
  return declared === 'ne' || declared === 'mr' ? declared : 'hi';
}

/** Malay and Indonesian share eld's "ms"; Malaysian spellings decide, and Indonesian is the default. */
const MALAYSIAN = /(?<![\p{L}])(?:kerajaan|tentera|polis|semalam|beliau berkata|ringgit)(?![\p{L}])/iu;
function eldCode(code: string, sample: string): string {
  if (code === 'ms') return MALAYSIAN.test(sample) ? 'ms' : 'id';
  if (code === 'sl' || code === 'hr' || code === 'sr' || code === 'bs') return southSlavic(code, sample);
  if (code === 'no' || code === 'da') return danishOrNorwegian(code, sample);
  return code;
}

/** Short Danish and Norwegian texts look alike to eld; their everyday spellings differ ("af"/"av", "blev"/"ble", "efter"/"etter"). */
const DANISH = /(?<![\p{L}])(?:af|efter|blev|mod|nu|hvad|mellem|også|udveksl\p{L}*|løslod|gidsl\p{L}*|fanger|børn|ikke|sagde)(?![\p{L}])/giu;
const NORWEGIAN = /(?<![\p{L}])(?:av|etter|ble|mot|nå|hva|mellom|også|utveksl\p{L}*|løslot|gisl\p{L}*|fanger|barn|ikke|sa)(?![\p{L}])/giu;
function danishOrNorwegian(code: string, sample: string): string {
  const da = sample.match(DANISH)?.length ?? 0;
  const no = sample.match(NORWEGIAN)?.length ?? 0;
  return da > no ? 'da' : no > da ? 'no' : code;
}

/**
 * eld reads short Serbian in Latin letters as Slovenian or Croatian. Words only Serbo-Croatian has
 * ("su", "i", "koji", ć, đ) move it off Slovenian ("so", "in", "ki"); the yat settles the variant:
 * "tijela", "razmjena" are Croatian (or Bosnian), "tela", "razmena" Serbian.
 */
const SERBO_CROATIAN = /[ćđ]|(?<![\p{L}])(?:su|koji|koja|kojih|nakon|prema|tokom|tijekom|između|izmedju|zarobljen\p{L}*|razmen\p{L}*|razmjen\p{L}*|vojnik\p{L}*)(?![\p{L}])/iu;
const SLOVENIAN = /(?<![\p{L}])(?:in|so|ki|tudi|bilo|bili|med|po besedah)(?![\p{L}])/iu;
const IJEKAVIAN = /ije|(?<![\p{L}])(?:razmjen|mjesec|tijel|vrijem|sjedi|prije|poslije|gdje|dvje)|[^\s]je(?:n|r|s|l)/iu;
const EKAVIAN = /(?<![\p{L}])(?:razmen|mesec|tel[aoi]|vrem|pre |posle|gde|dve)/iu;
function southSlavic(code: string, sample: string): string {
  if (code === 'sl' && (!SERBO_CROATIAN.test(sample) || SLOVENIAN.test(sample))) return 'sl';
  if (EKAVIAN.test(sample) && !/(?<![\p{L}])(?:razmjen|tijel|prije|poslije|gdje)/iu.test(sample)) return 'sr';
  return code === 'sl' ? (IJEKAVIAN.test(sample) ? 'hr' : 'sr') : code;
}

/** English words so common that a run of prose without them is not English. */
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'of', 'and', 'to', 'in', 'a', 'was', 'were', 'is', 'are', 'for', 'on', 'with', 'said', 'that', 'by', 'from', 'has', 'have', 'had', 'it', 'its', 'at', 'as', 'be', 'been', 'this', 'their', 'they']);
const PLAIN_SAMPLE = 600;
const PLAIN_MIN_WORDS = 40;

/**
 * Unmistakable English, settled without eld (whose fixed cost per call was most of ingest's time on
 * plain-text reports): the opening of the text is plain ASCII, at least a fifth of its words are
 * English function words (news prose runs at a third), and "the" alone is one word in twenty-five.
 * Other Latin-script languages fail on their letters with diacritics or on "the" (Dutch and German
 * have "in" and "is", not "the").
 * Anything less clear goes to eld.
 */
export function plainEnglish(sample: string): boolean {
  const head = sample.length > PLAIN_SAMPLE ? sample.slice(0, PLAIN_SAMPLE) : sample;
  // Letters beyond ASCII (é, ñ, ł, ş, any other script) send the text to eld; quotes, dashes and spaces do not.
  if (/[\u00c0-\u024f\u0370-\u1fff\u2c00-\uffff]/u.test(head)) return false;
  const words = head.toLowerCase().match(/[a-z]+/g);
  if (!words || words.length < PLAIN_MIN_WORDS) return false;
  let common = 0;
  let the = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) common++;
    if (w === 'the') the++;
  }
  return common * 5 >= words.length && the * 25 >= words.length;
}

function cyrillicLanguage(sample: string, counts: ScriptCounts, declared: string | null): string {
  const uk = sample.match(UK_ONLY)?.length ?? 0;
  const ru = sample.match(RU_ONLY)?.length ?? 0;
  if (BELARUSIAN.test(sample) && ru > 0) return 'be';
  const central = centralAsian(sample);
  if (central) return central;
  if (SERBIAN_MACEDONIAN.test(sample)) {
    const guess = loadDetector()?.detect(sample).language;
    return guess === 'mk' || guess === 'bg' ? guess : 'sr';
  }
  // Bulgarian writes ъ as a vowel in many words and never ы, э or ё: ъ alone is Bulgarian, not Russian.
  const hardSigns = sample.match(/[ъЪ]/g)?.length ?? 0;
  if (ru > 0 && ru === hardSigns && hardSigns >= 2 && uk === 0) return 'bg';
  // A sentence of Russian without ы, э or ё is rare; one with Bulgarian's own little words is Bulgarian.
  if (ru === hardSigns && uk === 0 && (hardSigns > 0 || counts.cyrillic >= 40) && BULGARIAN_WORDS.test(sample)) return 'bg';
  if (ru > 0) return uk / UK_RATE >= ru / RU_RATE ? 'uk' : 'ru';
  // Without Russian-only letters, a lone "ї" in "Київ" does not make a Russian sentence Ukrainian.
  if (uk > 0 && uk >= counts.cyrillic * UK_MIN_SHARE) return 'uk';
  // No telling letters: a short line such as "Обмен состоялся" or "Це сталося вчора".
  if (declared === 'uk' || declared === 'ru' || declared === 'bg' || declared === 'be') return declared;
  const guess = loadDetector()?.detect(sample);
  if (guess && (guess.language === 'uk' || (guess.language === 'bg' && guess.isReliable()))) return guess.language;
  return counts.cyrillic > 0 ? 'ru' : 'und';
}

/** Words Bulgarian writes and Russian does not ("ще", "през", "като", "бяха", "също", the article in "-ът"). */
const BULGARIAN_WORDS = /(?<![\p{L}])(?:ще|през|като|които|която|бяха|беше|също|във|със|днес|вчера|тази|това|техни|срещу|деца|\p{L}+ът|\p{L}+ството|\p{L}+ници|\p{L}+ски)(?![\p{L}])/iu;

/** Kazakh, Kyrgyz, Tajik, Mongolian and Tatar letters: languages we have no table for must not pass for Russian. */
const CENTRAL_ASIAN: Array<[language: string, letters: RegExp]> = [
  ['kk', /[әғқұӘҒҚҰ]/gu],
  ['tg', /[ҳҷӣӯҲҶӢӮ]/gu],
  ['tt', /[җҗ]/gu],
  ['ky', /[ңөүҢӨҮ]/gu],
];
function centralAsian(sample: string): string | null {
  for (const [language, re] of CENTRAL_ASIAN) if ((sample.match(re)?.length ?? 0) >= 3) return language;
  return null;
}

function sampleOf(text: string, chars = SAMPLE_CHARS): string {
  if (text.length <= chars) return text;
  const cut = text.lastIndexOf(' ', chars);
  return text.slice(0, cut > chars / 2 ? cut : chars);
}
