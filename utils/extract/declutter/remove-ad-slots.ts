/**
 * Advertising slots and their labels ("Advertisement", "Story continues below advertisement").
 * Class signal on short boxes (exact ad tokens only: "ad", "ads", "advert", "dfp"... never a
 * substring, so "head", "load" and "shadow" are safe) plus the label text itself.
 * Motivated by every fixture page (leaderboards and mid-article slots).
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';

const AD_SIG = /^(?:ad|ads|adv|advert|adverts|advertisement|advertising|ad-?(?:slot|unit|container|wrapper|wrap|box|banner|label|block|zone|space|placeholder|leaderboard|mpu|inline|mid|top|bottom)|dfp|dfp-?ad|gpt-?ad|google-?ad|adsbygoogle|adsense|sponsor|sponsored|taboola|outbrain|leaderboard|mpu|skyscraper|billboard|native-?ad)$/;
const AD_LABEL = /^(?:advertisement|advertising|ad|ads|sponsored|anzeige|publicité|publicidad|pubblicità|reklama|(?:story|article) continues (?:below|after) (?:the )?(?:advertisement|ad)|continue reading (?:below|the main story)|scroll to continue(?: with content)?)$/i;

export const removeAdSlots: DeclutterStep = {
  name: 'remove-ad-slots',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const len = ctx.textLength(el);
      if (len > 200) continue;
      if (el.nodeName === 'INS' && hasToken(ctx, el, /adsbygoogle/)) {
        ctx.remove(el, this.name, 'adsbygoogle slot');
        continue;
      }
      if (hasToken(ctx, el, AD_SIG)) {
        ctx.remove(climbToBox(ctx, el, 200, 20), this.name, 'ad class on a short box');
        continue;
      }
      if (len > 0 && len <= 60 && el.childElementCount <= 2 && AD_LABEL.test(ctx.text(el))) {
        ctx.remove(climbToBox(ctx, el, 80, 10), this.name, `ad label "${ctx.text(el)}"`);
      }
    }
  },
};
