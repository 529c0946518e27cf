/**
 * The extraction pipeline, the same code in the page-side script and in Node (jsdom). The given
 * document is never touched: everything below works on a snapshot.
 *
 *   guards (guards.ts; a page whose unclosed <title> swallowed its body is read from the title's
 *   text, swallowed-page.ts) -> snapshot (snapshot.ts) -> prepare (prepare.ts: <base> out, URLs
 *   absolute, lazy images) -> comments (comments/: taken first, their regions removed) -> page
 *   metadata (page-metadata.ts) -> declutter (declutter/) -> header lead (header-lead.ts: read
 *   before Readability) -> Readability -> article root (article-root.ts), the header lead put back
 *   if Readability left it out, and shape (article-shape.ts: is it an article?) -> tidy (tidy.ts;
 *   the title repeated as the body's first heading dropped), double-encoded text read back
 *   (double-encoding.ts) -> serialize (sanitize) -> article metadata
 *   (article-metadata.ts)
 *
 * The serializer is a parameter so that the page-side script can leave DOMPurify out (it must
 * stay within its gzip ceiling, scripts/check-size.mjs; see utils/sanitize-result.ts for where
 * its results are sanitized).
 * Everything else — Node, the CLI, the benchmark, the tests — uses `extract` from ./index, which
 * serializes through the strict DOMPurify profile.
 */
import { Readability } from './readability';
import { countLinkedHeadings, judgeArticleShape, measureArticleShape } from './article-shape';
import { articleTitle, assembleArticle, buildMetadata } from './article-metadata';
import { findMarkedPostBody, hasText, pickArticleRoot, readFrontPageText, wantsFrontPageText } from './article-root';
import { findComments } from './comments';
import { declutter } from './declutter';
import { inspectPage } from './guards';
import { readPageMetadata } from './page-metadata';
import { prepareDocument } from './prepare';
import { snapshotDocument } from './snapshot';
import { readSwallowedPage } from './swallowed-page';
import { findHeaderLead, restoreHeaderLead } from './header-lead';
import { isDoubleEncoded, repairStrings, repairTextNodes } from './double-encoding';
import { getBlockText } from './text';
import { REPORTS } from './reports';
import { removeTitleHeading, tidyArticle } from './tidy';
import type { ExtractDebug, ExtractOptions, ExtractResult } from './types';

/** Turns the finished article element into the HTML string the Article carries. */
export type SerializeArticle = (root: Element, win: Window) => string;

/** No sanitizing: for the page-side script only, whose results are sanitized where they arrive. */
export const serializeUnsanitized: SerializeArticle = (root, win) => {
  // getHTML() reads the markup (Chromium 125+, Firefox 128+); XMLSerializer is the fallback.
  if (typeof root.getHTML === 'function') return root.getHTML();
  const serializer = new (win as unknown as typeof globalThis).XMLSerializer();
  return Array.from(root.childNodes, (node) => serializer.serializeToString(node)).join('');
};

function now(win: Window | null): number {
  return win?.performance?.now?.() ?? Date.now();
}

/** The real URL: the option, else the document's own URL. Never the <base> element's. */
function resolveDocumentUrl(doc: Document, url?: string): string {
  if (url) return url;
  try {
    return doc.URL || 'about:blank';
  } catch {
    return 'about:blank';
  }
}

/** The window whose DOM implementation parses and sanitizes (the page's, or jsdom's). */
function getWindow(doc: Document): Window | null {
  return doc.defaultView ?? (globalThis as { window?: Window }).window ?? null;
}

function runPipeline(doc: Document, options: ExtractOptions, report: ExtractDebug | undefined, serialize: SerializeArticle): ExtractResult {
  const win = getWindow(doc);
  if (!win) return { ok: false, reason: 'parse-failed', detail: 'no window to parse and sanitize with' };
  const url = resolveDocumentUrl(doc, options.url);
  // A constant where the build has no reports (reports.ts), so the minifier drops every use.
  const debug = REPORTS ? report : undefined;
  let t = debug ? now(win) : 0;
  const lap = (stage: string) => {
    if (!debug) return;
    const n = now(win);
    debug.timings[stage] = Math.round((n - t) * 100) / 100;
    t = n;
  };

  let guard = inspectPage(doc, { force: options.force });
  // A page with no text whose unclosed <title> swallowed its markup is read from that markup
  // (swallowed-page.ts); the same guards then judge what was read.
  const swallowed = guard.failure?.reason === 'empty' ? readSwallowedPage(doc, win) : null;
  const source = swallowed ?? doc;
  if (swallowed) guard = inspectPage(source, { force: options.force });
  if (guard.failure) return { ok: false, reason: guard.failure.reason, detail: guard.failure.detail };
  lap('guards');

  const clone = snapshotDocument(source, { shadowFree: !guard.hasShadowContent });
  lap('snapshot');
  prepareDocument(clone, url, win);
  lap('prepare');

  const found = findComments(clone, url);
  for (const region of found.regions) region.remove();
  for (const node of found.looseNodes ?? []) node.remove();
  lap('comments');

  const page = readPageMetadata(clone, url);
  // Counted before cleanup, which takes teaser lists away (see "Show anyway" below).
  const headlineLinks = countLinkedHeadings(clone);
  lap('page-metadata');

  // Cleanup BEFORE Readability, on the whole page: Readability then scores what is left. (Measured
  // on the corpora: cleaning only Readability's output, or both, scored lower — clutter that stays
  // in the page also competes for Readability's choice of container.)
  const cleanup = declutter(clone, url, debug ? { debug: !!options.debug, clock: options.timings ? () => now(win) : undefined } : {});
  if (debug) {
    debug.removed = cleanup.removed;
    debug.refused = cleanup.refused;
    for (const [step, ms] of Object.entries(cleanup.timings)) debug.timings[`declutter/${step}`] = Math.round(ms * 100) / 100;
  }
  lap('declutter');

  // Kept aside before Readability rewrites the clone (article-root.ts).
  const marked = findMarkedPostBody(clone);
  const headline = page.title || clone.title;
  const lead = findHeaderLead(clone, headline);
  lap('header-lead');
  // Readability works on our clone directly (it clones nothing) and hands back the element, so
  // tidy and the sanitizer see a DOM, not a string to re-parse.
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  lap('readability');

  let root = pickArticleRoot(parsed?.content ?? null, marked);
  if (root) restoreHeaderLead(root, lead, headline);

  // Is what was found an article? Only a page without one (front page, listing, app shell) is
  // turned down; a short brief or a photo with its caption is what the reader asked for.
  const shape = root ? measureArticleShape(root, { linkedHeadings: headlineLinks, type: page.type, doc: source }) : null;
  const verdict = shape ? judgeArticleShape(shape) : 'no text was found';
  if (debug && shape) debug.shape = shape;
  lap('shape');
  if (verdict && !options.force) return { ok: false, reason: 'not-an-article', detail: verdict };
  // "Show anyway" on a front page: its visible text (article-root.ts).
  const hasThread = found.comments.length > 0 || !!found.elsewhere;
  if (wantsFrontPageText({ verdict, linkedHeadings: headlineLinks, hasThread, root })) root = readFrontPageText(source, url, win);
  if (!hasText(root)) return { ok: false, reason: 'empty', detail: 'no article text found' };
  const readerable = !verdict;

  tidyArticle(root, url, win);
  // The title as the reader shows it, worked out once: tidy compares the body's first heading
  // with it, and the metadata carries it.
  const title = articleTitle(page, parsed, url);
  removeTitleHeading(root, title);
  // A page whose text is double-encoded ("FÃ¼r") is read back once its article shows it: the
  // article's text nodes here, the metadata and the comments below (double-encoding.ts).
  const doubleEncoded = isDoubleEncoded(root.textContent ?? '');
  if (doubleEncoded) repairTextNodes(root);
  lap('tidy');
  const content = serialize(root, win);
  lap('sanitize');
  const textContent = getBlockText(root);
  if (!textContent) return { ok: false, reason: 'empty', detail: 'the article has no text' };

  const built = buildMetadata(page, parsed, { text: textContent, root }, url, title);
  const meta = doubleEncoded ? repairStrings(built) : built;
  const comments = doubleEncoded ? repairStrings(found.comments) : found.comments;
  lap('metadata');

  const article = assembleArticle(meta, { url, content, textContent, comments, commentsElsewhere: found.elsewhere, readerable });
  return { ok: true, article };
}

/**
 * Turn a page into an Article (plain JSON) without touching `doc`. Expected failures come back as
 * values; an unexpected exception becomes `{ ok: false, reason: 'parse-failed', detail }`.
 */
export function runExtraction(
  doc: Document,
  options: ExtractOptions & { url?: string },
  serialize: SerializeArticle,
): ExtractResult {
  // Timings alone leave out the removal report, whose bookkeeping would itself cost time.
  const debug: ExtractDebug | undefined = REPORTS && (options.debug || options.timings) ? { removed: [], refused: [], timings: {} } : undefined;
  let result: ExtractResult;
  try {
    result = runPipeline(doc, options, debug, serialize);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    result = { ok: false, reason: 'parse-failed', detail };
  }
  return debug ? { ...result, debug } : result;
}
