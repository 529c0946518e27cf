/**
 * Declutter: small named steps, one file each, run in this order on the cloned document (after
 * the comment detector has taken the comments out, before Readability scores what is left).
 *
 * Why this order:
 * 1. remove-hidden             first: it needs no text, and what the page does not show must
 *                              not act as a heading or phrase signal for the steps below.
 * 2. remove-page-chrome        site navigation, header, footer and sidebars: the largest removals
 *                              and the cheapest signals (tags, roles, exact tokens), so every step
 *                              below walks a smaller page; early, because a footer's "Apps" or
 *                              "Newsletter" links are chrome, not promos to explain one by one.
 * 3. remove-cookie-banners     page-level overlays; their "accept / manage" text would otherwise
 *                              trip the comment-chrome and newsletter phrase rules.
 * 4. remove-comment-chrome     after the comment detector (which needs the comment forms and
 *                              counts as anchors) and before the list steps, so a comment
 *                              section's repeated units are never mistaken for teaser lists.
 * 5. remove-featured-video-lists  before plugin notices: a player's "JavaScript is off / Flash"
 *                              notice is the very signal that marks its box as a video blurb.
 * 6. remove-plugin-notices     the notices left outside any video box.
 * 7. remove-related-lists      after the video lists (a "Related video" heading is theirs) and
 *                              before app badges/share bars, whose links would otherwise make a
 *                              small promo row look like a teaser list.
 * 8. remove-app-badges         short boxes, precise link signal.
 * 9. remove-share-bars         short boxes, precise link signal.
 * 10. remove-newsletter-boxes   phrase-based and therefore the broadest: runs late, when the
 *                              precise steps have already taken what they can explain.
 * 11. remove-polls             reader polls (radio-button forms): after the newsletter step, which
 *                              owns the forms with an email field; a poll has none.
 * 12. remove-ad-slots          ad labels often sit beside the boxes above; removing the
 *                              boxes first leaves the labels as short leaves this step can see.
 * 13. remove-calls-to-action   follow-us, channel, app and membership lines, and sign-up pitches
 *                              in other languages: after the newsletter step, which owns the
 *                              English pitches and their forms.
 * 14. remove-post-meta-lines   the post's filing and reading-time lines written as text: short
 *                              leaves once the boxes above are gone.
 * 15. remove-orphan-headings   a related-list heading left with nothing (or only links) after
 *                              it: after every box and label step, so what follows it is gone.
 * 16. remove-credit-lines      picture credits on lines of their own: short leaves, looked at
 *                              once the boxes around them are gone.
 *
 * Every step goes through `ctx.remove`, which refuses to remove the element that holds the
 * article's main text or any ancestor of it (see context.ts), and records what it removed and why
 * when debugging.
 */
import { REPORTS } from '../reports';
import type { RemovalRecord } from '../types';
import { createContext } from './context';
import { removeAdSlots } from './remove-ad-slots';
import { removeAppBadges } from './remove-app-badges';
import { removeCallsToAction } from './remove-calls-to-action';
import { removeCommentChrome } from './remove-comment-chrome';
import { removeCookieBanners } from './remove-cookie-banners';
import { removeCreditLines } from './remove-credit-lines';
import { removeFeaturedVideoLists } from './remove-featured-video-lists';
import { removeHidden } from './remove-hidden';
import { removeNewsletterBoxes } from './remove-newsletter-boxes';
import { removeOrphanHeadings } from './remove-orphan-headings';
import { removePageChrome } from './remove-page-chrome';
import { removePluginNotices } from './remove-plugin-notices';
import { removePolls } from './remove-polls';
import { removePostMetaLines } from './remove-post-meta-lines';
import { removeRelatedLists } from './remove-related-lists';
import { removeShareBars } from './remove-share-bars';
import type { DeclutterStep } from './step';

export type { DeclutterStep } from './step';

export const DECLUTTER_STEPS: readonly DeclutterStep[] = [
  removeHidden,
  removePageChrome,
  removeCookieBanners,
  removeCommentChrome,
  removeFeaturedVideoLists,
  removePluginNotices,
  removeRelatedLists,
  removeAppBadges,
  removeShareBars,
  removeNewsletterBoxes,
  removePolls,
  removeAdSlots,
  removeCallsToAction,
  removePostMetaLines,
  removeOrphanHeadings,
  removeCreditLines,
];

/**
 * The steps "Show anyway" runs on a front page before showing its visible text: only what hides
 * or frames the page (hidden parts, site chrome, overlays). The list steps would take the
 * teasers, which on a front page are the content.
 */
export const declutterFallback: readonly DeclutterStep[] = [removeHidden, removePageChrome, removeCookieBanners];

export interface DeclutterReport {
  removed: RemovalRecord[];
  refused: RemovalRecord[];
  /** Milliseconds per step (context set-up included as `context`), when a clock was given. */
  timings: Record<string, number>;
}

/**
 * Run every cleanup step on `doc` (a clone: it is mutated). With `debug`, the report lists each
 * removal and each refusal with its step and reason; without it, the lists stay empty. With
 * `clock`, each step's time is recorded (the browser benchmark's per-step figures).
 */
export function declutter(
  doc: Document,
  url: string,
  options: { debug?: boolean; steps?: readonly DeclutterStep[]; clock?: () => number } = {},
): DeclutterReport {
  const timings: Record<string, number> = {};
  const clock = REPORTS ? options.clock : undefined;
  let last = clock?.() ?? 0;
  const lap = (name: string) => {
    if (!clock) return;
    const now = clock();
    timings[name] = now - last;
    last = now;
  };
  const ctx = createContext(doc, url, REPORTS && !!options.debug);
  lap('context');
  if (!ctx) return { removed: [], refused: [], timings };
  for (const step of options.steps ?? DECLUTTER_STEPS) {
    step.run(ctx);
    lap(step.name);
  }
  return { removed: ctx.removed, refused: ctx.refused, timings };
}

/** `declutter` with the report always on (tools, tests, the debug panel). */
export function declutterWithReport(doc: Document, url: string): DeclutterReport {
  return declutter(doc, url, { debug: true });
}
