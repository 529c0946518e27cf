import { countComments } from '../utils/extract/comment-count';
import type { Comment } from '../utils/extract/types';

// The one comment counter, re-exported for the views and their tests.
export { countComments };

/** Pure formatting helpers for the reading view: locale-aware dates, comment counts, text. */

function parseDate(iso: string | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function createFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

export interface FormattedDate {
  /** For <time datetime>: the ISO string as given. */
  iso: string;
  /** The date the reader sees ("13 September 2013"). */
  text: string;
  /** The exact moment, for a tooltip ("13 September 2013 at 04:54"). */
  exact: string;
}

/** Format an ISO date in the user's locale; null when it cannot be parsed (never "Invalid Date"). */
export function formatDate(iso: string | undefined, locale: string): FormattedDate | null {
  const date = parseDate(iso);
  if (!date || !iso) return null;
  return {
    iso,
    text: createFormat(locale, { dateStyle: 'long' }).format(date),
    exact: createFormat(locale, { dateStyle: 'full', timeStyle: 'short' }).format(date),
  };
}

/** Comment text as paragraphs: blank lines separate them (types.ts: "paragraphs separated by \n\n"). */
export function splitParagraphs(text: string): string[] {
  return text.split(/\n[ \t\u00a0]*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
}

export interface VisibleComment {
  /** Stable path id ("0", "0.2", "0.2.1"): the key for the thread's collapsed state. */
  id: string;
  /** Position in reading order (pre-order), 0-based: the first newly shown one gets focus. */
  index: number;
  comment: Comment;
  /** All replies below this one, at any depth, whether shown or not. */
  replyCount: number;
  replies: VisibleComment[];
}

/**
 * The first `limit` comments in reading order (each comment before its replies), keeping the
 * nesting. Counting replies as comments keeps "Show more" honest on pages with one huge thread.
 */
export function limitComments(comments: readonly Comment[], limit: number): { visible: VisibleComment[]; shown: number } {
  let shown = 0;
  const walk = (list: readonly Comment[], prefix: string): VisibleComment[] => {
    const out: VisibleComment[] = [];
    for (let i = 0; i < list.length && shown < limit; i++) {
      const comment = list[i];
      const node: VisibleComment = {
        id: prefix ? `${prefix}.${i}` : String(i),
        index: shown++,
        comment,
        replyCount: countComments(comment.replies ?? []),
        replies: [],
      };
      node.replies = walk(comment.replies ?? [], node.id);
      out.push(node);
    }
    return out;
  };
  const visible = walk(comments, '');
  return { visible, shown };
}
