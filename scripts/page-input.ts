/**
 * A saved page into a jsdom document, for the Node tools (extract CLI, benchmark):
 * - decodeHtml: the file's bytes into text the way a browser picks the encoding (BOM, then a
 *   <meta> charset declaration in the first 1024 bytes, else UTF-8 when the bytes are valid UTF-8,
 *   else windows-1252);
 * - parsePage: jsdom, which throws from its constructor on CSS its parser rejects (a calc() written
 *   with SASS variables left in, `")" is expected`). A browser skips such a declaration; here the
 *   page is parsed again without the stylesheets and style attributes that throw, and says so.
 * Expected failures are values: nothing here throws.
 */
import { TextDecoder } from 'node:util';
import { JSDOM, VirtualConsole } from 'jsdom';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used, e.g. "shift_jis". */
  encoding: string;
  /** Where the encoding came from. */
  source: 'bom' | 'meta' | 'utf-8 bytes' | 'default';
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** A TextDecoder for a label, or null when Node does not know the label. */
function getDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}

// Node 20's decoder for windows-1252 (also what "iso-8859-1" and "ascii" mean on the web) decodes
// as ISO-8859-1, turning 0x80-0x9F (curly quotes, dashes, euro sign) into control characters.
// These are the Encoding standard's code points for those 32 bytes.
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWith(encoding: string, bytes: Uint8Array): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}

/**
 * The charset a <meta> declares in the first 1024 bytes (the HTML prescan, simplified: the bytes
 * are read as Latin-1, which keeps every ASCII byte where it is). Both forms count:
 * `<meta charset="…">` and `<meta http-equiv="content-type" content="text/html; charset=…">`.
 */
function findMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const attrs = new Map<string, string>();
    for (const m of tag.slice(5).matchAll(/([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)) {
      const name = m[1].toLowerCase();
      if (!attrs.has(name)) attrs.set(name, m[2].replace(/^["']|["']$/g, '').trim());
    }
    const charset = attrs.get('charset');
    if (charset) return charset;
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-type') {
      const inContent = /charset\s*=\s*["']?([^\s"';]+)/i.exec(attrs.get('content') ?? '');
      if (inContent) return inContent[1];
    }
  }
  return null;
}

export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(encoding).decode(bytes.subarray(bom.length)), encoding, source: 'bom' };
    }
  }
  const declared = findMetaCharset(bytes);
  const decoder = declared ? getDecoder(declared) : null;
  if (decoder) {
    // A page cannot be UTF-16 by its own declaration (it would not have been readable to find it).
    const encoding = decoder.encoding.startsWith('utf-16') ? 'utf-8' : decoder.encoding;
    return { text: decodeWith(encoding, bytes), encoding, source: 'meta' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', source: 'utf-8 bytes' };
  } catch {
    return { text: decodeWith('windows-1252', bytes), encoding: 'windows-1252', source: 'default' };
  }
}

export type ParsedPage =
  | {
      ok: true;
      dom: JSDOM;
      /** Set when the page was parsed without some of its CSS, saying what was left out. */
      note?: string;
    }
  | { ok: false; detail: string };

function describeError(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 160);
}

function makeDom(html: string, url: string): JSDOM {
  // Page scripts never run and nothing is fetched; one console per page, so no listener keeps a
  // closed window alive.
  return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
}

// The raw text of a <style> element ends at the first `</style` (HTML's tokenizer rule); a style
// attribute is quoted either way or unquoted. Only pieces that jsdom's CSS parser rejects are
// taken out, so text that merely looks like one is left alone.
const STYLE_ELEMENT = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const STYLE_ATTRIBUTE = /(\sstyle\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+)/gi;

/** Removes the <style> elements and style attributes that make jsdom throw; counts each. */
function dropRejectedCss(html: string): { html: string; sheets: number; attributes: number } {
  const probe = new JSDOM('<!doctype html><html><head></head><body></body></html>', { virtualConsole: new VirtualConsole() });
  const doc = probe.window.document;
  let sheets = 0;
  let attributes = 0;
  try {
    const out = html
      .replace(STYLE_ELEMENT, (whole, css: string) => {
        const style = doc.createElement('style');
        style.textContent = css;
        try {
          doc.head.appendChild(style);
          style.remove();
          return whole;
        } catch {
          sheets++;
          return '';
        }
      })
      .replace(STYLE_ATTRIBUTE, (whole, _name: string, quoted: string) => {
        const value = /^["']/.test(quoted) ? quoted.slice(1, -1) : quoted;
        try {
          doc.createElement('div').setAttribute('style', value.replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&'));
          return whole;
        } catch {
          attributes++;
          return ' ';
        }
      });
    return { html: out, sheets, attributes };
  } finally {
    probe.window.close();
  }
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The page as a jsdom document; on CSS jsdom cannot parse, the page without that CSS. */
export function parsePage(html: string, url: string): ParsedPage {
  let first: unknown;
  try {
    return { ok: true, dom: makeDom(html, url) };
  } catch (e) {
    first = e;
  }
  try {
    const cleaned = dropRejectedCss(html);
    if (cleaned.sheets + cleaned.attributes === 0) return { ok: false, detail: `jsdom cannot parse the page: ${describeError(first)}` };
    const dom = makeDom(cleaned.html, url);
    const what = [
      cleaned.sheets ? plural(cleaned.sheets, 'stylesheet', 'stylesheets') : '',
      cleaned.attributes ? plural(cleaned.attributes, 'style attribute', 'style attributes') : '',
    ].filter(Boolean).join(' and ');
    return { ok: true, dom, note: `parsed without ${what} that jsdom's CSS parser rejects (${describeError(first)})` };
  } catch (e) {
    return { ok: false, detail: `jsdom cannot parse the page: ${describeError(e)}` };
  }
}
