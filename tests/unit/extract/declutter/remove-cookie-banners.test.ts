import { describe, expect, it } from 'vitest';
import { removeCookieBanners } from '../../../../utils/extract/declutter/remove-cookie-banners';
import { runStep, story } from './helpers';

describe('remove-cookie-banners', () => {
  it('removes a consent banner named as one and a consent dialog without a telling class', () => {
    const { text, removed } = runStep(removeCookieBanners, `<article><h1>Ferry returns</h1>${story()}</article>
      <div id="cookie-notice" class="banner"><p>We use cookies to improve your experience and to measure our audience.</p><button>Accept all</button><button>Manage preferences</button></div>
      <div role="dialog" class="overlay-box"><h2>Your privacy</h2><p>We and our partners store and access information on your device. You can give or refuse consent.</p><button>Agree</button></div>`);
    expect(text).not.toContain('We use cookies');
    expect(text).not.toContain('Manage preferences');
    expect(text).not.toContain('give or refuse consent');
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
    expect(removed.map((r) => r.step)).toEqual(['remove-cookie-banners', 'remove-cookie-banners']);
  });

  it('keeps story text about cookies and consent, and a dialog that is not about consent', () => {
    const bakery = 'The island bakery sold out of its ginger cookies by noon, and the council gave its consent for a second market stall on the quay.';
    const { text } = runStep(removeCookieBanners, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${bakery}</p>
      <blockquote><p>“Without the ferry, nobody could give consent for anything: the forms went by boat,” said a councillor.</p></blockquote>
      <div role="dialog" aria-label="Photo"><img src="/img/stage.jpg" alt="The new stage"><p>The rebuilt landing stage at low tide.</p></div>
    </article>`);
    expect(text).toContain(bakery);
    expect(text).toContain('nobody could give consent for anything');
    expect(text).toContain('The rebuilt landing stage at low tide.');
  });
});
