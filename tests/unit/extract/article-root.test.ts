/**
 * The article-root decision: Readability's pick, the template's marked post body, or a front
 * page's visible text — and the cases where the pick must stay as it is.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findMarkedPostBody, hasText, pickArticleRoot, readFrontPageText, wantsFrontPageText } from '../../../utils/extract/article-root';

const URL = 'https://blog.example/2024/05/short-post.html';
const page = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: URL }).window.document;
const div = (doc: Document, text: string) => {
  const el = doc.createElement('div');
  el.textContent = text;
  return el;
};

const POST = 'Spring came late to the allotment this year, and the broad beans only flowered in June.';
const ABOUT = 'About me: retired teacher, keen walker, writing about gardens since the nineties.';

describe('findMarkedPostBody', () => {
  it('copies the one outermost marked post body, with its words', () => {
    const doc = page(`<div class="entry-content"><div class="post-body"><p>${POST}</p></div></div><aside>${ABOUT}</aside>`);
    const marked = findMarkedPostBody(doc)!;
    expect(marked.body.className).toBe('entry-content');
    expect(marked.body.ownerDocument).toBe(doc);
    expect(marked.body.isConnected).toBe(false);
    expect(marked.words).toContain('allotment');
  });

  it('finds none when the template marks two posts (a listing), or an empty slot', () => {
    expect(findMarkedPostBody(page(`<div class="entry-content">${POST}</div><div class="entry-content">${POST}</div>`))).toBeNull();
    expect(findMarkedPostBody(page('<div itemprop="articleBody">Read on</div>'))).toBeNull();
    expect(findMarkedPostBody(page(`<p>${POST}</p>`))).toBeNull();
  });
});

describe('pickArticleRoot', () => {
  it('takes the marked body when Readability picked the sidebar instead', () => {
    const doc = page(`<div class="entry-content"><p>${POST}</p></div>`);
    const marked = findMarkedPostBody(doc);
    expect(pickArticleRoot(div(doc, ABOUT), marked)).toBe(marked!.body);
    expect(pickArticleRoot(null, marked)).toBe(marked!.body);
  });

  it('keeps Readability’s pick when it holds the post’s words, or when nothing is marked', () => {
    const doc = page(`<div class="entry-content"><p>${POST}</p></div>`);
    const marked = findMarkedPostBody(doc);
    const picked = div(doc, `${POST} Photos by the author.`);
    expect(pickArticleRoot(picked, marked)).toBe(picked);
    const other = div(doc, ABOUT);
    expect(pickArticleRoot(other, null)).toBe(other);
  });
});

describe('wantsFrontPageText', () => {
  const doc = page('');
  const short = div(doc, 'Top stories');
  const base = { verdict: 'a front page: 12 linked headlines', linkedHeadings: 12, hasThread: false, root: short };

  it('on a front page whose pick is a stray box', () => {
    expect(wantsFrontPageText(base)).toBe(true);
    expect(wantsFrontPageText({ ...base, root: null })).toBe(true);
  });

  it('never for an article, a post with readers’ comments, few headlines or a substantial pick', () => {
    expect(wantsFrontPageText({ ...base, verdict: null })).toBe(false);
    expect(wantsFrontPageText({ ...base, hasThread: true })).toBe(false);
    expect(wantsFrontPageText({ ...base, linkedHeadings: 4 })).toBe(false);
    expect(wantsFrontPageText({ ...base, root: div(doc, POST.repeat(6)) })).toBe(false);
  });
});

describe('readFrontPageText', () => {
  it('gives the visible teasers, without hidden parts, navigation, forms or scripts, and leaves the page alone', () => {
    const doc = page(`
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <div hidden>Subscriber-only preview</div>
      <form><input name="q"> Search the archive</form>
      <script>var tracker = 1;</script>
      <h2><a href="/2024/05/harbour">Harbour reopens after storm repairs</a></h2>
      <h2><a href="/2024/05/library">Library extends its opening hours</a></h2>`);
    const before = doc.body.cloneNode(true);
    const root = readFrontPageText(doc, URL, doc.defaultView)!;
    const text = root.textContent!;
    expect(text).toContain('Harbour reopens after storm repairs');
    expect(text).toContain('Library extends its opening hours');
    expect(text).not.toContain('Subscriber-only');
    expect(text).not.toContain('Search the archive');
    expect(text).not.toContain('tracker');
    expect(text).not.toContain('World');
    expect(root.querySelector('a')!.getAttribute('href')).toBe('https://blog.example/2024/05/harbour');
    expect(doc.body.isEqualNode(before)).toBe(true);
  });
});

describe('hasText', () => {
  it('is false for no root or a root of whitespace and images only', () => {
    const doc = page('');
    const empty = doc.createElement('div');
    empty.append(' ', doc.createElement('img'), ' \u00a0 ');
    expect(hasText(null)).toBe(false);
    expect(hasText(empty)).toBe(false);
    expect(hasText(div(doc, 'Brief'))).toBe(true);
  });
});
