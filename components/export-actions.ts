import { articleToHtml, articleToMarkdown, articleToText, exportFileName, type ExportOptions } from '../utils/article-export';
import type { Article } from '../utils/extract/types';

/**
 * What the Copy and Save buttons do. Loaded on first use with read aloud's model
 * (components/lazy-tools.ts), so the readers' own scripts stay small.
 */
export type ExportKind = 'copy-markdown' | 'copy-text' | 'save-markdown' | 'save-html';
export type ExportOutcome = { ok: true; kind: ExportKind; fileName?: string } | { ok: false; kind: ExportKind };

export interface ExportTarget {
  /** Its `content` sanitized by the caller (this file carries no sanitizer of its own). */
  article: Article;
  /** The rendered, sanitized article body (the Markdown is made from what the reader shows). */
  body: Element;
  /** Where a temporary link or text field may be attached (the reader's own root). */
  container: Element;
  win: Window;
}

/** The text a kind produces (tests compare it with the clipboard and the saved file). */
export function exportText(kind: ExportKind, target: ExportTarget, options: ExportOptions): string {
  const { article, body } = target;
  if (kind === 'copy-text') return articleToText(article, options);
  if (kind === 'save-html') return articleToHtml(article, options);
  return articleToMarkdown(article, body, options);
}

/** writeText needs no permission from a click in an extension page or a secure page. */
async function copy(text: string, target: ExportTarget): Promise<boolean> {
  try {
    await target.win.navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Insecure (http:) pages have no async clipboard: the old copy command still works there
    // during the click, on a text field of our own inside the reader.
    const doc = target.container.ownerDocument;
    const field = doc.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    target.container.append(field);
    field.select();
    let ok = false;
    try {
      ok = doc.execCommand('copy');
    } catch {
      ok = false;
    }
    field.remove();
    return ok;
  }
}

function save(text: string, type: string, fileName: string, target: ExportTarget): void {
  const { container } = target;
  const win = target.win as unknown as typeof globalThis;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: `${type};charset=utf-8` }));
  const link = container.ownerDocument.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  container.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only has to outlive the click.
  win.setTimeout(() => win.URL.revokeObjectURL(url), 10_000);
}

export async function runExport(kind: ExportKind, target: ExportTarget, options: ExportOptions): Promise<ExportOutcome> {
  const text = exportText(kind, target, options);
  if (kind === 'copy-markdown' || kind === 'copy-text') return { ok: await copy(text, target), kind };
  const html = kind === 'save-html';
  const fileName = exportFileName(target.article.title, html ? 'html' : 'md');
  try {
    save(text, html ? 'text/html' : 'text/markdown', fileName, target);
    return { ok: true, kind, fileName };
  } catch {
    return { ok: false, kind };
  }
}
