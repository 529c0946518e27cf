/**
 * Share and social bars: "Share / Tweet / Email / Print" rows and follow-us boxes. Signals: links
 * to share endpoints (two or more in a short box), or a share/social class on a short box.
 * Motivated by voa-seed.html and clutter-inside-article.html (a bar between paragraphs).
 */
import { anyOf } from '../word-lists';
import { childElements } from '../text';
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';

/** Share endpoints of social networks, messengers and read-later services, and mailto links with a prepared message. */
const SHARE_HREF = new RegExp(
  anyOf(
    ['facebook\\.[a-z.]+\\/(?:sharer|share|dialog\\/(?:share|feed))', '(?:twitter|x)\\.[a-z]+\\/(?:intent|share|home\\?status)', 'linkedin\\.[a-z.]+\\/(?:share|cws\\/share|sharearticle)'],
    ['pinterest\\.[a-z.]+\\/pin\\/create', 'reddit\\.[a-z.]+\\/submit', 'tumblr\\.[a-z.]+\\/(?:share|widgets\\/share)'],
    ['whatsapp:\\/\\/send', 'wa\\.me\\/', 'api\\.whatsapp\\.[a-z]+\\/send', 't\\.me\\/share', 'telegram\\.me\\/share', 'vk\\.com\\/share'],
    ['getpocket\\.com\\/(?:save|edit)', 'flipboard\\.com\\/bookmarklet', 'news\\.ycombinator\\.com\\/submitlink'],
    ['^mailto:\\?', '^mailto:[^?]*\\?(?:.*&)?(?:subject|body)='],
  ),
  'i',
);
/** Class/id tokens of share and tool bars: our words, share plugins, article tool rows. */
const SHARE_SIG = new RegExp(`^(?:${anyOf(
  ['share', 'shares', 'sharing', 'share-?(?:bar|tools|buttons?|links?|icons?|this|box|container|wrap|article|menu|panel|widget)'],
  ['social', 'social-?(?:bar|share|links?|icons?|media|buttons?|tools|sharing|follow)', 'sharebar', 'sharetools'],
  ['addthis.*', 'sharethis.*', 'shariff', 'a2a.*', 'ssba.*'],
  ['follow-?us', 'article-?share', 'post-?share', 'entry-?share', 'article-?tools', 'story-?tools', 'tools-?bar', 'print-?email'],
)})$`);
const SHARE_LABEL = /^(?:share(?: (?:this|on|via|the|article|story|page)[\w ]*)?|tweet|email|e-mail|print|facebook|twitter|linkedin|whatsapp|pinterest|reddit|copy link|save|follow us(?: on [\w ]+)?|[\s|•·,]+)$/i;

/**
 * Words of share and article-tool rows ("E-mail Article Print-Friendly Subscribe to RSS Feed",
 * "Send this article: Print Email", "Font size: + -", "Post to del.icio.us Facebook", "View larger
 * image"). A short row made only of these words is a tool bar, whatever its markup.
 */
const TOOL_WORDS = new Set(
  ('share shares sharing this article story page post to on via with a the your friend friends email e mail print printer printable friendly ' +
    'tweet twitter facebook digg del icio us delicious reddit stumbleupon stumble it google buzz linkedin myspace yahoo ' +
    'rss feed feeds subscribe send save bookmark bookmarks font text size larger smaller increase decrease reset ' +
    'whatsapp pinterest tumblr pocket flipboard copy link links url permalink comment comments more options tools ' +
    'view image images photo photos enlarge zoom gallery full screen close x of').split(' '),
);

/** The page's headline: a box holding it is the header, not a share bar. */
const HEADLINE: ReadonlySet<string> = new Set(['H1']);

/** A tool row is a handful of words ("Share Tweet Email Print"); more is a sentence that uses them. */
const MAX_TOOL_ROW_WORDS = 16;
/** A share bar: labels, counts and maybe a heading; more text is content with a share class. */
const MAX_BAR_TEXT = 300;
/** Wrappers may add a "Share this" heading's worth of text and still be the bar. */
const BAR_BOX_SLACK = 20;
/** Text of the non-share links beside share links (a "More" or a count): more is a link list. */
const MAX_OTHER_LINK_TEXT = 20;
/** A row of share labels without share URLs is a few words. */
const MAX_LABEL_ROW_TEXT = 60;
/** A row of tool words, and the box around it. */
const MAX_TOOL_ROW_TEXT = 120;
const TOOL_ROW_BOX = 160;

function isToolRow(text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  if (words.length < 2 || words.length > MAX_TOOL_ROW_WORDS) return false;
  if (!words.every((w) => TOOL_WORDS.has(w))) return false;
  // At least one word that is an action, not filler.
  return words.some((w) => /^(?:share|tweet|email|e|print|printable|digg|delicious|facebook|twitter|reddit|rss|subscribe|send|save|bookmark|font|enlarge|zoom|larger|linkedin|stumbleupon|whatsapp|pinterest)$/.test(w));
}

export const removeShareBars: DeclutterStep = {
  name: 'remove-share-bars',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const len = ctx.textLength(el);
      if (len > MAX_BAR_TEXT) continue;
      if (hasToken(ctx, el, SHARE_SIG) && el.nodeName !== 'BODY') {
        ctx.remove(climbToBox(ctx, el, MAX_BAR_TEXT, BAR_BOX_SLACK), this.name, 'share/social class on a short box');
        continue;
      }
      if (el.nodeName === 'A' || el.nodeName === 'LI' || el.nodeName === 'SPAN') continue;
      // Two or more share links, and nothing but share labels around them.
      let shareLinks = 0;
      let otherText = 0;
      for (const a of ctx.descendants(el, 'A')) {
        if (SHARE_HREF.test(a.getAttribute('href') ?? '')) shareLinks++;
        else otherText += ctx.textLength(a);
      }
      // The headline's box (title, standfirst and its share row) is not the bar: the row inside it is.
      if (shareLinks >= 2 && otherText <= MAX_OTHER_LINK_TEXT && !ctx.hasDescendant(el, HEADLINE)) {
        ctx.remove(climbToBox(ctx, el, MAX_BAR_TEXT, BAR_BOX_SLACK), this.name, `${shareLinks} share links`);
        continue;
      }
      // A row of share labels without share URLs (buttons wired by script): "Share Tweet Email Print".
      if (len > 0 && len < MAX_LABEL_ROW_TEXT && el.childElementCount >= 3) {
        const labels = childElements(el).map((c) => ctx.text(c));
        if (labels.every((l) => !l || SHARE_LABEL.test(l)) && labels.filter(Boolean).length >= 3) {
          ctx.remove(el, this.name, `share labels "${labels.join(' ').slice(0, 40)}"`);
          continue;
        }
      }
      // A short row of tool words, in any markup.
      if (len > 0 && len <= MAX_TOOL_ROW_TEXT && el.nodeName !== 'BODY') {
        const text = ctx.text(el);
        if (isToolRow(text)) ctx.remove(climbToBox(ctx, el, TOOL_ROW_BOX, BAR_BOX_SLACK), this.name, `tool row "${text.slice(0, 40)}"`);
      }
    }
  },
};
