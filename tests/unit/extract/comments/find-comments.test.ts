// findComments as the pipeline calls it: every fixture, the document left as it was, the richest
// source chosen, nothing reported where there is nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findComments } from '../../../../utils/extract/comments/index';
import type { Comment } from '../../../../utils/extract/types';
import { loadFixture, parsePage } from './load-fixture';

const NAMES = readdirSync(join(__dirname, '../../../fixtures/pages'))
  .filter((f) => f.startsWith('comments-') && f.endsWith('.html'))
  .map((f) => f.slice(0, -5));

// The fields the fixture files pin down, text whitespace-normalised (as the fixture runner does).
function project(comments: Comment[]): unknown[] {
  return comments.map((c) => {
    const o: Record<string, unknown> = { author: c.author };
    if (c.location) o.location = c.location;
    if (c.date) o.date = c.date;
    if (c.dateText) o.dateText = c.dateText;
    o.text = c.text.replace(/\s+/g, ' ').trim();
    if (c.permalink) o.permalink = c.permalink;
    o.replies = project(c.replies);
    return o;
  });
}

describe('findComments on every comments-* fixture', () => {
  test('there are fixtures for every source', () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(8);
  });

  test.each(NAMES)('%s: expected comments, document untouched', (name) => {
    const { doc, url, expected } = loadFixture(name);
    const before = doc.documentElement.outerHTML;
    const found = findComments(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
    if (expected.expect.comments) expect(project(found.comments)).toEqual(expected.expect.comments);
    if (expected.expect.commentsElsewhere) expect(found.elsewhere?.provider).toBe(expected.expect.commentsElsewhere.provider);
    // Regions never hold the article's headline.
    for (const r of found.regions) expect(r.querySelector('h1')).toBeNull();
  });

  test('JSON-LD wins over the same thread rendered without dates, and the rendered list is still a region', () => {
    const { doc, url } = loadFixture('comments-json-ld');
    const found = findComments(doc, url);
    expect(found.source).toBe('json-ld');
    expect(found.comments[0].date).toBe('2021-03-02T11:40:00.000Z');
    expect(found.regions.map((r) => r.className)).toContain('discussion-list');
  });

  test("an old plugin's thread whose items carry only an id is read, and its section stops below the post's headline", () => {
    const { doc, url } = loadFixture('comments-photo-post');
    const found = findComments(doc, url);
    expect(found.source).toBe('disqus');
    expect(found.regions.map((r) => r.className)).toEqual(['cbox']);
  });

  test('a page without comments gives none and removes nothing', () => {
    const doc = parsePage(`<article><h1>Story</h1><p class="byline">By Ann Author, May 2, 2014</p><p>${'Body text. '.repeat(50)}</p></article>
      <div class="related"><h3>Related</h3><ul><li><a href="/a">Another story</a> May 1, 2014</li><li><a href="/b">Third story</a> April 30, 2014</li></ul></div>`);
    expect(findComments(doc, doc.URL)).toEqual({ comments: [], regions: [] });
  });
});

describe('findComments on a big page', () => {
  test('a thread after 70,000 elements of article (a page the size guard accepts) is still found', () => {
    const doc = parsePage('<article><h1>A very long report</h1></article>');
    const article = doc.querySelector('article')!;
    // 10,000 paragraphs of 7 elements: more than the comment scan used to look at.
    for (let i = 0; i < 10_000; i++) {
      const p = doc.createElement('p');
      for (const tag of ['a', 'b', 'i', 'span', 'em', 'code']) p.appendChild(doc.createElement(tag)).textContent = `${tag} ${i}`;
      article.appendChild(p);
    }
    const section = doc.body.appendChild(doc.createElement('section'));
    section.id = 'comments';
    section.appendChild(doc.createElement('h2')).textContent = '2 Comments';
    const list = section.appendChild(doc.createElement('ol'));
    list.className = 'commentlist';
    for (const [i, name] of ['Maren', 'Joost'].entries()) {
      const li = list.appendChild(doc.createElement('li'));
      li.className = 'comment';
      li.id = `comment-${i + 1}`;
      const author = li.appendChild(doc.createElement('div'));
      author.className = 'comment-author';
      const cite = author.appendChild(doc.createElement('cite'));
      cite.className = 'fn';
      cite.textContent = name;
      const time = li.appendChild(doc.createElement('time'));
      time.setAttribute('datetime', `2024-05-0${i + 1}T10:00:00Z`);
      time.textContent = `May ${i + 1}, 2024`;
      li.appendChild(doc.createElement('p')).textContent = `${name} thinks the report's appendix deserves a chapter of its own.`;
    }
    expect(doc.getElementsByTagName('*').length).toBeGreaterThan(70_000);
    const found = findComments(doc, doc.URL);
    expect(found.comments.map((c) => c.author)).toEqual(['Maren', 'Joost']);
    expect(found.regions).toContain(section);
  });
});

describe('findComments runs', () => {
  test('a second run on a changed page reads the changed text, not the first run’s', () => {
    const { doc, url } = loadFixture('comments-wordpress-threaded');
    const first = findComments(doc, url);
    const body = doc.querySelector('.comment-content p, .comment-body p')!;
    body.textContent = 'An entirely rewritten comment, edited by its author an hour later.';
    const second = findComments(doc, url);
    const texts = (list: Comment[]): string => list.map((c) => `${c.text}\n${texts(c.replies)}`).join('\n');
    expect(texts(first.comments)).not.toContain('An entirely rewritten comment');
    expect(texts(second.comments)).toContain('An entirely rewritten comment, edited by its author an hour later.');
  });
});
