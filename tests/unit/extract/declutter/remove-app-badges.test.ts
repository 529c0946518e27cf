import { describe, expect, it } from 'vitest';
import { removeAppBadges } from '../../../../utils/extract/declutter/remove-app-badges';
import { runStep, story } from './helpers';

describe('remove-app-badges', () => {
  it('removes app-store badge rows and a "get our app" promo', () => {
    const { text, removed } = runStep(removeAppBadges, `<article><h1>Ferry returns</h1>${story()}
      <p class="promo">Get our free app for breaking news from the coast.</p>
    </article>
    <div class="apps"><a href="https://apps.apple.com/app/harbour-news/id100000">Apple</a> <a href="https://play.google.com/store/apps/details?id=example.harbour">Android</a></div>
    <div><a href="/apps"><img src="/img/download-on-app-store.svg" alt="Download on the App Store"></a></div>`);
    expect(text).not.toContain('Get our free app');
    expect(text).not.toContain('Apple Android');
    expect(removed.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it('keeps story text about an app, an image that is not a badge, and a list in the article', () => {
    const said = 'Passengers can now get the app made by the operator to see where the ferry is, and the harbour office will help anyone without a phone.';
    const { text, doc } = runStep(removeAppBadges, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <figure><img src="/img/phone-timetable.jpg" alt="The timetable on a phone"><figcaption>The new timetable, as the operator's app shows it.</figcaption></figure>
      <ul><li>Tickets: at the quay or in the app</li><li>Bicycles: free</li></ul>
    </article>`);
    expect(text).toContain(said);
    expect(text).toContain("The new timetable, as the operator's app shows it.");
    expect(text).toContain('Tickets: at the quay or in the app');
    expect(doc.querySelector('img[src="/img/phone-timetable.jpg"]')).not.toBeNull();
  });
});
