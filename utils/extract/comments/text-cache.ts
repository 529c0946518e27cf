/**
 * Text of elements for the comment detectors: textContent is costly in jsdom and the detectors
 * ask for the same elements' text many times, so one run reads each element once.
 */

/**
 * The text cache of the runs in progress, by document. A run owns its cache: findComments opens
 * it with `withTextCache` and it is dropped when the run ends, so nothing is kept between runs
 * and a document changed after one run is never read from stale text in the next. Outside a run
 * the helpers read the DOM uncached.
 */
const runs = new WeakMap<Document, Map<Element, string>>();

/** Run `read` with a text cache for `doc` (the document must not change while it runs). */
export function withTextCache<T>(doc: Document, read: () => T): T {
  if (runs.has(doc)) return read();
  runs.set(doc, new Map());
  try {
    return read();
  } finally {
    runs.delete(doc);
  }
}

/** Whitespace-collapsed text of an element. */
export function getCollapsedText(el: Element | null | undefined): string {
  if (!el) return '';
  const cache = runs.get(el.ownerDocument);
  let t = cache?.get(el);
  if (t === undefined) {
    t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    cache?.set(el, t);
  }
  return t;
}

/** The first `max` characters of an element's text (whitespace collapsed), without reading it all. */
export function getLeadingText(el: Element, max: number): string {
  const cached = runs.get(el.ownerDocument)?.get(el);
  if (cached !== undefined) return cached.slice(0, max);
  let out = '';
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const piece = (c as Text).data.replace(/\s+/g, ' ');
        out += piece;
        // Indentation whitespace counts for nothing: measure the collapsed text.
        if (piece.trim() && out.replace(/\s+/g, ' ').length >= max + 2) return true;
      } else if (c.nodeType === 1 && walk(c)) return true;
    }
    return false;
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}
