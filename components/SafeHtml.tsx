import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizeHtml } from '../utils/extract/sanitize';

export interface SafeHtmlProps {
  /** Untrusted HTML (an Article's `content`). */
  html: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  class?: string;
}

/**
 * THE ONLY place in Calm Reader that writes HTML into the DOM (scripts/check-sinks.mjs forbids
 * every other sink). The Article was already sanitized where it arrived (utils/sanitize-result.ts),
 * but it crossed a message boundary that a page could try to forge, so it is sanitized again here,
 * with the same strict profile, right before insertion: one forged message must not be enough.
 */
export function SafeHtml(props: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  const clean = useMemo(() => sanitizeHtml(props.html, window), [props.html]);

  useLayoutEffect(() => {
    // Wide tables and code scroll sideways inside the column; keyboard users must be able to
    // reach them to scroll (axe: scrollable-region-focusable). The sanitizer strips page
    // tabindex, so the reader adds its own here.
    for (const el of ref.current?.querySelectorAll('pre, table') ?? []) el.setAttribute('tabindex', '0');
  }, [clean]);

  return <div ref={ref} class={props.class} lang={props.lang || undefined} dir={props.dir} dangerouslySetInnerHTML={{ __html: clean }} />;
}
