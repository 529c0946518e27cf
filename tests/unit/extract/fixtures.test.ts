/**
 * Every fixture page in tests/fixtures/pages (format: its README.md) through the real pipeline in
 * jsdom: expected metadata and comments field by field, expected text present and absent, and the
 * page's own DOM byte-identical before and after extraction (reading a page must never change it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, type Article, type Comment } from '../../../utils/extract';

const DIR = join(__dirname, '../../fixtures/pages');

interface ExpectedComment {
  author?: string;
  location?: string;
  date?: string;
  dateText?: string;
  text?: string;
  permalink?: string;
  replies?: ExpectedComment[];
}

interface Fixture {
  reason: string;
  url: string;
  force?: boolean;
  expect: {
    ok: boolean;
    reason?: string;
    readerable?: boolean;
    title?: string;
    byline?: string;
    siteName?: string;
    publishedTime?: string;
    lang?: string;
    dir?: 'ltr' | 'rtl';
    leadImage?: string;
    excerpt?: string;
    contains?: string[];
    absent?: string[];
    comments?: ExpectedComment[];
    commentsElsewhere?: { provider: string; url?: string };
    contentContains?: string[];
    contentAbsent?: string[];
  };
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    return { name, spec: JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Fixture, html: readFileSync(join(DIR, `${name}.html`), 'utf8') };
  });

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Compare comments field by field, in order, recursing into replies; paths name the culprit. */
function compareComments(actual: Comment[], expected: ExpectedComment[], path: string): void {
  expect(actual.map((c) => c.author), `${path}: authors`).toEqual(expected.map((c) => c.author));
  expected.forEach((want, i) => {
    const got = actual[i];
    const where = `${path}[${i}] (${want.author})`;
    if ('location' in want) expect(got.location, `${where}.location`).toBe(want.location);
    if ('date' in want) expect(got.date, `${where}.date`).toBe(want.date);
    if ('dateText' in want) expect(got.dateText, `${where}.dateText`).toBe(want.dateText);
    if ('permalink' in want) expect(got.permalink, `${where}.permalink`).toBe(want.permalink);
    if ('text' in want) expect(squash(got.text), `${where}.text`).toBe(squash(want.text));
    compareComments(got.replies, want.replies ?? [], `${where}.replies`);
  });
}

describe.each(fixtures)('fixture $name', ({ name, spec, html }) => {
  it(`has a reason and a url (${name})`, () => {
    expect(spec.reason.length).toBeGreaterThan(20);
    expect(() => new URL(spec.url)).not.toThrow();
  });

  it('extracts what the fixture expects and leaves the page untouched', () => {
    const dom = new JSDOM(html, { url: spec.url });
    const before = dom.serialize();
    const result = extract(dom.window.document, { url: spec.url, force: spec.force });
    expect(dom.serialize(), 'the page DOM changed during extraction').toBe(before);

    const want = spec.expect;
    if (!want.ok) {
      expect(result.ok, 'expected a failure value').toBe(false);
      if (!result.ok && want.reason) expect(result.reason).toBe(want.reason);
      return;
    }
    if (!result.ok) throw new Error(`extraction failed: ${result.reason} ${result.detail ?? ''}`);
    const article: Article = result.article;

    for (const field of ['title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'leadImage', 'excerpt', 'readerable'] as const) {
      if (field in want) expect(article[field], field).toBe(want[field]);
    }
    const text = article.textContent;
    for (const s of want.contains ?? []) expect(text, 'article text should contain').toContain(s);
    for (const s of want.absent ?? []) expect(text, 'article text should not contain').not.toContain(s);
    for (const s of want.contentContains ?? []) expect(article.content, 'article HTML should contain').toContain(s);
    for (const s of want.contentAbsent ?? []) expect(article.content, 'article HTML should not contain').not.toContain(s);
    if (want.comments) compareComments(article.comments, want.comments, 'comments');
    if (want.commentsElsewhere) {
      expect(article.commentsElsewhere?.provider).toBe(want.commentsElsewhere.provider);
      if (want.commentsElsewhere.url) expect(article.commentsElsewhere?.url).toBe(want.commentsElsewhere.url);
    }
    // Plain JSON: survives a round trip unchanged (what crosses the message boundary).
    expect(JSON.parse(JSON.stringify(article))).toEqual(article);
  });
});
