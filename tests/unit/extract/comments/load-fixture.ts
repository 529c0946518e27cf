// Shared by the comment tests: a fixture page as a fresh jsdom document, and its expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';

const DIR = join(__dirname, '../../../fixtures/pages');

export interface Expected {
  url: string;
  expect: { comments?: unknown[]; commentsElsewhere?: { provider: string } };
}

export function loadFixture(name: string): { doc: Document; url: string; expected: Expected } {
  const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
  const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
  const doc = new JSDOM(html, { url: expected.url }).window.document;
  return { doc, url: expected.url, expected };
}

/** A document from a snippet of body markup. */
export function parsePage(body: string, url = 'https://news.example/story'): Document {
  return new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`, { url }).window.document;
}
