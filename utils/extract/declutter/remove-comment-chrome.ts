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

/** An engine sentence comes with a few links and tags around it, not a section's worth of elements. */
const MAX_ENGINE_CHILDREN = 12;
/** The comment form's box: the form with its heading and notes ("Your email address will not be published"). */
const FORM_BOX_TEXT = 400;
/** A chrome phrase is an element's whole text: a label or a count, not a sentence. */
const MAX_PHRASE_TEXT = 80;
const MAX_PHRASE_CHILDREN = 3;
/** The phrase's box: the label with its button or count. */
const PHRASE_BOX_TEXT = 120;
const PHRASE_BOX_SLACK = 20;
/** A comment-rules box: its heading and the rules under it, taken whole. */
const RULES_BOX_TEXT = 2000;

const TEXTAREA = new Set(['TEXTAREA']);

export const removeCommentChrome: DeclutterStep = {
  name: 'remove-comment-chrome',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const tag = el.nodeName;
      // A comment form: a form with a text area, or a form named as one.
      if (tag === 'FORM' && (ctx.hasDescendant(el, TEXTAREA) || hasToken(ctx, el, /comment|reply|respond/))) {
        ctx.remove(climbToBox(ctx, el, FORM_BOX_TEXT), this.name, 'comment form');
        continue;
      }
      if (hasToken(ctx, el, COMMENT_SECTION_TOKEN)) {
        ctx.remove(el, this.name, 'container named as a comment section');
        continue;
      }
      const len = ctx.textLength(el);
      if (len > 0 && len <= MAX_ENGINE_TEXT && el.childElementCount <= MAX_ENGINE_CHILDREN && COMMENT_ENGINE_SENTENCE_RE.test(ctx.text(el))) {
        ctx.remove(el, this.name, `comment-section boilerplate "${ctx.text(el).slice(0, 40)}"`);
        continue;
      }
      if (len === 0 || len > MAX_PHRASE_TEXT) continue;
      // Leaf-ish elements only: the phrase must be the element's whole text.
      if (el.childElementCount > MAX_PHRASE_CHILDREN) continue;
      const text = ctx.text(el);
      if (WHOLE_PHRASE.test(text)) {
        // A rules box is its heading plus the rules: under such a heading the box goes whole.
        const rules = /^(?:H[1-6]|B|STRONG)$/.test(tag) && /policy|rules|guidelines/i.test(text);
        ctx.remove(climbToBox(ctx, el, rules ? RULES_BOX_TEXT : PHRASE_BOX_TEXT, rules ? RULES_BOX_TEXT : PHRASE_BOX_SLACK), this.name, `comment chrome "${text.slice(0, 40)}"`);
      }
    }
  },
};
