/**
 * The HTML-to-Markdown converter (utils/markdown.ts) and the article exports built on it
 * (utils/article-export.ts): focused tables of inputs and outputs, then every extraction fixture
 * through the real extract() — nothing of the article may be lost on the way to Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract, type Article } from '../../../utils/extract';
import { escapeMarkdown, htmlToMarkdown } from '../../../utils/markdown';
import { articleToHtml, articleToMarkdown, articleToText, exportFileName } from '../../../utils/article-export';

const body = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;
const md = (html: string) => htmlToMarkdown(body(html));

describe('htmlToMarkdown', () => {
  it.each([
    ['headings', '<h2>Weapons  to\nrebels</h2><h4>Small</h4>', '## Weapons to rebels\n\n#### Small'],
    ['paragraphs and emphasis', '<p>A <strong>bold</strong> and <em>soft</em> <b> word </b></p>', 'A **bold** and *soft* **word**'],
    ['strikethrough', '<p><del>old</del> new</p>', '~~old~~ new'],
    ['emphasis inside a word', '<p>un<em>believ</em>able</p>', 'un*believ*able'],
    ['links with titles', '<p>See <a href="https://ex.example/a b(1)" title="The &quot;page&quot;">this</a>.</p>', 'See [this](https://ex.example/a%20b%281%29 "The \\"page\\"").'],
    ['in-page anchors and empty links keep only their text', '<p><a href="#n1">1</a> <a href="https://x.example/"></a>end</p>', '1 end'],
    ['images stay remote links', '<p><img src="https://img.example/a.jpg" alt="A [map]"></p>', '![A \\[map\\]](https://img.example/a.jpg)'],
    ['inline data: images leave their description only', '<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="A dot"></p>', 'A dot'],
    ['figure with caption', '<figure><img src="https://img.example/b.png" alt=""><figcaption>The harbour at dawn</figcaption></figure>', '![](https://img.example/b.png)\n\n_The harbour at dawn_'],
    ['inline code with backticks inside', '<p>Run <code>a`b</code> now</p>', 'Run ``a`b`` now'],
    ['fenced code keeps its lines', '<pre><code>if (a) {\n  b();\n}\n</code></pre>', '```\nif (a) {\n  b();\n}\n```'],
    ['fence longer than a fence inside', '<pre>```\nx\n```</pre>', '````\n```\nx\n```\n````'],
    ['blockquote of two paragraphs', '<blockquote><p>One.</p><p>Two.</p></blockquote>', '> One.\n>\n> Two.'],
    ['bullet list', '<ul><li>a</li><li>b</li></ul>', '- a\n- b'],
    ['ordered list with start', '<ol start="3"><li>c</li><li>d</li></ol>', '3. c\n4. d'],
    ['nested lists stay tight and indented', '<ul><li>a<ul><li>a1</li><li>a2<ol><li>x</li></ol></li></ul></li><li>b</li></ul>', '- a\n  - a1\n  - a2\n    1. x\n- b'],
    ['line breaks', '<p>line one<br>line two</p>', 'line one\\\nline two'],
    ['rule', '<p>a</p><hr><p>b</p>', 'a\n\n---\n\nb'],
    ['definition list', '<dl><dt>Term</dt><dd>Meaning</dd></dl>', '**Term**\n\nMeaning'],
    ['HTML source indentation is not Markdown indentation', '<div>\n    <p>\n      Indented text\n    </p>\n</div>', 'Indented text'],
  ])('%s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it.each([
    ['markup characters in text', '<p>2 * 3 = 6, a_b, [x](y), <b>&lt;tag&gt;</b>, a|b, ~x~, `c`</p>', '2 \\* 3 = 6, a\\_b, \\[x\\](y), **\\<tag\\>**, a\\|b, \\~x\\~, \\`c\\`'],
    ['a heading-like line', '<p># not a heading</p>', '\\# not a heading'],
    ['a list-like line', '<p>- not a list</p><p>1. not a list</p><p>+ no</p>', '\\- not a list\n\n1\\. not a list\n\n\\+ no'],
    ['a quote-like line', '<p>&gt; not a quote</p>', '\\> not a quote'],
    ['a setext underline', '<p>Title</p><p>===</p>', 'Title\n\n\\==='],
    ['backslashes', '<p>C:\\dir</p>', 'C:\\\\dir'],
  ])('escapes %s', (_name, html, expected) => {
    expect(md(html)).toBe(expected);
  });

  it('escapeMarkdown leaves plain words alone', () => {
    expect(escapeMarkdown('Plain words, with punctuation.')).toBe('Plain words, with punctuation.');
  });

  it('a simple table with a header row becomes a GFM table', () => {
    const html = '<table><caption>Results</caption><thead><tr><th>City</th><th>Votes</th></tr></thead><tbody><tr><td>Ayr</td><td><b>12</b></td></tr><tr><td>B|C</td><td><code>a|b</code></td></tr></tbody></table>';
    expect(md(html)).toBe('Results\n\n| City | Votes |\n| --- | --- |\n| Ayr | **12** |\n| B\\|C | `a\\|b` |');
  });

  it('a table without header cells gets an empty header row, every row stays data', () => {
    expect(md('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>')).toBe('| | |\n| --- | --- |\n| a | b |\n| c | d |');
  });

  it('a table with spans or blocks in cells falls back to one line per row, no cell lost', () => {
    const html = '<table><tr><th colspan="2">Both</th></tr><tr><td><p>one</p><p>two</p></td><td><ul><li>three</li></ul></td></tr></table>';
    expect(md(html)).toBe('- Both\n- one two · - three');
  });

  it('skips scripts, styles, forms and hidden nodes', () => {
    expect(md('<p>kept</p><script>alert(1)</script><style>p{}</style><div hidden>gone</div><button>Share</button>')).toBe('kept');
  });
});

const article = (overrides: Partial<Article> = {}): Article => ({
  url: 'https://news.example.com/a/1.html',
  title: 'Talks in *Geneva*',
  byline: 'Sam Rivers',
  siteName: 'Example News',
  publishedTime: '2013-09-13T12:54:00.000Z',
  lang: 'en',
  dir: 'ltr',
  content: '<p>Body <a href="https://x.example/">link</a>.</p>',
  textContent: 'Body link.',
  wordCount: 2,
  readingTimeMinutes: 1,
  comments: [
    { author: 'Ann', location: 'Ayr', dateText: 'Sep 13', text: 'First *point*.\n\nSecond line.', replies: [{ author: 'Bo', text: 'Reply.', replies: [] }] },
  ],
  readerable: true,
  ...overrides,
});

describe('articleToMarkdown', () => {
  it('puts front matter, title and metadata on top; comments only when asked', () => {
    const a = article();
    const without = articleToMarkdown(a, body(a.content));
    expect(without).toBe(
      [
        '---',
        'title: "Talks in *Geneva*"',
        'author: "Sam Rivers"',
        'site: "Example News"',
        'published: "2013-09-13T12:54:00.000Z"',
        'source: "https://news.example.com/a/1.html"',
        '---',
        '',
        '# Talks in \\*Geneva\\*',
        '',
        '_Sam Rivers · Example News · 2013-09-13_',
        '',
        'Body [link](https://x.example/).',
        '',
      ].join('\n'),
    );
    const withComments = articleToMarkdown(a, body(a.content), { comments: true });
    expect(withComments).toContain('## Comments (2)\n\n- **Ann from Ayr · Sep 13**\n  First \\*point\\*.\n  Second line.\n  - **Bo**\n    Reply.\n');
  });

  it('front matter values are quoted so a title with a colon or quote stays one value', () => {
    const a = article({ title: 'Q: "Why?"', byline: undefined, siteName: undefined, publishedTime: undefined, comments: [] });
    expect(articleToMarkdown(a, body('<p>x</p>')).split('\n').slice(0, 4)).toEqual(['---', 'title: "Q: \\"Why?\\""', 'source: "https://news.example.com/a/1.html"', '---']);
  });
});

describe('articleToText and articleToHtml', () => {
  it('text: comments only when asked', () => {
    expect(articleToText(article())).not.toContain('Ann');
    expect(articleToText(article(), { comments: true })).toContain('Comments (2)');
  });

  it('html: strict CSP, escaped metadata, the sanitized content, comments only when asked', () => {
    const html = articleToHtml(article({ title: '<img src=x onerror=alert(1)>' }));
    expect(html).toContain(`content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
    expect(html).toContain('<title>&lt;img src=x onerror=alert(1)&gt;</title>');
    expect(html).toContain('<p>Body <a href="https://x.example/">link</a>.</p>');
    expect(html).not.toContain('Ann');
    expect(articleToHtml(article(), { comments: true })).toContain('<strong>Ann</strong> from Ayr');
  });
});

describe('exportFileName', () => {
  it.each([
    ['US, Russia in Tough Talks Over Syria’s Chemical Weapons', 'md', 'us-russia-in-tough-talks-over-syria-s-chemical-weapons.md'],
    ['Café: "naïve" / ../../etc', 'html', 'cafe-naive-etc.html'],
    ['Новости дня', 'md', 'новости-дня.md'],
    ['***', 'md', 'article.md'],
    ['a'.repeat(200), 'md', `${'a'.repeat(80)}.md`],
  ] as const)('%s', (title, ext, expected) => {
    expect(exportFileName(title, ext)).toBe(expected);
  });
});

/** Word tokens (letters and digits), for comparing text without Markdown's escapes and markers. */
const words = (s: string) => s.replace(/\\(.)/g, '$1').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

const DIR = join(__dirname, '../../fixtures/pages');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => {
    const name = f.replace(/\.expected\.json$/, '');
    const spec = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as { url: string; force?: boolean };
    return { name, url: spec.url, force: spec.force, html: readFileSync(join(DIR, `${name}.html`), 'utf8') };
  });

describe.each(pages)('fixture $name as Markdown', ({ url, force, html }) => {
  it('keeps every word, heading, link and image of the article', () => {
    const doc = new JSDOM(html, { url }).window.document;
    const result = extract(doc, { url, force: force ?? true });
    if (!result.ok) return expect(result.reason).toBeTruthy();
    const a = result.article;
    const content = body(a.content);
    const markdown = articleToMarkdown(a, content, { comments: true });

    // Every word of the body is in the Markdown (text nodes read one by one: textContent would
    // glue the last word of one cell to the first of the next).
    const have = new Set(words(markdown));
    const walker = content.ownerDocument.createTreeWalker(content, 4);
    const texts: string[] = [];
    while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
    const missing = texts.flatMap(words).filter((w) => !have.has(w));
    expect(missing).toEqual([]);
    for (const h of content.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
      const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && !h.closest('table, li, blockquote')) expect(markdown).toMatch(new RegExp(`^#{1,6} .*${words(text).slice(0, 3).join('.*')}`, 'imu'));
    }
    for (const link of content.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      if (!href.startsWith('#') && link.textContent?.trim()) expect(markdown).toContain(`](${href.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}`);
    }
    for (const img of content.querySelectorAll('img[src]')) expect(markdown).toContain(`![`);
    // Comment authors are there (when the page has comments), and nothing is raw HTML.
    for (const c of a.comments) expect(markdown).toContain(escapeMarkdown(c.author));
    expect(markdown).not.toMatch(/<(?:script|div|p|span|img|a)\b/i);
  });
});
