/**
 * Related / "You May Like" / recommended / most-read lists: links to other stories, read as if
 * they were this one whenever a site puts them inside the article's container (vanilla
 * Readability keeps them then). Three signals, strongest first:
 * 1. a heading whose text names such a list ("You May Like", "Most Read", "Related stories"),
 *    over a box of teaser units: the box goes, whatever its class (`box-y`);
 * 2. a class/id naming the list (related, recommended, most-read, outbrain, taboola...) on a
 *    box of teaser units;
 * 3. structure alone: a list (or a table, or a run of same-class sibling paragraphs) of >= 3 units
 *    that are each mostly one link to a story on the site itself, plus at most a short source or
 *    date (a neutral `items` list in the article body), with no prose of its own.
 * 4. an inline teaser paragraph between body paragraphs: "Read more: <link>", "RELATED: <link>".
 * 5. a related label ("Related on <Site>:") right over an embedded slideshow of another story.
 * Motivated by voa-seed.html (1), clutter-inside-article.html (2), neutral-related.html and
 * headline-runs.html (3), and long-multipage.html (4).
 */
import type { DeclutterContext } from './context';
import { childElements } from '../text';
import type { DeclutterStep } from './step';
import { hasMostlyInternalLinks, hasToken, holdsPost, isHeadingLike, isTeaserList, liveElements } from './signals';
import { INLINE_TEASER_LABELS, RELATED_HEADINGS_FRENCH, RELATED_HEADINGS_GERMAN, RELATED_HEADINGS_OTHER, RELATED_HEADINGS_SPANISH_PORTUGUESE } from './related-phrases';
import { anyOf } from '../word-lists';

export const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
      '(?:you )?might also like', 'also (?:of interest|on [\\w .]+)', 'related(?: (?:stories|articles|posts|content|coverage|links|news|reading|topics|items|on [\\w .]+))?',
      'more (?:stories|articles|news|from [\\w .\'’-]+|on (?:this|[\\w .\'’-]+)|in [\\w .\'’-]+|like this|to (?:read|explore)|top stories|headlines)',
      'recommended(?: (?:for you|stories|articles|reading|content))?', 'we recommend', 'readers? (?:also )?(?:liked|recommend|read)',
      'most (?:read|popular|viewed|shared|emailed|e-mailed|commented|watched|recent)', 'popular(?: (?:now|stories|articles|posts|today|on [\\w .]+))?',
      'trending(?: (?:now|stories|today|on [\\w .]+))?', 'top stories', 'top news', 'latest (?:news|stories|headlines|articles|posts)', 'latest',
      '(?:read|see) (?:more|next|also)', 'also read', 'read this next', 'what to read next', 'up next', 'next up', 'further reading', 'see also',
      'editor\'?s?’?s? (?:picks?|choice)', 'around the web', 'from (?:the web|our partners|around the web)', 'sponsored(?: (?:stories|content|links))?',
      'promoted(?: (?:stories|content|links))?', 'don\'?t miss', 'in case you missed it', 'elsewhere on [\\w .]+', 'only on [\\w .]+', 'explore more',
      'other (?:stories|news|articles)', 'related coverage', 'more from (?:the|our) [\\w .]+', 'recent (?:posts|stories|articles)',
      // A few other languages' stock headings (German, French, Spanish, Italian, Portuguese, Dutch, Arabic, Hebrew).
      'mehr zum thema', 'das könnte sie (?:auch )?interessieren', 'weitere artikel', 'meistgelesen', '(?:à )?lire aussi', 'sur le même sujet',
      'les plus lus', 'te puede interesar', 'noticias relacionadas', 'más noticias', 'lo más leído', 'leggi anche', 'potrebbe interessarti',
      'veja também', 'leia também', 'mais lidas', 'lees ook', 'meest gelezen', 'اقرأ أيضا', 'اقرأ أيضاً', 'مواضيع ذات صلة', 'الأكثر قراءة',
      'אולי יעניין אותך', 'כתבות נוספות', 'הנקראים ביותר',
      'featured(?: (?:content|stories|articles|posts|news))?', 'photos? of the day', 'jump to', 'also in (?:the )?news', 'more headlines',
      '(?:latest|more|top) [\\w ]{0,20} (?:stories|news|headlines)', 'in other news', 'what\'?s (?:hot|new|popular)',
      ...RELATED_HEADINGS_GERMAN, ...RELATED_HEADINGS_FRENCH, ...RELATED_HEADINGS_SPANISH_PORTUGUESE, ...RELATED_HEADINGS_OTHER,
    ].join('|') +
    ')[\\s:.!?»›>-]*$',
  'i',
);
/** A gallery widget's class/id ("story-slideshow-wrapper", "photo-gallery", "carousel"). */
const SLIDESHOW_TOKEN = /(?:^|[-_])(?:slideshow|gallery|carousel)(?:$|[-_\d])/;
/**
 * The label that says the slideshow is another story's: "Related on <Site>:", "Also on <Site>:",
 * "Related slideshow". Not "Read more", which is also a story's own expander over the rest of it.
 */
const RELATED_SLIDESHOW_LABEL = /^(?:(?:related|also|more) on [\w .'’-]{2,40}|related(?: (?:slideshow|gallery|photos))?)[\s:]*$/i;
/** A related label over such a widget is a line ("Related:" at the shortest); the widget below it holds whole captions. */
const MIN_LABEL_TEXT = 7;
const MAX_LABEL_TEXT = 60;
const MIN_SLIDESHOW_TEXT = 200;

/**
 * 5. A related label right over an embedded slideshow of another story ("Related on <Site>:", then
 * the gallery's slides, each a heading and a caption): the slides are paragraphs with no links, so
 * no teaser-list signal sees them, and they outweigh a short story.
 */
function isRelatedSlideshow(ctx: DeclutterContext, label: Element, box: Element): boolean {
  if (ctx.textLength(box) < MIN_SLIDESHOW_TEXT || !RELATED_SLIDESHOW_LABEL.test(ctx.text(label))) return false;
  // The widget is the box or its wrapper's child, not a carousel somewhere deep in a long section.
  return [box, ...childElements(box)].some((el) => hasToken(ctx, el, SLIDESHOW_TOKEN));
}

/** Class/id tokens that name a related, recommended or most-read list. */
const RELATED_LIST_TOKENS = [
  'related', 'recommend(?:ed|ations?)?', 'you-?may-?like', 'ymal', 'more-?(?:stories|articles|news|from|on)',
  'most-?(?:read|popular|viewed|shared|emailed)', 'mostread', 'mostpopular', 'popular', 'trending',
];
/** The recommendation widgets sites embed, by the class their script expects. */
const RECOMMENDATION_WIDGET_TOKENS = ['outbrain', 'taboola', 'zergnet', 'revcontent', 'recirc', 'recirculation'];
/** Headline rails and "read next" boxes. */
const HEADLINE_RAIL_TOKENS = [
  'top-?stories', 'top-?news', 'index-?stories', 'more-?headlines', 'headlines', 'read-?next', 'also-?read', 'further-?reading',
  'related-?content', 'more-?like-?this', 'sponsored-?links', 'rel-?posts',
];
const RELATED_SIG = new RegExp(`(?:^|[-_])(?:${anyOf(RELATED_LIST_TOKENS, RECOMMENDATION_WIDGET_TOKENS, HEADLINE_RAIL_TOKENS)})(?:$|[-_\\d])`);

/** "Read more:", "RELATED:", "See also:" — the label of an inline teaser paragraph. */
/** Labels of an inline teaser, in the order they are tried (the match's length matters). */
const INLINE_LABELS = [
  'read (?:more|next|also)', 'related(?: (?:story|stories|article|articles|content|coverage|reading))?', 'see also', 'also read', 'also see',
  'more(?: on this story| on this| from [\\w .]+)?', 'further reading', 'recommended', 'previously', 'watch', 'listen', '(?:more )?coverage',
  'mehr zum thema',
];
const INLINE_LABEL = new RegExp(`^(?:${anyOf(INLINE_LABELS, INLINE_TEASER_LABELS)})\\s*[:：»›|-]|^click here (?:for|to)\\b`, 'i');

/** Blocks an inline teaser line is written in ("<h6><strong>Mire:</strong> <a>…</a></h6>", a quote box). */
const INLINE_TEASER_TAGS = new Set(['P', 'DIV', 'ASIDE', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE']);

/** A short block that is only a label plus one or two links to other stories. */
function isInlineTeaser(ctx: DeclutterContext, el: Element): boolean {
  const len = ctx.textLength(el);
  if (len === 0 || len > 220 || el.childElementCount > 4) return false;
  const links = ctx.descendants(el, 'A');
  if (links.length < 1 || links.length > 2) return false;
  const text = ctx.text(el);
  const label = INLINE_LABEL.exec(text);
  if (!label) return false;
  const rest = text.length - label[0].length;
  return rest > 0 && ctx.linkTextLength(el) >= rest * 0.7;
}

/** The box a related-list heading belongs to: climb while the box stays a list of teasers. */
function findHeadingBox(ctx: DeclutterContext, heading: Element): Element | null {
  let box: Element | null = null;
  for (let p = heading.parentElement; p && p !== ctx.body; p = p.parentElement) {
    // Never up into the post: a short post is not protected by its text alone.
    if (ctx.isProtected(p) || ctx.textLength(p) > 5000 || ctx.descendants(p, 'H1').length || holdsPost(ctx, p)) break;
    if (isTeaserList(ctx, p, 2)) {
      box = p;
      // Take wrappers that add nothing but the heading's own container.
      const parent = p.parentElement;
      if (parent && parent !== ctx.body && !ctx.isProtected(parent) && ctx.textLength(parent) <= ctx.textLength(p) + 20) continue;
      break;
    }
  }
  return box;
}

/** Units of a list: LI children of UL/OL, the rows of a table, or the element children of a div. */
function getUnits(ctx: DeclutterContext, list: Element): Element[] {
  if (list.nodeName === 'TABLE') return ctx.descendants(list, 'TR').filter((tr) => tr.closest('table') === list);
  return childElements(list).filter((c) => c.nodeName !== 'SCRIPT' && c.nodeName !== 'STYLE');
}

/** A headline link plus at most a short source, date or label ("Wire Service | Jan 16, 07:50"). */
function isStoryUnit(ctx: DeclutterContext, unit: Element): boolean {
  // From the measured lengths only (no subtree walk): this runs on every paragraph and div.
  const len = ctx.textLength(unit);
  const linkLen = ctx.linkTextLength(unit);
  return linkLen >= 15 && len - linkLen <= 60 && linkLen / len >= 0.45;
}

/** Structure-only: >= 3 units, each essentially one internal story link (+ optional image/date). */
function isStoryLinkList(ctx: DeclutterContext, list: Element): boolean {
  // Spacer rows and empty items neither count for nor against.
  const units = getUnits(ctx, list).filter((u) => ctx.textLength(u) > 0);
  if (units.length < 3) return false;
  let storyUnits = 0;
  for (const unit of units) if (isStoryUnit(ctx, unit)) storyUnits++;
  return storyUnits >= 3 && storyUnits / units.length >= 0.75 && hasMostlyInternalLinks(ctx, list);
}

/**
 * Line breaks, and a unit's date in its own small print ("<font>(Monday January 14)</font>"),
 * between the units of a run: they do not end it.
 */
function isSpacer(ctx: DeclutterContext, el: Element): boolean {
  return el.nodeName === 'BR' || (/^(?:FONT|SMALL|EM|I)$/.test(el.nodeName) && ctx.textLength(el) <= 40 && ctx.linkTextLength(el) === 0);
}

/**
 * Headline teasers written as a run of sibling paragraphs or spans (`p.news-item` x N) with no list
 * around them: the run from `first`, when it is 3 or more same-class story units linking to the
 * site itself. Null when `first` does not start such a run.
 */
function getStoryRun(ctx: DeclutterContext, first: Element): Element[] | null {
  const shape = `${first.nodeName} ${first.getAttribute('class') ?? ''}`;
  const step = (el: Element, dir: 'previousElementSibling' | 'nextElementSibling'): Element | null => {
    let s = el[dir];
    while (s && isSpacer(ctx, s)) s = s[dir];
    return s;
  };
  const prev = step(first, 'previousElementSibling');
  if (prev && `${prev.nodeName} ${prev.getAttribute('class') ?? ''}` === shape && isStoryUnit(ctx, prev)) return null;
  const run: Element[] = [];
  for (let el: Element | null = first; el && `${el.nodeName} ${el.getAttribute('class') ?? ''}` === shape && isStoryUnit(ctx, el); el = step(el, 'nextElementSibling')) run.push(el);
  if (run.length < 3) return null;
  const own = run.filter((el) => hasMostlyInternalLinks(ctx, el)).length;
  return own / run.length >= 0.6 ? run : null;
}

export const removeRelatedLists: DeclutterStep = {
  name: 'remove-related-lists',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      // 4. Inline teaser lines, first: a short "Mire: <link>" in an <h6> is heading-like too.
      if (INLINE_TEASER_TAGS.has(el.nodeName) && isInlineTeaser(ctx, el)) {
        ctx.remove(el, this.name, `inline teaser "${ctx.text(el).slice(0, 40)}"`);
        continue;
      }
      // 5. A related label over a slideshow of another story.
      const len = ctx.textLength(el);
      const next = len >= MIN_LABEL_TEXT && len <= MAX_LABEL_TEXT ? el.nextElementSibling : null;
      if (next && isRelatedSlideshow(ctx, el, next)) {
        ctx.setAside(next);
        ctx.remove(next, this.name, `slideshow under "${ctx.text(el)}"`);
        ctx.remove(el, this.name, 'label of a related slideshow');
        continue;
      }
      // 1. Heading text.
      if (isHeadingLike(ctx, el) && len <= 60) {
        const text = ctx.text(el);
        if (!RELATED_HEADING.test(text)) continue;
        const box = findHeadingBox(ctx, el);
        if (box) {
          ctx.remove(box, this.name, `teaser list under heading "${text}"`);
          continue;
        }
        // Heading and teaser list are siblings inside the article container.
        let next = el.nextElementSibling;
        let took = 0;
        while (next && !isHeadingLike(ctx, next) && isTeaserList(ctx, next, 1)) {
          const after = next.nextElementSibling;
          if (ctx.remove(next, this.name, `teasers after heading "${text}"`)) took++;
          next = after;
        }
        if (took) ctx.remove(el, this.name, `related-list heading "${text}"`);
        continue;
      }
      // 2. Class/id signal on a box of teasers.
      if (hasToken(ctx, el, RELATED_SIG)) {
        if (isTeaserList(ctx, el, 2) || ctx.textLength(el) < 30) {
          ctx.remove(el, this.name, 'related/recommended class on a teaser list');
        }
        continue;
      }
      // 3b. The same, as a run of sibling paragraphs with no list element around them.
      // A run starts with a story unit: the cheap measure first, the siblings only then.
      if ((el.nodeName === 'P' || el.nodeName === 'DIV' || el.nodeName === 'SPAN') && isStoryUnit(ctx, el)) {
        const run = getStoryRun(ctx, el);
        if (run) {
          const prev = run[0].previousElementSibling;
          let took = 0;
          for (const unit of run) {
            // The unit's date beside it goes too (found before removal detaches the unit).
            const dates: Element[] = [];
            for (let n = unit.nextElementSibling; n && isSpacer(ctx, n); n = n.nextElementSibling) if (n.nodeName !== 'BR') dates.push(n);
            if (ctx.remove(unit, this.name, 'run of internal story links')) took++;
            for (const d of dates) ctx.remove(d, this.name, 'date of a story link');
          }
          if (took && prev && isHeadingLike(ctx, prev) && ctx.textLength(prev) <= 60) ctx.remove(prev, this.name, 'title of a story-link run');
          continue;
        }
      }
      // 3. Structure: a list of internal story links inside or beside the article.
      if ((el.nodeName === 'UL' || el.nodeName === 'OL' || el.nodeName === 'TABLE') && isStoryLinkList(ctx, el)) {
        const prev = el.previousElementSibling;
        const next = el.nextElementSibling;
        if (!ctx.remove(el, this.name, 'list of internal story links')) continue;
        // Its title goes with it: a short label right before it ("Read more:") or a heading that
        // is now left heading nothing (the list was the last thing in its box).
        if (!prev || ctx.textLength(prev) > 60 || ctx.linkTextLength(prev) > 0) continue;
        const orphanHeading = isHeadingLike(ctx, prev) && (!next || isHeadingLike(ctx, next));
        if (orphanHeading || /:\s*$|^(?:more|related|read|see)\b/i.test(ctx.text(prev))) {
          ctx.remove(prev, this.name, 'title of a story-link list');
        }
      }
    }
  },
};
