/**
 * A well-formedness check for feeds, and where each item lies in the text. The DOM parser feeds are
 * read with (linkedom) accepts anything, so a truncated or broken feed would quietly yield half its
 * items; this pass refuses it instead, naming the line. It checks what breaks a feed in practice:
 * tags that do not close or close out of order, an unterminated comment, CDATA section, tag or
 * attribute, text after the root element. It does not check entities or names in detail.
 */

export interface XmlSpan {
  /** Local name of the element (`item`, `entry`). */
  name: string;
  start: number;
  end: number;
}

export type XmlCheck = { ok: true; root: string; rootOpenTag: string; items: XmlSpan[] } | { ok: false; message: string };

const lineOf = (text: string, at: number): number => {
  let line = 1;
  for (let i = 0; i < at && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
};

const NAME = /^[^\s/>=]+/;

/**
 * HTML's empty elements, often left unclosed in a sloppy item's description (`Line<br>Next`): read as
 * closed, so that such a feed is not refused while a cut-off one still is.
 */
const HTML_VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'wbr', 'area', 'col', 'embed', 'source', 'track', 'param', 'base']);

/** Checks `xml`; records the spans of elements named in `itemNames` (by local name, any depth). */
export function checkXml(xml: string, itemNames: ReadonlySet<string>): XmlCheck {
  const stack: Array<{ name: string; start: number }> = [];
  const items: XmlSpan[] = [];
  let root: string | null = null;
  let rootOpenTag = '';
  let rootClosed = false;
  const bad = (at: number, what: string): XmlCheck => ({ ok: false, message: `line ${lineOf(xml, at)}: ${what}` });
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      if (rootClosed && /\S/.test(xml.slice(i))) return bad(i, 'text after the end of the document');
      break;
    }
    if (rootClosed && /\S/.test(xml.slice(i, lt))) return bad(i, 'text after the end of the document');
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) return bad(lt, 'a comment that never ends');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) return bad(lt, 'a CDATA section that never ends');
      if (stack.length === 0) return bad(lt, 'CDATA outside the root element');
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) return bad(lt, 'a processing instruction that never ends');
      i = end + 2;
    } else if (xml.startsWith('<!', lt)) {
      // A doctype, perhaps with an internal subset in brackets.
      let depth = 0;
      let j = lt + 2;
      for (; j < xml.length; j++) {
        const c = xml[j];
        if (c === '[') depth++;
        else if (c === ']') depth--;
        else if (c === '>' && depth <= 0) break;
      }
      if (j >= xml.length) return bad(lt, 'a declaration that never ends');
      i = j + 1;
    } else if (xml[lt + 1] === '/') {
      const end = xml.indexOf('>', lt);
      if (end === -1) return bad(lt, 'a closing tag that never ends');
      const name = xml.slice(lt + 2, end).trim();
      if (HTML_VOID.has(name.toLowerCase()) && stack.at(-1)?.name !== name) {
        i = end + 1;
        continue;
      }
      const open = stack.pop();
      if (!open) return bad(lt, `</${name}> closes nothing`);
      if (open.name !== name) return bad(lt, `</${name}> closes <${open.name}> (opened on line ${lineOf(xml, open.start)})`);
      const local = name.slice(name.indexOf(':') + 1).toLowerCase();
      if (itemNames.has(local)) items.push({ name: local, start: open.start, end: end + 1 });
      if (stack.length === 0) rootClosed = true;
      i = end + 1;
    } else {
      const name = NAME.exec(xml.slice(lt + 1, lt + 200))?.[0];
      if (!name) return bad(lt, 'a "<" that starts no tag (write it as &lt;)');
      // The tag ends at the first ">" outside quoted attribute values.
      let j = lt + 1 + name.length;
      let quote: string | null = null;
      for (; j < xml.length; j++) {
        const c = xml[j]!;
        if (quote) {
          if (c === quote) quote = null;
        } else if (c === '"' || c === "'") quote = c;
        else if (c === '>') break;
        else if (c === '<') return bad(j, `the tag <${name}> is not closed before the next "<"`);
      }
      if (j >= xml.length) return bad(lt, `the tag <${name}> never ends`);
      const selfClosing = xml[j - 1] === '/';
      if (rootClosed) return bad(lt, `a second root element <${name}>`);
      if (root === null) {
        root = name;
        rootOpenTag = xml.slice(lt, j + 1);
      }
      if (selfClosing || HTML_VOID.has(name.toLowerCase())) {
        const local = name.slice(name.indexOf(':') + 1).toLowerCase();
        if (itemNames.has(local)) items.push({ name: local, start: lt, end: j + 1 });
        if (stack.length === 0) rootClosed = true;
      } else stack.push({ name, start: lt });
      i = j + 1;
    }
  }
  if (root === null) return { ok: false, message: 'no root element' };
  if (stack.length > 0) return bad(xml.length, `the document ends inside <${stack.at(-1)!.name}> (opened on line ${lineOf(xml, stack.at(-1)!.start)}): it looks cut off`);
  return { ok: true, root, rootOpenTag, items };
}
