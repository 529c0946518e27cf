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

  it("removes author boxes named as cards, as a BEM element of a review, by the common author-box plugin, and a blog owner's profile block", () => {
    const bio = (name: string) => `<p>${name} writes about ferries, tides and island life for Harbour News; before that she spent ten years as a deckhand on the night crossings.</p>`;
    const { text } = runStep(removePageChrome, `<main><article><h1>Ferry returns</h1>${story()}
        <div class="author-card details__author-card">${bio('Ana Ruiz')}</div>
        <section class="review__authorbox">${bio('Lena Berg')}</section>
        <div class="saboxplugin-wrap">${bio('Jo Marsh')}</div>
      </article></main>
      <div class="about"><div class="profile-block"><a href="/profile">Kit Lowe (@harbourkit)</a>${bio('Kit Lowe')}</div></div>`);
    for (const gone of ['Ana Ruiz', 'Lena Berg', 'Jo Marsh', 'Kit Lowe']) expect(text).not.toContain(gone);
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

  it("removes a blog host's sidebar modules, sidebars named by side, an author box named with underscores and previous/next post lines", () => {
    const { text } = runStep(removePageChrome, `<div id="alpha"><h1>Ferry returns</h1>${story()}
        <div class="about_author"><p>Mara Quinn covers the harbour, the islands and the fishing fleet for Harbour News, and has written the weekly tide table column for twelve years.</p></div>
        <p class="content-nav">Previous post: <a href="/2024/03/storm-nets">Mending nets after the storm</a></p>
        <p>Next Article <a href="/2024/03/apples">Apples for the island school</a></p>
        <p>Vorheriger Beitrag: <a href="/2024/03/winter">Der Winter am Hafen</a></p>
        <table><tr><td><a href="/2024/03/quay"><img src="/prev.png" alt=""></a></td><td><div><b>Previous Article</b></div></td></tr></table>
        <div class="yarpp"><h3>Related posts</h3><p>No related posts.</p></div>
      </div>
      <div class="module-typelist module"><h2>About this blog</h2><p>Harbour News is written from the ferry office on the east quay.</p></div>
      <div class="module-archives module"><h2>Archives</h2><ul><li><a href="/2024/03/">March 2024</a></li></ul></div>
      <div id="right-sidebar"><p>Our readers' photographs of the quay, every Friday.</p></div>
      <div class="sidebar_left"><p>Tide tables for the week ahead.</p></div>`);
    for (const gone of ['Mara Quinn covers', 'Previous post', 'Mending nets', 'Next Article', 'Previous Article', 'No related posts', 'Vorheriger Beitrag', 'written from the ferry office', 'March 2024', "readers' photographs", 'Tide tables']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it("removes a blog's credit line: the platform it is powered by, with the site's ©", () => {
    const { text } = runStep(removePageChrome, `<div id="main"><h1>Ferry returns</h1>${story()}</div>
      <div class="credit">If you find anything interesting here and share it, please link back :-)<br>(c) 2024 Harbour Notes | powered by <a href="https://wordpress.example/">WordPress</a></div>
      <p>Powered by <a href="https://movabletype.example/">Movable Type</a>. Photo at top by Jo Lenz.</p>`);
    for (const gone of ['link back', 'Harbour Notes', 'Movable Type', 'Jo Lenz']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it('keeps a story line that begins like post navigation but is prose, a story sentence naming a blog platform, and a box merely called a module', () => {
    const line = 'Next story time at the library is on Friday, when the harbour master reads to the children about the winter repairs and the divers who worked under the stage.';
    const platform = 'The harbour office opened its new site, powered by WordPress, on Monday.';
    const { text } = runStep(removePageChrome, `<main><article><h1>Ferry returns</h1>${story(3)}
      <p>${platform.replace('WordPress', '<a href="https://wordpress.example/">WordPress</a>')}</p>
      <p>${line}</p>
      <div class="module-story module"><p>The pontoon will be lifted out on Thursday for its winter repairs.</p></div>
    </article></main>`);
    expect(text).toContain(line);
    expect(text).toContain(platform);
    expect(text).toContain('The pontoon will be lifted out on Thursday');
  });
});
