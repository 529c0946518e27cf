import { describe, expect, it } from 'vitest';
import { removePageChrome } from '../../../../utils/extract/declutter/remove-page-chrome';
import { runStep, story } from './helpers';

const SITE_HEADER = `<header class="masthead"><a href="/">Harbour News</a><form role="search"><input name="q"></form></header>
  <nav><ul><li><a href="/local">Local</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>`;
const SITE_FOOTER = `<footer><p>© 2024 Harbour News Ltd. <a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></p></footer>`;

describe('remove-page-chrome', () => {
  it('removes the site frame: navigation, site header and footer, breadcrumbs, link sidebar, tag line, author bio box', () => {
    const { text, removed } = runStep(removePageChrome, `${SITE_HEADER}
      <div class="breadcrumbs"><a href="/">Home</a> › <a href="/local">Local</a></div>
      <main><article><h1>Ferry returns</h1>${story()}
        <p>Tags: <a href="/tag/ferries">ferries</a>, <a href="/tag/islands">islands</a></p>
        <div class="author-bio"><p>Mara Quinn covers the harbour, the islands and the fishing fleet for Harbour News. She has reported from the coast for twelve years and writes the weekly tide table column.</p></div>
      </article></main>
      <div class="sidebar"><h3>Popular</h3><ul><li><a href="/a">Lifeboat crew honoured</a></li><li><a href="/b">Beach huts for sale</a></li></ul></div>
      ${SITE_FOOTER}`);
    for (const gone of ['Sport', 'Weather', 'Home › Local', 'Tags: ferries', 'Mara Quinn covers the harbour', 'Lifeboat crew honoured', '© 2024 Harbour News Ltd.']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
    expect(removed.length).toBeGreaterThanOrEqual(6);
  });

  it('removes author boxes named as cards, as a BEM element of a review, or by the common author-box plugin', () => {
    const bio = (name: string) => `<p>${name} writes about ferries, tides and island life for Harbour News; before that she spent ten years as a deckhand on the night crossings.</p>`;
    const { text } = runStep(removePageChrome, `<main><article><h1>Ferry returns</h1>${story()}
        <div class="author-card details__author-card">${bio('Ana Ruiz')}</div>
        <section class="review__authorbox">${bio('Lena Berg')}</section>
        <div class="saboxplugin-wrap">${bio('Jo Marsh')}</div>
      </article></main>`);
    for (const gone of ['Ana Ruiz', 'Lena Berg', 'Jo Marsh']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it("keeps the article's own header and footer, a site header holding the only headline, a table and a long box named like a column", () => {
    const column = 'The harbour master kept a diary through the winter, noting every gale, every night the sea came over the wall and every morning the crews went out to count the broken piles. Her entries, read at the council meeting, were the reason the repair was voted through before spring. She wrote that the old stage had stood for sixty years and that nobody alive had seen it damaged like this. The last entry, from the week the ferry came back, lists the names of the carpenters and divers who worked through February, and ends with a line about the first gull to land on the new rail. The diary is now kept in the library on the largest island, where anyone may read it.';
    const { text, doc } = runStep(removePageChrome, `<header><h1>Ferry returns to the islands</h1></header>
      <main><article>
        <header><p class="byline">By Mara Quinn, 4 March 2024</p><div class="article__author-card"><a href="/authors/mara-quinn">Mara Quinn</a></div></header>
        ${story()}
        <table><caption>Crossings per day</caption><tr><th>Winter</th><td>3</td></tr><tr><th>Summer</th><td>5</td></tr></table>
        <div class="right-column"><p>${column}</p></div>
        <footer><p>Correction: an earlier version of this story gave the wrong date for the council vote.</p></footer>
      </article></main>`);
    for (const kept of ['Ferry returns to the islands', 'By Mara Quinn, 4 March 2024', 'Crossings per day', column, 'Correction: an earlier version']) {
      expect(text).toContain(kept);
    }
    // The byline's author card (a name, shorter than a bio) stays in the header.
    expect(doc.querySelector('.article__author-card')).not.toBeNull();
    expect(doc.querySelectorAll('table tr')).toHaveLength(2);
  });
});
