/**
 * Date parsing for dates as pages show them. Pure and engine-independent: `Date.parse` of
 * non-ISO strings differs between V8 and SpiderMonkey, so common shapes are parsed by hand.
 * A shown date without a zone is read as UTC (the page does not say; this keeps results stable
 * across machines).
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH_RE = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const TIME_RE = '(?:[,\\s]+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?';
const ZONE_RE = '(?:\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}))?';

function toIso(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ampm?: string, zone?: string): string | undefined {
  if (y < 100) y += y < 70 ? 2000 : 1900;
  if (ampm) {
    const pm = /^p/i.test(ampm);
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59 || y < 1900 || y > 2200) return undefined;
  let ms = Date.UTC(y, mo - 1, d, h, mi, s);
  if (zone && /^[+-]/.test(zone)) {
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
    if (m) ms -= (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
  }
  const date = new Date(ms);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== d && !zone) return undefined;
  return date.toISOString();
}

/**
 * ISO 8601 for a date string as found in markup or shown on the page, or undefined.
 * Handles ISO forms, "September 13, 2013 9:20 AM", "13 September 2013, 09:20", "Sep. 13, 2013",
 * "2013/09/13 09:20" and "09/13/2013" (US order unless the first number is > 12).
 */
export function parseDate(input: string | null | undefined): string | undefined {
  if (!input) return undefined;
  const text = input.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!text || text.length > 120) return undefined;
  let m: RegExpExecArray | null;
  // ISO 8601 / RFC 3339 (with T or space).
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (m) return toIso(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), undefined, m[7]);
  // Month D, YYYY [time]
  m = new RegExp(`${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME_RE}${ZONE_RE}`, 'i').exec(text);
  if (m) return toIso(+m[3], MONTHS[m[1].toLowerCase()], +m[2], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], m[8]);
  // D Month YYYY [time]
  m = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH_RE},?\\s+(\\d{4})${TIME_RE}${ZONE_RE}`, 'i').exec(text);
  if (m) return toIso(+m[3], MONTHS[m[2].toLowerCase()], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], m[8]);
  // YYYY/MM/DD or YYYY.MM.DD [time]
  m = new RegExp(`(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})${TIME_RE}${ZONE_RE}`, 'i').exec(text);
  if (m) return toIso(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7], m[8]);
  // MM/DD/YYYY or DD.MM.YYYY [time]
  m = new RegExp(`(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME_RE}${ZONE_RE}`, 'i').exec(text);
  if (m) {
    let a = +m[1];
    let b = +m[3];
    // Dots are the European order (day.month.year); slashes are US order unless impossible.
    const dayFirst = m[2] === '.' || a > 12;
    if (dayFirst) [a, b] = [b, a];
    return toIso(+m[4], a, b, +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0), m[8], m[9]);
  }
  return undefined;
}
