import type { ExtractFailureReason } from './types';

export interface GuardFailure {
  reason: ExtractFailureReason;
  detail: string;
}

/** Placeholder until the input guards land (issue 6): cheap checks before any expensive work. */
export function checkExtractable(_doc: Document): GuardFailure | null {
  return null;
}
