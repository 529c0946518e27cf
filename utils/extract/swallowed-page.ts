import { parseInertHtml } from './prepare';
import { safeCall, safeGet } from './snapshot';

/**
 * A page whose `<title>` never closes ("</titl", a typo, a file cut short in the middle of its
 * head): the HTML parser reads everything after `<title>` as the title's text, to the end of the
 * file. The browser shows a blank page whose tab title is the whole page's markup; the body is
 * empty, so the guard would answer "no text". The article is still there, as text: it is read
 * back here, as a browser would have read it had the title closed, and extracted from that.
 *
 * The evidence asked for: the page's body has no text (checked by the caller), and the title's
 * text holds the page's body markup: at least MIN_TAGS block or inline tags of the kinds an
 * article is written in. A real title is one line of text and never holds that.
 */
const BODY_TAGS = /<(?:p|div|td|br|li|h[1-6]|span|a|img|body)\b[^<>]*>/gi;
const MIN_TAGS = 8;
/**
 * The page's own title: the text before a closing tag gone wrong ("</titl", "</tilte>"). Without
 * one, the text before the first tag may be anything the break left (a script's tail), so the
 * title is then found in the page like any other (its headline, its metadata).
 */
const OWN_TITLE = /^([^<]{1,200})<\/t/i;

/**
 * The document an unclosed title swallowed, parsed inert (parseInertHtml), with the title text
 * before a broken closing tag as its title; null when the page does not show the shape. The page
 * itself is only read.
 */
export function readSwallowedPage(doc: Document, win: Window): Document | null {
  try {
    const title = safeCall<HTMLCollection>(doc, 'getElementsByTagName', 'title')[0];
    const markup = title ? String(safeGet<string | null>(title, 'textContent') ?? '') : '';
    if ((markup.match(BODY_TAGS)?.length ?? 0) < MIN_TAGS) return null;
    const parsed = parseInertHtml(markup, win);
    const name = OWN_TITLE.exec(markup)?.[1]!.trim();
    if (name) parsed.title = name;
    return parsed;
  } catch {
    // A page that fights back keeps the answer it had: no text.
    return null;
  }
}
