/**
 * Plugin and script notices: "Your JavaScript is turned off or you have an old version of Adobe's
 * Flash Player", "Please enable JavaScript to view the comments", "Your browser does not support
 * the video tag", and the consent placeholder of a held-back embed ("Externe Inhalte laden", "load
 * third-party content"). They describe the page's machinery, never the story. Matched on short elements
 * whose whole text is the notice; the smallest wrapper that is only the notice goes.
 * Motivated by voa-seed.html ("Featured Videos" notice) and plugin notices on news pages.
 */
import { anyOf } from '../word-lists';
import { childElements } from '../text';
import type { DeclutterStep } from './step';
import { climbToBox, liveElements } from './signals';

/** What a player says when it cannot play: scripts off, Flash missing, an unsupported browser or plugin. */
const NOTICE = new RegExp(
  anyOf(
    ['javascript (?:is|has been) (?:turned off|disabled|switched off)', '(?:enable|turn on|activate) javascript', 'javascript (?:must|needs to) be enabled', 'requires? javascript', 'your javascript is'],
    ['(?:adobe )?flash player', 'get the latest flash'],
    ["(?:browser|device) (?:does not|doesn't|cannot) (?:support|play) (?:the |this |html5 )?(?:video|audio|media|embedded)", 'upgrade to a (?:modern )?browser that supports'],
    ['plugin (?:is )?(?:required|not supported)', 'to view this (?:video|content|media),? please enable'],
    // The consent placeholder of an embed the page holds back until the reader agrees (a tweet, a
    // video, a map): it describes the page's machinery as much as a missing plugin does.
    ['ohne (?:dein|ihr)e?n? (?:einverständnis|zustimmung|einwilligung) keine verbindung', '(?:externe|eingebettete)[nr]? (?:inhalte?|medien) (?:laden|anzeigen|aktivieren|zulassen)', '(?:load|show|allow) (?:external|third[- ]party|embedded) content', '(?:afficher|charger) (?:le|les) contenus? (?:externes?|tiers)'],
  ),
  'i',
);

/** A notice is a sentence or two; longer text that mentions JavaScript is an article about it. */
const MAX_NOTICE_TEXT = 300;
/** A child with this share of the text holds the notice itself: remove there, not the wrapper. */
const CHILD_HOLDS_SHARE = 0.8;
/** The notice's box: the notice with its player frame and a link or two. */
const NOTICE_BOX_TEXT = 360;
const NOTICE_BOX_SLACK = 30;

export const removePluginNotices: DeclutterStep = {
  name: 'remove-plugin-notices',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      if (el.nodeName === 'NOSCRIPT') {
        // What the page shows only without script is not part of the story (images inside are
        // unwrapped by tidy before this runs).
        ctx.remove(el, this.name, '<noscript> fallback');
        continue;
      }
      const len = ctx.textLength(el);
      if (len === 0 || len > MAX_NOTICE_TEXT) continue;
      // Test on the smallest element that contains the notice: skip if a child already holds it all.
      const text = ctx.text(el);
      if (!NOTICE.test(text)) continue;
      let childHolds = false;
      for (const child of childElements(el)) {
        if (ctx.textLength(child) >= len * CHILD_HOLDS_SHARE && NOTICE.test(ctx.text(child))) childHolds = true;
      }
      if (childHolds) continue;
      ctx.remove(climbToBox(ctx, el, NOTICE_BOX_TEXT, NOTICE_BOX_SLACK), this.name, `plugin notice "${text.slice(0, 50)}"`);
    }
  },
};
