/**
 * Double-encoded text: UTF-8 bytes read back as Windows-1252 somewhere between the writer and the
 * page ("FÃ¼r" for "Für", "itâ€™s" for "it’s", "Ð¿Ñ€Ð¸" for "при"). A site whose database and
 * templates disagree on the charset shows it on every accented letter; a reader that passes it on
 * shows the reader garbage. Each such run of characters is the byte sequence of one real character,
 * so it can be read back exactly.
 *
 * Only when the text shows the shape (at least MIN_RUNS runs decoding to ordinary letters,
 * punctuation or symbols, and few stray symbols beside them): a page that merely quotes one odd
 * pair ("À–", "été »") or is in another legacy charset is never touched, and each run is replaced
 * only when it decodes to a character of the ranges real text uses. Text around the runs stays as
 * it is, so a page that mixes both ("Für" in its template, "FÃ¼r" in its article) reads right.
 */

/** Windows-1252's characters for the bytes 0x80-0x9F (the rest of 0x80-0xFF is Latin-1 itself). */
const CP1252_BYTES = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86],
  [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c],
  [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95],
  [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b],
  [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
]);

/**
 * A continuation byte (0x80-0xBF) as Windows-1252 or Latin-1 shows it: the table's characters are
 * the class's, written once (none of them is special inside a class).
 */
const TAIL = `[\\u0080-\\u00bf${String.fromCharCode(...CP1252_BYTES.keys())}]`;
/** A lead byte and its continuation bytes: two-, three- and four-byte UTF-8 sequences. */
const RUN = new RegExp(`[\\u00c2-\\u00df]${TAIL}|[\\u00e0-\\u00ef]${TAIL}{2}|[\\u00f0-\\u00f4]${TAIL}{3}`, 'g');

/** Fewer runs than this in the whole text: the page is not double-encoded. */
const MIN_RUNS = 3;

/**
 * The ranges a decoded run may land in: Latin letters and Latin-1 symbols, Greek, Cyrillic,
 * Hebrew and Arabic letters, general punctuation, currency and letter-like symbols (™), and
 * pictographs. Anything else (IPA, combining marks, a CJK ideograph from "é »") is more likely a
 * real pair of characters than a broken one.
 */
function isPlausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x370 && cp <= 0x52f) ||
    (cp >= 0x5d0 && cp <= 0x5f4) ||
    (cp >= 0x620 && cp <= 0x6ff) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    (cp >= 0x1f300 && cp <= 0x1faff)
  );
}

/** The character a run stands for, or undefined when its bytes are not one plausible character. */
function decodeRun(run: string): string | undefined {
  const bytes = Array.from(run, (ch) => {
    const cp = ch.codePointAt(0)!;
    return cp <= 0xff ? cp : CP1252_BYTES.get(cp)!;
  });
  const [lead, ...tail] = bytes;
  // "Ø" or "Ù" before a no-break space is a word processor's bullet (a Wingdings arrow), never
  // the rare Arabic letter or digit those two bytes would make.
  if (tail.length === 1 && lead >= 0xd8 && tail[0] === 0xa0) return undefined;
  let cp = lead & (tail.length === 1 ? 0x1f : tail.length === 2 ? 0x0f : 0x07);
  for (const b of tail) cp = (cp << 6) | (b & 0x3f);
  // Overlong forms and surrogates are not UTF-8.
  const min = [0, 0x80, 0x800, 0x10000][tail.length];
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return isPlausible(cp) ? String.fromCodePoint(cp) : undefined;
}

/**
 * Latin-1 symbols and C1 controls outside any run (no-break space and soft hyphen aside, which
 * real text uses). Text in another legacy charset read as Latin-1 (GBK, Big5, Windows-1251) is
 * full of them, and some of its byte pairs happen to form runs too; double-encoded UTF-8 leaves
 * next to none.
 */
const STRAY_SYMBOL = /[\u0080-\u009f\u00a1-\u00ac\u00ae-\u00bf]/g;

/**
 * Does this text show the double-encoded shape: enough runs that read back as real characters,
 * and few stray symbols beside them (at most one for every two runs)?
 */
export function isDoubleEncoded(text: string): boolean {
  let runs = 0;
  // A run ending in a no-break space counts only as "Â " or "Ã " (the no-break space itself, "à"):
  // another symbol before a no-break space is common in correct text ("× 3", a bullet "Ø ").
  for (const [run] of text.matchAll(RUN)) if ((!run.endsWith('\u00a0') || /^[ÂÃ]/.test(run)) && decodeRun(run) !== undefined) runs++;
  if (runs < MIN_RUNS) return false;
  const strays = text.replace(RUN, '').match(STRAY_SYMBOL)?.length ?? 0;
  return strays * 2 <= runs;
}

/**
 * "à" and the no-break space end in the byte 0xA0, which shows as a no-break space; text whose
 * spaces were collapsed (the metadata, the comments) has lost it, leaving "Ã" or "Â" before a
 * plain space. In double-encoded text neither letter can stand alone (a real "Ã" would itself
 * show as "Ãƒ"), so these two are read back too.
 */
const LOST_NBSP = /([ÃÂ]) /g;

/** The text with every run read back as the character it stands for. Call after isDoubleEncoded. */
export function repairDoubleEncoding(text: string): string {
  return text.replace(RUN, (run) => decodeRun(run) ?? run).replace(LOST_NBSP, (_, lead: string) => (lead === 'Ã' ? 'à ' : ' '));
}

/** Repair every text node under `root` (the article, once the page is known to be double-encoded). */
export function repairTextNodes(root: Element): void {
  const doc = root.ownerDocument;
  // 4 = NodeFilter.SHOW_TEXT (the constant object is not on every global the pipeline runs with).
  const walker = doc.createTreeWalker(root, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    RUN.lastIndex = 0;
    if (!RUN.test(text)) continue;
    const fixed = repairDoubleEncoding(text);
    if (fixed !== text) node.nodeValue = fixed;
  }
}

/** Every string in plain JSON data (the metadata fields, the comments) read back. */
export function repairStrings<T>(value: T): T {
  if (typeof value === 'string') return repairDoubleEncoding(value) as T;
  if (Array.isArray(value)) return value.map(repairStrings) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, repairStrings(v)])) as T;
  }
  return value;
}
