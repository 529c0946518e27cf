/**
 * The page script's Readability has its debug logging compiled out: it must still be the same
 * Readability, article for article.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { asEsModule, stripLogCalls, unusedBranches } from '../../../scripts/strip-readability-log';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
type ReadabilityClass = new (doc: Document) => { parse(): { title: string; content: string; textContent: string } | null };
const Original = require('@mozilla/readability/Readability.js') as ReadabilityClass;

function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as ReadabilityClass;
}

describe('stripLogCalls', () => {
  it('replaces every this.log( call, strings with parentheses included', () => {
    const { code, calls } = stripLogCalls('a(); this.log("x (y", z.f(1), \')\'); b(); this.log(`t ${(1)}`);');
    expect(calls).toBe(2);
    expect(code).toBe('a(); void 0; b(); void 0;');
  });

  it('takes all of Readability.js\'s log calls and leaves a Readability that extracts the same article', () => {
    const { code, calls } = stripLogCalls(SOURCE);
    expect(calls).toBeGreaterThan(10);
    expect(code).not.toContain('this.log(');
    const Stripped = load(code);
    for (const page of ['tests/fixtures/pages/voa-seed.html', 'tests/fixtures/pages/table-layout-bare-text.html']) {
      const html = readFileSync(page, 'utf8');
      const run = (R: ReadabilityClass) => new R(new JSDOM(html, { url: 'https://news.example/story' }).window.document).parse();
      const expected = run(Original);
      expect(expected?.textContent.length, page).toBeGreaterThan(500);
      expect(run(Stripped), page).toEqual(expected);
    }
  });

  it('fails on an unbalanced call rather than cutting the file short', () => {
    expect(() => stripLogCalls('this.log("never closed"')).toThrow(/unbalanced/);
  });
});

describe('unusedBranches and asEsModule', () => {
  it('leave a Readability without its debug and JSDOMParser branches that extracts the same article', () => {
    const code = unusedBranches(stripLogCalls(SOURCE).code);
    expect(code).not.toMatch(/_debug|__JSDOMParser__|_docJSDOMParser/);
    const Trimmed = load(code);
    for (const page of ['tests/fixtures/pages/voa-seed.html', 'tests/fixtures/pages/table-layout-bare-text.html']) {
      const html = readFileSync(page, 'utf8');
      const run = (R: ReadabilityClass) => new R(new JSDOM(html, { url: 'https://news.example/story' }).window.document).parse();
      expect(run(Trimmed), page).toEqual(run(Original));
    }
  });

  it('export the class as the ES default export instead of module.exports', () => {
    const code = asEsModule(SOURCE);
    expect(code).not.toContain('module.exports');
    expect(code.trimEnd().endsWith('export default Readability;')).toBe(true);
  });

  it('fail on a Readability that no longer has what they replace', () => {
    expect(() => unusedBranches('function Readability() {}')).toThrow(/not found/);
    expect(() => asEsModule('function Readability() {}')).toThrow(/not found/);
  });
});
