import { describe, expect, it } from 'vitest';
import { sniffFormat } from './format.js';

describe('sniffFormat', () => {
  it('recognises HTML by content, with or without a doctype', () => {
    expect(sniffFormat('<!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(sniffFormat('  \n<html lang="uk"><head>')).toBe('html');
    expect(sniffFormat('<!-- saved page --><div class="post"><p>Text</p></div>')).toBe('html');
  });

  it('recognises HTML by extension or content type when the content is unclear', () => {
    expect(sniffFormat('Just words', { path: 'page.html' })).toBe('html');
    expect(sniffFormat('Just words', { contentType: 'text/html; charset=utf-8' })).toBe('html');
    expect(sniffFormat('Just words', { path: 'https://example.org/news/item.php?id=3' })).toBe('html');
  });

  it('reads a saved page with a .txt name as HTML', () => {
    expect(sniffFormat('<html><body><p>Saved</p></body></html>', { path: 'saved.txt' })).toBe('html');
  });

  it('recognises RSS, RDF and Atom feeds', () => {
    expect(sniffFormat('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>')).toBe('feed');
    expect(sniffFormat('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">')).toBe('feed');
    expect(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">')).toBe('feed');
    expect(sniffFormat('<?xml version="1.0"?><!-- c --><rss>', { path: 'x.html' })).toBe('feed');
  });

  it('offers JSON objects to the channel reader', () => {
    expect(sniffFormat('{"name": "Channel", "messages": []}')).toBe('channel');
    expect(sniffFormat('[1, 2]', { path: 'export.json' })).toBe('channel');
  });

  it('falls back to plain text', () => {
    expect(sniffFormat('Kyiv, 12 June 2025 — The sides exchanged prisoners.')).toBe('text');
    expect(sniffFormat('a < b and c > d', { path: 'notes.txt' })).toBe('text');
    expect(sniffFormat('')).toBe('text');
  });
});
