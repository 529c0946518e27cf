import { runExport } from '@/components/export-actions';

/**
 * The in-page reader's Copy and Save code (the Markdown converter and the article exports),
 * injected only when the reader presses one of those buttons: the reader's own script stays small
 * for everyone who never exports. It shares the reader's isolated world, where it leaves the one
 * function the reader calls; the page cannot see it.
 */
export default defineContentScript({
  registration: 'runtime',
  main() {
    (globalThis as { __calmExport?: typeof runExport }).__calmExport = runExport;
  },
});
