/**
 * Picture credits on a line of their own ("Foto: Agentur/Name", "Imagen: Télam", "(crédito:
 * Name/Agency)", "© Agency | Name"): not story text, the reader shows the picture (and its caption,
 * once) without them. Signals, on short lines only:
 * - the whole text is a credit label with a colon followed by a name of a few words, not a
 *   sentence ("Photo: the bridge at dusk, seen from the old town" is a caption and stays), or,
 *   inside a caption, © and such a name. A credit class alone is not enough: on a slideshow page
 *   the caption is the story, and its credit, marked `span.credit`, is annotated as part of it.
 * A story's copyright notice ("Copyright 2008 The Associated Press. All rights reserved. This
 * material may not be published…") stays: the corpora disagree on it (one annotates the wire
 * notice as part of the article, another as boilerplate) and removing it cost more than it gained.
 * A caption that ends with its credit in the same text stays whole: no text is cut out of a node.
 * Motivated by credit-lines.html.
 */
import type { DeclutterContext } from './context';
import type { DeclutterStep } from './step';
import { hasToken, liveElements } from './signals';
import { isShortLine } from './short-lines';
import { anyOf } from '../word-lists';

/** Labels of a picture credit, several languages. */
const CREDIT_LABELS = [
  'photos?', 'photograph(?:s|y)?', 'photo credits?', 'image credits?', 'images?', 'pictures?', 'credits?',
  'fotos?', 'fotografie', 'bild(?:er)?', 'bildquelle', 'fotoquelle', 'titelbild', // German
  'crédits? photos?', 'crédits?', 'illustration', // French
  'imagen(?:es)?', 'crédito(?:s)?', 'fotografía', // Spanish, Portuguese
  'immagine', 'fotografia', 'afbeelding', 'zdjęcie', 'fot\\.', 'źródło zdjęcia', // Italian, Dutch, Polish
];
const CREDIT_LINE = new RegExp(`^[\\s.,·|–-]*\\(?\\s*(?:${anyOf(CREDIT_LABELS)})\\s*[:：]\\s*(.+?)\\)?$`, 'i');
/** "© Agency | Name": a credit only inside a caption (elsewhere a © line is a rights notice). */
const COPYRIGHT_CREDIT = /^[\s.,·|–-]*\(?\s*(?:©|\(c\))\s*(.+?)\)?$/i;

const CAPTION_TOKEN = /caption|legend|figure|bildunterschrift|image|photo|media/;

/** Longest credit line: a label and a few names or agencies. */
const MAX_CREDIT = 120;

/** A name or agency list rather than a sentence: few words, nearly all of them capitalised or joined by "/". */
function isNameList(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  // Lower-case words of a sentence ("sollte", "seen"); short particles of names (von, de, da) and
  // agency paths ("unsplash/Name") are allowed.
  const prose = words.filter((w) => /^\p{Ll}{4,}[,.;:!?]?$/u.test(w)).length;
  return prose <= 1;
}

function isInCaption(ctx: DeclutterContext, el: Element): boolean {
  for (let p = el.parentElement, depth = 0; p && p !== ctx.body && depth < 4; p = p.parentElement, depth++) {
    if (p.nodeName === 'FIGURE' || p.nodeName === 'FIGCAPTION' || p.nodeName === 'CAPTION' || hasToken(ctx, p, CAPTION_TOKEN)) return true;
  }
  return false;
}

export const removeCreditLines: DeclutterStep = {
  name: 'remove-credit-lines',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      if (!isShortLine(ctx, el, MAX_CREDIT) || el.childElementCount > 6 || ctx.linkDensity(el) > 0.5) continue;
      const text = ctx.text(el);
      // The caption climb only for a "©" line: asked of every short line, it was most of this step's time.
      const credit = CREDIT_LINE.exec(text) ?? (COPYRIGHT_CREDIT.test(text) && isInCaption(ctx, el) ? COPYRIGHT_CREDIT.exec(text) : null);
      if (credit && isNameList(credit[1])) ctx.remove(el, this.name, `credit line "${text.slice(0, 40)}"`);
    }
  },
};
