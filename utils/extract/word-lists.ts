/**
 * Long patterns are written as named word lists and joined here, so a reader can see (and a
 * change can touch) one family of words at a time instead of one 600-character regex.
 */

/** One regex alternation of every entry of the lists (each entry a regex fragment, kept whole). */
export function anyOf(...lists: readonly (readonly string[])[]): string {
  return lists.flat().map((entry) => `(?:${entry})`).join('|');
}
