#!/usr/bin/env node
// `npm test`: everything, in the order that fails fastest. Each step's own output is shown; the
// last line sums the tests that ran (vitest JSON reports), so CI can tell a run that tested
// nothing from one that passed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-artifacts', { recursive: true });
const unitReport = 'test-artifacts/vitest-unit.json';
const e2eReport = 'test-artifacts/vitest-e2e.json';
rmSync(unitReport, { force: true });
rmSync(e2eReport, { force: true });

const steps = [
  ['types', 'npx', ['tsc', '--noEmit']],
  ['one HTML sink', 'node', ['scripts/check-sinks.mjs']],
  ['unit and component tests', 'npx', ['vitest', 'run', '--project', 'unit', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]],
  ['production builds', 'npm', ['run', 'build', '--silent']],
  ['test builds', 'npm', ['run', 'build:e2e', '--silent']],
  ['size budget', 'node', ['scripts/check-size.mjs']],
  ['web-ext lint', 'node', ['scripts/lint-firefox.mjs']],
  ['real-browser tests', 'npx', ['vitest', 'run', '--project', 'e2e', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`]],
];

const results = [];
for (const [name, cmd, args] of steps) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  results.push({ name, ok: run.status === 0, seconds: Math.round((Date.now() - started) / 1000) });
}

let passed = 0;
let failed = 0;
const reports = {};
for (const report of [unitReport, e2eReport]) {
  if (!existsSync(report)) continue;
  const json = JSON.parse(readFileSync(report, 'utf8'));
  reports[report] = json;
  passed += json.numPassedTests ?? 0;
  failed += (json.numFailedTests ?? 0) + (json.numTodoTests ?? 0);
}

console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
// Where the suite's time goes: the browser tests are most of it.
const browserTests = (reports[e2eReport]?.testResults ?? []).flatMap((file) =>
  file.assertionResults.map((test) => ({ file: file.name.split('/').pop(), name: test.fullName, ms: test.duration ?? 0 })));
if (browserTests.length) {
  console.log('slowest browser tests:');
  for (const t of browserTests.sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${(t.ms / 1000).toFixed(1)} s  ${t.file} > ${t.name}`);
}
const failedSteps = results.filter((r) => !r.ok).length;
if (failedSteps && failed === 0) failed = failedSteps;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedSteps ? 1 : 0);
