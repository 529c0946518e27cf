import type { Comment } from './types';

/**
 * All comments including every reply, at any depth: what the "N comments" button, the exports and
 * the comment detectors (the richest thread wins) count. Iterative: hostile pages nest thousands
 * of levels deep, and recursion would overflow.
 */
export function countComments(comments: readonly Comment[]): number {
  let total = 0;
  const stack: (readonly Comment[])[] = [comments];
  while (stack.length) {
    const list = stack.pop()!;
    total += list.length;
    for (const comment of list) if (comment.replies?.length) stack.push(comment.replies);
  }
  return total;
}
