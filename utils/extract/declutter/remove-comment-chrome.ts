/**
 * Comment chrome: what is left of a comment section after the comment detector has taken the
 * comments out — forms, "Comment Sorting", "This forum has been closed.", "12 comments", log-in
 * prompts — and whole comment containers the detector could not parse (their text is readers',
 * not the author's). Motivated by voa-seed.html (forum chrome) and clutter-inside-article.html.
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';

/** Short boilerplate of comment sections, matched against an element's whole (short) text. */
const PHRASE = new RegExp(
  [
    'this (?:forum|discussion|thread) (?:has been|is) closed',
    'comments? (?:are|is) (?:now )?closed',
    'comment sorting',
    'sort (?:comments )?by',
    '(?:post|leave|add|write|submit) (?:a |your )?(?:comment|reply|response)',
    '(?:log|sign) ?in (?:to|or register to) (?:comment|reply|post|join)',
    'you must be (?:logged|signed) in to (?:post a )?comment',
    'join the (?:conversation|discussion)',
    '(?:show|view|read|load|see|hide) (?:all )?(?:\\d+ )?(?:more )?comments',
    '(?:\\d+|no|one) (?:comments?|responses?|replies|reactions)',
    'comments? \\(\\d+\\)',
    'be the first to comment',
    'comments? policy',
    'comment (?:rules|guidelines)',
    'reply to this comment',
    'comments(?: and reactions)?',
    'community guidelines',
    'trackback(?: url(?: for this (?:entry|post))?)?:?',
    'trackbacks?(?: and pingbacks)?',
    '(?:\\d+ )?pingbacks?',
  ].map((p) => `(?:${p})`).join('|'),
  'i',
);
/**
 * The sentences blog engines print around a comment section ("You can follow any responses to
 * this entry through the RSS 2.0 feed.", "You may use these HTML tags and attributes: …"): matched
 * anywhere in a short element, as they come with links and tag lists around them.
 */
const ENGINE_SENTENCE = /you can follow any (?:responses|comments) to this (?:entry|post)|you can (?:leave a response|skip to the end and leave a response)|(?:both )?comments and pings are (?:currently )?closed|responses are currently closed|you may use these (?:html )?tags and attributes|your email address will not be published|notify me of (?:follow-up|new) comments|required fields are marked/i;
const MAX_ENGINE_TEXT = 400;
const WHOLE_PHRASE = new RegExp(`^[\\s\\W]*(?:${PHRASE.source})[\\s\\W\\d]*$`, 'i');
/** Containers named as comment sections (exact tokens). */
const SECTION = /^(?:comments?|comment-?list|commentlist|comments?-(?:area|section|wrap|wrapper|container|block|box|thread|holder)|comment-?section|disqus_thread|disqus|respond|reply-?form|comment-?form|commentform|discussion|talkback|readers?-comments?)$/;

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
      if (hasToken(ctx, el, SECTION)) {
        ctx.remove(el, this.name, 'container named as a comment section');
        continue;
      }
      const len = ctx.textLength(el);
      if (len > 0 && len <= MAX_ENGINE_TEXT && el.childElementCount <= 12 && ENGINE_SENTENCE.test(ctx.text(el))) {
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
