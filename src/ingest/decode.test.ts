import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { chooseEncoding, decodeBytes, guessSingleByteCyrillic, normaliseCharset } from './decode.js';

const RU = 'Стороны провели обмен пленными, сообщили в министерстве.';
const UK = 'Сторони провели обмін полоненими, повідомили в міністерстві.';

const encode = (text: string, enc: string): Uint8Array => new Uint8Array(iconv.encode(text, enc));
const page = (charsetMeta: string, body: string): string =>
  `<!DOCTYPE html><html><head>${charsetMeta}<title>T</title></head><body><p>${body}</p></body></html>`;

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Обмін')]);
    expect(decodeBytes(bytes)).toEqual({ text: 'Обмін', encoding: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE by their BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, ...iconv.encode(RU, 'utf-16le')]);
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(RU, 'utf-16be')]);
    expect(decodeBytes(le)).toEqual({ text: RU, encoding: 'utf-16le' });
    expect(decodeBytes(be)).toEqual({ text: RU, encoding: 'utf-16be' });
  });

  it('follows <meta charset> for windows-1251', () => {
    const html = page('<meta charset="windows-1251">', RU);
    const { text, encoding } = decodeBytes(encode(html, 'windows-1251'), { markup: true });
    expect(encoding).toBe('windows-1251');
    expect(text).toContain(RU);
  });

  it('follows http-equiv content-type for koi8-r', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=KOI8-R">', RU);
    const { text, encoding } = decodeBytes(encode(html, 'koi8-r'), { markup: true });
    expect(encoding).toBe('koi8-r');
    expect(text).toContain(RU);
  });

  it('lets the declared content type win over the page', () => {
    const html = page('<meta charset="koi8-r">', UK);
    const { text } = decodeBytes(encode(html, 'windows-1251'), { markup: true, contentType: 'text/html; charset=cp1251' });
    expect(text).toContain(UK);
  });

  it('reads iso-8859-1 declarations as windows-1252', () => {
    const bytes = encode('Caf\u00e9 \u201cquoted\u201d', 'windows-1252');
    expect(decodeBytes(bytes, { contentType: 'text/plain; charset=ISO-8859-1' }).text).toBe('Café “quoted”');
  });

  it('prefers valid UTF-8 over a stale legacy <meta>', () => {
    const html = page('<meta charset="windows-1251">', RU);
    const { text, encoding } = decodeBytes(new TextEncoder().encode(html), { markup: true });
    expect(encoding).toBe('utf-8');
    expect(text).toContain(RU);
  });

  it('ignores charset declarations outside markup unless asked', () => {
    const text = `Note: <meta charset="koi8-r"> is mentioned here. ${RU}`;
    expect(decodeBytes(new TextEncoder().encode(text)).text).toBe(text);
  });

  it('falls back to windows-1251 for undeclared Cyrillic that is not UTF-8', () => {
    expect(decodeBytes(encode(`${RU}\n${UK}`, 'windows-1251'))).toEqual({ text: `${RU}\n${UK}`, encoding: 'windows-1251' });
  });

  it('tells undeclared KOI8 from windows-1251 by where lowercase letters sit', () => {
    const { text } = decodeBytes(encode(RU, 'koi8-r'));
    expect(text).toBe(RU);
  });

  it('does not take accented Western text for Cyrillic', () => {
    const bytes = encode('Le café de la gare a rouvert après les travaux, déclare le maire.', 'windows-1252');
    expect(guessSingleByteCyrillic(bytes)).toBeNull();
    expect(decodeBytes(bytes).encoding).toBe('utf-8');
  });

  it('reads UTF-16 without a BOM when every other byte is zero', () => {
    const bytes = new Uint8Array(iconv.encode('The exchange took place on Friday.', 'utf-16le'));
    expect(decodeBytes(bytes).text).toBe('The exchange took place on Friday.');
  });

  it('ignores unknown charset labels', () => {
    const html = page('<meta charset="x-no-such-thing">', 'Plain words.');
    expect(decodeBytes(new TextEncoder().encode(html), { markup: true }).encoding).toBe('utf-8');
  });

  it('never throws, whatever the bytes and the declared charset', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(undefined, 'text/html; charset=koi8-r', 'charset=utf-16', 'charset=bogus'), (bytes, contentType) => {
        const { text } = decodeBytes(bytes, { markup: true, contentType });
        expect(typeof text).toBe('string');
        expect(chooseEncoding(bytes).bomLength).toBeLessThanOrEqual(3);
      }),
      { numRuns: 300 },
    );
  });
});

describe('normaliseCharset', () => {
  it('maps common labels and rejects unknown ones', () => {
    expect(normaliseCharset('UTF8')).toBe('utf-8');
    expect(normaliseCharset('"windows-1251"')).toBe('windows-1251');
    expect(normaliseCharset('x-cp1251')).toBe('windows-1251');
    expect(normaliseCharset('latin1')).toBe('windows-1252');
    expect(normaliseCharset('koi8-u')).toBe('koi8-u');
    expect(normaliseCharset('nonsense-42')).toBeNull();
  });
});
