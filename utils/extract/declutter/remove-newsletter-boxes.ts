/**
 * Newsletter and subscription boxes: "Sign up for our morning briefing", email fields, "Subscribe
 * for unlimited access". Signals: newsletter/subscribe class on a short box, or a short box whose
 * text is a sign-up pitch (with an email field or a sign-up phrase).
 * Motivated by clutter-inside-article.html (a newsletter box between paragraphs).
 */
import { anyOf } from '../word-lists';
import type { DeclutterStep } from './step';
import { climbToBox, H1, hasToken, liveElements } from './signals';

const SIG = /(?:^|[-_])(?:newsletter|newsletters|subscribe|subscription|signup|sign-up|email-?signup|optin|opt-in|nl-?signup|inline-?newsletter|promo-?newsletter)(?:$|[-_\d])/;
/** Sign-up pitches: the invitation, the inbox promise, the e-mail field's label, the membership ask. */
const PITCH = new RegExp(`\\b(?:${anyOf(
  ['sign up (?:for|to) (?:our|the|my)', 'subscribe (?:to|for) (?:our|the|my)(?! (?:rss|atom|feed|podcast))', '(?:our|the|free) (?:daily |weekly |morning |evening )?newsletter'],
  ['delivered (?:straight )?to your inbox', 'in your inbox', '(?:get|receive) (?:free )?e-?mail updates', 'no spam'],
  ['enter your e-?mail', 'your e-?mail address', 'subscribe now', 'get (?:the|our) (?:latest|best)[\\w ]* (?:by|via|in your) e-?mail'],
  ['become a (?:member|subscriber)', 'support (?:our|independent) journalism'],
  ['click here to sign up', '(?:news|e-?mail) alerts', 'headlines (?:per|by|via) e-?mail'],
)})\\b`, 'i');

/** A sign-up box: heading, pitch, field, button and the privacy line; more text is an article. */
const MAX_BOX_TEXT = 600;
/** Without a newsletter class or an e-mail field, only a pitch this short is a promo, not prose about newsletters. */
const MAX_PITCH_TEXT = 300;
/** A single paragraph that pitches: longer is a paragraph of the story that mentions a newsletter. */
const MAX_PITCH_LEAF_TEXT = 200;
/** Wrappers may add a heading's worth of text around the box. */
const BOX_SLACK = 40;

export const removeNewsletterBoxes: DeclutterStep = {
  name: 'remove-newsletter-boxes',
  run(ctx) {
    // Ancestors of email fields, from one pass over the inputs (not a selector per element).
    const holdsEmailField = new Set<Element>();
    for (const input of ctx.descendants(ctx.body, 'INPUT')) {
      const type = (input.getAttribute('type') ?? '').toLowerCase();
      const name = `${input.getAttribute('name') ?? ''} ${input.getAttribute('placeholder') ?? ''}`.toLowerCase();
      if (type !== 'email' && !name.includes('email') && !name.includes('e-mail')) continue;
      for (let p = input.parentElement; p && p !== ctx.body && !holdsEmailField.has(p); p = p.parentElement) holdsEmailField.add(p);
    }
    for (const el of liveElements(ctx)) {
      const len = ctx.textLength(el);
      if (len === 0 || len > MAX_BOX_TEXT) continue;
      const sigHit = hasToken(ctx, el, SIG);
      const emailField = holdsEmailField.has(el);
      if (!sigHit && !emailField && len > MAX_PITCH_TEXT) continue;
      const text = ctx.text(el);
      if (!PITCH.test(text) && !(sigHit && emailField)) continue;
      if (!sigHit && !emailField && el.childElementCount === 0 && len > MAX_PITCH_LEAF_TEXT) continue;
      // A page of a picture and a few lines is itself shorter than a sign-up box may be: the box
      // that holds the headline is the page, not its promo.
      if (ctx.hasDescendant(el, H1)) continue;
      ctx.remove(climbToBox(ctx, el, MAX_BOX_TEXT, BOX_SLACK), this.name, sigHit ? 'newsletter class with a sign-up pitch' : `sign-up pitch "${text.slice(0, 50)}"`);
    }
  },
};
