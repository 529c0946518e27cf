import { runExtraction, serializeUnsanitized } from '@/utils/extract/pipeline';
import { epochNow } from '@/utils/click-moments';
import { onMessages } from '@/utils/browser/messaging';

/**
 * Injected only when the user asks (toolbar click, shortcut): never declared for any page.
 * Runs in the isolated world, so page scripts that override DOM prototypes or JSON in the main
 * world do not reach it.
 *
 * An unlisted script rather than a WXT content script: it is only ever injected by
 * scripting.executeScript, and WXT's content-script wrapper (a context object with location
 * watching and invalidation events this script never uses) cost 0.75 kB gzip of the page-side
 * budget.
 *
 * The result's HTML is sanitized where it arrives (utils/sanitize-result.ts), the only way to
 * reach the one HTML sink: leaving DOMPurify out of this script keeps it within its gzip budget,
 * and both receivers carry DOMPurify anyway.
 */
export default defineUnlistedScript({
  main() {
    const scope = globalThis as { __calmExtractReady?: boolean };
    // Injection can happen many times in one page (each click); listen once.
    if (scope.__calmExtractReady) return;
    scope.__calmExtractReady = true;
    onMessages({
      extract: ({ force }) => {
        const start = epochNow();
        const result = runExtraction(document, { url: document.URL, force }, serializeUnsanitized);
        return { ...result, pageTiming: { start, end: epochNow() } };
      },
    });
  },
});
