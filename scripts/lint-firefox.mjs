#!/usr/bin/env node
// web-ext lint on the shipped Firefox build: 0 errors required. Warnings are printed; the ones
// that remain are explained in the README.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const dir = `${process.env.CALM_OUTPUT_DIR || '.output'}/firefox-mv2`;
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`lint: ${dir} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report;
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(run.stdout, run.stderr);
  process.exit(1);
}
const { errors, warnings, notices } = report.summary;
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind] ?? []) console.log(`lint ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
}
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors === 0 ? 0 : 1);
