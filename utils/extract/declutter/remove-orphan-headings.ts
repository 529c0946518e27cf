/**
 * A related-list heading with no story after it: "Ähnliche Beiträge", "Das könnte Sie auch
 * interessieren", "You may also like" over a list that a script fills in (the copy being read has
 * no list yet), or over links the list rules did not take. At the end of the article it reads as
 * the story's last line. Signal: a heading (or a short label line without links) whose whole text
 * names such a list, followed in its box and the boxes around it, up to the story's box, by nothing
 * but empty elements and link-only lines (a tag or category row, a short label before its links, is
 * one). "Empty" is read from the element's text, not its measured length: tiles a script fills in
 * are markup and line breaks, which the measure counts. An "About the author" heading whose box
 * page chrome took is such a label too. The label and those lines go; a heading followed by a
 * paragraph of text stays, whatever it says.
 * Motivated by orphan-headings.html and boilerplate-in-story.html.
 */
import type { DeclutterContext } from './context';
import type { DeclutterStep } from './step';
import { RELATED_HEADING } from './remove-related-lists';
import { climbToBox, isHeadingLike, liveElements } from './signals';

/** Longest heading or label line looked at. */
const MAX_LABEL = 80;
/** A box this long holds the story: the walk stops there (what follows the story is not its business). */
const STORY_BOX = 500;
const LABEL_TAGS = new Set(['P', 'DIV', 'SPAN', 'STRONG', 'B']);
/** The heading of an author box, left behind when the box (page chrome) went. */
const ABOUT_AUTHOR = /^(?:about the author|über den autor)\W*$/i;
/** A taxonomy row's own words: "Tags:", "Kategorien" before its links. */
const MAX_ROW_LABEL = 20;

/** A line that is only links: a teaser headline ("Richtig frühstücken: die besten Tipps"), a list of them. */
function isLinkLine(ctx: DeclutterContext, el: Element): boolean {
  const len = ctx.textLength(el);
  const link = ctx.linkTextLength(el);
  return (ctx.linkDensity(el) >= 0.8 || (link > 0 && len - link <= MAX_ROW_LABEL)) && len <= 200 * Math.max(1, ctx.descendants(el, 'A').length);
}

/**
 * What follows `start` up to the story's box: the link-only lines to take with it, or null when
 * something else with text follows (then the heading heads real content).
 */
function getTrailingLinks(ctx: DeclutterContext, start: Element): Element[] | null {
  // Text right after the label, in its line ("About the author: Jo writes…", "RELATED: the endorsees…"), is what it heads.
  const after = start.nextSibling;
  if (after?.nodeType === 3 && after.nodeValue?.trim()) return null;
  const links: Element[] = [];
  for (let n: Element = start; n.parentElement && n.parentElement !== ctx.body; n = n.parentElement) {
    for (let s = n.nextElementSibling; s; s = s.nextElementSibling) {
      if (ctx.isRemoved(s) || !ctx.text(s)) continue;
      if (!isLinkLine(ctx, s) || isHeadingLike(ctx, s)) return null;
      links.push(s);
    }
    const parent = n.parentElement;
    if (ctx.textLength(parent) >= STORY_BOX || ctx.isProtected(parent)) break;
  }
  return links;
}

export const removeOrphanHeadings: DeclutterStep = {
  name: 'remove-orphan-headings',
  run(ctx) {
    const labels: Element[] = [];
    for (const el of liveElements(ctx)) {
      const len = ctx.textLength(el);
      if (len === 0 || len > MAX_LABEL || ctx.linkTextLength(el) > 0) continue;
      if (!isHeadingLike(ctx, el) && !(LABEL_TAGS.has(el.nodeName) && el.childElementCount <= 2)) continue;
      // Inside a link it is link text, not a label: a contents list's "See also" entry.
      if ((RELATED_HEADING.test(ctx.text(el)) || ABOUT_AUTHOR.test(ctx.text(el))) && !el.closest('a')) labels.push(el);
    }
    // From the last: a label over links is then no longer followed by the empty heading below it.
    for (const el of labels.reverse()) {
      if (ctx.isRemoved(el)) continue;
      const text = ctx.text(el);
      const box = climbToBox(ctx, el, ctx.textLength(el) + 20, 20);
      const links = getTrailingLinks(ctx, box);
      if (!links) continue;
      if (!ctx.remove(box, this.name, `related heading "${text}" with ${links.length ? 'only links' : 'nothing'} after it`)) continue;
      for (const link of links) ctx.remove(link, this.name, `link line under "${text}"`);
    }
  },
};
