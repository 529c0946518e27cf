/**
 * The lead (standfirst, teaser, intro) that news templates put in the article's header, between
 * the headline and the body's container. It is the story's opening, but Readability takes one
 * container and its sibling paragraphs, so a lead nested in the header's own block is left out
 * (and a header whose class says "header" is dropped before scoring). Found before Readability
 * rewrites the page, put back at the top of the article when the article does not already hold it.
 * The lead is a box named as one, or an unnamed paragraph of prose; either follows the headline
 * with no more than a byline's and a date's worth of text between them.
 */
import { getTextLines, hasTag, listElements, normalizeSpace } from './text';
import { findContentBox, measureLinks } from './tidy';

/** Class / id words templates give the lead block, in the languages of the pages seen. */
const LEAD_WORDS = new Set([
  'lead', 'lede', 'leadin', 'standfirst', 'teaser', 'intro', 'introduction', 'summary', 'dek', 'deck',
  'subtitle', 'subheadline', 'abstract', 'excerpt', 'description', 'chapo', 'chapeau', 'sapo', 'vorspann',
]);
/** A lead is a few sentences: shorter is a label or a byline, longer is the body itself. */
const MIN_LEAD_CHARS = 60;
/** An unnamed paragraph after the headline must be longer, and end as a sentence does. */
const MIN_PLAIN_LEAD_CHARS = 100;
const SENTENCE_END = /[.!?…"”»]$/;
const MAX_LEAD_CHARS = 800;
/** Text allowed between the headline and the lead (a date, a byline, a caption line). */
const MAX_TEXT_BEFORE = 400;
/** Share of the page title's words a headline holds at least (the rest is the site's name). */
const MIN_TITLE_SHARE = 0.5;
/** A link to a site's home page (URLs are absolute by now): "https://host/", "/", "index.html". */
const ROOT_LINK = /^(?:https?:\/\/[^/?#]+)?\/?(?:index\.\w+)?$/i;
/** How far above the headline the header block may start (header > div > h1). */
const MAX_LEVELS_UP = 3;
/** A lead is prose: at most this share of its text in links (a related teaser is all link). */
const MAX_LINK_SHARE = 0.25;
/** Parts of a lead box that are not its text: the byline, a credit, the date (the reader's header shows them). */
const NOT_LEAD_TEXT = new Set(['byline', 'author', 'credit', 'date', 'dateline']);
/** A lead holds none of these: a box with headings, lists, tables or figures is more than a lead. */
const NOT_INSIDE_LEAD = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'figure'];
/** Never a lead: boxes inside them hold captions, tools or navigation. */
const NOT_LEAD = 'figure, figcaption, nav, aside, footer, form, a, button, li';

/**
 * Words of a class or id attribute: "contentHeader__abstract" -> content, header, abstract; each
 * pair joined too, for a word the template hyphenates ("stand-first" -> standfirst).
 */
function nameWords(el: Element): string[] {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const w = names.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
  return w.concat(w.slice(1).map((x, i) => w[i] + x));
}

function isLeadNamed(el: Element): boolean {
  return nameWords(el).some((w) => LEAD_WORDS.has(w));
}

/** Lower-cased words only: a kicker glued to the headline ("Covid-19:Lässt") still matches. */
function words(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * The page's headlines: the h1s and h2s whose words are most of the page title's, or hold it all.
 * Not a heading that is a small part of the title, nor one linking to the home page: that is the
 * site's name ("Blog name: post title"), and what follows it is the site's description, not a lead.
 */
function findHeadlines(body: Element, title: string): Element[] {
  const t = words(title);
  return listElements(body, 'h1').concat(listElements(body, 'h2')).filter((h) => {
    if (listElements(h, 'a').some((a) => ROOT_LINK.test(a.getAttribute('href') || '#'))) return false;
    const text = words(h.textContent ?? '');
    return text.length >= 10 && !!t && (text.includes(t) || (t.includes(text) && text.length >= MIN_TITLE_SHARE * t.length));
  });
}

/**
 * The header's lead as lines of text, read before Readability runs: the first element after the
 * headline (within its header block, a few levels up) whose class or id names a lead, or the first
 * paragraph there that reads as prose, with a few sentences and little text between it and the
 * headline. Null when there is none. It may be the body's first paragraph when the body follows
 * the headline in the same block: the article holds that one, so nothing is added.
 */
export function findHeaderLead(doc: Document, title: string): string[] | null {
  const body = doc.body;
  if (!body) return null;
  for (const headline of findHeadlines(body, title)) {
    const lead = findLeadAfter(body, headline);
    if (lead) return lead;
  }
  return null;
}

/** Inside the author's box (a byline, a bio under the author's name): never the story's lead. */
function inBylineBox(el: Element, block: Element): boolean {
  for (let e: Element | null = el; e && e !== block; e = e.parentElement) if (nameWords(e).some((w) => NOT_LEAD_TEXT.has(w))) return true;
  return false;
}

function findLeadAfter(body: Element, headline: Element): string[] | null {
  let block: Element = headline;
  for (let i = 0; i < MAX_LEVELS_UP && block.parentElement && block.parentElement !== body; i++) block = block.parentElement;
  let before = 0;
  let passed = false;
  // Document order inside the header block: text after the headline counts until a lead is met.
  for (const el of listElements(block, '*')) {
    if (el === headline) {
      passed = true;
      continue;
    }
    if (!passed || headline.contains(el)) continue;
    const named = isLeadNamed(el);
    if ((named || el.nodeName === 'P') && !el.closest(NOT_LEAD) && !inBylineBox(el, block) && !hasTag(el, NOT_INSIDE_LEAD)) {
      const m = measureLinks(el);
      const min = named ? MIN_LEAD_CHARS : MIN_PLAIN_LEAD_CHARS;
      if (m.text >= min && m.text <= MAX_LEAD_CHARS && m.link <= MAX_LINK_SHARE * m.text && (named || SENTENCE_END.test(normalizeSpace(el.textContent ?? '')))) {
        const copy = el.cloneNode(true) as Element;
        for (const part of listElements(copy, '*')) if (part.nodeName === 'TIME' || nameWords(part).some((w) => NOT_LEAD_TEXT.has(w))) part.remove();
        return getTextLines(copy);
      }
    }
    // Only an element's own text counts as text before the lead (its children are met in turn).
    for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) before += normalizeSpace(n.textContent ?? '').length;
    if (before > MAX_TEXT_BEFORE) return null;
  }
  return null;
}

/**
 * Puts the header's lead at the top of the article, one paragraph per line, unless the article
 * already holds it (Readability took the header) or it repeats the title.
 */
export function restoreHeaderLead(root: Element, lead: string[] | null, title: string): void {
  if (!lead?.length) return;
  // Compared without whitespace: a <br> inside the lead leaves no space in textContent.
  const squeeze = (t: string) => t.replace(/\s+/g, '');
  const text = squeeze(lead.join(''));
  if (squeeze(root.textContent ?? '').includes(text.slice(0, MIN_LEAD_CHARS)) || squeeze(title) === text) return;
  // Into the innermost wrapper that holds the whole article, before its first block.
  const box = findContentBox(root);
  const first = box.firstChild;
  for (const line of lead) {
    const p = root.ownerDocument.createElement('p');
    p.textContent = line;
    box.insertBefore(p, first);
  }
}
