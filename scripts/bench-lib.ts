/**
 * Helpers of the benchmarks (bench.ts; bench-browser/ uses the quantile): the scored text of an
 * article and of a comment thread, quantiles. Kept apart from bench.ts so they can
 * be unit-tested without running a corpus.
 */
import { getTextLines } from '../utils/extract/text';
import type { Comment } from '../utils/extract/types';

/**
 * Text of a DOM subtree as the corpus scores it: one line per block (the project's one block-text
 * walk, utils/extract/text.ts), whitespace collapsed per line.
 */
export function getScoredText(root: Node): string {
  return getTextLines(root).join('\n');
}

/** Comment text as the corpus scores it: author, date and body of each comment, in thread order. */
export function getCommentsText(comments: readonly Comment[]): string {
  const out: string[] = [];
  const walk = (list: readonly Comment[]): void => {
    for (const c of list) {
      out.push(c.author);
      const date = c.dateText ?? c.date;
      if (date) out.push(date);
      out.push(c.text);
      walk(c.replies);
    }
  };
  walk(comments);
  return out.join('\n');
}


/** Value at quantile q (0..1) of a list, nearest-rank; NaN for an empty list. */
export function getQuantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}
