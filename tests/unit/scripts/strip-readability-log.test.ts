/**
 * The page script's Readability has its debug logging compiled out: it must still be the same
 * Readability, article for article.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { asEsModule, logOnlyMessages, stripLogCalls, unusedBranches, unusedOptions, unusedPatterns, UNUSED_PATTERNS } from '../../../scripts/strip-readability-log';

const require = createRequire(import.meta.url);
const SOURCE = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
type ReadabilityClass = new (doc: Document) => { parse(): { title: string; content: string; textContent: string } | null };
const Original = require('@mozilla/readability/Readability.js') as ReadabilityClass;

function load(code: string): ReadabilityClass {
  const module = { exports: {} as unknown };
  new Function('module', 'exports', code)(module, module.exports);
  return module.exports as ReadabilityClass;
}

/** Two real-shaped pages: a news story with its clutter, and a table layout with bare text. */
const PAGES = ['tests/fixtures/pages/voa-seed.html', 'tests/fixtures/pages/table-layout-bare-text.html'];

function parseWith(R: ReadabilityClass, page: string) {
  return new R(new JSDOM(readFileSync(page, 'utf8'), { url: 'https://news.example/story' }).window.document).parse();
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
    for (const page of PAGES) {
      const run = (R: ReadabilityClass) => parseWith(R, page);
      const expected = run(Original);
      expect(expected?.textContent.length, page).toBeGreaterThan(500);
      expect(run(Stripped), page).toEqual(expected);
    }
  });

  it("reduces the conditional cleaning's log-only reasons to a count, and Readability extracts the same article", () => {
    const stripped = stripLogCalls(SOURCE).code;
    const code = logOnlyMessages(stripped);
    expect(code.match(/errs\.push\(0\)/g)?.length).toBe(stripped.match(/errs\.push\(/g)?.length);
    expect(code).not.toMatch(/Suspiciously short|mostly links/);
    const Trimmed = load(code);
    for (const page of PAGES) expect(parseWith(Trimmed, page), page).toEqual(parseWith(Original, page));
    expect(() => logOnlyMessages('function Readability() {}')).toThrow(/not as expected/);
  });

  it('fails on an unbalanced call rather than cutting the file short', () => {
    expect(() => stripLogCalls('this.log("never closed"')).toThrow(/unbalanced/);
  });
});

describe('unusedBranches and asEsModule', () => {
  it('leave a Readability without its debug and JSDOMParser branches that extracts the same article', () => {
    const code = unusedBranches(stripLogCalls(SOURCE).code);
    expect(code).not.toMatch(/_debug|__JSDOMParser__|_docJSDOMParser|concat\.apply/);
    const Trimmed = load(code);
    for (const page of PAGES) {
      const run = (R: ReadabilityClass) => parseWith(R, page);
      expect(run(Trimmed), page).toEqual(run(Original));
    }
  });

  it('leave, with the options Calm never passes made constant, a Readability that extracts the same article', () => {
    const code = unusedOptions(unusedBranches(stripLogCalls(SOURCE).code));
    expect(code).not.toMatch(/this\.(?:_maxElemsToParse|_keepClasses|_disableJSONLD|_linkDensityModifier) =|options\.(?:documentElement|nbTopCandidates|charThreshold|classesToPreserve|allowedVideoRegex)/);
    const Trimmed = load(code);
    for (const page of PAGES) {
      const run = (R: ReadabilityClass) => parseWith(R, page);
      const expected = run(Original);
      expect(expected?.textContent.length, page).toBeGreaterThan(500);
      // The text and its length are no longer read from the article: nothing in the pipeline uses them.
      const { textContent, length, ...rest } = expected as unknown as Record<string, unknown>;
      expect([typeof textContent, typeof length]).toEqual(['string', 'number']);
      expect(run(Trimmed), page).toEqual(rest);
    }
  });

  it('leave, without the patterns Readability never reads, a Readability that extracts the same article', () => {
    const code = unusedPatterns(SOURCE);
    for (const name of UNUSED_PATTERNS) {
      expect(SOURCE, name).toMatch(new RegExp(`\\n {4}${name}:`));
      expect(code, name).not.toMatch(new RegExp(`\\b${name}:|\\.${name}\\b`));
    }
    const Trimmed = load(code);
    for (const page of PAGES) expect(parseWith(Trimmed, page), page).toEqual(parseWith(Original, page));
  });

  it('fail on a Readability that reads a pattern they would leave out', () => {
    expect(() => unusedPatterns(`${SOURCE}\nvar next = this.REGEXPS.nextLink;`)).toThrow(/reads REGEXPS\.nextLink/);
  });

  it('export the class as the ES default export instead of module.exports', () => {
    const code = asEsModule(SOURCE);
    expect(code).not.toContain('module.exports');
    expect(code.trimEnd().endsWith('export default Readability;')).toBe(true);
  });

  it('fail on a Readability that no longer has what they replace', () => {
    expect(() => unusedBranches('function Readability() {}')).toThrow(/not found/);
    expect(() => asEsModule('function Readability() {}')).toThrow(/not found/);
    expect(() => unusedOptions('function Readability() {}')).toThrow(/not found/);
    expect(() => unusedPatterns('function Readability() {}')).toThrow(/not found/);
  });
});
