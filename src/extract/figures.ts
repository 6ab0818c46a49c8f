import type { Category, PartySlug } from '../domain/index.js';
import type { CompiledTable } from './lexicon.js';
import type { NumberMention } from './numbers.js';
import { type DocContext, descriptorSide } from './context.js';

/** A figure read together with the words around it: what it counts and whose people they are. */
export interface Figure {
  n: NumberMention;
  /** End of the noun phrase (relative to the sentence). */
  end: number;
  category: Category | null;
  wounded: boolean;
  /** Whose people they are ("Ukrainian soldiers"). */
  nationality: PartySlug | null;
  /** Introduced by "including", "among them": a part of a total. */
  part: boolean;
  /** A part listed after a colon ("410 people: 300 servicemen and 110 civilians"): the list's items are all parts. */
  colonPart?: boolean;
  /** Introduced by "in exchange for", "in return": the other side of the swap. */
  inReturn: boolean;
  /** Followed by "in return" ("received 24 bodies in return"): the other side of the swap, when nothing in the sentence says whose. */
  returnAfter: boolean;
  /** No noun of its own: the category comes from the rest of the sentence. */
  bare: boolean;
  /** The noun names people without saying what they were held as ("13 Israelis", "39 people"). */
  people: boolean;
  /** "N each", "N from each side". */
  each: boolean;
  /** "N for M": index of the figure it swaps against. */
  swapWith: number | null;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.\-/]*|[,;:()]/gu;
/** "28-year-old", "28-річного": the figure is part of a word; "5-for-5" is a swap, read apart. */
const COMPOUND_AFTER = /^-\p{L}/u;
/** A full stop right after digits, then a lower-case word of a cased script: an ordinal, not the end of a sentence. */
const ORDINAL_DOT = /^\.\s*(?=[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}])\p{Ll}/u;

/** Reads the noun phrase after each figure. Figures that count no people are dropped. */
export function readFigures(low: string, numbers: NumberMention[], lex: CompiledTable, ctx: DocContext): Figure[] {
  numbers = numbers.slice();
  const out: Figure[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let n = numbers[i]!;
    // "27 out of 28 hostages": the first figure is the count, with the second's noun; the second is a reference total.
    const next = numbers[i + 1];
    if (next && lex.outOf && lex.outOf.test(low.slice(n.end, next.start))) {
      numbers = [...numbers.slice(0, i + 1), ...numbers.slice(i + 2)];
      n = { ...n, end: next.end };
    }
    const before = low.slice(Math.max(0, n.qualStart - 70), n.qualStart);
    if (lex.ageBefore.test(before) || lex.idBefore.test(before) || (!n.words && lex.rangeBefore.test(before))) continue;
    const after = low.slice(n.end);
    // "One of the women released": a person singled out, not a count.
    if (n.words && n.value === 1 && lex.oneOf?.test(after)) continue;
    if (lex.notCount.test(after) || (COMPOUND_AFTER.test(after) && !lex.forSwap.test(after)) || lex.rangeAfter.test(after)) continue;
    // "56. wymiana", "die 50. Austausch": digits with a full stop and a lower-case word after them are an ordinal.
    if (!n.words && ORDINAL_DOT.test(after)) continue;
    let np = nounPhrase(after, lex, (w) => descriptorOf(w, lex, ctx));
    // "of whom 46 were wounded", "из них 46 — раненые": what the figure counts comes after a copula.
    const copula = np.category === null ? lex.copula?.exec(after) : null;
    if (copula) {
      const predicate = nounPhrase(after.slice(copula[0].length), lex);
      if (predicate.category !== null) np = { ...predicate, length: copula[0].length + predicate.length };
    }
    let category = np.category;
    let wounded = np.wounded;
    const remainsBefore = lex.remainsBefore.test(before);
    if (remainsBefore || np.remainsAfter) category = 'remains';
    if (np.notPeople) continue;
    // "15 bodies for every hostage": a rate of exchange, not a count of anyone handed over.
    if (lex.ratioAfter?.test(low.slice(n.end + np.length))) continue;
    // A bare year ("reached in 2025") is a date, not a head count.
    if (category === null && !remainsBefore && !n.words && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(low.slice(n.start, n.end))) continue;
    // "the two sides", "three rounds": a bare figure followed by another word counts that word.
    // "포로 84명", "捕虜 84 人": where a counter follows the figure, the noun stands before it.
    let nationalityBefore: PartySlug | null = null;
    // A counter with a demonym after it ("32명을 아르메니아에") counts the noun before the figure all the same.
    if ((category === null || category === 'people') && !remainsBefore && lex.table.nounsBefore) {
      const [before, demonym] = nounJustBefore(low, n.qualStart, lex);
      if (before !== null) [category, nationalityBefore] = [before, demonym];
    }
    // "…, bringing the total to 6,000 this year": a figure right after a total word counts what the total counts.
    const afterTotal = category === null && endsWithTotal(before, lex);
    if (category === null && !remainsBefore && !afterTotal && lex.bareFollower && !lex.bareFollower.test(after)) {
      // "three children and one adult", "трьох дітей та одну недієздатну особу": a figure joined to a
      // count of people by a list word counts people too, whatever its noun.
      const prior = out[out.length - 1];
      const joined = prior !== undefined && prior.category !== null && !prior.bare && listJoined(low.slice(prior.end, n.qualStart), lex);
      if (!joined) continue;
      const words = /^(?:\s+[\p{L}\p{M}][\p{L}\p{M}'’-]*){1,3}/u.exec(after.split(/[,;:.!?()]/u)[0] ?? '');
      out.push({
        n,
        end: n.end + (words?.[0].length ?? 0),
        category: 'mixed',
        wounded: false,
        nationality: null,
        part: prior.part,
        inReturn: false,
        returnAfter: false,
        bare: false,
        people: true,
        each: false,
        swapWith: null,
      });
      continue;
    }
    if (category === null && !remainsBefore) {
      // A bare figure: "received 24 in return", "1,000 for 38", "with 78, 19 and 31 sent back".
      out.push({ n, end: n.end, category: null, wounded: false, nationality: np.nationality, part: false, inReturn: lex.inReturn.test(before), returnAfter: false, bare: true, people: false, each: false, swapWith: null });
      continue;
    }
    const tail = low.slice(n.end + np.length);
    // "12 of them were civilians": a partitive before the copula makes a part too.
    // "410 people: 300 servicemen and 110 civilians": a figure right after a counted figure and a colon is its part.
    const prior = out[out.length - 1];
    const afterColon = prior !== undefined && prior.category !== null && /^[^\d.!?;:]{0,80}:\s*$/u.test(low.slice(prior.end, n.qualStart));
    const part = afterColon || lex.partOf.test(before) || lex.partAfter.test(tail) || (copula ? lex.partAfter.test(after) : false);
    // "The remains include 320 soldiers who died near Donetsk": the people a count of the dead is made of are bodies.
    if (part && lex.partOfRemains.test(before)) category = 'remains';
    const resolved = resolveCategory(category, ctx);
    if (resolved !== 'pow') wounded = false;
    out.push({
      n,
      end: n.end + np.length,
      category: resolved,
      wounded,
      nationality: nationalityBefore ?? np.nationality,
      part,
      ...(afterColon ? { colonPart: true } : {}),
      inReturn: lex.inReturn.test(before),
      returnAfter: lex.inReturnAfter?.test(tail) ?? false,
      bare: false,
      people: category === 'people',
      each: lex.each.test(tail.slice(0, 60)) || lex.eachBefore.test(before.slice(-40)) || (lex.eachSuffix?.test(low.slice(Math.max(n.start, n.end - 12), n.end + 4)) ?? false),
      swapWith: null,
    });
  }
  // "1,000 for 38": pair figures joined by "for" so each gets its own side.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    const between = low.slice(a.n.end, b.n.qualStart).replace(/["'«»“”]/gu, '');
    if (lex.forSwap.test(between) && between.length < 12) {
      a.swapWith = i + 1;
      b.swapWith = i;
      b.inReturn = true;
      if (b.category === null) {
        b.category = a.category;
        b.bare = false;
      }
      if (a.category === null) {
        a.category = b.category;
        a.bare = false;
      }
    }
  }
  return out;
}

interface NounPhrase {
  category: Category | 'people' | 'prisoners' | 'captives' | null;
  wounded: boolean;
  nationality: PartySlug | null;
  remainsAfter: boolean;
  length: number;
  notPeople?: boolean;
}

/** Where the word before `at` starts. */
function lastEndBefore(s: string, at: number): number {
  const m = /[\p{L}\p{M}]+\s*$/u.exec(s.slice(0, at));
  return m ? m.index : at;
}

/** Only a list word between two figures ("… and ", ", ", " та "), nothing else. */
export function listJoined(gap: string, lex: CompiledTable): boolean {
  if (gap.length > 12 || /[\d.!?;:]/u.test(gap)) return false;
  return lex.listJoiner.test(gap) && gap.replace(new RegExp(lex.listJoiner.source, 'giu'), '').trim() === '';
}

/** "army detainees", "government prisoners": the side a word for a state's forces or an armed group stands for. */
function descriptorOf(word: string, lex: CompiledTable, ctx: DocContext): PartySlug | null {
  for (const [re, kind] of [[lex.stateForces, 'state'], [lex.armedGroup, 'group']] as const) {
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(word);
    if (m && m.index === 0 && m[0].length === word.length) return descriptorSide(kind, ctx);
  }
  return null;
}

/** Up to eight words after a figure: modifiers and nationalities, then a head noun. */
function nounPhrase(after: string, lex: CompiledTable, descriptor: (word: string) => PartySlug | null = () => null): NounPhrase {
  const res: NounPhrase = { category: null, wounded: false, nationality: null, remainsAfter: false, length: 0 };
  WORD.lastIndex = 0;
  let steps = 0;
  let lastEnd = 0;
  let demonymEnd = 0;
  let civilianModifier = false;
  for (let m = WORD.exec(after); m && steps < 8; m = WORD.exec(after), steps++) {
    const word = m[0];
    // The phrase is contiguous: a figure, a bracket or a full stop between words ends it.
    if (!/^[\s"'«»“”‘’-]*$/u.test(after.slice(lastEnd, m.index))) break;
    lastEnd = m.index + word.length;
    const rest = after.slice(m.index);
    if (/^[,;:()]$/.test(word)) {
      // "1,000 (one thousand) bodies" and "84, including" stop the phrase; a comma between adjectives does not.
      // Where the noun stands before the figure ("포로는 3000명, 러시아군 포로는 …"), what follows a comma is the next item.
      if (word === ',' && res.nationality === null && steps < 3 && !lex.table.nounsBefore) continue;
      break;
    }
    const noun = lex.nouns.find(([re]) => re.test(rest));
    if (noun) {
      const [re, cat, wounded] = noun;
      const len = re.exec(rest)![0].length;
      // A word that is also a modifier ("wounded soldiers", "women prisoners") yields to the next noun.
      const next = after.slice(m.index + len).match(/^\s+([\p{L}\p{M}'’.-]+)/u);
      const nextRest = next ? after.slice(m.index + len + next[0].length - next[1]!.length) : '';
      const yields = cat === 'people' || lex.modifier.test(word) || wounded;
      const nextIsNoun = next && yields && lex.nouns.some(([r, c]) => c !== 'people' && r.test(nextRest));
      // "civilian sailors", "civilian detainees": the modifier says who they are, whatever the head noun.
      if (nextIsNoun && cat === 'civilians') civilianModifier = true;
      if (!nextIsNoun) {
        res.category = civilianModifier && (cat === 'pow' || cat === 'prisoners' || cat === 'captives' || cat === 'people' || cat === 'detainees') ? 'civilians' : cat;
        res.wounded ||= wounded || lex.wounded.test(after.slice(0, m.index));
        if (!res.nationality) res.nationality = lex.nationalityAt(rest) ?? null;
        res.length = m.index + len;
        const tail = after.slice(res.length);
        // "four prisoner swaps": the noun qualifies another noun, and what is counted is not people.
        if (lex.nounOfNoun.test(tail)) {
          res.category = null;
          res.length = 0;
          res.notPeople = true;
          return res;
        }
        res.remainsAfter = lex.remainsAfter.test(tail);
        // "bodies of Russian soldiers", "members of Sudan's army": the owner follows the head.
        const of = lex.ofOwner.exec(tail);
        if (!res.nationality && of) {
          const owner = tail.slice(of[0].length).split(/[,.;:!?()«»"“”]/u)[0] ?? '';
          const words = owner.split(/[^\p{L}\p{M}'’-]+/u).slice(0, 4);
          res.nationality =
            words.map((w) => lex.nationalityAt(w)).find(Boolean) ??
            lex.partyOf.find(([r]) => r.test(owner.split(/\s+(?:[\p{L}]+ed|were|was|had)\b/u)[0] ?? ''))?.[1] ??
            null;
        }
        if (res.remainsAfter) res.length += lex.remainsAfter.exec(tail)![0].length;
        return res;
      }
      // It yields to the noun after it ("раненными военнослужащими", "women prisoners"): read on.
      if (wounded || lex.wounded.test(word)) res.wounded = true;
      continue;
    }
    // "125 SAF soldiers", "20 Hamas hostages": a party's name before the noun says whose people they are.
    const named = steps < 3 ? lex.partyNamed(word) : null;
    if (named && lex.nouns.some(([re]) => re.test(after.slice(m.index + word.length).trimStart()))) {
      res.nationality ??= named;
      continue;
    }
    // "sechs von Russland verschleppte ukrainische Kinder": a party before a participle is its agent, not the owner.
    const nextWord = /^\s+([\p{L}\p{M}]+)/u.exec(after.slice(m.index + word.length))?.[1];
    if (lex.partyNamed(word) && steps > 0 && nextWord && lex.modifier.test(nextWord) && lex.modifier.test(after.slice(lastEndBefore(after, m.index), m.index).trim())) continue;
    const nat = lex.nationalityAt(word);
    if (nat) {
      res.nationality ??= nat;
      demonymEnd = m.index + word.length;
      continue;
    }
    // "6 army detainees", "76 government prisoners", "1,000 federal army soldiers": whose people they are.
    const forces = steps < 3 ? descriptor(word) : null;
    if (forces) {
      res.nationality ??= forces;
      continue;
    }
    if (lex.modifier.test(word) || /^[\p{L}]+-(?:year|old|born)/u.test(word)) {
      if (lex.wounded.test(word)) res.wounded = true;
      continue;
    }
    break;
  }
  // "681 Houthis", "15 Saudis": a demonym with no noun after it is the people counted.
  if (res.category === null && demonymEnd > 0 && res.nationality) {
    res.category = 'people';
    res.length = demonymEnd;
  }
  return res;
}

/**
 * The head noun of the word right before a figure, and a demonym before that noun, for languages that
 * put the noun first and a counter after ("미국인 억류자 3명", American detainees 3-counter).
 */
function nounJustBefore(low: string, at: number, lex: CompiledTable): [NounPhrase['category'], PartySlug | null] {
  const words = /(?:([\p{L}\p{M}]+)\s+)?([\p{L}\p{M}]+)\s*$/u.exec(low.slice(Math.max(0, at - 40), at));
  const last = words?.[2];
  const pair = words?.[1] && last ? `${words[1]} ${last}` : undefined;
  const nounOf = (w: string | undefined): NounPhrase['category'] => (w ? (lex.nouns.find(([re]) => re.test(w))?.[1] ?? null) : null);
  // A noun split in two by the word segmenter of an unspaced script ("米国 人") is read whole first.
  const whole = nounOf(pair);
  const category = whole ?? nounOf(last);
  const noun = whole ? pair : last;
  const demonym = whole ? undefined : words?.[1];
  const whose = (w: string | undefined): PartySlug | null => (w ? (lex.nationalities.find(([re]) => re.test(w))?.[1] ?? null) : null);
  // "미국인 억류자 3명": the demonym before the noun; "우크라이나인 84명": the noun is the demonym.
  return [category, category ? (whose(demonym) ?? whose(noun)) : null];
}

function resolveCategory(cat: NounPhrase['category'], ctx: DocContext): Category {
  switch (cat) {
    case 'people':
      return 'mixed';
    case 'prisoners':
      return ctx.detainees ? 'detainees' : 'pow';
    case 'captives':
      return ctx.hostages ? 'hostages' : 'pow';
    case null:
      return 'mixed';
    default:
      return cat;
  }
}

/** Whether a running-total word ends right before a figure ("bringing the total to", "общее число достигло"). */
function endsWithTotal(before: string, lex: CompiledTable): boolean {
  const tail = before.slice(-30);
  lex.cumulative.lastIndex = 0;
  for (let m = lex.cumulative.exec(tail); m; m = lex.cumulative.exec(tail)) {
    if (tail.length - (m.index + m[0].length) <= 12) return true;
    if (m[0].length === 0) lex.cumulative.lastIndex++;
  }
  return false;
}
