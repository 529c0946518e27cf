/**
 * A build step for the scripts injected into pages (extract.js, reader.js, reader-tools.js) and any
 * other self-contained script: terser over the minified output, after the bundler's own minifier.
 *
 * Why: extract.js is injected on every click and has a size ceiling; two terser passes with the
 * script's top-level names mangled take 0.6 kB gzip more off it than the bundler's minifier alone
 * (measured on the built file). Only IIFE builds (the injected scripts) go through it: the popup's
 * ES-module chunks are left as the bundler wrote them.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

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
        const out = await minify(chunk.code, { ecma: 2020, module: false, compress: { passes: 2 }, mangle: { toplevel: true } });
        if (out.code) chunk.code = out.code;
      }
    },
  };
}
