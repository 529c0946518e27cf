/**
 * A build step for the page script: Readability's debug logging compiled out.
 *
 * Readability calls `this.log(...)` 24 times, with message strings, and prints only when it is
 * constructed with `debug: true`, which Calm never does. The calls are replaced by `void 0`; the
 * `log` method itself stays. 0.4 kB gzip of the page script, injected on every click.
 */
import type { Plugin } from 'vite';

const CALL = 'this.log(';

/** `code` with every `this.log(...)` call replaced by `void 0`, and how many there were. */
export function stripLogCalls(code: string): { code: string; calls: number } {
  let out = '';
  let from = 0;
  let calls = 0;
  for (;;) {
    const at = code.indexOf(CALL, from);
    if (at < 0) break;
    // Find the closing parenthesis, skipping strings (a message may hold a parenthesis).
    let i = at + CALL.length;
    let depth = 1;
    let quote: string | null = null;
    while (depth > 0) {
      if (i >= code.length) throw new Error('strip-readability-log: unbalanced this.log( call');
      const c = code[i++];
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
    }
    out += `${code.slice(from, at)}void 0`;
    from = i;
    calls++;
  }
  return { code: out + code.slice(from), calls };
}

export function stripReadabilityLog(): Plugin {
  return {
    name: 'calm:strip-readability-log',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      const stripped = stripLogCalls(code);
      // A Readability release that logs differently must be looked at, not shipped half-stripped.
      if (stripped.calls === 0) this.error('strip-readability-log: no this.log( calls found in Readability.js');
      return { code: stripped.code, map: null };
    },
  };
}
