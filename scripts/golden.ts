/**
 * npm run golden — writes the golden output of every extraction fixture
 * (tests/fixtures/pages/<name>.html) to tests/fixtures/pages/golden/<name>.txt: the result's
 * metadata, then the article as the reader's "Copy as text" gives it, comments included.
 *
 * The golden files are reviewed in the diff of every change that alters extraction: a rule that
 * changes more than the page it was written for shows it there. tests/unit/extract/golden.test.ts
 * fails while a golden file differs from what extraction now gives.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { articleToText } from '../utils/article-export';
import { extract } from '../utils/extract/index';

export const FIXTURE_DIR = resolve(import.meta.dirname, '../tests/fixtures/pages');
export const GOLDEN_DIR = join(FIXTURE_DIR, 'golden');

/** Names of the fixtures that have an expectation file (the extraction fixtures). */
export function listFixtures(): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.replace(/\.expected\.json$/, ''))
    .sort();
}

/** What extraction gives for one fixture, as the golden file holds it. */
export function renderGolden(name: string): string {
  const spec = JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expected.json`), 'utf8')) as { url: string; force?: boolean };
  const html = readFileSync(join(FIXTURE_DIR, `${name}.html`), 'utf8');
  const dom = new JSDOM(html, { url: spec.url });
  try {
    const result = extract(dom.window.document, { url: spec.url, force: spec.force });
    if (!result.ok) return `ok: false\nreason: ${result.reason}\ndetail: ${result.detail ?? ''}\n`;
    const a = result.article;
    const fields: Array<[string, unknown]> = [
      ['ok', true],
      ['url', a.url],
      ['title', a.title],
      ['byline', a.byline],
      ['site', a.siteName],
      ['published', a.publishedTime],
      ['lang', a.lang],
      ['dir', a.dir],
      ['excerpt', a.excerpt],
      ['lead image', a.leadImage],
      ['words', a.wordCount],
      ['reading minutes', a.readingTimeMinutes],
      ['readerable', a.readerable],
      ['comments elsewhere', a.commentsElsewhere ? `${a.commentsElsewhere.provider} ${a.commentsElsewhere.url ?? ''}`.trim() : undefined],
    ];
    const head = fields.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}: ${v}`).join('\n');
    return `${head}\n\n---\n\n${articleToText(a, { comments: true })}`;
  } finally {
    dom.window.close();
  }
}

function main(): void {
  mkdirSync(GOLDEN_DIR, { recursive: true });
  const names = listFixtures();
  for (const name of names) writeFileSync(join(GOLDEN_DIR, `${name}.txt`), renderGolden(name));
  console.log(`golden: wrote ${names.length} files to ${GOLDEN_DIR}; review them in the diff`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
