import { describe, expect, it } from 'vitest';
import { tableDates } from './table-dates.js';
import { TABLES } from './lexicon.js';

const days = (lang: string, text: string, published: string | null = '2023-12-14'): string[] =>
  tableDates(text, TABLES[lang]!, published).map((d) => d.span.start);

describe('tableDates', () => {
  it('reads a weekday as the last such day on or before publication (2023-12-14 is a Thursday)', () => {
    expect(days('hi', 'अज़रबैजान ने बुधवार को 32 सैनिक सौंपे')).toEqual(['2023-12-13']);
    expect(days('hi', 'गुरुवार को')).toEqual(['2023-12-14']);
    expect(days('bn', 'আজারবাইজান শুক্রবার')).toEqual(['2023-12-08']);
  });

  it('reads yesterday, today and a day with a month name', () => {
    expect(days('fa', 'دیروز')).toEqual(['2023-12-13']);
    expect(days('ur', 'آج')).toEqual(['2023-12-14']);
    expect(days('hi', '29 जनवरी को', '2026-01-30')).toEqual(['2026-01-29']);
    // A day after publication with no year is last year's.
    expect(days('hi', '29 दिसंबर को', '2026-01-30')).toEqual(['2025-12-29']);
  });

  it('reads Chinese day-of-month forms, with and without the month, in the spaced text', () => {
    expect(days('zh', '阿塞拜疆 13 日向 亚美尼亚')).toEqual(['2023-12-13']);
    expect(days('zh', '新华社 基辅 6 月 11 日 电', '2025-06-11')).toEqual(['2025-06-11']);
    expect(days('zh', '20 日', '2025-11-05')).toEqual(['2025-10-20']);
    expect(days('zh', '日本 官员')).toEqual([]);
  });

  it('resolves nothing without a publication date', () => {
    expect(days('hi', 'बुधवार को', null)).toEqual([]);
  });
});
