/**
 * Text of elements for the comment detectors: textContent is costly in jsdom and the detectors
 * ask for the same elements' text many times, so one run reads each element once.
 *
 * The cache belongs to one run: findComments makes a reader (createTextReader) and hands it to
 * the scan and every detector (PageScan.text), and it goes away with the run. Nothing is kept
 * between runs, so a document changed after one run is never read from stale text in the next.
 * Helpers called on their own (tests, other modules) read the DOM uncached (UNCACHED_TEXT).
 */
export interface TextReader {
  /** Whitespace-collapsed text of an element. */
  collapsed(el: Element | null | undefined): string;
  /** The first `max` characters of an element's text (whitespace collapsed), without reading it all. */
  leading(el: Element, max: number): string;
}

function readCollapsed(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function readLeading(el: Element, max: number): string {
  let out = '';
  // The length `out` has once collapsed, kept as pieces are added: each piece is collapsed
  // already, so only a space on both sides of a join collapses further (re-collapsing all of
  // `out` at each piece cost time in the square of the pieces).
  let collapsedLength = 0;
  let endsWithSpace = false;
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const piece = (c as Text).data.replace(/\s+/g, ' ');
        if (!piece) continue;
        out += piece;
        collapsedLength += endsWithSpace && piece.charCodeAt(0) === 32 ? piece.length - 1 : piece.length;
        endsWithSpace = piece.charCodeAt(piece.length - 1) === 32;
        // Indentation whitespace counts for nothing: measure the collapsed text.
        if (piece !== ' ' && collapsedLength >= max + 2) return true;
      } else if (c.nodeType === 1 && walk(c)) return true;
    }
    return false;
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim().slice(0, max);
}

/** A reader with its own cache, for one run over a document that does not change meanwhile. */
export function createTextReader(): TextReader {
  const cache = new Map<Element, string>();
  return {
    collapsed(el) {
      if (!el) return '';
      let t = cache.get(el);
      if (t === undefined) {
        t = readCollapsed(el);
        cache.set(el, t);
      }
      return t;
    },
    leading(el, max) {
      const cached = cache.get(el);
      return cached !== undefined ? cached.slice(0, max) : readLeading(el, max);
    },
  };
}

/** Reads the DOM every time: for helpers called outside a run. */
export const UNCACHED_TEXT: TextReader = {
  collapsed: (el) => (el ? readCollapsed(el) : ''),
  leading: readLeading,
};
