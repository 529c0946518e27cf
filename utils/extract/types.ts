/**
 * The Article is the only thing that crosses a message boundary: plain JSON, no DOM nodes.
 * Everything in it is derived from hostile page content. `content` is sanitized HTML; every
 * other string field is plain text and must be rendered as text, never as HTML.
 */
import type { ArticleShape } from './article-shape';

export interface Comment {
  /** Display name as shown on the page ("Anonymous" when the page shows none). */
  author: string;
  /** "from: PLACE" on forum-style pages; absent when the page gives none. */
  location?: string;
  /** ISO 8601 when the shown date could be parsed. */
  date?: string;
  /** The date exactly as the page shows it ("September 13, 2013 9:20 AM", "2 days ago"). */
  dateText?: string;
  /** Plain text of the comment body; paragraphs separated by "\n\n". */
  text: string;
  /** Absolute URL of the comment itself, when the page links to it. */
  permalink?: string;
  replies: Comment[];
}

/** Comments that live in a third-party frame (Disqus, Facebook, ...) cannot be read. */
export interface CommentsElsewhere {
  provider: string;
  /** Where the reader can see them: the page's comment anchor or the provider's thread URL. */
  url: string;
}

export interface Article {
  /** The document's real URL (never the <base> element's). */
  url: string;
  title: string;
  byline?: string;
  siteName?: string;
  /** ISO 8601. */
  publishedTime?: string;
  lang?: string;
  dir: 'ltr' | 'rtl';
  excerpt?: string;
  /** Sanitized HTML of the article body. Reaches the DOM only through components/SafeHtml. */
  content: string;
  /** Plain text of the body, block elements separated by line breaks. */
  textContent: string;
  wordCount: number;
  /** Whole minutes, at least 1, from a language-aware reading speed. */
  readingTimeMinutes: number;
  /** Absolute URL of the lead image (og:image or the first large body image). */
  leadImage?: string;
  comments: Comment[];
  commentsElsewhere?: CommentsElsewhere;
  /** False when what was found is not an article (see article-shape.ts) and the user asked to see it anyway. */
  readerable: boolean;
}

/**
 * Expected failures are values, not exceptions: nothing throws across a message. Only what
 * extraction itself can conclude; failures on the way to a page (a protected page, no answer)
 * belong to the browser plumbing (utils/browser/types.ts).
 */
export type ExtractFailureReason =
  | 'not-an-article'
  | 'parse-failed'
  | 'too-large'
  | 'empty';

/** One element removed by a cleanup step (debug mode only). */
export interface RemovalRecord {
  /** The cleanup step's name, e.g. "remove-related-lists". */
  step: string;
  /** Why the step judged it clutter, in words. */
  reason: string;
  /** Tag with id/classes, e.g. "div#comments.box-y". */
  element: string;
  /** The start of its text, whitespace-collapsed. */
  text: string;
}

/** What `extract(doc, { debug: true })` adds: which step removed what, and why. */
export interface ExtractDebug {
  removed: RemovalRecord[];
  /** Removals a step wanted but the pipeline refused (the element held the article's text). */
  refused: RemovalRecord[];
  /** Milliseconds spent per pipeline stage. */
  timings: Record<string, number>;
  /** What the "is this an article?" judgement saw (absent when extraction stopped before it). */
  shape?: ArticleShape;
}

export type ExtractResult = (
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractFailureReason; detail?: string }
) & {
  /** Present only with `debug: true`. */
  debug?: ExtractDebug;
};

export interface ExtractOptions {
  /** "Show anyway": return what was found even when it is not an article. */
  force?: boolean;
  /** Record which cleanup step removed what (debug / tests). */
  debug?: boolean;
  /** Record only how long each stage took (the browser benchmark), in `debug.timings`. */
  timings?: boolean;
  /** The document's real URL; defaults to `doc.URL`. Never taken from a <base> element. */
  url?: string;
}
