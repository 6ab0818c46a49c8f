import type { Attribution } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';
import { OFFICIALS } from './lang/officials.js';

const L = '\\p{L}\\p{M}';
const OFFICIAL_RES = OFFICIALS.map((o) => ({
  official: o,
  re: new RegExp(`(?<![${L}])(?:${o.patterns.join('|')})`, 'giu'),
}));

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

/** Officials and bodies named in a sentence, in order. */
export function officialsIn(low: string): Hit[] {
  const hits: Hit[] = [];
  for (const { official, re } of OFFICIAL_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) {
      hits.push({ start: m.index, end: m.index + m[0].length, speaker: official.name, party: official.party });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function findSpeaker(sentence: string, low: string, lex: CompiledTable): SpeakerFind | null {
  const speech: number[] = [];
  const according: number[] = [];
  for (const [re, into] of [[lex.speech, speech], [lex.according, according]] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(low); m; m = re.exec(low)) into.push(m.index);
  }
  speech.push(...according);
  if (speech.length === 0) return null;
  const officials = officialsIn(low);
  const best = nearest(officials, speech);
  if (best) return { attribution: { speaker: best.speaker, party: best.party }, pronoun: false };

  // A party speaking as a whole: "Kyiv said", "according to the Russian side".
  const parties: Hit[] = [];
  lex.parties.lastIndex = 0;
  for (let m = lex.parties.exec(low); m; m = lex.parties.exec(low)) {
    const party = lex.partyOf.find(([re]) => re.test(m![0]))?.[1] ?? null;
    const ownerRe = /^(?:(?:'s|’s)\s+|\s+)?(?:[\p{L}-]+\s+){0,3}?(?:ministry|headquarters|office|side|government|authorities|officials?|ombudsman|commissioner|army|military|forces|president|spokes\p{L}*|agency|service|command|staff|council|committee|embassy|presidency|mission)/iu;
    const owned = ownerRe.exec(low.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (owned ? owned[0].length : 0);
    parties.push({ start: m.index, end, speaker: sentence.slice(m.index, end).trim(), party });
  }
  // A party speaks before its verb ("Kyiv said") or after "according to"; "said Kyiv was freeing" is a subject, not a speaker.
  const byParty =
    nearest(parties, speech, 30, (h, p) => h.end <= p) ?? nearest(parties, according, 40, (h, p) => h.start >= p);
  if (byParty) return { attribution: { speaker: tidy(byParty.speaker), party: byParty.party }, pronoun: false };

  // "… in which the ICRC said": a mediator that speaks for itself.
  const pron = lex.pronouns.exec(low);
  if (pron && speech.some((p) => Math.abs(p - pron.index) < 30)) return { attribution: { speaker: null, party: null }, pronoun: true };
  return null;
}

function nearest(hits: Hit[], speech: number[], maxGap = 120, allowed: (h: Hit, p: number) => boolean = () => true): Hit | null {
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
  return best;
}

const tidy = (s: string): string => s.replace(/^(?:the)\s+/i, '').replace(/[,;:.]+$/, '');
