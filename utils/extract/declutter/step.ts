import type { DeclutterContext } from './context';

/** One named cleanup step: one file each, run in the order declutter/index.ts documents. */
export interface DeclutterStep {
  name: string;
  run(ctx: DeclutterContext): void;
}
