/**
 * extract(document): the whole pipeline (./pipeline.ts), ending with the strict DOMPurify profile.
 * Runs in Node on a jsdom document (CLI, benchmark, tests) exactly as in a browser.
 */
import { runExtraction } from './pipeline';
import { sanitizeHtml } from './sanitize';
import type { ExtractOptions, ExtractResult } from './types';

export * from './types';
export { declutter, declutterWithReport, DECLUTTER_STEPS } from './declutter';
export { estimateReadingTime } from './reading-time';

/**
 * Turn a page into an Article (plain JSON) without touching `doc`. Expected failures come back as
 * values; an unexpected exception becomes `{ ok: false, reason: 'parse-failed', detail }`.
 */
export function extract(doc: Document, options: ExtractOptions & { url?: string } = {}): ExtractResult {
  return runExtraction(doc, options, (root, win) => sanitizeHtml(root, win));
}
