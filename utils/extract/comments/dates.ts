/**
 * Dates as comment sections show them: "September 13, 2013 9:20 AM" (the seed page),
 * "January 31, 2011 at 9:59 am" (WordPress), "2012-07-06T22:47:00+02:00" (time[datetime]),
 * "26/07/2012", "3 days ago". Shown times without a zone are read as UTC so the ISO value does
 * not depend on the machine the extraction runs on.
 */

const MONTHS = [
  'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec',
];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TIME = '(?:(?:\\s*(?:,|at|@|-|\\||um|à)?\\s*)(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?(?:\\s*(?:utc|gmt|[ecmp][sd]t|z))?)?';

// "September 13, 2013 9:20 AM", "Sept. 13th 2013 at 9:20am", "Monday, July 23, 2012 @08:12PM"
const MDY_RE = new RegExp(`${WEEKDAY}(${MONTH})\\s+${DAY},?\\s+(\\d{4})${TIME}`, 'i');
// "13 September 2013, 09:20", "23rd July, 2012"
// "13 September 2013, 09:20", "23rd July, 2012", "09. Jul, 2012"
const DMY_RE = new RegExp(`${WEEKDAY}${DAY}\\.?\\s+(?:of\\s+)?(${MONTH}),?\\s+(\\d{4})${TIME}`, 'i');
// Slash-style "on Monday July 23, @08:25PM": no year, so no ISO value; needs a weekday or a time
// so that "May 5" in running text is not taken for a date.
const NO_YEAR_RE = new RegExp(
  `(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+(${MONTH})\\s+${DAY}(?:,?\\s*@?\\s*\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)?|(${MONTH})\\s+${DAY},?\\s*(?:at|@)\\s*\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?m\\.?)?)`,
  'i',
);
// "2013-09-13 09:20", "2013/09/13"
const ISOISH_RE = new RegExp(`(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}`, 'i');
// "13/09/2013", "09.13.2013": read day first unless the first number cannot be a day... (ambiguous
// pages are rare in comment meta; day-first is the more common convention outside the US.)
const NUMERIC_RE = new RegExp(`(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2,4})${TIME}`, 'i');
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const AGO_RE = /\b(?:(\d+|an?|one)\s+(second|minute|min|hour|hr|day|week|month|year)s?\s+ago|yesterday|today|just now)\b/i;

export interface FoundDate {
  /** The matched substring, as shown. */
  text: string;
  /** ISO 8601 when parseable to an absolute time. */
  iso?: string;
}

/** True when the text contains something that reads as a date. */
export function hasDate(text: string): boolean {
  return findDate(text) !== null;
}

/** The first date in a text, with its ISO value when absolute. */
export function findDate(text: string): FoundDate | null {
  const candidates: { index: number; found: FoundDate }[] = [];
  const push = (m: RegExpExecArray | null, iso: string | undefined): void => {
    if (m) candidates.push({ index: m.index, found: { text: m[0].trim().replace(/[\s,]+$/, ''), iso } });
  };
  let m = MDY_RE.exec(text);
  if (m) push(m, buildIso(+m[3], monthIndex(m[1]), +m[2], m[4], m[5], m[6], m[7]));
  m = DMY_RE.exec(text);
  if (m) push(m, buildIso(+m[3], monthIndex(m[2]), +m[1], m[4], m[5], m[6], m[7]));
  m = ISOISH_RE.exec(text);
  if (m) push(m, buildIso(+m[1], +m[2] - 1, +m[3], m[4], m[5], m[6], m[7]));
  m = NUMERIC_RE.exec(text);
  if (m && !ISOISH_RE.test(m[0])) {
    let year = +m[4];
    if (m[4].length === 2) year += 2000;
    let day = +m[2];
    let month = +m[3];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    // "Wed, 03/06/2013" (Drupal's default, month first): the weekday settles which reading is right.
    else if (m[1] && day <= 12 && month <= 12 && day !== month) {
      const want = WEEKDAYS.indexOf(m[1].slice(0, 3).toLowerCase());
      if (new Date(Date.UTC(year, month - 1, day)).getUTCDay() !== want && new Date(Date.UTC(year, day - 1, month)).getUTCDay() === want) {
        [day, month] = [month, day];
      }
    }
    push(m, buildIso(year, month - 1, day, m[5], m[6], m[7], m[8]));
  }
  m = NO_YEAR_RE.exec(text);
  if (m) push(m, undefined);
  m = AGO_RE.exec(text);
  if (m) push(m, undefined);
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index || b.found.text.length - a.found.text.length);
  return candidates[0].found;
}

/** ISO from a machine-readable attribute (time[datetime], itemprop content), or undefined. */
export function parseMachineDate(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return undefined;
  // Without a zone, read as UTC (see the header comment).
  const withZone = /[zZ]|[+-]\d{2}:?\d{2}$/.test(v) || v.length === 10 ? v : `${v}Z`;
  const t = Date.parse(withZone);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

function buildIso(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
  ampm?: string,
): string | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || year < 1990 || year > 2100) return undefined;
  let h = hour ? +hour : 0;
  const min = minute ? +minute : 0;
  const s = second ? +second : 0;
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (h > 23 || min > 59 || s > 59) return undefined;
  const d = new Date(Date.UTC(year, month, day, h, min, s));
  if (d.getUTCDate() !== day) return undefined;
  return d.toISOString();
}
