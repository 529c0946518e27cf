/**
 * Hostile pages in jsdom: the REAL pipeline, extract(doc, { url }), on every hostile page built
 * from the payload corpus (tests/fixtures/hostile). For each page: the sanitized content holds
 * nothing that could run or fetch, every Article field is plain data, escaped text comes back as
 * the same text, and the page given to extract is byte-for-byte the same afterwards.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';
import { runExtraction, serializeUnsanitized } from '../../../utils/extract/pipeline';
import type { ExtractResult } from '../../../utils/extract/types';
import { sanitizeResult, SanitizedHtml } from '../../../utils/sanitize-result';
import { CONTROL_IDS, countByCategory, loadPayloads, withCanary, type Payload } from '../../fixtures/hostile/payloads';
import { buildInertPages, buildRawPages, DEFAULT_CANARY, escapedMarker, PAGE_URL, type HostilePage, type Placement } from '../../fixtures/hostile/pages';
import { checkArticleShape, digestDocument, inspectSanitized, loadPage, squash, type Violation } from './helpers';

const payloads = loadPayloads();
const byId = new Map(payloads.map((p) => [p.id, p]));
const rawPages = buildRawPages(payloads);
const inertPages = buildInertPages(payloads);

const figures = {
  pages: 0,
  extracted: 0,
  failures: new Map<string, number>(),
  placements: new Map<Placement, number>(),
  violations: [] as Array<{ page: string } & Violation>,
  escapedChecked: 0,
  commentsChecked: 0,
  authorsVerbatim: 0,
  inspectorCaught: 0,
  inspectorOf: 0,
};

function countPlacements(page: HostilePage): void {
  for (const [placement, ids] of Object.entries(page.placements) as Array<[Placement, string[]]>) {
    figures.placements.set(placement, (figures.placements.get(placement) ?? 0) + ids.length);
  }
}

function runPage(page: HostilePage) {
  const dom = loadPage(page.html, PAGE_URL);
  const doc = dom.window.document;
  const before = dom.serialize();
  const digestBefore = digestDocument(doc);
  let threw: unknown = null;
  let result: ReturnType<typeof extract> | null = null;
  try {
    result = extract(doc, { url: PAGE_URL });
  } catch (error) {
    threw = error;
  }
  const after = dom.serialize();
  const digestAfter = digestDocument(doc);
  try {
    dom.window.close();
  } catch {
    // Some clobbering payloads upset jsdom's own window teardown; extraction already ran.
  }
  figures.pages++;
  countPlacements(page);
  return { result, threw, unchanged: before === after && digestBefore === digestAfter };
}

describe('hostile payload corpus', () => {
  it('has at least 500 payloads with unique ids, each with a category', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(500);
    expect(new Set(payloads.map((p) => p.id)).size).toBe(payloads.length);
    const counts = countByCategory(payloads);
    expect(Object.keys(counts).length).toBeGreaterThanOrEqual(10);
    // Every payload that can execute reports to the canary when it runs.
    const silent = payloads.filter((p) => p.executable && !p.html.includes('__CANARY__') && !/vbscript|msgbox/i.test(p.html));
    // (vbscript: payloads cannot report: no browser that runs Calm Reader runs VBScript.)
    expect(payloads.filter((p) => p.executable).length).toBeGreaterThanOrEqual(400);
    expect(silent.map((p) => p.id)).toEqual([]);
  });

  it('the checks catch what they look for: unsanitized, the executable payloads are flagged', () => {
    // Without this, zero violations could mean a blind inspector.
    const executable = payloads.filter((p) => p.executable);
    const missed = executable.filter((p) => inspectSanitized(withCanary(p.html, DEFAULT_CANARY), DEFAULT_CANARY, PAGE_URL).length === 0);
    figures.inspectorCaught = executable.length - missed.length;
    figures.inspectorOf = executable.length;
    // The rest are inert as a body fragment: body-level tags (<body onload>, <frameset>), IE-only
    // syntax, text in attributes, and lazy data-* URLs that turn dangerous only once the tidy
    // step promotes them (which is why they are in the corpus).
    expect(missed.length / executable.length).toBeLessThan(0.1);
  });

  it('places every payload on at least one raw page and one inert page', () => {
    const onRaw = new Set(rawPages.flatMap((p) => Object.values(p.placements).flat()));
    const onInert = new Set(inertPages.flatMap((p) => Object.values(p.placements).flat()));
    expect(payloads.filter((p) => !onRaw.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(payloads.filter((p) => !onInert.has(p.id)).map((p) => p.id)).toEqual([]);
  });
});

describe.each(rawPages.map((p) => [p.id, p] as const))('raw page %s', (_id, page) => {
  it('extracts to safe, plain data and leaves the page untouched', () => {
    const { result, threw, unchanged } = runPage(page);
    expect(threw).toBeNull();
    expect(unchanged).toBe(true);
    expect(result).not.toBeNull();
    if (!result!.ok) {
      // A failure is allowed (a payload can wreck a page) but only as a value with a reason.
      figures.failures.set(result!.reason, (figures.failures.get(result!.reason) ?? 0) + 1);
      expect(typeof result!.reason).toBe('string');
      return;
    }
    figures.extracted++;
    const article = result!.article;
    const violations = [...inspectSanitized(article.content, DEFAULT_CANARY, PAGE_URL, CONTROL_IDS), ...checkArticleShape(article)];
    figures.violations.push(...violations.map((v) => ({ page: page.id, ...v })));
    expect(violations).toEqual([]);
    // Comment text and authors are plain text too: no markup survives as markup there, and a
    // comment never carries a script URL.
    expect(article.url).toBe(PAGE_URL);
  });
});

describe.each(rawPages.map((p) => [p.id, p] as const))('raw page %s, as the browser carries it', (_id, page) => {
  it('the page script sends its HTML unsanitized; the one pass where it arrives leaves nothing that runs or fetches for SafeHtml to insert', () => {
    const dom = loadPage(page.html, PAGE_URL);
    // The page script serializes with getHTML() in the browsers it runs in; jsdom has none, and its
    // XMLSerializer fallback would add an xmlns attribute no browser sends.
    (dom.window.Element.prototype as { getHTML?: () => string }).getHTML = function (this: Element) {
      return this.innerHTML;
    };
    try {
      // What entrypoints/extract.ts answers, then what the popup and the in-page reader do with it.
      const sent = JSON.parse(JSON.stringify(runExtraction(dom.window.document, { url: PAGE_URL }, serializeUnsanitized))) as ExtractResult;
      const arrived = sanitizeResult(sent, dom.window as unknown as Window);
      if (!arrived.ok) return;
      const inserted = SanitizedHtml.unwrap(arrived.article.content);
      expect(inserted).not.toBeNull();
      expect(inspectSanitized(inserted!, DEFAULT_CANARY, PAGE_URL, CONTROL_IDS)).toEqual([]);
    } finally {
      try {
        dom.window.close();
      } catch {
        // As in runPage: some clobbering payloads upset jsdom's window teardown.
      }
    }
  });
});

describe.each(inertPages.map((p) => [p.id, p] as const))('inert page %s', (_id, page) => {
  it('keeps escaped text escaped and every field plain text', () => {
    const { result, threw, unchanged } = runPage(page);
    expect(threw).toBeNull();
    expect(unchanged).toBe(true);
    expect(result?.ok).toBe(true);
    if (!result?.ok) return;
    figures.extracted++;
    const article = result.article;
    const violations = [...inspectSanitized(article.content, DEFAULT_CANARY, PAGE_URL, CONTROL_IDS), ...checkArticleShape(article)];
    figures.violations.push(...violations.map((v) => ({ page: page.id, ...v })));
    expect(violations).toEqual([]);

    // Each escaped payload reads back as exactly the text the page showed.
    for (const id of page.placements['body-escaped'] ?? []) {
      const p = byId.get(id)!;
      const [open, close] = escapedMarker(id);
      const start = article.textContent.indexOf(open);
      const end = article.textContent.indexOf(close);
      expect(start, `${id} missing from the article text`).toBeGreaterThanOrEqual(0);
      expect(squash(article.textContent.slice(start + open.length, end))).toBe(squash(withCanary(p.html, DEFAULT_CANARY)));
      figures.escapedChecked++;
    }

    // Comments: authors and texts are the payload strings as text, character for character.
    const expectedTexts = new Set((page.placements['comment-text-escaped'] ?? []).map((id) => squash(withCanary(byId.get(id)!.html, DEFAULT_CANARY))));
    const flat = article.comments.flatMap(function flatten(c): typeof article.comments {
      return [c, ...c.replies.flatMap(flatten)];
    });
    expect(flat.length).toBeGreaterThanOrEqual(expectedTexts.size);
    for (const c of flat) {
      if (expectedTexts.has(squash(c.text))) figures.commentsChecked++;
    }
    // Single-line payloads come back verbatim. A payload with line breaks may be split by the
    // comment detector (a line can be taken for the author or the date), so there each line of
    // a comment must come from the payload's own text.
    const foundTexts = new Set(flat.map((c) => squash(c.text)));
    const singleLine = (page.placements['comment-text-escaped'] ?? []).map((id) => withCanary(byId.get(id)!.html, DEFAULT_CANARY)).filter((t) => !t.includes('\n'));
    expect(singleLine.map(squash).filter((t) => !foundTexts.has(t))).toEqual([]);
    const allExpected = [...expectedTexts].join('\n');
    const strayLines = flat.flatMap((c) => c.text.split('\n').map(squash).filter((line) => line && !allExpected.includes(line)));
    expect(strayLines).toEqual([]);
    // Authors: the payload string as text — whole, or one whole line of it (the detector keeps
    // the line that looks like a name) — or the pipeline's "Anonymous" when it judged the string
    // no plausible name. Never anything else: no markup interpreted, none half-parsed (a parsed
    // `<a href=...>clickme</a>` would give "clickme", which is no whole line of the text).
    const authorTexts = (page.placements['comment-author-escaped'] ?? []).map((id) => withCanary(byId.get(id)!.html, DEFAULT_CANARY));
    const expectedAuthors = new Set(authorTexts.map(squash));
    const acceptable = new Set([...expectedAuthors, ...authorTexts.flatMap((t) => t.split('\n').map(squash))]);
    const strayAuthors = flat.map((c) => squash(c.author)).filter((a) => a !== 'Anonymous' && !acceptable.has(a));
    expect(strayAuthors).toEqual([]);
    figures.authorsVerbatim += flat.filter((c) => expectedAuthors.has(squash(c.author))).length;

    // The title field is text: whatever markup the page put in <title>/<h1>/og:title comes back
    // as characters (the reader renders it with textContent, never as HTML).
    expect(typeof article.title).toBe('string');
    expect(article.leadImage === undefined || /^https?:/.test(article.leadImage)).toBe(true);
  });
});

afterAll(() => {
  const counts = countByCategory(payloads);
  const placements = Object.fromEntries(figures.placements);
  const lines = [
    `hostile pages (jsdom, real extract): ${payloads.length} payloads in ${rawPages.length} raw + ${inertPages.length} inert pages; ${figures.pages} pages run`,
    `  payloads by category: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  payload placements tried: ${Object.entries(placements).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  extracted: ${figures.extracted}; failure values: ${[...figures.failures].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`,
    `  escaped payloads read back verbatim: ${figures.escapedChecked}; comment texts read back verbatim: ${figures.commentsChecked}; comment authors verbatim: ${figures.authorsVerbatim} (the rest "Anonymous")`,
    `  violations (script, handlers, bad URLs, canary fetches, non-plain fields): ${figures.violations.length}; the same inspector flags ${figures.inspectorCaught} of ${figures.inspectorOf} executable payloads when they are NOT sanitized`,
    ...figures.violations.slice(0, 20).map((v) => `    ${v.page}: ${v.rule}: ${v.detail}`),
  ];
  console.log(lines.join('\n'));
});

export type { Payload };
