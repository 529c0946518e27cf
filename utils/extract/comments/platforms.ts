/**
 * Comment markup of common platforms, read with the platform's own selectors. Each entry names a
 * real-world markup shape; the comments-* fixtures pin them down.
 */
import { findRegions } from './region';
import { countComments } from '../comment-count';
import { getTextLines } from '../text';
import { buildThread } from './thread';
import type { UnitHints } from './units';
import { sortInDocumentOrder } from './region';
import type { DetectorResult } from './types';
import { scanPage, type PageScan } from './scan';

interface PlatformSpec {
  name: string;
  /** Where the thread lives; units outside it are ignored. */
  list: string;
  unit: string;
  hints: UnitHints;
}

const PLATFORMS: PlatformSpec[] = [
  {
    // WordPress themes: ol.commentlist / ol.comment-list > li.comment (> ul.children > li.comment),
    // `.comment-author .fn`, `.comment-meta a time`, permalinks "#comment-123".
    name: 'wordpress',
    // Units only come from comment-named containers (scan.ts), so any such container will do:
    // the same li.comment shape is used by Slash-based and other blog engines.
    list: 'ol.commentlist, ul.commentlist, ol.comment-list, ul.comment-list, div.commentlist, div.comment-list, [id*="comment"], [class*="comment"]',
    unit: 'li.comment, li[id^="comment-"], article.comment, div.comment[id^="comment-"], li.pingback, li.trackback',
    hints: {
      author: '.comment-author .fn, .comment-author cite, .fn, .comment-author',
      date: '.comment-meta time, .comment-metadata time, .commentmetadata a, .comment-meta a, .comment-date, time',
      body: '.comment-content, .comment-text, .comment_text',
    },
  },
  {
    // Drupal 7/8: #comments > .comment (+ .indented for replies), body in .field-name-comment-body.
    name: 'drupal',
    list: '#comments, .comment-wrapper, section.comments, .field-name-comments, .field--name-comment',
    unit: 'div.comment, article.comment, article.js-comment',
    hints: {
      author: '.username, .comment__author, .submitted a, .author',
      date: '.submitted, .comment__time, time, .date',
      body: '.field-name-comment-body, .field--name-comment-body, .comment__content .content, .comment-content, .content',
    },
  },
  {
    // Discourse topic pages (and their noscript crawler view): .topic-post with .cooked bodies.
    name: 'discourse',
    list: '.topic-body, .post-stream, #main-outlet, body',
    unit: '.topic-post, .crawler-post',
    hints: {
      author: '.username, .creator [itemprop="name"], .creator',
      date: '.post-date, .relative-date, time, .crawler-post-infos',
      body: '.cooked, .post',
    },
  },
  {
    // Disqus threads rendered into the page (the old "dsq-" markup, whose items may carry only an
    // id, "dsq-comment-123", and the embed's own).
    name: 'disqus',
    list: '#disqus_thread, #dsq-content, #dsq-comments',
    unit: 'li.post, .dsq-comment, li[id^="dsq-comment-"]',
    hints: {
      author: '.post-byline .author, .dsq-commenter-name, .dsq-comment-header cite, .author',
      date: '.post-meta time, .time-ago, .dsq-comment-header-time, time',
      body: '.post-message, .dsq-comment-message, .dsq-comment-text',
    },
  },
];

export function detectPlatformComments(doc: Document, url: string, scan: PageScan = scanPage(doc, url)): DetectorResult | null {
  let best: DetectorResult | null = null;
  for (const spec of PLATFORMS) {
    const units = new Set<Element>();
    const found =
      spec.name === 'discourse'
        ? scan.discoursePosts
        : scan.containers.flatMap((c) => [...(c.matches(spec.unit) ? [c] : []), ...c.querySelectorAll(spec.unit)]);
    for (const u of found) {
      if (scan.text.collapsed(u).length < 2 || !u.closest(spec.list)) continue;
      units.add(u);
    }
    // Drop wrappers: a "unit" whose only text comes from units inside it.
    const ordered = sortInDocumentOrder([...units]).filter((u) => !isOnlyWrapper(u, units));
    if (ordered.length === 0) continue;
    const comments = buildThread(ordered, url, spec.hints, scan.dateOrder, scan.text);
    if (comments.length === 0) continue;
    if (!best || countComments(comments) > countComments(best.comments)) {
      best = { source: spec.name, comments, regions: findRegions(doc, ordered, undefined, scan.text) };
    }
  }
  return best;
}

function isOnlyWrapper(u: Element, units: Set<Element>): boolean {
  return getTextLines(u, (el) => units.has(el)).join(' ').length < 20;
}
