// findComments as the pipeline calls it: every fixture, the document left as it was, the richest
// source chosen, nothing reported where there is nothing.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findComments } from '../../../utils/extract/comments/index';
import type { Comment } from '../../../utils/extract/types';
import { loadFixture, parsePage } from './load-fixture';

const NAMES = readdirSync(join(__dirname, '../../fixtures/pages'))
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

  test('a page without comments gives none and removes nothing', () => {
    const doc = parsePage(`<article><h1>Story</h1><p class="byline">By Ann Author, May 2, 2014</p><p>${'Body text. '.repeat(50)}</p></article>
      <div class="related"><h3>Related</h3><ul><li><a href="/a">Another story</a> May 1, 2014</li><li><a href="/b">Third story</a> April 30, 2014</li></ul></div>`);
    expect(findComments(doc, doc.URL)).toEqual({ comments: [], regions: [] });
  });
});
