/**
 * Comment chrome: what is left of a comment section after the comment detector has taken the
 * comments out — forms, "Comment Sorting", "This forum has been closed.", "12 comments", log-in
 * prompts — and whole comment containers the detector could not parse (their text is readers',
 * not the author's). Motivated by voa-seed.html (forum chrome) and clutter-inside-article.html.
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';
import { COMMENT_CHROME_PHRASES, COMMENT_ENGINE_SENTENCE_RE, COMMENT_SECTION_TOKEN } from '../comments/vocabulary';
import { anyOf } from '../word-lists';

/** Longest text an element may have for an engine sentence to make it boilerplate, not prose. */
const MAX_ENGINE_TEXT = 400;
const WHOLE_PHRASE = new RegExp(`^[\\s\\W]*(?:${anyOf(COMMENT_CHROME_PHRASES)})[\\s\\W\\d]*$`, 'i');

const TEXTAREA = new Set(['TEXTAREA']);

export const removeCommentChrome: DeclutterStep = {
  name: 'remove-comment-chrome',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const tag = el.nodeName;
      // A comment form: a form with a text area, or a form named as one.
      if (tag === 'FORM' && (ctx.hasDescendant(el, TEXTAREA) || hasToken(ctx, el, /comment|reply|respond/))) {
        ctx.remove(climbToBox(ctx, el, 400), this.name, 'comment form');
        continue;
      }
      if (hasToken(ctx, el, COMMENT_SECTION_TOKEN)) {
        ctx.remove(el, this.name, 'container named as a comment section');
        continue;
      }
      const len = ctx.textLength(el);
      if (len > 0 && len <= MAX_ENGINE_TEXT && el.childElementCount <= 12 && COMMENT_ENGINE_SENTENCE_RE.test(ctx.text(el))) {
        ctx.remove(el, this.name, `comment-section boilerplate "${ctx.text(el).slice(0, 40)}"`);
        continue;
      }
      if (len === 0 || len > 80) continue;
      // Leaf-ish elements only: the phrase must be the element's whole text.
      if (el.childElementCount > 3) continue;
      const text = ctx.text(el);
      if (WHOLE_PHRASE.test(text)) {
        // A rules box is its heading plus the rules: under such a heading the box goes whole.
        const rules = /^(?:H[1-6]|B|STRONG)$/.test(tag) && /policy|rules|guidelines/i.test(text);
        ctx.remove(climbToBox(ctx, el, rules ? 2000 : 120, rules ? 2000 : 20), this.name, `comment chrome "${text.slice(0, 40)}"`);
      }
    }
  },
};
