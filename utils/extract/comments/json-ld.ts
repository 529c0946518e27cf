/**
 * schema.org Comment in JSON-LD: `comment` arrays on Article / BlogPosting / NewsArticle /
 * DiscussionForumPosting (and anything else that carries them), replies in each Comment's own
 * `comment`. JSON-LD carries no DOM, so the regions come from the DOM detectors (index.ts).
 */
import type { Comment } from '../types';
import { parseDate, type DayMonthOrder } from '../dates';

type Json = unknown;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** JSON-LD text is meant to be plain text, but sites put markup in it: reduce it to text. */
export function toPlainText(value: string): string {
  return value
    .replace(/<\s*(?:br|\/p|\/div|\/li)\s*\/?>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#') {
        const code = e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
      }
      return ENTITIES[e.toLowerCase()] ?? m;
    })
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function asArray(v: Json): Json[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function readName(v: Json): string | undefined {
  for (const item of asArray(v)) {
    if (typeof item === 'string' && item.trim()) return toPlainText(item);
    if (isObject(item) && typeof item.name === 'string' && item.name.trim()) return toPlainText(item.name);
  }
  return undefined;
}

function hasType(obj: Record<string, Json>, re: RegExp): boolean {
  return asArray(obj['@type']).some((t) => typeof t === 'string' && re.test(t));
}

function readComment(obj: Record<string, Json>, depth: number, order: DayMonthOrder): Comment | null {
  const rawText = [obj.text, obj.commentText, obj.articleBody, obj.description].find((t) => typeof t === 'string' && t.trim());
  if (typeof rawText !== 'string') return null;
  const text = toPlainText(rawText);
  if (!text) return null;
  const c: Comment = { author: readName(obj.author ?? obj.creator) ?? 'Anonymous', text, replies: [] };
  const rawDate = [obj.dateCreated, obj.datePublished, obj.commentTime].find((d) => typeof d === 'string');
  if (typeof rawDate === 'string') {
    const iso = parseDate(rawDate, order);
    if (iso) c.date = iso;
    c.dateText = rawDate;
  }
  const url = [obj.url, obj['@id']].find((u) => typeof u === 'string' && /^https?:/i.test(u));
  if (typeof url === 'string') c.permalink = url;
  if (depth < 50) c.replies = readCommentList(obj.comment, depth + 1, order);
  return c;
}

function readCommentList(v: Json, depth: number, order: DayMonthOrder): Comment[] {
  const out: Comment[] = [];
  for (const item of asArray(v)) {
    if (!isObject(item)) continue;
    if (item['@type'] !== undefined && !hasType(item, /Comment|Answer/i)) continue;
    const c = readComment(item, depth, order);
    if (c) out.push(c);
  }
  return out;
}

/** Every `comment` list in the page's JSON-LD, the longest one winning. */
export function detectJsonLdComments(
  doc: Document,
  scripts: Element[] = [...doc.querySelectorAll('script[type="application/ld+json"]')],
  order: DayMonthOrder = 'month-first',
): Comment[] {
  let best: Comment[] = [];
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    let guard = 0;
    while (stack.length && guard++ < 5000) {
      const node = stack.pop();
      if (Array.isArray(node)) {
        stack.push(...node);
        continue;
      }
      if (!isObject(node)) continue;
      if (node.comment !== undefined && !hasType(node, /^Comment$/i)) {
        const list = readCommentList(node.comment, 0, order);
        if (list.length > best.length) best = list;
      }
      if (node['@graph'] !== undefined) stack.push(node['@graph']);
      if (isObject(node.mainEntity) || Array.isArray(node.mainEntity)) stack.push(node.mainEntity);
    }
  }
  return best;
}
