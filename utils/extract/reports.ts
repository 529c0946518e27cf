/**
 * Whether this build can produce the debug report and the stage timings (`ExtractOptions.debug`,
 * `timings`). The extension's own build defines `__CALM_NO_REPORTS__` (wxt.config.ts): nothing
 * there asks the page for a report, so the bookkeeping is compiled out of the page script, which
 * is injected on every click. Node (the CLI, the benchmark, the tests) and the browser
 * benchmark's in-page bundle define nothing and keep it.
 */
declare const __CALM_NO_REPORTS__: boolean | undefined;

export const REPORTS = typeof __CALM_NO_REPORTS__ === 'undefined';
