/**
 * One walk over the page collecting everything the detectors start from. Selector queries and
 * attribute reads are slow in jsdom (and cost time in the tab): six detectors each querying the
 * whole document made comment detection slower than Readability itself on big pages
 * (the time budget: Calm's median extract time at most 1.5 times Readability's).
 */
import { getDayMonthOrder, type DayMonthOrder } from '../dates';
import { MAX_ELEMENTS } from '../guards';
import { readLang } from '../page-metadata';
import { isCommentHeading } from './region';
import { COMMENT_NAME_RE, NOT_COMMENT_NAME_RE } from './vocabulary';
import { getShape } from './shape';
import { createTextReader, type TextReader } from './text-cache';

export interface PageScan {
  /** Comment-named or comment-headed containers, outermost only, not most of the page. */
  containers: Element[];
  /** schema.org Comment microdata items. */
  microdata: Element[];
  /** application/ld+json scripts. */
  jsonLd: Element[];
  /** Hosts of external scripts and iframes. */
  embedHosts: string[];
  /** Inline scripts that configure Disqus. */
  hasInlineDisqus: boolean;
  /** Elements that look like third-party comment placeholders. */
  placeholders: Element[];
  /** Same-shaped comment-named siblings ("div.comments-body" repeated): candidate unit groups. */
  namedGroups: Element[][];
  /** Discourse posts (their names do not say "comment"). */
  discoursePosts: Element[];
  /** Where a comment section starts: `<a name="comments">` and "Comments" headings. */
  anchors: Element[];
  /** How the page writes numeric dates (from its language): the same rule as the article's date. */
  dateOrder: DayMonthOrder;
  /** This run's element text, read once per element (text-cache.ts). */
  text: TextReader;
}

const PLACEHOLDER_RE = /disqus_thread|fb-comments|commento|hyvor-talk|giscus|utterances|idc-container|livefyre|coral_thread|coral-thread|viafoura/i;
const PLACEHOLDER_TAG_RE = /^(?:FB:COMMENTS|HYVOR-TALK-COMMENTS|GISCUS-WIDGET|VF-CONVERSATIONS)$/;
const DISCOURSE_RE = /(?:^|\s)(?:topic-post|crawler-post)(?:\s|$)/;

/** A "comment"-named box with this share of the page's text is the page wrapper, not its comment section. */
const PAGE_WRAPPER_SHARE = 0.95;

export function scanPage(doc: Document, url: string, text: TextReader = createTextReader()): PageScan {
  const scan: PageScan = {
    containers: [],
    microdata: [],
    jsonLd: [],
    embedHosts: [],
    hasInlineDisqus: false,
    placeholders: [],
    discoursePosts: [],
    namedGroups: [],
    anchors: [],
    dateOrder: getDayMonthOrder(readLang(doc)),
    text,
  };
  const root = doc.documentElement;
  if (!root) return scan;
  const named: Element[] = [];
  const headed: Element[] = [];
  // The page guard's own bound (guards.ts): every page extraction accepts is scanned whole, so
  // comments after a long article are found however big the page is. The bound only stops a walk
  // of a document that never went through the guard (a caller of findComments alone).
  let count = 0;
  const stack: Element[] = [root];
  while (stack.length && count < MAX_ELEMENTS) {
    const el = stack.pop()!;
    count++;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT') {
      const type = (el.getAttribute('type') ?? '').toLowerCase();
      const src = el.getAttribute('src');
      if (type === 'application/ld+json') scan.jsonLd.push(el);
      else if (src) pushHost(scan.embedHosts, src, url);
      else if (/disqus_shortname|disqus\.com\/embed\.js/.test(el.textContent ?? '')) scan.hasInlineDisqus = true;
      continue;
    }
    if (tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'SVG') continue;
    if (tag === 'IFRAME') pushHost(scan.embedHosts, el.getAttribute('src'), url);
    // Many elements carry no attribute at all: one call says so instead of four reads below.
    const hasAttributes = el.hasAttributes();
    const id = (hasAttributes && el.getAttribute('id')) || '';
    const cls = (hasAttributes && el.getAttribute('class')) || '';
    if (id || cls) {
      const name = `${id} ${cls}`;
      if (COMMENT_NAME_RE.test(name) && !NOT_COMMENT_NAME_RE.test(name)) named.push(el);
      if (PLACEHOLDER_RE.test(name)) scan.placeholders.push(el);
      if (DISCOURSE_RE.test(cls)) scan.discoursePosts.push(el);
    }
    if (tag === 'A' && !el.hasAttribute('href')) {
      const name = `${el.getAttribute('name') ?? ''} ${id}`;
      if (COMMENT_NAME_RE.test(name) && !NOT_COMMENT_NAME_RE.test(name)) scan.anchors.push(el);
    }
    if (PLACEHOLDER_TAG_RE.test(tag) || (hasAttributes && el.hasAttribute('data-spotim-module'))) scan.placeholders.push(el);
    if (hasAttributes && el.hasAttribute('itemtype') && /schema\.org\/(?:Comment|UserComments)\/?$/i.test((el.getAttribute('itemtype') ?? '').trim())) {
      scan.microdata.push(el);
    }
    if (/^H[1-6]$/.test(tag) && isCommentHeading(el, text) && el.parentElement) {
      headed.push(el.parentElement);
      scan.anchors.push(el);
    }
    // Children pushed in reverse so elements come off the stack in document order.
    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  const body = doc.body;
  const candidates = new Set<Element>([...named, ...headed].filter((el) => el !== body && el !== root && el !== doc.head));
  // Comments that are each named ("div.comments-body" repeated) with no named list around them:
  // their shared parent is the list.
  const siblingsByParent = new Map<Element, number>();
  for (const el of named) if (el.parentElement) siblingsByParent.set(el.parentElement, (siblingsByParent.get(el.parentElement) ?? 0) + 1);
  for (const [parent, n] of siblingsByParent) {
    if (n < 2 || parent === body || parent === root) continue;
    const byName = new Map<string, Element[]>();
    for (const c of parent.children) {
      if (!named.includes(c)) continue;
      // By shape: per-author classes ("commentbody by-alice") must not split the list.
      const key = getShape(c);
      byName.set(key, [...(byName.get(key) ?? []), c]);
    }
    for (const g of byName.values()) {
      if (g.length < 2) continue;
      scan.namedGroups.push(g);
      candidates.add(parent);
    }
  }
  // Outermost only: a candidate inside another is looked at through its ancestor.
  const outermost = [...candidates].filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (candidates.has(p)) return false;
    return true;
  });
  // A "comment" class on the page wrapper (themes that put `comments-open` on <body> or <main>) is
  // not a comment section: look at its comment-named descendants instead.
  // The body's whole text is read only when there is a candidate to compare with it.
  const bodyLen = outermost.length > 0 && body ? text.collapsed(body).length || 1 : 1;
  const tooBig = outermost.filter((el) => text.collapsed(el).length >= PAGE_WRAPPER_SHARE * bodyLen);
  if (tooBig.length === 0) scan.containers = outermost;
  else {
    const big = new Set(tooBig);
    scan.containers = [...candidates].filter((el) => {
      if (big.has(el) || text.collapsed(el).length >= PAGE_WRAPPER_SHARE * bodyLen) return false;
      for (let p = el.parentElement; p; p = p.parentElement) if (candidates.has(p) && !big.has(p)) return false;
      return true;
    });
  }
  return scan;
}

function pushHost(hosts: string[], src: string | null, base: string): void {
  if (!src) return;
  try {
    hosts.push(new URL(src, base).hostname);
  } catch {
    /* not a URL */
  }
}
