/**
 * Newsletter and subscription boxes: "Sign up for our morning briefing", email fields, "Subscribe
 * for unlimited access". Signals: newsletter/subscribe class on a short box, or a short box whose
 * text is a sign-up pitch (with an email field or a sign-up phrase).
 * Motivated by clutter-inside-article.html (a newsletter box between paragraphs).
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';

const SIG = /(?:^|[-_])(?:newsletter|newsletters|subscribe|subscription|signup|sign-up|email-?signup|optin|opt-in|nl-?signup|inline-?newsletter|promo-?newsletter)(?:$|[-_\d])/;
const PITCH = /\b(?:sign up (?:for|to) (?:our|the|my)|subscribe (?:to|for) (?:our|the|my)|(?:our|the|free) (?:daily |weekly |morning |evening )?newsletter|delivered (?:straight )?to your inbox|in your inbox|enter your e-?mail|your e-?mail address|subscribe now|get (?:the|our) (?:latest|best)[\w ]* (?:by|via|in your) e-?mail|become a (?:member|subscriber)|support (?:our|independent) journalism|click here to sign up|(?:news|e-?mail) alerts|headlines (?:per|by|via) e-?mail)\b/i;

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
      if (len === 0 || len > 600) continue;
      const sigHit = hasToken(ctx, el, SIG);
      const emailField = holdsEmailField.has(el);
      if (!sigHit && !emailField && len > 300) continue;
      const text = ctx.text(el);
      if (!PITCH.test(text) && !(sigHit && emailField)) continue;
      if (!sigHit && !emailField && el.childElementCount === 0 && len > 200) continue;
      ctx.remove(climbToBox(ctx, el, 600, 40), this.name, sigHit ? 'newsletter class with a sign-up pitch' : `sign-up pitch "${text.slice(0, 50)}"`);
    }
  },
};
