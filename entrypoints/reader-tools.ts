import * as tools from '@/components/lazy-tools';

/**
 * The in-page reader's tools that load on first use (components/lazy-tools.ts: read aloud's model,
 * the Markdown converter and the article exports), injected only when the reader presses Read
 * aloud, Copy or Save: the reader's own script stays small for everyone who never does. It shares
 * the reader's isolated world, where it leaves the functions the reader calls; the page cannot see
 * them. An unlisted script, like extract.js: only executeScript ever injects it, so WXT's
 * content-script wrapper would be dead weight.
 */
export default defineUnlistedScript({
  main() {
    (globalThis as { __calmTools?: typeof tools }).__calmTools = tools;
  },
});
