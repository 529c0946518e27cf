/**
 * Cleanup rules for the short lines modern news pages put inside the article: picture credits and
 * rights notices. Each rule is checked on a page that shows it, and on what it must leave alone.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extract';
import { removeCallsToAction } from '../../../utils/extract/declutter/remove-calls-to-action';
import { removePostMetaLines } from '../../../utils/extract/declutter/remove-post-meta-lines';
import { removeCreditLines } from '../../../utils/extract/declutter/remove-credit-lines';
import { removeOrphanHeadings } from '../../../utils/extract/declutter/remove-orphan-headings';
import { removeRelatedLists } from '../../../utils/extract/declutter/remove-related-lists';
import { declutter, type DeclutterStep } from '../../../utils/extract/declutter';

const URL = 'https://www.news.example/2023/04/story';
const STORY = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} of the story goes on about the harbour works, the tides, the ferry timetable and what the council decided on Tuesday evening after a long debate.</p>`).join('');

/** The body text after running only the given step on a page. */
function cleanWith(step: DeclutterStep, body: string): string {
  const doc = new JSDOM(`<!doctype html><html><body><article>${body}</article></body></html>`, { url: URL }).window.document;
  declutter(doc, URL, { steps: [step] });
  return doc.body.textContent ?? '';
}

describe('remove-credit-lines', () => {
  it('takes credit lines in several languages and markups', () => {
    const text = cleanWith(removeCreditLines, `${STORY(4)}
      <figure><img src="/a.jpg"><figcaption>Crowds at the quay. <span class="credit">Photo: Harbour Images/Ana Ruiz</span></figcaption></figure>
      <div><img src="/b.jpg"><p>Bild: dpa/Kai Berger</p></div>
      <figure><img src="/c.jpg"><figcaption>. Imagen: Agencia Sur</figcaption></figure>
      <p><small>(crédito: Minerva Souza/Jornal do Porto)</small></p>
      <p>Crédits photos : Studio Nord</p>
      <figure><img src="/d.jpg"><figcaption><p class="image-annotation">Ferry at dawn. <em>© Hafenamt | Jo Lenz</em></p></figcaption></figure>`);
    expect(text).toContain('Crowds at the quay.');
    for (const gone of ['Harbour Images', 'dpa/Kai Berger', 'Agencia Sur', 'Minerva Souza', 'Studio Nord', 'Jo Lenz']) expect(text).not.toContain(gone);
  });

  it('keeps captions that describe, rights notices, tables and story lines with a colon', () => {
    const kept = [
      'Photo: the old lighthouse at dusk, seen from the ferry as it leaves the harbour',
      'Copyright 2008 The Wire Service. All rights reserved.',
      'Source: harbour office, 2022',
      'Image: a ferry in the fog',
    ];
    const text = cleanWith(removeCreditLines, `${STORY(3)}
      <figure><img src="/a.jpg"><figcaption>${kept[0]}</figcaption></figure>
      <p>${kept[1]}</p>
      <table><tr><td>Ferries per day</td><td>12</td></tr><tr><td>${kept[2]}</td><td></td></tr></table>
      <blockquote><p>${kept[3]} is how the poster began, and nobody forgot it.</p></blockquote>`);
    for (const k of kept) expect(text).toContain(k);
  });

  it('does not take a box that holds a short story paragraph with the credit', () => {
    const text = cleanWith(removeCreditLines, `${STORY(3)}<div><p>The ferry runs again on Monday.</p><p>Foto: Jo Lenz</p></div>`);
    expect(text).toContain('The ferry runs again on Monday.');
    expect(text).not.toContain('Jo Lenz');
  });

  it('through the whole pipeline, the credit goes and the caption stays, once', () => {
    const doc = new JSDOM(`<!doctype html><html><head><title>Quay works</title></head><body><article><h1>Quay works</h1>${STORY(5)}
      <figure><img src="/a.jpg"><figcaption>Crowds at the quay on Monday. <span class="photo-credit">Foto: Hafenbild</span></figcaption></figure></article></body></html>`, { url: URL }).window.document;
    const result = extract(doc, { url: URL });
    if (!result.ok) throw new Error(result.reason);
    expect(result.article.textContent.split('Crowds at the quay on Monday.')).toHaveLength(2);
    expect(result.article.textContent).not.toContain('Hafenbild');
  });
});

describe('remove-related-lists: labels in other languages', () => {
  it('takes inline teaser lines labelled in German, Spanish, Polish, French and Portuguese', () => {
    const lines = [
      '<p>Lesen Sie auch: <a href="/2023/04/other">Hafen bekommt neue Kräne</a></p>',
      '<blockquote><b>PUEDES VER: </b><a href="/2023/04/otra">¿Qué cambia en el puerto?</a></blockquote>',
      '<h6><strong>Mire: </strong><a href="/2023/04/mas">Fiesta del Mar: el programa</a></h6>',
      '<p><span><em>Czytaj też:</em><br><a href="/2023/04/inne">Port w Gdyni bije rekord</a></span></p>',
      '<p>À lire aussi : <a href="/2023/04/autre">Le port de Sète s’agrandit</a></p>',
      '<p>Leia também: <a href="/2023/04/outra">Porto de Santos amplia horário</a></p>',
    ];
    const text = cleanWith(removeRelatedLists, `${STORY(2)}${lines.join(STORY(1))}`);
    for (const gone of ['Hafen bekommt', 'Qué cambia', 'Fiesta del Mar', 'Port w Gdyni', 'Le port de Sète', 'Porto de Santos']) expect(text).not.toContain(gone);
  });

  it('keeps prose that starts with a label word and a quoted line with a colon', () => {
    const kept = [
      'Lesen Sie auch den Bericht des Hafenamts, der am Dienstag erschien und die Wartezeiten genau aufschlüsselt.',
      'Mire: así dijo el capitán, señalando el muelle vacío, antes de que llegara el primer barco de la mañana.',
    ];
    const text = cleanWith(removeRelatedLists, `${STORY(2)}<p>${kept[0]}</p><p>${kept[1]} <a href="https://elsewhere.example/report">informe</a></p>`);
    for (const k of kept) expect(text).toContain(k);
  });
});

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

describe('remove-calls-to-action', () => {
  it('takes follow, channel, newsletter and membership lines in several languages', () => {
    const lines = [
      '<p>Abonnieren Sie kostenlos unseren Hafen-Newsletter und verpassen Sie nichts mehr.</p>',
      '<p>¿Ya sabías que tenemos canal de Telegram? Únete en <a href="https://t.example/x">este enlace</a>.</p>',
      '<div class="g"><span>Nos siga no</span> <a href="https://news.example/pub"><img src="/gn.png" alt=""></a></div>',
      '<p><strong>Follow the Harbour Post on Instagram @harbourpost.</strong></p>',
      '<p>Werden Sie Mitglied und erhalten Sie exklusive Angebote!</p>',
    ];
    const text = cleanWith(removeCallsToAction, `${STORY(2)}${lines.join(STORY(1))}`);
    for (const gone of ['Hafen-Newsletter', 'canal de Telegram', 'Nos siga no', 'Follow the Harbour Post', 'Werden Sie Mitglied']) expect(text).not.toContain(gone);
  });

  it('keeps story sentences that mention following someone or a newsletter', () => {
    const kept = [
      'Officials asked residents to follow the agency on Twitter for updates on the closure.',
      'The harbour master said the newsletter the port sends to skippers had warned of the shoal in March.',
      '„Folgen Sie mir“, sagte die Lotsin und ging voraus.',
    ];
    const text = cleanWith(removeCallsToAction, `${STORY(2)}${kept.map((k) => `<p>${k}</p>`).join('')}`);
    for (const k of kept) expect(text).toContain(k);
  });
});

describe('remove-post-meta-lines', () => {
  it('takes filing and reading-time lines in several languages', () => {
    const lines = [
      '<div class="d">Kategoria: <a href="/gospodarka">Gospodarka</a></div>',
      '<li class="m">24.01.2022 11:38 Rubrik: Lokales</li>',
      '<p>Category : <a href="/c/press">Press Releases</a></p>',
      '<div class="u">This entry was posted in <a href="/c/x">News</a>. Bookmark the <a href="/p">permalink</a>.</div>',
      '<span>4 Min Read</span>',
      '<p>Catégorie : Politique</p>',
    ];
    const text = cleanWith(removePostMetaLines, `${lines.join('')}${STORY(3)}`);
    for (const gone of ['Gospodarka', 'Lokales', 'Press Releases', 'permalink', 'Min Read', 'Politique']) expect(text).not.toContain(gone);
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
