/**
 * npm run bench -- --corpus DIR [--limit N] [--predictions FILE]
 *
 * Runs Calm Reader's extract() and vanilla Readability 0.6 on every html+json pair of a corpus
 * folder (format: ../shared/corpus/README.md) in one process, scores both with utils/score.ts and
 * prints one table. Only the extraction call is timed, never the jsdom parse.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extract } from '../utils/extract/index';
import type { Comment, ExtractResult } from '../utils/extract/types';
import { aggregateScores, harmonicMean, measureLeakage, scorePage, type PageScore } from '../utils/score';
import { countComments, getBlockText, getCommentsText, getQuantile } from './bench-lib';

interface CorpusTruth {
  id: string;
  url: string;
  article: string;
  comments: string | null;
}

interface SystemRun {
  ok: boolean;
  reason?: string;
  title: string;
  text: string;
  comments: Comment[];
  ms: number;
}

interface Args {
  corpus: string;
  limit?: number;
  predictions?: string;
}

function parseArgs(argv: string[]): Args | string {
  let corpus: string | undefined;
  let limit: number | undefined;
  let predictions: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = (): string | undefined => argv[++i];
    if (a === '--corpus') corpus = next();
    else if (a === '--limit') {
      const n = Number(next());
      if (!Number.isInteger(n) || n <= 0) return '--limit needs a positive whole number';
      limit = n;
    } else if (a === '--predictions') predictions = next();
    else if (a === '--help' || a === '-h') return 'help';
    else return `unknown argument: ${a}`;
  }
  if (!corpus) return 'missing --corpus DIR';
  return { corpus, limit, predictions };
}

const USAGE = 'usage: npm run bench -- --corpus DIR [--limit N] [--predictions FILE]';

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
  return getBlockText(doc.body);
}

function runCalm(doc: Document, url: string): SystemRun {
  const t0 = performance.now();
  let result: ExtractResult;
  try {
    result = extract(doc, { url, force: true });
  } catch (e) {
    return { ok: false, reason: `threw: ${describeError(e)}`, title: '', text: '', comments: [], ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  if (!result.ok) return { ok: false, reason: result.reason, title: '', text: '', comments: [], ms };
  const a = result.article;
  const win = doc.defaultView as unknown as Window;
  return { ok: true, title: a.title, text: htmlToText(a.content, win), comments: a.comments, ms };
}

function runReadability(doc: Document): SystemRun {
  const t0 = performance.now();
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc.cloneNode(true) as Document).parse();
  } catch (e) {
    return { ok: false, reason: `threw: ${describeError(e)}`, title: '', text: '', comments: [], ms: performance.now() - t0 };
  }
  const ms = performance.now() - t0;
  if (!parsed) return { ok: false, reason: 'no article (parse() returned null)', title: '', text: '', comments: [], ms };
  const win = doc.defaultView as unknown as Window;
  return { ok: true, title: parsed.title ?? '', text: htmlToText(parsed.content ?? '', win), comments: [], ms };
}

function describeError(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);
}

class Tally {
  article: PageScore[] = [];
  comment: PageScore[] = [];
  falseComments = 0;
  leaked = 0;
  leakTotal = 0;
  times: number[] = [];
  failures = new Map<string, number>();

  add(run: SystemRun, truth: CorpusTruth): void {
    const articleText = run.ok ? `${run.title}\n${run.text}` : '';
    this.article.push(scorePage(truth.article, articleText));
    this.times.push(run.ms);
    if (!run.ok) this.failures.set(run.reason ?? 'failed', (this.failures.get(run.reason ?? 'failed') ?? 0) + 1);
    if (truth.comments !== null) {
      this.comment.push(scorePage(truth.comments, getCommentsText(run.comments)));
      const leak = measureLeakage(truth.article, truth.comments, articleText);
      if (leak) {
        this.leaked += leak.leaked;
        this.leakTotal += leak.total;
      }
    } else if (countComments(run.comments) > 0) {
      this.falseComments++;
    }
  }
}

function fmt(n: number, digits = 3): string {
  return Number.isFinite(n) ? n.toFixed(digits) : 'n/a';
}

function printTable(corpus: string, pages: number, withComments: number, calmName: string, calm: Tally, rdb: Tally): void {
  const ca = aggregateScores(calm.article);
  const ra = aggregateScores(rdb.article);
  const cc = aggregateScores(calm.comment);
  const without = pages - withComments;
  const calmMedian = getQuantile(calm.times, 0.5);
  const rdbMedian = getQuantile(rdb.times, 0.5);
  const rows: [string, string, string][] = [
    ['article precision', fmt(ca.precision), fmt(ra.precision)],
    ['article recall', fmt(ca.recall), fmt(ra.recall)],
    ['article F1', fmt(ca.f1), fmt(ra.f1)],
    [`comment precision (${withComments} pages)`, withComments ? fmt(cc.precision) : 'n/a', 'n/a'],
    [`comment recall (${withComments} pages)`, withComments ? fmt(cc.recall) : 'n/a', 'n/a'],
    [`comment F1 (${withComments} pages)`, withComments ? fmt(cc.f1) : 'n/a', 'n/a'],
    [
      `comments on pages without (of ${without})`,
      `${calm.falseComments} (${fmt(without ? (100 * calm.falseComments) / without : NaN, 1)} %)`,
      'n/a',
    ],
    [
      'comment leakage into article',
      `${fmt(calm.leakTotal ? (100 * calm.leaked) / calm.leakTotal : NaN, 2)} %`,
      `${fmt(rdb.leakTotal ? (100 * rdb.leaked) / rdb.leakTotal : NaN, 2)} %`,
    ],
    ['extract ms, median', fmt(calmMedian, 1), fmt(rdbMedian, 1)],
    ['extract ms, p95', fmt(getQuantile(calm.times, 0.95), 1), fmt(getQuantile(rdb.times, 0.95), 1)],
    ['median time vs Readability', `${fmt(calmMedian / rdbMedian, 2)}x`, '1.00x'],
    ['failures', String(sumValues(calm.failures)), String(sumValues(rdb.failures))],
  ];
  const w0 = Math.max(...rows.map((r) => r[0].length), 10);
  const w1 = Math.max(...rows.map((r) => r[1].length), calmName.length, 10);
  const w2 = Math.max(...rows.map((r) => r[2].length), 11);
  const line = (a: string, b: string, c: string): string => `${a.padEnd(w0)}  ${b.padStart(w1)}  ${c.padStart(w2)}`;
  console.log(`\ncorpus ${corpus}: ${pages} pages, ${withComments} with comments`);
  console.log(line('', calmName, 'Readability'));
  console.log('-'.repeat(w0 + w1 + w2 + 4));
  for (const r of rows) console.log(line(...r));
  for (const [name, t] of [[calmName, calm], ['Readability', rdb]] as const) {
    if (t.failures.size === 0) continue;
    console.log(`\n${name} failures:`);
    for (const [reason, n] of [...t.failures].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${reason}`);
  }
  console.log(`\n(article F1 gap: ${fmt(100 * (ca.f1 - ra.f1), 1)} points; comment F1 = ${fmt(harmonicMean(cc.precision, cc.recall))})`);
}

function sumValues(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

function main(): number {
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
  const rdb = new Tally();
  if (args.predictions) writeFileSync(args.predictions, '');
  let withComments = 0;

  ids.forEach((id, i) => {
    let truth: CorpusTruth;
    let html: string;
    try {
      truth = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as CorpusTruth;
      html = readFileSync(join(dir, `${id}.html`), 'utf8');
    } catch (e) {
      console.error(`bench: skipping ${id}: unreadable pair (${describeError(e)})`);
      return;
    }
    if (truth.comments !== null) withComments++;
    // Page scripts never run and nothing is fetched; jsdom's CSS/parse complaints are noise here.
    // One console per page: a shared one keeps a listener (and so a window) per page alive.
    const dom = new JSDOM(html, { url: truth.url, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    // Readability first on its own clone, then Calm on the parsed page (Calm clones internally and
    // never mutates what it is given), so neither sees the other's work.
    const r = runReadability(doc);
    const c = runCalm(doc, truth.url);
    dom.window.close();
    rdb.add(r, truth);
    calm.add(c, truth);
    if (args.predictions) {
      // Written as we go: a long run keeps nothing per page in memory.
      appendFileSync(
        args.predictions,
        JSON.stringify({ id, ok: c.ok, reason: c.reason, title: c.title, textContent: c.text, comments: c.comments, ms: Math.round(c.ms * 10) / 10 }) + '\n',
      );
    }
    if (process.stderr.isTTY && (i + 1) % 25 === 0) process.stderr.write(`\r${i + 1}/${ids.length}`);
  });
  if (process.stderr.isTTY) process.stderr.write('\r');

  printTable(dir, calm.times.length, withComments, 'Calm', calm, rdb);
  if (args.predictions) console.log(`predictions: ${resolve(args.predictions)}`);
  return 0;
}

process.exitCode = main();
