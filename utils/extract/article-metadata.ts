/**
 * Article metadata, the last stage: page metadata (page-metadata.ts) merged with what Readability
 * found and with the cleaned body (reading time, lead image, direction guess). Everything returned
 * is plain text; nothing here is ever rendered as HTML.
 */
import { getDayMonthOrder, parseDate } from './dates';
import { cleanByline, readDir, type PageMetadata } from './page-metadata';
import { estimateReadingTime } from './reading-time';
import { listElements, normalizeSpace } from './text';
import type { Article } from './types';

interface ReadabilityMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: string | null;
  excerpt?: string | null;
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

function readSiteName(page: PageMetadata, readability: ReadabilityMeta | null): string | undefined {
  return (readability?.siteName ? normalizeSpace(readability.siteName) : undefined) ?? page.siteName;
}

/** The article's title as the reader shows it. */
export function articleTitle(page: PageMetadata, readability: ReadabilityMeta | null, url: string): string {
  // A blog's "Blog name: Post title", confirmed by the page's headings (page-metadata.ts).
  return page.blogHeadline ?? (trimSiteName(normalizeSpace(readability?.title || page.title || ''), page.heading, readSiteName(page, readability)) || hostOf(url));
}

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
  title: string,
): ArticleMetadata {
  const siteName = readSiteName(page, readability);
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

/** What the pipeline found besides the metadata: the body and the thread. */
export interface ArticleParts {
  url: string;
  content: string;
  textContent: string;
  comments: Article['comments'];
  commentsElsewhere: Article['commentsElsewhere'];
  readerable: boolean;
}

/**
 * The Article as it leaves the page: plain JSON only. Undefined optional fields are dropped, so
 * the object survives structured cloning and JSON round trips unchanged.
 */
export function assembleArticle(meta: ArticleMetadata, parts: ArticleParts): Article {
  const article: Article = {
    url: parts.url,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName || undefined,
    publishedTime: meta.publishedTime,
    lang: meta.lang,
    dir: meta.dir,
    excerpt: meta.excerpt,
    content: parts.content,
    textContent: parts.textContent,
    wordCount: meta.wordCount,
    readingTimeMinutes: meta.readingTimeMinutes,
    leadImage: meta.leadImage,
    comments: parts.comments,
    commentsElsewhere: parts.commentsElsewhere,
    readerable: parts.readerable,
  };
  for (const key of Object.keys(article) as Array<keyof Article>) {
    if (article[key] === undefined) delete article[key];
  }
  return article;
}
