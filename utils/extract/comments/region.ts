/**
 * The comment section around a set of comment units: what the pipeline removes from the article
 * so no comment text, heading, form, sort control or "forum closed" notice leaks into it.
 */
import { listPostBodies, listTags } from '../text';
import { UNCACHED_TEXT, type TextReader } from './text-cache';
import { COMMENT_FORM_SELECTOR, COMMENT_HEADING_RE, COMMENT_NAME_RE, COMMENT_NOTICE_RE, NOT_COMMENT_NAME_RE } from './vocabulary';

/** A comment-section heading is a title ("12 thoughts on “…”"), not a sentence. */
const MAX_HEADING_TEXT = 120;
/** A paragraph this long outside the comments is someone's prose: the region stops below it. */
const MIN_PROSE_TEXT = 160;
/** The region grows through wrappers that add at most a heading and a count... */
const MAX_WRAPPER_EXTRA_TEXT = 200;
/** ...or, when the wrapper is named as a comment section, its notices, sort controls and form. */
const MAX_SECTION_EXTRA_TEXT = 2000;
/** Headings and notices just before the section: a few short siblings at most. */
const LEADING_CHROME_SIBLINGS = 4;
const MAX_LEADING_CHROME_TEXT = 200;
/** A comment form with its notes; a "form" holding more text wraps the page (ASP.NET), not the form. */
const MAX_FORM_TEXT = 3000;

export function isCommentNamed(el: Element): boolean {
  const name = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
  return COMMENT_NAME_RE.test(name) && !NOT_COMMENT_NAME_RE.test(name);
}

export function isCommentHeading(el: Element, reader: TextReader = UNCACHED_TEXT): boolean {
  if (!/^H[1-6]$/.test(el.tagName) && !/title|heading|header/i.test(`${el.className} ${el.id}`)) return false;
  const text = reader.collapsed(el);
  return text.length > 0 && text.length <= MAX_HEADING_TEXT && COMMENT_HEADING_RE.test(text);
}

/** The smallest ancestor holding every unit. */
export function getCommonAncestor(els: readonly Element[]): Element | null {
  if (els.length === 0) return null;
  // In document order, the common ancestor of the first and the last holds all between them.
  let first = els[0];
  let last = els[0];
  for (const el of els) {
    if (el.compareDocumentPosition(first) & 4) first = el;
    if (el.compareDocumentPosition(last) & 2) last = el;
  }
  let anc: Element | null = first;
  while (anc && !anc.contains(last)) anc = anc.parentElement;
  return anc;
}

/** True when `outer` holds a paragraph-sized text that is not inside any of `inners`. */
function hasOwnProse(outer: Element, inner: Element | readonly Element[], reader: TextReader): boolean {
  const inners = new Set(Array.isArray(inner) ? inner : [inner as Element]);
  const holdsInner = (el: Element): boolean => {
    for (const i of inners) if (el.contains(i)) return true;
    return false;
  };
  const stack: Element[] = [outer];
  while (stack.length) {
    const el = stack.pop()!;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (inners.has(c)) continue;
      if (/^(?:P|BLOCKQUOTE|PRE|LI|TD|H1|H2)$/.test(c.tagName) && !holdsInner(c)) {
        const t = reader.collapsed(c);
        if (t.length > MIN_PROSE_TEXT && !COMMENT_NOTICE_RE.test(t)) return true;
        continue;
      }
      stack.push(c);
    }
  }
  return false;
}

/**
 * Grow from the units' container to the whole comment section: up through ancestors that hold
 * little else (or are named like a comment section and hold no prose of their own), then add
 * nearby headings, notices and the comment form.
 */
export function findRegions(doc: Document, units: readonly Element[], start?: Element, reader: TextReader = UNCACHED_TEXT): Element[] {
  let region = start ?? getCommonAncestor(units);
  if (!region) return [];
  // A single unit: start from its list, not the unit.
  if (!start && units.length === 1 && region.parentElement) region = region.parentElement;
  // Units that sit beside the article in one container (old blog templates: post, heading and
  // comment divs as siblings): the container is the article's too, so the section is the units
  // themselves and the heading just before the first.
  if (!start && units.length > 1 && hasOwnProse(region, units, reader)) return withLeadingChrome(doc, [...units], reader);
  // Never up into the post's own body (a short post has too little prose to stop the climb), nor
  // into the box of the page's main heading (on a post of a line or two, a photo and its caption,
  // the thread outweighs the post, and the climb would take them both). The bodies and headings are
  // looked up once; each step only asks whether the box holds one.
  const postBodies = listPostBodies(doc);
  const holdsPostBody = (el: Element): boolean => postBodies.some((b) => el.contains(b));
  const headings = listTags(doc, ['h1']);
  const holdsHeading = (el: Element): boolean => headings.some((h) => h !== el && el.contains(h));
  if (!start && holdsPostBody(region)) return withLeadingChrome(doc, [...units], reader);
  for (let parent = region.parentElement; parent && parent !== doc.body && parent !== doc.documentElement; parent = parent.parentElement) {
    if (holdsPostBody(parent) && !holdsPostBody(region)) break;
    if (holdsHeading(parent) && !holdsHeading(region)) break;
    const outside = reader.collapsed(parent).length - reader.collapsed(region).length;
    if (outside <= MAX_WRAPPER_EXTRA_TEXT && !hasOwnProse(parent, region, reader)) region = parent;
    else if (isCommentNamed(parent) && !hasOwnProse(parent, region, reader) && outside <= MAX_SECTION_EXTRA_TEXT) region = parent;
    else break;
  }
  if (region === doc.body || region === doc.documentElement) return [];
  // Never the article itself: a region holding the page's main heading went too far.
  if (holdsHeading(region)) return [];
  return withLeadingChrome(doc, [region], reader);
}

/**
 * The section plus what belongs to it around it: headings, "forum closed" notices and sort
 * controls just before the first element, and the comment form wherever it is.
 */
function withLeadingChrome(doc: Document, section: Element[], reader: TextReader): Element[] {
  const out = section;
  let sib = firstInOrder(section).previousElementSibling;
  for (let i = 0; sib && i < LEADING_CHROME_SIBLINGS; i++, sib = sib.previousElementSibling) {
    const text = reader.collapsed(sib);
    if (text.length > MAX_LEADING_CHROME_TEXT) break;
    if (isCommentHeading(sib, reader) || COMMENT_NOTICE_RE.test(text) || isCommentNamed(sib) || sib.querySelector('h1,h2,h3,h4,h5,h6') && COMMENT_HEADING_RE.test(text)) out.push(sib);
  }
  for (const form of doc.querySelectorAll(COMMENT_FORM_SELECTOR)) {
    if (out.some((r) => r.contains(form) || form.contains(r))) continue;
    // A form wrapper that somehow holds prose is not the comment form.
    if (reader.collapsed(form).length > MAX_FORM_TEXT) continue;
    out.push(form);
  }
  return out;
}

function firstInOrder(els: readonly Element[]): Element {
  let first = els[0];
  for (const el of els) if (el.compareDocumentPosition(first) & 4) first = el;
  return first;
}

/** Elements sorted in document order (in place). */
export function sortInDocumentOrder(els: Element[]): Element[] {
  return els.sort((a, b) => (a === b ? 0 : a.compareDocumentPosition(b) & 4 ? -1 : 1));
}
