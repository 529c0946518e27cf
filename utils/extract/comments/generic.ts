/**
 * The generic detector: inside a region that is named or headed like a comment section, find
 * repeated sibling units of the same shape, each with an author, a date and a body — whatever the
 * class names (the seed page's list is `<ul class="items">`, the "comments-items" fixture has no
 * "comment" class at all).
 */
import { findDate } from '../dates';
import { findRegions, isCommentNamed, sortInDocumentOrder } from './region';
import { scanPage, type PageScan } from './scan';
import type { DetectorResult } from './types';
import { countComments } from '../comment-count';
import { getShape } from './shape';
import { UNCACHED_TEXT, type TextReader } from './text-cache';
import { listElements } from '../text';
import { buildThread } from './thread';
import { readUnitMeta } from './units';

/** A comment has at least a short sentence of text; less is a counter, a button or a spacer. */
const MIN_UNIT_TEXT = 25;
/** A comment's date sits in its header: looked for in this much of its leading text. */
const DATE_SEARCH_TEXT = 400;
/** Most of a group of same-shaped boxes must read as comments (author and date) for the group to be a thread... */
const GOOD_UNIT_SHARE = 0.6;
/** ...and half of them must show a date before they are read in full. */
const DATED_UNIT_SHARE = 0.5;
const MAX_REGION_ELEMENTS = 6000;

/**
 * strict: the unit must show an author and a date. 'named': inside a container whose own name
 * says "comment", a named author element or a "NAME said," line is enough (themes that hide the
 * date, as in the comments-undated fixture).
 */
function isGoodUnit(el: Element, strict: boolean | 'named', reader: TextReader): boolean {
  if (reader.leading(el, MIN_UNIT_TEXT).length < MIN_UNIT_TEXT) return false;
  const isNested = (): boolean => false;
  const meta = readUnitMeta(el, isNested, { text: reader });
  if (!meta.author) return false;
  if (strict === 'named') return !!meta.date || meta.authorSource === 'element' || meta.authorSource === 'line' || meta.authorSource === 'lead';
  if (strict && !meta.date) return false;
  return true;
}

const STRONG_NAME_RE = /comment|respon[sd]|discuss|reaction|repl(?:y|ies)/i;

/** The best group of same-shaped sibling units inside a container, or null. */
export function findUnitGroup(container: Element, reader: TextReader = UNCACHED_TEXT): Element[] | null {
  const all = [container, ...listElements(container)];
  if (all.length > MAX_REGION_ELEMENTS) return null;
  let best: { units: Element[]; score: number } | null = null;
  const strongly = STRONG_NAME_RE.test(`${container.id} ${typeof container.className === 'string' ? container.className : ''}`);
  for (const parent of all) {
    // Children by sibling links, not `parent.children`: in jsdom every read of that collection's
    // length looks for an element named "length" first (see listElements), and this loop visits
    // every element of the region: it was most of the comment detector's time in the benchmark.
    let child = parent.firstElementChild;
    if (!child) continue;
    const groups = new Map<string, Element[]>();
    for (; child; child = child.nextElementSibling) {
      if (/^(SCRIPT|STYLE|FORM|INPUT|SELECT|BUTTON|H[1-6]|BR|HR|IMG)$/.test(child.tagName)) continue;
      const shape = getShape(child);
      const g = groups.get(shape);
      if (g) g.push(child);
      else groups.set(shape, [child]);
    }
    for (const members of groups.values()) {
      // One comment is enough when its own name says so; otherwise a repeated shape is needed.
      if (members.length < 2 && !isCommentNamed(members[0])) continue;
      // Cheap filter before the full reading: a date somewhere near the start of each unit.
      const dated = members.filter((m) => findDate(reader.leading(m, DATE_SEARCH_TEXT)) !== null);
      const needed = Math.max(1, Math.ceil(members.length * GOOD_UNIT_SHARE));
      let good: Element[] = [];
      if (dated.length >= Math.max(1, Math.ceil(members.length * DATED_UNIT_SHARE))) good = dated.filter((m) => isGoodUnit(m, true, reader));
      if (good.length < needed && strongly && members.length >= 2) good = members.filter((m) => isGoodUnit(m, 'named', reader));
      if (good.length < needed) continue;
      const score = good.length;
      if (!best || score > best.score) best = { units: members, score };
    }
  }
  return best?.units ?? null;
}

/** All units of the chosen shape in the list, replies included, in document order. */
export function collectThreadUnits(topUnits: Element[], reader: TextReader = UNCACHED_TEXT): Element[] {
  const shapes = new Set(topUnits.map(getShape));
  const out = new Set<Element>(topUnits);
  for (const top of topUnits) {
    for (const el of listElements(top)) if (shapes.has(getShape(el)) && isGoodUnit(el, false, reader)) out.add(el);
    // Replies in a wrapper right after the unit (Drupal's div.indented).
    const next = top.nextElementSibling;
    if (next && !shapes.has(getShape(next)) && /indent|child|repl|nested|thread/i.test(`${next.className} ${next.id}`)) {
      for (const el of listElements(next)) if (shapes.has(getShape(el)) && isGoodUnit(el, false, reader)) out.add(el);
    }
  }
  return sortInDocumentOrder([...out]);
}

export function detectGenericComments(doc: Document, url: string, scan: PageScan = scanPage(doc, url)): DetectorResult | null {
  let best: DetectorResult | null = null;
  for (const container of scan.containers) {
    const group = findUnitGroup(container, scan.text);
    if (!group) continue;
    const units = collectThreadUnits(group, scan.text);
    const comments = buildThread(units, url, {}, scan.dateOrder, scan.text);
    if (comments.length === 0) continue;
    if (!best || countComments(comments) > countComments(best.comments)) {
      best = { source: 'generic', comments, regions: findRegions(doc, units, undefined, scan.text) };
    }
  }
  // Comment-named siblings whose parent is too big to search (the page wrapper).
  for (const group of scan.namedGroups) {
    const good = group.filter((m) => isGoodUnit(m, true, scan.text));
    if (good.length < Math.ceil(group.length * GOOD_UNIT_SHARE)) continue;
    const comments = buildThread(group, url, {}, scan.dateOrder, scan.text);
    if (comments.length > 0 && (!best || countComments(comments) > countComments(best.comments))) {
      best = { source: 'generic', comments, regions: findRegions(doc, group, undefined, scan.text) };
    }
  }
  return best;
}
