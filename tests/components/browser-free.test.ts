/**
 * Components are views: they take translated strings and settings through context and props, and
 * never reach the extension API themselves, so they render the same in the popup, the in-page
 * reader, tests and the locale page; utils/ outside utils/browser/ is pure too. This reads the
 * sources: every module a component or a pure module imports, transitively (type-only imports
 * included), must neither import the WebExtension API (`wxt/browser`, `webextension-polyfill`)
 * nor call `browser.*` / `chrome.*`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripComments } from '../../scripts/check-sinks.mjs';

const ROOT = resolve(__dirname, '../..');
const EXTENSION_API_MODULE = /^(?:wxt\/browser|wxt\/storage|webextension-polyfill)$/;
const EXTENSION_API_CALL = /(?<![\w$.])(?:browser|chrome)\s*\.\s*(?:runtime|tabs|storage|i18n|scripting|action|browserAction|permissions|commands|downloads|windows|sidePanel|contextMenus)\b/;
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** The file a relative or `@/` import names, or null for a package. */
function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  else return null;
  base = base.replace(/\?.*$/, '');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && /\.(?:[cm]?[jt]sx?)$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every way `file` and the modules it imports (transitively) reach the extension API. */
function extensionApiUses(file: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length) {
    const current = queue.pop()!;
    if (seen.has(current)) continue;
    seen.add(current);
    const code = stripComments(readFileSync(current, 'utf8'));
    const name = relative(ROOT, current);
    for (const [, spec] of code.matchAll(IMPORT)) {
      if (EXTENSION_API_MODULE.test(spec)) found.push(`${name} imports ${spec}`);
      const next = resolveImport(current, spec);
      if (next) queue.push(next);
    }
    code.split('\n').forEach((line, i) => {
      if (EXTENSION_API_CALL.test(line)) found.push(`${name}:${i + 1} calls ${line.trim()}`);
    });
  }
  return found;
}

/** The TypeScript sources of `dir`, and of its subfolders unless `deep` is false. */
function sources(dir: string, deep = true): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return deep ? sources(join(dir, entry.name)) : [];
    return /\.tsx?$/.test(entry.name) ? [join(ROOT, dir, entry.name)] : [];
  });
}

const componentFiles = sources('components');
// utils/ outside utils/browser/ is pure: the extraction core and the helpers the views, the CLI
// and the bench share.
const pureFiles = [...sources('utils', false), ...sources('utils/extract')];

describe('components and pure modules never reach the browser API', () => {
  it('finds the components and the pure modules to check', () => {
    expect(componentFiles.length).toBeGreaterThan(10);
    expect(pureFiles.map((f) => relative(ROOT, f))).toEqual(expect.arrayContaining(['utils/settings.ts', 'utils/i18n.ts', 'utils/extract/pipeline.ts', 'utils/extract/declutter/remove-hidden.ts']));
  });

  it.each(componentFiles.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(extensionApiUses(file)).toEqual([]);
  });

  it.each(pureFiles.map((f) => [relative(ROOT, f), f]))('pure: %s', (_name, file) => {
    expect(extensionApiUses(file)).toEqual([]);
  });

  // The check must be able to fail: the browser plumbing is what it is there to keep out.
  it.each([
    ['utils/browser/messaging.ts', 'imports wxt/browser'],
    ['utils/browser/use-settings.ts', 'utils/browser/settings-storage.ts imports wxt/browser'],
    ['entrypoints/popup/main.tsx', 'imports wxt/browser'],
  ])('flags %s', (file, finding) => {
    expect(extensionApiUses(join(ROOT, file)).join('\n')).toContain(finding);
  });
});
