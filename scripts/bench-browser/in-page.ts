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
  const stages = { ...result.debug?.timings };
  // The time no stage holds (a stage's own steps are named "stage/step" and counted in it): what
  // runs before the first stage's clock starts and after the last one stops.
  let inStages = 0;
  for (const [name, stageMs] of Object.entries(stages)) if (!name.includes('/')) inStages += stageMs;
  stages['outside the stages'] = Math.round((ms - inStages) * 100) / 100;
  return { ms, ok: result.ok, reason: result.ok ? undefined : result.reason, stages };
}

(globalThis as unknown as { calmBench: unknown }).calmBench = { timeReadability, timePipeline };
