import type { Readability as ReadabilityClass } from '@mozilla/readability';
// The package's index also carries isProbablyReaderable, which nothing here calls: importing
// the class's own file keeps that out of the page script (0.5 kB gzip). Readability.js is
// CommonJS (`module.exports = Readability`), hence the default import.
import ReadabilityModule from '@mozilla/readability/Readability.js';
import { listTags } from './text';

type ReadabilityConstructor = typeof ReadabilityClass;

/** The per-element methods of Readability's own that the subclass answers first when it can. */
interface ReadabilityChecks {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isProbablyVisible(node: Element): boolean;
}
const readabilityChecks = (ReadabilityModule as { prototype: ReadabilityChecks }).prototype;

/**
 * Readability with some work made cheaper, each answer the same as Readability's own:
 * - `_getAllNodesWithTag` (its ~20 lookups per parse, most of them over the whole page) returns
 *   the same elements, static and in document order, through listTags instead of a
 *   querySelectorAll of the tag list, which costs many times more in jsdom (the benchmark, the
 *   CLI, the tests); in a browser both are native. (jsdom's engine also counts Word's `<o:p>` as
 *   a `p`, which browsers do not: this follows the browsers.)
 * - `_isValidByline`, asked of every element (the body and the html element included), reads the
 *   element's whole textContent before looking at its name: the name is looked at first here,
 *   and Readability's own check runs only on an element named as a byline or carrying a rel or
 *   itemprop attribute (what its own test needs).
 * - `_isProbablyVisible` reads `node.style` twice per element, which makes the browser build a
 *   style declaration for each one: an element with no style, hidden or aria-hidden attribute is
 *   visible to that check anyway, so only elements with one of them go to Readability's own.
 * Every other method is Readability's own, and the class itself stays untouched for anyone else
 * importing it.
 */
class CalmReadability extends (ReadabilityModule as ReadabilityConstructor) {
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
    return listTags(node, tagNames);
  }

  _isValidByline(this: ReadabilityChecks, node: Element, matchString: string): boolean {
    // Readability's own needs rel="author", an itemprop with "author" or a byline name.
    return (this.REGEXPS.byline.test(matchString) || node.hasAttribute('rel') || node.hasAttribute('itemprop')) && readabilityChecks._isValidByline.call(this, node, matchString);
  }

  _isProbablyVisible(node: Element): boolean {
    if (!node.hasAttribute('style') && !node.hasAttribute('hidden') && !node.hasAttribute('aria-hidden')) return true;
    return readabilityChecks._isProbablyVisible.call(this, node);
  }
}

export const Readability = CalmReadability as unknown as ReadabilityConstructor;
