/**
 * Article metadata. `readPageMetadata` runs on the clone BEFORE cleanup (head, JSON-LD, the
 * header's <time> and byline survive only there); `buildMetadata` merges it with what
 * Readability found and with the cleaned body (reading time, lead image, language guess).
 * Everything returned is plain text; nothing here is ever rendered as HTML.
 */
import { getDayMonthOrder, parseDate, type DayMonthOrder } from './dates';
import type { Article } from './types';
import { estimateReadingTime } from './reading-time';
import { childElements, listElements, normalizeSpace } from './text';

export interface PageMetadata {
  title?: string;
  /** Text of the first <h1>, to trim site names off the title. */
  heading?: string;
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

interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
  excerpt?: string | null;
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

/** Strong right-to-left characters (Hebrew, Arabic, Syriac, Thaana, N'Ko...). */
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;

/** Direction from the text itself when the markup does not say. */
export function guessDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 4000);
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  const ltr = sample.match(LTR_CHARS)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}

function readDir(value: string | null | undefined): 'ltr' | 'rtl' | undefined {
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
    const itemprop = el.getAttribute('itemprop');
    const cls = el.getAttribute('class');
    const isTime = tag === 'TIME';
    const datey = isTime || itemprop === 'datePublished' || (cls !== null && cls.toLowerCase().split(/\s+/).some((t) => DATE_CLASS.test(t)));
    if (!out.date && datey && checked < 30) {
      checked++;
      if (!isInOtherContext(el)) {
        out.date = parseDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent, order);
      }
    }
    if (!out.byline) {
      const bylineish = el.getAttribute('rel') === 'author' || itemprop === 'author' || (cls !== null && cls.toLowerCase().split(/\s+/).some((t) => BYLINE_CLASS.test(t)));
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
  return {
    title: getMeta(meta, 'og:title', 'twitter:title') ?? (ld ? jsonLdText(ld.headline) : undefined),
    heading: h1 ? normalizeSpace(h1.textContent ?? '') || undefined : undefined,
    byline,
    siteName: getMeta(meta, 'og:site_name', 'application-name') ?? (ld ? jsonLdText(ld.publisher) : undefined),
    publishedTime: published,
    lang: readLang(doc, meta),
    dir: readDir(html?.getAttribute('dir')) ?? readDir(doc.body?.getAttribute('dir')),
    excerpt: getMeta(meta, 'description', 'og:description', 'twitter:description'),
    leadImage: absolute(getMeta(meta, 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ?? (ld ? jsonLdImage(ld.image) : undefined), url),
    type: getMeta(meta, 'og:type') ?? (ld ? jsonLdText(ld['@type']) : undefined),
  };
}

/** First image in the body big enough to be a lead picture (not an icon, avatar or tracker). */
export function findLeadImage(root: Element): string | undefined {
  for (const img of listElements(root, 'img')) {
    const src = img.getAttribute('src');
    if (!src || !/^https?:/i.test(src)) continue;
    const w = Number(img.getAttribute('width') ?? 0);
    const h = Number(img.getAttribute('height') ?? 0);
    if ((w && w < 200) || (h && h < 120)) continue;
    if (/(?:icon|avatar|logo|sprite|pixel|badge|emoji|spacer)/i.test(src)) continue;
    return src;
  }
  return undefined;
}

/** The Article's descriptive fields: everything but the body, the comments and the flags. */
export type ArticleMetadata = Pick<
  Article,
  'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'dir' | 'excerpt' | 'leadImage' | 'wordCount' | 'readingTimeMinutes'
>;

/**
 * Merge page metadata, Readability's findings and the cleaned body. Page markup wins where it is
 * explicit (a meta tag or <html lang>); Readability's title wins over og:title because it strips
 * site-name suffixes against the page's own headings.
 */
export function buildMetadata(
  page: PageMetadata,
  readability: ReadabilityMeta | null,
  body: { text: string; root: Element | null },
  url: string,
): ArticleMetadata {
  const siteName = (readability?.siteName ? normalizeSpace(readability.siteName) : undefined) ?? page.siteName;
  const title = trimSiteName(normalizeSpace(readability?.title || page.title || ''), page.heading, siteName) || hostOf(url);
  const lang = page.lang ?? (readability?.lang ? readability.lang : undefined);
  const dir = readDir(readability?.dir) ?? page.dir ?? guessDirection(body.text);
  const reading = estimateReadingTime(body.text, lang);
  const excerptFromBody = normalizeSpace(body.text.split('\n').find((line) => line.length > 80) ?? '').slice(0, 300);
  return {
    title,
    byline: cleanByline(readability?.byline) ?? page.byline,
    siteName: siteName ?? (hostOf(url) || undefined),
    publishedTime: parseDate(readability?.publishedTime ?? undefined, getDayMonthOrder(lang)) ?? page.publishedTime,
    lang,
    dir,
    // Readability falls back to the first <p>, which is sometimes the byline ("Von Jonas Albrecht").
    excerpt: [readability?.excerpt, page.excerpt, excerptFromBody].map((e) => normalizeSpace(e ?? '')).find((e) => e.length >= 50) || normalizeSpace(readability?.excerpt || page.excerpt || excerptFromBody) || undefined,
    leadImage: page.leadImage ?? (body.root ? findLeadImage(body.root) : undefined),
    wordCount: reading.units,
    readingTimeMinutes: reading.minutes,
  };
}

const TITLE_SEPARATOR = /^\s*[|\-–—·:»/\\]\s*/;

/**
 * "Headline – Site" -> "Headline". Readability 0.6 splits titles on "|", "-", "/", ">" and "»" but
 * not on en/em dashes or middle dots, which many European sites use (cookie-and-hidden.html).
 * Trimmed only when what is cut is the site's name, or when what is kept is the page's <h1>.
 */
export function trimSiteName(title: string, heading?: string, siteName?: string): string {
  if (heading && title !== heading && title.startsWith(heading) && TITLE_SEPARATOR.test(title.slice(heading.length))) return heading;
  if (siteName) {
    const m = new RegExp(`^(.{10,}?)\\s+[|\\-–—·:»]\\s+${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'i').exec(title);
    if (m) return m[1];
  }
  return title;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
