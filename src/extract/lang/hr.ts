import { any, defineTable, E } from './define.js';
import type { LanguageTable } from './types.js';

/**
 * Croatian, Serbian and Bosnian (one written language with two pronunciations of yat: "tijela" and
 * "tela", "razmjena" and "razmena"): HINA, Tanjug, N1, RTS. Serbian is also written in Cyrillic: the
 * Serbian table is this one with every pattern also in Cyrillic letters (see `withCyrillic`).
 */
const W = '\\p{L}*';
const J = '(?:ije|je|e)'; // yat: "tijela" / "tjedan" / "tela"
const P = (p: string): string => p.replace(/ě/gu, J);

export const hr: LanguageTable = defineTable({
  code: 'hr',
  screen: ['razm' + J + 'n', 'razm' + J + 'ni', 'zarobljen', 'posmrtn', 't' + J + 'la', 'talac', 'talaca', 'taoc', 'oslobođen', 'oslobodi', 'predal', 'predao', 'vratil', 'vratio', 'izručen'].map(P),
  transfer: ['razm' + J + 'n', 'razmijen', 'razmjen', 'razmen', 'zam' + J + 'n', 'predal', 'predao', 'preda' + E, 'predat', 'predaj', 'predan', 'osloboditi', 'vratiti', 'pustiti', 'vratil', 'vratio', 'vraćen', 'oslobodi', 'oslobađa', 'oslobođen', 'pustil', 'pustio', 'pušten', 'izruči', 'primil', 'primio', 'dobil', 'dobio', 'preuzel', 'preuzeo', 'preuzim', 'kući', 'u domovin'].map(P),
  numbers: {
    units: {
      nula: 0, jedan: 1, jedna: 1, jedno: 1, dva: 2, dvije: 2, dve: 2, dvojica: 2, dvojicu: 2, dvoje: 2, tri: 3, trojica: 3, trojicu: 3, troje: 3, četiri: 4, četvorica: 4, četvoricu: 4, četvero: 4, četvoro: 4, petero: 5, petoro: 5, pet: 5, šest: 6, sedam: 7, osam: 8, devet: 9, deset: 10,
      jedanaest: 11, dvanaest: 12, dvadeset: 20, trideset: 30, četrdeset: 40, pedeset: 50, šezdeset: 60, sedamdeset: 70, osamdeset: 80, devedeset: 90,
      sto: 100, stotinu: 100, dvjesto: 200, dvesta: 200, tristo: 300, četiristo: 400, petsto: 500,
    },
    multipliers: { tisuću: 1000, tisuća: 1000, tisuće: 1000, hiljadu: 1000, hiljada: 1000, hiljade: 1000, milijun: 1_000_000, milion: 1_000_000, miliona: 1_000_000 },
    joiners: ['i'],
    singular: ['tisuću', 'hiljadu'],
    thousandSuffix: '(?:tis\\.?|tisuć\\p{L}*|hilj\\.?|hiljad\\p{L}*)',
    dotThousands: true,
  },
  qualifiers: [['najmanje|barem|bar', 'at_least'], ['više od|preko|vise od', 'more_than'], ['oko|otprilike|približno|cirka', 'about'], ['gotovo|skoro|blizu|nešto manje od', 'nearly'], ['do|najviše', 'up_to']],
  notCount: ['%', 'posto', 'godin', 'mjesec', 'mesec', 'dan' + E, 'dana', 'sat', 'tjed', 'nedelj', 'km', 'kilometar', 'tona', 'dolar', 'eura', 'kuna', 'dinara', 'puta', 'krug', 'zemalj', '\\.\\s?(?:sije|velj|ožu|trav|svib|lip|srp|kolov|ruj|listop|stud|prosin|januar|februar|mart|april|maj|jun|jul|avgust|august|septemb|oktob|novemb|decemb)'].join('|'),
  modifiers: ['još', 'drugih', 'ranjenih', 'teško', 'bolesnih', 'poginulih', 'ubijenih', 'zarobljenih', 'civilnih', 'oslobođenih', 'naših', 'mladih', 'ukupno'],
  nouns: [
    { pattern: P(`t${J}la|t${J}lo|posmrtn${W} ostat${W}|ostat(?:a|ke|ci)k?${E}|lijes${W}|kovčeg${W}`), category: 'remains' },
    { pattern: `ratn${W} zarobljeni${W}`, category: 'pow' },
    { pattern: `zarobljeni${W}|zarobljen${E}`, category: 'captives' },
    { pattern: `vojni${W}|pripadni${W}|branitelj${W}|branioc${W}|branila${W}|branilac|borc${W}|boraca|časni${W}|marinc${W}|mornar${W}`, category: 'captives' },
    { pattern: `civil${W}|novinar${W}`, category: 'civilians' },
    { pattern: P(`d${J}ca|d${J}ce|d${J}tet${W}|maloljetni${W}|maloletni${W}`), category: 'children' },
    { pattern: `talac${W}|talaca|taoc${W}`, category: 'hostages' },
    { pattern: `pritvoreni${W}|zatočeni${W}|politički zatvoreni${W}`, category: 'detainees' },
    { pattern: `zatvoreni${W}`, category: 'prisoners' },
    { pattern: `osob${W}|ljudi|građan${W}|ukrajinac${W}|ukrajinaca|rus(?:a|i)${E}|izraelac${W}|izraelaca|palestinac${W}|palestinaca|sunarodnjak${W}`, category: 'people' },
  ],
  bareFollowers: 'u|i|a|na|iz|od|za|prema|natrag|kući|svaka|se|su|je',
  remainsBefore: P(`(?:t${J}la|posmrtn${W} ostat${W})`),
  wounded: 'ranjen|teško ranjen|bolesn',
  nationalities: [['ukrajin', 'ukraine'], ['rusk', 'russia'], ['izraelsk', 'israel'], ['palestinsk', 'hamas'], ['armensk|jermensk', 'armenia'], ['azerbajdžansk|azerbejdžansk|azersk', 'azerbaijan'], ['američk', 'united-states'], ['srpsk', 'serbia'], ['hrvatsk', 'croatia'], ['b(?:j|i|e)?elorusk', 'belarus']],
  parties: [
    ['rusij\\p{L}*|moskv\\p{L}*|kremlj\\p{L}*', 'russia'], ['ukrajin(?:a|e|i|u|om)' + E + '|kijev\\p{L}*', 'ukraine'], ['izrael(?:a|u|om)?' + E, 'israel'], ['hamas\\p{L}*', 'hamas'], ['hezbolah\\p{L}*|hizbulah\\p{L}*', 'hezbollah'],
    ['huti(?:ji|jevci)?\\p{L}*', 'houthis'], ['armenij\\p{L}*|jermenij\\p{L}*', 'armenia'], ['azerbajdžan\\p{L}*|azerbejdžan\\p{L}*', 'azerbaijan'], ['iran\\p{L}*', 'iran'], ['sad' + E + '|sjedinjen\\p{L}* američk\\p{L}* držav\\p{L}*|vašington\\p{L}*', 'united-states'], [P(`b${J}lorusij\\p{L}*`), 'belarus'],
  ],
  dativeParties: P(`ukrajini|rusiji|armeniji|jermeniji|azerbajdžanu|azerbejdžanu|izraelu|hamasu|b${J}lorusiji`),
  objectPrepositions: ['iz', 'od', 'u', 'na', 'sa', 's', 'za', 'prema', 'između', 'protiv'],
  give: any([`predal(?:a|o|i|e)?${E}`, `predao${E}`, `preda${E}`, `predati${E}`, `osloboditi${E}`, `vratiti${E}`, `pustiti${E}`, `predaje${W}`, `oslobodi(?:o|la|li|lo)${E}`, `oslobađa${W}`, `pusti(?:o|la|li|lo)${E}`, `izruči(?:o|la|li|lo)${E}`, `poslal${W} natrag`]),
  ambiguousReturn: 'vratil(?:a|o|i|e)|vratio',
  ambiguousReturnTo: 'home',
  receive: any([`primil(?:a|o|i|e)${E}`, `primio${E}`, `dobil(?:a|o|i|e)${E}`, `dobio${E}`, `preuzel(?:a|o|i|e)${E}`, `preuzeo${E}`, `preuzima${W}`]),
  home: 'kući|u domovin\\p{L}*|vratil\\p{L}* su se|vratilo se|vratio se|stigl\\p{L}* (?:su )?kući',
  toParty: '(?:u|na|prema)\\s*$',
  fromParty: '(?:iz|od)\\s*$',
  inReturn: '(?:u zam' + J + 'nu za|u zam' + J + 'nu|zauzvrat|za|a|dok je)\\s*$',
  inReturnAfter: 'zauzvrat|u zam' + J + 'nu',
  swap: 'razm' + J + 'n|razmijeni|razmeni',
  comeBack: 'vratil|vratio|kući|oslobođen',
  each: '^\\s*(?:\\S+\\s+){0,3}?(?:svaka strana|sa svake strane|s obje strane|sa obe strane)' + E,
  eachBefore: '(?<![\\p{L}])po\\s*$',
  clauseStarts: 'i|a|ali|dok',
  clauseBreaks: { afterComma: 'a|ali|dok|dočim', standalone: 'dok' },
  partOf: '(?:među njima|među kojima|od toga|od čega|od kojih|uključujući)[:,]?\\s*$',
  ofOwner: '^\\s+',
  plan: ['će' + E, 'ce' + E, 'planira' + W, 'dogovor' + W, 'dogovoren' + W, P(`sl${J}deć${W} (?:tjedan|nedelje|sedmice)`), 'uskoro', 'predlož' + W, 'trebal' + W + ' bi'].join('|'),
  cumulative: ['do sada', 'dosad', 'ukupno', 'od početka rata', 'od početka', 'od (?:20\\d\\d|veljače|februara)', 'ove godine'].join('|'),
  weakTotals: 'ukupno',
  superlative: 'najveć' + W + '|prv' + W,
  notTransfer: ['drži' + E, 'drže' + E, 'u zarobljeništvu', 'ubijen' + W, 'nestal' + W, 'zarobljen' + W + ' (?:od|u)' + E, 'procjen' + W, 'procen' + W, 'popis' + W, 'spisak' + W].join('|'),
  undisclosed: P('nije objavljen|nije poznat|neutvrđen|nekoliko|desetine|desetke|stotine|tisuće|hiljade'),
  confirm: 'potvrdi' + W,
  speech: ['rekao', 'rekla', 'rekli', 'izjavi' + W, 'saopć' + W, 'saopšt' + W, 'priopć' + W, 'objavi' + W, 'naveo', 'navela', 'navodi', 'napisa' + W].join('|'),
  according: 'prema|kako (?:navodi|je navel|je saopć|je saopšt|prenosi)' + W + '|citira' + W,
  bodies: 'ministarstv' + W + '|stožer' + W + '|štab' + W + '|vlad' + W + '|vlast' + W + '|dužnosni' + W + '|zvaničn' + W + '|glasnogovorni' + W + '|portparol' + W + '|pravobranitelj' + W + '|ombudsman' + W + '|vojsk' + W + '|predsjedni' + W + '|predsedni' + W + '|stran' + W,
  firstPerson: `(?<![\\p{L}])(?:mi|naš|naši|naših|nas)${E}`,
  pronouns: `(?<![\\p{L}])(?:on|ona|oni)${E}`,
  background: 'ranije|prethodn' + W + '|prošle godine|u prošlosti',
  mediators: [
    ['ujedinjen' + W + ' arapsk' + W + ' emirat' + W + '|uae|emirat' + W, 'uae'], ['turs' + W, 'turkey'], ['katar' + W, 'qatar'], ['crven' + W + ' križ' + W + '|crven' + W + ' krst' + W + '|mkck', 'icrc'], ['vatikan' + W + '|pap' + W, 'vatican'],
    ['saudijsk' + W + ' arabij' + W, 'saudi-arabia'], ['egipat|egipt' + W, 'egypt'], ['oman' + W, 'oman'], ['un' + E + '|ujedinjen' + W + ' nacij' + W, 'un'],
  ],
  mediation: 'posredova' + W + '|posredni' + W + '|uz pomoć|uz posredovanje|zahvaljujući',
  agreements: [['istanbul' + W, 'istanbul-2025']],
  agreementContext: 'pregovor|dogovor|sporazum',
  abbreviations: ['tj', 'npr', 'itd', 'god', 'tis', 'mil', 'dr'],
  dateForms: {
    weekdays: [P(`ponedjelj|ponedelj`), 'utor', P(`sr${J}d`), 'četvrt', 'petak|petk', 'subot', P(`n${J}delj|nedjelj`)],
    yesterday: 'jučer|juče',
    today: 'danas',
    months: ['sije[čc]nj\\p{L}*|januar\\p{L}*', 'velja[čc]\\p{L}*|februar\\p{L}*', 'ožuj\\p{L}*|mart\\p{L}*', 'trav\\p{L}*|april\\p{L}*', 'svib\\p{L}*|maj\\p{L}*', 'lip\\p{L}*|jun\\p{L}*', 'srp\\p{L}*|jul\\p{L}*', 'kolovoz\\p{L}*|avgust\\p{L}*|august\\p{L}*', 'ruj\\p{L}*|septemb\\p{L}*', 'listopad\\p{L}*|oktob\\p{L}*', 'studen\\p{L}*|novemb\\p{L}*', 'prosin\\p{L}*|decemb\\p{L}*'],
  },
});

const CYRILLIC: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', đ: 'ђ', e: 'е', ž: 'ж', z: 'з', i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т',
  ć: 'ћ', u: 'у', f: 'ф', h: 'х', c: 'ц', č: 'ч', š: 'ш',
};
/** A pattern in Serbian Cyrillic: letters transliterated (lj, nj and dž as one letter each), regular-expression escapes kept. */
export function cyrillic(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      // An escape (\s, \p{L}, \u…) is copied as it is, with its braces.
      let j = i + 2;
      if ((pattern[i + 1] === 'p' || pattern[i + 1] === 'P') && pattern[j] === '{') j = pattern.indexOf('}', j) + 1;
      out += pattern.slice(i, j);
      i = j - 1;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      // Group syntax ("(?:", "(?<!", "(?<name>") holds no words.
      const m = /^\(\?(?:<[=!]|[:=!]|<[a-z]\w*>)/.exec(pattern.slice(i));
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    const two = pattern.slice(i, i + 2);
    if (two === 'lj' || two === 'nj' || two === 'dž') {
      out += two === 'lj' ? 'љ' : two === 'nj' ? 'њ' : 'џ';
      i++;
      continue;
    }
    out += CYRILLIC[c] ?? c;
  }
  return out;
}

const both = (p: string): string => `(?:${p})|(?:${cyrillic(p)})`;
const bothAll = (t: LanguageTable): LanguageTable => {
  const map = (v: unknown, key: string): unknown => {
    if (key === 'code' || key === 'chrono' || key === 'ambiguousReturnTo') return v;
    if (typeof v === 'string') return both(v);
    if (Array.isArray(v)) {
      // [pattern, slug] pairs keep their slug; plain lists of patterns get both scripts.
      if (v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && /^[a-z][a-z_-]*$/.test(v[1]) && key === 'pair') return [both(v[0]), v[1]];
      return v.map((x) => map(x, Array.isArray(x) && x.length === 2 && typeof x[1] === 'string' ? 'pair' : key));
    }
    if (v && typeof v === 'object') {
      if (key === 'units' || key === 'multipliers') {
        return Object.fromEntries(Object.entries(v as Record<string, number>).flatMap(([k, n]) => [[k, n], [cyrillic(k), n]]));
      }
      if (key === 'nounsItem') {
        const n = v as { pattern: string };
        return { ...n, pattern: both(n.pattern) };
      }
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([k, x]) => {
          if (k === 'nouns') return [k, (x as unknown[]).map((n) => map(n, 'nounsItem'))];
          if ((k === 'joiners' || k === 'articles' || k === 'singular' || k === 'abbreviations') && Array.isArray(x)) return [k, (x as string[]).flatMap((w) => [w, cyrillic(w)])];
          if (k === 'dotThousands' || k === 'cjkDays') return [k, x];
          if (k === 'weekdays' || k === 'months') return [k, (x as string[]).map(both)];
          if (k === 'objectPrepositions') return [k, (x as string[]).flatMap((w) => [w, cyrillic(w)])];
          return [k, map(x, k)];
        }),
      );
    }
    return v;
  };
  return map(t, 'table') as LanguageTable;
};

/** Serbian, in Latin and Cyrillic letters alike. */
export const sr: LanguageTable = { ...bothAll(hr), code: 'sr' };
