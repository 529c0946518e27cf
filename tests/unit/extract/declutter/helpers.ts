/**
 * One cleanup step, run alone on a small page: the page is a site around one story (written for
 * these tests, anonymised), so the step meets the article's text as it does in the pipeline and
 * the content anchor protects it as it does there.
 */
import { JSDOM } from 'jsdom';
import { declutter, type DeclutterStep } from '../../../../utils/extract/declutter';
import { normalizeSpace } from '../../../../utils/extract/text';
import type { RemovalRecord } from '../../../../utils/extract/types';

export const PAGE_URL = 'https://www.harbour-news.example/2024/03/ferry-returns';

const PARAGRAPHS = [
  'The ferry to the outer islands ran again on Monday for the first time since the storm in November, carrying forty passengers and a van of post across a calm bay.',
  'Harbour staff had spent the winter rebuilding the landing stage, whose timber piles were split by waves that broke over the sea wall for two nights in a row.',
  'The council approved the repair budget in January after a long debate about whether the old stage should be replaced by a floating pontoon that rises with the tide.',
  'Islanders said the months without a crossing had meant hospital visits by fishing boat and groceries ordered a week ahead, and the school had taught its older pupils online.',
  'The operator plans to run three crossings a day until Easter and five in the summer, when the timetable usually doubles for visitors walking the coastal path.',
];

/** `n` paragraphs of the story (at most five), as the article's body shows them. */
export function story(n = PARAGRAPHS.length): string {
  return PARAGRAPHS.slice(0, n).map((p) => `<p>${p}</p>`).join('\n');
}

export interface StepRun {
  doc: Document;
  /** The body's text after the step, whitespace collapsed. */
  text: string;
  removed: RemovalRecord[];
}

/** Run only `step` on a page whose <body> is `bodyHtml`. */
export function runStep(step: DeclutterStep, bodyHtml: string, url = PAGE_URL): StepRun {
  const doc = new JSDOM(`<!doctype html><html lang="en"><head><title>Ferry returns</title></head><body>${bodyHtml}</body></html>`, { url }).window.document;
  const report = declutter(doc, url, { steps: [step], debug: true });
  return { doc, text: normalizeSpace(doc.body.textContent ?? ''), removed: report.removed };
}
