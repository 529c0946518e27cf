/**
 * The moments between a toolbar click and the article on screen, marked in the popup's own
 * performance timeline (User Timing). `npm run bench:browser` reads them after real clicks to
 * show where the user's wait goes. Nothing is marked in the page: its timeline is the page's.
 */
export const CLICK_MOMENTS = [
  'popup-start', // the popup's script runs (its document was created at timeOrigin)
  'tab-found', // the tab to read is known
  'injected', // the extraction script is in the page
  'page-extract-start', // the page began extracting (the page's clock, moved onto the popup's)
  'page-extract-end',
  'answered', // the result arrived in the popup
  'sanitized',
  'article-shown', // the first render with the article has been painted
] as const;

export type ClickMoment = (typeof CLICK_MOMENTS)[number];

/** Marks a moment now, or at `epochMs` (a time read from another document's clock). */
export function markMoment(moment: ClickMoment, epochMs?: number): void {
  const perf = globalThis.performance;
  if (!perf?.mark) return;
  const startTime = epochMs === undefined ? undefined : epochMs - perf.timeOrigin;
  try {
    perf.mark(`calm:${moment}`, startTime === undefined ? undefined : { startTime: Math.max(0, startTime) });
  } catch {
    // A timeline that refuses a mark costs the benchmark a figure, never the user a feature.
  }
}

/** Now, on the clock every document of the machine shares (epoch milliseconds, sub-ms precision). */
export function epochNow(): number {
  return globalThis.performance ? performance.timeOrigin + performance.now() : Date.now();
}
