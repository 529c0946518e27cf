import { describe, expect, it } from 'vitest';
import { plainArticle, sanitizeResult, SanitizedHtml } from '../../../utils/sanitize-result';
import type { Article } from '../../../utils/extract/types';

const forged: Article = {
  url: 'https://news.example/a', title: '<img src=x onerror=alert(1)>', dir: 'ltr',
  content: '<p>Kept</p><img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">link</a>',
  textContent: 'Kept', wordCount: 1, readingTimeMinutes: 1, comments: [], readerable: true,
};

describe('sanitizeResult (where an extraction result arrives)', () => {
  it('cleans the article HTML and keeps every other field as it was', () => {
    const result = sanitizeResult({ ok: true, article: forged }, window);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(SanitizedHtml.unwrap(result.article.content)).toBe('<p>Kept</p><img src="x"><a>link</a>');
    // Text fields stay text: they are never parsed, only rendered as text nodes.
    expect(result.article.title).toBe(forged.title);
  });

  it('is the only maker of SanitizedHtml: the article that arrived plain stays plain text', () => {
    expect(SanitizedHtml.unwrap(forged.content)).toBeNull();
    expect(SanitizedHtml.unwrap({ ...forged }.content)).toBeNull();
  });

  it('gives the sanitized article back as plain JSON for a message, its body the sanitized HTML', () => {
    const result = sanitizeResult({ ok: true, article: forged }, window);
    if (!result.ok) throw new Error('expected an article');
    const sent = JSON.parse(JSON.stringify(plainArticle(result.article)));
    expect(sent).toEqual({ ...forged, content: '<p>Kept</p><img src="x"><a>link</a>' });
  });

  it('passes failures through untouched', () => {
    expect(sanitizeResult({ ok: false, reason: 'timeout' }, window)).toEqual({ ok: false, reason: 'timeout' });
  });
});
