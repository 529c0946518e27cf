/**
 * Hidden elements: what the page does not show must not be read out as the article. Attribute
 * signals only: the clone is detached and has no layout, so computed style is not available.
 * Motivated by cookie-and-hidden.html (a hidden "print edition" duplicate, a closed modal) and
 * hidden-teaser-copy.html (a long hidden copy of the teaser the page shows).
 */
import type { DeclutterStep } from './step';
import { liveElements } from './signals';
import { normalizeSpace } from '../text';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;
/** Class tokens frameworks use for "not shown": exact tokens only. */
const HIDDEN_CLASS = /^(?:hidden|hide|is-hidden|d-none|u-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|screen-reader-only|offscreen|element-invisible)$/;

const IMAGE_TAGS = new Set(['IMG', 'PICTURE']);

/**
 * A "hidden" class removes only short boxes: themes toggle long sections (the rest of the article
 * behind "Read more") with the same classes, and those are shown once scripts run. A long one
 * goes only when its text is shown elsewhere on the page too: a second version of the same story
 * kept hidden for another audience (a subscriber's and a visitor's teaser), which a reader would
 * otherwise read twice. Nothing is lost by taking it.
 */
const MAX_HIDDEN_CLASS_TEXT = 200;

const isHiddenClass = (cls: string) => cls.toLowerCase().split(/\s+/).some((t) => HIDDEN_CLASS.test(t));

export const removeHidden: DeclutterStep = {
  name: 'remove-hidden',
  run(ctx) {
    // The page's text, read only when a long hidden box asks, and again after one goes.
    let pageText: string | null = null;
    const shownTwice = (text: string) => {
      pageText ??= normalizeSpace(ctx.body.textContent ?? '');
      return pageText.indexOf(text) !== pageText.lastIndexOf(text);
    };
    for (const el of liveElements(ctx)) {
      const tag = el.nodeName;
      if (tag === 'TEMPLATE') {
        ctx.remove(el, this.name, '<template> is never shown');
        continue;
      }
      if (tag === 'DIALOG' && !el.hasAttribute('open')) {
        ctx.remove(el, this.name, 'closed <dialog>');
        continue;
      }
      if (el.hasAttribute('hidden')) {
        ctx.remove(el, this.name, 'hidden attribute');
        continue;
      }
      // Readability keeps aria-hidden "fallback-image" pictures; so do we (images only).
      if (el.getAttribute('aria-hidden') === 'true' && tag !== 'IMG' && tag !== 'FIGURE' && tag !== 'PICTURE' && !ctx.hasDescendant(el, IMAGE_TAGS)) {
        ctx.remove(el, this.name, 'aria-hidden="true"');
        continue;
      }
      const style = el.getAttribute('style');
      if (style && HIDDEN_STYLE.test(style)) {
        ctx.remove(el, this.name, `style "${style.trim().slice(0, 40)}"`);
        continue;
      }
      const cls = el.getAttribute('class');
      // Screen-reader-only and hidden-class text is short ("Share on Facebook", "Advertisement");
      // a long hidden block may be content a script reveals ("read more"): keep it.
      if (!cls || !isHiddenClass(cls)) continue;
      if (ctx.textLength(el) < MAX_HIDDEN_CLASS_TEXT) {
        ctx.remove(el, this.name, `class "${cls.trim().slice(0, 40)}"`);
      } else if (shownTwice(normalizeSpace(el.textContent ?? ''))) {
        // Its text read directly, not through ctx.text: that caches, and a long box kept here
        // loses descendants to later steps, which must then see its text as it is.
        ctx.setAside(el);
        if (ctx.remove(el, this.name, 'hidden copy of text the page shows')) pageText = null;
      }
    }
  },
};
