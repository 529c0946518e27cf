/**
 * Video clutter: "Featured Videos" / "Related video" lists and player blurbs. The reader cannot
 * play them (frames and plugins are sanitized away), so only their titles and blurbs would be
 * left, read as if they were the story. Signals: a video heading over a teaser list; a
 * video/player/media box that carries a player notice or a "Related video" caption.
 * Motivated by voa-seed.html (both shapes).
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, isHeadingLike, isTeaserList, liveElements } from './signals';

const VIDEO_HEADING = /^(?:(?:featured|related|latest|more|top|recommended|popular|trending|editor'?s? picks?)\s+)?(?:videos?|clips|watch(?: (?:more|next|now))?|video playlist|in video|multimedia)$/i;
const VIDEO_SIG = /(?:^|[-_])(?:video|videos|player|media|playlist|jwplayer|vjs|brightcove)(?:$|[-_\d])/;
const BLURB = /^related (?:video|audio|media)\b|your javascript is (?:turned off|disabled)|flash player|enable javascript|browser does not support (?:the )?(?:video|audio)|video (?:is )?(?:unavailable|not available)/i;

const VIDEO_TAGS = new Set(['VIDEO', 'IFRAME', 'OBJECT', 'EMBED']);
const FIGURE_TAGS = new Set(['FIGURE', 'FIGCAPTION']);
const PLAYABLE_TAGS = new Set(['VIDEO', 'AUDIO']);

/** A playlist of video teasers stays under this; a box with more text holds the article. */
const MAX_VIDEO_LIST_TEXT = 6000;
/** A featured-video box: player, notice and caption, never paragraphs of the story. */
const MAX_VIDEO_BOX_TEXT = 1200;
/** Wrappers around the box may add a title's worth of text. */
const VIDEO_BOX_SLACK = 20;

export const removeFeaturedVideoLists: DeclutterStep = {
  name: 'remove-featured-video-lists',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      if (isHeadingLike(ctx, el)) {
        const text = ctx.text(el);
        if (!VIDEO_HEADING.test(text)) continue;
        // The heading's box: climb while it is still a list of video teasers.
        let box: Element = el;
        for (let p = el.parentElement; p && p !== ctx.body && !ctx.isProtected(p); p = p.parentElement) {
          if (ctx.textLength(p) > MAX_VIDEO_LIST_TEXT) break;
          box = p;
          if (isTeaserList(ctx, p, 2)) break;
        }
        if (box !== el && isTeaserList(ctx, box, 2)) {
          ctx.remove(box, this.name, `video list under "${text}"`);
        } else {
          // Heading and list are siblings inside the article container: take the following teaser siblings.
          let next = el.nextElementSibling;
          ctx.remove(el, this.name, `video heading "${text}"`);
          while (next && !isHeadingLike(ctx, next) && (isTeaserList(ctx, next, 1) || ctx.hasDescendant(next, VIDEO_TAGS))) {
            const after = next.nextElementSibling;
            ctx.remove(next, this.name, `video teasers after "${text}"`);
            next = after;
          }
        }
        continue;
      }
      if (!hasToken(ctx, el, VIDEO_SIG)) continue;
      // A figure, or a box holding a playable <video>/<audio>, is the article's own media: a
      // fallback notice inside it is for remove-plugin-notices, not a reason to drop the media.
      if (el.nodeName === 'FIGURE' || ctx.hasDescendant(el, FIGURE_TAGS) || ctx.hasDescendant(el, PLAYABLE_TAGS)) continue;
      const len = ctx.textLength(el);
      if (len > MAX_VIDEO_BOX_TEXT) continue;
      const text = ctx.text(el);
      // A player box with a notice or a "Related video" caption is a blurb for another page.
      if (BLURB.test(text) || /(?:^|\s)related video\b/i.test(text)) {
        ctx.remove(climbToBox(ctx, el, MAX_VIDEO_BOX_TEXT, VIDEO_BOX_SLACK), this.name, 'video box with player notice / related-video caption');
      }
    }
  },
};
