import { describe, expect, it } from 'vitest';
import { sanitizeResult } from '../../../utils/sanitize-result';
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
    expect(result.article.content).toBe('<p>Kept</p><img src="x"><a>link</a>');
    // Text fields stay text: they are never parsed, only rendered as text nodes.
    expect(result.article.title).toBe(forged.title);
  });

  it('passes failures through untouched', () => {
    expect(sanitizeResult({ ok: false, reason: 'timeout' }, window)).toEqual({ ok: false, reason: 'timeout' });
  });
});
