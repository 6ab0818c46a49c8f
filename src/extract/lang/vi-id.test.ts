import { describe, expect, it } from 'vitest';
import type { Claim } from '../../domain/index.js';
import { extractClaims } from '../index.js';

// Short reports written for these tests.
const claims = (language: string, text: string): Claim[] =>
  extractClaims({ text, title: null, language, publishedAt: null, format: 'text', contentHash: '' }, { publishedAt: '2025-06-12', language });
const read = (language: string, text: string): string[] =>
  claims(language, text).map(
    (c) => `${c.kind} ${c.from ?? '?'}→${c.to ?? '?'} ${c.category} ${c.count ? `${c.count.value}${c.count.qualifier === 'exact' ? '' : ` ${c.count.qualifier}`}` : '-'}`,
  );

describe('Indonesian', () => {
  it('reads a party after "dari" as the giver, not as the nationality of the counted', () => {
    expect(read('id', 'Ukraina menerima jenazah 909 tentara dari Rusia.')).toEqual(['event russia→ukraine remains 909']);
  });

  it('reads each side\'s part of a swap with "masing-masing"', () => {
    expect(read('id', 'Rusia dan Ukraina bertukar masing-masing 95 tawanan perang.')).toEqual(['event russia→ukraine pow 95', 'event ukraine→russia pow 95']);
  });

  it('reads a plan and a qualified figure', () => {
    expect(read('id', 'Israel akan membebaskan sekitar 1.900 tahanan Palestina.')).toEqual(['plan israel→hamas detainees 1900 about']);
  });

  it('reads Malay with the Indonesian table', () => {
    expect(read('ms', 'Hamas membebaskan tiga sandera Israel pada hari Sabtu.')).toEqual(['event hamas→israel hostages 3']);
  });
});

describe('Vietnamese', () => {
  it('takes no weekday ("thứ Bảy", Saturday) for a count', () => {
    expect(read('vi', 'Hamas hôm thứ Bảy đã thả ba con tin Israel.')).toEqual(['event hamas→israel hostages 3']);
  });

  it('reads a party after "từ" as the giver, not as the nationality of the counted', () => {
    expect(read('vi', 'Ukraine đã nhận lại thi thể của 909 binh sĩ từ Nga.')).toEqual(['event russia→ukraine remains 909']);
  });

  it('reads each side\'s part of a swap with "mỗi bên"', () => {
    expect(read('vi', 'Nga và Ukraine đã trao đổi mỗi bên 95 tù binh chiến tranh.')).toEqual(['event russia→ukraine pow 95', 'event ukraine→russia pow 95']);
  });

  it('reads a plan and a qualified figure', () => {
    expect(read('vi', 'Israel sẽ trả tự do cho khoảng 1.900 tù nhân Palestine.')).toEqual(['plan israel→hamas detainees 1900 about']);
  });
});
