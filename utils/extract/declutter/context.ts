/**
 * Shared state for the cleanup steps, computed once per document so that nine steps do not
 * mean nine full-document walks with nine textContent computations:
 * - `elements`: the body's elements in document order, listed once (steps skip removed ones);
 * - text and link-text lengths for every element, from ONE bottom-up pass (stale but only ever
 *   too large after removals, which errs on the side of keeping content);
 * - the content anchor: the element holding most paragraph text. No step may remove it or an
 *   ancestor of it; an over-eager rule then costs a refusal in the debug report, not the article.
 */
import type { RemovalRecord } from '../types';
import { describeElement, listElements, normalizeSpace } from '../text';

export interface DeclutterContext {
  doc: Document;
  body: HTMLElement;
  /** Page host, to tell internal teaser links from external references. */
  host: string;
  elements: Element[];
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
  isRemoved(el: Element): boolean;
  /** True when removing `el` would take the article's main text with it. */
  isProtected(el: Element): boolean;
  /** Remove `el` (unless protected) and record why. Returns whether it was removed. */
  remove(el: Element, step: string, reason: string): boolean;
  removed: RemovalRecord[];
  refused: RemovalRecord[];
  debug: boolean;
}

function record(el: Element, step: string, reason: string, text: string): RemovalRecord {
  return { step, reason, element: describeElement(el), text: text.slice(0, 120) };
}

function computeLengths(body: Element, elements: Element[]): { text: Map<Element, number>; link: Map<Element, number> } {
  const text = new Map<Element, number>();
  const link = new Map<Element, number>();
  // Reverse document order visits children before parents.
  for (let i = elements.length - 1; i >= -1; i--) {
    const el = i >= 0 ? elements[i] : body;
    let t = 0;
    let l = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Whitespace-collapsed length, approximately: source indentation must not make a short
        // box look long, and a regex replace per text node is too slow on big pages.
        const v = child.nodeValue ?? '';
        if (v.length) {
          const trimmed = v.trim().length;
          t += trimmed === v.length ? trimmed : trimmed + 1;
        }
      } else if (child.nodeType === 1) {
        t += text.get(child as Element) ?? 0;
        l += link.get(child as Element) ?? 0;
      }
    }
    if (el.nodeName === 'A') l = t;
    text.set(el, t);
    link.set(el, l);
  }
  return { text, link };
}

/** The element with the most text in substantial paragraphs, Readability-style but cheap. */
function findContentAnchor(body: Element, lengths: Map<Element, number>, linkLengths: Map<Element, number>): Element | null {
  const scores = new Map<Element, number>();
  const blocks: Element[] = [];
  for (const tag of ['p', 'pre', 'td', 'blockquote']) blocks.push(...listElements(body, tag));
  for (const p of blocks) {
    const len = lengths.get(p) ?? 0;
    if (len < 60) continue;
    if ((linkLengths.get(p) ?? 0) / len > 0.5) continue;
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
  return bestScore >= 200 ? best : null;
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
  const lengths = computeLengths(body, elements);
  let anchor: Element | null | undefined;
  const sigs = new Map<Element, string>();
  const tokenCache = new Map<Element, string[]>();
  const removedSet = new Set<Element>();
  const ctx: DeclutterContext = {
    doc,
    body,
    host,
    elements,
    textLength: (el) => lengths.text.get(el) ?? normalizeSpace(el.textContent ?? '').length,
    linkTextLength: (el) => lengths.link.get(el) ?? 0,
    linkDensity(el) {
      const t = ctx.textLength(el);
      return t ? Math.min(1, ctx.linkTextLength(el) / t) : 0;
    },
    text: (el) => normalizeSpace(el.textContent ?? ''),
    signature(el) {
      let s = sigs.get(el);
      if (s === undefined) {
        s = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().trim();
        sigs.set(el, s);
      }
      return s;
    },
    tokens(el) {
      let t = tokenCache.get(el);
      if (t === undefined) {
        const sig = ctx.signature(el);
        t = sig ? sig.split(/\s+/) : [];
        tokenCache.set(el, t);
      }
      return t;
    },
    isRemoved(el) {
      // Every element of a removed subtree is in the set (cheaper than isConnected, which walks
      // up to the root on each call in jsdom).
      return removedSet.has(el);
    },
    isProtected(el) {
      if (anchor === undefined) anchor = findContentAnchor(body, lengths.text, lengths.link);
      if (el === body || el === doc.documentElement) return true;
      return anchor != null && !removedSet.has(anchor) && el.contains(anchor);
    },
    remove(el, step, reason) {
      if (ctx.isRemoved(el)) return false;
      if (ctx.isProtected(el)) {
        if (debug) ctx.refused.push(record(el, step, reason, ctx.text(el)));
        return false;
      }
      if (debug) ctx.removed.push(record(el, step, reason, ctx.text(el)));
      removedSet.add(el);
      for (const d of listElements(el, '*')) removedSet.add(d);
      el.remove();
      return true;
    },
    removed: [],
    refused: [],
    debug,
  };
  return ctx;
}
