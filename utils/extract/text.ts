/**
 * Text helpers shared by cleanup, tidy and metadata. Pure functions over DOM nodes.
 */

/**
 * Elements after which a reader expects a line break in plain text: the one block-tag set of the
 * article text, the comment lines and the benchmark's scored text (the corpus truth has line
 * breaks between blocks, so words of adjacent blocks must never merge into one token).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'CAPTION', 'FORM', 'FIELDSET',
]);

/** Elements whose text is never shown as text. */
const UNRENDERED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Heading elements, by upper-case name. */
export const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** The post body, as templates mark it: class names and the schema.org property. */
export const POST_BODY_CLASSES = ['entry-content', 'entry-body', 'post-body', 'post-content', 'article-body', 'story-body'] as const;

/** Collapse runs of whitespace (including no-break and zero-width spaces) to one space and trim. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** What the block walker reports: text (and whether it sits inside <pre>), and line breaks. */
interface BlockVisitor {
  text(data: string, inPre: boolean): void;
  lineBreak(): void;
  /** Subtrees to leave out (never a root the walk started from). */
  skip?: (el: Element) => boolean;
}

/**
 * The one block-text walk: text nodes in document order, a line break before and after every
 * block element (BLOCK_TAGS, <br> included), script/style/template text left out. No layout, so it
 * works on detached clones and in jsdom.
 */
function walkBlocks(node: Node, visit: BlockVisitor, inPre: boolean, isRoot: boolean): void {
  if (node.nodeType === 3) {
    visit.text((node as Text).data, inPre);
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const tag = node.nodeType === 1 ? (node as Element).nodeName.toUpperCase() : '';
  if (UNRENDERED_TAGS.has(tag)) return;
  if (!isRoot && tag && visit.skip?.(node as Element)) return;
  const block = BLOCK_TAGS.has(tag);
  if (block) visit.lineBreak();
  walkChildren(node, visit, inPre || tag === 'PRE');
  if (block) visit.lineBreak();
}

function walkChildren(node: Node, visit: BlockVisitor, inPre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) walkBlocks(child, visit, inPre, false);
}

/**
 * Plain text of a subtree with block elements separated by line breaks ("\n"), inline whitespace
 * collapsed, <pre> kept verbatim (the article's text).
 */
export function getBlockText(root: Node): string {
  const out: string[] = [];
  let line = '';
  const flush = () => {
    const t = line.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (t) out.push(t);
    line = '';
  };
  walkChildren(root, {
    text(data, inPre) {
      if (!inPre) {
        line += data;
        return;
      }
      flush();
      const t = data.replace(/\u00a0/g, ' ').replace(/\s+$/, '');
      if (t.trim()) out.push(t);
    },
    lineBreak: flush,
  }, false);
  flush();
  return out.join('\n');
}

/**
 * Lines of text of a subtree (or a run of siblings): one per block element or <br>, whitespace
 * collapsed, empty lines dropped; `skip` prunes subtrees (comment units, chrome).
 */
export function getTextLines(root: Node | readonly Node[], skip?: (el: Element) => boolean): string[] {
  const roots: readonly Node[] = Array.isArray(root) ? root : [root as Node];
  const parts: string[] = [];
  const visit: BlockVisitor = {
    text: (data) => parts.push(data),
    lineBreak: () => parts.push('\n'),
    skip: skip && ((el) => skip(el) && !roots.includes(el)),
  };
  for (const r of roots) walkBlocks(r, visit, false, true);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
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
  return readCollection(root.getElementsByTagName(tag));
}

/** An HTMLCollection as a static array, read through one bound `item` (see listElements). */
function readCollection(collection: HTMLCollectionOf<Element>): Element[] {
  const n = collection.length;
  const item = collection.item.bind(collection);
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = item(i)!;
  return out;
}

/**
 * The elements templates put a post's text in (comments are never inside it) under `root`, in
 * document order: a class of POST_BODY_CLASSES or the schema.org property. What querySelectorAll
 * of `.entry-content, ..., [itemprop="articleBody"]` gives (quirks-mode class matching included),
 * from one getElementsByClassName per class and a walk: a fraction of its cost in jsdom (see listTags).
 */
export function listPostBodies(root: Element | Document): Element[] {
  const marked = new Set(POST_BODY_CLASSES.flatMap((c) => readCollection(root.getElementsByClassName(c))));
  return listElements(root, '*').filter((el) => marked.has(el) || el.getAttribute('itemprop') === 'articleBody');
}

/**
 * Elements with any of `tags` under `root`, static and in document order: what querySelectorAll of
 * the tag list gives, at a fraction of its cost in jsdom (whose selector engine reads
 * HTMLCollections through the proxy described above) whenever at most one of the tags is present,
 * as in most of Readability's lookups; in a browser both are native.
 */
export function listTags(root: Element | Document, tags: readonly string[]): Element[] {
  const lists = tags.map((tag) => listElements(root, tag)).filter((list) => list.length > 0);
  if (lists.length < 2) return lists[0] ?? [];
  // Several of the tags present: the selector engine puts them in document order in one pass (a
  // walk from script or a sort would cost more than that in a browser on a big subtree).
  return Array.from(root.querySelectorAll(tags.join(', ')));
}

/** Does `root` have a descendant with one of `tags`? (querySelector of the tag list, see listTags.) */
export function hasTag(root: Element | Document, tags: readonly string[]): boolean {
  return tags.some((tag) => root.getElementsByTagName(tag).item(0) !== null);
}

/** `el` or its nearest ancestor with this (lower-case) tag that passes `test`: el.closest(tag) without a selector engine. */
export function closestTag(el: Element | null, tag: string, test?: (el: Element) => boolean): Element | null {
  for (let e = el; e; e = e.parentElement) if (e.localName === tag && (!test || test(e))) return e;
  return null;
}

/** Element children as an array (no HTMLCollection proxy, see listElements). */
export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}
