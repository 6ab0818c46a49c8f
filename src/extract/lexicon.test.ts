import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemRegExp, tableFor } from './lexicon.js';

/** Every match of a pattern over a text, as [index, text] pairs, by exec (global) or by test (not). */
function scan(re: RegExp, s: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  re.lastIndex = 0;
  if (!re.global) {
    const m = re.exec(s);
    return m ? [[m.index, m[0]]] : [];
  }
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

describe('stemRegExp (word starts checked by hand)', () => {
  // Letters, marks, an astral letter (𝐀), digits and separators around the stems.
  const pieces = ['swap', 'swapped', 'ex', 'exchang', 'e', 'a', 'ü', '\u0301', '𝐀', '𝟏', '1', ' ', '-', '.', '\n', 'обмін', 'б'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));
  const stems = ['swap', 'exchang', 'ex(?:change)?', 'обмін', 'e'];

  it.each(['giu', 'iu', 'gu'])('finds what the pattern with its look-behind finds (flags %s)', (flags) => {
    const fast = stemRegExp(stems, flags);
    const plain = new RegExp(fast.source, fast.flags);
    fc.assert(
      fc.property(text, (s) => {
        expect(scan(fast, s)).toEqual(scan(plain, s));
      }),
    );
  });

  it('answers test, match and matchAll as the full pattern does', () => {
    const fast = stemRegExp(['swap', 'exchang'], 'giu');
    expect(fast.test('a prisoner swap')).toBe(true);
    fast.lastIndex = 0;
    expect(fast.test('the unswapped list')).toBe(false);
    expect('swap, re-exchange, swaps'.match(fast)).toEqual(['swap', 'exchang', 'swap']);
    expect([...'noswap swap'.matchAll(fast)].map((m) => m.index)).toEqual([7]);
  });

  it('gives the same screen and transfer verdicts as plain patterns over a table', () => {
    const lex = tableFor('en');
    for (const s of ['Russia handed over 84 prisoners', 'the reswap was delayed', 'handover of remains', 'nothing here']) {
      for (const re of [lex.screen, lex.transfer, lex.give]) {
        const plain = new RegExp(re.source, re.flags);
        expect(scan(re, s)).toEqual(scan(plain, s));
      }
    }
  });
});
