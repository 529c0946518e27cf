import { onMessages } from '@/utils/messaging';
import { createOverlay } from './overlay';

/**
 * The in-page reader. Injected only on request (the shortcut or the popup's "Read in page");
 * the background then drives it with reader-toggle / reader-show messages.
 */
export default defineContentScript({
  registration: 'runtime',
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
