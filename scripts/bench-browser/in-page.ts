/**
 * Bundled into one script and evaluated in each corpus page by `npm run bench:browser`. Times the
 * pipeline exactly as the content script runs it (the live document, the unsanitized serializer)
 * against vanilla Readability as a reader extension would run it (a clone of the document: it
 * mutates what it reads). Every call reads the same untouched page.
 */
import { Readability } from '@mozilla/readability';
import { runExtraction, serializeUnsanitized } from '../../utils/extract/pipeline';

export interface PipelineRun {
  ms: number;
  ok: boolean;
  reason?: string;
  /** Milliseconds per pipeline stage, as the pipeline records them. */
  stages: Record<string, number>;
}

function timeReadability(): number {
  const started = performance.now();
  const clone = document.cloneNode(true) as Document;
  new Readability(clone).parse();
  return performance.now() - started;
}

function timePipeline(): PipelineRun {
  const started = performance.now();
  const result = runExtraction(document, { url: document.URL, timings: true }, serializeUnsanitized);
  const ms = performance.now() - started;
  return { ms, ok: result.ok, reason: result.ok ? undefined : result.reason, stages: result.debug?.timings ?? {} };
}

(globalThis as unknown as { calmBench: unknown }).calmBench = { timeReadability, timePipeline };
