/**
 * Tidy: the last stage on the article element, after Readability and the article-shape check:
 * navigation left at either end trimmed, lazy images and URLs fixed again (whatever Readability
 * rewrote or left relative; the same fixes as prepare.ts), links open in a new tab, empty wrappers go
 * (a space between words stays).
 */

import { fixLazyImage, fixNoscriptImages, resolveAllUrls } from './prepare';
import { HEADING_TAGS, listElements, normalizeSpace } from './text';

/** Inline elements that may legitimately be empty of text. */
const KEEP_EMPTY = new Set(['IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'SOURCE', 'BR', 'HR', 'TD', 'TH', 'TR', 'IFRAME', 'SVG', 'MATH', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'COL', 'COLGROUP', 'CANVAS']);
const WRAPPERS = new Set(['DIV', 'SECTION', 'SPAN', 'P', 'FIGURE', 'ASIDE', 'HEADER', 'FOOTER', 'UL', 'OL', 'LI', 'A', 'B', 'I', 'EM', 'STRONG', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ARTICLE', 'MAIN', 'FONT', 'CENTER', 'DL', 'DD', 'DT']);

function hasMedia(el: Element): boolean {
  return el.querySelector('img, picture, video, audio, svg, math, table, iframe, hr') !== null;
}

/** Drop wrappers with no text and no media (bottom-up, so nested empties go in one pass). */
function removeEmptyWrappers(root: Element): void {
  const all = listElements(root, '*').reverse();
  for (const el of all) {
    if (!WRAPPERS.has(el.nodeName.toUpperCase()) || KEEP_EMPTY.has(el.nodeName.toUpperCase())) continue;
    if ((el.textContent ?? '').trim() !== '') continue;
    if (hasMedia(el)) continue;
    // An anchor target (<a id="section-2"></a>) keeps in-article links working.
    if (el.nodeName === 'A' && (el.hasAttribute('id') || el.hasAttribute('name'))) continue;
    // A wrapper of spaces only (`<strong> </strong>`, a tab span) may be the one gap between two
    // words: its space stays, or "conservation in" reads "conservationin".
    el.replaceWith(el.textContent ? ' ' : '');
  }
}

/** Whitespace-collapsed text length and the part of it inside links. */
export function measureLinks(el: Element): { text: number; link: number; links: number } {
  const text = normalizeSpace(el.textContent ?? '').length;
  let link = 0;
  const anchors = listElements(el, 'a');
  for (const a of anchors) link += normalizeSpace(a.textContent ?? '').length;
  if (el.nodeName === 'A') return { text, link: text, links: 1 };
  return { text, link, links: anchors.length };
}

/** The innermost wrapper that holds the whole article: down through wrappers holding one block. */
export function findContentBox(root: Element): Element {
  let box = root;
  while (box.childElementCount === 1 && !normalizeSpace(Array.from(box.childNodes, (n) => (n.nodeType === 3 ? n.textContent : '')).join(''))) {
    box = box.firstElementChild!;
  }
  return box;
}

/**
 * Navigation Readability left in the article: a blogroll, month archives or a list of section
 * names that sat beside the story in its container, or a section menu above it. No article starts
 * or ends with one. From the last block back, then from the first forward, blocks made of three or
 * more short links ("January 2008", "Ars Technica", "Print this article") go; media blocks (no
 * text) are stepped over; anything else stops it. Lists of whole headlines and paragraphs citing
 * articles by title stay (a link roundup is the post), and at most half the text goes.
 */
export function trimNavigationBlocks(root: Element): void {
  const box = findContentBox(root);
  let budget = normalizeSpace(box.textContent ?? '').length / 2;
  // From the end, then from the start (a section menu Readability kept above the story).
  for (const fromEnd of [true, false]) {
    for (let el = fromEnd ? box.lastElementChild : box.firstElementChild; el; ) {
      const next = fromEnd ? el.previousElementSibling : el.nextElementSibling;
      const m = measureLinks(el);
      if (m.text > 0) {
        const navLike = !/^(?:H[1-6]|BLOCKQUOTE|FIGURE|PRE)$/.test(el.nodeName) && m.links >= 3 && m.link >= 0.6 * m.text && m.link / m.links <= 25;
        if (!navLike || m.text > budget) break;
        budget -= m.text;
        el.remove();
      }
      el = next;
    }
  }
}

const comparable = (text: string) => normalizeSpace(text).toLowerCase();

/**
 * The story's title repeated as the first heading of its body: the reader shows the title in its
 * own header, so a heading at the very top whose text is the title goes (Readability drops such a
 * copy only when it is an h1 or h2). Nothing before it may have text: a heading further down that
 * repeats the title is the story's own.
 */
export function removeTitleHeading(root: Element, title: string): void {
  const want = comparable(title);
  if (!want) return;
  for (let el: Element | null = findContentBox(root).firstElementChild; el; el = el.firstElementChild) {
    if (HEADING_TAGS.has(el.nodeName)) {
      if (comparable(el.textContent ?? '') === want) el.remove();
      return;
    }
    // Only down through the first block while nothing before it has text.
    for (let n = el.previousSibling; n; n = n.previousSibling) if (n.textContent?.trim()) return;
  }
}

/**
 * After Readability: navigation left at either end trimmed, lazy images, absolute URLs, links
 * opening in a new tab (noopener), no empty wrappers.
 */
export function tidyArticle(root: Element, url: string, win: Window | null): void {
  trimNavigationBlocks(root);
  for (const img of listElements(root, 'img')) fixLazyImage(img);
  fixNoscriptImages(root, win);
  const all = listElements(root, '*');
  resolveAllUrls(all, url);
  for (const a of all) {
    if (a.nodeName !== 'A') continue;
    const href = a.getAttribute('href');
    if (href && !href.startsWith('#')) {
      a.setAttribute('target', '_blank');
      a.setAttribute('rel', 'noopener noreferrer');
    }
  }
  removeEmptyWrappers(root);
}
