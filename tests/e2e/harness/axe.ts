import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }

/**
 * axe-core's serious and critical violations in a page (evaluated over CDP, which the extension
 * CSP does not block); `within` limits the check to one element and its shadow tree (the in-page
 * reader over a fixture page, whose own markup is not ours to judge).
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async (selector: string | null) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(selector ? { include: [[selector]] } : document, { resultTypes: ['violations'] })).violations;
  }, within ?? null)) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
