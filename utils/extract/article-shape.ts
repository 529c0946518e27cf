/**
 * Is what the pipeline found an article? A click on the icon is a request: the answer is "not an
 * article" only where the page has none — a front page or section index, a listing or search
 * page, an app shell, an empty page. It is decided from what extraction found, not from
 * Readability's isProbablyReaderable, which answers another question (whether to OFFER a reader)
 * and turns down short news briefs, photo posts and short blog posts that a reader asked for.
 */
import { estimateReadingTime } from './reading-time';
import { safeCall, safeGet } from './snapshot';
import { closestTag, hasTag, listElements, listTags } from './text';

export interface ArticleShape {
  /** Words of the extracted text (CJK characters count one each). */
  words: number;
  /** Share of those words inside links. */
  linkDensity: number;
  /** Paragraph-like blocks of the extracted text holding a sentence's worth of words. */
  paragraphs: number;
  /** Headings (h1-h4) that are links, in the extracted text: teasers. */
  linkedHeadings: number;
  /** Linked headings on the whole page, before cleanup took teaser lists away. */
  pageLinkedHeadings: number;
  /** Words outside links before the first linked heading of the extracted text: a story's lead. */
  leadWords: number;
  /** The extracted text shows a picture or a video (a photo post's caption is enough text). */
  hasMedia: boolean;
  /** The page calls itself a story (og:type article or video, JSON-LD NewsArticle, BlogPosting...). */
  declaresStory: boolean;
  /**
   * Words of the whole page's visible text; counted only when the extracted text is under
   * MIN_WORDS (the one rule that needs it), else equal to `words`.
   */
  pageWords: number;
}

/** og:type or JSON-LD @type of a single story, as opposed to "website" or a collection page. */
const STORY_TYPE = /^(?:article|video|music|book)\b|(?:article|posting|report|videoobject)$/i;

// Lookups by tag (text.ts), not selectors: the same answers, many times cheaper in jsdom.
const hasHref = (a: Element): boolean => a.hasAttribute('href');
const isLinkedHeading = (h: Element): boolean => listElements(h, 'a').some(hasHref) || !!closestTag(h, 'a', hasHref);
const HEADINGS = ['h1', 'h2', 'h3', 'h4'];

/** Headings (h1-h4) that are links, either way round (`<h3><a>` or `<a><h3>`): a front page's teasers. */
export function countLinkedHeadings(root: Document | Element): number {
  let n = 0;
  for (const tag of HEADINGS) {
    for (const h of listElements(root, tag)) if (isLinkedHeading(h)) n++;
  }
  return n;
}

/** Words of plain (unlinked) text before the first linked heading; all of them when there is none. */
function countLeadWords(root: Element): number {
  let heading: Element | null = null;
  for (const h of listTags(root, HEADINGS)) {
    if (isLinkedHeading(h)) {
      heading = h;
      break;
    }
  }
  if (!heading) return Number.POSITIVE_INFINITY;
  // A heading inside a link counts from the link on.
  const start = closestTag(heading, 'a', hasHref) ?? heading;
  let n = 0;
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (start.contains(t) || start.compareDocumentPosition(t) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) break;
    if (!closestTag(t.parentElement, 'a')) n += countWords((t as Text).data);
  }
  return n;
}

const countWords = (text: string): number => estimateReadingTime(text).units;

/**
 * Words of the text a reader sees on the page: no script, style, template or noscript text. This
 * reads the live page, so only through the DOM's own accessors: a `<form name="body">` or an
 * `<img name="createTreeWalker">` on the page must not redirect it (see snapshot.ts).
 */
function countVisibleWords(doc: Document): number {
  const body = safeGet<HTMLElement | null>(doc, 'body');
  if (!body) return 0;
  let n = 0;
  const walker = safeCall<TreeWalker>(doc, 'createTreeWalker', body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (/^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(t.parentNode?.nodeName ?? '')) continue;
    n += countWords((t as Text).data);
  }
  return n;
}

/** `page.doc` is the page as loaded (not the cleaned copy): its words tell a tiny page from a tiny pick. */
export function measureArticleShape(root: Element, page: { linkedHeadings: number; type?: string; doc: Document }): ArticleShape {
  const words = countWords(root.textContent ?? '');
  let linkWords = 0;
  for (const a of listElements(root, 'a')) {
    // Nested links are invalid HTML but parse; count each text once.
    if (closestTag(a.parentElement, 'a')) continue;
    linkWords += countWords(a.textContent ?? '');
  }
  let paragraphs = 0;
  for (const p of PARAGRAPHS.flatMap((tag) => listElements(root, tag))) {
    // The innermost block counts: a list item holding a <p> is one paragraph, not two.
    if (!hasTag(p, PARAGRAPHS) && countWords(p.textContent ?? '') >= SENTENCE_WORDS) paragraphs++;
  }
  return {
    words,
    linkDensity: words ? linkWords / words : 0,
    paragraphs,
    linkedHeadings: countLinkedHeadings(root),
    pageLinkedHeadings: page.linkedHeadings,
    leadWords: countLeadWords(root),
    hasMedia: hasTag(root, MEDIA),
    declaresStory: STORY_TYPE.test(page.type ?? ''),
    pageWords: words < MIN_WORDS ? countVisibleWords(page.doc) : words,
  };
}

const PARAGRAPHS = ['p', 'li', 'blockquote', 'pre', 'td', 'dd'];
const MEDIA = ['img', 'picture', 'video', 'svg', 'iframe'];
// A sentence's worth of words.
const SENTENCE_WORDS = 8;
// Below this, text without a picture picked out of a page that shows more (menus, notices, a
// loading message) is not a story. A page whose whole text is that line is shown as it is.
const MIN_WORDS = 10;
// A front page or section index (five or more linked headlines) whose pick is one short
// paragraph: what cleanup left after taking the teasers (a notice, a weather box), not a story.
// A news brief has a few paragraphs; a photo post has its picture; a video page's short
// description sits among many teasers too, but the page says it is a story (og:type video).
export const FRONT_PAGE_HEADLINES = 5;
const FRONT_PAGE_PICK_WORDS = 30;
// Teasers: a linked headline and a line of summary each; a story with linked subheads has far
// more of its own words per heading. A short post followed by teasers its cleanup left behind
// opens with its lead (a few sentences) before the first linked headline: it is the article.
const TEASER_WORDS_PER_HEADLINE = 40;
const STORY_LEAD_WORDS = 30;
// Fewer linked headings than this are a story's linked subheads or a "read next" pair, not a list.
const MIN_TEASER_HEADINGS = 3;
// A menu or a link directory has almost no text of its own. A post that is mostly links (a
// roundup of earlier posts, a video post with its related links) still has a brief's worth of
// plain text around them; a picture post whose caption credits its source in links ("Created by
// <designer>, via <blog>") has its picture, on a page that says it is a story.
const LINK_DENSITY = 0.5;
const MIN_PROSE_WORDS = 40;

/** Why the extracted text is not an article, in words; null when it is one. */
export function judgeArticleShape(shape: ArticleShape): string | null {
  if (shape.words === 0) return 'no text was found';
  if (shape.words < MIN_WORDS && !shape.hasMedia && shape.pageWords > shape.words) return 'too little text to be an article';
  const ownWords = shape.words * (1 - shape.linkDensity);
  if (shape.linkDensity > LINK_DENSITY && ownWords < MIN_PROSE_WORDS && !(shape.hasMedia && shape.declaresStory)) return 'the main text is mostly links (a menu or a listing)';
  if (shape.pageLinkedHeadings >= FRONT_PAGE_HEADLINES && shape.paragraphs <= 1 && shape.words < FRONT_PAGE_PICK_WORDS && !shape.hasMedia && !shape.declaresStory) {
    return 'a page of headlines with no story';
  }
  if (shape.linkedHeadings >= MIN_TEASER_HEADINGS && ownWords / shape.linkedHeadings < TEASER_WORDS_PER_HEADLINE && shape.leadWords < STORY_LEAD_WORDS) {
    return 'the main text is a list of headlines';
  }
  return null;
}
