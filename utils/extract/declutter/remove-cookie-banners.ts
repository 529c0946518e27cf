/**
 * Cookie and consent banners: overlays about the site, not the story. Class/id signal
 * (cookie, consent, gdpr, cmp) confirmed by text, or consent text in a small dialog/fixed box.
 * Motivated by cookie-and-hidden.html.
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';

const SIG = /(?:cookie|consent|gdpr|cmp-|^cmp$|onetrust|cookiebot|didomi|truste|privacy-banner|euconsent|cc-window|cc-banner)/;
const TEXT = /\b(?:cookies?|consent|gdpr|privacy (?:policy|settings|preferences)|we use (?:cookies|technologies)|accept all|manage (?:preferences|settings|options))\b/i;

/** A consent banner with its vendor list stays under this; more text is a privacy policy page. */
const MAX_BANNER_TEXT = 1500;
/** A consent-named box with only a button's text ("Accept", "OK") is the banner's remains. */
const MAX_BARE_BUTTON_TEXT = 40;
/** Wrappers around the banner add at most a close button's text. */
const BANNER_BOX_SLACK = 10;

export const removeCookieBanners: DeclutterStep = {
  name: 'remove-cookie-banners',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const len = ctx.textLength(el);
      if (len > MAX_BANNER_TEXT) continue;
      const sigHit = hasToken(ctx, el, SIG);
      const role = el.getAttribute('role');
      const dialogish = role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true' || el.nodeName === 'DIALOG';
      if (!sigHit && !dialogish) continue;
      const text = ctx.text(el);
      if (!TEXT.test(text) && !(sigHit && len < MAX_BARE_BUTTON_TEXT)) continue;
      ctx.remove(climbToBox(ctx, el, MAX_BANNER_TEXT, BANNER_BOX_SLACK), this.name, sigHit ? 'cookie/consent class with consent text' : 'dialog with consent text');
    }
  },
};
