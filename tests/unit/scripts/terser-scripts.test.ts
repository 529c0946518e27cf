import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { minifyScript, READABILITY_FIELDS } from '../../../scripts/terser-scripts';

// An injected script in miniature: a class with private members (as Readability has), an expando
// set on one object and read on another, a run-once flag on the global, DOM-like and message
// fields that code outside the script reads.
const SCRIPT = `(function () {
  class Parser {
    constructor(doc) { this._doc = doc; this._flags = 7; }
    _mark(table) { table._isDataTable = true; return table; }
    parse() {
      const t = this._mark(this._doc.table);
      return { title: this._doc.title, textContent: this._doc.text, isData: this._doc.table._isDataTable === true && t === this._doc.table, flags: this._flags };
    }
  }
  const scope = globalThis;
  if (scope.__calmRunOnce) return;
  scope.__calmRunOnce = true;
  scope.reply = new Parser(scope.page).parse();
})();`;

function run(code: string): Record<string, unknown> {
  const scope: Record<string, unknown> = { page: { title: 'Ferry vote', text: 'Seven to four.', table: {} } };
  new Function('globalThis', code)(scope);
  return scope;
}

describe('terser over the injected scripts', () => {
  it('gives the same result, with public and double-underscore names kept', async () => {
    const out = await minifyScript(SCRIPT);
    const before = run(SCRIPT);
    const after = run(out);
    expect(after.reply).toEqual(before.reply);
    expect(after.__calmRunOnce).toBe(true);
    expect(after.reply).toEqual({ title: 'Ferry vote', textContent: 'Seven to four.', isData: true, flags: 7 });
    expect(out).toContain('__calmRunOnce');
    expect(out).toContain('textContent');
  });

  it('renames the private members (where the bytes come from)', async () => {
    const out = await minifyScript(SCRIPT);
    expect(out).not.toMatch(/_doc|_flags|_mark|_isDataTable/);
  });

  it("renames Readability's constants, and no other upper-case name", async () => {
    // Readability's prototype constants beside the DOM's node type and a DOMPurify-like option
    // that is looked up by its name as a string.
    const code = `(function () {
      function R() {}
      R.prototype = { FLAG_STRIP_UNLIKELYS: 1, DEFAULT_CHAR_THRESHOLD: 500, TEXT_NODE: 3 };
      const r = new R();
      const cfg = { ALLOWED_TAGS: ['p'] };
      globalThis.reply = { flags: r.FLAG_STRIP_UNLIKELYS, chars: r.DEFAULT_CHAR_THRESHOLD, text: globalThis.node.nodeType === r.TEXT_NODE, own: Object.prototype.hasOwnProperty.call(cfg, 'ALLOWED_TAGS') };
    })();`;
    const out = await minifyScript(code);
    expect(out).not.toMatch(/FLAG_STRIP_UNLIKELYS|DEFAULT_CHAR_THRESHOLD/);
    expect(out).toContain('TEXT_NODE');
    const scope: Record<string, unknown> = { node: { nodeType: 3 } };
    new Function('globalThis', out)(scope);
    expect(scope.reply).toEqual({ flags: 1, chars: 500, text: true, own: true });
  });
});

describe("Readability's own field names", () => {
  const require = createRequire(import.meta.url);
  const Readability = require('@mozilla/readability/Readability.js') as { prototype: { REGEXPS: Record<string, RegExp> } };

  it('are its pattern names or its score fields, and no code of ours reads or writes a property so named', async () => {
    const patterns = Object.keys(Readability.prototype.REGEXPS);
    for (const name of READABILITY_FIELDS.filter((n) => n !== 'readability' && n !== 'contentScore')) expect(patterns, name).toContain(name);
    const sources = ['utils', 'entrypoints', 'components'].flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f)));
    expect(sources.length).toBeGreaterThan(50);
    for (const file of sources) {
      // JavaScript, types stripped: a parameter named like a field is no property.
      const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file);
      for (const name of READABILITY_FIELDS) expect(code, `${file}: ${name}`).not.toMatch(new RegExp(`\\.${name}\\b|\\[\\s*['"\`]${name}['"\`]\\s*\\]|[{,]\\s*${name}\\s*[:}]|\\{\\s*${name}\\s*,`));
    }
  });

  it('are renamed, consistently, in a script that scores like Readability', async () => {
    const code = `(function () {
      const el = globalThis.el;
      el.readability = { contentScore: 0 };
      el.readability.contentScore += 25;
      const REGEXPS = { commas: /,/g, byline: /byline/i };
      globalThis.reply = { score: el.readability.contentScore, parts: 'a,b,c'.match(REGEXPS.commas).length, byline: REGEXPS.byline.test('byline') };
    })();`;
    const out = await minifyScript(code);
    expect(out).not.toMatch(/readability|contentScore|commas:/);
    const scope: Record<string, unknown> = { el: {} };
    new Function('globalThis', out)(scope);
    expect(scope.reply).toEqual({ score: 25, parts: 2, byline: true });
  });
});
