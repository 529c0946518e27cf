/**
 * Page metadata: what only the untouched clone has, read before cleanup (head meta tags, JSON-LD,
 * the header's <time> and byline). Article metadata (article-metadata.ts) merges it with what
 * Readability found and with the cleaned body. Everything returned is plain text; nothing here is
 * ever rendered as HTML.
 */
import { getDayMonthOrder, parseDate, type DayMonthOrder } from './dates';
import { childElements, listElements, listTags, normalizeSpace } from './text';

export interface PageMetadata {
  title?: string;
  /** Text of the first <h1>, to trim site names off the title. */
  heading?: string;
  /** A blog's post title, where the first <h1> is the blog's name: the article's title as it is. */
  blogHeadline?: string;
  byline?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  excerpt?: string;
  leadImage?: string;
  /** What the page says it is: og:type ("article", "website", "video.other"), else JSON-LD @type. */
  type?: string;
}

type MetaMap = Map<string, string>;

/**
 * Every <meta> with content, keyed by lowercased property / name / itemprop / http-equiv; first
 * wins. One pass over the meta elements instead of a case-insensitive selector per key (which
 * costs a whole-document match each in jsdom).
 */
function readMetaTags(doc: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const meta of listElements(doc, 'meta')) {
    const content = meta.getAttribute('content');
    if (!content || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr);
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) if (k && !map.has(k)) map.set(k, normalizeSpace(content));
    }
  }
  return map;
}

function getMeta(meta: MetaMap, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = meta.get(key.toLowerCase());
    if (v) return v;
  }
  return undefined;
}

type JsonLd = Record<string, unknown>;

/** Article-like JSON-LD objects, @graph flattened. Bad JSON is ignored (pages ship plenty). */
function readJsonLd(doc: Document): JsonLd[] {
  const found: JsonLd[] = [];
  const visit = (node: unknown, depth: number) => {
    if (!node || typeof node !== 'object' || depth > 4) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const obj = node as JsonLd;
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    const type = ([] as unknown[]).concat(obj['@type'] ?? []).map(String).join(' ');
    if (/Article|NewsArticle|BlogPosting|Report|WebPage|Posting/i.test(type)) found.push(obj);
  };
  for (const script of listElements(doc, 'script')) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse((script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // Broken JSON-LD is common; the meta tags still count.
    }
  }
  // Prefer real articles over WebPage wrappers.
  return found.sort((a, b) => Number(/WebPage/.test(String(a['@type']))) - Number(/WebPage/.test(String(b['@type']))));
}

function jsonLdText(value: unknown): string | undefined {
  if (typeof value === 'string') return normalizeSpace(value) || undefined;
  if (Array.isArray(value)) {
    const names = value.map(jsonLdText).filter(Boolean);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') {
    const o = value as JsonLd;
    return jsonLdText(o.name ?? o.url ?? o['@id']);
  }
  return undefined;
}

function jsonLdImage(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return jsonLdImage(value[0]);
  if (value && typeof value === 'object') return jsonLdImage((value as JsonLd).url ?? (value as JsonLd).contentUrl);
  return undefined;
}

function absolute(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const u = new URL(value.trim(), base);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** "By Jane Doe and John Roe | Staff writers" -> "Jane Doe and John Roe | Staff writers". */
export function cleanByline(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const t = normalizeSpace(text).replace(/^(?:by|von|par|por|di|door|af|av)[:\s]+/i, '').trim();
  if (!t || t.length > 120 || /^https?:/i.test(t)) return undefined;
  return t;
}

export function readDir(value: string | null | undefined): 'ltr' | 'rtl' | undefined {
  const v = (value ?? '').trim().toLowerCase();
  return v === 'rtl' || v === 'ltr' ? v : undefined;
}

/**
 * The language the page declares (a BCP 47 tag), or undefined: <html lang>, xml:lang, <body lang>,
 * then the meta tags that name it. The article's `lang` and the comments' date order both read it.
 */
export function readLang(doc: Document, meta: MetaMap = readMetaTags(doc)): string | undefined {
  const html = doc.documentElement;
  const raw =
    html?.getAttribute('lang') ||
    html?.getAttribute('xml:lang') ||
    doc.body?.getAttribute('lang') ||
    getMeta(meta, 'content-language', 'og:locale', 'dc.language', 'language');
  if (!raw) return undefined;
  const tag = raw.trim().split(/[,;\s]/)[0].replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : undefined;
}

const DATE_CLASS = /^(?:published|pubdate|publish-?date|published-?date|article-?date|post-?date|entry-?date|dateline|timestamp|date-?published)$/;
const BYLINE_CLASS = /^(?:byline|author|author-?name|article-?author|by-?author|post-?author|entry-?author|contributor)$/;
/** Where a date or name belongs to something else than the article. */
const OTHER_CONTEXT = /comment|related|sidebar|footer|teaser|promo|widget/;

interface BodySignals {
  date?: string;
  byline?: string;
}

/**
 * One pass over the body for the visible date and byline: <time datetime>, itemprop
 * datePublished/author, rel=author, date/byline classes. A selector per signal would walk the
 * page once each (and descendant selectors are slow in jsdom).
 */
function readBodySignals(doc: Document, order: DayMonthOrder): BodySignals {
  const out: BodySignals = {};
  const body = doc.body;
  if (!body) return out;
  const elements = listElements(body, '*');
  let checked = 0;
  for (const el of elements) {
    if (out.date && out.byline) break;
    const tag = el.nodeName;
    // Many elements carry no attribute at all: one call says so instead of the reads below.
    const hasAttributes = el.hasAttributes();
    if (!hasAttributes && tag !== 'TIME') continue;
    const itemprop = hasAttributes ? el.getAttribute('itemprop') : null;
    const cls = hasAttributes ? el.getAttribute('class') : null;
    // Split once for both rules below: this runs on every element of the page.
    const tokens = cls !== null ? cls.toLowerCase().split(/\s+/) : null;
    const isTime = tag === 'TIME';
    const datey = isTime || itemprop === 'datePublished' || (tokens !== null && tokens.some((t) => DATE_CLASS.test(t)));
    if (!out.date && datey && checked < 30) {
      checked++;
      if (!isInOtherContext(el)) {
        out.date = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent, order);
      }
    }
    if (!out.byline) {
      const bylineish = (hasAttributes && el.getAttribute('rel') === 'author') || itemprop === 'author' || (tokens !== null && tokens.some((t) => BYLINE_CLASS.test(t)));
      if (bylineish && !isInOtherContext(el)) {
        const named = itemprop === 'author' ? childElements(el).find((c) => c.getAttribute('itemprop') === 'name') : undefined;
        out.byline = cleanByline((named ?? el).textContent);
      }
    }
  }
  return out;
}

/** Inside comments, related lists, footers or sidebars (walks up a few ancestors only). */
function isInOtherContext(el: Element): boolean {
  let depth = 0;
  for (let p: Element | null = el; p && depth < 12; p = p.parentElement, depth++) {
    const tag = p.nodeName;
    if (tag === 'FOOTER' || tag === 'ASIDE' || tag === 'NAV') return true;
    const sig = `${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`.toLowerCase();
    if (sig.length > 1 && OTHER_CONTEXT.test(sig)) return true;
  }
  return false;
}

/**
 * A blog's first <h1> is often the blog's name, its whole text one link (to the blog's home), with
 * the post's title further down as an <h2> or <h3>, and the document title reading "Blog name:
 * Post title". That <h1> names the site, not the story: the post's title is returned, to be the
 * article's title, and the <h1> becomes the site's name ("Seth's Blog: Entering sync markets" is
 * titled "Entering sync markets", not "Seth's Blog").
 */
function readBlogHeadline(doc: Document, h1: Element, text: string): string | undefined {
  const links = listElements(h1, 'a');
  const title = normalizeSpace(doc.title);
  if (links.length !== 1 || normalizeSpace(links[0].textContent ?? '') !== text || !title.startsWith(text)) return undefined;
  const rest = /^\s*[|\-–—·:»]\s*(.+)$/.exec(title.slice(text.length))?.[1];
  return rest && listTags(doc.body, ['h2', 'h3']).some((h) => normalizeSpace(h.textContent ?? '') === rest) ? rest : undefined;
}

/**
 * Read what only the untouched clone has: head metadata, JSON-LD, <time> in the header.
 * Call after comment regions are gone, before cleanup.
 */
export function readPageMetadata(doc: Document, url: string): PageMetadata {
  const ld = readJsonLd(doc)[0];
  const meta = readMetaTags(doc);
  const html = doc.documentElement;
  const order = getDayMonthOrder(readLang(doc, meta));
  const signals = readBodySignals(doc, order);
  const byline =
    cleanByline(ld ? jsonLdText(ld.author) : undefined) ??
    cleanByline(getMeta(meta, 'author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author')) ??
    signals.byline;
  const published =
    parseDate(ld ? String(ld.datePublished ?? ld.dateCreated ?? '') : undefined, order) ??
    parseDate(getMeta(meta, 'article:published_time', 'datePublished', 'og:published_time', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'published-date'), order) ??
    signals.date;
  const h1 = doc.body ? listElements(doc.body, 'h1')[0] : undefined;
  const h1Text = h1 ? normalizeSpace(h1.textContent ?? '') || undefined : undefined;
  const headline = h1 && h1Text ? readBlogHeadline(doc, h1, h1Text) : undefined;
  return {
    title: getMeta(meta, 'og:title', 'twitter:title') ?? (ld ? jsonLdText(ld.headline) : undefined),
    heading: h1Text,
    blogHeadline: headline,
    byline,
    siteName: getMeta(meta, 'og:site_name', 'application-name') ?? (ld ? jsonLdText(ld.publisher) : undefined) ?? (headline && h1Text),
    publishedTime: published,
    lang: readLang(doc, meta),
    dir: readDir(html?.getAttribute('dir')) ?? readDir(doc.body?.getAttribute('dir')),
    excerpt: getMeta(meta, 'description', 'og:description', 'twitter:description'),
    leadImage: absolute(getMeta(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? (ld ? jsonLdImage(ld.image) : undefined), url),
    type: getMeta(meta, 'og:type') ?? (ld ? jsonLdText(ld['@type']) : undefined),
  };
}
