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

/** The element templates put a post's text in (comments are never inside it). */
export const POST_BODY_SELECTOR = '.entry-content, .entry-body, .post-body, .post-content, .article-body, .story-body, [itemprop="articleBody"]';

/** Collapse runs of whitespace (including no-break and zero-width spaces) to one space and trim. */
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
 * Elements with `tag` under `root` (all elements for '*') as a static array, in document order.
 *
 * Why not Array.from(root.getElementsByTagName(tag)): in jsdom an HTMLCollection is a proxy whose
 * every property access (index, `item`, `length`) first looks for an element NAMED like the
 * property, a walk of the whole collection, so a loop over it is quadratic: 49 s for one
 * 4,000-element corpus page. '*' is walked by hand (firstElementChild / nextElementSibling);
 * other tags read the collection through one bound `item`, so only two proxy lookups happen.
 */
export function listElements(root: Element | Document, tag = '*'): Element[] {
  if (tag === '*') {
    const out: Element[] = [];
    let el: Element | null = root.firstElementChild;
    while (el) {
      out.push(el);
      let next: Element | null = el.firstElementChild;
      if (!next) {
        let cur: Element | null = el;
        while (cur && cur !== root && !(next = cur.nextElementSibling)) cur = cur.parentElement;
        if (!cur || cur === root) next = null;
      }
      el = next;
    }
    return out;
  }
  const collection = root.getElementsByTagName(tag);
  const n = collection.length;
  const item = collection.item.bind(collection);
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = item(i)!;
  return out;
}

/** Element children as an array (no HTMLCollection proxy, see listElements). */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}
