import { sanitizeHtml } from './extract/sanitize';
import type { Article } from './extract/types';

/** Only this module holds it: without it, SanitizedHtml's constructor refuses to make one. */
const MINT: unique symbol = Symbol('sanitized');

/**
 * Article HTML that went through the strict sanitizer, and the only thing components/SafeHtml
 * inserts. Only `sanitizeArticle` below can make one: the constructor asks for a symbol no other
 * module can reach, so neither a forged message (plain JSON: it carries no class) nor a cast can
 * produce one, and `SanitizedHtml.unwrap` tells a real one apart at run time, whatever the types
 * say. That is what lets the sink insert it without sanitizing a second time.
 */
export class SanitizedHtml {
  readonly #html: string;

  constructor(html: string, mint: typeof MINT) {
    // Anyone else calling it gets an error, not a SanitizedHtml (no message: the popup's bytes count).
    if (mint !== MINT) throw new TypeError();
    this.#html = html;
  }

  /** The sanitized markup, if `value` is a SanitizedHtml the sanitizer made; null otherwise. */
  static unwrap(value: unknown): string | null {
    // Reading a private field of anything else (a string, a look-alike, an object made from the
    // prototype) throws: a brand check that instanceof would not be.
    try {
      return (value as SanitizedHtml).#html;
    } catch {
      return null;
    }
  }
}

/** An Article as the reading view holds it: its body sanitized, and marked so. */
export type SanitizedArticle = Omit<Article, 'content'> & { content: SanitizedHtml };

/** A result with its article, if any, sanitized. */
export type Sanitized<R> = R extends { ok: true; article: Article } ? Omit<R, 'article'> & { article: SanitizedArticle } : R;

/** Sanitize an article's body with the strict profile (utils/extract/sanitize.ts). */
export function sanitizeArticle(article: Article, win: Window): SanitizedArticle {
  return { ...article, content: new SanitizedHtml(sanitizeHtml(String(article.content ?? ''), win), MINT) };
}

/** The article as plain JSON again, to send in a message (its body is the sanitized HTML, as text). */
export function plainArticle(article: SanitizedArticle): Article {
  // Reading the markup is harmless; only making a SanitizedHtml is guarded.
  return { ...article, content: SanitizedHtml.unwrap(article.content) ?? '' };
}

/**
 * Sanitize an extraction result where it arrives (the popup, the in-page reader), before it is
 * kept as state: the one sanitizing pass between a page and the screen. The page-side extraction
 * script ships without DOMPurify to stay within its size budget (scripts/check-size.mjs); both
 * receivers carry it. A message can be forged, so nothing that crossed one is trusted: what it
 * carries is plain text until it comes out of here as SanitizedHtml.
 */
export function sanitizeResult<R extends { ok: true; article: Article } | { ok: false }>(result: R, win: Window): Sanitized<R> {
  if (!result || typeof result !== 'object' || !result.ok) return result as Sanitized<R>;
  return { ok: true, article: sanitizeArticle(result.article, win) } as Sanitized<R>;
}
