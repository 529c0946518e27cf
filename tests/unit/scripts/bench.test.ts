// `npm run bench` as a developer runs it, on a corpus folder written by the test: the first click
// is scored (a refused page is an empty prediction, listed with Readability's score there), a page
// whose CSS jsdom rejects costs nothing, and passage truth is scored with the segment metric.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../../..');

function runBench(dir: string, ...more: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--max-old-space-size=2000', '--import', 'tsx', 'scripts/bench.ts', '--corpus', dir, ...more], { cwd: ROOT, encoding: 'utf8', timeout: 80_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const para = (s: string, n: number): string => `<p>${Array.from({ length: n }, (_, i) => `${s} (part ${i + 1}).`).join(' ')}</p>`;
const story = (css: string, attr: string): string =>
  `<html><head><title>Bridge closes</title>${css}</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Bridge closes</h1>` +
  `${para('The council voted on Tuesday to close the old river bridge for repairs over the winter months', 3)}` +
  `<p${attr}>Drivers will use the northern crossing, which adds about ten minutes to the trip into town.</p>` +
  `${para('Shops near the bridge asked the council for help during the closure and were promised a review', 3)}</article>` +
  `<footer>Share this story</footer></body></html>`;
// A menu and one line: what the first click refuses.
const MENU = '<html><head><title>Menu</title></head><body><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li></ul><p>Hello there.</p></body></html>';

describe('npm run bench', { timeout: 90_000 }, () => {
  test('article truth: first click scored, refusals listed, a page with rejected CSS still scored', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calm-bench-'));
    const truth = 'Bridge closes\nThe council voted on Tuesday to close the old river bridge for repairs over the winter months';
    writeFileSync(join(dir, '1.html'), story('<style>.col{width:calc(100% - #{$gutter})}</style>', ' style="margin:calc(1em + $x)"'));
    writeFileSync(join(dir, '1.json'), JSON.stringify({ id: '1', url: 'https://town.example/bridge', article: truth, comments: null }));
    writeFileSync(join(dir, '2.html'), MENU);
    writeFileSync(join(dir, '2.json'), JSON.stringify({ id: '2', url: 'https://town.example/menu', article: 'Hello there.', comments: null }));
    const r = runBench(dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/corpus .*: 2 pages, 0 with comments/);
    expect(r.stdout).toMatch(/Calm \(1st click\)\s+Show anyway\s+Readability/);
    expect(r.stdout).toMatch(/refused on the first click: 1 of 2 pages; Readability article F1 >= 0\.5 on \d of them/);
    expect(r.stdout).toMatch(/^ {2}2 {2}not-an-article .*Readability \d\.\d{3} {2}Show anyway \d\.\d{3}$/m);
    expect(r.stdout).toMatch(/pages parsed without CSS that jsdom rejects: 1\n {2}1: parsed without 1 stylesheet and 1 style attribute/);
    expect(r.stdout).toMatch(/peak memory: heap used \d+ MB \(heap limit \d+ MB\), rss \d+ MB/);
    // Each page timed three times by default: one run's time moves with the garbage collector.
    expect(r.stdout).toContain("times: each page's is the median of 3 runs of each extractor, taking turns");
  });

  test('--reps sets the runs per page, and a count that is not a positive whole number is refused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calm-bench-reps-'));
    writeFileSync(join(dir, '1.html'), story('', ''));
    writeFileSync(join(dir, '1.json'), JSON.stringify({ id: '1', url: 'https://town.example/bridge', article: 'Bridge closes', comments: null }));
    const one = runBench(dir, '--reps', '1');
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("times: each page's is the median of 1 run of each extractor, taking turns");
    const zero = runBench(dir, '--reps', '0');
    expect(zero.code).not.toBe(0);
    expect(zero.stderr + zero.stdout).toContain('--reps needs a positive whole number');
  });

  test('passage truth: segment precision, recall, F and accuracy for both extractors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calm-bench-seg-'));
    writeFileSync(join(dir, 'a.html'), story('', ''));
    writeFileSync(
      join(dir, 'a.json'),
      JSON.stringify({
        id: 'a',
        url: 'https://town.example/bridge',
        with: ['Drivers will use the northern crossing', 'Shops near the bridge asked'],
        without: ['Share this story', 'Home News'],
      }),
    );
    const r = runBench(dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 with passage truth (segment metric)');
    // Both extractors keep the two story passages and leave the menu and the footer out.
    expect(r.stdout).toMatch(/^segment F\s+1\.000\s+1\.000\s+1\.000$/m);
    expect(r.stdout).toMatch(/^passages tp \/ fp \/ fn \/ tn\s+2\/0\/0\/2\s+2\/0\/0\/2\s+2\/0\/0\/2$/m);
    expect(r.stdout).toContain('refused on the first click: 0 of 1 pages');
  });
});
