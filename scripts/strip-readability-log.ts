/**
 * A build step for the page script: Readability's debug logging compiled out.
 *
 * Readability calls `this.log(...)` 24 times, with message strings, and prints only when it is
 * constructed with `debug: true`, which Calm never does. The calls are replaced by `void 0`; the
 * `log` method itself stays. 0.4 kB gzip of the page script, injected on every click. The
 * reasons the conditional cleaning collects only for one of those calls become a count
 * (logOnlyMessages, 0.2 kB).
 *
 * Two more things the page never runs go the same way (unusedBranches, 0.3 kB): the branches taken
 * only with `debug: true` (a console logger, dumps of the article's HTML) and those taken only
 * under Readability's own test parser, JSDOMParser (a marker property no browser or jsdom document
 * has). And the file's CommonJS export becomes an ES export (asEsModule, 0.26 kB): the bundler then
 * leaves out its CommonJS wrapper and interop helpers. The options Calm never passes are made
 * constant (unusedOptions) and four patterns Readability itself no longer reads are left out
 * (unusedPatterns): 0.4 kB with the lookup fallback. Node (CLI, benchmark, tests) runs the package
 * as published.
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

/**
 * `code` with the reasons `_cleanConditionally` collects for its log reduced to a count: it pushes
 * a message per failed check and decides on how many there are; the messages went only to the log
 * call stripLogCalls has taken out. Each becomes `errs.push(0)`, so the count is the same.
 */
export function logOnlyMessages(code: string): string {
  const out = code.replace(/errs\.push\(\s*`[^`]*`\s*\)/g, 'errs.push(0)');
  if (out === code || /errs\.push\((?!0\))/.test(out)) throw new Error('strip-readability-log: errs.push( calls not as expected in Readability.js');
  return out;
}

/** Text replacements that must each match: a Readability release that differs must be looked at. */
function replaceEach(code: string, pairs: readonly (readonly [string | RegExp, string])[]): string {
  for (const [from, to] of pairs) {
    const next = typeof from === 'string' ? code.replaceAll(from, to) : code.replace(from, to);
    if (next === code) throw new Error(`strip-readability-log: ${String(from)} not found in Readability.js`);
    code = next;
  }
  return code;
}

/**
 * `code` with the debug-only and JSDOMParser-only branches made constant `false` (the minifier
 * then drops them): the options flag is never set, the marker never present. And the node
 * lookup's fallback for nodes without querySelectorAll, which only JSDOMParser's lacked.
 */
export function unusedBranches(code: string): string {
  return replaceEach(code, [
    // Every Element and Document has querySelectorAll; only JSDOMParser's nodes lacked it.
    [/if \(node\.querySelectorAll\) \{\s*(return node\.querySelectorAll\(tagNames\.join\(","\)\);)\s*\}\s*return \[\]\.concat\.apply\([\s\S]*?\n    \);/, '$1'],
    ['this._debug = !!options.debug;', ''],
    ['this._debug', 'false'],
    ['this._docJSDOMParser = this._doc.firstChild.__JSDOMParser__;', ''],
    ['this._docJSDOMParser', 'false'],
  ]);
}

/**
 * `code` with the options Calm never passes made constant (the pipeline constructs Readability once,
 * with a document and only `serializer`): the old (uri, document) signature, the element-count
 * limit (0, off) with its error message, keepClasses, disableJSONLD, linkDensityModifier,
 * nbTopCandidates, charThreshold, classesToPreserve and allowedVideoRegex at their defaults. And
 * `parse()` no longer reads the article's whole textContent for its `textContent` and `length`
 * fields, which nothing here reads (the pipeline reads the text from its own tidied root).
 */
export function unusedOptions(code: string): string {
  return replaceEach(code, [
    [/if \(options && options\.documentElement\) \{\s*doc = options;\s*options = arguments\[2\];\s*\} else if \(/, 'if ('],
    [/this\._maxElemsToParse =\s*options\.maxElemsToParse \|\| this\.DEFAULT_MAX_ELEMS_TO_PARSE;/, ''],
    ['this._maxElemsToParse > 0', 'false'],
    ['this._keepClasses = !!options.keepClasses;', ''],
    ['this._keepClasses', 'false'],
    ['this._disableJSONLD = !!options.disableJSONLD;', ''],
    ['this._disableJSONLD', 'false'],
    ['this._linkDensityModifier = options.linkDensityModifier || 0;', ''],
    ['this._linkDensityModifier', '0'],
    [/options\.nbTopCandidates \|\| (this\.DEFAULT_N_TOP_CANDIDATES)/, '$1'],
    [/options\.charThreshold \|\| (this\.DEFAULT_CHAR_THRESHOLD)/, '$1'],
    [/options\.classesToPreserve \|\| \[\]/, '[]'],
    [/options\.allowedVideoRegex \|\| (this\.REGEXPS\.videos)/, '$1'],
    [/var textContent = articleContent\.textContent;(\s*return \{[^}]*?)\btextContent,\s*length: textContent\.length,/, '$1'],
  ]);
}

/** Readability's patterns that none of its code reads (left from earlier releases). */
export const UNUSED_PATTERNS = ['extraneous', 'replaceFonts', 'nextLink', 'prevLink'];

/**
 * `code` without the patterns nothing reads. Each is one line of the REGEXPS table; a release that
 * reads one again fails the build rather than losing it.
 */
export function unusedPatterns(code: string): string {
  for (const name of UNUSED_PATTERNS) {
    code = replaceEach(code, [[new RegExp(`\\n {4}${name}:\\s*/[^\\n]*/[a-z]*,(?=\\n)`), '']]);
    if (new RegExp(`\\.${name}\\b`).test(code)) throw new Error(`strip-readability-log: Readability.js reads REGEXPS.${name}`);
  }
  return code;
}

/** `code` with `if (typeof module === "object") { module.exports = Readability; }` as an ES default export. */
export function asEsModule(code: string): string {
  return replaceEach(code, [[/if \(typeof module === "object"\) \{[^}]*module\.exports = Readability;[^}]*\}/, 'export default Readability;']]);
}

export function stripReadabilityLog(): Plugin {
  return {
    name: 'calm:strip-readability-log',
    transform(code, id) {
      if (!/[\\/]@mozilla[\\/]readability[\\/]Readability\.js$/.test(id)) return null;
      const stripped = stripLogCalls(code);
      // A Readability release that logs differently must be looked at, not shipped half-stripped.
      if (stripped.calls === 0) this.error('strip-readability-log: no this.log( calls found in Readability.js');
      try {
        return { code: asEsModule(unusedPatterns(unusedOptions(unusedBranches(logOnlyMessages(stripped.code))))), map: null };
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
