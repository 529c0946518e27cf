/**
 * Which element is the article: Readability's pick, the post body the template marks when
 * Readability chose another part of the page, or — for "Show anyway" on a front page — the page's
 * visible text. Decided here so the pipeline only wires the stages together.
 */
import { FRONT_PAGE_HEADLINES } from './article-shape';
import { declutter, declutterFallback } from './declutter';
import { prepareDocument } from './prepare';
import { snapshotDocument } from './snapshot';
import { listPostBodies, normalizeSpace } from './text';

/** Share of the marked post body's words Readability's pick must hold to be taken as the same text. */
const MIN_SHARED_POST_WORDS = 0.3;
/** A marked post body with fewer distinct words is an empty template slot, not a post. */
const MIN_MARKED_POST_WORDS = 3;
/** Characters under which Readability's pick on a front page is a stray box, not a story. */
const SUBSTANTIAL_PICK_CHARS = 500;
/** Left out of the front-page text: code, navigation, forms and embeds, never words to read. */
const NOT_PAGE_TEXT = 'script, style, noscript, template, nav, form, iframe, object, embed';

/** Distinct lower-cased words of four letters or more: enough to tell two texts apart. */
function getWords(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]{4,}/gu) ?? [])];
}

/** The one element the template marks as the post's body, copied, with its words. */
export interface MarkedPostBody {
  body: Element;
  words: string[];
}

/**
 * The post body the template marks (one outermost .entry-content / articleBody), copied before
 * Readability runs, as Readability rewrites the clone. Null when there is none, or more than one.
 */
export function findMarkedPostBody(doc: Document): MarkedPostBody | null {
  const found = doc.body ? listPostBodies(doc.body) : [];
  const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  if (outer.length !== 1) return null;
  const words = getWords(outer[0].textContent ?? '');
  return words.length >= MIN_MARKED_POST_WORDS ? { body: outer[0].cloneNode(true) as Element, words } : null;
}

/**
 * Readability's pick, unless it holds few of the marked post body's words: then it chose another
 * part of the page (a short post passed over for the sidebar's "About me" text) and the marked
 * body is the article.
 */
export function pickArticleRoot(picked: Element | null, marked: MarkedPostBody | null): Element | null {
  if (!marked) return picked;
  const pickedWords = new Set(getWords(picked?.textContent ?? ''));
  const shared = marked.words.filter((w) => pickedWords.has(w)).length;
  return shared < MIN_SHARED_POST_WORDS * marked.words.length ? marked.body : picked;
}

/** What the front-page decision looks at. */
export interface FrontPageSignals {
  /** The article-shape verdict: why it is not an article, or null when it is one. */
  verdict: string | null;
  /** Linked headlines on the page, counted before cleanup took teaser lists away. */
  linkedHeadings: number;
  /** The page has a readers' thread (here or in a third-party frame). */
  hasThread: boolean;
  root: Element | null;
}

/**
 * "Show anyway" on a front page (headlines that are links, five or more) whose Readability pick is
 * not substantial: the reader gets the page's visible text. Anywhere else — a post with a readers'
 * thread, a page of little text — Readability's pick is the post: the whole page would bury it in
 * sidebars and comments.
 */
export function wantsFrontPageText(s: FrontPageSignals): boolean {
  return (
    !!s.verdict &&
    s.linkedHeadings >= FRONT_PAGE_HEADLINES &&
    !s.hasThread &&
    normalizeSpace(s.root?.textContent ?? '').length < SUBSTANTIAL_PICK_CHARS
  );
}

/**
 * The front page's visible text, from a fresh snapshot that only lost its hidden parts, frame and
 * overlays (declutter's fallback steps): the list cleanup would take the teasers, which are its content.
 */
export function readFrontPageText(doc: Document, url: string, win: Window | null): Element | null {
  const plain = snapshotDocument(doc);
  prepareDocument(plain, url, win);
  declutter(plain, url, { steps: declutterFallback });
  const body = plain.body;
  if (!body) return null;
  for (const el of Array.from(body.querySelectorAll(NOT_PAGE_TEXT))) el.remove();
  const container = plain.createElement('div');
  while (body.firstChild) container.appendChild(body.firstChild);
  return container;
}

/** An article root with no text at all is no article (the pipeline answers "empty"). */
export function hasText(root: Element | null): root is Element {
  return !!root && !!normalizeSpace(root.textContent ?? '');
}
