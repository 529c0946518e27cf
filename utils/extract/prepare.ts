/**
 * Prepare: the first stage on the snapshot, before anything reads it. <base> is neutralised and
 * every URL is resolved against the document's REAL url (a page's <base href> must not send links
 * to another site; Firefox's reader does the same), and lazy images get their real src so
 * Readability does not drop them as empty. Tidy (tidy.ts) applies the same URL and image fixes
 * again to Readability's output.
 */
import { listElements } from './text';

/** URL attributes by tag (looked up by tag name: getElementsByTagName is cheap, selectors are not). */
const URL_ATTRS: Array<[tag: string, attr: string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['video', 'poster'],
  ['audio', 'src'],
  ['blockquote', 'cite'],
  ['q', 'cite'],
  ['ins', 'cite'],
  ['del', 'cite'],
];

/** Placeholder images sites show until a script swaps in the real one. */
const PLACEHOLDER_SRC = /^data:image\/(?:gif|png|svg\+xml)[;,]|(?:^|\/)(?:blank|spacer|pixel|placeholder|grey|gray|transparent|loading|1x1)[\w-]*\.(?:gif|png|svg|jpe?g)(?:$|\?)/i;
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

/**
 * An absolute http(s) URL written exactly as URL writes it back: a lower-case host of letters,
 * digits and hyphens (no port, no user, not a number, no punycode label), then only characters
 * that are never escaped or rewritten (no "%", no "/." that could start a dot segment), and no
 * fragment. Most links on a page are written so, and for them `new URL` returns the same string at
 * ten to twenty times the cost of this test in Chromium (parsing was most of the prepare stage).
 * Checked against Chromium's and Node's URL on every link of the benchmark corpora.
 */
const PLAIN_HTTP_URL = /^https?:\/\/(?![^/]*\bxn--)(?![^?#]*\/\.)((?:[a-z\d-]+\.)*[a-z][a-z\d-]*)(\/[!$&(-;=@-Z_a-z~]*)(?:\?[!$&(-;=?-Z_a-z~]*)?$/;
let checkedBase: string | undefined;
let usableBase: boolean;

/**
 * The hostname and pathname `new URL(value, base)` gives, read without parsing when `value` is such
 * a URL and `base` parses (else `new URL` throws); null otherwise, and the caller parses.
 */
export function readSerializedHttpUrl(value: string, base: string): { hostname: string; pathname: string } | null {
  if (base !== checkedBase) {
    checkedBase = base;
    usableBase = URL.canParse(base);
  }
  const m = usableBase && PLAIN_HTTP_URL.exec(value);
  return m ? { hostname: m[1], pathname: m[2] } : null;
}

/** Resolve `value` against `base`; undefined when it is not a URL at all. */
export function resolveUrl(value: string, base: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  // Pure fragments stay fragments: they point inside the article.
  if (v.startsWith('#')) return v;
  if (readSerializedHttpUrl(v, base)) return v;
  try {
    return new URL(v, base).href;
  } catch {
    return undefined;
  }
}

/** Resolve every candidate of a srcset ("a.jpg 1x, b.jpg 2x"). */
export function resolveSrcset(srcset: string, base: string): string {
  return srcset
    .split(/,\s+(?=\S)|,(?=[^\s,]+\s+\d)/)
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      if (!url) return '';
      const abs = resolveUrl(url, base) ?? url;
      return [abs, ...descriptor].join(' ');
    })
    .filter(Boolean)
    .join(', ');
}

function isPlaceholderSrc(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER_SRC.test(src.trim());
}

/** Copy the real image URL from lazy-loading attributes into src/srcset. */
export function fixLazyImage(img: Element): void {
  const src = img.getAttribute('src');
  if (isPlaceholderSrc(src)) {
    for (const attr of LAZY_SRC_ATTRS) {
      const v = img.getAttribute(attr);
      if (v && v.trim() && !/^data:/i.test(v.trim())) {
        img.setAttribute('src', v.trim());
        break;
      }
    }
  }
  if (!img.getAttribute('srcset')) {
    for (const attr of LAZY_SRCSET_ATTRS) {
      const v = img.getAttribute(attr);
      if (v && v.trim()) {
        img.setAttribute('srcset', v.trim());
        break;
      }
    }
  }
  // <picture><source data-srcset> as well.
  if (img.nodeName === 'IMG' && img.parentElement?.nodeName === 'PICTURE') {
    for (const source of listElements(img.parentElement, 'source')) {
      const v = source.getAttribute('data-srcset');
      if (v && !source.getAttribute('srcset')) source.setAttribute('srcset', v);
    }
  }
}

/**
 * `markup` as a document of its own, parsed inert by the window's DOMParser: no script runs,
 * nothing is fetched, and nothing is ever inserted into a live page. Throws where the window has
 * no parser; callers turn that into "nothing read".
 */
export function parseInertHtml(markup: string, win: Window): Document {
  return new (win as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(markup, 'text/html');
}

/**
 * A <noscript> that holds the real <img> (lazy-loading fallback). In a browser with scripting on,
 * its content is raw text; in jsdom (scripting off) it is parsed. Either way, read the first img's
 * attributes without ever inserting markup (parseInertHtml).
 */
function readNoscriptImage(noscript: Element, win: Window | null): Element | null {
  const parsed = noscript.getElementsByTagName('img')[0];
  if (parsed) return parsed;
  const raw = noscript.textContent ?? '';
  if (!/<img\b/i.test(raw) || !win) return null;
  try {
    return parseInertHtml(raw, win).getElementsByTagName('img')[0] ?? null;
  } catch {
    return null;
  }
}

export function fixNoscriptImages(root: Element | Document, win: Window | null): void {
  for (const noscript of listElements(root, 'noscript')) {
    const real = readNoscriptImage(noscript, win);
    if (!real || !real.getAttribute('src')) continue;
    // The placeholder is usually the previous sibling image (possibly wrapped).
    let prev = noscript.previousElementSibling;
    const placeholder = prev?.nodeName === 'IMG' ? prev : prev?.getElementsByTagName('img')[0] ?? null;
    const doc = noscript.ownerDocument;
    if (placeholder && isPlaceholderSrc(placeholder.getAttribute('src'))) {
      for (const attr of ['src', 'srcset', 'alt', 'width', 'height']) {
        const v = real.getAttribute(attr);
        if (v !== null) placeholder.setAttribute(attr, v);
      }
      noscript.remove();
    } else if (!placeholder) {
      const img = doc.createElement('img');
      for (const attr of ['src', 'srcset', 'alt', 'width', 'height']) {
        const v = real.getAttribute(attr);
        if (v !== null) img.setAttribute(attr, v);
      }
      noscript.replaceWith(img);
    } else {
      noscript.remove();
    }
    prev = null;
  }
}

/** URL attributes by upper-case tag name. */
const URL_ATTRS_BY_TAG = new Map<string, string[]>();
for (const [tag, attr] of URL_ATTRS) {
  const key = tag.toUpperCase();
  URL_ATTRS_BY_TAG.set(key, [...(URL_ATTRS_BY_TAG.get(key) ?? []), attr]);
}

/** Resolve the URL attributes of one element with `resolve` (a value in, the absolute URL out). */
function resolveElementUrls(el: Element, base: string, resolve: (value: string) => string | undefined): void {
  const attrs = URL_ATTRS_BY_TAG.get(el.nodeName);
  if (attrs) {
    for (const attr of attrs) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      // javascript: and friends are left for the sanitizer to strip; resolving keeps them as is.
      const abs = resolve(value);
      if (abs !== undefined && abs !== value) el.setAttribute(attr, abs);
    }
  }
  if (el.nodeName === 'IMG' || el.nodeName === 'SOURCE') {
    const srcset = el.getAttribute('srcset');
    if (srcset) el.setAttribute('srcset', resolveSrcset(srcset, base));
  }
}

export function resolveAllUrls(elements: Element[], base: string): void {
  // Pages repeat the same few URLs (the home page, "#", the section, the logo) hundreds of times;
  // parsing each once was a measurable share of the whole pipeline in the browser.
  const resolved = new Map<string, string | undefined>();
  const resolve = (value: string) => {
    if (resolved.has(value)) return resolved.get(value);
    const abs = resolveUrl(value, base);
    resolved.set(value, abs);
    return abs;
  };
  for (const el of elements) resolveElementUrls(el, base, resolve);
}

/**
 * Before anything reads the clone: neutralise <base>, fix lazy images, resolve URLs against the
 * real page URL. Mutates the clone only.
 */
export function prepareDocument(clone: Document, url: string, win: Window | null): void {
  // One list of the page's elements serves every fix below (each getElementsByTagName walks the
  // whole tree in jsdom).
  const all = listElements(clone, '*');
  let hasNoscript = false;
  for (const el of all) {
    const tag = el.nodeName;
    if (tag === 'BASE') el.remove();
    else if (tag === 'IMG') fixLazyImage(el);
    else if (tag === 'NOSCRIPT') hasNoscript = true;
  }
  if (hasNoscript) fixNoscriptImages(clone, win);
  resolveAllUrls(hasNoscript ? listElements(clone, '*') : all, url);
}
