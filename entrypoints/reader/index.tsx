import { onMessages } from '@/utils/browser/messaging';
import { createOverlay } from './overlay';

/**
 * The in-page reader. Injected only on request (the shortcut or the popup's "Read in page");
 * the background then drives it with reader-toggle / reader-show messages. An unlisted script,
 * like extract.js: only executeScript ever injects it, so WXT's content-script wrapper (0.75 kB
 * gzip of context and location watching it never used) is left out.
 */
export default defineUnlistedScript({
  main() {
    const scope = globalThis as { __calmReaderReady?: boolean };
    if (scope.__calmReaderReady) return;
    scope.__calmReaderReady = true;
    const overlay = createOverlay(window);
    onMessages({
      'reader-toggle': ({ request, mode }) => ({ open: overlay.toggle(request, mode) }),
      'reader-show': ({ request, result }) => ({ shown: overlay.show(request, result) }),
    });
  },
});
