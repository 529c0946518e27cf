/**
 * Shared checks for the hostile-page tests: a DOM digest that includes shadow roots,
 * an inspection of sanitized article HTML, and a check that every Article field is plain data.
 */
import { createHash } from 'node:crypto';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article, Comment } from '../../../utils/extract/types';

/**
 * A digest of everything a user could lose: node types, names, attributes (in order), text,
 * comments, open shadow roots and template contents. Iterative (a 10,000-deep page must not
 * blow the stack) — serialize() alone would miss shadow roots.
 */
export function digestDocument(doc: Document): string {
  const hash = createHash('sha256');
  const stack: Array<Node | string> = [doc];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      hash.update(item);
      continue;
    }
    const node = item;
    hash.update(`<${node.nodeType}:${node.nodeName}`);
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.hasAttributes()) for (const attr of Array.from(el.attributes)) hash.update(` ${attr.name}=${JSON.stringify(attr.value)}`);
    } else if (node.nodeType === 3 || node.nodeType === 8) {
      hash.update(JSON.stringify(node.nodeValue));
    }
    hash.update('>');
    stack.push('</>');
    // Children pushed last-first through sibling links: jsdom builds a live NodeList for every
    // `childNodes` read, which on a 200,000-element page cost seconds.
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    if (node.nodeType === 1) {
      const el = node as Element & { shadowRoot?: ShadowRoot | null };
      if (el.shadowRoot) stack.push('#shadow', el.shadowRoot);
      if (el.localName === 'template') stack.push('#content', (el as HTMLTemplateElement).content);
    }
  }
  return hash.digest('hex');
}

const FORBIDDEN_TAGS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input',
  'button', 'select', 'option', 'textarea', 'base', 'meta', 'link', 'noscript', 'template',
  'portal', 'fencedframe', 'dialog', 'slot', 'svg', 'math', 'param', 'isindex', 'keygen',
  'xmp', 'plaintext', 'noembed', 'noframes', 'title',
]);
const FORBIDDEN_ATTRS = new Set(['style', 'srcdoc', 'formaction', 'action', 'ping', 'background', 'lowsrc', 'dynsrc', 'is', 'xmlns', 'popover', 'popovertarget', 'autofocus']);
const URL_ATTRS = new Set(['href', 'src', 'srcset', 'poster', 'cite', 'data', 'xlink:href', 'action', 'formaction', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'usemap', 'codebase']);
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp)[;,]/i;
const BAD_SCHEME = /^(?:javascript|vbscript|data|blob|filesystem|file|view-source|mhtml|jar):/i;

let parser: JSDOM | null = null;
function parseFragment(html: string): HTMLElement {
  parser ??= new JSDOM('', { virtualConsole: new VirtualConsole() });
  const doc = new parser.window.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return doc.body;
}

/** Strip what browsers ignore when they read a URL's scheme. */
function normalizeUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200b\u2028\u2029\u205f\u3000\ufeff]/g, '');
}

function isCanaryFetch(value: string, canaryOrigin: string, baseUrl: string): boolean {
  try {
    return new URL(value.trim(), baseUrl).origin === canaryOrigin;
  } catch {
    return false;
  }
}

export interface Violation {
  rule: string;
  detail: string;
}

/**
 * Everything sanitized article HTML must never contain: script and the other dangerous
 * elements, event handlers, style/srcdoc/base/meta, script and data URLs (data: only as an
 * image), and any attribute that would make the reader fetch the canary. Also checks that the
 * HTML is stable under one more parse/serialize round (a mutation-XSS symptom otherwise).
 */
export function inspectSanitized(html: string, canaryOrigin: string, baseUrl: string, allowedCanaryIds: Set<string> = new Set()): Violation[] {
  const out: Violation[] = [];
  const canary = new URL(canaryOrigin).origin;
  const body = parseFragment(html);
  for (const el of Array.from(body.querySelectorAll('*'))) {
    const tag = el.localName;
    if (FORBIDDEN_TAGS.has(tag)) out.push({ rule: 'forbidden element', detail: `<${tag}>` });
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push({ rule: 'foreign namespace', detail: `<${tag}> in ${el.namespaceURI}` });
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const value = attr.value;
      if (name.startsWith('on')) out.push({ rule: 'event handler', detail: `<${tag} ${name}>` });
      if (FORBIDDEN_ATTRS.has(name)) out.push({ rule: 'forbidden attribute', detail: `<${tag} ${name}>` });
      if (URL_ATTRS.has(name)) {
        const candidates = name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
        for (const candidate of candidates) {
          const url = normalizeUrl(candidate);
          if (/^data:/i.test(url)) {
            if (!(tag === 'img' && (name === 'src' || name === 'srcset') && SAFE_DATA_IMAGE.test(url))) {
              out.push({ rule: 'data: URL outside an image', detail: `<${tag} ${name}="${value.slice(0, 60)}">` });
            }
          } else if (BAD_SCHEME.test(url)) {
            out.push({ rule: 'script or local URL', detail: `<${tag} ${name}="${value.slice(0, 60)}">` });
          } else if (isCanaryFetch(candidate, canary, baseUrl) && ![...allowedCanaryIds].some((id) => candidate.includes(`/${id}/`))) {
            // A URL the reader would load (or open) on the canary host: a request the page chose.
            out.push({ rule: 'canary URL in a URL attribute', detail: `<${tag} ${name}="${value.slice(0, 80)}">` });
          }
        }
      }
    }
  }
  const again = parseFragment(body.innerHTML).innerHTML;
  if (again !== body.innerHTML) out.push({ rule: 'not stable under re-parsing (mXSS)', detail: again.slice(0, 120) });
  return out;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Every field of the Article is plain data of the declared type: strings are strings (never
 * nodes or objects with getters), URLs are http(s), dates are ISO, and the whole thing survives
 * a JSON round trip unchanged (it crosses a message boundary).
 */
export function checkArticleShape(article: Article): Violation[] {
  const out: Violation[] = [];
  const needString = (name: string, value: unknown, optional: boolean) => {
    if (value === undefined && optional) return;
    if (typeof value !== 'string') out.push({ rule: 'not a plain string', detail: `${name}: ${typeof value}` });
  };
  needString('url', article.url, false);
  needString('title', article.title, false);
  needString('content', article.content, false);
  needString('textContent', article.textContent, false);
  for (const key of ['byline', 'siteName', 'publishedTime', 'lang', 'excerpt', 'leadImage'] as const) {
    needString(key, article[key], true);
  }
  if (article.dir !== 'ltr' && article.dir !== 'rtl') out.push({ rule: 'bad dir', detail: String(article.dir) });
  if (article.publishedTime !== undefined && !ISO_DATE.test(article.publishedTime)) {
    out.push({ rule: 'publishedTime not ISO', detail: article.publishedTime.slice(0, 60) });
  }
  if (article.leadImage !== undefined && !isHttpUrl(article.leadImage)) {
    out.push({ rule: 'leadImage not http(s)', detail: article.leadImage.slice(0, 60) });
  }
  if (!Number.isFinite(article.wordCount) || !Number.isFinite(article.readingTimeMinutes)) {
    out.push({ rule: 'numbers', detail: `${article.wordCount} ${article.readingTimeMinutes}` });
  }
  const walk = (comments: Comment[], path: string) => {
    if (!Array.isArray(comments)) {
      out.push({ rule: 'comments not an array', detail: path });
      return;
    }
    comments.forEach((c, i) => {
      const p = `${path}[${i}]`;
      needString(`${p}.author`, c.author, false);
      needString(`${p}.text`, c.text, false);
      for (const key of ['location', 'date', 'dateText', 'permalink'] as const) needString(`${p}.${key}`, c[key], true);
      if (c.date !== undefined && !ISO_DATE.test(c.date)) out.push({ rule: 'comment date not ISO', detail: `${p}: ${c.date.slice(0, 40)}` });
      if (c.permalink !== undefined && !isHttpUrl(c.permalink)) out.push({ rule: 'permalink not http(s)', detail: `${p}: ${c.permalink.slice(0, 60)}` });
      walk(c.replies, `${p}.replies`);
    });
  };
  walk(article.comments, 'comments');
  if (article.commentsElsewhere) {
    needString('commentsElsewhere.provider', article.commentsElsewhere.provider, false);
    if (!isHttpUrl(article.commentsElsewhere.url)) out.push({ rule: 'commentsElsewhere.url not http(s)', detail: article.commentsElsewhere.url.slice(0, 60) });
  }
  const roundTrip = JSON.parse(JSON.stringify(article)) as unknown;
  if (JSON.stringify(roundTrip) !== JSON.stringify(article)) out.push({ rule: 'not plain JSON', detail: 'JSON round trip differs' });
  return out;
}

/** Collapse whitespace the way the pipeline's plain text does. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Parse a page the way the tests load pages: no scripts run, no console noise. */
export function loadPage(html: string | Buffer, url: string, options: { contentType?: string; runScripts?: boolean } = {}): JSDOM {
  return new JSDOM(html, {
    url,
    contentType: options.contentType,
    runScripts: options.runScripts ? 'dangerously' : undefined,
    virtualConsole: new VirtualConsole(),
  });
}

/**
 * Nest `depth` elements under `parent`, fast. jsdom appends in O(depth) and attaches subtrees
 * recursively (a 10,000-deep subtree attached at once overflows its stack), so the tree is built
 * in detached chunks of 500 that are attached one below the other.
 */
export function buildDeepTree(parent: Element, depth: number, text = 'bottom', tag = 'div'): Element {
  const doc = parent.ownerDocument;
  let attachPoint = parent;
  let remaining = depth;
  while (remaining > 0) {
    const n = Math.min(500, remaining);
    const top = doc.createElement(tag);
    let bottom = top;
    for (let i = 1; i < n; i++) {
      const child = doc.createElement(tag);
      bottom.appendChild(child);
      bottom = child;
    }
    attachPoint.appendChild(top);
    attachPoint = bottom;
    remaining -= n;
  }
  attachPoint.textContent = text;
  return attachPoint;
}

/**
 * A page as the browser would report another content type (text/plain, image/png, ...): through
 * the document's prototype, because the guards read the DOM's own accessors and ignore instance
 * properties (which is what a page's DOM clobbering creates).
 */
export function renderedAs(url: string, contentType: string, bodyHtml: string): Document {
  const doc = loadPage(`<!doctype html><html><head></head><body>${bodyHtml}</body></html>`, url).window.document;
  overrideContentType(doc, () => contentType);
  return doc;
}

/** Report the document's content type through `get`, on its prototype (see renderedAs). */
export function overrideContentType(doc: Document, get: () => string): void {
  Object.setPrototypeOf(doc, Object.create(Object.getPrototypeOf(doc) as object, { contentType: { get, configurable: true } }));
}
