/**
 * The pipeline's contract beyond single fixtures: "Show anyway" on a non-article, failure values
 * instead of exceptions, plain-JSON output, the debug report, and each cleanup step earning its
 * place on the fixture that motivated it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { DECLUTTER_STEPS, declutterWithReport, extract } from '../../../utils/extract';

const DIR = join(__dirname, '../../fixtures/pages');
const load = (name: string) => {
  const spec = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as { url: string };
  return { dom: new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), { url: spec.url }), url: spec.url };
};

describe('extract: Show anyway', () => {
  it('refuses a front page, then with force returns its visible text as an unreaderable article', () => {
    const { dom, url } = load('home-page');
    const refused = extract(dom.window.document, { url });
    expect(refused).toMatchObject({ ok: false, reason: 'not-an-article' });
    const forced = extract(dom.window.document, { url, force: true });
    if (!forced.ok) throw new Error(`forced extraction failed: ${forced.reason}`);
    expect(forced.article.readerable).toBe(false);
    expect(forced.article.textContent).toContain('Budget vote set for Thursday');
    expect(forced.article.textContent).toContain('Comet visible to the naked eye next week');
  });
});

describe('extract: Show anyway on a front page whose teasers are links around headings', () => {
  it('shows the teasers (the page is a listing: <a><h3>…</h3></a> counts as a linked headline)', () => {
    const url = 'http://127.0.0.1/e2e/site-index.html';
    const dom = new JSDOM(readFileSync(join(__dirname, '../../fixtures/e2e/site-index.html'), 'utf8'), { url });
    expect(extract(dom.window.document, { url })).toMatchObject({ ok: false, reason: 'not-an-article' });
    const forced = extract(dom.window.document, { url, force: true });
    if (!forced.ok) throw new Error(`forced extraction failed: ${forced.reason}`);
    expect(forced.article.textContent).toContain('Fish market reopens after repairs');
    expect(forced.article.textContent).toContain('Storm warning for the weekend');
  });
});

describe('extract: Show anyway on a short post with a thread', () => {
  it('keeps the post and leaves its comments out, instead of showing the whole page', () => {
    const html = `<!doctype html><html><head><title>Harbour at dawn - Field Notes</title></head><body>
      <div id="sidebar"><h3>Archives</h3><ul><li><a href="/2012/06/">June 2012</a></li><li><a href="/2012/05/">May 2012</a></li></ul></div>
      <div class="post"><h2>Harbour at dawn</h2><img src="/img/harbour.jpg" alt="Boats at dawn"><p>Taken from the sea wall at six.</p></div>
      <ol class="commentlist">
        <li class="comment" id="comment-1"><div class="comment-author vcard"><cite class="fn">Maren</cite> says:</div>
          <div class="comment-meta"><a href="#comment-1">June 29, 2012 at 7:02 am</a></div><p>The light on the water is beautiful, what a quiet morning it must have been.</p></li>
        <li class="comment" id="comment-2"><div class="comment-author vcard"><cite class="fn">Tobias</cite> says:</div>
          <div class="comment-meta"><a href="#comment-2">June 29, 2012 at 8:15 am</a></div><p>I walked along that wall last summer; it is even better in person at that hour.</p></li>
      </ol></body></html>`;
    const dom = new JSDOM(html, { url: 'https://field-notes.example/2012/06/harbour.html' });
    const result = extract(dom.window.document, { url: 'https://field-notes.example/2012/06/harbour.html', force: true });
    if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
    expect(result.article.comments.map((c) => c.author)).toEqual(['Maren', 'Tobias']);
    expect(result.article.textContent).toContain('Taken from the sea wall at six.');
    expect(result.article.textContent).not.toContain('The light on the water is beautiful');
    expect(result.article.textContent).not.toContain('June 2012');
  });

  it('gives a short post without a thread on the first click: only a front page is refused', () => {
    const html = `<!doctype html><html><head><title>Open or closed - Eastside Notes</title></head><body>
      <div class="col-b"><h3>Popular posts</h3><ul><li><a href="/2012/10/storm.html">The storm, hour by hour</a></li><li><a href="/2012/09/vote.html">Vote early</a></li></ul></div>
      <div class="post"><h2>Open or closed</h2><p>People scolding the corner shops for opening during the storm should remember who sells them milk.</p></div></body></html>`;
    const dom = new JSDOM(html, { url: 'https://eastside-notes.example/2012/10/open.html' });
    const result = extract(dom.window.document, { url: 'https://eastside-notes.example/2012/10/open.html' });
    if (!result.ok) throw new Error(`extraction failed: ${result.reason}`);
    expect(result.article.readerable).toBe(true);
    expect(result.article.textContent).toContain('should remember who sells them milk');
    expect(result.article.textContent).not.toContain('The storm, hour by hour');
  });
});

describe('extract: failures are values', () => {
  it('reads a page whose doctype is garbled (an archived page with "<!DOCTYPEw.example…")', () => {
    const { url } = load('voa-seed');
    const html = readFileSync(join(DIR, 'voa-seed.html'), 'utf8').replace(/^(?:\s|<!--[\s\S]*?-->)*<!doctype html>/i, '<!DOCTYPEw.example.com/rss/world.xml" >');
    expect(html.startsWith('<!DOCTYPEw')).toBe(true);
    const dom = new JSDOM(html, { url });
    const result = extract(dom.window.document, { url });
    expect(result).toMatchObject({ ok: true });
  });


  it('turns an exception inside the pipeline into parse-failed with a detail', () => {
    const { dom, url } = load('voa-seed');
    const doc = dom.window.document;
    // A page script that breaks a DOM method the pipeline relies on.
    Object.defineProperty(doc, 'cloneNode', { value: () => { throw new Error('boom'); }, configurable: true });
    Object.defineProperty(doc, 'createElement', { value: () => { throw new Error('boom'); }, configurable: true });
    const result = extract(doc, { url });
    if (result.ok) return; // the snapshot may not need either method; then success is fine too
    expect(['parse-failed', 'not-an-article', 'empty']).toContain(result.reason);
  });

  it('reports an empty document as a failure value, not an exception', () => {
    const { window } = new JSDOM('<!DOCTYPE html><html><head><title>x</title></head><body></body></html>', { url: 'https://news.example/empty' });
    const result = extract(window.document, { force: true });
    expect(result.ok).toBe(false);
  });

  it('uses the document URL when no url is given, never the <base>', () => {
    const { dom } = load('base-href');
    const result = extract(dom.window.document);
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.url).toBe('https://www.valleygazette.example/nature/2022/06/swift-count');
    expect(result.article.content).not.toContain('cdn-mirror.example');
  });
});

describe('extract: output', () => {
  it('is plain JSON with a reading time and word count a reader can trust', () => {
    const { dom, url } = load('long-multipage');
    const result = extract(dom.window.document, { url });
    if (!result.ok) throw new Error(result.reason);
    const a = result.article;
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.wordCount).toBeGreaterThan(500);
    expect(a.readingTimeMinutes).toBe(Math.max(1, Math.round(a.wordCount / 228)));
    // Block elements become lines.
    expect(a.textContent.split('\n').length).toBeGreaterThan(10);
  });

  it('names a page that has no <title> by its headline, not by its host', () => {
    const { url } = load('voa-seed');
    const html = readFileSync(join(DIR, 'voa-seed.html'), 'utf8').replace(/<title>[\s\S]*?<\/title>/i, '').replace(/<meta[^>]+(?:og|twitter):title[^>]*>/gi, '').replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/gi, '');
    expect(html).not.toMatch(/<title>/i);
    const dom = new JSDOM(html, { url });
    const result = extract(dom.window.document, { url });
    if (!result.ok) throw new Error(result.reason);
    const h1 = dom.window.document.querySelector('h1')?.textContent?.trim();
    expect(h1).toBeTruthy();
    expect(result.article.title).toBe(h1);
  });

  it('says which step removed what, and why, in debug mode only', () => {
    const { dom, url } = load('voa-seed');
    const plain = extract(dom.window.document, { url });
    expect(plain.debug).toBeUndefined();
    const debugged = extract(dom.window.document, { url, debug: true });
    expect(debugged.ok).toBe(true);
    const removed = debugged.debug!.removed;
    expect(removed.find((r) => r.step === 'remove-related-lists')?.text).toContain('You May Like');
    expect(removed.every((r) => r.reason.length > 3 && r.element.length > 0)).toBe(true);
    expect(Object.keys(debugged.debug!.timings)).toContain('readability');
  });
});

describe('declutter: every step earns its place on a fixture', () => {
  // step -> the fixture that motivated it (see the step's header comment)
  const motivating: Record<string, string> = {
    'remove-hidden': 'cookie-and-hidden',
    'remove-page-chrome': 'voa-seed',
    'remove-cookie-banners': 'cookie-and-hidden',
    'remove-comment-chrome': 'chrome-and-notices',
    'remove-featured-video-lists': 'voa-seed',
    'remove-plugin-notices': 'chrome-and-notices',
    'remove-related-lists': 'neutral-related',
    'remove-app-badges': 'clutter-inside-article',
    'remove-share-bars': 'clutter-inside-article',
    'remove-newsletter-boxes': 'clutter-inside-article',
    'remove-ad-slots': 'clutter-inside-article',
    'remove-polls': 'poll-beside-story',
    'remove-credit-lines': 'credit-lines',
    'remove-orphan-headings': 'orphan-headings',
    'remove-calls-to-action': 'calls-to-action',
    'remove-post-meta-lines': 'post-meta-lines',
  };

  it('names a fixture for every step in the pipeline', () => {
    expect(Object.keys(motivating).sort()).toEqual(DECLUTTER_STEPS.map((s) => s.name).sort());
  });

  it.each(Object.entries(motivating))('%s removes something on %s', (step, fixture) => {
    const { dom, url } = load(fixture);
    const clone = dom.window.document.cloneNode(true) as Document;
    const report = declutterWithReport(clone, url);
    expect(report.removed.filter((r) => r.step === step).length).toBeGreaterThan(0);
  });

  it('never removes article paragraphs on the keep-everything fixture', () => {
    const { dom, url } = load('rich-article');
    const clone = dom.window.document.cloneNode(true) as Document;
    declutterWithReport(clone, url);
    const body = clone.querySelector('.post-content')!;
    expect(body.querySelectorAll('table, pre, figure, figcaption, blockquote, ol, ul')).toHaveLength(7);
  });
});
