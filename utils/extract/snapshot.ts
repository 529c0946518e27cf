/**
 * A detached copy of the page that extraction may mutate freely, so the page the user is reading
 * is never touched (closing the reader must give the page back exactly as it was: the live DOM is
 * only ever read here — no attribute marking, no removal, no scripts run).
 *
 * Why not `doc.cloneNode(true)`:
 * - it drops shadow roots, so a custom element (or a `<template shadowrootmode>` page) that renders
 *   the article text would come out empty;
 * - it recurses: jsdom's cloneNode overflows the JS stack on a 10,000-deep tree;
 * - in a real browser, cloning a custom element inside the live document runs the page's element
 *   constructor (page code, during our extraction). importNode into a document without a browsing
 *   context creates plain elements: no constructors, no script execution, no image loads.
 *
 * How: on a page the guard found free of shadow content, each child of the document is imported
 * deep in one native call and the rules below are applied to the copy (copyNatively); otherwise
 * the page is walked and copied node by node, flattening shadow trees as it goes.
 *
 * What the copy contains and why:
 * - the document itself is a shallow clone, which keeps the URL, content type, charset and
 *   quirks mode (Readability resolves relative URLs against the copy's baseURI);
 * - open shadow roots are flattened into their hosts as the page renders them: the shadow tree's
 *   children stand in for the host's children and each `<slot>` is replaced by the light nodes
 *   assigned to it (or its fallback content). Unattached declarative shadow templates (jsdom,
 *   DOMParser and other documents that did not attach them) are flattened the same way;
 * - same-origin iframes are copied as empty `<iframe>` elements and their documents are NOT
 *   pulled in: a frame is another page (ads, embeds, third-party comment widgets), the user asked
 *   to read this one, the extension is injected into the top frame only (activeTab), and reading
 *   frames only when they happen to be same-origin would make the result depend on hosting
 *   details. The iframe element itself stays so comment detection can see where comments live
 *   (commentsElsewhere);
 * - executable `<script>` elements are left out (never content, and nothing reads them);
 *   data scripts (JSON-LD, application/json) stay for metadata and schema.org comments;
 * - `<style>`, `<link>` and `<noscript>` stay: noscript holds the real `<img>` of lazy images,
 *   which the tidy step reads;
 * - plain `<template>` contents are left out (inert, never rendered);
 * - `name` and `id` are dropped from the elements that create named properties (forms, images,
 *   embeds, objects, frames, form controls), so DOM clobbering on the page cannot follow the
 *   copy into Readability and the cleanup steps; the page itself is only ever read through the
 *   DOM's own prototype accessors (safeGet/safeCall below);
 * - `<base>` is left out: links must resolve against the real page URL, never wherever a
 *   hostile `<base href>` points (else a page could send the reader's links to another site;
 *   Firefox's reader forces the real URL too). The
 *   pipeline's prepare step resolves every URL against the real URL afterwards.
 */

export interface SnapshotOptions {
  /**
   * How to reach an element's shadow root. The default reads open roots only. A content script
   * may pass `chrome.dom.openOrClosedShadowRoot` (Chromium) or `el.openOrClosedShadowRoot()`
   * (Firefox) to include closed roots too.
   */
  getShadowRoot?: (el: Element) => ShadowRoot | null | undefined;
  /**
   * A fence against pathological trees the guard did not see: copying stops after this many
   * elements. checkExtractable bounds the same count first (MAX_ELEMENTS), so this never trims a
   * page that passed the guard.
   */
  maxElements?: number;
  /**
   * The caller has looked at every element (the guard, inspectPage) and found no shadow root and
   * no declarative shadow template. The copy is then made natively, a whole subtree per call,
   * and given the same rules afterwards (copyNatively); nothing is left to flatten. The
   * `maxElements` fence does not apply: the guard bounded the count already.
   */
  shadowFree?: boolean;
}

const DEFAULT_MAX_ELEMENTS = 300_000;

const JS_TYPES = /^(?:|module|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript|javascript1\.[0-5]))$/i;

/** A shadow-tree context: the host whose tree we are copying, and the context the host lives in. */
interface ShadowContext {
  host: Element;
  /** Light children of the host, for emulating slot assignment of a declarative template. */
  light: Node[] | null;
  taken: Set<Node>;
  outer: ShadowContext | null;
}

interface Frame {
  nodes: ArrayLike<Node>;
  index: number;
  parent: Node;
  context: ShadowContext | null;
}

/**
 * DOM access that DOM clobbering cannot redirect. Named elements shadow properties of `document`
 * (`<form name="getElementsByTagName">`, `<img name="body">`) and of `<form>` elements
 * (`<input name="childNodes">`), in every world, isolated content-script worlds included: those
 * are DOM named properties, not page JS. Reading through the prototype chain's own descriptors
 * skips them. (Seen in Chromium on tests/fixtures/hostile/pages/clobbering.html: plain
 * `doc.getElementsByTagName` threw and the popup showed "couldn't simplify".)
 */
const descriptors = new WeakMap<object, Map<string, PropertyDescriptor | null>>();

export function findDescriptor(obj: object, name: string): PropertyDescriptor | null {
  const proto = Object.getPrototypeOf(obj) as object | null;
  if (!proto) return null;
  let byName = descriptors.get(proto);
  if (!byName) {
    byName = new Map();
    descriptors.set(proto, byName);
  }
  let found = byName.get(name);
  if (found === undefined) {
    found = null;
    for (let p: object | null = proto; p; p = Object.getPrototypeOf(p) as object | null) {
      const own = Object.getOwnPropertyDescriptor(p, name);
      if (own) {
        found = own;
        break;
      }
    }
    byName.set(name, found);
  }
  return found;
}

/** `obj[name]` as the DOM defines it, ignoring named properties and instance overrides. */
export function safeGet<T>(obj: object, name: string): T {
  const d = findDescriptor(obj, name);
  if (!d) return undefined as T;
  return (d.get ? d.get.call(obj) : d.value) as T;
}

/** `obj[name](...args)` as the DOM defines it. */
export function safeCall<T>(obj: object, name: string, ...args: unknown[]): T {
  const fn = findDescriptor(obj, name)?.value as ((...a: unknown[]) => T) | undefined;
  if (typeof fn !== 'function') throw new TypeError(`no DOM method ${name}`);
  return fn.apply(obj, args);
}

/**
 * Elements whose `name`/`id` become named properties of the document or of a form. The copy
 * drops those two attributes on them, so nothing downstream (Readability, cleanup, comment
 * detection) reads a clobbered `document.body` or `form.childNodes`. The sanitizer strips
 * `id` and `name` from the article anyway.
 */
const CLOBBERING_TAGS = new Set(['embed', 'form', 'iframe', 'img', 'object', 'button', 'fieldset', 'input', 'output', 'select', 'textarea', 'image']);

export function snapshotDocument(doc: Document, options: SnapshotOptions = {}): Document {
  if (options.shadowFree) {
    try {
      return copyNatively(doc);
    } catch {
      // jsdom copies recursively: a tree deep enough to exhaust the stack is copied node by
      // node below instead.
    }
  }
  const getShadowRoot = options.getShadowRoot ?? ((el: Element) => safeGet<ShadowRoot | null>(el, 'shadowRoot'));
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  const copy = safeCall<Document>(doc, 'cloneNode', false);
  const importNode = (node: Node) => safeCall<Node>(copy, 'importNode', node, false);
  const append = (parent: Node, child: Node) => safeCall<Node>(parent, 'appendChild', child);
  const childNodes = (node: Node) => safeGet<NodeListOf<ChildNode>>(node, 'childNodes');

  let elements = 0;
  const stack: Frame[] = [{ nodes: childNodes(doc), index: 0, parent: copy, context: null }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.index >= frame.nodes.length) {
      stack.pop();
      continue;
    }
    const node = frame.nodes[frame.index++]!;
    const nodeType = safeGet<number>(node, 'nodeType');

    if (nodeType !== 1) {
      // Text, comments, doctype: shallow copies. A document accepts only some node types; the
      // original already had them in a valid order.
      if (frame.parent === copy && nodeType === 3) continue;
      let copied: Node;
      try {
        copied = importNode(node);
      } catch (error) {
        // A garbled doctype ("<!DOCTYPEw.example…" on archived pages) makes jsdom's importNode
        // throw; a doctype is no content, so the copy does without it.
        if (nodeType === 10) continue;
        throw error;
      }
      append(frame.parent, copied);
      continue;
    }

    const el = node as Element;
    const name = safeGet<string>(el, 'localName');
    const isHtml = safeGet<string | null>(el, 'namespaceURI') === 'http://www.w3.org/1999/xhtml';
    const attr = (attrName: string) => safeCall<string | null>(el, 'getAttribute', attrName);

    if (isHtml && name === 'script' && JS_TYPES.test((attr('type') ?? '').trim())) continue;
    if (isHtml && name === 'base') continue;
    if (isHtml && name === 'template' && attr('shadowrootmode') !== null) {
      // Handled by its host (see below); a stray one with no host element is dropped.
      continue;
    }
    if (isHtml && name === 'slot' && frame.context) {
      // Replace the slot by what it shows: the host's light nodes assigned to it, or its fallback.
      const assigned = assignedNodes(el as HTMLSlotElement, frame.context);
      if (assigned.length > 0) {
        stack.push({ nodes: assigned, index: 0, parent: frame.parent, context: frame.context.outer });
      } else {
        stack.push({ nodes: childNodes(el), index: 0, parent: frame.parent, context: frame.context });
      }
      continue;
    }

    if (++elements > maxElements) break;
    const clone = importNode(el) as Element;
    if (isHtml && CLOBBERING_TAGS.has(name)) {
      // Still childless here, so its own methods cannot be clobbered yet.
      safeCall(clone, 'removeAttribute', 'name');
      safeCall(clone, 'removeAttribute', 'id');
    }
    append(frame.parent, clone);

    if (isHtml && (name === 'template' || name === 'iframe' || name === 'frame')) continue;

    const shadow = readShadowRoot(el, getShadowRoot);
    if (shadow) {
      stack.push({
        nodes: childNodes(shadow),
        index: 0,
        parent: clone,
        context: { host: el, light: null, taken: new Set(), outer: frame.context },
      });
      continue;
    }
    const declarative = findDeclarativeShadow(el);
    if (declarative) {
      const light = Array.from(childNodes(el)).filter((child) => child !== declarative);
      stack.push({
        nodes: childNodes(safeGet<DocumentFragment>(declarative, 'content')),
        index: 0,
        parent: clone,
        context: { host: el, light, taken: new Set(), outer: frame.context },
      });
      continue;
    }
    if (safeGet<Node | null>(el, 'firstChild')) stack.push({ nodes: childNodes(el), index: 0, parent: clone, context: frame.context });
  }
  return copy;
}

/**
 * The same copy as the node-by-node walk below, for a page without shadow content: each child of
 * the document imported deep in one native call (10-20 times fewer calls from script than one
 * per node), then the walk's rules applied to the copy: executable scripts and `<base>` out,
 * templates emptied, frames without their fallback children, `name`/`id` off the elements that
 * create named properties. All of it through the DOM's own accessors: the copy holds the page's
 * named elements until their names are gone.
 */
function copyNatively(doc: Document): Document {
  const copy = safeCall<Document>(doc, 'cloneNode', false);
  for (let node = safeGet<Node | null>(doc, 'firstChild'); node; node = safeGet<Node | null>(node, 'nextSibling')) {
    const nodeType = safeGet<number>(node, 'nodeType');
    // A document accepts only some node types; text directly in it is none of them.
    if (nodeType === 3) continue;
    let copied: Node;
    try {
      copied = safeCall<Node>(copy, 'importNode', node, true);
    } catch (error) {
      // A garbled doctype: no content, the copy does without it (as in the walk).
      if (nodeType === 10) continue;
      throw error;
    }
    safeCall(copy, 'appendChild', copied);
  }
  // One getElementsByTagName per tag, not one querySelectorAll of the list: the same elements (each
  // is handled on its own, so their order does not matter) at a fraction of the cost in jsdom,
  // whose selector engine reads collections through a slow proxy (see listElements in text.ts).
  for (const el of NATIVE_COPY_TAGS.flatMap((tag) => listTag(copy, tag))) {
    if (safeGet<string | null>(el, 'namespaceURI') !== 'http://www.w3.org/1999/xhtml') continue;
    const name = safeGet<string>(el, 'localName');
    if (name === 'base' || (name === 'script' && JS_TYPES.test((safeCall<string | null>(el, 'getAttribute', 'type') ?? '').trim()))) {
      safeCall(el, 'remove');
      continue;
    }
    if (name === 'template') safeCall(safeGet<DocumentFragment>(el, 'content'), 'replaceChildren');
    else if (name === 'iframe' || name === 'frame') safeCall(el, 'replaceChildren');
    if (CLOBBERING_TAGS.has(name)) {
      safeCall(el, 'removeAttribute', 'name');
      safeCall(el, 'removeAttribute', 'id');
    }
  }
  return copy;
}

/** The elements copyNatively's rules apply to, each tag once. */
const NATIVE_COPY_TAGS = [...new Set(['script', 'base', 'template', 'iframe', 'frame', ...CLOBBERING_TAGS])];

/** listElements (text.ts) through the DOM's own accessors: the copy may still hold named elements. */
function listTag(root: Document, tag: string): Element[] {
  const collection = safeCall<HTMLCollectionOf<Element>>(root, 'getElementsByTagName', tag);
  const n = safeGet<number>(collection, 'length');
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = safeCall<Element>(collection, 'item', i);
  return out;
}

function readShadowRoot(el: Element, getShadowRoot: NonNullable<SnapshotOptions['getShadowRoot']>): ShadowRoot | null {
  try {
    return getShadowRoot(el) ?? null;
  } catch {
    return null;
  }
}

/** `<template shadowrootmode>` as the first element child: a shadow root the parser did not attach. */
function findDeclarativeShadow(el: Element): HTMLTemplateElement | null {
  const first = safeGet<Element | null>(el, 'firstElementChild');
  if (first && safeGet<string>(first, 'localName') === 'template' && safeCall<boolean>(first, 'hasAttribute', 'shadowrootmode')) {
    return first as HTMLTemplateElement;
  }
  return null;
}

function assignedNodes(slot: HTMLSlotElement, context: ShadowContext): Node[] {
  if (!context.light) {
    // A real shadow root: the browser knows the assignment.
    try {
      return Array.from(safeCall<Node[]>(slot, 'assignedNodes'));
    } catch {
      return [];
    }
  }
  // A declarative template nobody attached: emulate named and default slot assignment.
  const name = safeCall<string | null>(slot, 'getAttribute', 'name') ?? '';
  const result: Node[] = [];
  for (const node of context.light) {
    if (context.taken.has(node)) continue;
    const type = safeGet<number>(node, 'nodeType');
    const slotName = type === 1 ? (safeCall<string | null>(node, 'getAttribute', 'slot') ?? '') : '';
    if (type !== 1 && type !== 3) continue;
    if (slotName === name) {
      result.push(node);
      context.taken.add(node);
    }
  }
  return result;
}
