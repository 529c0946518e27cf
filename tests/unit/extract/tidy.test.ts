import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normalizeSpace } from '../../../utils/extract/text';
import { removeTitleHeading, tidyArticle, trimNavigationBlocks } from '../../../utils/extract/tidy';

const BASE = 'https://news.example/a/b/story.html';

describe('tidyArticle', () => {
  it('opens links in a new tab with noopener, keeps fragments, drops empty wrappers', () => {
    const { window } = new JSDOM(
      `<div id="root"><p><a href="https://x.example/">x</a> <a href="#top">top</a></p><div><span> </span></div><p><img src="a.jpg"></p><table><tr><td></td></tr></table></div>`,
      { url: BASE },
    );
    const root = window.document.getElementById('root')!;
    tidyArticle(root, BASE, window as unknown as Window);
    const [ext, frag] = Array.from(root.querySelectorAll('a'));
    expect(ext.getAttribute('target')).toBe('_blank');
    expect(ext.getAttribute('rel')).toContain('noopener');
    expect(frag.hasAttribute('target')).toBe(false);
    expect(root.querySelectorAll('div')).toHaveLength(0);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://news.example/a/b/a.jpg');
    expect(root.querySelector('td')).not.toBeNull();
  });

  it('keeps the space a space-only wrapper puts between two words, still drops wrappers with nothing in them', () => {
    const { window } = new JSDOM(
      `<div id="root"><p>soil conservation)<strong> </strong>in the villages.<span>&nbsp; </span>It turned out</p><div><span class="spacer"></span></div><p>1.<span style="white-space: pre">\t</span>Wash the bottles.</p></div>`,
      { url: BASE },
    );
    const root = window.document.getElementById('root')!;
    tidyArticle(root, BASE, window as unknown as Window);
    const [first, step] = Array.from(root.querySelectorAll('p'), (p) => normalizeSpace(p.textContent ?? ''));
    expect(first).toBe('soil conservation) in the villages. It turned out');
    expect(step).toBe('1. Wash the bottles.');
    expect(root.querySelectorAll('div, span, strong')).toHaveLength(0);
  });
});

describe('trimNavigationBlocks', () => {
  const nav = (n: number, label: string) =>
    `<div><b>${label}</b><br>${Array.from({ length: n }, (_, i) => `<a href="/${label}/${i}">${label} ${2000 + i}</a>`).join('<br>')}</div>`;
  const prose = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Paragraph ${i} of the story, long enough to be prose, with <a href="/x${i}">one link</a> in it and a few more words.</p>`).join('');

  it('drops the navigation columns Readability left after the story, keeps the story and its last photo', () => {
    const { window } = new JSDOM(
      `<div id="root"><div>${prose(6)}<p>The last paragraph of the story, which says how it ends.</p>
       <figure><img src="/end.jpg" alt=""></figure>${nav(8, 'Archives')}${nav(6, 'Blogroll')}</div></div>`,
      { url: BASE },
    );
    const root = window.document.getElementById('root')!;
    trimNavigationBlocks(root);
    const text = root.textContent ?? '';
    expect(text).toContain('which says how it ends');
    expect(text).toContain('one link');
    expect(root.querySelector('img')).not.toBeNull();
    expect(text).not.toContain('Archives');
    expect(text).not.toContain('Blogroll 2003');
  });

  it('drops a section menu Readability kept above the story', () => {
    const { window } = new JSDOM(`<div id="root"><div>${nav(12, 'Sections')}${prose(5)}</div></div>`, { url: BASE });
    const root = window.document.getElementById('root')!;
    trimNavigationBlocks(root);
    expect(root.textContent).not.toContain('Sections 2004');
    expect(root.textContent).toContain('Paragraph 0 of the story');
  });

  it('leaves a link roundup and a closing paragraph of links alone: they are the post', () => {
    const headlines = `<ol>${Array.from({ length: 5 }, (_, i) => `<li><a href="/p/${i}">A long headline of a post in the roundup, number ${i}</a></li>`).join('')}</ol>`;
    const closing =
      '<p>I have written about this for years: <a href="/a">Increasing the Adoption of Management Ideas in Your Organization</a> – <a href="/b">Moving Beyond Product Quality</a> – <a href="/c">Long-term Thinking with Respect for People</a></p>';
    const { window } = new JSDOM(`<div id="root"><div>${prose(2)}${headlines}${closing}</div></div>`, { url: BASE });
    const root = window.document.getElementById('root')!;
    trimNavigationBlocks(root);
    expect(root.textContent).toContain('number 4');
    expect(root.textContent).toContain('Long-term Thinking with Respect for People');
  });
});

describe('removeTitleHeading', () => {
  const run = (html: string, title: string) => {
    const { window } = new JSDOM(`<div id="root">${html}</div>`, { url: BASE });
    const root = window.document.getElementById('root')!;
    removeTitleHeading(root, title);
    return normalizeSpace(root.textContent ?? '');
  };

  it('drops the title repeated as the first heading at the top of the body, at any level and depth', () => {
    expect(run('<div><div class="entry"><h3 class="entry-header">A quiet week at the ferry landing</h3><p>The last ferry left on Sunday.</p></div></div>', 'A Quiet Week at the Ferry Landing')).toBe('The last ferry left on Sunday.');
  });

  it('keeps a heading that is not the title, a title heading below text, and the story when the title is empty', () => {
    expect(run('<h3>What the council decided</h3> <p>The vote was close.</p>', 'Ferry returns')).toBe('What the council decided The vote was close.');
    expect(run('<p>The vote was close.</p> <h2>Ferry returns</h2> <p>It ran on Monday.</p>', 'Ferry returns')).toBe('The vote was close. Ferry returns It ran on Monday.');
    expect(run('<h2>Ferry returns</h2> <p>It ran on Monday.</p>', '')).toBe('Ferry returns It ran on Monday.');
  });
});
