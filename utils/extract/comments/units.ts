/**
 * Turning comment "units" (one element per comment: li.comment, div.comment, li.item, …) into
 * Comment objects. Shared by the platform detectors and the generic detector: they differ in how
 * they find the units, not in how a unit is read.
 */
import type { Comment } from '../types';
import { findDate, parseIsoDate, type DayMonthOrder, type FoundDate } from '../dates';
import { getTextLines } from '../text';
import { anyOf } from '../word-lists';
import { UNCACHED_TEXT, type TextReader } from './text-cache';

/** Hints a detector may pass when it knows the platform's markup. */
export interface UnitHints {
  author?: string;
  date?: string;
  body?: string;
  location?: string;
}

// Where an author's name lives, most specific first: schema.org itemprop, WordPress `.fn` and
// `.comment-author`, Drupal/Discourse `.username`, forum pages `.name`/`.user`, `<cite>`.
const AUTHOR_RULES: ((el: Element, name: string) => boolean)[] = [
  (el) => el.getAttribute('itemprop') === 'name' && !!el.parentElement?.closest('[itemprop="author"], [itemprop="creator"]'),
  (el) => /^(?:author|creator)$/.test(el.getAttribute('itemprop') ?? ''),
  (_el, name) => /(?:^|\s)fn(?:\s|$)/.test(name),
  (_el, name) => /(?:^|\s)(?:comment-?author|comment_author|commentauthor|comment-author-name|username|user-name|author|user|by|byline|posted-?by|submitted)(?:\s|$)/i.test(name),
  (el) => el.tagName === 'CITE',
  (_el, name) => /author|user|name|nick|poster/i.test(name),
];

const DATE_RULES: ((el: Element, name: string) => boolean)[] = [
  (el) => el.tagName === 'TIME' || /^(?:dateCreated|datePublished|commentTime)$/.test(el.getAttribute('itemprop') ?? ''),
  (_el, name) => /date|time|posted|published/i.test(name),
  (_el, name) => /meta|info|byline|header|footer/i.test(name),
];

// Per-comment chrome: actions and counters that are not what the reader wrote.
const CHROME_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'IMG', 'SVG', 'OBJECT', 'EMBED']);
const CHROME_NAME_RE = /reply|vote|rating|report|flag|like|share|action|tool|permalink|avatar|edit-link|karma|score|points/i;

/** Lines that are chrome, not words of the comment, by kind (each matched as a whole line). */
const CHROME_LINE_WORDS = {
  actions: [
    'reply', 'reply to this( comment)?', 'report( abuse| comment| this( comment| post)?)?', 'like', 'unlike', 'quote', 'flag',
    'permalink', 'link', 'share', 'edit', 'delete', 'top', 'back to top', 'recommend', 'vote up', 'vote down', 'thumbs up',
    'thumbs down', 'log in to reply', 'login to reply', 'cancel reply', 'collapse', 'expand', 'show more', 'read more', 'parent',
    'flag as inappropriate', 'report abuse', 'report as inappropriate', 'vote on this comment\\b.*',
  ],
  counters: ['[+\\-−]?\\d+', '\\d+ (?:points?|likes?|votes?|replies|recommendations?)', '#\\d+', '\\d+ (?:agree|disagree)s?', '\\d+\\.'],
  creditWords: ['says:?', 'said\\.*:?', 'wrote:?', 'at', 'on', 'by:?', 'from:?', '\\d+\\.?\\s*(?:says|said|wrote):?'],
  marks: ['\\|', '·', '↑', '↓', '\\^', '\\[\\s*(?:reply|report|quote)\\s*\\]'],
};
const CHROME_LINE_RE = new RegExp(`^(?:${anyOf(...Object.values(CHROME_LINE_WORDS))})$`, 'i');

/** A line made only of actions and counters: "Reply", "Reply · Report abuse · 4 likes". */
export function isChromeLine(line: string): boolean {
  if (CHROME_LINE_RE.test(line)) return true;
  const parts = line.split(/\s*[·|•]\s*/).filter(Boolean);
  return parts.length > 1 && parts.every((p) => CHROME_LINE_RE.test(p));
}

const BYLINE_RE = /(?:^|\b)(?:posted|written|submitted|comment(?:ed)?|sent|added)\s+by:?\s+(.+)$|^by:?\s+(.+)$/i;
const SAID_RE = /^(.{1,60}?)\s+(?:says|said|wrote|writes)\s*(?::|\.{2,}|…)?$/i;

/** Strip "by:", "Posted by", "says:", "said..." and a trailing "on DATE" from a shown name. */
export function cleanAuthor(raw: string): string {
  let s = raw.replace(/\s+/g, ' ').trim();
  s = s.replace(/^(?:(?:posted|written|comment(?:ed)?|submitted)\s+)?by:?\s+/i, '');
  // Inline Disqus prints the commenter's profile URL before the name.
  s = s.replace(/^(?:https?:\/\/\S+\s+)+(?=\S)/i, '');
  s = s.replace(/\s+(?:from:.*)$/i, '');
  // "Darkness404 (1287218)": a user number after the name.
  s = s.replace(/\s*\(\d+\)\s*$/, '');
  const date = findDate(s);
  if (date && s.indexOf(date.text) > 0) s = s.slice(0, s.indexOf(date.text));
  s = s.replace(/\s*(?:\bon\b|\bat\b|\||·|-|—|–|,)?\s*$/i, '');
  s = s.replace(/\s*(?:says|said|wrote|writes|replied)\s*(?:\.{2,}|…|:)?\s*$/i, '');
  // Themes in other languages print their own "says:" after the name; only with its colon, so a
  // name that happens to end in one of these words keeps it.
  s = s.replace(/\s+(?:dit|a écrit|sagt|schreibt|meint|dice|escribió|disse|escreveu|scrive|zegt|schreef)\s*[:：]\s*$/i, '');
  s = s.replace(/[:：]\s*$/, '').trim();
  return s;
}

function isPlausibleAuthor(name: string): boolean {
  return name.length >= 1 && name.length <= 60 && name.split(' ').length <= 8 && !CHROME_LINE_RE.test(name);
}

function getName(el: Element): string {
  return `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
}

/** Elements inside `unit` that belong to it and not to a nested reply, in document order. */
export function getOwnElements(unit: Element, isNested: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): void => {
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      if (isNested(c)) continue;
      out.push(c);
      walk(c);
    }
  };
  walk(unit);
  return out;
}

/** Hints resolved once per document: the elements each hint selector matches. */
export interface ResolvedHints {
  author?: Set<Element>;
  date?: Set<Element>;
  body?: Set<Element>;
  location?: Set<Element>;
  /** How the page writes numeric dates (PageScan.dateOrder). */
  dateOrder?: DayMonthOrder;
  /** The run's element text (PageScan.text); uncached when absent. */
  text?: TextReader;
}

// One query per hint per page, then set lookups: a top-level comment holds its whole reply tree,
// and querying every unit's subtree made deep threads (Slash-style pages) quadratic.
export function resolveHints(doc: Document, hints: UnitHints, dateOrder?: DayMonthOrder, text?: TextReader): ResolvedHints {
  const resolve = (sel: string | undefined): Set<Element> | undefined => {
    if (!sel) return undefined;
    try {
      return new Set(doc.querySelectorAll(sel));
    } catch {
      return undefined;
    }
  };
  return { author: resolve(hints.author), date: resolve(hints.date), body: resolve(hints.body), location: resolve(hints.location), dateOrder, text };
}

function pickOwn(ownEls: Element[], set: Set<Element>): Element[] {
  return ownEls.filter((el) => set.has(el));
}

export interface UnitReading {
  author?: string;
  /** How the author was found: a named element (class/itemprop), a "Posted by"/"said" line, or a bare link. */
  authorSource?: 'element' | 'line' | 'link' | 'lead';
  authorEl?: Element;
  location?: string;
  date?: FoundDate;
  dateEl?: Element;
}

function pickAuthor(candidates: Element[], reader: TextReader): { name: string; el: Element } | null {
  for (const el of candidates) {
    const raw = reader.collapsed(el);
    // An author wrapper that also holds the body ("comment-author-block" around everything).
    if (raw.length > 160) continue;
    const name = cleanAuthor(raw);
    if (!isPlausibleAuthor(name) || findDate(name)?.text === name) continue;
    return { name, el };
  }
  return null;
}

function pickDate(candidates: Element[], order: DayMonthOrder | undefined, reader: TextReader): { date: FoundDate; el: Element } | null {
  for (const el of candidates) {
    const text = reader.collapsed(el);
    if (text.length > 200) continue;
    const machine = parseIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.getAttribute('title'));
    const shown = findDate(text, order);
    if (shown) return { date: { text: shown.text, iso: shown.iso ?? machine }, el };
    if (machine) return { date: { text: text || machine, iso: machine }, el };
  }
  return null;
}

/** Author, location and date of one unit, ignoring what belongs to nested units. */
export function readUnitMeta(unit: Element, isNested: (el: Element) => boolean, hints: ResolvedHints = {}, ownList?: Element[]): UnitReading {
  const out: UnitReading = {};
  const reader = hints.text ?? UNCACHED_TEXT;
  const ownEls = ownList ?? getOwnElements(unit, isNested);
  const names = new Map<Element, string>();
  for (const el of ownEls) names.set(el, getName(el));
  // The unit's own text lines, read once for both fallbacks below (a whole-unit walk each).
  let lines: string[] | undefined;
  const textLines = () => (lines ??= getTextLines(unit, isNested));

  let author = hints.author ? pickAuthor(pickOwn(ownEls, hints.author), reader) : null;
  for (let i = 0; !author && i < AUTHOR_RULES.length; i++) {
    author = pickAuthor(ownEls.filter((el) => AUTHOR_RULES[i](el, names.get(el)!)), reader);
  }
  if (author) {
    out.author = author.name;
    out.authorEl = author.el;
    out.authorSource = 'element';
  }
  let date = hints.date ? pickDate(pickOwn(ownEls, hints.date), hints.dateOrder, reader) : null;
  for (let i = 0; !date && i < DATE_RULES.length; i++) {
    date = pickDate(ownEls.filter((el) => DATE_RULES[i](el, names.get(el)!)), hints.dateOrder, reader);
  }
  if (date) {
    out.date = date.date;
    out.dateEl = date.el;
  } else {
    // Dates written as plain text in a short line ("by james on January 31, 2011 at 9:59 am.").
    for (const line of textLines()) {
      if (line.length > 120) continue;
      const d = findDate(line, hints.dateOrder);
      if (d) {
        out.date = d;
        break;
      }
    }
  }
  if (!out.author) {
    // "Posted By: hawaiian | January 16 2008 at 03:16 PM", "NAME said...", "NAME wrote:".
    for (const line of textLines()) {
      if (line.length > 160) continue;
      const m = BYLINE_RE.exec(line) ?? SAID_RE.exec(line);
      if (!m) continue;
      const name = cleanAuthor((m[1] ?? m[2] ?? '').split(/\s+\|\s+|\s+on\s+|\s+at\s+|\s+-\s+/)[0]);
      if (!isPlausibleAuthor(name) || findDate(name)) continue;
      out.author = name;
      out.authorSource = 'line';
      // The holder of that line, so the body does not repeat it.
      out.authorEl = ownEls.find((el) => reader.collapsed(el) === line) ?? out.authorEl;
      break;
    }
  }
  if (!out.author) {
    // A short link or bold name is the usual last resort (Movable Type "Posted by: <a>NAME</a>").
    for (const el of ownEls) {
      if (el.tagName !== 'A' && el.tagName !== 'STRONG' && el.tagName !== 'B') continue;
      const name = cleanAuthor(reader.collapsed(el));
      if (!isPlausibleAuthor(name) || findDate(name) || /^\d+$/.test(name)) continue;
      const href = el.getAttribute('href') ?? '';
      // Links to the comment itself or its actions are not the author.
      if (el.tagName === 'A' && (/reply|replytocom|report|vote|share|cid=|comment|javascript:/i.test(href) || href.startsWith('#'))) continue;
      out.author = name;
      out.authorEl = el;
      // A bold name or link that opens the comment ("<strong>Aiko</strong><p>…") reads as a byline.
      out.authorSource = reader.leading(unit, name.length + 8).startsWith(reader.collapsed(el)) ? 'lead' : 'link';
      break;
    }
  }
  // "by: NAME from: PLACE" (the seed page): location from an element or from the author's line,
  // read once the author (and so the line that holds it) is known.
  const locEl = hints.location
    ? pickOwn(ownEls, hints.location)[0]
    : ownEls.find((el) => /location/i.test(names.get(el)!) || el.getAttribute('itemprop') === 'homeLocation');
  if (locEl && reader.collapsed(locEl).length <= 80) out.location = reader.collapsed(locEl).replace(/^from:?\s*/i, '');
  else if (out.authorEl) {
    const own = reader.collapsed(out.authorEl);
    const line = /\bfrom:/i.test(own) ? own : reader.collapsed(out.authorEl.parentElement ?? out.authorEl);
    const m = line.length <= 160 ? /\bfrom:\s*([^\n]{1,80}?)\s*$/i.exec(line) : null;
    if (m) out.location = cutAtDate(m[1]) || undefined;
  }
  return out;
}

/**
 * "Jersey City, NJ September 13, 2013 4:27 AM": when the place and the date are separate inline
 * elements, the line runs on; the place ends where the date begins (and before a separator).
 */
function cutAtDate(place: string): string {
  const date = findDate(place);
  const end = date ? place.indexOf(date.text) : -1;
  const cut = end >= 0 ? place.slice(0, end) : place;
  return cut.replace(/[\s|·,–—-]+$/, '').trim();
}

/** Plain text of a unit's body: paragraphs separated by blank lines, chrome removed. */
export function readUnitText(
  unit: Element,
  isNested: (el: Element) => boolean,
  meta: UnitReading,
  hints: ResolvedHints = {},
  ownList?: Element[],
): string {
  const reader = hints.text ?? UNCACHED_TEXT;
  const ownEls = ownList ?? getOwnElements(unit, isNested);
  const bodyEl = hints.body ? pickOwn(ownEls, hints.body)[0] : undefined;
  const drop = new Set<Element>();
  if (!bodyEl) {
    // Drop the author and date holders only when they are short: some themes wrap the whole
    // comment in ".comment-meta" or ".comment-author".
    for (const el of [meta.authorEl, meta.dateEl]) {
      if (!el) continue;
      let target: Element = el;
      // Climb to the line that holds the name ("<p class=user>by: <span>NAME</span> from: …</p>").
      // Only while the parent adds little ("by:", "from: PLACE", "says:", the date): a short
      // comment's whole body is also under 160 characters.
      while (
        target.parentElement &&
        target.parentElement !== unit &&
        reader.collapsed(target.parentElement).length <= 160 &&
        reader.collapsed(target.parentElement).length - reader.collapsed(target).length <= 40
      ) {
        target = target.parentElement;
      }
      if (reader.collapsed(target).length <= 160) drop.add(target);
    }
  }
  const skip = (el: Element): boolean => {
    if (isNested(el) || drop.has(el)) return true;
    if (CHROME_TAGS.has(el.tagName.toUpperCase())) return true;
    // A "like"/"action" class on a wrapper that holds the comment itself must stay.
    return CHROME_NAME_RE.test(getName(el)) && reader.collapsed(el).length <= 40;
  };
  const authorText = meta.author ?? '';
  const lines = getTextLines(bodyEl ?? unit, skip).filter((line) => {
    if (isChromeLine(line)) return false;
    if (authorText && line.length <= authorText.length + 12 && (line === authorText || cleanAuthor(line) === authorText)) return false;
    if (meta.date && line.length <= meta.date.text.length + 25 && line.includes(meta.date.text)) return false;
    // The credit line itself ("Posted by: NAME on DATE") when no element held it alone.
    if (meta.date && authorText && line.length <= 160 && line.includes(meta.date.text) && line.includes(authorText)) return false;
    return true;
  });
  return lines.join('\n\n').trim();
}

/** Absolute permalink of a unit: an own link to "#comment-…" or the unit's id. */
export function readPermalink(unit: Element, ownEls: Element[], url: string): string | undefined {
  for (const a of ownEls) {
    if (a.tagName !== 'A') continue;
    const href = a.getAttribute('href') ?? '';
    if (!/#comment|#c\d|comment-\d/i.test(href) && a.getAttribute('rel') !== 'bookmark' && !/permalink/i.test(getName(a))) continue;
    if (/replytocom|reply|#respond/i.test(href)) continue;
    try {
      const abs = new URL(href, url);
      if (abs.protocol === 'http:' || abs.protocol === 'https:') return abs.href;
    } catch {
      /* not a URL */
    }
  }
  const id = unit.getAttribute('id');
  if (id && /comment|^c\d+$|post|reply/i.test(id)) {
    try {
      const abs = new URL(url);
      abs.hash = id;
      return abs.href;
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** Read one unit into a Comment (without replies). Null when it has no body. */
export function readUnit(unit: Element, isNested: (el: Element) => boolean, url: string, hints: ResolvedHints = {}): Comment | null {
  const ownEls = getOwnElements(unit, isNested);
  const meta = readUnitMeta(unit, isNested, hints, ownEls);
  const text = readUnitText(unit, isNested, meta, hints, ownEls);
  if (!text) return null;
  const c: Comment = { author: meta.author ?? 'Anonymous', text, replies: [] };
  if (meta.location) c.location = meta.location;
  if (meta.date) {
    if (meta.date.iso) c.date = meta.date.iso;
    c.dateText = meta.date.text;
  }
  const permalink = readPermalink(unit, ownEls, url);
  if (permalink) c.permalink = permalink;
  return c;
}
