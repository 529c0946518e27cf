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
import { JSDOM } from 'jsdom';
import { extract } from '../utils/extract/index';
import type { ExtractFailureReason } from '../utils/extract/types';
import { articleToHtml, articleToMarkdown, articleToText } from '../utils/article-export';
import { decodeHtml, parsePage } from './page-input';

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
  'parse-failed': 'The page could not be simplified.',
  'too-large': 'This page is too large to simplify.',
  empty: 'The page has no text to show.',
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
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(args.file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    console.error(`extract: cannot read ${args.file}: ${why}`);
    return 1;
  }
  const url = args.url ?? pathToFileURL(resolve(args.file)).href;
  if (!URL.canParse(url)) {
    console.error(`extract: cannot use --url ${url}: not an absolute URL`);
    return 1;
  }
  // Decoded as a browser would (BOM, <meta> charset, else UTF-8 or windows-1252), not as UTF-8.
  const parsed = parsePage(decodeHtml(bytes).text, url);
  if (!parsed.ok) {
    console.error(`extract: ${REASONS['parse-failed']} (${parsed.detail})`);
    return 2;
  }
  if (parsed.note) console.error(`extract: note: ${parsed.note}`);
  const result = extract(parsed.dom.window.document, { url, force: args.force });
  if (!result.ok) {
    // The plain-words reason; the pipeline's detail only where it adds something.
    const detail = result.reason === 'parse-failed' && result.detail ? ` (${result.detail})` : '';
    console.error(`extract: ${REASONS[result.reason] ?? result.reason}${detail}`);
    return 2;
  }
  const a = result.article;
  const out =
    args.format === 'json' ? JSON.stringify(a, null, 2) + '\n'
    : args.format === 'text' ? articleToText(a, { comments: true })
    : args.format === 'html' ? articleToHtml(a, { comments: true })
    : articleToMarkdown(a, new JSDOM(`<body>${a.content}</body>`).window.document.body, { comments: true });
  process.stdout.write(out);
  return 0;
}

process.exitCode = main();
