import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';

/**
 * The one strict sanitizing profile. Page HTML goes through it once on its way to the screen:
 * where a result arrives in the popup or the in-page reader (utils/sanitize-result.ts, which marks
 * the output as SanitizedHtml, the only thing components/SafeHtml inserts). In Node, extract()
 * serializes through it.
 *
 * Why each rule:
 * - html profile only: no SVG or MathML namespaces, the home of most mutation-XSS tricks.
 * - no style/class/id/name: page CSS and classes would fight the reader's own styles, `style`
 *   can exfiltrate or overlay, `id`/`name` can clobber globals the extension reads.
 * - URLs: http(s), mailto, tel and in-page anchors only; data: only for images (decoded inline
 *   images are common on news sites and cannot run script as <img>).
 * - every link opens in a new tab with rel=noopener noreferrer: the reader never navigates the
 *   extension page, and the target page gets no handle on it.
 */
const SAFE_URL = /^(?:https?:|mailto:|tel:|#|\/|\.{0,2}\/|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif|bmp);/i;
const URL_ATTRS = ['href', 'src', 'srcset', 'poster', 'cite', 'action', 'formaction', 'background', 'xlink:href'];

export const SANITIZE_PROFILE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style', 'script', 'noscript', 'template', 'form', 'input', 'button', 'select', 'option',
    'textarea', 'fieldset', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base',
    'meta', 'link', 'dialog', 'slot', 'portal',
  ],
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcdoc', 'ping', 'formaction', 'action', 'form', 'autofocus', 'tabindex', 'contenteditable', 'popover', 'popovertarget'],
  ADD_ATTR: ['target'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: SAFE_URL,
  ADD_DATA_URI_TAGS: [],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

const instances = new WeakMap<object, DOMPurify>();

function isSafeUrl(tag: string, attr: string, value: string): boolean {
  const v = value.trim();
  if (/^data:/i.test(v)) return tag === 'img' && (attr === 'src' || attr === 'srcset') && SAFE_DATA_IMAGE.test(v);
  if (attr === 'srcset') return v.split(',').every((part) => isSafeUrl(tag, 'src', part.trim().split(/\s+/)[0] ?? ''));
  return SAFE_URL.test(v) && !/^(?:javascript|vbscript|data|blob|file|filesystem):/i.test(v.replace(/[\s\u0000-\u001f]/g, ''));
}

function getPurifier(win: Window): DOMPurify {
  let purify = instances.get(win);
  if (purify) return purify;
  purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (!el.getAttribute) return;
    const tag = el.nodeName.toLowerCase();
    for (const attr of URL_ATTRS) {
      const value = el.getAttribute(attr);
      if (value !== null && !isSafeUrl(tag, attr, value)) el.removeAttribute(attr);
    }
    if (tag === 'a') {
      if (el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else {
        el.removeAttribute('target');
      }
    } else {
      el.removeAttribute('target');
    }
  });
  instances.set(win, purify);
  return purify;
}

/**
 * Sanitize untrusted HTML with the strict profile. `win` is the window whose DOM implementation
 * parses the HTML (the page's in a content script, jsdom's in Node). A Node may be passed instead
 * of a string (the extraction pipeline hands over its article element): DOMPurify imports a copy
 * and returns the serialized, sanitized markup, so no string is re-parsed and no sink is used.
 */
export function sanitizeHtml(html: string | Node, win: Window = globalThis.window): string {
  const purify = getPurifier(win);
  if (!purify.isSupported) return '';
  return purify.sanitize(html, SANITIZE_PROFILE) as unknown as string;
}
