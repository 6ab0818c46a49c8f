import { describe, expect, it } from 'vitest';
import { cjkNumber, readableText } from './script-text.js';

describe('readableText', () => {
  it('leaves spaced text with ASCII digits as it is', () => {
    const s = 'Russia handed over 1,000 bodies on Thursday.';
    const r = readableText(s, 'en');
    expect(r.text).toBe(s);
    expect(r.original(10)).toBe(10);
  });

  it('reads Devanagari, Bengali, Thai, Khmer, Myanmar and full-width digits as ASCII, one for one', () => {
    expect(readableText('रूस ने १,००० शव सौंपे', 'hi').text).toBe('रूस ने 1,000 शव सौंपे');
    expect(readableText('৩২ জন', 'bn').text).toBe('32 জন');
    expect(readableText('ยูเครน ๑๒๐ คน', 'th').text).toContain('120');
    expect(readableText('捕虜８４人', 'ja').text).toContain('84');
  });

  it('reads lakh and crore grouping as plain digits', () => {
    expect(readableText('1,00,000 लोग और 12,50,000 रुपये', 'hi').text).toBe('100000 लोग और 1250000 रुपये');
  });

  it('puts a space between the words of unspaced scripts, and maps offsets back', () => {
    const s = '俄罗斯向乌克兰移交了1000具遗体。';
    const r = readableText(s, 'zh');
    expect(r.text.split(/\s+/u)).toEqual(expect.arrayContaining(['俄罗斯', '乌克兰', '移交', '1000', '具', '遗体']));
    const at = r.text.indexOf('1000');
    expect(s.slice(r.original(at), r.original(at + 4))).toBe('1000');
    const word = r.text.indexOf('遗体');
    expect(s.slice(r.original(word), r.original(word + 2))).toBe('遗体');
  });

  it('writes Chinese numerals and 万/億/만 figures as digits, but not vague ones', () => {
    expect(readableText('交换了一千二百名战俘', 'zh').text).toContain('1200 名');
    expect(readableText('另有1万2000人', 'zh').text).toContain('12000 人');
    expect(readableText('포로 1만 2천 명', 'ko').text).toContain('12000');
    expect(readableText('数千名战俘', 'zh').text).not.toMatch(/\d/u);
    expect(readableText('两名人质', 'zh').text).toContain('2 名');
  });

  it('separates a Korean counter from its figure', () => {
    expect(readableText('포로 84명이 귀환했다', 'ko').text).toContain('84 명이');
  });
});

describe('cjkNumber', () => {
  it.each([
    ['一千二百', 1200],
    ['三万', 30000],
    ['十二', 12],
    ['二十', 20],
    ['1万2000', 12000],
    ['3千', 3000],
    ['1만 2천', 12000],
    ['十二万', 120000],
    ['一千二百万', 12000000],
  ])('%s = %d', (s, n) => {
    expect(cjkNumber(s)).toBe(n);
  });

  it('reads a run of spelled digits without a multiplier as nothing', () => {
    expect(cjkNumber('一二')).toBeNull();
  });
});
