#!/usr/bin/env node
// Size budget (issue 2): every content script <= 40 kB gzip, the popup's JavaScript (its entry
// and every chunk it imports) <= 30 kB gzip, in both production builds. Prints the actual sizes;
// exits 1 when over budget or when a build is missing.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET = { contentScript: 40 * 1024, popup: 30 * 1024 };
const OUT = process.env.CALM_OUTPUT_DIR || '.output';
const BUILDS = [`${OUT}/chrome-mv3`, `${OUT}/firefox-mv2`];

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

/** The popup's JS: scripts named in popup.html plus everything they import, transitively. */
function popupScripts(dir) {
  const html = readFileSync(join(dir, 'popup.html'), 'utf8');
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => resolve(dir, `.${m[1].startsWith('/') ? '' : '/'}${m[1]}`));
  const seen = new Set();
  while (queue.length) {
    const file = queue.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(resolve(dirname(file), m[1]));
  }
  return [...seen];
}

let failures = 0;
for (const rel of BUILDS) {
  const dir = resolve(rel);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`size: ${rel} is missing; run \`npm run build\` first`);
    failures++;
    continue;
  }
  const csDir = join(dir, 'content-scripts');
  for (const name of readdirSync(csDir).filter((f) => f.endsWith('.js'))) {
    const size = gz(join(csDir, name));
    const ok = size <= BUDGET.contentScript;
    if (!ok) failures++;
    console.log(`size: ${rel}/content-scripts/${name}: ${kb(size)} gzip (budget ${kb(BUDGET.contentScript)}) ${ok ? 'ok' : 'OVER BUDGET'}`);
  }
  const files = popupScripts(dir);
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  const ok = total <= BUDGET.popup && files.length > 0;
  if (!ok) failures++;
  console.log(`size: ${rel} popup JavaScript (${files.length} files): ${kb(total)} gzip (budget ${kb(BUDGET.popup)}) ${ok ? 'ok' : 'OVER BUDGET'}`);
}
process.exit(failures ? 1 : 0);
