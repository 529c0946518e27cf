/**
 * Long patterns are written as named word lists and joined here, so a reader can see (and a
 * change can touch) one family of words at a time instead of one 600-character regex.
 *
 * Case-insensitive patterns take the `i` flag alone, and `u` only when they need it (a `\p{…}`
 * class). Every expression is compiled afresh in each page the reader opens on, and an `iu`
 * expression costs several times more to compile than the same one with `i`: in a fresh page in
 * Chromium, the post-meta line's took 2-5 ms as `iu` and 0.8 ms as `i`. The two flags read text
 * alike except ſ, K (Kelvin) and capital ẞ, which `iu` folds into s, k and ß.
 */

/** One regex alternation of every entry of the lists (each entry a regex fragment, kept whole). */
export function anyOf(...lists: readonly (readonly string[])[]): string {
  return lists.flat().map((entry) => `(?:${entry})`).join('|');
}
