/**
 * Page chrome: site navigation, site header and footer, breadcrumbs and sidebars — the frame
 * around every page of the site. Readability usually leaves it out, but once the clutter inside
 * the article column is gone, a frame that sits next to the column can score as "more of the same
 * content" and be pulled in (seen on a corpus-style BBC page: the copyright footer and a
 * "best viewed with style sheets" notice joined the article). Removing the frame first keeps
 * Readability's choice on the article. Signals: <nav>, role=navigation/banner/contentinfo/search,
 * the site-level <header>/<footer> (direct children of body-level wrappers), and exact class/id
 * tokens (footer, site-footer, breadcrumbs, sidebar, a blog host's sidebar modules, hover cards...),
 * and the author's bio box that ends every post (author-bio, about-author...; longer than a byline);
 * and the frame's own lines inside the column: previous/next post navigation, a blog's credit line
 * ("powered by WordPress"), a citation or reuse box under its heading. Never the element holding
 * the article's text or its ancestors (context.ts). Motivated by every fixture's header/footer, by
 * neutral-related.html's side column and by hosted-blog-post.html and news-widgets.html.
 */
import { anyOf } from '../word-lists';
import type { DeclutterContext } from './context';
import type { DeclutterStep } from './step';
import { climbToBox, H1, hasToken, holdsPost, isHeadingLike, liveElements } from './signals';

// "About the author" boxes, as themes and plugins name them (also as a BEM element: "review__authorbox").
const AUTHOR_BIO_TOKEN = /^(?:(?:wp|better|post|entry)-|[\w-]+__)?(?:about[-_]?(?:the[-_]?)?author|author[-_]?(?:bio|box|info|description|details|profile|card)|profile-?(?:block|box|card|widget)|authorsure-author-box|saboxplugin)(?:-(?:div|text|container|wrap|wrapper|area))?$/;

const ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menubar', 'menu']);
/** Class/id tokens of site chrome (exact tokens), by part of the page. */
const CHROME_TOKEN_WORDS = {
  headerFooter: ['(?:site|page|global|main|blq|gel|global-?)[-_]?(?:footer|foot|header|head|nav|navigation|menu)', 'footer', 'foot', 'colophon', 'masthead'],
  navigation: [
    'breadcrumbs?', 'crumbs', 'topnav', 'top-?nav', 'navbar', 'nav-?bar', 'subnav', 'sub-?nav', 'main-?nav', 'main-?navigation',
    'primary-?nav', 'global-?nav', 'mega-?menu', 'menu',
  ],
  sidebars: ['(?:(?:left|right)[-_]?)?side-?bar(?:[-_]?(?:left|right))?', 'rail', 'right-?rail', 'left-?rail', 'right-?col(?:umn)?', 'left-?col(?:umn)?'],
  // Hover cards and tooltips: a profile or definition the page shows over a linked name, glued
  // after the name in the text.
  utilities: ['skip-?links?', 'skiplinks', 'utility-?nav', 'toolbar', 'site-?info', 'tool-?tip', 'hover-?card', 'pop-?over'],
  widgets: ['widget', 'widgets', 'widget-?area', 'widget_[a-z_]+', 'textwidget', 'wp-?calendar', 'calendar_wrap', 'calendar', 'archives', 'blogroll', 'tag-?cloud', 'tagcloud',
    // Blog hosts' sidebar modules ("module-archives", "module-typelist").
    'module-(?:archives|categories|recent-(?:comments|posts)|syndicate|search|powered|typelist|custom_html|email|subscribe|widget)'],
  postNavigation: ['post-?navigation', 'nav-?links', 'navigation', 'pagination', 'pager', 'prev-?next', 'entry-?navigation', 'post-?nav', 'nav-?previous', 'nav-?next', 'jump-?links'],
};
const CHROME_TOKEN = new RegExp(`^(?:${anyOf(...Object.values(CHROME_TOKEN_WORDS))})$`);

/**
 * Taxonomy and post-navigation lines: "Tags: a, b", "Filed under: x", "« Older | Home | Newer »",
 * "Previous post: <title>", "Next Article".
 */
const TAXONOMY = /^(?:tags?|tagged(?: with)?|filed (?:under|in)|topics?|related topics?|categories|category|posted in|more about|keywords|labels?)\s*:/i;
const POST_NAV_WORDS = anyOf([
  '(?:previous|prev|next|older|newer) (?:post|article|entry|story)',
  '(?:vorherige[rs]?|nächste[rs]?) (?:beitrag|artikel)',
  '(?:article|billet) (?:précédent|suivant)',
  '(?:artículo|entrada) (?:anterior|siguiente)',
]);
const POST_NAV = new RegExp(`^[«‹←]|[»›→]$|^(?:${POST_NAV_WORDS})\\b`, 'i');
/**
 * The same words as a label on their own, the link being the arrow picture beside them; and a
 * related-posts plugin's "No related posts." ("Back to top" lines were tried too: taking them
 * made Readability's retry on a short post widen to the page, and cost more than they gave.)
 */
const POST_NAV_LABEL = new RegExp(`^[«‹←]?\\s*(?:${POST_NAV_WORDS}|no related posts)\\W*$`, 'i');
/** "Next post" is the shortest: shorter lines (a page of one-character cells) are not read at all. */
const MIN_POST_NAV_LABEL = 9;
const MAX_POST_NAV_LABEL = 24;

/** A header is site chrome when it is not inside an article (article headers hold the title). */
function isSiteHeaderOrFooter(ctx: DeclutterContext, el: Element): boolean {
  for (let p = el.parentElement; p && p !== ctx.body; p = p.parentElement) {
    if (p.nodeName === 'ARTICLE' || p.nodeName === 'MAIN' || p.getAttribute('role') === 'main') return false;
  }
  return true;
}

/**
 * A site's credit line, in its footer or under the post: "Proudly powered by WordPress", "(c) 2012
 * Site | powered by Blogger". It opens with the credit or carries the site's © and separators; a
 * story's sentence that names the platform ("The new site, powered by WordPress, …") does neither.
 */
const POWERED_BY = /\bpowered by\s+(?:wordpress|blogger|typepad|movable type|drupal|ghost|tumblr|squarespace|joomla)\b/i;
const CREDIT_LINE_FRAME = /^(?:proudly )?powered by\b|©|\(c\)|\bcopyright\b|\|/i;
const MAX_CREDIT_LINE_TEXT = 250;

/**
 * A box of the article's citation or reuse terms, under its heading: "Cite this article", "How to
 * cite", "Reuse this content", "Reprints & permissions". The heading's box goes when it is no more
 * than that (the heading and its citation or terms); in a larger box, the heading and the block
 * after it.
 */
const CITE_OR_REUSE = /^(?:cite this (?:article|page|story|post)|how to cite(?: this (?:article|page|story))?|reuse (?:this )?content|republish this (?:article|story)|reprints? (?:&|and) permissions|zitiervorschlag|citer cet article)\W*$/i;
const MIN_CITE_HEADING = 10;
const MAX_CITE_HEADING = 40;
const MAX_CITE_BOX_TEXT = 800;

/** Site chrome is mostly links: an <aside> or chrome-named box above this share of link text is chrome. */
const CHROME_LINK_DENSITY = 0.3;
/** A chrome-named box with less link text than that and more text than this is prose (an intro, a notice). */
const MAX_PLAIN_CHROME_TEXT = 600;
/** Taxonomy lines ("Tags: a, b") are short, mostly links and of few parts. */
const MAX_TAXONOMY_TEXT = 200;
const MAX_TAXONOMY_CHILDREN = 12;
const TAXONOMY_LINK_DENSITY = 0.4;
/** "« Older post | Newer post »": a line of two titles at most. */
const MAX_POST_NAV_TEXT = 160;
/** An author bio is a few sentences: shorter is a byline, longer is the post (or the author's page). */
const MIN_BIO_TEXT = 120;
const MAX_BIO_TEXT = 1500;

export const removePageChrome: DeclutterStep = {
  name: 'remove-page-chrome',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      const tag = el.nodeName;
      const role = el.getAttribute('role');
      if (tag === 'NAV' || (role && ROLES.has(role))) {
        ctx.remove(el, this.name, tag === 'NAV' ? '<nav>' : `role=${role}`);
        continue;
      }
      if ((tag === 'HEADER' || tag === 'FOOTER') && isSiteHeaderOrFooter(ctx, el)) {
        // A site header may carry the only <h1> of a page whose article has none of its own.
        if (tag === 'HEADER' && ctx.descendants(el, 'H1').length) continue;
        ctx.remove(el, this.name, `site <${tag.toLowerCase()}>`);
        continue;
      }
      if (tag === 'ASIDE' && ctx.linkDensity(el) > CHROME_LINK_DENSITY) {
        ctx.remove(el, this.name, 'link-heavy <aside>');
        continue;
      }
      const len = ctx.textLength(el);
      // The blog platform's name links to its site: no link, no credit line (and no text read).
      if (len > 0 && len <= MAX_CREDIT_LINE_TEXT && ctx.linkTextLength(el) > 0 && POWERED_BY.test(ctx.text(el)) && CREDIT_LINE_FRAME.test(ctx.text(el))) {
        ctx.remove(climbToBox(ctx, el, MAX_CREDIT_LINE_TEXT), this.name, 'site credit line');
        continue;
      }
      if (len > 0 && len <= MAX_TAXONOMY_TEXT && el.childElementCount <= MAX_TAXONOMY_CHILDREN && ctx.linkDensity(el) >= TAXONOMY_LINK_DENSITY) {
        const text = ctx.text(el);
        if (TAXONOMY.test(text) || (POST_NAV.test(text) && ctx.descendants(el, 'A').length >= 1 && len <= MAX_POST_NAV_TEXT)) {
          ctx.remove(el, this.name, `taxonomy/post navigation "${text.slice(0, 40)}"`);
          continue;
        }
      }
      if (len >= MIN_CITE_HEADING && len <= MAX_CITE_HEADING && isHeadingLike(ctx, el) && CITE_OR_REUSE.test(ctx.text(el))) {
        const box = el.parentElement;
        if (box && box !== ctx.body && ctx.textLength(box) <= MAX_CITE_BOX_TEXT && !ctx.hasDescendant(box, H1) && !holdsPost(ctx, box)) {
          ctx.remove(box, this.name, `citation or reuse box "${ctx.text(el)}"`);
        } else {
          const next = el.nextElementSibling;
          if (next && ctx.textLength(next) <= MAX_CITE_BOX_TEXT) ctx.remove(next, this.name, `under "${ctx.text(el)}"`);
          ctx.remove(el, this.name, 'citation or reuse heading');
        }
        continue;
      }
      if (len >= MIN_POST_NAV_LABEL && len <= MAX_POST_NAV_LABEL && POST_NAV_LABEL.test(ctx.text(el))) {
        ctx.remove(el, this.name, `navigation label "${ctx.text(el)}"`);
        continue;
      }
      if (hasToken(ctx, el, AUTHOR_BIO_TOKEN)) {
        // The bio box under every post by this author; a byline ("By Ana Ruiz, May 2") is short.
        const bioLen = ctx.textLength(el);
        if (bioLen >= MIN_BIO_TEXT && bioLen <= MAX_BIO_TEXT && !holdsPost(ctx, el)) {
          ctx.remove(el, this.name, 'author bio box');
          continue;
        }
      }
      if (hasToken(ctx, el, CHROME_TOKEN)) {
        // Chrome is links and short labels; a long plain-text box with such a name is left alone.
        if (ctx.linkDensity(el) < CHROME_LINK_DENSITY && ctx.textLength(el) > MAX_PLAIN_CHROME_TEXT) continue;
        if (ctx.descendants(el, 'H1').length || holdsPost(ctx, el)) continue;
        ctx.remove(el, this.name, 'page chrome class/id');
      }
    }
  },
};
