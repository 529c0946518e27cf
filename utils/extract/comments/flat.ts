/**
 * Flat comment sections: old news systems (2008-era pages) that print comments as one run of
 * text inside a comment-named box, with no element per comment — "body… Posted By: NAME |
 * January 16 2008 at 03:16 PM", then the next body. The comments are split at those credit lines.
 * The last resort: it runs only when no detector found units, and only in a box whose own id or
 * class says "comment", with at least two dated credit lines.
 */
import type { Comment } from '../types';
import { findDate } from './dates';
import { findRegions } from './region';
import type { PageScan } from './scan';
import type { DetectorResult } from './generic';
import { cleanAuthor, getTextLines } from './units';

const CREDIT_RE = /^(?:(?:posted|written|submitted|comment(?:ed)?|sent|added)\s+by:?\s*|by:?\s+)(.+)$|^(.{1,60}?)\s+(?:says|said|wrote|writes)\s*(?::|\.{2,}|…)?\s*(.*)$/i;
const STRICT_NAME_RE = /comment/i;

interface Credit {
  index: number;
  author: string;
  dateText?: string;
  iso?: string;
}

function readCredit(line: string, next: string | undefined): Credit | null {
  if (line.length > 160) return null;
  const m = CREDIT_RE.exec(line);
  if (!m) return null;
  const rest = m[1] ?? m[2] ?? '';
  const name = cleanAuthor(rest.split(/\s+\|\s+|\s+on\s+|\s+at\s+|\s+-\s+/)[0]);
  if (!name || name.length > 60) return null;
  const date = findDate(line) ?? (next && next.length <= 80 ? findDate(next) : null);
  if (!date) return null;
  return { index: -1, author: name, dateText: date.text, iso: date.iso };
}

export function detectFlatComments(doc: Document, _url: string, scan: PageScan): DetectorResult | null {
  let best: DetectorResult | null = null;
  for (const box of scan.containers) {
    if (!STRICT_NAME_RE.test(`${box.id} ${typeof box.className === 'string' ? box.className : ''}`)) continue;
    const lines = getTextLines(box);
    if (lines.length > 3000) continue;
    const credits: Credit[] = [];
    lines.forEach((line, i) => {
      const c = readCredit(line, lines[i + 1]);
      if (c) credits.push({ ...c, index: i });
    });
    if (credits.length < 2) continue;
    // Credit lines after their bodies (the common 2008 layout) or before them: whichever leaves
    // text on the right side of the first credit.
    const footer = credits[0].index > 0 && lines.slice(0, credits[0].index).some((l) => l.length > 40);
    const comments: Comment[] = [];
    credits.forEach((c, k) => {
      const from = footer ? (k === 0 ? 0 : credits[k - 1].index + 1) : c.index + 1;
      const to = footer ? c.index : k + 1 < credits.length ? credits[k + 1].index : lines.length;
      const body = lines
        .slice(from, to)
        .filter((l) => !(c.dateText && l.length <= c.dateText.length + 10 && l.includes(c.dateText)))
        .filter((l) => !/^(?:reply|report|permalink|\d+\.?)$/i.test(l));
      // Before the first footer-style comment sits the box's heading ("Comments"): short lines.
      const text = (footer && k === 0 ? body.filter((l, i) => i > 0 || l.length > 40) : body).join('\n\n').trim();
      if (!text) return;
      const comment: Comment = { author: c.author, text, replies: [] };
      if (c.dateText) comment.dateText = c.dateText;
      if (c.iso) comment.date = c.iso;
      comments.push(comment);
    });
    if (comments.length >= 2 && (!best || comments.length > best.comments.length)) {
      best = { source: 'flat', comments, units: [box], regions: findRegions(doc, [box], box) };
    }
  }
  return best;
}
