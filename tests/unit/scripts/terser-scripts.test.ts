import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { EXTRACTION_FIELDS, minifyScript, READABILITY_FIELDS } from '../../../scripts/terser-scripts';

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

describe("the extraction's own field names", () => {
  const sourcesUnder = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f));
  // The DOM's property names terser knows (and never renames), from the package's own list.
  const terserDir = dirname(createRequire(import.meta.url).resolve('terser/package.json'));

  it('are no DOM property, no field of a message, and used nowhere outside the extraction', async () => {
    const domprops = new Set(((await import(pathToFileURL(join(terserDir, 'tools', 'domprops.js')).href)) as { domprops: string[] }).domprops);
    expect(domprops.has('textContent')).toBe(true);
    const outside = ['utils', 'entrypoints', 'components'].flatMap(sourcesUnder).filter((f) => !f.startsWith(join('utils', 'extract')));
    const messageTypes = [join('utils', 'extract', 'types.ts')];
    expect(outside.length).toBeGreaterThan(30);
    for (const name of EXTRACTION_FIELDS) {
      expect(domprops.has(name), name).toBe(false);
      for (const file of [...outside, ...messageTypes]) expect(readFileSync(file, 'utf8'), `${file}: ${name}`).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('are never named by a string in the extraction (a field read from JSON, or by a computed key)', async () => {
    const names = new Set(EXTRACTION_FIELDS);
    const files = sourcesUnder(join('utils', 'extract'));
    expect(files.length).toBeGreaterThan(40);
    for (const file of files) {
      const { code } = await transformWithOxc(readFileSync(file, 'utf8'), file);
      const strings: string[] = [];
      const visit = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(visit);
        const n = node as { type?: string; value?: unknown; cooked?: unknown };
        if (n.type === 'Literal' && typeof n.value === 'string') strings.push(n.value);
        if (n.type === 'TemplateElement') strings.push(String((n.value as { cooked?: string }).cooked));
        for (const v of Object.values(node)) if (v && typeof v === 'object') visit(v);
      };
      visit(parseAst(code));
      for (const s of strings) for (const word of s.split(/[^\w$]+/)) expect(names.has(word), `${file}: '${s}'`).toBe(false);
    }
  });

  it('are renamed', async () => {
    const out = await minifyScript(`(function () { const ctx = { linkDensity: (el) => el.links / el.words, hasDescendant: () => false }; globalThis.reply = ctx.linkDensity({ links: 1, words: 4 }) + Number(ctx.hasDescendant()); })();`);
    expect(out).not.toMatch(/linkDensity|hasDescendant/);
    const scope: Record<string, unknown> = {};
    new Function('globalThis', out)(scope);
    expect(scope.reply).toBe(0.25);
  });
});
