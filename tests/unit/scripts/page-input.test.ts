// Saved pages into documents for the Node tools: the encoding a browser would pick, and pages whose
// CSS jsdom's parser rejects.
import { describe, expect, test } from 'vitest';
import { decodeHtml, parsePage } from '../../../scripts/page-input';

const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
const page = (head: string, body: number[]): Uint8Array =>
  new Uint8Array([...ascii(`<!doctype html><html><head>${head}<title>t</title></head><body><p>`), ...body, ...ascii('</p></body></html>')]);

describe('decodeHtml', () => {
  test.each([
    ['<meta charset="Shift_JIS">', [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], '日本語', 'shift_jis'],
    ["<meta charset='gb2312'>", [0xd6, 0xd0, 0xce, 0xc4], '中文', 'gbk'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">', [0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94], 'café \u201cq\u201d', 'windows-1252'],
    ['<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=ISO-8859-2">', [0xa3, 0xf3, 0x64, 0xbc], 'Łódź', 'iso-8859-2'],
    // ISO-8859-1 means windows-1252 to a browser (the Encoding standard's label table).
    ['<meta charset="iso-8859-1">', [0x93, 0x41, 0x94], '\u201cA\u201d', 'windows-1252'],
  ])('%s', (head, body, text, encoding) => {
    const out = decodeHtml(page(head, body));
    expect(out.encoding).toBe(encoding);
    expect(out.source).toBe('meta');
    expect(out.text).toContain(`<p>${text}</p>`);
  });

  test('a byte order mark wins over the <meta> declaration', () => {
    const utf8 = new TextEncoder().encode('<meta charset="windows-1252"><p>Grüße</p>');
    const out = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]));
    expect(out).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(out.text).toBe('<meta charset="windows-1252"><p>Grüße</p>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from('<p>é</p>').flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeHtml(utf16)).toMatchObject({ text: '<p>é</p>', encoding: 'utf-16le', source: 'bom' });
  });

  test('no declaration: valid UTF-8 is UTF-8, anything else windows-1252', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>東京 café</p>'))).toMatchObject({ text: '<p>東京 café</p>', source: 'utf-8 bytes' });
    expect(decodeHtml(new Uint8Array([...ascii('<p>caf'), 0xe9, ...ascii('</p>')]))).toMatchObject({ text: '<p>café</p>', encoding: 'windows-1252', source: 'default' });
  });

  test('a declaration in a comment or after the first 1024 bytes does not count; an unknown label is ignored', () => {
    const sjis = [0x93, 0xfa];
    expect(decodeHtml(page('<!-- <meta charset="shift_jis"> -->', sjis)).source).not.toBe('meta');
    expect(decodeHtml(page(`${' '.repeat(1100)}<meta charset="shift_jis">`, sjis)).source).not.toBe('meta');
    expect(decodeHtml(page('<meta charset="no-such-charset">', ascii('plain'))).source).toBe('utf-8 bytes');
  });
});

describe('parsePage', () => {
  const URL_ = 'https://news.example/story';

  test('a stylesheet and a style attribute jsdom rejects are left out, the rest of the page stays', () => {
    const html = `<html><head>
      <style>.grid{width:calc(100% - #{$gutter})}</style>
      <style>.ok{color:red}</style>
    </head><body>
      <div style="margin-left:calc(100% - $sidebar)"><p>First paragraph of the story.</p></div>
      <p class="ok" style="color: blue">Second paragraph.</p>
    </body></html>`;
    const parsed = parsePage(html, URL_);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.note).toMatch(/^parsed without 1 stylesheet and 1 style attribute that jsdom's CSS parser rejects/);
    const doc = parsed.dom.window.document;
    expect(doc.querySelectorAll('style')).toHaveLength(1);
    expect(doc.querySelector('style')!.textContent).toBe('.ok{color:red}');
    expect(doc.body.textContent).toContain('First paragraph of the story.');
    expect(doc.querySelector('p.ok')!.getAttribute('style')).toBe('color: blue');
    // A cloned page (what Readability and the pipeline do) no longer throws.
    expect(() => doc.cloneNode(true)).not.toThrow();
    parsed.dom.window.close();
  });

  test('a page with no such CSS is parsed as is, with no note', () => {
    const parsed = parsePage('<p style="width:calc(100% - 2em)">Fine.</p>', URL_);
    expect(parsed.ok && parsed.note).toBe(undefined);
    if (parsed.ok) parsed.dom.window.close();
  });
});
