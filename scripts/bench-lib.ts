/**
 * Helpers of the benchmarks (bench.ts; bench-browser/ uses the quantile): the scored text of an
 * article and of a comment thread, comment counts, quantiles. Kept apart from bench.ts so they can
 * be unit-tested without running a corpus.
 */
import type { Comment } from '../utils/extract/types';

// Elements whose content starts and ends a line, so words of adjacent blocks never merge into one
// token ("…end.Next…") — the corpus truth has line breaks between blocks.
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TFOOT', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Text of a DOM subtree with block elements on their own lines, whitespace collapsed per line. */
export function getBlockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (SKIP_TAGS.has(tag)) return;
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) parts.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (isBlock) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
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
