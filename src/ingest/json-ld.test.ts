import { describe, expect, it } from 'vitest';
import { jsonLdDatePublished } from './json-ld.js';

describe('jsonLdDatePublished', () => {
  it('reads datePublished at the top level', () => {
    expect(jsonLdDatePublished(['{"@type":"NewsArticle","datePublished":"2025-06-12T08:00:00Z"}'])).toBe('2025-06-12');
  });

  it('finds the article inside an @graph array, ahead of other entities', () => {
    const block = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Daily Invented' },
        { '@type': 'VideoObject', datePublished: '2019-01-01' },
        { '@type': 'WebPage', datePublished: '2025-06-11' },
        { '@type': ['NewsArticle'], headline: 'H', datePublished: '2025-06-12T10:00:00+03:00' },
      ],
    });
    expect(jsonLdDatePublished([block])).toBe('2025-06-12');
  });

  it('reads arrays of entities and nested main entities', () => {
    expect(jsonLdDatePublished(['[{"@type":"Organization"},{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2025-05-30"}}]'])).toBe(
      '2025-05-30',
    );
  });

  it('falls back to a textual search when the block is not valid JSON', () => {
    expect(jsonLdDatePublished(['{"@type":"NewsArticle", "headline":"broken "quote"", "datePublished":"2025-06-12"}'])).toBe('2025-06-12');
  });

  it('returns null when nothing usable is there', () => {
    expect(jsonLdDatePublished([])).toBeNull();
    expect(jsonLdDatePublished(['{"@type":"NewsArticle","datePublished":"soon"}', 'not json'])).toBeNull();
  });
});
