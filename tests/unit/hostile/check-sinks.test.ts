/**
 * scripts/check-sinks.mjs: it passes on the project and fails,
 * naming file:line, on each kind of HTML sink outside components/SafeHtml.tsx. Running it here
 * makes it part of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SCRIPT = join(ROOT, 'scripts/check-sinks.mjs');
const temp = mkdtempSync(join(tmpdir(), 'calm-sinks-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function runCheck(root: string) {
  const r = spawnSync(process.execPath, [SCRIPT, '--root', root], { encoding: 'utf8' });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

let n = 0;
function projectWith(files: Record<string, string>): string {
  const root = join(temp, `p${n++}`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('check-sinks', () => {
  it('passes on this project and says what it checked', () => {
    const { code, out } = runCheck(ROOT);
    expect(out).toMatch(/check-sinks: OK, \d+ files in entrypoints\/, components\/, utils\/ checked/);
    expect(code).toBe(0);
  });

  it.each([
    ['innerHTML assignment', 'el.innerHTML = html;'],
    ['innerHTML through a string key', "el['innerHTML'] = html;"],
    ['outerHTML assignment', 'el.outerHTML = html;'],
    ['dangerouslySetInnerHTML', 'const v = <div dangerouslySetInnerHTML={{ __html: x }} />;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', html);"],
    ['document.write', 'document.write(html);'],
    ['createContextualFragment', 'range.createContextualFragment(html);'],
    ['setHTMLUnsafe', 'el.setHTMLUnsafe(html);'],
    ['srcdoc', 'frame.srcdoc = html;'],
    ['jQuery-like .html()', '$(el).html(html);'],
    ['DOMParser into the live page', "const d = new DOMParser().parseFromString(html, 'text/html'); document.body.append(...d.body.childNodes);"],
  ])('fails on %s outside SafeHtml, naming file:line', (_name, line) => {
    const root = projectWith({
      'components/SafeHtml.tsx': 'el.innerHTML = x; // the one allowed place',
      'utils/ok.ts': '// el.innerHTML = x in a comment is not a sink\n/* document.write(x) */\nexport const a = 1;\n',
      'entrypoints/popup/bad.tsx': `export function f(el: any, html: string, range: any, frame: any, $: any) {\n  ${line}\n}\n`,
    });
    const { code, out } = runCheck(root);
    expect(code).toBe(1);
    expect(out).toContain('entrypoints/popup/bad.tsx:2:');
    expect(out).not.toContain('components/SafeHtml.tsx:1');
    expect(out).not.toContain('utils/ok.ts');
  });

  it('allows DOMParser in utils that never touch the live document (inert parsing)', () => {
    const root = projectWith({
      'utils/extract/tidy.ts': "export function read(raw: string, win: any) { return new win.DOMParser().parseFromString(raw, 'text/html').images[0]; }\n",
    });
    expect(runCheck(root).code).toBe(0);
  });

  it('ignores sink names in comments but not in code after a comment on the same line', () => {
    const root = projectWith({
      'utils/a.ts': '/* innerHTML */ export const x = 1; // insertAdjacentHTML\n',
      'utils/b.ts': '/* harmless */ el.innerHTML = y;\n',
    });
    const { code, out } = runCheck(root);
    expect(code).toBe(1);
    expect(out).toContain('utils/b.ts:1:');
    expect(out).not.toContain('utils/a.ts');
  });
});
