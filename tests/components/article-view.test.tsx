import { screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ArticleView } from '../../components/ArticleView';
import { SafeHtml } from '../../components/SafeHtml';
import { SanitizedHtml } from '../../utils/sanitize-result';
import { makeArticle, renderWithI18n } from './helpers';

describe('ArticleView header', () => {
  it('shows site name, title, byline, the date in the user locale and the reading time', () => {
    const { container } = renderWithI18n(<ArticleView article={makeArticle()} />, 'en-US');
    expect(screen.getByText('Example News')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('US, Russia in Tough Talks Over Syria’s Chemical Weapons');
    expect(screen.getByText('Sam Rivers')).toBeTruthy();
    const time = container.querySelector('time')!;
    expect(time.textContent).toBe('September 13, 2013');
    expect(time.getAttribute('datetime')).toBe('2013-09-13T12:54:00Z');
    // The exact moment is one hover away.
    expect(time.getAttribute('title')).toMatch(/^Published Friday, September 13, 2013 at \d{1,2}:54/);
    expect(screen.getByText('4 min read')).toBeTruthy();
  });

  it.each([
    ['de-DE', '13. September 2013'],
    ['fr-FR', '13 septembre 2013'],
    ['ja-JP', '2013年9月13日'],
  ])('formats the published date for %s', (locale, expected) => {
    const { container } = renderWithI18n(<ArticleView article={makeArticle()} />, locale);
    expect(container.querySelector('time')!.textContent).toBe(expected);
  });

  it('leaves out what the page does not give, and never prints "Invalid Date"', () => {
    const article = makeArticle({ byline: undefined, siteName: undefined, publishedTime: 'sometime last week', readingTimeMinutes: 1 });
    const { container } = renderWithI18n(<ArticleView article={article} />);
    expect(container.querySelector('time')).toBeNull();
    expect(container.querySelector('.cr-site')).toBeNull();
    expect(container.textContent).not.toMatch(/Invalid Date|undefined|NaN/);
    expect(screen.getByText('1 min read')).toBeTruthy();
  });

  it('renders the sanitized body as HTML: paragraphs, figure with caption, table, code', () => {
    const article = makeArticle({
      content: '<p>First paragraph.</p><figure><img src="https://news.example.com/kerry.jpg" alt="Kerry in Geneva"><figcaption>Kerry arrives in Geneva.</figcaption></figure>'
        + '<table><tr><th>Year</th><td>2013</td></tr></table><pre><code>const a = 1;</code></pre>',
    });
    const { container } = renderWithI18n(<ArticleView article={article} />);
    const body = container.querySelector('.cr-body')!;
    expect(body.querySelectorAll('p')).toHaveLength(1);
    expect(screen.getByRole('img', { name: 'Kerry in Geneva' })).toBeTruthy();
    expect(body.querySelector('figure figcaption')!.textContent).toBe('Kerry arrives in Geneva.');
    expect(body.querySelector('table th')!.textContent).toBe('Year');
    expect(body.querySelector('pre code')!.textContent).toBe('const a = 1;');
  });

  it('sets lang and dir from the article: an Arabic article renders right to left', () => {
    const article = makeArticle({ lang: 'ar', dir: 'rtl', title: 'محادثات صعبة', content: '<p>نص المقال.</p>' });
    const { container } = renderWithI18n(<ArticleView article={article} />);
    const el = container.querySelector('article')!;
    expect(el.getAttribute('lang')).toBe('ar');
    expect(el.getAttribute('dir')).toBe('rtl');
    expect(container.querySelector('.cr-body')!.getAttribute('dir')).toBe('rtl');
  });

  it('renders titles, bylines and site names that contain markup as literal text', () => {
    const article = makeArticle({
      title: '<img src=x onerror="window.__pwned=1">Breaking',
      byline: '<b>Sam</b><script>window.__pwned=2</script>',
      siteName: '<a href="javascript:alert(1)">Site</a>',
    });
    const { container } = renderWithI18n(<ArticleView article={article} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('<img src=x onerror="window.__pwned=1">Breaking');
    expect(screen.getByText('<b>Sam</b><script>window.__pwned=2</script>')).toBeTruthy();
    expect(screen.getByText('<a href="javascript:alert(1)">Site</a>')).toBeTruthy();
    expect(container.querySelector('.cr-article-header img, .cr-article-header script, .cr-article-header b, .cr-article-header a')).toBeNull();
  });
});

/** HTML as it reaches the sink: through the one sanitizing pass, where a result arrives. */
const sanitized = (html: string) => makeArticle({ content: html }).content;

const FORGED = '<p onclick="steal()">Kept text <a href="javascript:alert(1)">bad link</a> <a href="https://example.org/x">good link</a></p>'
  + '<script>window.__pwned = true</script><img src="https://example.org/a.png" onerror="steal()" alt="chart">'
  + '<iframe src="https://evil.example/"></iframe><form action="https://evil.example/"><input name="q"></form>'
  + '<svg><script>steal()</script></svg><style>body{display:none}</style><p style="position:fixed" class="overlay" id="app">Styled</p>';

describe('SafeHtml (the one HTML sink) inserts only what the sanitizer made', () => {
  it('hostile HTML that went through the sanitizer reaches the DOM clean: no script, handler, frame, form, style or bad link', () => {
    const { container } = renderWithI18n(<SafeHtml html={sanitized(FORGED)} class="cr-body" lang="en" dir="ltr" />);
    const root = container.querySelector('.cr-body')!;
    expect(root.querySelector('script, iframe, form, input, svg, style')).toBeNull();
    expect(root.querySelectorAll('[onclick], [onerror], [style], [class], [id]')).toHaveLength(0);
    expect(root.textContent).toContain('Kept text');
    expect(root.textContent).toContain('Styled');
    const links = Array.from(root.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([null, 'https://example.org/x']);
    expect(links[1].getAttribute('rel')).toBe('noopener noreferrer');
    expect(root.querySelector('img')!.getAttribute('alt')).toBe('chart');
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
    expect(root.getAttribute('lang')).toBe('en');
  });

  it('the whole reading view too: an article whose body is hostile renders clean', () => {
    const { container } = renderWithI18n(<ArticleView article={makeArticle({ content: FORGED })} />);
    const body = container.querySelector('.cr-body')!;
    expect(body.textContent).toContain('Kept text');
    expect(body.querySelector('script, iframe, form, svg, style, [onclick], [onerror], [style]')).toBeNull();
  });

  it.each([
    ['a plain string cast past the types', () => FORGED],
    ['what a message carries (JSON has no class)', () => JSON.parse(JSON.stringify({ content: sanitized(FORGED) })).content],
    ['an object made from the prototype', () => Object.assign(Object.create(SanitizedHtml.prototype), { toString: () => FORGED })],
    ['a look-alike with the same shape', () => ({ toString: () => FORGED, html: FORGED })],
  ])('refuses %s: nothing is inserted', (_name, make) => {
    const { container } = renderWithI18n(<SafeHtml html={make() as unknown as SanitizedHtml} class="cr-body" />);
    const root = container.querySelector('.cr-body')!;
    expect(root.childNodes).toHaveLength(0);
    expect((window as unknown as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('only the sanitizer can make SanitizedHtml: its constructor refuses anyone else', () => {
    const Ctor = SanitizedHtml as unknown as new (html: string, mint: symbol) => SanitizedHtml;
    expect(() => new Ctor(FORGED, Symbol('sanitized'))).toThrow(TypeError);
    expect(() => new Ctor(FORGED, undefined as unknown as symbol)).toThrow(TypeError);
  });

  it('makes tables and code blocks keyboard-focusable so wide ones can be scrolled without a mouse', () => {
    const { container } = renderWithI18n(<SafeHtml html={sanitized('<p tabindex="5">x</p><table><tr><td>1</td></tr></table><pre>code</pre>')} />);
    expect(container.querySelector('table')!.getAttribute('tabindex')).toBe('0');
    expect(container.querySelector('pre')!.getAttribute('tabindex')).toBe('0');
    // The page's own tabindex is still stripped by the sanitizer.
    expect(container.querySelector('p')!.hasAttribute('tabindex')).toBe(false);
  });

  it('updates when the html changes (Show anyway / Retry replace the article)', () => {
    const { container, rerender } = renderWithI18n(<SafeHtml html={sanitized('<p>One</p>')} />);
    expect(container.textContent).toBe('One');
    rerender(<SafeHtml html={sanitized('<p>Two</p>')} />);
    expect(container.textContent).toBe('Two');
  });
});
