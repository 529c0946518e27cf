/**
 * Reader polls: a form of radio buttons ("Vote", "View results") under a question. The question
 * is a full sentence and, on old table layouts, often the longest plain text in its cell, so
 * Readability can take the poll for the story. Signals: a form, or a box named poll/survey/vote,
 * holding two or more radio buttons; the box grows to wrappers that add only the poll's heading.
 * Motivated by poll-beside-story.html.
 */
import type { DeclutterStep } from './step';
import { climbToBox, hasToken, liveElements } from './signals';

const POLL_SIG = /^(?:poll|polls|survey|quiz|vote|voting|opinion-?poll)(?:$|[-_])/;
// A poll is a question, a few answers and a button; a form with more text is something else.
const MAX_POLL_TEXT = 1500;

/** Wrappers may add the poll's question and a results link around the form. */
const POLL_BOX_SLACK = 60;

export const removePolls: DeclutterStep = {
  name: 'remove-polls',
  run(ctx) {
    for (const el of liveElements(ctx)) {
      if (el.nodeName !== 'FORM' && !hasToken(ctx, el, POLL_SIG)) continue;
      if (ctx.textLength(el) > MAX_POLL_TEXT) continue;
      let radios = 0;
      for (const input of ctx.descendants(el, 'INPUT')) if ((input.getAttribute('type') ?? '').toLowerCase() === 'radio') radios++;
      if (radios < 2) continue;
      ctx.remove(climbToBox(ctx, el, MAX_POLL_TEXT, POLL_BOX_SLACK), this.name, `poll with ${radios} choices`);
    }
  },
};
