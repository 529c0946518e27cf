/**
 * The reading view's tools that load on first use: read aloud's model and the Copy / Save code.
 * The popup imports this module dynamically; the in-page reader has the background inject it as
 * its own script (entrypoints/reader-tools.ts). Nothing here uses Preact, so the injected copy
 * works with the reader's own Preact.
 */
export { runExport } from './export-actions';
export { browserNarratorEnv, createNarrator } from './narrator';

export type LazyTools = typeof import('./lazy-tools');
