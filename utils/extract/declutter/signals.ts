/**
 * Signals shared by cleanup steps: headings, class/id tokens, teaser-list structure, and
 * "climb to the box" (the largest ancestor that is still only the clutter).
 */
import { readSerializedHttpUrl } from '../prepare';
import { HEADING_TAGS, POST_BODY_CLASSES } from '../text';
import type { DeclutterContext } from './context';

/** A heading-like label is a title's length ("You May Like"), not a sentence. */
const MAX_LABEL_TEXT = 60;
/** Teasers whose links carry half the text or more: a list of headlines. */
const TEASER_LINK_DENSITY = 0.5;
/** Teasers with blurbs still have a fifth of their text in links... */
const MIN_BLURB_LIST_LINK_DENSITY = 0.2;
/** ...no paragraph of prose (this long, almost without links)... */
const MIN_PROSE_PARAGRAPH = 320;
const MAX_PROSE_LINK_DENSITY = 0.1;
/** ...and under this much text per linked page (a headline and a one-line blurb). */
const MAX_TEXT_PER_TEASER = 400;
/** A site most links point to (this share of them) is the page's own, whatever host served the page. */
const OWN_SITE_LINK_SHARE = 0.3;
/** A list whose links are mostly (this share) to the page's own site is internal teasers, not cited sources. */
const INTERNAL_LINK_SHARE = 0.6;
/** What a wrapper may add to a box by default and still be the same box (a heading, a close button). */
const DEFAULT_BOX_SLACK = 40;

export const H1: ReadonlySet<string> = new Set(['H1']);

/** Does any class/id token of `el` match `re` (tested per token, so "box-y" never matches "x")? */
export function hasToken(ctx: DeclutterContext, el: Element, re: RegExp): boolean {
  for (const token of ctx.tokens(el)) if (re.test(token)) return true;
  return false;
}

/**
 * A heading or heading-like label: h1-h6, or a short element whose class says title/heading
 * (many sites use <div class="section-title">You May Like</div>).
 */
export function isHeadingLike(ctx: DeclutterContext, el: Element): boolean {
  // Asked about every element by several steps: one nodeName read, patterns built once, and the
  // attribute read last.
  const name = el.nodeName;
  if (HEADING_TAGS.has(name)) return true;
  if (HEADING_LABEL_TAGS.has(name) && ctx.textLength(el) <= MAX_LABEL_TEXT && hasToken(ctx, el, HEADING_CLASS_TOKEN)) return true;
  return el.getAttribute('role') === 'heading';
}

/** Elements sites style as a heading label (<div class="section-title">). */
const HEADING_LABEL_TAGS = new Set(['DIV', 'SPAN', 'P', 'STRONG', 'B', 'HEADER', 'LEGEND', 'LABEL']);
const HEADING_CLASS_TOKEN = /(?:^|[-_])(?:title|heading|head|header|hdr|label|hed)(?:$|[-_\d])/;

type LinkPath = { host: string; path: string } | null;
// Per cleanup run: the list and teaser checks look at the same links once for every box that
// holds them (a link in a nested list is asked about by each ancestor), and URL parsing was the
// costliest part of those checks in the browser profile.
const linkPathCache = new WeakMap<DeclutterContext, Map<string, LinkPath>>();

function linkPathOf(href: string, ctx: DeclutterContext): LinkPath {
  let cache = linkPathCache.get(ctx);
  if (!cache) {
    cache = new Map();
    linkPathCache.set(ctx, cache);
  }
  let found = cache.get(href);
  if (found !== undefined) return found;
  try {
    const u = readSerializedHttpUrl(href, ctx.url) ?? new URL(href, ctx.url);
    found = { host: u.hostname.replace(/^www\./, ''), path: u.pathname };
  } catch {
    found = null;
  }
  cache.set(href, found);
  return found;
}

/**
 * Repeated teaser units: at least `min` links to distinct pages, links carry most of the text or
 * each unit is "picture + headline link (+ one-line blurb)". This is what "You May Like",
 * "Most read" and video playlists look like, whatever they are called.
 */
export function isTeaserList(ctx: DeclutterContext, el: Element, min = 2): boolean {
  const links = ctx.descendants(el, 'A');
  if (links.length < min) return false;
  const hrefs = new Set<string>();
  for (const a of links) {
    const href = a.getAttribute('href');
    if (!href || href.startsWith('#') || /^(?:javascript|mailto):/i.test(href)) continue;
    const p = linkPathOf(href, ctx);
    if (p && p.path.length > 1) hrefs.add(p.host + p.path);
  }
  if (hrefs.size < min) return false;
  const text = ctx.textLength(el);
  const density = ctx.linkDensity(el);
  if (density >= TEASER_LINK_DENSITY) return true;
  // Teasers with blurbs: many distinct links, and no paragraph long enough to be article prose.
  const paragraphs = ctx.descendants(el, 'P');
  let prose = 0;
  for (const p of paragraphs) {
    if (ctx.textLength(p) > MIN_PROSE_PARAGRAPH && ctx.linkDensity(p) < MAX_PROSE_LINK_DENSITY) prose++;
  }
  return density >= MIN_BLURB_LIST_LINK_DENSITY && prose === 0 && text / hrefs.size < MAX_TEXT_PER_TEASER;
}

/** "news.example.co.uk" -> "example.co.uk": the last two labels, three under a short second-level label. */
function siteOf(host: string): string {
  const labels = host.split('.');
  const n = labels.length >= 3 && labels[labels.length - 2].length <= 3 ? 3 : 2;
  return labels.slice(-n).join('.');
}

const siteCache = new WeakMap<DeclutterContext, Set<string>>();

/**
 * The page's own site: its URL's, and the site most of its links point to (a page read from a
 * mirror, an archive or a CDN host still links to its own site everywhere: navigation, teasers).
 */
function getOwnSites(ctx: DeclutterContext): Set<string> {
  let sites = siteCache.get(ctx);
  if (sites) return sites;
  sites = new Set(ctx.host ? [siteOf(ctx.host)] : []);
  const counts = new Map<string, number>();
  let total = 0;
  for (const a of ctx.descendants(ctx.body, 'A')) {
    const p = linkPathOf(a.getAttribute('href') ?? '', ctx);
    if (!p || !p.host) continue;
    const site = siteOf(p.host);
    counts.set(site, (counts.get(site) ?? 0) + 1);
    total++;
  }
  let best = '';
  let bestCount = 0;
  for (const [site, n] of counts) if (n > bestCount) [best, bestCount] = [site, n];
  if (best && bestCount >= OWN_SITE_LINK_SHARE * total) sites.add(best);
  siteCache.set(ctx, sites);
  return sites;
}

// Per cleanup run, each link's answer: nested lists ask about the same links once per box.
const internalLinks = new WeakMap<DeclutterContext, Map<Element, boolean>>();

/** Are the links of `el` mostly to this site (internal teasers rather than cited sources)? */
export function hasMostlyInternalLinks(ctx: DeclutterContext, el: Element): boolean {
  const links = ctx.descendants(el, 'A');
  if (!links.length) return false;
  const own = getOwnSites(ctx);
  if (own.size === 0) return false;
  let known = internalLinks.get(ctx);
  if (!known) internalLinks.set(ctx, (known = new Map()));
  let internal = 0;
  for (const a of links) {
    let isInternal = known.get(a);
    if (isInternal === undefined) {
      const p = linkPathOf(a.getAttribute('href') ?? '', ctx);
      isInternal = !!p && !!p.host && own.has(siteOf(p.host));
      known.set(a, isInternal);
    }
    if (isInternal) internal++;
  }
  return internal / links.length >= INTERNAL_LINK_SHARE;
}

/** Media a notice may sit inside as fallback text: the notice goes, the media stays. */
const MEDIA_TAGS = new Set(['VIDEO', 'AUDIO', 'PICTURE', 'FIGURE', 'OBJECT']);

/**
 * From `start`, climb through wrappers that add little text of their own (at most `slack`
 * characters more than the current box, and never more than `maxLength`), stopping below a
 * protected element, a media element or the body. Returns the largest such box.
 */
export function climbToBox(ctx: DeclutterContext, start: Element, maxLength: number, slack = DEFAULT_BOX_SLACK): Element {
  let box = start;
  let boxLen = ctx.textLength(start);
  for (let p = start.parentElement; p && p !== ctx.body; p = p.parentElement) {
    if (MEDIA_TAGS.has(p.nodeName)) break;
    const len = ctx.textLength(p);
    if (len > maxLength || len > boxLen + slack || ctx.isProtected(p)) break;
    // On a page of a picture and a few lines the whole post is shorter than a box of clutter may
    // be: a box that holds the headline is the post, never the clutter beside it.
    if (ctx.hasDescendant(p, H1)) break;
    box = p;
    boxLen = len;
  }
  return box;
}

/** Elements of `ctx.elements` still in the clone. */
export function liveElements(ctx: DeclutterContext): IterableIterator<Element> {
  return ctx.live();
}

// The post itself, as blog and CMS templates mark it: the post-body classes (text.ts, with or
// without their hyphen) and the microformat / Blogger names of the whole post.
const POST_TOKEN = new RegExp(`^(?:hentry|h-entry|blog-?post|${POST_BODY_CLASSES.map((c) => c.replace('-', '-?')).join('|')})$`);

const postHolders = new WeakMap<DeclutterContext, Set<Element>>();

/**
 * A box that is or holds the post, as templates mark it: Blogger's main column is
 * `div.widget.Blog`, and a short post is too short to be protected by its text alone
 * (context.ts). The marked element itself counts: a post body of one-line facts and a linked
 * gallery looks like a teaser list, and must not be taken for one (gallery-post-related fixture).
 * The holders are found once per page: every marked element and its ancestors.
 */
export function holdsPost(ctx: DeclutterContext, el: Element): boolean {
  let holders = postHolders.get(ctx);
  if (!holders) {
    holders = new Set();
    for (const d of ctx.elements) {
      const prop = d.getAttribute('itemprop');
      if (d.nodeName !== 'ARTICLE' && !hasToken(ctx, d, POST_TOKEN) && prop !== 'articleBody' && prop !== 'blogPost') continue;
      for (let p: Element | null = d; p && !holders.has(p); p = p.parentElement) holders.add(p);
    }
    postHolders.set(ctx, holders);
  }
  return holders.has(el);
}
