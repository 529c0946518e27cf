/**
 * A build step for the scripts injected into pages (extract.js, reader.js, reader-tools.js) and any
 * other self-contained script: terser over the minified output, after the bundler's own minifier.
 *
 * Why: extract.js is injected on every click and has a size ceiling; two terser passes with the
 * script's top-level names mangled take 0.6 kB gzip more off it than the bundler's minifier alone
 * (measured on the built file). Only IIFE builds (the injected scripts) go through it: the popup's
 * ES-module chunks are left as the bundler wrote them.
 */
import { createRequire } from 'node:module';
import { minify } from 'terser';
import type { Plugin } from 'vite';

/**
 * Properties named `_like` are private by convention (Readability's ~70 methods and fields, its
 * expando on data tables): an IIFE is a closed world, so they can be renamed throughout it, which
 * takes another 0.7 kB gzip off extract.js. Names with two underscores are left alone (the
 * script's run-once flag on globalThis, engine names like __proto__), and so is everything else:
 * DOM and message fields must keep their names.
 */
const PRIVATE_PROPERTY = '^_[A-Za-z]';

/**
 * Readability's constants (`FLAG_STRIP_UNLIKELYS`, `DEFAULT_TAGS_TO_SCORE`, `REGEXPS`, ...), read
 * 60 times as `this.NAME`: renamed too, 0.26 kB gzip. Taken from its own prototype by name, never
 * by a pattern: an upper-case pattern would also rename DOMPurify's option names in reader.js,
 * which it looks up as strings. The DOM's node-type constants, which Readability copies, keep
 * their names.
 */
const READABILITY_CONSTANTS = Object.keys(
  (createRequire(import.meta.url)('@mozilla/readability/Readability.js') as { prototype: object }).prototype,
).filter((name) => /^[A-Z][A-Z_]+$/.test(name) && !name.endsWith('_NODE'));

/**
 * Readability's own field names that no other code in an injected script uses: the score it keeps
 * on each element (`node.readability.contentScore`) and the names of its patterns
 * (`this.REGEXPS.unlikelyCandidates`, ...), 0.1 kB gzip. Listed by name: its other pattern names
 * are also an Article field (`byline`), a string method (`normalize`) or plain words (`positive`,
 * `videos`, `whitespace`) that other code may use, and keep theirs.
 */
export const READABILITY_FIELDS = [
  'readability', 'contentScore',
  'unlikelyCandidates', 'okMaybeItsACandidate', 'shareElements', 'tokenize',
  'hasContent', 'hashUrl', 'srcsetUrl', 'b64DataUrl', 'commas', 'jsonLdArticleTypes', 'adWords', 'loadingWords',
];

/**
 * The extraction's own field names that never leave the page script: options and results passed
 * between its modules (`shadowFree`, `looseNodes`, `verdict`...), the cleanup context's measures
 * (`ctx.linkDensity`, `ctx.hasDescendant`...) and the comment detectors' records (`authorEl`,
 * `dateOrder`...), 0.24 kB gzip. Listed by name, each checked by a test: no message field (the
 * Article and its comments keep every name), no DOM property, no field read from a page's JSON,
 * no string that names it, and no use outside utils/extract/.
 */
export const EXTRACTION_FIELDS = [
  'authorEl', 'authorSource', 'bodyText', 'containers', 'counters', 'creditWords', 'dateBefore', 'dateEl', 'dateOrder', 'declaresStory',
  'descendants', 'discoursePosts', 'embedHosts', 'hasDescendant', 'hasInlineDisqus', 'hasMedia', 'hasShadowContent', 'hasThread',
  'headerFooter', 'invitations', 'isProtected', 'isRemoved', 'leadWords', 'linkDensity', 'linkedHeadings', 'linkTextLength', 'looseNodes',
  'maxDepth', 'maxElements', 'namedGroups', 'pageLinkedHeadings', 'pageWords', 'shadowFree', 'sidebars', 'urlAttr', 'verdict',
];

const RENAMED_PROPERTY = new RegExp(`${PRIVATE_PROPERTY}|^(?:${[...READABILITY_CONSTANTS, ...READABILITY_FIELDS, ...EXTRACTION_FIELDS].join('|')})$`);

/** One injected script through terser: the same program, smaller. */
export async function minifyScript(code: string): Promise<string> {
  const out = await minify(code, { ecma: 2020, module: false, compress: { passes: 2 }, mangle: { toplevel: true, properties: { regex: RENAMED_PROPERTY } } });
  return out.code ?? code;
}

export function terserScripts(): Plugin {
  return {
    name: 'calm-terser-scripts',
    apply: 'build',
    enforce: 'post',
    async generateBundle(options, bundle) {
      // The injected scripts are built as IIFEs; the popup's modules are ES chunks.
      if (options.format !== 'iife') return;
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = await minifyScript(chunk.code);
      }
    },
  };
}
