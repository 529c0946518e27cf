/** remove-orphan-headings: Related headings left with nothing, or only links, after them. Each rule on a page that shows it, and on what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { removeOrphanHeadings } from '../../../../utils/extract/declutter/remove-orphan-headings';
import { cleanWith, STORY } from './news-lines';

describe('remove-orphan-headings', () => {
  it('takes a related heading with nothing after it, and a label over bare links', () => {
    const text = cleanWith(removeOrphanHeadings, `${STORY(4)}
      <p>Ähnliche Artikel:</p>
      <p><a href="/2023/03/a">Neue Kräne für den Hafen</a></p>
      <p><a href="/2023/02/b">Fährpreise steigen im Mai</a></p>
      <div class="box"><h3>Das könnte Sie auch interessieren</h3><div class="slot"></div></div>`);
    for (const gone of ['Ähnliche Artikel', 'Neue Kräne', 'Fährpreise', 'Das könnte Sie auch interessieren']) expect(text).not.toContain(gone);
    expect(text).toContain('Paragraph 4 of the story');
  });

  it('takes a heading over empty template tiles, over tag and category rows, and an author heading whose box is gone', () => {
    // The tiles a script fills in: only markup and the source's line breaks, no text.
    const tile = `<div class="tile">\n  <a href="javascript:;" class="tile__link">\n    <img src="data:image/png;base64,AAAA">\n    <h4 class="tile__title"></h4>\n  </a>\n</div>`;
    const text = cleanWith(removeOrphanHeadings, `<div class="body">${STORY(4)}
      <div class="headline"><h2>Das könnte dich auch interessieren</h2></div>
      <div class="row">\n${tile}\n${tile}\n</div></div>
      <div class="flair"><div id="related"><h3><em>Ähnliche Beiträge</em></h3></div></div>
      <div class="meta">Schlagwörter <a href="/tag/hafen">Hafen</a>, <a href="/tag/faehre">Fähre</a></div>
      <div class="meta">Kategorien <a href="/kategorie/lokales">Lokales</a></div>
      <div class="about" style="font-weight:bold">Über den Autor</div>`);
    for (const gone of ['Das könnte dich auch interessieren', 'Ähnliche Beiträge', 'Schlagwörter', 'Kategorien', 'Über den Autor']) expect(text).not.toContain(gone);
    expect(text).toContain('Paragraph 4 of the story');
  });

  it('keeps an author heading over the bio, a related heading over a sentence with one link, and labels that open a line of text', () => {
    const text = cleanWith(removeOrphanHeadings, `${STORY(3)}
      <h3>Über den Autor</h3>
      <p>Jo Marsh schreibt seit zwanzig Jahren über Häfen und Fähren.</p>
      <h3>Weiterführende Links</h3>
      <p>Die Pläne liegen beim <a href="https://stadt.example/plaene">Bauamt</a> aus, montags bis freitags.</p>
      <p><strong>Related:</strong> the ferry’s old timetable ran <a href="/2019/timetable">twice a day</a>.</p>
      <p><strong>About the Author</strong>: Jo Marsh has covered the harbour since 2004.</p>`);
    for (const kept of ['Über den Autor', 'Jo Marsh schreibt', 'Weiterführende Links', 'Bauamt', 'Related:', 'About the Author']) expect(text).toContain(kept);
  });

  it('keeps such a heading when story text follows it, and a last paragraph with a link', () => {
    const text = cleanWith(removeOrphanHeadings, `${STORY(3)}
      <h2>Weiterführende Links</h2>
      <p>Die Stadt hat die Pläne auf ihrer Website veröffentlicht; wer Einwände hat, kann sie bis Ende Mai schriftlich einreichen.</p>
      <p>Mehr gibt es beim <a href="https://stadt.example/plaene">Bauamt</a> der Stadt, das montags bis freitags geöffnet hat.</p>`);
    expect(text).toContain('Weiterführende Links');
    expect(text).toContain('schriftlich einreichen');
    expect(text).toContain('Bauamt');
  });

  it('keeps a table of contents whose entries name sections like "See also" (the label is link text)', () => {
    const entry = (n: number, name: string) => `<li class="toc-entry"><a href="#s${n}"><span class="num">${n}</span> <span class="name">${name}</span></a></li>`;
    // A long contents list (over 500 characters): the entries after "See also" are its only siblings.
    const sections = ['History', 'Early settlement', 'The harbour years', 'Geography', 'Climate and tides', 'Government and politics', 'Economy', 'Transport and ferries', 'Demographics', 'Culture', 'Sport', 'Education', 'Media', 'Notable people', 'Twin towns', 'See also', 'References', 'Further reading', 'External links'];
    const named = [...sections.slice(0, -4).flatMap((name) => [name, `${name} in the twentieth century`]), ...sections.slice(-4)];
    const text = cleanWith(removeOrphanHeadings, `<div class="contents"><h2>Contents</h2><ul>${named.map((name, i) => entry(i + 1, name)).join('')}</ul></div>${STORY(4)}`);
    for (const kept of ['History', 'See also', 'References', 'Further reading', 'External links']) expect(text).toContain(kept);
  });
});
