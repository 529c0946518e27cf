/**
 * "A short line": the unit the line rules (credits, calls to action, post meta lines) look at. A
 * box that holds blocks may also hold a short paragraph of the story, so only elements with no
 * block inside them count; text length comes from the shared measures (context.ts).
 */
import type { DeclutterContext } from './context';
import { liveElements } from './signals';
import type { DeclutterStep } from './step';

// Not text.ts's BLOCK_TAGS, which says where plain text breaks lines: a credit written over a
// <br> ("Foto: Agentur<br>Name") or inside a table cell is still one short line here.
const BLOCKS: ReadonlySet<string> = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'FIGURE', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Is `el` a line of text of at most `max` characters, with no block element inside it? */
export function isShortLine(ctx: DeclutterContext, el: Element, max: number): boolean {
  const len = ctx.textLength(el);
  return len > 0 && len <= max && !ctx.hasDescendant(el, BLOCKS);
}

/**
 * A step that takes every short line (at most `max` characters) whose text `matches`: the shape
 * of the phrase-only line rules, which differ only in their phrases and their longest line.
 */
export function shortLineStep(name: string, max: number, matches: (text: string) => boolean, what: string): DeclutterStep {
  return {
    name,
    run(ctx) {
      for (const el of liveElements(ctx)) {
        if (!isShortLine(ctx, el, max)) continue;
        const text = ctx.text(el);
        if (matches(text)) ctx.remove(el, name, `${what} "${text.slice(0, 50)}"`);
      }
    },
  };
}
