import { describe, expect, it } from 'vitest';
import { removeHidden } from '../../../../utils/extract/declutter/remove-hidden';
import { runStep, story } from './helpers';

describe('remove-hidden', () => {
  it('removes what the page does not show: hidden attribute, display:none, closed dialogs, templates, screen-reader labels', () => {
    const { text, removed } = runStep(removeHidden, `<article><h1>Ferry returns</h1>${story()}
      <div hidden><p>Print edition: Ferry returns to the islands after the winter storm damage.</p></div>
      <div style="color: red; display: none"><p>Loading the interactive timetable…</p></div>
      <dialog><p>Before you go: our weekend reading list.</p></dialog>
      <template><p>Template card title</p></template>
      <a href="/share"><span class="sr-only">Share on Facebook</span></a>
      <div aria-hidden="true">Swipe for more</div>
    </article>`);
    for (const gone of ['Print edition', 'interactive timetable', 'weekend reading list', 'Template card', 'Share on Facebook', 'Swipe for more']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
    expect(removed.every((r) => r.step === 'remove-hidden')).toBe(true);
  });

  it('keeps an open dialog, an aria-hidden picture, shown styles, look-alike classes and a long collapsed section', () => {
    const longSection = 'The full timetable for the summer season lists every crossing, the tide it waits for and the stops it makes at the smaller islands on request, with the fares for foot passengers, cyclists and vans, and the number to call when the weather closes the route.';
    const { text, doc } = runStep(removeHidden, `<article><h1>Ferry returns</h1>${story()}
      <figure aria-hidden="true"><img src="/img/landing-stage.jpg" alt=""></figure>
      <figure><img src="/img/quay.jpg" alt="The quay"><figcaption>Passengers queue at the rebuilt landing stage.</figcaption></figure>
      <dialog open><p>Crossings are free for islanders this week.</p></dialog>
      <p style="display: block">The first crossing left at seven.</p>
      <p class="hide-on-print">Timetables are posted at the quay.</p>
      <div class="hidden"><p>${longSection}</p></div>
    </article>`);
    expect(doc.querySelector('img[src="/img/landing-stage.jpg"]')).not.toBeNull();
    for (const kept of ['Passengers queue at the rebuilt landing stage.', 'Crossings are free for islanders this week.', 'The first crossing left at seven.', 'Timetables are posted at the quay.', longSection]) {
      expect(text).toContain(kept);
    }
  });

  it('takes a long hidden copy of the story the page also shows, even where it comes first, and keeps the shown one', () => {
    // A visitor's and a subscriber's version of the same teaser, one of them hidden by class.
    const teaser = `<h3 class="byline">By Ines Carvalho</h3>${story(3)}`;
    const { text } = runStep(removeHidden, `<div id="subscriber-teaser" class="article hidden">${teaser}</div>
      <div id="visitor-teaser" class="article">${teaser}</div>`);
    const lead = 'The ferry to the outer islands ran again on Monday';
    expect(text.split(lead).length - 1).toBe(1);
    expect(text).toContain('The council approved the repair budget in January');
  });
});
