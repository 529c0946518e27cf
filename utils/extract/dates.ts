/**
 * The one reader of dates, for the article and its comments alike: what the markup says
 * ("2013-09-13T09:20:00+02:00") and what the page shows ("September 13, 2013 9:20 AM",
 * "January 31, 2011 at 9:59 am", "13 September 2013, 09:20", "Wed, 03/06/2013 - 19:02",
 * "3 days ago"). Pure and engine-independent: `Date.parse` of anything but ISO differs between
 * V8 and SpiderMonkey, so every shape is parsed by hand. A shown time without a zone is read as
 * UTC (the page does not say which zone; this keeps results the same on every machine).
 *
 * Numbers only ("03/06/2013"): which is the day is decided once per page, the same way for the
 * article and for its comments —
 * - a number over 12 can only be the day;
 * - a weekday shown with the date ("Wed, 03/06/2013") picks the reading that falls on it;
 * - dots ("03.06.2013") are day first: no convention writes the month first with dots;
 * - otherwise the page's language decides (getDayMonthOrder): month first for English pages of
 *   the United States or the Philippines and English pages that name no region, day first for
 *   every other language and region.
 */

export type DayMonthOrder = 'month-first' | 'day-first';

// Regions whose English writes the month first (en-US, en-PH). Plain "en" follows them: it is
// what most US sites declare, while British and Indian sites mostly name their region.
const MONTH_FIRST_REGIONS = new Set(['us', 'ph']);

/** How numeric dates are written on a page in language `lang` (a BCP 47 tag, as in <html lang>). */
export function getDayMonthOrder(lang: string | null | undefined): DayMonthOrder {
  const [language = '', region] = (lang ?? '').trim().toLowerCase().split(/[-_]/);
  if (!language || language !== 'en') return language ? 'day-first' : 'month-first';
  return !region || MONTH_FIRST_REGIONS.has(region) ? 'month-first' : 'day-first';
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TIME = '(?:(?:\\s*(?:,|at|@|-|\\||um|à)?\\s*)(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?:\\s*(?:utc|gmt|[ecmp][sd]t|z))?)?';

// "September 13, 2013 9:20 AM", "Sept. 13th 2013 at 9:20am", "Monday, July 23, 2012 @08:12PM"
const MDY_RE = new RegExp(`${WEEKDAY}(${MONTH})\\s+${DAY},?\\s+(\\d{4})${TIME}`, 'i');
// "13 September 2013, 09:20", "23rd July, 2012", "09. Jul, 2012", "7th of March 2024"
const DMY_RE = new RegExp(`${WEEKDAY}${DAY}\\.?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})${TIME}`, 'i');
// Slash-style "on Monday July 23, @08:25PM": no year, so no ISO value; needs a weekday or a time
// so that "May 5" in running text is not taken for a date.
const NO_YEAR_RE = new RegExp(
  `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+(${MONTH})\\s+${DAY}(?:,?\\s*@?\\s*\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?|(${MONTH})\\s+${DAY},?\\s*(?:at|@)\\s*\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)`,
  'i',
);
// "2013-09-13 09:20", "2013/09/13"
const YMD_RE = new RegExp(`(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}`, 'i');
// "13/09/2013", "09.13.2013", "Wed, 03/06/2013": which number is the day, see the header.
const NUMERIC_RE = new RegExp(`(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4}|\\d{2})(?!\\d)${TIME}`, 'i');
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const AGO_RE = /\b(?:(\d+|an?|one)\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago|yesterday|today|just now)\b/i;
// ISO 8601 / RFC 3339, date only or with a time (T or a space), with or without a zone.
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?![\d:])/i;

// Dates outside these years are taken for something else (a count, a price, a phone number).
const FIRST_YEAR = 1900;
const LAST_YEAR = 2100;
// Longer strings are sentences that happen to hold a date, not a date: parseDate declines them.
const MAX_DATE_LENGTH = 120;

export interface FoundDate {
  /** The matched substring, as shown. */
  text: string;
  /** ISO 8601 when parseable to an absolute time. */
  iso?: string;
}

/** ISO for calendar parts, or undefined when they do not make a real date and time. */
function buildIso(year: number, month: number, day: number, hour?: string, minute?: string, second?: string, ampm?: string, zone?: string): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < FIRST_YEAR || year > LAST_YEAR) return undefined;
  let h = hour ? +hour : 0;
  const min = minute ? +minute : 0;
  const s = second ? +second : 0;
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || min > 59 || s > 59) return undefined;
  let ms = Date.UTC(year, month - 1, day, h, min, s);
  if (new Date(ms).getUTCDate() !== day) return undefined;
  const offset = zone ? /^([+-])(\d{2}):?(\d{2})$/.exec(zone) : null;
  if (offset) ms -= (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000;
  return new Date(ms).toISOString();
}

/** A two-digit year as people mean it: '13 is 2013, '98 is 1998. */
function getFullYear(year: number): number {
  return year >= 100 ? year : year + (year < 70 ? 2000 : 1900);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** [day, month] of a numeric date "a SEP b", by the rules in the header. */
function readDayAndMonth(a: number, b: number, separator: string, year: number, weekday: string | undefined, order: DayMonthOrder): [number, number] {
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  const dayFirst: [number, number] = [a, b];
  const monthFirst: [number, number] = [b, a];
  if (weekday && a !== b) {
    const want = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase());
    const fallsOn = ([day, month]: [number, number]) => new Date(Date.UTC(year, month - 1, day)).getUTCDay() === want;
    if (fallsOn(dayFirst) !== fallsOn(monthFirst)) return fallsOn(dayFirst) ? dayFirst : monthFirst;
  }
  return separator === '.' || order === 'day-first' ? dayFirst : monthFirst;
}

/** The first date in a text, with its ISO value when absolute; null when there is none. */
export function findDate(text: string, order: DayMonthOrder = 'month-first'): FoundDate | null {
  const candidates: { index: number; found: FoundDate }[] = [];
  const push = (m: RegExpExecArray | null, iso: string | undefined): void => {
    if (m) candidates.push({ index: m.index, found: { text: m[0].trim().replace(/[\s,]+$/, ''), iso } });
  };
  let m = MDY_RE.exec(text);
  if (m) push(m, buildIso(+m[3], monthNumber(m[1]), +m[2], m[4], m[5], m[6], m[7]));
  m = DMY_RE.exec(text);
  if (m) push(m, buildIso(+m[3], monthNumber(m[2]), +m[1], m[4], m[5], m[6], m[7]));
  m = YMD_RE.exec(text);
  if (m) push(m, buildIso(+m[1], +m[2], +m[3], m[4], m[5], m[6], m[7]));
  m = NUMERIC_RE.exec(text);
  if (m && !YMD_RE.test(m[0])) {
    const year = getFullYear(+m[5]);
    const [day, month] = readDayAndMonth(+m[2], +m[4], m[3], year, m[1], order);
    push(m, buildIso(year, month, day, m[6], m[7], m[8], m[9]));
  }
  m = NO_YEAR_RE.exec(text);
  if (m) push(m, undefined);
  m = AGO_RE.exec(text);
  if (m) push(m, undefined);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index || b.found.text.length - a.found.text.length);
  return candidates[0].found;
}

/** ISO from a machine-readable value (time[datetime], itemprop content, JSON-LD), or undefined. */
export function parseIsoDate(value: string | null | undefined): string | undefined {
  const m = value ? ISO_RE.exec(value.trim()) : null;
  return m ? buildIso(+m[1], +m[2], +m[3], m[4], m[5], m[6], undefined, m[7]?.toUpperCase() === 'Z' ? undefined : m[7]) : undefined;
}

/**
 * ISO 8601 for a date as markup states it or a page shows it, or undefined. Machine forms first;
 * a shown date is read with `order` (see the header) when its numbers alone do not settle it.
 */
export function parseDate(input: string | null | undefined, order: DayMonthOrder = 'month-first'): string | undefined {
  if (!input) return undefined;
  const text = input.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || text.length > MAX_DATE_LENGTH) return undefined;
  return parseIsoDate(text) ?? findDate(text, order)?.iso;
}
