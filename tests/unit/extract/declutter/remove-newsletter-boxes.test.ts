import { describe, expect, it } from 'vitest';
import { removeNewsletterBoxes } from '../../../../utils/extract/declutter/remove-newsletter-boxes';
import { runStep, story } from './helpers';

describe('remove-newsletter-boxes', () => {
  it('removes a sign-up box with an email field and a plain "in your inbox" pitch between paragraphs', () => {
    const { text, removed } = runStep(removeNewsletterBoxes, `<article><h1>Ferry returns</h1>${story(3)}
      <div class="inline-newsletter"><h3>The Morning Tide</h3><p>Sign up for our daily newsletter.</p><form><input type="email" placeholder="Your email address"><button>Sign up</button></form></div>
      ${story(5).split('\n').slice(3).join('\n')}
      <div class="box-q"><p>Get the latest island news delivered straight to your inbox.</p></div>
    </article>`);
    expect(text).not.toContain('The Morning Tide');
    expect(text).not.toContain('Sign up for our daily newsletter');
    expect(text).not.toContain('delivered straight to your inbox');
    expect(removed.length).toBe(2);
    expect(text).toContain('The operator plans to run three crossings a day until Easter');
  });

  it('keeps a story paragraph and a quote that mention a newsletter, a series intro pointing to the feed, and a form without a pitch', () => {
    const said = 'The harbour office announced the new timetable in the weekly newsletter it sends to fishermen, and islanders without email were sent a printed copy by the post boat on Saturday, two days before the first crossing.';
    const { text, doc } = runStep(removeNewsletterBoxes, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <p><i>Each week this blog features a harbour the editors liked. If you'd like to see every new one as it is published, subscribe to the <a href="/feed">RSS feed</a>.</i></p>
      <blockquote><p>“They sent us a newsletter about the repairs, as if a newsletter could carry the groceries,” said one islander.</p><p>She had waited four months for the boat, and she said so at every council meeting.</p></blockquote>
      <form class="tide-lookup"><label>Date <input type="date" name="day"></label><button>Show the tides</button></form>
    </article>`);
    expect(text).toContain(said);
    expect(text).toContain('as if a newsletter could carry the groceries');
    expect(text).toContain('subscribe to the RSS feed');
    expect(doc.querySelector('form.tide-lookup')).not.toBeNull();
  });

  it('removes a sidebar box offering e-mail updates with no spam, but never the box that holds the headline', () => {
    const { text } = runStep(removeNewsletterBoxes, `<div id="wrapper"><div class="post"><h1>Ferry returns</h1><p>by Mara Quinn on March 4</p><img src="/ferry.jpg" alt="The ferry"></div>
      <div class="side"><div class="emailupdates"><div>Get Email Updates (It's Free)</div><form><input type="text" name="email"></form><div>One email a month &amp; no spam. Ever.</div></div></div></div>`);
    expect(text).not.toContain('Get Email Updates');
    expect(text).not.toContain('no spam');
    expect(text).toContain('Ferry returns');
    expect(text).toContain('by Mara Quinn on March 4');
  });
});
