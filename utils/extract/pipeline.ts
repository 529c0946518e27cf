/**
 * The extraction pipeline, the same code in the page-side script and in Node (jsdom). The given
 * document is never touched: everything below works on a snapshot.
 *
 *   guards -> snapshot -> prepare (<base> out, URLs absolute, lazy images) -> comments (taken
 *   first, their regions removed) -> page metadata -> declutter -> Readability -> article shape
 *   (is what was found an article?) -> tidy -> serialize (sanitize) -> metadata
 *
 * The serializer is a parameter so that the page-side script can leave DOMPurify out (it must
 * stay within 40 kB gzip; see utils/sanitize-result.ts for where its results are sanitized).
 * Everything else — Node, the CLI, the benchmark, the tests — uses `extract` from ./index, which
 * serializes through the strict DOMPurify profile.
 */
import { Readability } from './readability';
import { countLinkedHeadings, judgeArticleShape, measureArticleShape } from './article-shape';
import { findComments } from './comments';
import { declutter } from './declutter';
import { removeCookieBanners } from './declutter/remove-cookie-banners';
import { removeHidden } from './declutter/remove-hidden';
import { removePageChrome } from './declutter/remove-page-chrome';
import { checkExtractable } from './guards';
import { buildMetadata, readPageMetadata } from './metadata';
import { snapshotDocument } from './snapshot';
import { POST_BODY_SELECTOR, getBlockText, normalizeSpace } from './text';
import { prepareDocument, tidyArticle } from './tidy';
import type { Article, ExtractDebug, ExtractOptions, ExtractResult } from './types';

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

/** Distinct lower-cased words of four letters or more: enough to tell two texts apart. */
function getWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])];
}

/** The one element the template marks as the post's body, copied, with its words. */
function findMarkedPostBody(doc: Document): { body: Element; words: string[] } | null {
  const found = doc.body ? Array.from(doc.body.querySelectorAll(POST_BODY_SELECTOR)) : [];
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  if (outer.length !== 1) return null;
  const words = getWords(outer[0].textContent ?? '');
  return words.length >= 3 ? { body: outer[0].cloneNode(true) as Element, words } : null;
}

const FALLBACK_STEPS = [removeHidden, removePageChrome, removeCookieBanners];

/** "Show anyway" on a page Readability cannot make an article of: the page's visible text. */
function buildFallbackContent(clone: Document): Element | null {
  const body = clone.body;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll('script, style, noscript, template, nav, form, iframe, object, embed'))) el.remove();
  const container = clone.createElement('div');
  while (body.firstChild) container.appendChild(body.firstChild);
  return container;
}

function runPipeline(doc: Document, options: ExtractOptions, debug: ExtractDebug | undefined, serialize: SerializeArticle): ExtractResult {
  const win = getWindow(doc);
  if (!win) return { ok: false, reason: 'parse-failed', detail: 'no window to parse and sanitize with' };
  const url = resolveDocumentUrl(doc, options.url);
  let t = now(win);
  const lap = (stage: string) => {
    if (!debug) return;
    const n = now(win);
    debug.timings[stage] = Math.round((n - t) * 100) / 100;
    t = n;
  };

  const guard = checkExtractable(doc, { force: options.force });
  if (guard) return { ok: false, reason: guard.reason, detail: guard.detail };
  lap('guards');

  const clone = snapshotDocument(doc);
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
  const report = declutter(clone, url, { debug: !!options.debug, clock: options.timings ? () => now(win) : undefined });
  if (debug) {
    debug.removed = report.removed;
    debug.refused = report.refused;
    for (const [step, ms] of Object.entries(report.timings)) debug.timings[`declutter/${step}`] = Math.round(ms * 100) / 100;
  }
  lap('declutter');

  // A page whose template marks the post body (one .entry-content / articleBody): kept aside, as
  // Readability sometimes passes over a short post for the sidebar's "About me" text.
  const marked = findMarkedPostBody(clone);
  // Readability works on our clone directly (it clones nothing) and hands back the element, so
  // tidy and the sanitizer see a DOM, not a string to re-parse.
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  lap('readability');

  let root: Element | null = parsed?.content ?? null;
  if (marked) {
    // Readability's pick holds few of the post's words: it chose another part of the page.
    const picked = new Set(getWords(root?.textContent ?? ''));
    const shared = marked.words.filter((w) => picked.has(w)).length;
    if (shared < 0.3 * marked.words.length) root = marked.body;
  }

  // Is what was found an article? Only a page without one (front page, listing, app shell) is
  // turned down; a short brief or a photo with its caption is what the reader asked for.
  const shape = root ? measureArticleShape(root, { linkedHeadings: headlineLinks, type: page.type, doc }) : null;
  const verdict = shape ? judgeArticleShape(shape) : 'no text was found';
  if (debug && shape) debug.shape = shape;
  lap('shape');
  if (verdict && !options.force) return { ok: false, reason: 'not-an-article', detail: verdict };
  // "Show anyway" on a page that is not an article: on a front page (headlines that are links,
  // five or more) whose Readability pick is not substantial, the reader gets the page's visible
  // text, from a fresh copy that only lost its hidden parts, frame and overlays (the list cleanup
  // would take the teasers, which are its content). Anywhere else — a post with a readers' thread,
  // a page of little text — Readability's pick is the post: the whole page would bury it in
  // sidebars and comments.
  const hasThread = found.comments.length > 0 || !!found.elsewhere;
  if (verdict && headlineLinks >= 5 && !hasThread && normalizeSpace(root?.textContent ?? '').length < 500) {
    const plain = snapshotDocument(doc);
    prepareDocument(plain, url, win);
    declutter(plain, url, { steps: FALLBACK_STEPS });
    root = buildFallbackContent(plain);
  }
  if (!root || !normalizeSpace(root.textContent ?? '')) return { ok: false, reason: 'empty', detail: 'no article text found' };
  const readerable = !verdict;

  tidyArticle(root, url, win);
  lap('tidy');
  const content = serialize(root, win);
  lap('sanitize');
  const textContent = getBlockText(root);
  if (!textContent) return { ok: false, reason: 'empty', detail: 'the article has no text' };

  const meta = buildMetadata(page, parsed, { text: textContent, root }, url);
  lap('metadata');

  const article: Article = {
    url,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName || undefined,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    dir: meta.dir,
    excerpt: meta.excerpt,
    content,
    textContent,
    wordCount: meta.wordCount,
    readingTimeMinutes: meta.readingTimeMinutes,
    leadImage: meta.leadImage,
    comments: found.comments,
    commentsElsewhere: found.elsewhere,
    readerable,
  };
  // Plain JSON only: drop undefined optional fields so the object survives structured cloning
  // and JSON round trips unchanged.
  for (const key of Object.keys(article) as Array<keyof Article>) {
    if (article[key] === undefined) delete article[key];
  }
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
  const debug: ExtractDebug | undefined = options.debug || options.timings ? { removed: [], refused: [], timings: {} } : undefined;
  let result: ExtractResult;
  try {
    result = runPipeline(doc, options, debug, serialize);
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    result = { ok: false, reason: 'parse-failed', detail };
  }
  return debug ? { ...result, debug } : result;
}
