/**
 * Language-aware reading time, after Firefox's about:reader: each language has its own reading
 * speed, and Chinese/Japanese/Korean text is counted in characters, not words.
 */

/** Words (or CJK characters) per minute by primary language subtag. */
const READING_SPEED: Record<string, number> = {
  en: 228, ar: 181, de: 179, es: 218, fi: 161, fr: 195, he: 224, it: 188, nl: 202, pl: 166,
  pt: 181, ru: 184, sl: 180, sv: 199, tr: 166,
  ko: 200,
  // Character-counted scripts (Firefox's about:reader reads Chinese at ~255 characters a minute).
  zh: 255, ja: 400,
};
const DEFAULT_SPEED = 200;
// Han and kana; Hangul is written with spaces between words, so Korean is counted in words.
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
/** A word: a letter or digit, then letters, digits, marks and the joiners inside words ("don't", "3.5", "e-mail"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’._-]*/gu;

/**
 * How many times `re` (global, never matching the empty string) matches in `text`: the matches
 * are counted, not collected (the article's text and each of its links and paragraphs are counted,
 * and an array of every word was most of that time).
 */
function countMatches(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
}

export interface ReadingTime {
  /** Words, or CJK characters plus the words around them. */
  units: number;
  minutes: number;
}

/** Words per minute for a BCP 47 tag ("pt-BR" -> pt); unknown languages read at 200. */
export function getReadingSpeed(lang?: string): number {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/)[0];
  return READING_SPEED[primary] ?? DEFAULT_SPEED;
}

/**
 * Reading time of `text` in whole minutes, at least 1. CJK characters count one unit each;
 * other text counts words. Chinese and Japanese text
 * is read at their character speed even when `lang` is missing.
 */
export function estimateReadingTime(text: string, lang?: string): ReadingTime {
  const cjkChars = countMatches(CJK, text);
  // Most text has no CJK character: no second pass over it to blank them out.
  const words = countMatches(WORD, cjkChars ? text.replace(CJK, ' ') : text);
  const units = cjkChars + words;
  // Mostly-CJK text without a language tag: read it at Chinese speed rather than English speed.
  const speed = !lang && cjkChars > words ? READING_SPEED.zh : getReadingSpeed(lang);
  const minutes = Math.max(1, Math.round(units / speed));
  return { units, minutes };
}
