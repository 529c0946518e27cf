import type { Article, Comment } from '../../utils/extract/types';
import { sanitizeArticle, type SanitizedArticle } from '../../utils/sanitize-result';

/*
 * Test data with no test-runner imports, so a page bundled for a real browser
 * (tests/e2e/locale-page) can use it too.
 */

/**
 * The seed page (VOA, Syria talks) as an Article, anonymised, as the reading view holds it: through
 * the real sanitizer, the only way to make the HTML the views insert.
 */
export function makeArticle(overrides: Partial<Article> = {}): SanitizedArticle {
  return sanitizeArticle({
    url: 'https://news.example.com/a/syria-talks/1749821.html',
    title: 'US, Russia in Tough Talks Over Syria’s Chemical Weapons',
    byline: 'Sam Rivers',
    siteName: 'Example News',
    publishedTime: '2013-09-13T12:54:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Talks in Geneva.',
    content: '<p>U.S. Secretary of State opened talks in Geneva Thursday.</p><p>Lavrov said he believes a consensus is possible.</p>',
    textContent: 'U.S. Secretary of State opened talks in Geneva Thursday.\nLavrov said he believes a consensus is possible.',
    wordCount: 820,
    readingTimeMinutes: 4,
    comments: [],
    readerable: true,
    ...overrides,
  }, window);
}

export function makeComment(author: string, text: string, extra: Partial<Comment> = {}): Comment {
  return { author, text, replies: [], ...extra };
}
