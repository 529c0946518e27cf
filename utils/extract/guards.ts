import { findDescriptor, safeCall, safeGet } from './snapshot';
import type { ExtractFailureReason } from './types';

export interface GuardFailure {
  reason: ExtractFailureReason;
  detail: string;
}

export interface GuardOptions {
  /** "Show anyway": let a plain-text page through (the user asked to see it). */
  force?: boolean;
  /** Override the bounds (tests use small ones); the defaults are what ships. */
  maxElements?: number;
  maxDepth?: number;
}

/**
 * Bounds on what extraction will take on: a page beyond a bound gets "This page is too large to
 * simplify" rather than a frozen tab.
 *
 * Measured on the benchmark corpora (1,403 real news/blog pages; tests/fixtures/hostile/tools/
 * measure-corpus-bounds.ts): at most 10,477 elements (dragnet-train) and 56 levels of nesting
 * (l3s-gn1-dev); no page is refused as too large. (An archived page whose unclosed <title>
 * swallowed the body has no body text; the pipeline reads it from the title's text instead,
 * swallowed-page.ts.)
 * MAX_ELEMENTS: 150,000 is fourteen times the largest corpus page and still extracts in seconds.
 * MAX_DEPTH: Chromium's HTML parser itself stops nesting at 512 (deeper tags become siblings), so
 * only script-built DOM gets deeper; 1,000 leaves room for odd real pages while keeping the
 * recursive parts of Readability and the serializer far from the JS stack limit (jsdom's own
 * cloneNode overflows at about 5,000 levels).
 */
export const MAX_ELEMENTS = 150_000;
export const MAX_DEPTH = 1_000;

/** Shown to the user as is; the UI may add its own next step. */
export const TOO_LARGE = 'This page is too large to simplify';

/** Content types a browser renders as an HTML document we can read. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * Cheap checks before any expensive work; called FIRST by the pipeline.
 * Returns null when the page may be extracted, else a failure value with a reason and a detail a
 * person can read. Never throws on a hostile document: every property read is defensive, because
 * in jsdom (no isolated world) page scripts can clobber or override what we read.
 */
export function checkExtractable(doc: Document, options: GuardOptions = {}): GuardFailure | null {
  return inspectPage(doc, options).failure;
}

/** What the guard learnt about a page it let through, for the stages after it. */
export interface PageInspection {
  failure: GuardFailure | null;
  /**
   * An open shadow root or a declarative shadow template somewhere in the page. Without one, the
   * snapshot may copy the page natively (snapshotDocument's `shadowFree`): the guard has already
   * looked at every element for this, so nothing walks the page a second time to find out.
   */
  hasShadowContent: boolean;
}

/** checkExtractable, and what its walk over the page found. */
export function inspectPage(doc: Document, options: GuardOptions = {}): PageInspection {
  const found = { hasShadowContent: true };
  try {
    return { failure: checkExtractableUnsafe(doc, options, found), hasShadowContent: found.hasShadowContent };
  } catch (error) {
    return { failure: { reason: 'parse-failed', detail: `The page could not be inspected (${describeError(error)})` }, hasShadowContent: true };
  }
}

function checkExtractableUnsafe(doc: Document, options: GuardOptions, found: { hasShadowContent: boolean }): GuardFailure | null {
  const maxElements = options.maxElements ?? MAX_ELEMENTS;
  const maxDepth = options.maxDepth ?? MAX_DEPTH;

  // 1. What kind of document is this? Chromium and Firefox wrap text/plain in <pre> and images in
  //    a lone <img>; their contentType still tells the truth.
  const contentType = String(safeGet<string>(doc, 'contentType') ?? '').toLowerCase();
  if (contentType.startsWith('image/')) {
    return { reason: 'not-an-article', detail: `This is an image (${contentType}), not an article` };
  }
  if (contentType === 'text/plain') {
    if (!options.force) return { reason: 'not-an-article', detail: 'This is a plain-text file, not an article' };
  } else if (contentType && !HTML_TYPES.has(contentType)) {
    return { reason: 'not-an-article', detail: `This document is ${contentType}, not an article` };
  }

  const root = safeGet<Element | null>(doc, 'documentElement');
  if (!root) return { reason: 'empty', detail: 'The page has no content' };
  if (safeGet<string | null>(root, 'namespaceURI') !== 'http://www.w3.org/1999/xhtml') {
    return { reason: 'not-an-article', detail: `This is a ${safeGet<string>(root, 'localName')} document, not an article` };
  }

  // 2. Framesets hold other pages; the frames' documents are not ours to read.
  const body = safeGet<HTMLElement | null>(doc, 'body');
  if (body && safeGet<string>(body, 'localName') === 'frameset') {
    return { reason: 'not-an-article', detail: 'This page is a frameset: its content lives in other pages' };
  }

  // 3. Size bounds, before anything walks the tree. getElementsByTagName('*').length is a native
  //    walk (no JS per element).
  const elementCount = safeGet<number>(safeCall<HTMLCollection>(doc, 'getElementsByTagName', '*'), 'length');
  if (elementCount > maxElements) {
    return { reason: 'too-large', detail: TOO_LARGE };
  }
  const shape = measureShape(root, maxDepth, maxElements);
  if (shape.elements > maxElements) {
    return { reason: 'too-large', detail: TOO_LARGE };
  }
  if (shape.depth > maxDepth) {
    return { reason: 'too-large', detail: TOO_LARGE };
  }
  found.hasShadowContent = shape.hasShadowContent;

  // 4. A page that is one image and nothing else (an image document's body, or an HTML page that
  //    only shows a picture). A lone <pre> is left alone on purpose: text/plain was caught by its
  //    content type above, and an HTML page whose article is one <pre> is still an article.
  if (!body) return { reason: 'empty', detail: 'The page has no body' };
  const text = (safeGet<string | null>(body, 'textContent') ?? '').trim();
  const only = safeGet<number>(body, 'childElementCount') === 1 ? safeGet<Element | null>(body, 'firstElementChild') : null;
  if (only && safeGet<string>(only, 'localName') === 'img' && !text && !shape.hasShadowContent) {
    return { reason: 'not-an-article', detail: 'This page is a single image, not an article' };
  }
  // 5. Empty: no text in the light DOM and nothing rendered from a shadow root or a declarative
  //    shadow template (custom elements that render the article text must still count).
  if (!text && !shape.hasShadowContent) {
    return { reason: 'empty', detail: 'The page has no text' };
  }

  return null;
}

/** Element count and nesting depth of a page, shadow trees included (figures and tests). */
export function measurePage(doc: Document): { elements: number; depth: number } {
  const root = safeGet<Element | null>(doc, 'documentElement');
  if (!root) return { elements: 0, depth: 0 };
  const shape = measureShape(root, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  return { elements: shape.elements, depth: shape.depth };
}

interface Shape {
  elements: number;
  depth: number;
  hasShadowContent: boolean;
}

/**
 * Element count and maximum depth of the tree as it renders: light DOM plus open shadow roots and
 * unattached declarative shadow templates (what snapshotDocument copies). Iterative, with an
 * explicit stack (a 10,000-deep tree must not blow the JS stack), and bounded: it stops as soon
 * as either bound is passed, so its cost is at most maxElements visits.
 */
function measureShape(root: Element, maxDepth: number, maxElements: number): Shape {
  // Every element of the page inherits these from one Element.prototype: each accessor is looked
  // up once, through the prototype chain as safeGet does (never the element's own, clobberable
  // properties), and called directly for each element. Looked up per element, the lookups were
  // most of this walk's time in the browser.
  const getter = (name: string) => findDescriptor(root, name)!.get!;
  const firstElementChild = getter('firstElementChild');
  const nextElementSibling = getter('nextElementSibling');
  const shadowRootOf = getter('shadowRoot');
  const localNameOf = getter('localName');
  const stack: Array<[Element, number]> = [[root, 1]];
  let elements = 0;
  let max = 0;
  let hasShadowContent = false;
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    elements++;
    if (depth > max) max = depth;
    if (elements > maxElements || max > maxDepth) break;
    for (let child = firstElementChild.call(el) as Element | null; child; child = nextElementSibling.call(child) as Element | null) stack.push([child, depth + 1]);
    const shadow = shadowRootOf.call(el) as ShadowRoot | null;
    const declarative = localNameOf.call(el) === 'template' && safeCall<boolean>(el, 'hasAttribute', 'shadowrootmode')
      ? safeGet<DocumentFragment>(el, 'content')
      : null;
    const extra = shadow ?? declarative;
    if (extra) {
      hasShadowContent = true;
      for (let child = safeGet<Element | null>(extra, 'firstElementChild'); child; child = nextElementSibling.call(child) as Element | null) stack.push([child, depth + 1]);
    }
  }
  return { elements, depth: max, hasShadowContent };
}

function describeError(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'unknown error';
  }
}
