/**
 * Hidden elements: what the page does not show must not be read out as the article. Attribute
 * signals only: the clone is detached and has no layout, so computed style is not available.
 * Motivated by cookie-and-hidden.html (a hidden "print edition" duplicate, a closed modal).
 */
import type { DeclutterStep } from './step';
import { liveElements } from './signals';

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important)?\s*(?:;|$)/i;
/** Class tokens frameworks use for "not shown": exact tokens only. */
const HIDDEN_CLASS = /^(?:hidden|hide|is-hidden|d-none|u-hidden|visually-hidden|visuallyhidden|sr-only|screen-reader-text|screen-reader-only|offscreen|element-invisible)$/;

const IMAGE_TAGS = new Set(['IMG', 'PICTURE']);

/**
 * A "hidden" class removes only short boxes: themes toggle long sections (the rest of the article
 * behind "Read more") with the same classes, and those are shown once scripts run.
 */
const MAX_HIDDEN_CLASS_TEXT = 200;

export const removeHidden: DeclutterStep = {
  name: 'remove-hidden',
  run(ctx) {
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
      if (cls && ctx.textLength(el) < MAX_HIDDEN_CLASS_TEXT && cls.toLowerCase().split(/\s+/).some((t) => HIDDEN_CLASS.test(t))) {
        ctx.remove(el, this.name, `class "${cls.trim().slice(0, 40)}"`);
      }
    }
  },
};
