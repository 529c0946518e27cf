/**
 * schema.org Comment in microdata: itemscope elements whose itemtype ends in /Comment (or the old
 * /UserComments), with itemprop author (name), dateCreated/datePublished and text; replies are
 * Comment items nested inside (itemprop="comment").
 */
import { findRegions } from './region';
import { buildThread } from './thread';
import type { UnitHints } from './units';
import type { DetectorResult } from './types';
import { scanPage, type PageScan } from './scan';

const HINTS: UnitHints = {
  author: '[itemprop="author"] [itemprop="name"], [itemprop="author"], [itemprop="creator"] [itemprop="name"], [itemprop="creator"]',
  date: '[itemprop="dateCreated"], [itemprop="datePublished"], [itemprop="commentTime"], time[datetime]',
  body: '[itemprop="text"], [itemprop="commentText"], [itemprop="articleBody"]',
  location: '[itemprop="homeLocation"], [itemprop="address"]',
};

export function detectMicrodataComments(doc: Document, url: string, scan: PageScan = scanPage(doc, url)): DetectorResult | null {
  const units = scan.microdata;
  if (units.length === 0) return null;
  const comments = buildThread(units, url, HINTS, scan.dateOrder, scan.text);
  if (comments.length === 0) return null;
  return { source: 'microdata', comments, regions: findRegions(doc, units, undefined, scan.text) };
}
