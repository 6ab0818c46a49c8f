import { ELEMENT_NODE, TEXT_NODE, type DomNode } from './dom.js';

// Elements that start a new line: their text is never run together with their neighbours'.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIR', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TFOOT', 'THEAD', 'TR', 'UL', 'OPTION', 'HTML',
]);
// Elements whose text is never article text.
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD', 'TITLE', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA',
  'OBJECT', 'EMBED', 'MATH', 'CANVAS', 'svg', 'math',
]);
const CELL = new Set(['TD', 'TH']);
const CELL_SEPARATOR = ' | ';

const SPACES = /[ \t\n\r\f]+/g;
const SPACES_IN_PRE = /[ \t\r\f]+/g;

interface Frame {
  nodes: ArrayLike<DomNode>;
  index: number;
  /** What to emit once every child has been read: "\n" after a block, " " after a table cell. */
  after: string;
  pre: boolean;
  /** Table cells met so far among these nodes (a row): cells after the first get a separator. */
  cells: number;
}

/**
 * The text of a subtree with one line per block: block elements and <br> end a line, inline
 * whitespace collapses to one space. Lines are not trimmed here; the text cleaner does that.
 * Iterative, so deeply nested markup cannot overflow the stack.
 */
export function blockText(root: DomNode): string {
  const out: string[] = [];
  const stack: Frame[] = [{ nodes: root.childNodes, index: 0, after: '', pre: false, cells: 0 }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      if (frame.after) out.push(frame.after);
      continue;
    }
    const node = frame.nodes[frame.index++]!;
    if (node.nodeType === TEXT_NODE) {
      const data = node.textContent ?? '';
      out.push(frame.pre ? data.replace(SPACES_IN_PRE, ' ') : data.replace(SPACES, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName;
    if (SKIP.has(name)) continue;
    if (name === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    // Cells of a row stay on one line, kept apart so that figures in neighbouring columns do not run together.
    if (CELL.has(name) && frame.cells++ > 0) out.push(CELL_SEPARATOR);
    stack.push({ nodes: node.childNodes, index: 0, after: block ? '\n' : '', pre: frame.pre || name === 'PRE', cells: 0 });
  }
  return out.join('');
}
