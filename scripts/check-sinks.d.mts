/** The part of check-sinks.mjs the TypeScript tests reuse. */
/** The source with every comment blanked out, line numbers kept; string contents stay. */
export function stripComments(source: string): string;
