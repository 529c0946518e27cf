/**
 * Advertising slots and their labels ("Advertisement", "Story continues below advertisement").
 * Class signal on short boxes (exact ad tokens only: "ad", "ads", "advert", "dfp"... never a
 * substring, so "head", "load" and "shadow" are safe) plus the label text itself.
 * Motivated by every fixture page (leaderboards and mid-article slots).
 */
import type { DeclutterStep } from './step';
import { anyOf } from '../word-lists';
import { climbToBox, hasToken, liveElements } from './signals';

/** Class/id tokens of ad slots: the words for an ad, ad-slot compounds, ad networks, banner formats. */
const AD_SIG = new RegExp(`^(?:${anyOf(
  ['ad', 'ads', 'adv', 'advert', 'adverts', 'advertisement', 'advertising'],
  ['ad-?(?:slot|unit|container|wrapper|wrap|box|banner|label|block|zone|space|placeholder|leaderboard|mpu|inline|mid|top|bottom)'],
  ['dfp', 'dfp-?ad', 'gpt-?ad', 'google-?ad', 'adsbygoogle', 'adsense', 'sponsor', 'sponsored', 'taboola', 'outbrain'],
  ['leaderboard', 'mpu', 'skyscraper', 'billboard', 'native-?ad'],
)})$`);
// Dashes, stars and a colon around the word are the label's dress ("- Anzeige -", "Anzeige:", "*Advertisement*").
const AD_LABEL = /^\W*(?:advertisement|advertising|ad|ads|sponsored|anzeige|publicité|publicidad|pubblicità|reklama|(?:story|article) continues (?:below|after) (?:the )?(?:advertisement|ad)|continue reading (?:below|the main story)|scroll to continue(?: with content)?)\W*$/i;

/** An ad slot holds at most a label and a line of sponsor text; more text is content with an ad class. */
const MAX_AD_TEXT = 200;
/** Wrappers around an ad slot may add a label's worth of text and still be the slot. */
const AD_BOX_SLACK = 20;
/** An "Advertisement" label alone: longer text is a sentence that mentions ads. */
const MAX_AD_LABEL = 60;
/** The label's box: the label and its empty slot, not the paragraph beside it. */
const AD_LABEL_BOX = 80;
const AD_LABEL_BOX_SLACK = 10;

export const removeAdSlots: DeclutterStep = {
  name: 'remove-ad-slots',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const len = ctx.textLength(el);
      if (len > MAX_AD_TEXT) continue;
      if (el.nodeName === 'INS' && hasToken(ctx, el, /adsbygoogle/)) {
        ctx.remove(el, this.name, 'adsbygoogle slot');
        continue;
      }
      if (hasToken(ctx, el, AD_SIG)) {
        ctx.remove(climbToBox(ctx, el, MAX_AD_TEXT, AD_BOX_SLACK), this.name, 'ad class on a short box');
        continue;
      }
      // The label is the box's whole text, however many empty children (line breaks, the ad's picture link) it has.
      if (len > 0 && len <= MAX_AD_LABEL && AD_LABEL.test(ctx.text(el))) {
        ctx.remove(climbToBox(ctx, el, AD_LABEL_BOX, AD_LABEL_BOX_SLACK), this.name, `ad label "${ctx.text(el)}"`);
      }
    }
  },
};
