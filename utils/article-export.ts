import type { Article, Comment } from './extract/types';
import { countComments } from './extract/comment-count';
import { escapeMarkdown, htmlToMarkdown } from './markdown';

/**
 * The Article as files and clipboard text: Markdown, plain text and a standalone HTML page. One
 * definition for the CLI (`npm run extract -- --format ...`) and the reader's Copy / Save
 * buttons. Pure: the article body comes in as a DOM node the caller parsed or rendered.
 */

export interface ExportOptions {
  /** Readers' comments are exported only when asked (a checkbox in the reader, always in the CLI). */
  comments?: boolean;
}


/** "Author from Place · date", the one-line description of a comment in text and Markdown. */
function describeComment(c: Comment): string {
  const parts = [c.author];
  if (c.location) parts.push(`from ${c.location}`);
  if (c.dateText ?? c.date) parts.push(`· ${c.dateText ?? c.date}`);
  return parts.join(' ');
}

/** YAML needs no escaping of a JSON string: it is a valid double-quoted YAML scalar. */
function frontMatter(a: Article): string {
  const fields: [string, string | undefined][] = [
    ['title', a.title],
    ['author', a.byline],
    ['site', a.siteName],
    ['published', a.publishedTime],
    ['source', a.url],
  ];
  const lines = fields.filter(([, v]) => v).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---`;
}

/**
 * The article as Markdown: YAML front matter (title, author, site, published, source), the title
 * as a heading, the body, and — when asked — the comments as a nested list, replies under their
 * comment.
 */
export function articleToMarkdown(a: Article, body: Node, options: ExportOptions = {}): string {
  const out = [frontMatter(a), `# ${escapeMarkdown(a.title)}`];
  const meta = [a.byline, a.siteName, a.publishedTime?.slice(0, 10)].filter(Boolean).map((s) => escapeMarkdown(s!)).join(' · ');
  if (meta) out.push(`_${meta}_`);
  out.push(htmlToMarkdown(body));
  if (options.comments && a.comments.length) {
    out.push(`## Comments (${countComments(a.comments)})`);
    const lines: string[] = [];
    const walk = (list: readonly Comment[], depth: number): void => {
      const pad = '  '.repeat(depth);
      for (const c of list) {
        lines.push(`${pad}- **${escapeMarkdown(describeComment(c))}**`);
        for (const line of c.text.split('\n')) if (line.trim()) lines.push(`${pad}  ${escapeMarkdown(line.trim())}`);
        walk(c.replies, depth + 1);
      }
    };
    walk(a.comments, 0);
    out.push(lines.join('\n'));
  }
  return out.filter(Boolean).join('\n\n') + '\n';
}

/** The article as plain text: title, a metadata line, the body text, then comments if asked. */
export function articleToText(a: Article, options: ExportOptions = {}): string {
  const out: string[] = [a.title];
  const meta = [a.byline, a.siteName, a.publishedTime].filter(Boolean).join(' · ');
  if (meta) out.push(meta);
  out.push('', a.textContent.trim());
  if (options.comments && a.comments.length) {
    out.push('', `Comments (${countComments(a.comments)})`, '');
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
  } else if (options.comments && a.commentsElsewhere) {
    out.push('', `Comments are on ${a.commentsElsewhere.provider}: ${a.commentsElsewhere.url}`);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A standalone page for the article. Its CSP allows no script, no connection and no frame — only
 * images (remote, as in the article) and its own inline style — so a saved page stays inert
 * wherever it is opened. `a.content` must be sanitized HTML (the pipeline's or the reader's); every
 * other field is text and is escaped.
 */
export function articleToHtml(a: Article, options: ExportOptions = {}): string {
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
  const source = /^https?:/i.test(a.url) ? `<p><a href="${escapeHtml(a.url)}">${escapeHtml(a.url)}</a></p>\n` : '';
  return `<!doctype html>
<html lang="${escapeHtml(a.lang ?? '')}" dir="${a.dir === 'rtl' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(a.title)}</title>
<style>body{max-width:40em;margin:2em auto;padding:0 1em;font:18px/1.6 Georgia,serif}img{max-width:100%;height:auto}</style>
</head>
<body>
<article>
<h1>${escapeHtml(a.title)}</h1>
${meta ? `<p>${meta}</p>\n` : ''}${source}${a.content}
</article>
${options.comments && a.comments.length ? `<section><h2>Comments (${countComments(a.comments)})</h2>${comments(a.comments)}</section>\n` : ''}</body>
</html>
`;
}

/** A file name from the title: letters, digits and dashes only, at most 80 characters. */
export function exportFileName(title: string, extension: 'md' | 'html'): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '')
    .toLowerCase();
  return `${base || 'article'}.${extension}`;
}
