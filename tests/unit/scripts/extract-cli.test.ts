// The terminal command as a user runs it: one process per case, on a fixture page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '../../..');
const SEED = join(ROOT, 'tests/fixtures/pages/voa-seed.html');

function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/extract-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case spawns tsx (a few seconds on a busy machine), hence the generous timeout.
describe('npm run extract', { timeout: 90_000 }, () => {
  test('text: title, body, then the comments with author, place and date', () => {
    const r = runCli('--format', 'text', '--url', 'https://www.voanews.example/a.html', SEED);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe("US, Russia in Tough Talks Over Syria's Chemical Weapons");
    expect(r.stdout).toContain('Lavrov said he believes the United States wants to reach a consensus with Russia.');
    expect(r.stdout).toContain('Comments (4)');
    expect(r.stdout).toContain('  Delroy Baptiste from Jersey City, NJ · September 13, 2013 4:27 AM');
    // Comments come after the article, not inside it.
    expect(r.stdout.indexOf('Comments (4)')).toBeLessThan(r.stdout.indexOf('Russia has successfully postponed'));
    expect(r.stdout.indexOf('He added that those opposing force')).toBeLessThan(r.stdout.indexOf('Comments (4)'));
  });

  test('json (the default) is the full Article', () => {
    const r = runCli('--url', 'https://www.voanews.example/a.html', SEED);
    expect(r.code).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.url).toBe('https://www.voanews.example/a.html');
    expect(article.comments).toHaveLength(4);
    expect(article.content).toContain('<p>');
  });

  test('a file that cannot be read: a clear message and exit 1', () => {
    const r = runCli(join(tmpdir(), 'calm-no-such-page.html'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot read .*calm-no-such-page\.html: no such file/);
  });

  test('a page that is not an article: the reason in plain words, exit 2; --force shows it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'calm-cli-')), 'menu.html');
    writeFileSync(file, '<html><head><title>Menu</title></head><body><ul><li><a href="/a">Home</a></li><li><a href="/b">Shop</a></li></ul><p>Hello there.</p></body></html>');
    const refused = runCli('--format', 'text', file);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('does not look like an article');
    const forced = runCli('--format', 'markdown', '--force', file);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Hello there.');
  });
});

describe('npm run extract on saved pages', { timeout: 90_000 }, () => {
  const story = 'The harbour authority opened the new ferry terminal on Monday after three years of work. ';
  const dir = mkdtempSync(join(tmpdir(), 'calm-cli-input-'));

  test('a page saved in Shift_JIS is decoded by its <meta charset>, not read as UTF-8', () => {
    const file = join(dir, 'sjis.html');
    const ascii = (s: string): number[] => Array.from(s, (c) => c.charCodeAt(0));
    // 日本語 in Shift_JIS, inside an English story long enough to be an article.
    const bytes = [
      ...ascii(`<html><head><meta charset="Shift_JIS"><title>Ferry</title></head><body><article><h1>Ferry</h1><p>${story.repeat(4)}</p><p>Word: `),
      0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea,
      ...ascii(`. ${story.repeat(3)}</p></article></body></html>`),
    ];
    writeFileSync(file, new Uint8Array(bytes));
    const r = runCli('--format', 'text', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Word: 日本語.');
  });

  test('a page whose CSS jsdom rejects is read anyway, with a note that does not blame --url', () => {
    const file = join(dir, 'sass.html');
    writeFileSync(
      file,
      `<html><head><title>Ferry</title><style>.col{width:calc(100% - #{$gutter})}</style></head><body><article><h1>Ferry</h1>` +
        `<p style="margin:calc(1em + $x)">${story.repeat(4)}</p><p>${story.repeat(3)}</p></article></body></html>`,
    );
    const r = runCli('--format', 'text', '--url', 'https://port.example/ferry', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The harbour authority opened the new ferry terminal');
    expect(r.stderr).toContain("parsed without 1 stylesheet and 1 style attribute that jsdom's CSS parser rejects");
    expect(r.stderr).not.toContain('--url');
  });
});
