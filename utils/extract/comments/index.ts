/**
 * Readers' comments as data, found before cleanup removes them: the comment sections go before
 * declutter runs, so no cleanup step can take a comment for clutter or leave one in the article.
 *
 * The explicit detectors (microdata, platform markup, forum layouts) always run; the shape
 * searches (generic, flat, run), the costly ones, run only while no earlier detector has found
 * comments. JSON-LD is read too. The richest result wins (most comments, replies included); ties go
 * to the more explicit source: JSON-LD, then the DOM detectors in their order below. The regions
 * to remove are the union of what the DOM detectors found, so a thread read from JSON-LD still
 * leaves the article. Only when nothing was found is a third-party frame (Disqus, ...) looked for.
 *
 * The document is a clone owned by the pipeline; detectors only read it.
 */
import type { Comment, CommentsElsewhere } from '../types';
import { detectElsewhere } from './elsewhere';
import { detectDefinitionListComments, detectForumComments } from './forum';
import { detectGenericComments } from './generic';
import { detectFlatComments } from './flat';
import { detectRunComments } from './run';
import { detectJsonLdComments } from './json-ld';
import { detectMicrodataComments } from './microdata';
import { detectPlatformComments } from './platforms';
import { countComments } from '../comment-count';
import { createTextReader } from './text-cache';
import { scanPage } from './scan';
import type { Detector, DetectorResult } from './types';

export interface FoundComments {
  comments: Comment[];
  elsewhere?: CommentsElsewhere;
  /** Elements of the given (cloned) document that hold the comment section: cleanup removes them. */
  regions: Element[];
  /** Sections printed as loose nodes with no element around them (comments/run.ts): removed too. */
  looseNodes?: ChildNode[];
  /** Which detector supplied the comments (debug / tests). */
  source?: string;
}

// In order of trust, for ties.
const DOM_DETECTORS: Detector[] = [
  detectMicrodataComments,
  detectPlatformComments,
  detectForumComments,
  detectDefinitionListComments,
  detectGenericComments,
  detectFlatComments,
  detectRunComments,
];

export function findComments(doc: Document, url: string): FoundComments {
  return detectAll(doc, url);
}

function detectAll(doc: Document, url: string): FoundComments {
  // This run's element text: read once per element, gone when the run ends (text-cache.ts).
  const scan = scanPage(doc, url, createTextReader());
  const results: DetectorResult[] = [];
  for (const detect of DOM_DETECTORS) {
    // The generic shape search is the costly one: skip it once explicit markup gave a thread.
    if ((detect === detectGenericComments || detect === detectFlatComments || detect === detectRunComments) && results.length > 0) continue;
    try {
      const r = detect(doc, url, scan);
      if (r && r.comments.length > 0) results.push(r);
    } catch {
      // A detector tripping over odd markup must not cost the reader the article.
    }
  }
  let jsonLd: Comment[] = [];
  try {
    jsonLd = detectJsonLdComments(doc, scan.jsonLd, scan.dateOrder);
  } catch {
    jsonLd = [];
  }

  let best: { source: string; comments: Comment[] } | null = jsonLd.length ? { source: 'json-ld', comments: jsonLd } : null;
  for (const r of results) {
    if (!best || countComments(r.comments) > countComments(best.comments)) best = r;
  }
  const regions = mergeRegions(results.flatMap((r) => r.regions));
  const looseNodes = results.flatMap((r) => r.looseNodes ?? []).filter((n) => !regions.some((r) => r.contains(n)));

  if (best) return { comments: best.comments, regions, ...(looseNodes.length ? { looseNodes } : {}), source: best.source };

  const elsewhere = detectElsewhere(doc, url, scan);
  if (elsewhere) return { comments: [], elsewhere: elsewhere.elsewhere, regions: mergeRegions(elsewhere.regions), source: 'elsewhere' };
  return { comments: [], regions: [] };
}

/** Outermost regions only, each once. */
function mergeRegions(regions: Element[]): Element[] {
  const unique = [...new Set(regions)];
  return unique.filter((r) => !unique.some((o) => o !== r && o.contains(r)));
}
