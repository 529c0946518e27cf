/** remove-post-meta-lines: Filing and reading-time lines, never datelines or dates in prose. Each rule on a page that shows it, and on what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { removePostMetaLines } from '../../../../utils/extract/declutter/remove-post-meta-lines';
import { cleanWith, STORY } from './news-lines';

describe('remove-post-meta-lines', () => {
  it('takes filing and reading-time lines in several languages', () => {
    const lines = [
      '<div class="d">Kategoria: <a href="/gospodarka">Gospodarka</a></div>',
      '<li class="m">24.01.2022 11:38 Rubrik: Lokales</li>',
      '<p>Category : <a href="/c/press">Press Releases</a></p>',
      '<div class="u">This entry was posted in <a href="/c/x">News</a>. Bookmark the <a href="/p">permalink</a>.</div>',
      '<span>4 Min Read</span>',
      '<p>Catégorie : Politique</p>',
      '<p class="p">Posted in: <a href="/c/sidelines">Sidelines</a></p>',
      '<div class="t"><span>Tagged as:</span></div>',
    ];
    const text = cleanWith(removePostMetaLines, `${lines.join('')}${STORY(3)}`);
    for (const gone of ['Gospodarka', 'Lokales', 'Press Releases', 'permalink', 'Min Read', 'Politique', 'Sidelines', 'Tagged as']) expect(text).not.toContain(gone);
  });

  it('keeps datelines, story lines with a label of their own, and dates in prose', () => {
    const kept = [
      'Posted: Tuesday, January 8, 2008, 13:51 (GMT)',
      'Termin: 4. März, 15.30 Uhr',
      'Published in 1998, the report was the first to count the harbour seals.',
    ];
    const text = cleanWith(removePostMetaLines, `${STORY(2)}${kept.map((k) => `<p>${k}</p>`).join('')}`);
    for (const k of kept) expect(text).toContain(k);
  });
});
