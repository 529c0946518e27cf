/**
 * A page whose unclosed <title> swallowed the rest of its markup (swallowed-page.ts): the story is
 * read back from the title's text; a page without text for any other reason keeps its "no text".
 * The fixture `swallowed-title` is the whole page; these are the edges of the rule.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';

const URL = 'https://www.harbourside-gazette.example/news/story';
const STORY = [
  'The harbour ferry will run a later sailing on Fridays from next month, the operator said.',
  'The last boat will leave the north pier at half past eleven, an hour later than now.',
  'Traders on Quay Street asked for the change after the summer, when diners missed the last crossing.',
  'The later boat is a trial until the spring. The operator will count passengers before deciding.',
].map((text) => `<p>${text}</p>`).join('\n');

/** The page as a browser holds it: scripts on, so markup parsed into a live document would run its own. */
function page(head: string, body = ''): Document {
  return new JSDOM(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, { url: URL, runScripts: 'dangerously' }).window.document;
}

describe('a page swallowed by its unclosed title', () => {
  it('is read from the title text, with the text before the broken closing tag as its title', () => {
    const doc = page(`<title>Later Friday ferry</titel><body><div id="menu"><a href="/">Home</a></div><h1>Later Friday ferry</h1>${STORY}`);
    expect(doc.body.textContent).toBe('');
    const result = extract(doc, { url: URL });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.title).toBe('Later Friday ferry');
    expect(result.article.textContent).toContain('The last boat will leave the north pier at half past eleven');
    expect(result.article.textContent).not.toContain('<p>');
  });

  it('runs none of the scripts the swallowed markup holds (it is parsed inert, never into the page)', () => {
    const doc = page(`<title>Later Friday ferry</titel><body><script>window.swallowedRan = true</script><img src="x" onerror="window.swallowedRan = true"><h1>Later Friday ferry</h1><div>${STORY}</div>`);
    const result = extract(doc, { url: URL });
    expect(result.ok).toBe(true);
    expect((doc.defaultView as unknown as { swallowedRan?: boolean }).swallowedRan).toBeUndefined();
  });

  it('still gets "not an article" when what it swallowed is a list of links', () => {
    const links = Array.from({ length: 12 }, (_, i) => `<li><a href="/news/${i}">Harbour story number ${i} of the week</a></li>`).join('');
    expect(extract(page(`<title>Gazette</titel><body><ul>${links}</ul>`), { url: URL })).toMatchObject({ ok: false, reason: 'not-an-article' });
  });

  it('leaves a page without text alone when its title is a title, even one that names tags', () => {
    expect(extract(page('<title>Harbourside Gazette</title>'), { url: URL })).toMatchObject({ ok: false, reason: 'empty' });
    expect(extract(page('<title>Why <p>, <div> and <span> still matter</title>'), { url: URL })).toMatchObject({ ok: false, reason: 'empty' });
  });
});
