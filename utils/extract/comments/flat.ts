/**
 * Flat comment sections: old news systems (2008-era pages) that print comments as one run of
 * text inside a comment-named box, with no element per comment — "body… Posted By: NAME |
 * January 16 2008 at 03:16 PM", then the next body. The comments are split at those credit lines.
 * The last resort: it runs only when no detector found units, and only in a box whose own id or
 * class says "comment", with at least two dated credit lines.
 */
import type { Comment } from '../types';
import { findDate, type DayMonthOrder } from '../dates';
import { findRegions } from './region';
import { COMMENT_HEADING_RE, COMMENT_NOTICE_RE } from './vocabulary';
import type { PageScan } from './scan';
import type { DetectorResult } from './types';
import { getTextLines } from '../text';
import { cleanAuthor, isChromeLine } from './units';

const CREDIT_RE = /^(?:(?:posted|written|submitted|comment(?:ed)?|sent|added)\s+by:?\s*|by:?\s+)(.+)$|^(.{1,60}?)\s+(?:says|said|wrote|writes)\s*(?::|\.{2,}|…)?\s*(.*)$/i;
const STRICT_NAME_RE = /comment/i;

interface Credit {
  index: number;
  /** "NAME said:" — the text always follows. */
  said?: boolean;
  /** The date was on the line before the credit: that line opens this comment. */
  dateBefore?: boolean;
  author: string;
  dateText?: string;
  iso?: string;
}

/** A comment section's heading or notice ("Comments (3)", "Comments are closed"), or an action line. */
export function isSectionChrome(line: string): boolean {
  return (line.length <= 120 && COMMENT_HEADING_RE.test(line)) || COMMENT_NOTICE_RE.test(line) || isChromeLine(line);
}

export function readCredit(line: string, next: string | undefined, prev: string | undefined, order: DayMonthOrder): Credit | null {
  if (line.length > 160) return null;
  const m = CREDIT_RE.exec(line);
  if (!m) return null;
  const rest = m[1] ?? m[2] ?? '';
  const name = cleanAuthor(rest.split(/\s+\|\s+|\s+on\s+|\s+at\s+|\s+-\s+/)[0]);
  if (!name || name.length > 60) return null;
  // The date on the credit line, on a short line after it, or on the line before it ("11:10 PM on
  // Tue., Jan. 8, 2008 re: Story" / "Examiner Reader said:").
  const date = findDate(line, order) ?? (next && next.length <= 80 ? findDate(next, order) : null);
  const before = date || !prev || prev.length > 120 ? null : findDate(prev, order);
  if (!date && !before) return null;
  const found = (date ?? before)!;
  return { index: -1, author: name, dateText: found.text, iso: found.iso, said: m[2] !== undefined, dateBefore: !!before };
}

/**
 * Comments from the text lines of a section with no element per comment, split at dated credit
 * lines ("Posted By: NAME | DATE"); null without at least two.
 */
export function splitAtCredits(lines: readonly string[], order: DayMonthOrder): Comment[] | null {
  const credits: Credit[] = [];
  lines.forEach((line, i) => {
    const c = readCredit(line, lines[i + 1], lines[i - 1], order);
    if (c) credits.push({ ...c, index: i });
  });
  if (credits.length < 2) return null;
  // Credit lines after their bodies (the common 2008 layout) or before them: whichever leaves
  // text on the right side of the first credit, not counting the section's heading and notices
  // ("Comments", "Comments are closed"). "NAME said:" always comes before its text.
  const before = lines.slice(0, credits[0].index).filter((l) => !isSectionChrome(l));
  const footer = !credits[0].said && before.join(' ').length > 30;
  const comments: Comment[] = [];
  credits.forEach((c, k) => {
    const from = footer ? (k === 0 ? 0 : credits[k - 1].index + 1) : c.index + 1;
    const nextCredit = credits[k + 1];
    const to = footer ? c.index : nextCredit ? nextCredit.index - (nextCredit.dateBefore ? 1 : 0) : lines.length;
    const body = lines
      .slice(from, to)
      .filter((l) => !(c.dateText && l.length <= c.dateText.length + 10 && l.includes(c.dateText)))
      .filter((l) => !isChromeLine(l));
    // Before the first footer-style comment may sit the section's heading and notices.
    if (footer && k === 0) while (body.length && isSectionChrome(body[0])) body.shift();
    const text = body.join('\n\n').trim();
    if (!text) return;
    const comment: Comment = { author: c.author, text, replies: [] };
    if (c.dateText) comment.dateText = c.dateText;
    if (c.iso) comment.date = c.iso;
    comments.push(comment);
  });
  return comments.length >= 2 ? comments : null;
}

function isStrictlyNamed(el: Element): boolean {
  return STRICT_NAME_RE.test(`${el.id} ${typeof el.className === 'string' ? el.className : ''}`);
}

export function detectFlatComments(doc: Document, _url: string, scan: PageScan): DetectorResult | null {
  let best: DetectorResult | null = null;
  for (const container of scan.containers) {
    // The container itself and the comment-named boxes inside it (a headed panel around
    // #commentsDiv); the box that yields the most comments wins, the innermost on a tie.
    const boxes = [container, ...Array.from(container.querySelectorAll('[id], [class]')).slice(0, 400)].filter(isStrictlyNamed);
    for (const box of boxes) {
      const lines = getTextLines(box);
      if (lines.length > 3000) continue;
      const comments = splitAtCredits(lines, scan.dateOrder);
      if (comments && (!best || comments.length >= best.comments.length)) {
        best = { source: 'flat', comments, regions: findRegions(doc, [box], box, scan.text) };
      }
    }
  }
  return best;
}
