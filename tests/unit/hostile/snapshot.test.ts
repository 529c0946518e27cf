/**
 * snapshotDocument: the detached copy the whole pipeline mutates. What a reader sees
 * must be in it (shadow roots, declarative shadow templates, slotted text); what is not the page
 * must not (same-origin iframe documents, executable scripts, <base>); and reading the page must
 * never change it, even on a 10,000-deep tree.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspectPage } from '../../../utils/extract/guards';
import { snapshotDocument } from '../../../utils/extract/snapshot';
import { buildDeepTree, digestDocument, loadPage } from './helpers';

const URL = 'https://news.example.org/2026/03/14/story';

function textOf(doc: Document): string {
  return (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The parts appear in the copy's text, in this order (textContent has no separators). */
function expectInOrder(text: string, parts: string[]): void {
  let at = -1;
  for (const part of parts) {
    const next = text.indexOf(part, at + 1);
    expect(next, `"${part}" after position ${at} in "${text}"`).toBeGreaterThan(at);
    at = next;
  }
}

describe('snapshotDocument', () => {
  it('returns a separate document with the same URL, content type and markup', () => {
    const dom = loadPage('<!doctype html><html lang="fr"><head><title>T</title></head><body><p id="a">Bonjour</p></body></html>', URL);
    const doc = dom.window.document;
    const copy = snapshotDocument(doc);
    expect(copy).not.toBe(doc);
    expect(copy.URL).toBe(URL);
    expect(copy.contentType).toBe('text/html');
    expect(copy.compatMode).toBe('CSS1Compat');
    expect(copy.documentElement.getAttribute('lang')).toBe('fr');
    expect(copy.title).toBe('T');
    // Mutating the copy leaves the page alone.
    copy.getElementById('a')!.remove();
    expect(doc.getElementById('a')).not.toBeNull();
  });

  it('includes the text of open shadow roots, with slotted light content in place', () => {
    const dom = loadPage('<!doctype html><body><news-story><span slot="kicker">Light kicker</span>Light body text.</news-story></body>', URL);
    const doc = dom.window.document;
    const host = doc.querySelector('news-story')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const h = doc.createElement('h1');
    h.textContent = 'Shadow headline';
    const kicker = doc.createElement('slot');
    kicker.setAttribute('name', 'kicker');
    const main = doc.createElement('slot');
    const fallback = doc.createElement('slot');
    fallback.setAttribute('name', 'nothing-assigned');
    fallback.textContent = 'Fallback text.';
    const p = doc.createElement('p');
    p.append('Shadow paragraph. ', main);
    shadow.append(h, kicker, p, fallback);
    const digest = digestDocument(doc);

    const copy = snapshotDocument(doc);
    expectInOrder(textOf(copy), ['Shadow headline', 'Light kicker', 'Shadow paragraph.', 'Light body text.', 'Fallback text.']);
    expect(copy.querySelector('slot')).toBeNull();
    expect(copy.querySelector('news-story h1')?.textContent).toBe('Shadow headline');
    expect(digestDocument(doc)).toBe(digest);
  });

  it('leaves closed shadow roots out by default, and takes them through a getShadowRoot option', () => {
    const dom = loadPage('<!doctype html><body><x-closed></x-closed></body>', URL);
    const doc = dom.window.document;
    const host = doc.querySelector('x-closed')!;
    const closed = host.attachShadow({ mode: 'closed' });
    closed.append('Closed shadow text');
    expect(textOf(snapshotDocument(doc))).toBe('');
    // What a content script passes: chrome.dom.openOrClosedShadowRoot / el.openOrClosedShadowRoot().
    expect(textOf(snapshotDocument(doc, { getShadowRoot: (el) => (el === host ? closed : el.shadowRoot) }))).toBe('Closed shadow text');
  });

  it('flattens a declarative <template shadowrootmode> the parser did not attach', () => {
    const dom = loadPage(
      '<!doctype html><body><article-body><template shadowrootmode="open"><h2>From the template</h2><slot name="lede"></slot><p>Template paragraph.</p><slot></slot></template><p slot="lede">Lede paragraph.</p><p>Default-slot paragraph.</p></article-body></body>',
      URL,
    );
    const doc = dom.window.document;
    const copy = snapshotDocument(doc);
    expectInOrder(textOf(copy), ['From the template', 'Lede paragraph.', 'Template paragraph.', 'Default-slot paragraph.']);
    expect(copy.querySelector('template')).toBeNull();
  });

  it('does not pull in the documents of same-origin iframes', () => {
    const dom = loadPage('<!doctype html><body><p>Main page.</p><iframe id="f" src="about:blank"></iframe></body>', URL);
    const doc = dom.window.document;
    const frame = doc.getElementById('f') as HTMLIFrameElement;
    const inner = frame.contentDocument!;
    const p = inner.createElement('p');
    p.textContent = 'Text inside the same-origin frame.';
    inner.body.append(p);
    const copy = snapshotDocument(doc);
    expect(textOf(copy)).toBe('Main page.');
    // The element stays (comment detection reads iframe src to report commentsElsewhere).
    expect(copy.querySelectorAll('iframe').length).toBe(1);
  });

  it('drops executable scripts and <base>, keeps JSON-LD, styles and noscript', () => {
    const dom = loadPage(
      '<!doctype html><head><base href="https://evil.example/"><script>var x = 1</script><script type="module">1</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style></head><body><noscript><img src="/real.jpg"></noscript><template><p>inert</p></template></body>',
      URL,
    );
    const copy = snapshotDocument(dom.window.document);
    expect(copy.querySelectorAll('script').length).toBe(1);
    expect(copy.querySelector('script')!.getAttribute('type')).toBe('application/ld+json');
    expect(copy.querySelector('base')).toBeNull();
    expect(copy.baseURI).toBe(URL);
    expect(copy.querySelector('style')).not.toBeNull();
    expect(copy.querySelector('noscript')).not.toBeNull();
    expect((copy.querySelector('template') as HTMLTemplateElement).content.childNodes.length).toBe(0);
  });

  it('copies a tree deeper than jsdom\'s own cloneNode survives, without touching it', () => {
    // jsdom's recursive cloneNode(true) overflows the stack at about 5,000 levels; the snapshot
    // walks with an explicit stack. (10,000 levels never reach the snapshot in the pipeline: the
    // guard refuses them first, see guards.test.ts; jsdom inserts in O(depth), so 10,000 here
    // would only make the suite slow.)
    const dom = loadPage('<!doctype html><body></body>', URL);
    const doc = dom.window.document;
    buildDeepTree(doc.body, 6_000);
    expect(() => doc.cloneNode(true)).toThrow(RangeError);
    const digest = digestDocument(doc);
    const copy = snapshotDocument(doc);
    expect(copy.getElementsByTagName('div').length).toBe(6_000);
    expect(textOf(copy)).toBe('bottom');
    expect(digestDocument(doc)).toBe(digest);
  }, 180_000);

  it('does not run the page\'s custom element constructors while copying', () => {
    const dom = loadPage(
      '<!doctype html><body><news-card>Card text</news-card><script>window.constructed = 0; customElements.define("news-card", class extends HTMLElement { constructor() { super(); window.constructed++; } });</script></body>',
      URL,
      { runScripts: true },
    );
    const win = dom.window as unknown as { constructed: number };
    const before = win.constructed;
    expect(before).toBe(1);
    const copy = snapshotDocument(dom.window.document);
    expect(win.constructed).toBe(before);
    expect(textOf(copy)).toContain('Card text');
  });

  it('drops the name/id attributes that clobber document and form properties, reading the page through the DOM\'s own accessors', () => {
    // Found in Chromium: <img name=getElementById> with <form><input name=parentNode> made the
    // cleanup steps walk parentNode forever (the input's form "parent" was the input itself).
    const dom = loadPage(
      '<!doctype html><body><img name="getElementById" id="pic" src="/a.jpg"><form name="cloneNode" id="f"><input name="parentNode"><input name="childNodes" id="appendChild"><input name="nodeType"></form><object name="importNode"></object><p id="keep">Text.</p></body>',
      URL,
    );
    const doc = dom.window.document;
    const digest = digestDocument(doc);
    const copy = snapshotDocument(doc);
    expect(copy.querySelectorAll('[name]').length).toBe(0);
    expect(copy.querySelector('img')!.hasAttribute('id')).toBe(false);
    // Ordinary ids stay (anchors, comment permalinks).
    expect(copy.getElementById('keep')?.textContent).toBe('Text.');
    const form = copy.querySelector('form')!;
    expect(form.parentNode).toBe(copy.body);
    expect(form.childNodes.length).toBe(3);
    expect(digestDocument(doc)).toBe(digest);
  });

  it('stops at the element fence rather than copying without bound', () => {
    const dom = loadPage(`<!doctype html><body>${'<p>x</p>'.repeat(500)}</body>`, URL);
    const copy = snapshotDocument(dom.window.document, { maxElements: 100 });
    expect(copy.getElementsByTagName('*').length).toBeLessThanOrEqual(100);
  });

  describe('copied natively when the guard found no shadow content', () => {
    /** Everything the copy keeps, template contents included (outerHTML serializes them). */
    const render = (copy: Document) => `${copy.doctype?.name ?? '(no doctype)'}|${Array.from(copy.childNodes, (n) => n.nodeName).join(',')}|${copy.documentElement.outerHTML}`;
    const both = (html: string) => {
      const doc = loadPage(html, URL).window.document;
      const inspection = inspectPage(doc);
      return { inspection, walked: render(snapshotDocument(doc)), native: render(snapshotDocument(doc, { shadowFree: true })) };
    };

    it('applies every rule of the node-by-node copy', () => {
      const { inspection, walked, native } = both(`<!doctype html><!-- a note --><html><head><base href="https://elsewhere.example/"><script>alert(1)</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><script type="module">import x from "y"</script></head>
<body><form name="body" id="f"><input name="childNodes" id="i"><textarea name="x">text</textarea></form><img name="getElementById" src="a.jpg"><template><p>inert</p><script>alert(2)</script></template>
<iframe src="/frame"><p>fallback</p></iframe><svg><script>alert(3)</script><a href="#x"><text>svg</text></a></svg><p>The story <b>itself</b>.</p><slot name="s">fallback slot</slot></body></html>`);
      expect(inspection.hasShadowContent).toBe(false);
      expect(native).toBe(walked);
      // The rules did apply (not two copies that are equally wrong).
      expect(native).not.toContain('alert(1)');
      expect(native).not.toContain('<base');
      expect(native).not.toContain('inert');
      expect(native).not.toContain('fallback</p>');
      expect(native).not.toMatch(/name="(?:body|childNodes|getElementById)"/);
      expect(native).toContain('NewsArticle');
      expect(native).toContain('The story <b>itself</b>.');
    });

    it('gives the same copy as the walk on every page fixture without shadow content', () => {
      const dirs = ['tests/fixtures/pages', 'tests/fixtures/hostile/pages'];
      let compared = 0;
      for (const dir of dirs) {
        for (const name of readdirSync(dir).filter((n) => n.endsWith('.html'))) {
          const { inspection, walked, native } = both(readFileSync(join(dir, name), 'utf8'));
          if (inspection.hasShadowContent) continue;
          expect(native, `${dir}/${name}`).toBe(walked);
          compared++;
        }
      }
      expect(compared).toBeGreaterThan(40);
    });

    it('is not used where the guard saw a shadow root or a declarative shadow template', () => {
      const page = readFileSync('tests/fixtures/hostile/pages/shadow-article.html', 'utf8');
      expect(inspectPage(loadPage(page, URL).window.document).hasShadowContent).toBe(true);
    });
  });
});

