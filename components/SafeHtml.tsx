import { useLayoutEffect, useRef } from 'preact/hooks';
import { SanitizedHtml } from '../utils/sanitize-result';

export interface SafeHtmlProps {
  /** The article body, as the sanitizer made it (utils/sanitize-result.ts). */
  html: SanitizedHtml;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  class?: string;
}

/**
 * THE ONLY place in Calm Reader that writes HTML into the DOM (scripts/check-sinks.mjs forbids
 * every other sink). It inserts only SanitizedHtml, which only the sanitizer can make, where a
 * result arrives (utils/sanitize-result.ts): the HTML is cleaned once, not again here. Anything
 * else, a plain string cast past the types included, is refused at run time and nothing is
 * inserted: a forged message or a caller's mistake cannot reach the DOM.
 */
export function SafeHtml(props: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  const clean = SanitizedHtml.unwrap(props.html) ?? '';

  useLayoutEffect(() => {
    // Wide tables and code scroll sideways inside the column; keyboard users must be able to
    // reach them to scroll (axe: scrollable-region-focusable). The sanitizer strips page
    // tabindex, so the reader adds its own here.
    for (const el of ref.current?.querySelectorAll('pre, table') ?? []) el.setAttribute('tabindex', '0');
  }, [clean]);

  return <div ref={ref} class={props.class} lang={props.lang || undefined} dir={props.dir} dangerouslySetInnerHTML={{ __html: clean }} />;
}
