import { describe, expect, it } from 'vitest';
import { decodeEntities, markupText } from './markup-text.js';

describe('markupText', () => {
  it('ends lines at blocks and <br>, drops other tags', () => {
    expect(markupText('<p>One <b>bold</b> word</p><div>Two<br/>Three</div><span>in</span>line')).toBe('\nOne bold word\n\nTwo\nThree\ninline');
  });

  it('keeps stray "<" as text', () => {
    expect(markupText('a < b <3 <p>c')).toBe('a < b <3 \nc');
  });
});

describe('decodeEntities', () => {
  it('decodes numeric and common named entities, leaves unknown ones', () => {
    expect(decodeEntities('&laquo;A&raquo; &amp; &#1040;&#x411; &nbsp;&mdash; &unknown; &#0; &#xD800;')).toBe('«A» & АБ \u00a0— &unknown; \ufffd \ufffd');
  });
});
