/**
 * The reader's title: the story's headline, with the site's name trimmed off whichever side it is
 * written (article-metadata.ts), and not the site's name when a blog writes that as its first <h1>
 * and its title as "Blog: Post" (page-metadata.ts). The fixture `blog-name-heading` is the whole
 * page.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';

const STORY = [
  'The last boat of the evening never left. At ten past six the captain walked up the gangway and told the queue to go home.',
  'Nobody argued. Most of us had watched the same water all afternoon from the café window, where the kettle never stopped.',
  'By eight the harbour wall was throwing spray over the car park, and three lorries waited behind the lifeboat station.',
].map((text) => `<p>${text}</p>`).join('');

function titleOf(url: string, head: string, body: string): { title: string; siteName?: string } {
  const doc = new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url }).window.document;
  const result = extract(doc, { url });
  if (!result.ok) throw new Error(`no article: ${result.reason}`);
  return { title: result.article.title, siteName: result.article.siteName };
}

describe('the title', () => {
  const post = 'https://harbournotes.example/blog/2024/02/ferry.html';

  it('is the post, not the blog, when the first <h1> is the blog name as one link and the title reads "<h1>: <a heading further down>"', () => {
    const got = titleOf(post, '<title>Harbour Notes: The night the ferry stayed</title>', `<h1><a href="https://harbournotes.example/blog/">Harbour Notes</a></h1><h2>The night the ferry stayed</h2>${STORY}`);
    expect(got).toEqual({ title: 'The night the ferry stayed', siteName: 'Harbour Notes' });
  });

  it('is the post with its heading an <h3>, and stays the blog name where no heading confirms the rest', () => {
    const got = titleOf('https://archive.example/123.html', '<title>Harbour Notes: The night the ferry stayed</title>', `<h1><a href="https://harbournotes.example/">Harbour Notes</a></h1><h3>The night the ferry stayed</h3>${STORY}`);
    expect(got.title).toBe('The night the ferry stayed');
    // "Blog » Archive" is a section, not a post: nothing on the page is headed so.
    const section = titleOf(post, '<title>Harbour Notes » Blog Archive</title>', `<h1><a href="https://harbournotes.example/blog/">Harbour Notes</a></h1><h2>The night the ferry stayed</h2>${STORY}`);
    expect(section.title).toBe('Harbour Notes');
  });

  it('stays the headline when the <h1> links to the story itself, and loses the site name after it', () => {
    const got = titleOf(post, '<title>The night the ferry stayed - Harbour Notes</title>', `<h1><a href="${post}">The night the ferry stayed</a></h1>${STORY}`);
    expect(got.title).toBe('The night the ferry stayed');
  });

  it('keeps a headline that only starts like the site name', () => {
    const got = titleOf(post, '<meta property="og:site_name" content="Harbour"><title>Harbour wall repairs begin in spring</title>', `<h1>Harbour wall repairs begin in spring</h1>${STORY}`);
    expect(got.title).toBe('Harbour wall repairs begin in spring');
  });
});
