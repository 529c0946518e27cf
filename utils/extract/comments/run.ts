/**
 * Comment runs: old templates print the comment section straight into the article's own
 * container — an anchor (`<a name="comments">`), a "Comments" line, then each comment as loose
 * nodes ("<b>NAME</b><br>text<hr>", or paragraphs that end "Posted by NAME on DATE") — so no
 * element wraps the section or a comment, and Readability keeps it all as article text.
 *
 * The section is the run of siblings after the anchor, read two ways: split at dated credit lines
 * (as flat.ts does), or split at <hr> rules where each piece opens with a bold name. The last
 * resort: it runs only when no other detector found comments, and needs two comments or more.
 *
 * With no element to remove, the section is handed back as its loose nodes (text included), from
 * the anchor to the last comment.
 */
import type { Comment } from '../types';
import type { DayMonthOrder } from '../dates';
import { isSectionChrome, readCredit, splitAtCredits } from './flat';
import type { DetectorResult } from './types';
import type { PageScan } from './scan';
import { getTextLines } from '../text';
import { cleanAuthor, isChromeLine } from './units';

const MAX_RUN_NODES = 4000;
// A name line: short, a few words, not a sentence.
const MAX_NAME_CHARS = 50;

function isBlankNode(n: Node): boolean {
  if (n.nodeType === 3) return !/\S/.test((n as Text).data);
  if (n.nodeType === 1) return (n as Element).tagName === 'BR' || !/\S/.test(n.textContent ?? '');
  return true;
}

/** The siblings after the anchor, climbing out of its own small wrappers (`<h2><a id="comments"></a>Comments</h2>`). */
function getRun(anchor: Element): { start: Element; run: ChildNode[] } | null {
  let start = anchor;
  for (let depth = 0; depth < 3; depth++) {
    const parent = start.parentElement;
    // Only wrappers of the anchor itself (a heading or a <p> around it), never the article's div.
    if (!parent || parent === start.ownerDocument.body || (parent.textContent ?? '').trim().length > 200) break;
    start = parent;
  }
  const run: ChildNode[] = [];
  for (let n = start.nextSibling; n; n = n.nextSibling) {
    run.push(n);
    if (run.length > MAX_RUN_NODES) return null;
  }
  return run.some((n) => !isBlankNode(n)) ? { start, run } : null;
}

function isBold(n: Node): n is Element {
  return n.nodeType === 1 && /^(?:B|STRONG)$/.test((n as Element).tagName);
}

/** One <hr>-delimited piece: a bold name first (after any section heading), then the text. */
function readRuledPiece(nodes: ChildNode[]): Comment | null {
  let i = 0;
  let author = '';
  for (; i < nodes.length; i++) {
    const n = nodes[i];
    if (isBlankNode(n)) continue;
    if (!isBold(n)) return null;
    const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (isSectionChrome(text)) continue;
    author = cleanAuthor(text);
    i++;
    break;
  }
  if (!author || author.length > MAX_NAME_CHARS || author.split(' ').length > 6) return null;
  const lines = getTextLines(nodes.slice(i)).filter((l) => !isChromeLine(l));
  const text = lines.join('\n\n').trim();
  return text ? { author, text, replies: [] } : null;
}

/** Comments split at <hr> rules, and the index in `run` of the last node they cover. */
function splitAtRules(run: ChildNode[]): { comments: Comment[]; end: number } | null {
  const comments: Comment[] = [];
  let piece: ChildNode[] = [];
  let end = -1;
  for (let i = 0; i <= run.length; i++) {
    const n = run[i];
    if (n && !(n.nodeType === 1 && (n as Element).tagName === 'HR')) {
      piece.push(n);
      continue;
    }
    if (piece.some((p) => !isBlankNode(p))) {
      const comment = readRuledPiece(piece);
      // The pieces must follow one another from the anchor on: the first that is not a comment
      // ends the section.
      if (!comment) break;
      comments.push(comment);
      end = i < run.length ? i : run.length - 1;
    }
    piece = [];
  }
  return comments.length >= 2 ? { comments, end } : null;
}

/** Comments split at credit lines, and the index in `run` of the node with the last credit. */
function splitRunAtCredits(run: ChildNode[], order: DayMonthOrder): { comments: Comment[]; end: number } | null {
  const comments = splitAtCredits(getTextLines(run), order);
  if (!comments) return null;
  // The anchor was not at the comments (a "jump to comments" target above the story): the first
  // "comment" would be the article.
  const [first, ...rest] = comments;
  if (first.text.length > 3000 && first.text.length > rest.reduce((n, c) => n + c.text.length, 0)) return null;
  for (let i = run.length - 1; i >= 0; i--) {
    const lines = getTextLines(run[i]);
    if (lines.some((l, k) => readCredit(l, lines[k + 1], lines[k - 1], order) !== null)) return { comments, end: i };
  }
  return null;
}

export function detectRunComments(_doc: Document, _url: string, scan: PageScan): DetectorResult | null {
  for (const anchor of scan.anchors) {
    if (!anchor.isConnected) continue;
    const found = getRun(anchor);
    if (!found) continue;
    const split = splitRunAtCredits(found.run, scan.dateOrder) ?? splitAtRules(found.run);
    if (!split) continue;
    const nodes = [found.start, ...found.run.slice(0, split.end + 1)];
    return { source: 'run', comments: split.comments, regions: [], looseNodes: nodes };
  }
  return null;
}
