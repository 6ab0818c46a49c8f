import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './dom.js';
import { blockText } from './dom-text.js';

const textOf = (html: string): string => blockText(parseHtmlDocument(`<html><body>${html}</body></html>`).body!);
const lines = (s: string): string[] => s.split('\n').map((l) => l.trim()).filter(Boolean);

describe('blockText', () => {
  it('puts blocks on their own lines and collapses inline whitespace', () => {
    const text = textOf('<div><p>One   <b>bold</b>\n  word</p>tail<h2>Head</h2><ul><li>a</li><li>b</li></ul></div>');
    expect(lines(text)).toEqual(['One bold word', 'tail', 'Head', 'a', 'b']);
  });

  it('breaks lines at <br> and keeps line breaks inside <pre>', () => {
    expect(lines(textOf('<p>first<br>second</p><pre>x  1\ny 2</pre>'))).toEqual(['first', 'second', 'x 1', 'y 2']);
  });

  it('skips scripts, styles and form controls', () => {
    expect(lines(textOf('<p>keep</p><script>drop()</script><style>p{}</style><button>Share</button>'))).toEqual(['keep']);
  });

  it('separates table cells and rows', () => {
    expect(lines(textOf('<table><tr><td>Date</td><td>Bodies</td></tr><tr><td>May</td><td>909</td></tr></table>'))).toEqual([
      'Date | Bodies',
      'May | 909',
    ]);
  });

  it('survives very deep nesting', () => {
    const depth = 5000;
    const html = `${'<span>'.repeat(depth)}deep${'</span>'.repeat(depth)}`;
    expect(lines(textOf(html))).toEqual(['deep']);
  });
});
