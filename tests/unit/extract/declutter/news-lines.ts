/**
 * A small news page around a story, and one cleanup step run alone on it: shared by the tests of
 * the steps that take short lines off modern news pages (credit lines, calls to action, filing
 * lines, orphan headings, related labels in other languages).
 */
import { JSDOM } from 'jsdom';
import { declutter, type DeclutterStep } from '../../../../utils/extract/declutter';

export const NEWS_URL = 'https://www.news.example/2023/04/story';

export const STORY = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the harbour works, the tides, the ferry timetable and what the council decided on Tuesday evening after a long debate.</p>`).join('');

/** The body text after running only the given step on a page. */
export function cleanWith(step: DeclutterStep, body: string): string {
  const doc = new JSDOM(`<!doctype html><html><body><article>${body}</article></body></html>`, { url: NEWS_URL }).window.document;
  declutter(doc, NEWS_URL, { steps: [step] });
  return doc.body.textContent ?? '';
}
