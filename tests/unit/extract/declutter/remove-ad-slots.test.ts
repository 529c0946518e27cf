import { describe, expect, it } from 'vitest';
import { removeAdSlots } from '../../../../utils/extract/declutter/remove-ad-slots';
import { runStep, story } from './helpers';

describe('remove-ad-slots', () => {
  it('removes ad slots by their class, AdSense slots, and ad labels', () => {
    const { text, doc } = runStep(removeAdSlots, `<div class="ad-leaderboard"><span>Leaderboard 728x90</span></div>
      <article><h1>Ferry returns</h1>${story(3)}
        <div class="box-w"><p>Story continues below advertisement</p></div>
        <div class="dfp"><iframe src="/ads/frame"></iframe></div>
        ${story(5).split('\n').slice(3).join('\n')}
        <ins class="adsbygoogle" data-ad-slot="1"></ins>
        <p>Advertisement</p>
      </article>`);
    for (const gone of ['Leaderboard 728x90', 'Story continues below advertisement', 'Advertisement']) expect(text).not.toContain(gone);
    expect(doc.querySelector('.dfp, ins.adsbygoogle')).toBeNull();
    expect(text).toContain('The operator plans to run three crossings a day until Easter');
  });

  it('removes ad labels dressed in dashes, stars or a colon, with the picture link of the ad under the label', () => {
    const { text, doc } = runStep(removeAdSlots, `<article><h1>Fähre fährt wieder</h1>${story(3)}
      <center> - Anzeige- <br><br><a href="https://tracker.example/click?id=7"><img src="https://tracker.example/banner.gif"></a><br></center>
      ${story(5).split('\n').slice(3).join('\n')}
      <div><small>Anzeige:</small></div>
      <p>*Advertisement*</p>
    </article>`);
    for (const gone of ['Anzeige', 'Advertisement']) expect(text).not.toContain(gone);
    expect(doc.querySelector('img[src*="banner"]')).toBeNull();
    expect(text).toContain('The operator plans to run three crossings a day until Easter');
  });

  it('keeps a story line that only starts with the word, and a picture box with its caption', () => {
    const complaint = 'Anzeige gegen Unbekannt: Der Hafenmeister hat den Schaden an der Rampe gemeldet.';
    const { text, doc } = runStep(removeAdSlots, `<article><h1>Fähre fährt wieder</h1>${story(3)}
      <p>${complaint}</p>
      <figure><a href="/img/rampe.jpg"><img src="/img/rampe.jpg"></a><br><figcaption>Die neue Rampe am Anleger</figcaption></figure>
    </article>`);
    expect(text).toContain(complaint);
    expect(text).toContain('Die neue Rampe am Anleger');
    expect(doc.querySelector('img[src="/img/rampe.jpg"]')).not.toBeNull();
  });

  it('keeps story text about advertising, a pull quote and boxes whose class only contains "ad" inside a word', () => {
    const said = 'Advertising on the ferry’s funnel paid for part of the repair, the operator said, and a local bakery bought the first year.';
    const { text } = runStep(removeAdSlots, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <aside class="shadow-box pullquote"><p>“The boat is our road.”</p></aside>
      <div class="header-load"><h2>The tide table</h2></div>
      <div class="read-more-lead"><p>Bookings open on Friday.</p></div>
    </article>`);
    for (const kept of [said, '“The boat is our road.”', 'The tide table', 'Bookings open on Friday.']) expect(text).toContain(kept);
  });
});
