import { sanitizeHtml } from './extract/sanitize';
import type { Article } from './extract/types';

/**
 * Sanitize an extraction result where it arrives (the popup, the in-page reader), before it is
 * kept as state. The page-side extraction script ships without DOMPurify so that it stays within
 * its 40 kB gzip budget (scripts/check-size.mjs): both receivers already carry DOMPurify for
 * components/SafeHtml, so cleaning here costs nothing in size, and SafeHtml still sanitizes again
 * right before the only HTML sink. A forged or buggy message is cleaned twice; page HTML is never trusted.
 */
export function sanitizeResult<R extends { ok: true; article: Article } | { ok: false }>(result: R, win: Window): R {
  if (!result || typeof result !== 'object' || !result.ok) return result;
  const article = result.article;
  return { ok: true, article: { ...article, content: sanitizeHtml(String(article.content ?? ''), win) } } as R;
}
