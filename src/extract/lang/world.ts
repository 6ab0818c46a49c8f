import type { LanguageTable } from './types.js';
import { lt } from './lt.js';
import { ro } from './ro.js';
import { el } from './el.js';
import { be } from './be.js';
import { hr, sr } from './hr.js';
import { bg } from './bg.js';
import { nl } from './nl.js';
import { da } from './da.js';
import { no } from './no.js';
import { sv } from './sv.js';
import { ka } from './ka.js';
import { hy } from './hy.js';
import { az } from './az.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { mr } from './mr.js';
import { bn } from './bn.js';
import { fa } from './fa.js';
import { hi } from './hi.js';
import { ur } from './ur.js';
import { zh } from './zh.js';
import { tl } from './tl.js';
import { am } from './am.js';
import { fi } from './fi.js';
import { hu } from './hu.js';
import { id } from './id.js';
import { vi } from './vi.js';

/**
 * Tables of the languages beyond the first fourteen, by ISO 639-1 code, with the codes that name
 * the same written language (Malay for Indonesian, Bokmål for Norwegian, Bosnian for Croatian).
 */
export const WORLD_TABLES: Record<string, LanguageTable> = {
  lt,
  ro,
  el,
  be,
  sr,
  hr,
  bs: hr,
  bg,
  nl,
  da,
  no,
  sv,
  ka,
  hy,
  az,
  ja,
  ko,
  mr,
  bn,
  fa,
  hi,
  ur,
  zh,
  tl,
  fil: tl,
  am,
  fi,
  hu,
  id,
  ms: id,
  vi,
};

/**
 * Languages with no table of their own and the tables that read them best, nearest first: a related
 * language, or the one their press borrows its words from. A language not listed here is read with
 * every table of its script (see extractClaims); its claims are proposals for review either way.
 */
export const NEIGHBOURS: Record<string, readonly string[]> = {
  mk: ['bg', 'sr'], sl: ['hr', 'sr'], cnr: ['sr', 'hr'], me: ['sr', 'hr'], lv: ['lt'], et: ['fi', 'lt'],
  kk: ['ru'], ky: ['ru'], tg: ['ru', 'fa'], tt: ['ru'], mn: ['ru'], uz: ['tr', 'az', 'ru'], tk: ['tr', 'az'], ps: ['fa', 'ur'], ku: ['tr', 'fa', 'ar'],
  ckb: ['fa', 'ar'], sd: ['ur'], pa: ['hi', 'ur'], ne: ['hi', 'mr'], gu: ['hi', 'mr'], ti: ['am'], so: ['ar', 'en'], ca: ['es', 'fr'],
  gl: ['pt', 'es'], eu: ['es', 'fr'], oc: ['fr', 'es'], af: ['nl'], lb: ['de'], fy: ['nl'], yi: ['he', 'de'], is: ['da', 'no', 'sv'], fo: ['da', 'no'],
  sq: ['it', 'en'], mt: ['it', 'en'], sw: ['en'], cy: ['en'], ga: ['en'], ht: ['fr'], sr_latn: ['hr'],
};

