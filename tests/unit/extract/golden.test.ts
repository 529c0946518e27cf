/**
 * Every extraction fixture's whole output against its reviewed golden file
 * (tests/fixtures/pages/golden/<name>.txt, written by `npm run golden`): the fixture tests check
 * what each page is for, this catches everything else a change moves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, listFixtures, renderGolden } from '../../../scripts/golden';

describe('golden outputs', () => {
  it('exist for every extraction fixture', () => {
    const missing = listFixtures().filter((name) => !existsSync(join(GOLDEN_DIR, `${name}.txt`)));
    expect(missing, 'run `npm run golden` and review the new files').toEqual([]);
  });

  it.each(listFixtures())('%s gives its golden output', (name) => {
    const file = join(GOLDEN_DIR, `${name}.txt`);
    if (!existsSync(file)) return; // reported once, above
    expect(renderGolden(name), 'extraction changed: run `npm run golden` and review the diff').toBe(readFileSync(file, 'utf8'));
  });
});
