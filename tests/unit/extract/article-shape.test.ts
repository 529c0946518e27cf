/**
 * "Not an article" only where there is no article: each rule of article-shape.ts is pinned to the
 * page shape it exists for (a fixture that would be given as an "article" without the rule), and
 * the short articles that Readability's isProbablyReaderable turns down are given on the first click.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';
import { judgeArticleShape, type ArticleShape } from '../../../utils/extract/article-shape';

const DIR = join(__dirname, '../../fixtures/pages');
function firstClick(name: string) {
  const spec = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as { url: string };
  const dom = new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), { url: spec.url });
  return extract(dom.window.document, { url: spec.url, debug: true });
}

const story: ArticleShape = { words: 60, linkDensity: 0, paragraphs: 3, linkedHeadings: 0, pageLinkedHeadings: 6, leadWords: 60, hasMedia: false, declaresStory: false, pageWords: 60 };

describe('judgeArticleShape', () => {
  it.each<[string, Partial<ArticleShape>, string | null]>([
    ['a 60-word brief on a page of headlines', {}, null],
    ['a two-sentence caption under a photo', { words: 9, paragraphs: 1, pageLinkedHeadings: 0, hasMedia: true }, null],
    ['nothing', { words: 0, pageWords: 0 }, 'no text was found'],
    ['a loading message among menus', { words: 2, paragraphs: 0, pageWords: 40 }, 'too little text to be an article'],
    ['a page whose whole text is one line', { words: 2, paragraphs: 0, pageWords: 2, pageLinkedHeadings: 0 }, null],
    ['a link directory', { words: 70, linkDensity: 0.87 }, 'the main text is mostly links (a menu or a listing)'],
    ['a link directory with icons', { words: 70, linkDensity: 0.87, hasMedia: true }, 'the main text is mostly links (a menu or a listing)'],
    ['a picture post whose caption credits its source in links, on a page that says it is a story', { words: 17, linkDensity: 0.53, paragraphs: 1, hasMedia: true, declaresStory: true }, null],
    ['a roundup post: mostly links, and paragraphs of its own around them', { words: 7800, linkDensity: 0.64, paragraphs: 500 }, null],
    ['a video post with its links: 52 words of its own', { words: 117, linkDensity: 0.56, paragraphs: 1 }, null],
    ['one short box on a front page', { words: 19, paragraphs: 1 }, 'a page of headlines with no story'],
    ['the same box with its picture', { words: 19, paragraphs: 1, hasMedia: true }, null],
    ['a video page: a short description among many teasers', { words: 29, paragraphs: 1, pageLinkedHeadings: 48, declaresStory: true }, null],
    ['search results', { words: 120, linkDensity: 0.28, paragraphs: 6, linkedHeadings: 6, leadWords: 8 }, 'the main text is a list of headlines'],
    ['a short post, then teasers its cleanup left', { words: 480, linkDensity: 0.24, paragraphs: 7, linkedHeadings: 12, leadWords: 46 }, null],
    ['a long story with three linked subheads', { words: 900, linkDensity: 0.02, paragraphs: 20, linkedHeadings: 3 }, null],
  ])('%s', (_, change, verdict) => {
    expect(judgeArticleShape({ ...story, ...change })).toBe(verdict);
  });
});

describe('the first click on pages that are not articles', () => {
  it.each([
    ['app-shell', 'too little text to be an article'],
    ['home-page', 'too little text to be an article'],
    ['section-front', 'a page of headlines with no story'],
    ['search-results', 'the main text is a list of headlines'],
    ['link-directory', 'the main text is mostly links (a menu or a listing)'],
  ])('%s: not an article (%s)', (name, detail) => {
    expect(firstClick(name)).toMatchObject({ ok: false, reason: 'not-an-article', detail });
  });
});

describe('the first click on short articles', () => {
  it.each(['news-brief', 'roundup-post', 'post-then-river', 'status-note', 'photo-caption', 'short-news-ja', 'short-blog-post', 'short-post-marked-body', 'comments-short-post'])('%s: the article', (name) => {
    const result = firstClick(name);
    expect(result.ok, result.ok ? '' : `${result.reason}: ${result.detail}`).toBe(true);
  });
});
