/**
 * npm run bench:browser -- [--corpus DIR] [--limit N] [--reps N] [--clicks N] [--no-clicks] [--unpinned] [--against DIR] [--profile]
 *
 * Speed in the browser the extension really runs in (Debian's Chromium), in two parts.
 *
 * 1. Corpus pages (with --corpus): each page is served from 127.0.0.1 with its scripts stripped
 *    and a CSP that fetches nothing. In the page, the pipeline runs exactly as the content script
 *    runs it, against vanilla Readability on a clone of the document; one warm-up of each, then
 *    --reps alternating repetitions. Per page the medians are kept; printed: per-stage times,
 *    both extractors' median and p95, and the per-page ratio's median and p95, beside the targets.
 * 2. Real clicks (unless --no-clicks), in a browser started for them: the production build's
 *    toolbar button clicked --clicks times (CDP Extensions.triggerAction, as a user's click: it
 *    grants activeTab) on the seed fixture, a long article and a 100,000-element page; the
 *    moments the popup marks (utils/click-moments.ts) are read back and printed relative to the
 *    click. The button is pinned to the toolbar, as a reader's is; --unpinned clicks it
 *    unpinned, as from the extensions menu, where Chromium first animates the button into the
 *    toolbar and only then creates the popup (about 260 ms more before popup-open, none of it the
 *    extension's).
 *
 * --against DIR: another checkout of this repository (the code before a change, say) is timed in
 * the same pages in the same run, alternating with this one, and the per-page ratio this / that
 * is printed: a speed change measured without the drift between two runs on a shared machine
 * (an A/A run gives a median of 1.00).
 *
 * --profile: samples the CPU during the corpus part and prints the functions that took the most
 * time, summed over pages: their own time (with their callers), then their time with everything
 * they call (a stage's, a cleanup step's or a detector's whole cost) — where to look before
 * changing anything.
 *
 * A command, not a test: it prints figures and asserts nothing. Needs `npm run build` first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'puppeteer-core';
import { CLICK_MOMENTS } from '../../utils/click-moments';
import { getQuantile } from '../bench-lib';
import { launchChromium, type ChromiumSession } from '../../tests/e2e/harness/chromium';
import { buildDir, FIXTURES, ROOT } from '../../tests/e2e/harness/paths';
import { startFixtureServer, type FixtureServer, type Route } from '../../tests/e2e/harness/server';
import type { PipelineRun } from './in-page';

interface Args {
  corpus?: string;
  limit?: number;
  reps: number;
  clicks: number;
  profile: boolean;
  pinned: boolean;
  against?: string;
}

const USAGE = 'usage: npm run bench:browser -- [--corpus DIR] [--limit N] [--reps N] [--clicks N] [--no-clicks] [--unpinned] [--against DIR] [--profile]';

function parseArgs(argv: string[]): Args | string {
  const args: Args = { reps: 5, clicks: 10, profile: false, pinned: true };
  const positive = (value: string | undefined, name: string): number | string => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? n : `${name} needs a whole number`;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') args.corpus = argv[++i];
    else if (a === '--against') args.against = argv[++i];
    else if (a === '--limit' || a === '--reps' || a === '--clicks') {
      const n = positive(argv[++i], a);
      if (typeof n === 'string') return n;
      if (a === '--limit') args.limit = n;
      else if (a === '--reps') args.reps = Math.max(1, n);
      else args.clicks = n;
    } else if (a === '--no-clicks') args.clicks = 0;
    else if (a === '--profile') args.profile = true;
    else if (a === '--unpinned') args.pinned = false;
    else if (a === '--help' || a === '-h') return 'help';
    else return `unknown argument: ${a}`;
  }
  if (!args.corpus && args.clicks === 0) return 'nothing to measure: give --corpus DIR or leave clicks on';
  if (args.against !== undefined && (!args.corpus || !existsSync(join(args.against, 'scripts/bench-browser/in-page.ts')))) {
    return '--against needs --corpus and another checkout of this repository';
  }
  if (args.against !== undefined && !existsSync(join(args.against, '.wxt/tsconfig.json'))) {
    return `--against: ${args.against} is not prepared; run \`npx wxt prepare\` there (npm ci does it) first`;
  }
  return args;
}

/**
 * The in-page timer, bundled for the browser from the same sources the content script uses: this
 * checkout's, or another's (--against), whose timer is then kept under another name.
 */
async function bundleInPageTimer(root = ROOT, keepAs?: string): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    build: {
      write: false,
      // Readable names in --profile's report; V8 runs it as fast either way.
      minify: false,
      lib: { entry: join(root, 'scripts/bench-browser/in-page.ts'), formats: ['iife'], name: 'calmBenchBundle' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Array<{ type: string; code?: string }> }>;
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('the in-page timer did not bundle');
  return keepAs ? `${chunk.code}\n;globalThis.${keepAs} = globalThis.calmBench;` : chunk.code;
}

// Scripts out (the page must not change under the timer), nothing fetched from anywhere.
const NO_FETCH_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; script-src 'none'";
function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

const median = (xs: number[]) => getQuantile(xs, 0.5);
const p95 = (xs: number[]) => getQuantile(xs, 0.95);
const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

function listPages(dir: string, limit?: number): string[] {
  const ids = readdirSync(dir)
    .filter((n) => n.endsWith('.html'))
    .map((n) => n.slice(0, -5))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return limit ? ids.slice(0, limit) : ids;
}

/** Evaluate with a bound: a page the pipeline cannot finish costs its row, never the run. */
async function evaluateWithin<T, A extends unknown[] = []>(page: Page, fn: (...args: A) => T, timeoutMs: number, ...args: A): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((r) => {
    timer = setTimeout(() => r('timeout'), timeoutMs);
  });
  try {
    return await Promise.race([page.evaluate(fn as (...a: unknown[]) => T, ...args) as Promise<T>, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface PageTiming {
  id: string;
  calm: number;
  /** The other checkout's pipeline (--against), timed in the same page and repetitions. */
  against?: number;
  readability: number;
  stages: Record<string, number>;
  ok: boolean;
  reason?: string;
}

type Bench = { timeReadability(): number; timePipeline(): PipelineRun };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

/** Self time per function (ms), summed over every profiled page. */
const selfTimes = new Map<string, number>();
/** Self time of each function per caller: a DOM accessor's cost, told apart by who calls it. */
const callerTimes = new Map<string, Map<string, number>>();
/** Time inside each function, its callees included (a recursive call counted once): a stage's or a step's whole cost. */
const totalTimes = new Map<string, number>();

const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;

function addProfile(profile: { nodes: ProfileNode[]; startTime: number; endTime: number; samples?: number[] }): void {
  const samples = profile.samples?.length ?? 0;
  if (!samples) return;
  const perSample = (profile.endTime - profile.startTime) / 1000 / samples;
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  for (const node of profile.nodes) {
    if (!node.hitCount) continue;
    const { functionName } = node.callFrame;
    if (!functionName || functionName === '(idle)' || functionName === '(program)') continue;
    const key = nameOf(node);
    const ms = node.hitCount * perSample;
    selfTimes.set(key, (selfTimes.get(key) ?? 0) + ms);
    const parent = parentOf.get(node.id);
    const byCaller = callerTimes.get(key) ?? new Map<string, number>();
    const caller = parent ? nameOf(parent) : '(root)';
    byCaller.set(caller, (byCaller.get(caller) ?? 0) + ms);
    callerTimes.set(key, byCaller);
  }
  // Inclusive time: each sample is charged once to every distinct function on its stack.
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const visit = (node: ProfileNode, onStack: Set<string>): void => {
    const key = nameOf(node);
    const entered = !onStack.has(key);
    if (entered) onStack.add(key);
    const ms = (node.hitCount ?? 0) * perSample;
    if (ms) for (const name of onStack) totalTimes.set(name, (totalTimes.get(name) ?? 0) + ms);
    for (const child of node.children ?? []) {
      const c = byId.get(child);
      if (c) visit(c, onStack);
    }
    if (entered) onStack.delete(key);
  };
  const root = profile.nodes.find((node) => !parentOf.has(node.id));
  if (root) visit(root, new Set());
}

/**
 * What the pipeline is held to in Chromium: per page no slower than vanilla Readability, its p95
 * within 1.2x of Readability's, and the article on screen within 200 ms of a click on the seed
 * page and 1.5 s on the 100,000-element page. Printed beside the figures.
 */
const TARGETS = { ratio: 1.0, p95Ratio: 1.2, seedClickMs: 200, hugeClickMs: 1500 };
const metOrNot = (met: boolean) => (met ? '(met)' : '(not met)');

/** Where the other checkout's timer is kept in the page (--against). */
const AGAINST = 'calmBenchAgainst';

async function timeCorpus(
  session: ChromiumSession,
  server: FixtureServer,
  ids: string[],
  timers: { ours: string; against?: string },
  reps: number,
  profile: boolean,
): Promise<{ rows: PageTiming[]; failures: string[] }> {
  const rows: PageTiming[] = [];
  const failures: string[] = [];
  for (const [index, id] of ids.entries()) {
    const page = await session.browser.newPage();
    try {
      await page.goto(server.url(`/corpus/${id}.html`), { waitUntil: 'load', timeout: 30_000 });
      // The other checkout's timer first: ours then takes the usual name.
      if (timers.against) await page.evaluate(timers.against);
      await page.evaluate(timers.ours);
      const sample = await evaluateWithin(page, () => {
        const g = globalThis as unknown as { calmBench: Bench; calmBenchAgainst?: Bench };
        g.calmBench.timeReadability();
        g.calmBench.timePipeline(); // warm-up: the first call also compiles the code
        g.calmBenchAgainst?.timePipeline();
        return true;
      }, 60_000);
      if (sample === 'timeout') throw new Error('warm-up took over 60 s');
      const calm: number[] = [];
      const against: number[] = [];
      const readability: number[] = [];
      const stageRuns: Array<Record<string, number>> = [];
      let last: PipelineRun | undefined;
      const cdp = profile ? await page.createCDPSession() : undefined;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      for (let r = 0; r < reps; r++) {
        // Alternating order, so neither extractor always runs on a warmer cache.
        const run = await evaluateWithin(page, (otherFirst: boolean) => {
          const g = globalThis as unknown as { calmBench: Bench; calmBenchAgainst?: Bench };
          const readabilityMs = g.calmBench.timeReadability();
          const other = g.calmBenchAgainst;
          if (!other) return [readabilityMs, g.calmBench.timePipeline()] as const;
          // The two checkouts take turns going first, so neither always runs on a warmer cache.
          const before = otherFirst ? other.timePipeline().ms : undefined;
          const ours = g.calmBench.timePipeline();
          return [readabilityMs, ours, before ?? other.timePipeline().ms] as const;
        }, 60_000, r % 2 === 1);
        if (run === 'timeout') throw new Error('a repetition took over 60 s');
        readability.push(run[0]);
        calm.push(run[1].ms);
        if (run[2] !== undefined) against.push(run[2]);
        stageRuns.push(run[1].stages);
        last = run[1];
      }
      if (cdp) {
        addProfile((await cdp.send('Profiler.stop')).profile as never);
        await cdp.detach().catch(() => undefined);
      }
      const stages: Record<string, number> = {};
      for (const name of new Set(stageRuns.flatMap((s) => Object.keys(s)))) stages[name] = median(stageRuns.map((s) => s[name] ?? 0));
      rows.push({ id, calm: median(calm), against: against.length ? median(against) : undefined, readability: median(readability), stages, ok: last?.ok ?? false, reason: last?.reason });
    } catch (error) {
      failures.push(`${id}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    } finally {
      await page.close().catch(() => undefined);
    }
    if ((index + 1) % 50 === 0) process.stderr.write(`  ${index + 1}/${ids.length} pages\n`);
  }
  return { rows, failures };
}

function printCorpus(name: string, rows: PageTiming[], failures: string[]): void {
  const ratios = rows.filter((r) => r.readability > 0).map((r) => r.calm / r.readability);
  const stageNames = [...new Set(rows.flatMap((r) => Object.keys(r.stages)))];
  console.log(`\n## ${name}: ${rows.length} pages timed in Chromium (${failures.length} could not be timed)`);
  console.log('| stage | median ms | p95 ms |\n|---|---|---|');
  for (const stage of stageNames) {
    const xs = rows.map((r) => r.stages[stage] ?? 0);
    console.log(`| ${stage} | ${ms(median(xs))} | ${ms(p95(xs))} |`);
  }
  const calm = rows.map((r) => r.calm);
  const readability = rows.map((r) => r.readability);
  console.log('\n| | median ms | p95 ms |\n|---|---|---|');
  console.log(`| Calm pipeline (as the content script runs it) | ${ms(median(calm))} | ${ms(p95(calm))} |`);
  console.log(`| Readability (clone + parse) | ${ms(median(readability))} | ${ms(p95(readability))} |`);
  const [ratio, p95Ratio] = [median(ratios), p95(calm) / p95(readability)];
  console.log(`\nper-page ratio Calm / Readability: median ${ratio.toFixed(2)}x, p95 ${p95(ratios).toFixed(2)}x; p95 vs p95: ${p95Ratio.toFixed(2)}x`);
  console.log(`targets: per-page median ≤ ${TARGETS.ratio.toFixed(2)}x ${metOrNot(ratio <= TARGETS.ratio)}, p95 vs p95 ≤ ${TARGETS.p95Ratio.toFixed(2)}x ${metOrNot(p95Ratio <= TARGETS.p95Ratio)}`);
  const paired = rows.filter((r) => r.against !== undefined && r.against > 0);
  if (paired.length) {
    const vs = paired.map((r) => r.calm / r.against!);
    const against = paired.map((r) => r.against!);
    console.log(`against the other checkout (same pages, same run, taking turns): this / that per page median ${median(vs).toFixed(3)}, p95 ${p95(vs).toFixed(3)}; that one's median ${ms(median(against))} ms, p95 ${ms(p95(against))} ms`);
  }
  const refused = rows.filter((r) => !r.ok);
  if (refused.length) console.log(`not articles on the first click: ${refused.length} (${[...new Set(refused.map((r) => r.reason))].join(', ')})`);
  for (const f of failures.slice(0, 10)) console.log(`  could not time ${f}`);
}

/** A long article: the seed fixture's story told eight times over, under one headline. */
function buildLongPage(): string {
  const seed = readFileSync(join(FIXTURES, 'pages/voa-seed.html'), 'utf8');
  const body = seed.match(/<div id="article-content"[\s\S]*?<\/div>/)?.[0] ?? '';
  return seed.replace(body, body.repeat(8));
}

/** 100,000 elements, under the 150,000-element refusal bound: a story inside a very busy page. */
function buildHugePage(): string {
  const story = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the council story: the ferry terminal vote passed by seven to four after three years of argument over repairs, costs and the second berth.</p>`).join('');
  // 99,960 spans + the story's own elements.
  const filler = `<div class="grid">${'<span>·</span>'.repeat(99_960)}</div>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council votes to rebuild the ferry terminal</title></head><body><header><a href="/">Home</a></header><main><article><h1>Council votes to rebuild the ferry terminal</h1>${story}</article></main><aside>${filler}</aside></body></html>`;
}

interface ClickSample {
  [moment: string]: number;
}

/** One real click: the moments the popup marked, in ms after the click. */
async function clickOnce(session: ChromiumSession, server: FixtureServer, path: string, waitFor: string): Promise<ClickSample> {
  const tab = await session.browser.newPage();
  try {
    await tab.goto(server.url(path), { waitUntil: 'load' });
    await tab.bringToFront();
    // A user looks at the page before clicking. Clicking the instant `load` fires measured the
    // page still laying out: on the 100,000-element page the injection alone waited 400-1,200 ms
    // more, a wait no reader meets.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const extension = (await session.browser.extensions()).get(session.extensionId)!;
    const isPopup = (t: { url(): string }) => t.url().startsWith(`chrome-extension://${session.extensionId}/`) && t.url().endsWith('popup.html');
    const popupTarget = session.browser.waitForTarget(isPopup, { timeout: 15_000 });
    // Taken as the command leaves: the figures include its trip down the pipe to the browser
    // (a no-op CDP command's whole round trip takes 0-1 ms here). Epoch ms, sub-ms precision,
    // the clock the popup's timeOrigin is on.
    const clickedAt = performance.timeOrigin + performance.now();
    await tab.triggerExtensionAction(extension);
    const popup = (await (await popupTarget).asPage())!;
    try {
      await popup.waitForFunction((mark: string) => performance.getEntriesByName(mark).length > 0, { timeout: 20_000, polling: 20 }, `calm:${waitFor}`);
      const marks = await popup.evaluate(() => ({
        origin: performance.timeOrigin,
        marks: performance.getEntriesByType('mark').map((m) => [m.name, m.startTime] as const),
      }));
      const sample: ClickSample = { 'popup-open': marks.origin - clickedAt };
      for (const [name, at] of marks.marks) {
        const moment = name.replace(/^calm:/, '');
        if (!(moment in sample)) sample[moment] = marks.origin + at - clickedAt;
      }
      return sample;
    } finally {
      await popup.close().catch(() => undefined);
    }
  } finally {
    await tab.close().catch(() => undefined);
  }
}

async function measureClicks(session: ChromiumSession, server: FixtureServer, clicks: number, pinned: boolean): Promise<void> {
  const pages: Array<[string, string, string, number | undefined]> = [
    ['seed fixture (voa-seed.html)', '/pages/voa-seed.html', 'article-shown', TARGETS.seedClickMs],
    ['long article (the seed story x8)', '/click/long.html', 'article-shown', undefined],
    ['100,000 elements', '/click/huge.html', 'article-shown', TARGETS.hugeClickMs],
  ];
  const order = ['popup-open', ...CLICK_MOMENTS];
  for (const [name, path, waitFor, target] of pages) {
    await clickOnce(session, server, path, waitFor); // warm-up: first popup, first injection
    const samples: ClickSample[] = [];
    for (let i = 0; i < clicks; i++) samples.push(await clickOnce(session, server, path, waitFor));
    console.log(`\n## click to article: ${name}, ${clicks} real clicks on the ${pinned ? 'pinned' : 'unpinned'} button (ms after the click)`);
    console.log('| moment | median | p95 |\n|---|---|---|');
    for (const moment of order) {
      const xs = samples.map((s) => s[moment]).filter((x) => Number.isFinite(x));
      if (xs.length) console.log(`| ${moment} | ${ms(median(xs))} | ${ms(p95(xs))} |`);
    }
    if (target !== undefined) {
      const shown = median(samples.map((s) => s[waitFor]).filter((x) => Number.isFinite(x)));
      console.log(`target: ${waitFor} ≤ ${target.toLocaleString('en')} ms after the click, median ${ms(shown)} ms ${metOrNot(shown <= target)}`);
    }
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    console.error(`bench:browser: ${args}\n${USAGE}`);
    return 1;
  }
  const corpus = args.corpus ? resolve(args.corpus) : undefined;
  const ids = corpus ? listPages(corpus, args.limit) : [];
  if (corpus && ids.length === 0) {
    console.error(`bench:browser: no .html pages in ${corpus}`);
    return 2;
  }
  const routes: Record<string, Route> = {
    '/click/long.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(buildLongPage());
    },
    '/click/huge.html': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(buildHugePage());
    },
  };
  for (const id of ids) {
    routes[`/corpus/${id}.html`] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': NO_FETCH_CSP });
      res.end(stripScripts(readFileSync(join(corpus!, `${id}.html`), 'utf8')));
    };
  }
  const server = await startFixtureServer(routes);
  try {
    if (corpus) await benchCorpus(args, corpus, ids, server);
    // The clicks get a browser of their own: after a corpus run in the same browser, Chromium
    // started the popup's script about 35 ms later (85 ms after the click instead of 50), so the
    // figure depended on whether a corpus ran first and how large it was.
    if (args.clicks > 0) {
      const session = await launchChromium(buildDir('chrome', 'production'), { pinned: args.pinned });
      try {
        if (!corpus) console.log(`# bench:browser — ${await session.browser.version()}, ${new Date().toISOString()}`);
        await measureClicks(session, server, args.clicks, args.pinned);
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
  }
  return 0;
}

async function benchCorpus(args: Args, corpus: string, ids: string[], server: FixtureServer): Promise<void> {
  const session = await launchChromium(buildDir('chrome', 'production'), { pinned: args.pinned });
  try {
    console.log(`# bench:browser — ${await session.browser.version()}, ${new Date().toISOString()}`);
    const timers = { ours: await bundleInPageTimer(), against: args.against ? await bundleInPageTimer(resolve(args.against), AGAINST) : undefined };
    if (args.against) console.log(`against: ${resolve(args.against)}`);
    const { rows, failures } = await timeCorpus(session, server, ids, timers, args.reps, args.profile);
    printCorpus(corpus.split('/').pop() ?? corpus, rows, failures);
    if (args.profile) {
      console.log('\n## most self time, both extractors, all pages (function:line in the unminified bundle)');
      for (const [name, total] of [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
        const callers = [...(callerTimes.get(name) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 3);
        console.log(`${total.toFixed(0).padStart(7)} ms  ${name}   <- ${callers.map(([c, ms]) => `${c} ${ms.toFixed(0)}`).join(', ')}`);
      }
      console.log('\n## most time including callees (a stage, a cleanup step, a detector: where its time goes)');
      const skip = /^\((?:root|program|idle|garbage collector)\)/;
      for (const [name, total] of [...totalTimes].filter(([n]) => !skip.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 60)) {
        console.log(`${total.toFixed(0).padStart(7)} ms  ${name}`);
      }
    }
  } finally {
    await session.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench:browser: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
