/**
 * npm run extract -- [--url URL] [--format json|text|html|markdown] [--force] FILE
 *
 * Runs the extension's own extract() on a saved page in Node (jsdom: no page scripts, no
 * resources fetched) and prints the Article. Exit codes: 0 article printed; 1 usage error or the
 * file cannot be read; 2 the page has no article (the reason in plain words; --force shows it
 * anyway).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extract } from '../utils/extract/index';
import type { Article, Comment, ExtractFailureReason } from '../utils/extract/types';

type Format = 'json' | 'text' | 'html' | 'markdown';
const FORMATS: readonly Format[] = ['json', 'text', 'html', 'markdown'];
const USAGE = 'usage: npm run extract -- [--url URL] [--format json|text|html|markdown] [--force] FILE';

interface CliArgs {
  file: string;
  url?: string;
  format: Format;
  force: boolean;
}

const REASONS: Record<ExtractFailureReason, string> = {
  'not-an-article': 'This page does not look like an article (use --force to show its text anyway).',
  'protected-page': 'This page cannot be read.',
  'parse-failed': 'The page could not be simplified.',
  'too-large': 'This page is too large to simplify.',
  empty: 'The page has no text to show.',
  timeout: 'Simplifying the page took too long.',
};

function parseArgs(argv: string[]): CliArgs | string {
  let file: string | undefined;
  let url: string | undefined;
  let format: Format = 'json';
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--url') {
      url = argv[++i];
      if (!url) return '--url needs a value';
    } else if (a === '--format') {
      const f = argv[++i] as Format;
      if (!FORMATS.includes(f)) return `--format must be one of ${FORMATS.join(', ')}`;
      format = f;
    } else if (a === '--force') force = true;
    else if (a === '--help' || a === '-h') return 'help';
    else if (a.startsWith('--')) return `unknown option: ${a}`;
    else if (file) return 'only one FILE, please';
    else file = a;
  }
  if (!file) return 'missing FILE';
  return { file, url, format, force };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function countAll(comments: readonly Comment[]): number {
  return comments.reduce((n, c) => n + 1 + countAll(c.replies), 0);
}

function describeComment(c: Comment): string {
  const parts = [c.author];
  if (c.location) parts.push(`from ${c.location}`);
  if (c.dateText ?? c.date) parts.push(`· ${c.dateText ?? c.date}`);
  return parts.join(' ');
}

function formatText(a: Article): string {
  const out: string[] = [a.title];
  const meta = [a.byline, a.siteName, a.publishedTime].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  out.push('', a.textContent.trim());
  if (a.comments.length) {
    out.push('', `Comments (${countAll(a.comments)})`, '');
    const walk = (list: readonly Comment[], depth: number): void => {
      const pad = '  '.repeat(depth + 1);
      for (const c of list) {
        out.push(pad + describeComment(c));
        for (const line of c.text.split('\n')) out.push(line ? pad + '  ' + line : '');
        out.push('');
        walk(c.replies, depth + 1);
      }
    };
    walk(a.comments, 0);
  } else if (a.commentsElsewhere) {
    out.push('', `Comments are on ${a.commentsElsewhere.provider}: ${a.commentsElsewhere.url}`);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

function formatHtml(a: Article): string {
  // `content` is already sanitized by the pipeline; every other field is text and is escaped.
  const meta = [a.byline, a.siteName, a.publishedTime].filter(Boolean).map((s) => escapeHtml(s!)).join(' · ');
  const comments = (list: readonly Comment[]): string =>
    list.length === 0
      ? ''
      : `<ol>${list
          .map(
            (c) =>
              `<li><p><strong>${escapeHtml(c.author)}</strong>${c.location ? ` from ${escapeHtml(c.location)}` : ''}${
                c.dateText ?? c.date ? ` · <time${c.date ? ` datetime="${escapeHtml(c.date)}"` : ''}>${escapeHtml(c.dateText ?? c.date!)}</time>` : ''
              }</p>${c.text
                .split(/\n\n+/)
                .map((p) => `<p>${escapeHtml(p)}</p>`)
                .join('')}${comments(c.replies)}</li>`,
          )
          .join('')}</ol>`;
  return `<!doctype html>
<html lang="${escapeHtml(a.lang ?? '')}" dir="${a.dir}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'">
<title>${escapeHtml(a.title)}</title>
<style>body{max-width:40em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<article>
<h1>${escapeHtml(a.title)}</h1>
${meta ? `<p>${meta}</p>\n` : ''}${a.content}
</article>
${a.comments.length ? `<section><h2>Comments (${countAll(a.comments)})</h2>${comments(a.comments)}</section>\n` : ''}</body>
</html>
`;
}

function toMarkdown(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\s+/g, ' ');
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const inner = (): string => Array.from(el.childNodes, toMarkdown).join('');
  const tag = el.tagName.toLowerCase();
  switch (tag) {
    case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
      return `\n\n${'#'.repeat(Number(tag[1]))} ${inner().trim()}\n\n`;
    case 'p': case 'div': case 'section': case 'article': case 'figure': case 'table': case 'tr':
      return `\n\n${inner().trim()}\n\n`;
    case 'figcaption': return `\n\n_${inner().trim()}_\n\n`;
    case 'br': return '  \n';
    case 'hr': return '\n\n---\n\n';
    case 'strong': case 'b': { const t = inner().trim(); return t ? `**${t}**` : ''; }
    case 'em': case 'i': { const t = inner().trim(); return t ? `_${t}_` : ''; }
    case 'code': return `\`${el.textContent ?? ''}\``;
    case 'pre': return `\n\n\`\`\`\n${el.textContent ?? ''}\n\`\`\`\n\n`;
    case 'a': { const t = inner().trim(); const href = el.getAttribute('href'); return href && t ? `[${t}](${href})` : t; }
    case 'img': { const src = el.getAttribute('src'); return src ? `![${el.getAttribute('alt') ?? ''}](${src})` : ''; }
    case 'li': return `\n- ${inner().trim()}`;
    case 'ul': case 'ol': return `\n${inner()}\n\n`;
    case 'blockquote': return `\n\n${inner().trim().split('\n').map((l) => `> ${l}`).join('\n')}\n\n`;
    case 'td': case 'th': return ` ${inner().trim()} |`;
    default: return inner();
  }
}

function formatMarkdown(a: Article): string {
  const body = new JSDOM(`<body>${a.content}</body>`).window.document.body;
  const out: string[] = [`# ${a.title}`];
  const meta = [a.byline, a.siteName, a.publishedTime].filter(Boolean).join(' · ');
  if (meta) out.push(`_${meta}_`);
  out.push(toMarkdown(body).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim());
  if (a.comments.length) {
    out.push(`## Comments (${countAll(a.comments)})`);
    const walk = (list: readonly Comment[], depth: number): void => {
      for (const c of list) {
        const pad = '  '.repeat(depth);
        out.push(`${pad}- **${describeComment(c)}**\n${c.text.split('\n').map((l) => (l ? `${pad}  ${l}` : '')).join('\n')}`);
        walk(c.replies, depth + 1);
      }
    };
    walk(a.comments, 0);
  }
  return out.join('\n\n') + '\n';
}

function main(): number {
  const args = parseArgs(process.argv.slice(2));
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (typeof args === 'string') {
    console.error(`extract: ${args}\n${USAGE}`);
    return 1;
  }
  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    console.error(`extract: cannot read ${args.file}: ${why}`);
    return 1;
  }
  const url = args.url ?? pathToFileURL(resolve(args.file)).href;
  let dom: JSDOM;
  try {
    dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch (e) {
    console.error(`extract: cannot use --url ${url}: ${(e as Error).message}`);
    return 1;
  }
  const result = extract(dom.window.document, { url, force: args.force });
  if (!result.ok) {
    // The plain-words reason; the pipeline's detail only where it adds something.
    const detail = result.reason === 'parse-failed' && result.detail ? ` (${result.detail})` : '';
    console.error(`extract: ${REASONS[result.reason] ?? result.reason}${detail}`);
    return 2;
  }
  const a = result.article;
  const out =
    args.format === 'json' ? JSON.stringify(a, null, 2) + '\n'
    : args.format === 'text' ? formatText(a)
    : args.format === 'html' ? formatHtml(a)
    : formatMarkdown(a);
  process.stdout.write(out);
  return 0;
}

process.exitCode = main();
