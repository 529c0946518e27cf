import type { Readability as ReadabilityClass } from '@mozilla/readability';
// The package's index also carries isProbablyReaderable, which nothing here calls: importing
// the class's own file keeps that out of the page script (0.5 kB gzip). Readability.js is
// CommonJS (`module.exports = Readability`), hence the default import.
import ReadabilityModule from '@mozilla/readability/Readability.js';
import { listTags } from './text';

type ReadabilityConstructor = typeof ReadabilityClass;

/**
 * Readability with one lookup made cheaper: `_getAllNodesWithTag` (its ~20 lookups per parse,
 * most of them over the whole page) returns the same elements, static and in document order,
 * through listTags instead of a querySelectorAll of the tag list, which costs many times more in
 * jsdom (the benchmark, the CLI, the tests); in a browser both are native. (jsdom's engine also
 * counts Word's `<o:p>` as a `p`, which browsers do not: this follows the browsers.) Every other method is
 * Readability's own, and the class itself stays untouched for anyone else importing it.
 */
class CalmReadability extends (ReadabilityModule as ReadabilityConstructor) {
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): Element[] {
    return listTags(node, tagNames);
  }
}

export const Readability = CalmReadability as unknown as ReadabilityConstructor;
