import type { ExtractResult } from '../extract/types';

/**
 * Failures only the way to the page can produce, never extraction itself: the browser refused
 * the page to extensions (its own pages, the stores, the PDF viewer), or the page did not answer
 * in time. The extraction core knows nothing of tabs or messages, so these live here.
 */
export type TransportFailureReason = 'protected-page' | 'timeout';

/** What reading a tab gives back: extraction's own result, or a failure on the way to it. */
export type ReadResult = ExtractResult | { ok: false; reason: TransportFailureReason; detail?: string };

/** Every reason the reader can end without an article, as the failure screens explain them. */
export type ReadFailureReason = Extract<ReadResult, { ok: false }>['reason'];
