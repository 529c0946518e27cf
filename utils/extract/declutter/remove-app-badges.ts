/**
 * App-store badges and "get our app" promos: links to app stores ("Apple", "Android" as the
 * seed page shows them) and short promo boxes. Motivated by voa-seed.html (footer badges) and
 * clutter-inside-article.html (an app promo between paragraphs).
 */
import type { DeclutterStep } from './step';
import { climbToBox, liveElements } from './signals';

/** App store hosts; matched on the host's labels so look-alike example hosts in fixtures count too. */
const STORE_HREF = /^(?:https?:)?\/\/(?:[\w-]+\.)*(?:apps\.apple|itunes\.apple|play\.google|appgallery\.huawei|apps\.microsoft|microsoft\.com\/store|amazon\.[a-z.]+\/gp\/mas|galaxystore\.samsung)\.|^(?:itms-apps|market|itms):/i;
/**
 * Promo wording: "our app" (the site's own), or badge captions. "Get the app" alone is not enough:
 * an article ABOUT an app says that too (a corpus page on a messaging app lost two paragraphs).
 */
const PROMO_TEXT = /\b(?:(?:get|download|install|try|use|read (?:it |this )?in) our (?:free |new )?(?:\w+ )?apps?|(?:available|download(?:ed)?) on the app store|get it on google play|download (?:it )?on google play)\b/i;
const BADGE_IMG = /app-?store|google-?play|play-?store|badge-(?:apple|android|ios)|(?:apple|android|ios)-badge|download-on/i;

/** A badge row's text: store names and a caption ("Download on the App Store · Get it on Google Play"). */
const BADGE_ROW_TEXT = 160;
/** Wrappers may add a caption's worth of text around the badges and still be the row. */
const BADGE_ROW_SLACK = 30;
/** An app promo is a line or two; longer text that says "our app" is an article about it. */
const MAX_PROMO_TEXT = 160;
/** The promo's box: the pitch with its badges, never a section of the article. */
const PROMO_BOX_TEXT = 300;

export const removeAppBadges: DeclutterStep = {
  name: 'remove-app-badges',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      if (el.nodeName === 'A') {
        const href = el.getAttribute('href') ?? '';
        const img = ctx.descendants(el, 'IMG')[0];
        const badgeImage = img ? BADGE_IMG.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''}`) : false;
        if (STORE_HREF.test(href) || badgeImage) {
          // The badge row: wrappers whose text is little more than the badges ("Apple Android").
          ctx.remove(climbToBox(ctx, el, BADGE_ROW_TEXT, BADGE_ROW_SLACK), this.name, `app-store link ${href.slice(0, 60)}`);
        }
        continue;
      }
      const len = ctx.textLength(el);
      if (len === 0 || len > MAX_PROMO_TEXT) continue;
      const text = ctx.text(el);
      if (PROMO_TEXT.test(text) && ctx.descendants(el, 'P').length <= 1) {
        ctx.remove(climbToBox(ctx, el, PROMO_BOX_TEXT, BADGE_ROW_SLACK), this.name, `app promo "${text.slice(0, 50)}"`);
      }
    }
  },
};
