import type { Readability as ReadabilityClass } from '@mozilla/readability';
// The package's index also carries isProbablyReaderable, which nothing here calls: importing
// the class's own file keeps that out of the page script (0.5 kB gzip). Readability.js is
// CommonJS (`module.exports = Readability`), hence the default import.
import ReadabilityModule from '@mozilla/readability/Readability.js';

export const Readability = ReadabilityModule as typeof ReadabilityClass;
