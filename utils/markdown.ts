/**
 * HTML to Markdown (CommonMark plus GFM tables and strikethrough), DOM in, string out. The one
 * converter the CLI (`--format markdown`, on jsdom) and the extension (on the reader's rendered,
 * sanitized article) share. Pure: it reads the nodes it is given and touches nothing else.
 *
 * Our own instead of turndown + turndown-plugin-gfm because of the size budgets: the reader's
 * content script and the popup each carry it, and this file costs a fraction of theirs gzipped
 * (figures in README).
 */
import { normalizeSpace } from './extract/text';

const ELEMENT = 1;
const TEXT = 3;

interface Context {
  /** Inside <pre>: text is kept verbatim. */
  pre: boolean;
  /** Inside a table cell: no line breaks allowed. */
  cell: boolean;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'ul',
]);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'button', 'select', 'textarea', 'iframe', 'object', 'embed', 'svg', 'math']);

/**
 * Backslash-escape what Markdown would read as syntax. Inline characters everywhere; the
 * characters that only matter at the start of a line (headings, quotes, list markers) when the
 * text starts with them — a text node that starts mid-line gets a harmless extra backslash.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)(=+|-{3,})\s*$/, '$1\\$2');
}

function tagOf(node: Node): string {
  return node.nodeType === ELEMENT ? (node as Element).tagName.toLowerCase() : '';
}

/** A code span whose fence is longer than any run of backticks in the code. */
function codeSpan(code: string): string {
  const text = code.replace(/\s+/g, ' ');
  if (!text.trim()) return '';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function fencedCode(code: string): string {
  const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${code.replace(/\n$/, '')}\n${fence}`;
}

/** Link and image destinations: spaces, parentheses and angle brackets percent-encoded. */
function destination(url: string): string {
  return url.trim().replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function titlePart(el: Element): string {
  const title = normalizeSpace(el.getAttribute('title') ?? '');
  return title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
}

/** Wrap inline content in a delimiter, keeping its outer spaces outside (`** x**` is not bold). */
function wrap(content: string, delimiter: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(content)!;
  return match[2] ? `${match[1]}${delimiter}${match[2]}${delimiter}${match[3]}` : content;
}

function children(node: Node, ctx: Context): string {
  let out = '';
  for (const child of Array.from(node.childNodes)) out += convert(child, ctx);
  return out;
}

/** Collapse runs of blank lines and trim: the form every block's content is compared in. */
function tidy(markdown: string): string {
  return markdown
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\s+|\s+$/g, '');
}

/**
 * The content of an element that holds text and inline markup only: the spaces the HTML's own
 * line breaks left at the start or end of a line mean nothing (and four of them would make code).
 */
function inline(el: Element, ctx: Context): string {
  return children(el, ctx).replace(/[ \t]{2,}/g, ' ').replace(/^[ \t]+|[ \t]+$/gm, '');
}

function hasBlockChild(el: Element): boolean {
  return Array.from(el.children).some((c) => BLOCK_TAGS.has(tagOf(c)) || tagOf(c) === 'table');
}

function block(content: string): string {
  const text = tidy(content);
  return text ? `\n\n${text}\n\n` : '';
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line ? rest + line : line))
    .join('\n');
}

function convertList(el: Element, ctx: Context): string {
  const ordered = tagOf(el) === 'ol';
  let number = Number(el.getAttribute('start') ?? '1');
  if (!Number.isFinite(number)) number = 1;
  const items: string[] = [];
  for (const child of Array.from(el.childNodes)) {
    if (tagOf(child) !== 'li') {
      // Stray text or a nested list put directly in the list (invalid but common): keep it.
      const loose = tidy(convert(child, ctx));
      if (loose) items.push(loose);
      continue;
    }
    const marker = ordered ? `${number++}. ` : '- ';
    // A nested list right after the item's text stays tight (no blank line before it).
    const content = tidy(children(child, ctx)).replace(/\n\n(?=(?:- |\d+\. ))/g, '\n');
    items.push(prefixLines(content || '', marker, ' '.repeat(marker.length)));
  }
  return block(items.join('\n'));
}

interface TableShape {
  rows: Element[][];
  header: boolean;
}

/** A table GFM can hold: every row the same width, no spans, no blocks or tables in cells. */
function simpleTable(table: Element): TableShape | null {
  const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
  if (rows.length === 0) return null;
  const cells = rows.map((tr) => Array.from(tr.children).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th'));
  const width = cells[0].length;
  if (width === 0) return null;
  for (const row of cells) {
    if (row.length !== width) return null;
    for (const cell of row) {
      if (Number(cell.getAttribute('colspan') ?? 1) > 1 || Number(cell.getAttribute('rowspan') ?? 1) > 1) return null;
      if (cell.querySelector('table, ul, ol, pre, blockquote, h1, h2, h3, h4, h5, h6, dl')) return null;
    }
  }
  return { rows: cells, header: cells[0].every((c) => tagOf(c) === 'th') || rows[0].parentElement?.tagName.toLowerCase() === 'thead' };
}

function convertTable(table: Element, ctx: Context): string {
  const caption = Array.from(table.children).find((c) => tagOf(c) === 'caption');
  const captionText = caption ? tidy(children(caption, ctx)).replace(/\s*\n\s*/g, ' ') : '';
  const shape = simpleTable(table);
  const parts: string[] = captionText ? [captionText] : [];
  if (shape) {
    const cellCtx = { ...ctx, cell: true };
    const line = (row: Element[]) => `| ${row.map((c) => tidy(children(c, cellCtx)).replace(/\s*\n\s*/g, ' ')).join(' | ')} |`;
    const body = shape.header ? shape.rows.slice(1) : shape.rows;
    // Without a header row GFM still needs one: an empty one keeps every data row a data row.
    const head = shape.header ? line(shape.rows[0]) : `|${' |'.repeat(shape.rows[0].length)}`;
    parts.push([head, `|${' --- |'.repeat(shape.rows[0].length)}`, ...body.map(line)].join('\n'));
  } else {
    // Spans, nested tables or block content: one list item per row, cells separated by " · ",
    // which keeps every cell's text in reading order.
    const rows = Array.from(table.querySelectorAll('tr')).filter((tr) => tr.closest('table') === table);
    const lines = rows
      .map((tr) =>
        Array.from(tr.children)
          .map((c) => tidy(children(c, ctx)).replace(/\s*\n+\s*/g, ' '))
          .filter(Boolean)
          .join(' · '),
      )
      .filter(Boolean)
      .map((text) => `- ${text}`);
    if (lines.length) parts.push(lines.join('\n'));
  }
  return block(parts.join('\n\n'));
}

function convertElement(el: Element, ctx: Context): string {
  const tag = tagOf(el);
  if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden')) return '';
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6': {
      const text = tidy(inline(el, ctx)).replace(/\s*\n+\s*/g, ' ');
      if (ctx.cell) return text;
      return text ? block(`${'#'.repeat(Number(tag[1]))} ${text}`) : '';
    }
    case 'p': case 'div': case 'section': case 'article': case 'main': case 'header': case 'footer': case 'aside':
    case 'nav': case 'address': case 'figure': case 'details': case 'summary': case 'dd': case 'fieldset': case 'form':
      if (ctx.cell) return ` ${children(el, ctx)} `;
      return block(hasBlockChild(el) ? children(el, ctx) : inline(el, ctx));
    case 'dt': {
      const text = tidy(inline(el, ctx));
      return ctx.cell ? text : block(wrap(text, '**'));
    }
    case 'figcaption': {
      const text = tidy(inline(el, ctx));
      return ctx.cell ? text : block(wrap(text.replace(/\n+/g, ' '), '_'));
    }
    case 'br':
      return ctx.cell ? ' ' : ctx.pre ? '\n' : '\\\n';
    case 'hr':
      return ctx.cell ? ' ' : block('---');
    case 'strong': case 'b':
      return wrap(children(el, ctx), '**');
    case 'em': case 'i': case 'cite': case 'dfn':
      // `*`, not `_`: underscores inside a word ("un_believ_able") emphasise nothing.
      return wrap(children(el, ctx), '*');
    case 'del': case 's': case 'strike':
      return wrap(children(el, ctx), '~~');
    case 'code': case 'kbd': case 'samp': case 'tt': {
      if (ctx.pre) return el.textContent ?? '';
      const code = codeSpan(el.textContent ?? '');
      // GFM splits table cells at every unescaped pipe, even inside code.
      return ctx.cell ? code.replace(/\|/g, '\\|') : code;
    }
    case 'pre':
      if (ctx.cell) return codeSpan(el.textContent ?? '');
      return block(fencedCode(el.textContent ?? ''));
    case 'blockquote': {
      const text = tidy(children(el, ctx));
      if (ctx.cell) return text;
      return text ? block(prefixLines(text, '> ', '> ').replace(/^> $/gm, '>').replace(/\n\n/g, '\n>\n')) : '';
    }
    case 'ul': case 'ol':
      return ctx.cell ? children(el, ctx) : convertList(el, ctx);
    case 'li':
      // An <li> outside a list: a bullet of its own.
      return block(prefixLines(tidy(children(el, ctx)), '- ', '  '));
    case 'table':
      return ctx.cell ? children(el, ctx) : convertTable(el, ctx);
    case 'a': {
      const text = children(el, ctx);
      const href = el.getAttribute('href');
      if (!href || !text.trim() || href.startsWith('#')) return text;
      const inner = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
      return `${inner[1]}[${inner[2]}](${destination(href)}${titlePart(el)})${inner[3]}`;
    }
    case 'img': {
      const src = el.getAttribute('src');
      const alt = normalizeSpace(el.getAttribute('alt') ?? '');
      // Inline data: images would put kilobytes of base64 in the text: their description stays.
      if (!src || /^data:/i.test(src.trim())) return escapeMarkdown(alt);
      return `![${escapeMarkdown(alt)}](${destination(src)}${titlePart(el)})`;
    }
    case 'picture': {
      const img = el.querySelector('img');
      return img ? convertElement(img, ctx) : '';
    }
    default: {
      const out = children(el, ctx);
      return BLOCK_TAGS.has(tag) && !ctx.cell ? block(out) : out;
    }
  }
}

function convert(node: Node, ctx: Context): string {
  if (node.nodeType === TEXT) {
    const text = node.nodeValue ?? '';
    if (ctx.pre) return text;
    return escapeMarkdown(text.replace(/[ \t\r\n\f]+/g, ' '));
  }
  if (node.nodeType === ELEMENT) return convertElement(node as Element, ctx);
  if (node.nodeType === 11 || node.nodeType === 9) return children(node, ctx);
  return '';
}

/** The Markdown for a DOM node's content (an article body, a fragment, a document). */
export function htmlToMarkdown(root: Node): string {
  return tidy(children(root, { pre: false, cell: false }));
}
