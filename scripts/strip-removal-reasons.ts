/**
 * A build step for the extension's page script: the cleanup steps' removal reasons compiled out.
 *
 * Every cleanup step removes through `ctx.remove(el, stepName, reason)`, and the step name and
 * the reason (a phrase, often with a slice of the element's text) are read only by the debug
 * report (declutter/context.ts), which the extension's build leaves out (utils/extract/reports.ts).
 * About fifty reasons were still built on every removal and shipped in the page script; here each
 * call keeps only its element: `ctx.remove(el)`. Building a reason changes nothing a result
 * depends on (it slices strings and reads texts through the context's cache); the page script's
 * results are the same as Node's on every corpus page. Node and the browser benchmark's bundle
 * keep the reasons.
 *
 * The steps' names go the same way (stepNameRanges): `{ name: 'remove-x', run(ctx) {...} }`
 * becomes `{ run(ctx) {...} }`, since only the report and the stage timings read a step's name.
 */
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is Node => !!value && typeof value === 'object' && typeof (value as Node).type === 'string';

/** Calls `visit` on every node of the tree, parents before their children. */
function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const v of value) if (isNode(v)) walk(v, visit);
    } else if (isNode(value)) walk(value, visit);
  }
}

/** The source ranges of every `ctx.remove(el, …)` call's arguments after the first. */
export function removalReasonRanges(ast: Node): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const visit = (node: Node) => {
    if (node.type === 'CallExpression') {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      const object = callee.object as Node | undefined;
      const property = callee.property as Node | undefined;
      if (callee.type === 'MemberExpression' && !callee.computed && object?.type === 'Identifier' && object.name === 'ctx'
        && property?.name === 'remove' && args.length === 3) {
        ranges.push([args[0].end, args[2].end]);
      }
    }
  };
  walk(ast, visit);
  return ranges;
}

/**
 * The source ranges of every cleanup step's `name: '...'` (with what separates it from the next
 * property), in an object literal that also has `run`: the step's name, read only by the debug
 * report and the stage timings, which the extension's build has neither of.
 */
export function stepNameRanges(ast: Node): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const keyOf = (prop: Node) => ((prop.key as Node | undefined)?.name as string | undefined);
  const visit = (node: Node) => {
    if (node.type === 'ObjectExpression') {
      const props = node.properties as Node[];
      const at = props.findIndex((p) => p.type === 'Property' && keyOf(p) === 'name' && (p.value as Node).type === 'Literal' && typeof (p.value as Node).value === 'string');
      if (at >= 0 && at < props.length - 1 && props.some((p) => keyOf(p) === 'run')) ranges.push([props[at].start, props[at + 1].start]);
    }
  };
  walk(ast, visit);
  return ranges;
}

/** `code` with the given ranges cut out. */
export function cutRanges(code: string, ranges: Array<[number, number]>): string {
  let out = code;
  for (const [start, end] of [...ranges].sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}

const CLEANUP_SOURCE = /[\\/]utils[\\/]extract[\\/]declutter[\\/][^\\/]+\.ts$/;

export function stripRemovalReasons(): Plugin {
  return {
    name: 'calm:strip-removal-reasons',
    enforce: 'post',
    transform(code, id) {
      if (!CLEANUP_SOURCE.test(id)) return null;
      const ast = this.parse(code) as unknown as Node;
      const ranges = removalReasonRanges(ast);
      // A call written another way would keep its reason silently: every ctx.remove( must be seen.
      const written = code.split('ctx.remove(').length - 1;
      if (ranges.length !== written) this.error(`strip-removal-reasons: ${written} ctx.remove( calls in ${id}, ${ranges.length} understood`);
      const cut = [...ranges, ...stepNameRanges(ast)];
      if (!cut.length) return null;
      const out = cutRanges(code, cut);
      // Once the reasons are gone, nothing may read the name it no longer has.
      if (/\bthis\.name\b/.test(out)) this.error(`strip-removal-reasons: ${id} reads this.name outside ctx.remove(`);
      return { code: out, map: null };
    },
  };
}
