import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
/**
 * Screenshots saved for people to look at. Made here, where every browser test gets the path: a
 * single test file run on a fresh checkout (not through npm test, whose runner makes it for its
 * reports) failed its first screenshot with ENOENT.
 */
export const ARTIFACTS = join(ROOT, 'test-artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export type Target = 'chrome' | 'firefox';
export type BuildMode = 'production' | 'e2e';

/** Where `npm run build` / `npm run build:e2e` put each extension. */
export function buildDir(target: Target, mode: BuildMode): string {
  const base = target === 'chrome' ? 'chrome-mv3' : 'firefox-mv2';
  const dir = join(ROOT, process.env.CALM_OUTPUT_DIR || '.output', mode === 'e2e' ? `${base}-e2e` : base);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const command = mode === 'e2e' ? 'npm run build:e2e' : 'npm run build';
    throw new Error(`The ${target} ${mode} build is missing at ${dir}. Build it first: ${command}`);
  }
  return dir;
}
