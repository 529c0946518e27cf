import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { prepareDocument, readSerializedHttpUrl, resolveSrcset, resolveUrl } from '../../../utils/extract/prepare';

const BASE = 'https://news.example/a/b/story.html';

describe('resolveUrl / resolveSrcset', () => {
  it.each([
    ['img.jpg', 'https://news.example/a/b/img.jpg'],
    ['/img.jpg', 'https://news.example/img.jpg'],
    ['//cdn.example/x.jpg', 'https://cdn.example/x.jpg'],
    ['#section', '#section'],
    ['https://other.example/', 'https://other.example/'],
  ])('%s -> %s', (input, out) => {
    expect(resolveUrl(input, BASE)).toBe(out);
  });

  it('reads host and path without parsing only where URL would write the link back unchanged', () => {
    const plain = ['https://news.example/a/b.html', 'http://www.news.example/', 'https://cdn-1.news.example/i/x_1.jpg?w=300&h=200', 'https://intranet/a:b@c/'];
    for (const v of plain) {
      const u = new URL(v, BASE);
      expect(u.href).toBe(v);
      expect(readSerializedHttpUrl(v, BASE)).toEqual({ hostname: u.hostname, pathname: u.pathname });
      expect(resolveUrl(v, BASE)).toBe(v);
    }
    // Each of these URL rewrites (case, port, escapes, dot segments, punycode, numbers, a missing
    // path) or refuses, or is not looked at (a fragment): they are parsed.
    const rewritten = ['https://News.example/a', 'HTTPS://news.example/a', 'https://news.example:443/a', 'https://news.example/a%41', 'https://news.example/a/../b',
      'https://news.example/./b', 'https://xn--nxasmq6b.example/', 'https://192.168.0.1/', 'https://news.example', 'https://news.example/a b', 'https://user@news.example/', 'https://news.example/a#top'];
    for (const v of rewritten) expect(readSerializedHttpUrl(v, BASE)).toBeNull();
    expect(resolveUrl('https://news.example/a/../b', BASE)).toBe('https://news.example/b');
    // Against a base that does not parse, URL throws whatever the link: nothing is read.
    expect(readSerializedHttpUrl('https://news.example/a', 'not a url')).toBeNull();
  });

  it('resolves every candidate and keeps descriptors', () => {
    expect(resolveSrcset('a.jpg 1x, /b.jpg 2x', BASE)).toBe('https://news.example/a/b/a.jpg 1x, https://news.example/b.jpg 2x');
    expect(resolveSrcset('a-400.jpg 400w,b-800.jpg 800w', BASE)).toBe('https://news.example/a/b/a-400.jpg 400w, https://news.example/a/b/b-800.jpg 800w');
  });
});

describe('prepareDocument', () => {
  it('drops <base>, resolves against the real URL and swaps lazy images in', () => {
    const { window } = new JSDOM(
      `<base href="https://evil.example/"><p><a href="next.html">next</a>
       <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="real.jpg" data-srcset="real-2x.jpg 2x">
       <img src="/spacer.gif" data-lazy-src="lazy.jpg"></p>`,
      { url: BASE },
    );
    const doc = window.document;
    prepareDocument(doc, BASE, window as unknown as Window);
    expect(doc.querySelector('base')).toBeNull();
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://news.example/a/b/next.html');
    const [first, second] = Array.from(doc.querySelectorAll('img'));
    expect(first.getAttribute('src')).toBe('https://news.example/a/b/real.jpg');
    expect(first.getAttribute('srcset')).toBe('https://news.example/a/b/real-2x.jpg 2x');
    expect(second.getAttribute('src')).toBe('https://news.example/a/b/lazy.jpg');
  });

  it('takes the real image from a <noscript> fallback', () => {
    const { window } = new JSDOM(`<figure><img src="/blank.gif"><noscript><img src="full.jpg" alt="Full"></noscript></figure>`, { url: BASE });
    prepareDocument(window.document, BASE, window as unknown as Window);
    const imgs = window.document.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute('src')).toBe('https://news.example/a/b/full.jpg');
    expect(imgs[0].getAttribute('alt')).toBe('Full');
  });

  it('reads the fallback written as raw text, as a browser with scripting on keeps it, without loading or running it', () => {
    const { window } = new JSDOM(`<figure><img src="/blank.gif"><noscript></noscript></figure><p>story</p>`, { url: BASE });
    const doc = window.document;
    // A browser with scripting on keeps noscript content as text: the markup is only text here.
    doc.querySelector('noscript')!.textContent = '<picture><img src="full.jpg" alt="A &amp; B" onerror="window.ran = 1"></picture><script>window.ran = 2</script>';
    prepareDocument(doc, BASE, window as unknown as Window);
    const imgs = doc.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute('src')).toBe('https://news.example/a/b/full.jpg');
    expect(imgs[0].getAttribute('alt')).toBe('A & B');
    // Only the listed attributes are copied onto the placeholder.
    expect(imgs[0].hasAttribute('onerror')).toBe(false);
    expect(doc.querySelector('script, noscript')).toBeNull();
    expect((window as unknown as { ran?: number }).ran).toBeUndefined();
  });
});
