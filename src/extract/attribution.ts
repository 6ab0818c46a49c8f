import type { Attribution } from '../domain/index.js';
import { type CompiledTable, stemRegExp } from './lexicon.js';
import { OFFICIALS } from './lang/officials.js';

/** Who speaks in a sentence: a known official or body next to a speech verb, or a party that "said". */
export interface SpeakerFind {
  attribution: Attribution;
  /** The sentence only continues an earlier speaker ("he said"). */
  pronoun: boolean;
}

interface Hit {
  start: number;
  end: number;
  speaker: string;
  party: string | null;
}

/** Scripts that officials' names are written in, as bits: a text is scanned only for the scripts it holds. */
const SCRIPTS: Array<[bit: number, letters: RegExp]> = [
  [1, /[\u0400-\u052f]/u], // Cyrillic
  [2, /[\u0590-\u05ff]/u], // Hebrew
  [4, /[\u0600-\u06ff\u0750-\u077f]/u], // Arabic
];
const scriptsOf = (s: string): number => SCRIPTS.reduce((bits, [bit, re]) => (re.test(s) ? bits | bit : bits), 0);

/**
 * One named group per official: a single scan finds every name, and the group says whose it is.
 * Names in scripts the text does not use are left out of the pattern (Latin names are always in),
 * which halves the scan on a typical report.
 */
const byScripts = new Map<number, RegExp>();
function officialPattern(textScripts: number): RegExp {
  let re = byScripts.get(textScripts);
  if (!re) {
    const groups = OFFICIALS.map((o, i) => {
      const kept = o.patterns.filter((p) => (scriptsOf(p) & ~textScripts) === 0);
      return `(?<o${i}>${kept.length ? kept.join('|') : '(?!)'})`;
    });
    re = stemRegExp(groups.join('|'), 'giu');
    byScripts.set(textScripts, re);
  }
  return re;
}

/** Officials and bodies named in a sentence, in order. */
export function officialsIn(low: string): Hit[] {
  const hits: Hit[] = [];
  const ANY_OFFICIAL = officialPattern(scriptsOf(low));
  ANY_OFFICIAL.lastIndex = 0;
  for (let m = ANY_OFFICIAL.exec(low); m; m = ANY_OFFICIAL.exec(low)) {
    const groups = m.groups ?? {};
    const key = Object.keys(groups).find((k) => groups[k] !== undefined);
    const official = key ? OFFICIALS[Number(key.slice(1))] : undefined;
    if (official) hits.push({ start: m.index, end: m.index + m[0].length, speaker: official.name, party: official.party });
    if (m[0].length === 0) ANY_OFFICIAL.lastIndex++;
  }
  return hits;
}

export function findSpeaker(sentence: string, low: string, lex: CompiledTable): SpeakerFind | null {
  const speech: number[] = [];
  const according: number[] = [];
  for (const [re, into] of [[lex.speech, speech], [lex.according, according]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) {
      into.push(m.index);
      if (m[0].length === 0) re.lastIndex++; // a zero-width match must not stall the scan
    }
  }
  speech.push(...according);
  if (speech.length === 0) return null;
  const officials = officialsIn(low);

  // A party speaking as a whole: "Kyiv said", "Russian officials said", "according to the Russian side".
  const parties: Hit[] = [];
  const addParty = (start: number, end0: number, party: string | null, needsOwner: boolean): void => {
    const owned = lex.owner.exec(low.slice(end0));
    if (needsOwner && !owned) return;
    const end = end0 + (owned ? owned[0].length : 0);
    parties.push({ start, end, speaker: sentence.slice(start, end).trim(), party });
  };
  for (const h of lex.partyHits(low)) addParty(h.start, h.end, lex.partyNamed(h.text), false);
  for (const h of lex.nationalityHits(low)) addParty(h.start, h.end, lex.nationalityNamed(h.text), true);
  // A party speaks before its verb ("Kyiv said") or after "according to"; "said Kyiv was freeing" is a subject, not a speaker.
  const byOfficial = nearestWithGap(officials, speech, 80);
  // "… in an exchange with Armenia, a presidential adviser said": a party after a preposition is no speaker.
  const spoken = parties.filter((h) => !lex.objectBefore.test(low.slice(Math.max(0, h.start - 16), h.start)));
  // Where the subject may follow its verb ("заявила украинская сторона"), a party right after it, with no comma between, speaks.
  const afterVerb = lex.table.speakerAfterVerb === true;
  // After a quotation the verb comes first in any language ("'…,' said a Hezbollah official").
  const afterQuote = (p: number): boolean => /[,.!?]?\s*["”»’]\s*,?\s*$/u.test(low.slice(Math.max(0, p - 5), p));
  const byParty =
    // A speaker before its verb stands right at it: a party before a comma belongs to the clause before ("… freed by Ukraine, according to Russia's ministry").
    nearestWithGap(spoken, speech, 30, (h, p) => (h.end <= p && !/[,;]/u.test(low.slice(h.end, p))) || ((afterVerb || afterQuote(p)) && h.start >= p && !/[,;:«"“]/u.test(low.slice(p, h.start)))) ??
    nearestWithGap(parties, according, 40, (h, p) => h.start >= p);
  // A named official beats a body unless the body stands right at the verb and the official far away.
  const best = byOfficial && (!byParty || byOfficial.gap <= byParty.gap + 40) ? byOfficial.hit : byParty?.hit;
  if (best) return { attribution: { speaker: tidy(best.speaker), party: best.party }, pronoun: false };

  // "… in which the ICRC said": a mediator that speaks for itself.
  const pron = lex.pronouns.exec(low);
  if (pron && speech.some((p) => Math.abs(p - pron.index) < 30)) return { attribution: { speaker: null, party: null }, pronoun: true };
  return null;
}

function nearestWithGap(hits: Hit[], speech: number[], maxGap: number, allowed: (h: Hit, p: number) => boolean = () => true): { hit: Hit; gap: number } | null {
  let best: Hit | null = null;
  let bestGap = Infinity;
  for (const h of hits) {
    for (const p of speech) {
      if (!allowed(h, p)) continue;
      const gap = p >= h.end ? p - h.end : h.start >= p ? h.start - p : 0;
      if (gap < bestGap && gap <= maxGap) {
        best = h;
        bestGap = gap;
      }
    }
  }
  return best ? { hit: best, gap: bestGap } : null;
}

const tidy = (s: string): string => s.replace(/^(?:the)\s+/i, '').replace(/[,;:.]+$/, '');
