/**
 * Shared state for the cleanup steps, computed once per document so that each step does not mean
 * another full-document walk (in jsdom every getElementsByTagName/querySelector call walks the
 * tree, and a descendant selector can cost 100 ms on a news page):
 * - `elements`: the body's elements in document order, listed once, each with its index and the
 *   size of its subtree, so "is it removed", "does it contain X" and "its links" are array-range
 *   questions, not DOM walks;
 * - text and link-text lengths for every element, from ONE bottom-up pass (stale after removals,
 *   but only ever too large, which errs on the side of keeping content);
 * - the content anchor: the element holding most paragraph text. No step may remove it or an
 *   ancestor of it; an over-eager rule then costs a refusal in the debug report, not the article.
 */
import { REPORTS } from '../reports';
import type { RemovalRecord } from '../types';
import { describeElement, listElements, normalizeSpace } from '../text';

export interface DeclutterContext {
  doc: Document;
  /** The element being cleaned: the clone's <body> (declutter runs before Readability). */
  body: Element;
  /** Page host, to tell internal teaser links from external references. */
  host: string;
  /** Page URL, to resolve relative links when the caller did not. */
  url: string;
  elements: readonly Element[];
  textLength(el: Element): number;
  linkTextLength(el: Element): number;
  /** Share of an element's text inside links, 0..1. */
  linkDensity(el: Element): number;
  /** Normalised text, computed on demand (call only on small elements). */
  text(el: Element): string;
  /** "class id" lowercased: the class/id signal. */
  signature(el: Element): string;
  /** The class and id split into lowercased tokens (cached). */
  tokens(el: Element): string[];
  /** Live descendants of `el` with the given upper-case tag name (all when omitted). */
  descendants(el: Element, tag?: string): Element[];
  /** Does `el` have a live descendant with one of these upper-case tag names? */
  hasDescendant(el: Element, tags: ReadonlySet<string>): boolean;
  isRemoved(el: Element): boolean;
  /** `elements` still in the clone, checked as the iteration reaches each one (steps remove as they go). */
  live(): IterableIterator<Element>;
  /** True when removing `el` would take the article's main text with it. */
  isProtected(el: Element): boolean;
  /**
   * `el` is known not to be the story's text, however long (a hidden copy of text the page shows
   * elsewhere, another story's slideshow under a "Related" label): when the main text was found in
   * it, it is looked for again without it, so `el` can go and nothing of the story is lost.
   */
  setAside(el: Element): void;
  /** Remove `el` (unless protected) and record why. Returns whether it was removed. */
  remove(el: Element, step: string, reason: string): boolean;
  removed: RemovalRecord[];
  refused: RemovalRecord[];
  debug: boolean;
}

function record(el: Element, step: string, reason: string, text: string): RemovalRecord {
  return { step, reason, element: describeElement(el), text: text.slice(0, 120) };
}

interface Measures {
  /** The element's position in `elements`, -1 for elements outside the list. */
  indexOf(el: Element): number;
  /** Number of descendant elements (subtree size minus one), by index. */
  size: Int32Array;
  text: Int32Array;
  link: Int32Array;
  /** Length of the element's own text nodes (not its children's). */
  own: Int32Array;
  bodyText: number;
}

/** One bottom-up pass: subtree sizes, text lengths and link-text lengths. */
function measure(body: Element, elements: Element[]): Measures {
  const n = elements.length;
  const index = new Map<Element, number>();
  for (let i = 0; i < n; i++) index.set(elements[i], i);
  // A Map, not a property on each element: an extra property on every element of the clone
  // made Readability, which then works on the same elements, 80 % slower on a 100,000-element
  // page in Chromium (its property lookups no longer see one shape per element type).
  const indexOf = (el: Element) => index.get(el) ?? -1;
  const size = new Int32Array(n);
  const text = new Int32Array(n);
  const link = new Int32Array(n);
  const own = new Int32Array(n);
  // Each element's parent, by position (-1: the body). `elements` is in document order, so the
  // open ancestors form a stack: pointer comparisons, no lookup per child.
  const parent = new Int32Array(n);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = elements[i].parentElement;
    while (open.length > 0 && elements[open[open.length - 1]] !== p) open.pop();
    parent[i] = open.length > 0 ? open[open.length - 1] : -1;
    open.push(i);
  }
  // Whitespace-collapsed length of an element's own text nodes (returned) and the same without
  // the collapsing (left in `ownRaw`): two numbers without allocating a pair per element.
  let ownRaw = 0;
  const ownText = (el: Element): number => {
    let t = 0;
    let o = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 3) continue;
      // Approximately collapsed: source indentation must not make a short box look long, and a
      // regex replace per text node is too slow on big pages.
      const v = child.nodeValue ?? '';
      if (v.length) {
        const trimmed = v.trim().length;
        t += trimmed === v.length ? trimmed : trimmed + 1;
        o += trimmed;
      }
    }
    ownRaw = o;
    return t;
  };
  let bodyText = ownText(body);
  // Reverse document order completes every child before its parent; each element then hands its
  // totals up to its parent.
  for (let i = n - 1; i >= 0; i--) {
    text[i] += ownText(elements[i]);
    own[i] = ownRaw;
    if (elements[i].nodeName === 'A') link[i] = text[i];
    const p = parent[i];
    if (p >= 0) {
      text[p] += text[i];
      link[p] += link[i];
      size[p] += size[i] + 1;
    } else {
      bodyText += text[i];
    }
  }
  return { indexOf, size, text, link, own, bodyText };
}

const ANCHOR_BLOCKS = new Set(['P', 'PRE', 'TD', 'BLOCKQUOTE']);
/** Text written in an element itself (between <br>s) from which it holds the story on its own: a few paragraphs' worth. */
const MIN_BARE_STORY_TEXT = 200;
/** A paragraph counts toward its container from a sentence or two, and only when it is not mostly links. */
const MIN_ANCHOR_PARAGRAPH = 60;
const MAX_ANCHOR_LINK_DENSITY = 0.5;
/** The best container must hold this much paragraph text to be the story (less is a page of snippets). */
const MIN_ANCHOR_SCORE = 200;

/** The element with the most text in substantial paragraphs, Readability-style but cheap; what was set aside (`skip`) does not count. */
function findContentAnchor(elements: readonly Element[], m: Measures, skip: Uint8Array): Element | null {
  const scores = new Map<Element, number>();
  for (let i = 0; i < elements.length; i++) {
    if (skip[i]) continue;
    const p = elements[i];
    // Story text written as bare text between <br>s or empty <p></p>s (old templates): the
    // element holding the text is itself the container.
    if (m.own[i] >= MIN_BARE_STORY_TEXT && !/^(?:A|SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|OPTION)$/.test(p.nodeName)) {
      scores.set(p, (scores.get(p) ?? 0) + m.own[i]);
    }
    if (!ANCHOR_BLOCKS.has(p.nodeName)) continue;
    // A layout cell holds whole columns: only the text written in the cell itself counts.
    const len = p.nodeName === 'TD' ? m.own[i] : m.text[i];
    if (len < MIN_ANCHOR_PARAGRAPH || m.link[i] / m.text[i] > MAX_ANCHOR_LINK_DENSITY) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + len);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + len / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return bestScore >= MIN_ANCHOR_SCORE ? best : null;
}

export function createContext(doc: Document, url: string, debug: boolean): DeclutterContext | null {
  const body = doc.body;
  if (!body) return null;
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // No usable URL: every link counts as external.
  }
  const elements = listElements(body, '*');
  const m = measure(body, elements);
  const removedFlags = new Uint8Array(elements.length);
  const asideFlags = new Uint8Array(elements.length);
  let anchorIndex: number | undefined;
  // Signatures, tokens and texts by position for listed elements (asked by every step about every
  // element), by element for the few others.
  const sigAt: Array<string | undefined> = new Array(elements.length);
  const tokensAt: Array<string[] | undefined> = new Array(elements.length);
  const sigs = new Map<Element, string>();
  const tokenCache = new Map<Element, string[]>();
  const textAt: Array<string | undefined> = new Array(elements.length);
  const texts = new Map<Element, string>();
  // The steps ask about the element they are looking at several times in a row (is it removed,
  // its tokens, its text length): remembering the last answer spares most Map lookups, which
  // were a fifth of the cleanup's time on a 100,000-element page. live() primes it.
  let lastEl: Element | null = null;
  let lastIndex = -1;
  const indexOf = (el: Element): number => {
    if (el !== lastEl) {
      lastEl = el;
      lastIndex = m.indexOf(el);
    }
    return lastIndex;
  };
  const getAnchorIndex = () => {
    if (anchorIndex === undefined) {
      const anchor = findContentAnchor(elements, m, asideFlags);
      anchorIndex = anchor ? indexOf(anchor) : -1;
    }
    return anchorIndex;
  };

  const ctx: DeclutterContext = {
    doc,
    body,
    host,
    url,
    elements,
    textLength(el) {
      const i = indexOf(el);
      return i >= 0 ? m.text[i] : el === body ? m.bodyText : normalizeSpace(el.textContent ?? '').length;
    },
    linkTextLength(el) {
      const i = indexOf(el);
      return i >= 0 ? m.link[i] : 0;
    },
    linkDensity(el) {
      const t = ctx.textLength(el);
      return t ? Math.min(1, ctx.linkTextLength(el) / t) : 0;
    },
    text(el) {
      // Several steps ask for the same short texts; removals never change a live element's own
      // text except by removing descendants, which the steps tolerate (text only gets shorter).
      const i = indexOf(el);
      let t = i >= 0 ? textAt[i] : texts.get(el);
      if (t === undefined) {
        t = normalizeSpace(el.textContent ?? '');
        if (i >= 0) textAt[i] = t;
        else texts.set(el, t);
      }
      return t;
    },
    signature(el) {
      const i = indexOf(el);
      let s = i >= 0 ? sigAt[i] : sigs.get(el);
      if (s === undefined) {
        s = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().trim();
        if (i >= 0) sigAt[i] = s;
        else sigs.set(el, s);
      }
      return s;
    },
    tokens(el) {
      const i = indexOf(el);
      let t = i >= 0 ? tokensAt[i] : tokenCache.get(el);
      if (t === undefined) {
        const sig = ctx.signature(el);
        t = sig ? sig.split(/\s+/) : [];
        if (i >= 0) tokensAt[i] = t;
        else tokenCache.set(el, t);
      }
      return t;
    },
    descendants(el, tag) {
      const i = el === body ? -1 : indexOf(el);
      if (i < 0 && el !== body) return tag ? listElements(el, tag) : listElements(el, '*');
      const out: Element[] = [];
      const end = i < 0 ? elements.length - 1 : i + m.size[i];
      for (let j = i + 1; j <= end; j++) {
        if (removedFlags[j]) continue;
        if (!tag || elements[j].nodeName === tag) out.push(elements[j]);
      }
      return out;
    },
    hasDescendant(el, tags) {
      const i = indexOf(el);
      if (i < 0) return false;
      for (let j = i + 1, end = i + m.size[i]; j <= end; j++) {
        if (!removedFlags[j] && tags.has(elements[j].nodeName)) return true;
      }
      return false;
    },
    isRemoved(el) {
      const i = indexOf(el);
      return i >= 0 ? removedFlags[i] === 1 : !el.isConnected;
    },
    live() {
      // An iterator by hand, not a generator: every step walks the whole list, and resuming a
      // generator for each element was 5 % of the cleanup's time in a Chromium profile (16 % on a
      // page of nested link lists). One result object serves the whole walk (for...of reads it
      // before asking for the next).
      let i = 0;
      const result = { done: false, value: undefined as unknown as Element };
      const iterator: IterableIterator<Element> = {
        next() {
          while (i < elements.length && removedFlags[i]) i += m.size[i] + 1;
          if (i >= elements.length) {
            result.done = true;
            return result;
          }
          lastEl = result.value = elements[i];
          lastIndex = i++;
          return result;
        },
        [Symbol.iterator]() {
          return iterator;
        },
      };
      return iterator;
    },
    isProtected(el) {
      if (el === body || el === doc.documentElement) return true;
      const a = getAnchorIndex();
      if (a < 0) return false;
      const i = indexOf(el);
      return i >= 0 && i <= a && a <= i + m.size[i];
    },
    setAside(el) {
      if (!ctx.isProtected(el)) return;
      const i = indexOf(el);
      if (i < 0) return;
      asideFlags.fill(1, i, i + m.size[i] + 1);
      anchorIndex = undefined;
    },
    remove(el, step, reason) {
      if (ctx.isRemoved(el)) return false;
      if (ctx.isProtected(el)) {
        if (REPORTS && debug) ctx.refused.push(record(el, step, reason, ctx.text(el)));
        return false;
      }
      if (REPORTS && debug) ctx.removed.push(record(el, step, reason, ctx.text(el)));
      const i = indexOf(el);
      if (i >= 0) removedFlags.fill(1, i, i + m.size[i] + 1);
      // An empty stand-in keeps the parent's element count. Readability climbs from its best
      // candidate to any parent that has that candidate as its ONLY child, and then joins the
      // new level's siblings (site header, blog description): removing a sidebar next to the
      // article column made it swallow the page header (seen on corpus blog pages). The empty
      // element is dropped later by Readability and by tidy's empty-wrapper pass.
      el.replaceWith(doc.createElement('div'));
      return true;
    },
    removed: [],
    refused: [],
    debug,
  };
  return ctx;
}
