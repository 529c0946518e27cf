/**
 * Forum-style comments as on the voa-seed fixture (tests/fixtures/pages): each comment opens
 * with a line "by: NAME" or "by: NAME from: PLACE", then a date line, then the text. The unit is
 * the ancestor of that line that sits beside the other comments.
 *
 * Also Blogger / Movable Type definition lists: <dt> with the author ("NAME said...") followed by
 * <dd> bodies and a dated <dd> footer, inside a comment-named <dl>.
 */
import type { Comment } from '../types';
import { findDate, type DayMonthOrder } from '../dates';
import { findRegions, isCommentNamed, sortInDocumentOrder } from './region';
import { getTextLines } from '../text';
import type { TextReader } from './text-cache';
import { buildThread } from './thread';
import { cleanAuthor } from './units';
import type { DetectorResult } from './types';
import { scanPage, type PageScan } from './scan';

const BY_LINE_RE = /^by:\s*\S/i;

export function detectForumComments(doc: Document, url: string, scan: PageScan = scanPage(doc, url)): DetectorResult | null {
  const body = doc.body;
  if (!body) return null;
  // Only inside a comment section: "by: NAME" lines elsewhere are article bylines.
  // Start from text nodes (cheap) rather than every element's text.
  const lines: Element[] = [];
  for (const c of scan.containers) {
    const walker = doc.createTreeWalker(c, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/^\s*by:/i.test((n as Text).data)) continue;
      let el = n.parentElement;
      // "<p><span>by:</span> <span>NAME</span></p>": the line is the smallest block around it.
      while (el && el !== c && /^(?:SPAN|B|STRONG|EM|I|LABEL|SMALL|FONT)$/.test(el.tagName)) el = el.parentElement;
      if (!el || el === c) continue;
      const t = scan.text.collapsed(el);
      if (t.length <= 140 && BY_LINE_RE.test(t) && !el.querySelector('p, div, li')) lines.push(el);
    }
  }
  // Only the outermost element of each line.
  const lineEls = lines.filter((el) => !lines.some((o) => o !== el && o.contains(el)));
  if (lineEls.length === 0) return null;
  const units: Element[] = [];
  for (const line of lineEls) {
    let unit: Element = line;
    // Climb while the ancestor still holds only this one "by:" line.
    while (unit.parentElement && unit.parentElement !== body && lineEls.filter((l) => unit.parentElement!.contains(l)).length === 1) {
      unit = unit.parentElement;
      if (scan.text.collapsed(unit).length > 20000) return null;
    }
    if (unit === line) continue; // the line's parent already holds another comment: no unit of its own
    units.push(unit);
  }
  const ordered = sortInDocumentOrder([...new Set(units)]);
  // Each unit must carry a date besides its "by:" line: otherwise it is an article byline.
  const dated = ordered.filter((u) => findDate(scan.text.collapsed(u).slice(0, 400)) !== null);
  if (dated.length === 0 || dated.length < ordered.length * 0.6) return null;
  const comments = buildThread(dated, url, { author: '.name, .author, .user, .username' }, scan.dateOrder, scan.text);
  if (comments.length === 0) return null;
  return { source: 'forum', comments, regions: findRegions(doc, dated, undefined, scan.text) };
}

export function detectDefinitionListComments(doc: Document, url: string, scan: PageScan = scanPage(doc, url)): DetectorResult | null {
  let best: DetectorResult | null = null;
  const dls = scan.containers.flatMap((c) => [...(c.tagName === 'DL' ? [c] : []), ...c.querySelectorAll('dl')]);
  for (const dl of dls) {
    const named = isCommentNamed(dl) || (dl.parentElement && isCommentNamed(dl.parentElement));
    if (!named) continue;
    const comments: Comment[] = [];
    let dt: Element | null = null;
    let dds: Element[] = [];
    const flush = (): void => {
      if (!dt && dds.length === 0) return;
      const c = readPair(dt, dds, url, scan.dateOrder, scan.text);
      if (c) comments.push(c);
      dt = null;
      dds = [];
    };
    for (const child of dl.children) {
      if (child.tagName === 'DT') {
        flush();
        dt = child;
      } else if (child.tagName === 'DD') dds.push(child);
    }
    flush();
    if (comments.length > 0 && (!best || comments.length > best.comments.length)) {
      best = { source: 'definition-list', comments, regions: findRegions(doc, [dl], undefined, scan.text) };
    }
  }
  return best;
}

function readPair(dt: Element | null, dds: Element[], url: string, order: DayMonthOrder, reader: TextReader): Comment | null {
  const metaLines: string[] = [];
  const bodyLines: string[] = [];
  let dateText: string | undefined;
  let iso: string | undefined;
  let author: string | undefined;
  let permalink: string | undefined;
  const consider = (el: Element, isHeader: boolean): void => {
    const lines = getTextLines(el);
    const short = reader.collapsed(el).length <= 160;
    for (const line of lines) {
      const d = line.length <= 120 ? findDate(line, order) : null;
      if (d && !dateText) {
        dateText = d.text;
        iso = d.iso;
        if (isHeader || short) {
          metaLines.push(line);
          continue;
        }
      }
      if (isHeader || (short && d)) metaLines.push(line);
      else bodyLines.push(line);
    }
    for (const a of el.querySelectorAll('a[href*="#c"], a[href*="comment"]')) {
      try {
        permalink ??= new URL(a.getAttribute('href') ?? '', url).href;
      } catch {
        /* ignore */
      }
    }
  };
  if (dt) consider(dt, true);
  for (const dd of dds) consider(dd, false);
  if (dt) {
    const name = dt.querySelector('a, .fn, .author, cite, strong, b');
    author = cleanAuthor(reader.collapsed(name ?? dt));
    if (!author || author.length > 60) author = cleanAuthor(getTextLines(dt)[0] ?? '');
  }
  const text = bodyLines.filter((l) => !/^(?:reply|delete|permalink|report)$/i.test(l)).join('\n\n').trim();
  if (!text || !author || author.length > 60) return null;
  const c: Comment = { author, text, replies: [] };
  if (dateText) {
    c.dateText = dateText;
    if (iso) c.date = iso;
  }
  if (permalink) c.permalink = permalink;
  return c;
}
