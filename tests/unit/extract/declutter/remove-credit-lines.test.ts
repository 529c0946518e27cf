/** remove-credit-lines: Picture credit lines: a label and a few names, in several languages, never a caption that describes. Each rule on a page that shows it, and on what it must leave alone. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../utils/extract';
import { removeCreditLines } from '../../../../utils/extract/declutter/remove-credit-lines';
import { cleanWith, STORY, NEWS_URL as URL } from './news-lines';

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
