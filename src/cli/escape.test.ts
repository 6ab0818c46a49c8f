import { describe, expect, it } from 'vitest';
import { oneLine, shown, terminalSafeJson } from './escape.js';
import { parseMaxBytes } from './read-input.js';

describe('names as a terminal shows them', () => {
  it('leaves ordinary names alone, Cyrillic and spaces included', () => {
    expect(shown('reports/Обмін полоненими 2025.txt')).toBe('reports/Обмін полоненими 2025.txt');
  });

  it('quotes and escapes newlines, escape sequences and bidi controls', () => {
    expect(shown('two\nlines.txt')).toBe('"two\\nlines.txt"');
    expect(shown('report\u202Etxt.exe')).toBe('"report\\u202etxt.exe"');
    expect(shown('\u001b[2Jwiped "x".txt')).toBe('"\\u001b[2Jwiped \\"x\\".txt"');
    expect(oneLine('cannot read a\nb: no such file')).toBe('cannot read a\\nb: no such file');
  });

  it('keeps JSON the same value while escaping what a terminal would act on', () => {
    const value = { path: 'a\u202Eb\u2028c.txt', text: 'x\ny' };
    const json = terminalSafeJson(JSON.stringify(value, null, 2));
    expect(json).not.toMatch(/[\u202E\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('--max-bytes', () => {
  it('reads sizes in powers of 1024 and refuses what is not one', () => {
    expect(parseMaxBytes(undefined)).toEqual({ ok: true, value: 16 * 1024 * 1024 });
    expect(parseMaxBytes('64M')).toEqual({ ok: true, value: 64 * 1024 * 1024 });
    expect(parseMaxBytes('512kb')).toEqual({ ok: true, value: 512 * 1024 });
    expect(parseMaxBytes('1000')).toEqual({ ok: true, value: 1000 });
    for (const bad of ['0', '-1', '1.5M', 'lots', '513M', '1G']) expect(parseMaxBytes(bad).ok, bad).toBe(false);
  });
});
