/**
 * checkExtractable: cheap checks that turn documents Calm Reader cannot
 * or should not simplify into a failure value with a reason a person can read.
 */
import { describe, expect, it } from 'vitest';
import { checkExtractable, MAX_DEPTH, MAX_ELEMENTS, measurePage, TOO_LARGE } from '../../../utils/extract/guards';
import { buildDeepTree, loadPage, overrideContentType, renderedAs } from './helpers';

const URL = 'https://news.example.org/a';

/** A document as a browser renders a non-HTML response: same DOM shape, a different contentType. */

function nest(doc: Document, depth: number): void {
  buildDeepTree(doc.body, depth, 'deep');
}

describe('checkExtractable', () => {
  it('lets an ordinary article page through', () => {
    const doc = loadPage('<!doctype html><body><article><h1>Title</h1><p>Body text of a story.</p></article></body>', URL).window.document;
    expect(checkExtractable(doc)).toBeNull();
  });

  it.each([
    ['text/plain (the browser wraps it in <pre>)', 'text/plain', '<pre>Just a text file.</pre>', /plain-text file/],
    ['an image document', 'image/png', '<img src="https://news.example.org/a.png">', /image \(image\/png\)/],
    ['a PDF (a viewer in a page of its own)', 'application/pdf', '<embed type="application/pdf" src="about:blank">', /application\/pdf/],
    ['a JSON response', 'application/json', '<pre>{"a":1}</pre>', /application\/json/],
  ])('refuses %s as not-an-article', (_name, type, body, detail) => {
    const failure = checkExtractable(renderedAs(URL, type, body));
    expect(failure?.reason).toBe('not-an-article');
    expect(failure?.detail).toMatch(detail);
  });

  it('lets a plain-text file through when the user asked to see it anyway', () => {
    expect(checkExtractable(renderedAs(URL, 'text/plain', '<pre>Just a text file.</pre>'), { force: true })).toBeNull();
  });

  it('refuses an SVG document', () => {
    const doc = loadPage('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>', URL, { contentType: 'image/svg+xml' }).window.document;
    expect(checkExtractable(doc)?.reason).toBe('not-an-article');
  });

  it('refuses a frameset, saying its content lives in other pages', () => {
    const doc = loadPage('<!doctype html><html><head></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>', URL).window.document;
    const failure = checkExtractable(doc);
    expect(failure?.reason).toBe('not-an-article');
    expect(failure?.detail).toMatch(/frameset/);
  });

  it('refuses a page that is one image and nothing else', () => {
    const doc = loadPage('<!doctype html><body><img src="/cat.jpg"></body>', URL).window.document;
    expect(checkExtractable(doc)?.reason).toBe('not-an-article');
  });

  it.each([
    ['an empty document', '<!doctype html><html><head></head><body></body></html>'],
    ['a body of whitespace and empty wrappers', '<!doctype html><body>  <div> <span>\n</span></div> </body>'],
  ])('calls %s empty', (_name, html) => {
    const failure = checkExtractable(loadPage(html, URL).window.document);
    expect(failure?.reason).toBe('empty');
  });

  it('does not call a page empty when its text lives in a shadow root', () => {
    const doc = loadPage('<!doctype html><body><news-story></news-story></body>', URL).window.document;
    doc.querySelector('news-story')!.attachShadow({ mode: 'open' }).append('Text rendered by a custom element.');
    expect(checkExtractable(doc)).toBeNull();
    const declarative = loadPage('<!doctype html><body><x-a><template shadowrootmode="open"><p>Declarative text.</p></template></x-a></body>', URL).window.document;
    expect(checkExtractable(declarative)).toBeNull();
  });

  it('refuses more elements than the bound as too-large, with the words the user sees', () => {
    // The shipped bound (MAX_ELEMENTS) is exercised with a real 200,000-element page in
    // bad-inputs.test.ts; here the same logic with a small bound.
    const doc = loadPage(`<!doctype html><body><p>text</p>${'<span></span>'.repeat(1200)}</body>`, URL).window.document;
    expect(checkExtractable(doc, { maxElements: 1000 })).toEqual({ reason: 'too-large', detail: TOO_LARGE });
    expect(checkExtractable(doc, { maxElements: 2000 })).toBeNull();
    expect(TOO_LARGE).toBe('This page is too large to simplify');
    expect(MAX_ELEMENTS).toBe(150_000);
  });

  it('counts elements inside shadow roots toward the bound', () => {
    const doc = loadPage('<!doctype html><body><p>light text</p><x-host></x-host></body>', URL).window.document;
    const shadow = doc.querySelector('x-host')!.attachShadow({ mode: 'open' });
    for (let i = 0; i < 300; i++) shadow.appendChild(doc.createElement('span'));
    expect(checkExtractable(doc, { maxElements: 200 })?.reason).toBe('too-large');
    expect(measurePage(doc).elements).toBeGreaterThan(300);
  });

  it('refuses 10,000-level nesting as too-large, measured without recursion', () => {
    const doc = loadPage('<!doctype html><body></body>', URL).window.document;
    nest(doc, 10_000);
    expect(checkExtractable(doc)).toEqual({ reason: 'too-large', detail: TOO_LARGE });
  });

  it(`draws the depth line at ${MAX_DEPTH}`, () => {
    const under = loadPage('<!doctype html><body></body>', URL).window.document;
    nest(under, MAX_DEPTH - 10);
    expect(checkExtractable(under)).toBeNull();
    const over = loadPage('<!doctype html><body></body>', URL).window.document;
    nest(over, MAX_DEPTH + 1);
    expect(checkExtractable(over)?.reason).toBe('too-large');
  });

  it('never throws, even when the document lies about itself', () => {
    const doc = loadPage('<!doctype html><body><p>x</p></body>', URL).window.document;
    overrideContentType(doc, () => {
      throw new Error('broken accessor');
    });
    const failure = checkExtractable(doc);
    expect(failure?.reason).toBe('parse-failed');
    expect(failure?.detail).toMatch(/broken accessor/);
  });

  it('is not fooled by DOM clobbering of the names it reads', () => {
    const doc = loadPage(
      '<!doctype html><body><form id="contentType"></form><img name="body"><img name="documentElement"><form name="getElementsByTagName"></form><p>Real text.</p></body>',
      URL,
    ).window.document;
    // Named <img>/<form> elements shadow document properties in HTML; the guard must still work
    // or fail as a value.
    const result = checkExtractable(doc);
    expect(result === null || typeof result.reason === 'string').toBe(true);
  });
});
