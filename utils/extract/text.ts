/**
 * Text helpers shared by cleanup, tidy and metadata. Pure functions over DOM nodes.
 */

/** Elements after which a reader expects a line break in plain text. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'CAPTION', 'FORM', 'FIELDSET',
]);

export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.nodeName.toUpperCase());
}

/** Collapse runs of whitespace (including no-break spaces) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Plain text of a subtree with block elements separated by line breaks ("\n"), inline whitespace
 * collapsed, <pre> kept verbatim. One walk, no layout (works on detached clones and in jsdom).
 */
export function getBlockText(root: Node): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  const walk = (node: Node, inPre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const v = child.nodeValue ?? '';
        if (inPre) {
          flush();
          const t = v.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
          if (t.trim()) out.push(t);
        } else {
          line += v;
        }
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const tag = el.nodeName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
        if (tag === 'BR') { flush(); continue; }
        const block = BLOCK_TAGS.has(tag);
        if (block) flush();
        walk(el, inPre || tag === 'PRE');
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return out.join('\n');
}

/** "div#main.story.box-y" – for debug records. */
export function describeElement(el: Element): string {
  let s = el.nodeName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) s += `#${id}`;
  const cls = (el.getAttribute('class') ?? '').trim();
  if (cls) s += '.' + cls.split(/\s+/).slice(0, 4).join('.');
  return s;
}

/**
 * Elements with `tag` under `root` as a static array. Indexes the live collection with a cached
 * length: jsdom's HTMLCollection iterator (what Array.from uses) re-walks the tree per step and
 * turns a 1,000-element page into a second of work.
 */
export function listElements(root: Element | Document, tag = '*'): Element[] {
  const collection = root.getElementsByTagName(tag);
  const n = collection.length;
  const out: Element[] = new Array(n);
  // item(i), not [i]: indexing goes through jsdom's named-property proxy on every access.
  for (let i = 0; i < n; i++) out[i] = collection.item(i)!;
  return out;
}
