import { extract } from '@/utils/extract';
import { onMessages } from '@/utils/messaging';

/**
 * Injected only when the user asks (toolbar click, shortcut): never declared for any page.
 * Runs in the isolated world, so page scripts that override DOM prototypes or JSON in the main
 * world do not reach it.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    const scope = globalThis as { __calmExtractReady?: boolean };
    // Injection can happen many times in one page (each click); listen once.
    if (scope.__calmExtractReady) return;
    scope.__calmExtractReady = true;
    onMessages({
      extract: ({ force }) => extract(document, { url: document.URL, force }),
    });
  },
});
