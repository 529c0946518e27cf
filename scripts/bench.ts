/**
 * npm run bench -- --corpus DIR [--limit N] [--reps N] [--predictions FILE]
 *
 * Runs Calm Reader's extract() and vanilla Readability 0.6 on every html+json pair of a corpus
 * folder (`<id>.html` with its truth in `<id>.json`) in one process, scores both and prints one table.
 * Calm is scored on what the first click gives (no "Show anyway"): a refused page is an empty
 * prediction, counted by reason and listed with Readability's score on the same page. The
 * "Show anyway" figures (refused pages forced open, as the button does) are printed beside it.
 * A corpus whose truth is `with`/`without` passages is scored with the segment metric.
 * Only the extraction calls are timed, never the jsdom parse. Each page's time is the median of
 * --reps runs of each extractor (default 3), taking turns: one run's time moves with the garbage
 * collector, and the median ratio of single runs moved 1.19-1.35x between runs of the same code.
 * One page that cannot be parsed or that throws costs its own row, never the run.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapStatistics } from 'node:v8';
import { Readability } from '@mozilla/readability';
import { extract } from '../utils/extract/index';
import type { Comment } from '../utils/extract/types';
import {
  aggregateScores,
  aggregateSegments,
  harmonicMean,
  measureLeakage,
  scorePage,
  scoreSegments,
  type PageScore,
  type SegmentCounts,
} from './score';
import { countComments } from '../utils/extract/comment-count';
import { getCommentsText, getQuantile, getScoredText } from './bench-lib';
import { parsePage } from './page-input';

interface CorpusTruth {
  id: string;
  url: string;
  /** Full-text truth (article corpora). */
  article?: string;
  comments?: string | null;
  /** Segment truth (trafilatura-dev): passages the output must contain / must not contain. */
  with?: string[];
  without?: string[];
}

interface SystemRun {
  ok: boolean;
  reason?: string;
  detail?: string;
  title: string;
  /** Body text, block elements on their own lines (the title is not part of it). */
  text: string;
  comments: Comment[];
  ms: number;
}

interface Args {
  corpus: string;
  limit?: number;
  reps: number;
  predictions?: string;
}

function parseArgs(argv: string[]): Args | string {
  let corpus: string | undefined;
  let limit: number | undefined;
  let predictions: string | undefined;
  let reps = 3;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string | undefined => argv[++i];
    if (a === '--corpus') corpus = next();
    else if (a === '--limit') {
      const n = Number(next());
      if (!Number.isInteger(n) || n <= 0) return '--limit needs a positive whole number';
      limit = n;
    } else if (a === '--reps') {
      const n = Number(next());
      if (!Number.isInteger(n) || n <= 0) return '--reps needs a positive whole number';
      reps = n;
    } else if (a === '--predictions') predictions = next();
    else if (a === '--help' || a === '-h') return 'help';
    else return `unknown argument: ${a}`;
  }
  if (!corpus) return 'missing --corpus DIR';
  return { corpus, limit, reps, predictions };
}

const USAGE = 'usage: npm run bench -- --corpus DIR [--limit N] [--reps N] [--predictions FILE]';

function listPairs(dir: string): string[] {
  const names = new Set(readdirSync(dir));
  const ids = [...names]
    .filter((n) => n.endsWith('.html') && names.has(n.slice(0, -5) + '.json'))
    .map((n) => n.slice(0, -5));
  // Numeric ids in numeric order, others lexically: runs with --limit are reproducible.
  return ids.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

function htmlToText(html: string, win: Window): string {
  const Parser = (win as unknown as { DOMParser: typeof DOMParser }).DOMParser;
  const doc = new Parser().parseFromString(html, 'text/html');
  return getScoredText(doc.body);
}

const failed = (reason: string, ms: number, detail?: string): SystemRun => ({ ok: false, reason, detail, title: '', text: '', comments: [], ms });

function runCalm(doc: Document, url: string, force: boolean): SystemRun {
  const t0 = performance.now();
  try {
    const result = extract(doc, { url, force });
    const ms = performance.now() - t0;
    if (!result.ok) return failed(result.reason, ms, result.detail);
    const a = result.article;
    return { ok: true, title: a.title, text: htmlToText(a.content, doc.defaultView as unknown as Window), comments: a.comments, ms };
  } catch (e) {
    return failed('threw', performance.now() - t0, describeError(e));
  }
}

function runReadability(doc: Document): SystemRun {
  const t0 = performance.now();
  try {
    const parsed = new Readability(doc.cloneNode(true) as Document).parse();
    const ms = performance.now() - t0;
    if (!parsed) return failed('no article', ms, 'parse() returned null');
    return { ok: true, title: parsed.title ?? '', text: htmlToText(parsed.content ?? '', doc.defaultView as unknown as Window), comments: [], ms };
  } catch (e) {
    return failed('threw', performance.now() - t0, describeError(e));
  }
}

/**
 * The two runs again, taking turns (Calm first on odd turns), until each has `reps` times; each
 * keeps its first run's result and takes the median time.
 */
function retime(doc: Document, url: string, reps: number, r: SystemRun, c: SystemRun): [SystemRun, SystemRun] {
  const rdbTimes = [r.ms];
  const calmTimes = [c.ms];
  for (let turn = 1; turn < reps; turn++) {
    const calmFirst = turn % 2 === 1;
    if (calmFirst) calmTimes.push(runCalm(doc, url, false).ms);
    rdbTimes.push(runReadability(doc).ms);
    if (!calmFirst) calmTimes.push(runCalm(doc, url, false).ms);
  }
  return [
    { ...r, ms: getQuantile(rdbTimes, 0.5) },
    { ...c, ms: getQuantile(calmTimes, 0.5) },
  ];
}

function describeError(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
}

const isSegmentTruth = (truth: CorpusTruth): boolean => Array.isArray(truth.with) || Array.isArray(truth.without);

/** The one figure a page's result is judged by: article F1, or segment F for passage truth. */
function getPageFigure(run: SystemRun, truth: CorpusTruth): number {
  if (isSegmentTruth(truth)) {
    const s = scoreSegments(truth.with ?? [], truth.without ?? [], run.ok ? run.text : '');
    const d = 2 * s.tp + s.fp + s.fn;
    return d === 0 ? NaN : (2 * s.tp) / d;
  }
  const p = scorePage(truth.article ?? '', run.ok ? `${run.title}\n${run.text}` : '');
  return harmonicMean(p.precision, p.recall);
}

class Tally {
  article: PageScore[] = [];
  segments: SegmentCounts[] = [];
  comment: PageScore[] = [];
  falseComments = 0;
  leaked = 0;
  leakTotal = 0;
  times: number[] = [];
  failures = new Map<string, number>();

  add(run: SystemRun, truth: CorpusTruth): void {
    this.times.push(run.ms);
    if (!run.ok) this.failures.set(run.reason ?? 'failed', (this.failures.get(run.reason ?? 'failed') ?? 0) + 1);
    if (isSegmentTruth(truth)) {
      // Body text only, blocks on their own lines; a refused page is empty output.
      this.segments.push(scoreSegments(truth.with ?? [], truth.without ?? [], run.ok ? run.text : ''));
      return;
    }
    const articleText = run.ok ? `${run.title}\n${run.text}` : '';
    this.article.push(scorePage(truth.article ?? '', articleText));
    if (truth.comments != null) {
      this.comment.push(scorePage(truth.comments, getCommentsText(run.comments)));
      const leak = measureLeakage(truth.article ?? '', truth.comments, articleText);
      if (leak) {
        this.leaked += leak.leaked;
        this.leakTotal += leak.total;
      }
    } else if (countComments(run.comments) > 0) {
      this.falseComments++;
    }
  }
}

interface Refusal {
  id: string;
  reason: string;
  detail?: string;
  /** Readability's figure on the same page (article F1 or segment F). */
  readability: number;
  /** What "Show anyway" gives there, same figure. */
  forced: number;
}

function fmt(n: number, digits = 3): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

function sumValues(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

function printTable(corpus: string, pages: number, withComments: number, calm: Tally, forced: Tally, rdb: Tally, refusals: Refusal[]): void {
  const rows: [string, string, string, string][] = [];
  const cols = ['Calm (1st click)', 'Show anyway', 'Readability'];
  if (calm.article.length) {
    const [ca, fa, ra] = [calm, forced, rdb].map((t) => aggregateScores(t.article));
    const [cc, fc] = [calm, forced].map((t) => aggregateScores(t.comment));
    const without = calm.article.length - withComments;
    const leak = (t: Tally): string => `${fmt(t.leakTotal ? (100 * t.leaked) / t.leakTotal : NaN, 2)} %`;
    rows.push(
      ['article precision', fmt(ca.precision), fmt(fa.precision), fmt(ra.precision)],
      ['article recall', fmt(ca.recall), fmt(fa.recall), fmt(ra.recall)],
      ['article F1', fmt(ca.f1), fmt(fa.f1), fmt(ra.f1)],
      [`comment precision (${withComments} pages)`, withComments ? fmt(cc.precision) : 'n/a', withComments ? fmt(fc.precision) : 'n/a', 'n/a'],
      [`comment recall (${withComments} pages)`, withComments ? fmt(cc.recall) : 'n/a', withComments ? fmt(fc.recall) : 'n/a', 'n/a'],
      [`comment F1 (${withComments} pages)`, withComments ? fmt(cc.f1) : 'n/a', withComments ? fmt(fc.f1) : 'n/a', 'n/a'],
      [
        `comments on pages without (of ${without})`,
        `${calm.falseComments} (${fmt(without ? (100 * calm.falseComments) / without : NaN, 1)} %)`,
        String(forced.falseComments),
        'n/a',
      ],
      ['comment leakage into article', leak(calm), leak(forced), leak(rdb)],
    );
  }
  if (calm.segments.length) {
    const [cs, fs, rs] = [calm, forced, rdb].map((t) => aggregateSegments(t.segments));
    rows.push(
      ['segment precision', fmt(cs.precision), fmt(fs.precision), fmt(rs.precision)],
      ['segment recall', fmt(cs.recall), fmt(fs.recall), fmt(rs.recall)],
      ['segment F', fmt(cs.f), fmt(fs.f), fmt(rs.f)],
      ['segment accuracy', fmt(cs.accuracy), fmt(fs.accuracy), fmt(rs.accuracy)],
      ['passages tp / fp / fn / tn', `${cs.tp}/${cs.fp}/${cs.fn}/${cs.tn}`, `${fs.tp}/${fs.fp}/${fs.fn}/${fs.tn}`, `${rs.tp}/${rs.fp}/${rs.fn}/${rs.tn}`],
    );
  }
  const calmMedian = getQuantile(calm.times, 0.5);
  const rdbMedian = getQuantile(rdb.times, 0.5);
  rows.push(
    ['extract ms, median', fmt(calmMedian, 1), '', fmt(rdbMedian, 1)],
    ['extract ms, p95', fmt(getQuantile(calm.times, 0.95), 1), '', fmt(getQuantile(rdb.times, 0.95), 1)],
    ['median time vs Readability', `${fmt(calmMedian / rdbMedian, 2)}x`, '', '1.00x'],
    ['pages without a result', String(sumValues(calm.failures)), String(sumValues(forced.failures)), String(sumValues(rdb.failures))],
  );
  const w0 = Math.max(...rows.map((r) => r[0].length), 10);
  const w = [1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), cols[i - 1].length));
  const line = (r: string[]): string => [r[0].padEnd(w0), ...r.slice(1).map((c, i) => c.padStart(w[i]))].join('  ');
  console.log(`\ncorpus ${corpus}: ${pages} pages${calm.article.length ? `, ${withComments} with comments` : ''}${calm.segments.length ? `, ${calm.segments.length} with passage truth (segment metric)` : ''}`);
  console.log(line(['', ...cols]));
  console.log('-'.repeat(w0 + w[0] + w[1] + w[2] + 6));
  for (const r of rows) console.log(line(r));
  for (const [name, t] of [['Calm (1st click)', calm], ['Show anyway', forced], ['Readability', rdb]] as const) {
    if (t.failures.size === 0) continue;
    console.log(`\n${name}: pages without a result, by reason:`);
    for (const [reason, n] of [...t.failures].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${reason}`);
  }
  const figure = calm.segments.length ? 'segment F' : 'article F1';
  const good = refusals.filter((r) => r.readability >= 0.5).length;
  console.log(`\nrefused on the first click: ${refusals.length} of ${pages} pages; Readability ${figure} >= 0.5 on ${good} of them`);
  for (const r of refusals) {
    console.log(`  ${r.id}  ${r.reason}${r.detail ? ` (${r.detail})` : ''}  Readability ${fmt(r.readability)}  Show anyway ${fmt(r.forced)}`);
  }
  if (calm.article.length) {
    const ca = aggregateScores(calm.article);
    const ra = aggregateScores(rdb.article);
    console.log(`\n(article F1 gap, first click: ${fmt(100 * (ca.f1 - ra.f1), 1)} points; comment F1 = ${fmt(aggregateScores(calm.comment).f1)})`);
  }
  if (calm.segments.length) {
    const cs = aggregateSegments(calm.segments);
    const rs = aggregateSegments(rdb.segments);
    console.log(`\n(segment F gap, first click: ${fmt(100 * (cs.f - rs.f), 1)} points)`);
  }
}

const yieldToEventLoop = (): Promise<void> => new Promise((done) => setImmediate(done));

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    console.error(`bench: ${args}\n${USAGE}`);
    return 2;
  }
  const dir = resolve(args.corpus);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`bench: corpus folder not found: ${dir}\n${USAGE}`);
    return 2;
  }
  let ids = listPairs(dir);
  if (ids.length === 0) {
    console.error(`bench: no <id>.html + <id>.json pairs in ${dir} (see ../shared/corpus/README.md)`);
    return 2;
  }
  if (args.limit) ids = ids.slice(0, args.limit);

  const calm = new Tally();
  const forced = new Tally();
  const rdb = new Tally();
  const refusals: Refusal[] = [];
  const notes: string[] = [];
  if (args.predictions) writeFileSync(args.predictions, '');
  let withComments = 0;
  let peakHeap = 0;
  let peakRss = 0;

  for (const [i, id] of ids.entries()) {
    let truth: CorpusTruth;
    let html: string;
    try {
      truth = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as CorpusTruth;
      html = readFileSync(join(dir, `${id}.html`), 'utf8');
    } catch (e) {
      console.error(`bench: skipping ${id}: unreadable pair (${describeError(e)})`);
      continue;
    }
    if (!isSegmentTruth(truth) && truth.comments != null) withComments++;
    let r: SystemRun;
    let c: SystemRun;
    let f: SystemRun;
    const parsed = parsePage(html, truth.url);
    if (!parsed.ok) {
      // Costs this page's row only: both extractors get nothing from a page that cannot be parsed.
      r = c = f = failed('page not parsed', 0, parsed.detail);
    } else {
      if (parsed.note) notes.push(`${id}: ${parsed.note}`);
      const doc = parsed.dom.window.document;
      try {
        // Readability first on its own clone, then Calm on the parsed page (Calm clones
        // internally and never mutates what it is given), so neither sees the other's work.
        r = runReadability(doc);
        c = runCalm(doc, truth.url, false);
        // "Show anyway" is offered only where the first click gave no article.
        f = c.ok ? c : runCalm(doc, truth.url, true);
        if (args.reps > 1) [r, c] = retime(doc, truth.url, args.reps, r, c);
      } finally {
        parsed.dom.window.close();
      }
    }
    rdb.add(r, truth);
    calm.add(c, truth);
    forced.add(f, truth);
    if (!c.ok) refusals.push({ id, reason: c.reason ?? 'failed', detail: c.detail, readability: getPageFigure(r, truth), forced: getPageFigure(f, truth) });
    if (args.predictions) {
      // Written as we go: a long run keeps nothing per page in memory.
      appendFileSync(
        args.predictions,
        JSON.stringify({ id, ok: c.ok, reason: c.reason, detail: c.detail, title: c.title, textContent: c.text, comments: c.comments, ms: Math.round(c.ms * 10) / 10 }) + '\n',
      );
    }
    // Let jsdom's closed window go: some of what it holds is released only between tasks.
    await yieldToEventLoop();
    const mem = process.memoryUsage();
    peakHeap = Math.max(peakHeap, mem.heapUsed);
    peakRss = Math.max(peakRss, mem.rss);
    if (process.stderr.isTTY && (i + 1) % 25 === 0) process.stderr.write(`\r${i + 1}/${ids.length}`);
  }
  if (process.stderr.isTTY) process.stderr.write('\r');

  printTable(dir, calm.times.length, withComments, calm, forced, rdb, refusals);
  if (notes.length) {
    console.log(`\npages parsed without CSS that jsdom rejects: ${notes.length}`);
    for (const n of notes) console.log(`  ${n}`);
  }
  console.log(`\ntimes: each page's is the median of ${args.reps} run${args.reps === 1 ? '' : 's'} of each extractor, taking turns`);
  console.log(`\npeak memory: heap used ${mb(peakHeap)} (heap limit ${mb(getHeapStatistics().heap_size_limit)}), rss ${mb(peakRss)}`);
  if (args.predictions) console.log(`predictions: ${resolve(args.predictions)}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`bench: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 1;
  },
);
