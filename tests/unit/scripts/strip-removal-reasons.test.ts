/**
 * The extension's page script drops the cleanup steps' removal reasons (read only by the debug
 * report, which that build leaves out): each `ctx.remove(el, step, reason)` keeps its element.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseAst, transformWithOxc } from 'vite';
import { describe, expect, it } from 'vitest';
import { cutRanges, removalReasonRanges, stepNameRanges } from '../../../scripts/strip-removal-reasons';

type Ast = Parameters<typeof removalReasonRanges>[0];
const strip = (code: string) => cutRanges(code, removalReasonRanges(parseAst(code) as unknown as Ast));

describe('strip-removal-reasons', () => {
  it('keeps the element of each ctx.remove call and drops the step name and reason', () => {
    const code = [
      'if (ctx.remove(climbToBox(ctx, el, 400), this.name, `ad label "${ctx.text(el).slice(0, 40)}"`)) took++;',
      "for (const d of dates) ctx.remove(d, name, 'date of a story link');",
    ].join('\n');
    expect(strip(code)).toBe(['if (ctx.remove(climbToBox(ctx, el, 400))) took++;', 'for (const d of dates) ctx.remove(d);'].join('\n'));
  });

  it('leaves every other call alone: DOM removals, other objects, other arities', () => {
    const code = "el.remove(); region.remove(a, b, c); ctx.removed.push(x); ctx.remove(el); f(ctx.remove);";
    expect(strip(code)).toBe(code);
  });

  it('drops the name of a step object, and only of a step object', () => {
    const names = (code: string) => cutRanges(code, stepNameRanges(parseAst(code) as unknown as Ast));
    expect(names("export const removeAds = { name: 'remove-ads', run(ctx) { ctx.remove(el); } };"))
      .toBe('export const removeAds = { run(ctx) { ctx.remove(el); } };');
    const other = "const author = { name: 'Jo', url: 'https://a.example' }; const step = { run() {}, name: 'last' };";
    expect(names(other)).toBe(other);
  });

  it('understands every ctx.remove( call the cleanup steps write (the build fails on one it does not)', async () => {
    const dir = 'utils/extract/declutter';
    let calls = 0;
    let names = 0;
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      // JavaScript, as the bundler hands it to the plugin.
      const { code } = await transformWithOxc(readFileSync(`${dir}/${file}`, 'utf8'), file);
      const written = code.split('ctx.remove(').length - 1;
      calls += written;
      expect(removalReasonRanges(parseAst(code) as unknown as Ast), file).toHaveLength(written);
      expect(strip(code), file).not.toMatch(/ctx\.remove\([^()]*,/);
      // A step declared as an object loses its name in the page script.
      const stepNames = stepNameRanges(parseAst(code) as unknown as Ast).length;
      names += stepNames;
      expect(stepNames, file).toBe(/^\s*name: ["'`]/m.test(code) ? 1 : 0);
    }
    expect(calls).toBeGreaterThan(30);
    expect(names).toBeGreaterThan(10);
  });
});
