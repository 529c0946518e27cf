/**
 * The header's lead: found after the headline before Readability runs, put back at the top of the
 * article when Readability left it out — and the boxes that are not a lead.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findHeaderLead, restoreHeaderLead } from '../../../utils/extract/header-lead';

const page = (body: string) => new JSDOM(`<!doctype html><html><body>${body}</body></html>`, { url: 'https://news.example/2024/story' }).window.document;

const TITLE = 'Library reopens after the flood';
const LEAD = 'The town library opened its doors again on Monday, eight months after the river flooded its ground floor.';
const BODY = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the story tells how the shelves were dried, the books sorted and the carpets replaced by a tiled floor that can be washed down.</p>`).join('');

describe('findHeaderLead', () => {
  it('takes the intro box after the headline and byline, as lines of text', () => {
    const doc = page(`<div class="story-header"><h1>${TITLE}</h1><p class="byline">By Ana Ruiz, 3 May</p><div class="story-intro"><p>${LEAD}</p></div></div><div class="story-body">${BODY}</div>`);
    expect(findHeaderLead(doc, `${TITLE} | Town News`)).toEqual([LEAD]);
  });

  it('leaves out the byline, credit and date the lead box holds', () => {
    const doc = page(`<div class="top"><h1>${TITLE}</h1><p class="summary">${LEAD}<br><span class="story-credit">By the County Press Office</span> <time>3 May</time></p></div>`);
    expect(findHeaderLead(doc, TITLE)).toEqual([LEAD]);
  });

  it('finds the headline when a kicker is glued to it and the class is written in camel case', () => {
    const doc = page(`<header><h2><span>Town</span><span class="sr-only">:</span><span>${TITLE}</span></h2><p class="contentHeader__standfirst">${LEAD}</p></header>${BODY}`);
    expect(findHeaderLead(doc, `Town: ${TITLE}`)).toEqual([LEAD]);
  });

  it('reads a lead name the template hyphenates ("stand-first"), and no other word made of two (a "sub-nav" box)', () => {
    const noStop = LEAD.slice(0, -1);
    const doc = page(`<div id="story-top"><h1>${TITLE}</h1><p id="stand-first" class="stand-first-alone">${noStop}</p></div><div class="story-body">${BODY}</div>`);
    expect(findHeaderLead(doc, TITLE)).toEqual([noStop]);
    const nav = page(`<div id="story-top"><h1>${TITLE}</h1><div class="sub-nav">${noStop}</div></div><div class="story-body">${BODY}</div>`);
    expect(findHeaderLead(nav, TITLE)).toBeNull();
  });

  it('takes no related-story teaser: a linked headline in a teaser box, or a teaser met after the body', () => {
    const linked = page(`<div class="story"><h1>${TITLE}</h1><div class="teaser"><a href="/other">Council votes on the new swimming pool plans after a long debate on the costs of heating it</a></div>${BODY}</div>`);
    // What follows the teaser is the body's first paragraph (the article holds it: restoring adds nothing).
    expect(findHeaderLead(linked, TITLE)).toEqual([expect.stringMatching(/^Paragraph 1 /)]);
    const after = page(`<article><h1>${TITLE}</h1><div class="body">${BODY}</div><div class="teaser"><p>${LEAD}</p></div></article>`);
    expect(findHeaderLead(after, TITLE)).toEqual([expect.stringMatching(/^Paragraph 1 /)]);
  });

  it('takes an unnamed paragraph between the headline and the body when it is prose: long, ending as a sentence', () => {
    const doc = page(`<div class="top"><h1>${TITLE}</h1><p><strong>${LEAD}</strong></p></div><div class="row"><div class="text">${BODY}</div></div>`);
    expect(findHeaderLead(doc, TITLE)).toEqual([LEAD]);
  });

  it("takes nothing from the author's box under the headline (a bio named as a description, a plain paragraph)", () => {
    const bio = 'Ana Ruiz covers the county council and the courts, and before that wrote about farming for twelve years.';
    const named = page(`<div class="post"><h1>${TITLE}</h1><div class="author-box"><h4>Ana Ruiz</h4><div class="description"><p>${bio}</p></div></div></div><div class="body">${BODY}</div>`);
    expect(findHeaderLead(named, TITLE)).toBeNull();
    const plain = page(`<div class="post"><h1>${TITLE}</h1><div class="author_container"><p>${bio}</p></div></div><div class="body">${BODY}</div>`);
    expect(findHeaderLead(plain, TITLE)).toBeNull();
  });

  it('takes no unnamed line that is short or does not end as a sentence (a byline, a photo credit)', () => {
    const byline = page(`<h1>${TITLE}</h1><p>By Ana Ruiz and Tomas Berg, staff reporters, with additional reporting from the county desk in Hollow Bay</p>`);
    expect(findHeaderLead(byline, TITLE)).toBeNull();
    expect(findHeaderLead(page(`<h1>${TITLE}</h1><p>Photo: Ana Ruiz.</p>`), TITLE)).toBeNull();
  });

  it("takes no blog's description under the blog's name: a heading that is a small part of the title is the site's name", () => {
    const doc = page(`<div class="header"><h1><a href="/">Notes from the Allotment</a></h1><p class="description">A retired teacher writes about beans, weather and the neighbours' cats, every week since the spring of 2009.</p></div><div class="post"><h3>${TITLE}</h3>${BODY}</div>`);
    expect(findHeaderLead(doc, `Notes from the Allotment: ${TITLE} and what the volunteers found in the basement`)).toBeNull();
    // The site's name is most of a short title, but its heading links to the home page.
    expect(findHeaderLead(doc, `Notes from the Allotment: ${TITLE}`)).toBeNull();
  });

  it('takes no short label and nothing on a page without a headline it can tell', () => {
    expect(findHeaderLead(page(`<h1>${TITLE}</h1><p class="intro">Updated 3 May</p>${BODY}`), TITLE)).toBeNull();
    expect(findHeaderLead(page(`<h1>Menu</h1><h1>${TITLE}x</h1><p class="intro">${LEAD}</p>`), 'Something else entirely')).toBeNull();
  });
});

describe('restoreHeaderLead', () => {
  const article = (inner: string) => {
    const doc = page(`<div id="readability-page-1"><div>${inner}</div></div>`);
    return doc.getElementById('readability-page-1')!;
  };

  it('puts the lead first, as its own paragraph', () => {
    const root = article(BODY);
    restoreHeaderLead(root, [LEAD], TITLE);
    expect(root.querySelector('p')!.textContent).toBe(LEAD);
    expect(root.querySelectorAll('p')).toHaveLength(5);
  });

  it('adds nothing when the article already holds the lead (a line break inside it too), or the lead is the title', () => {
    const held = article(`<p><strong>OPENING DAY</strong><br>${LEAD}</p>${BODY}`);
    restoreHeaderLead(held, ['OPENING DAY', LEAD], TITLE);
    expect(held.querySelectorAll('p')).toHaveLength(5);
    const root = article(`<p>${LEAD}</p>${BODY}`);
    restoreHeaderLead(root, [LEAD], TITLE);
    expect(root.querySelectorAll('p')).toHaveLength(5);
    const other = article(BODY);
    restoreHeaderLead(other, [TITLE], TITLE);
    expect(other.querySelectorAll('p')).toHaveLength(4);
  });
});
