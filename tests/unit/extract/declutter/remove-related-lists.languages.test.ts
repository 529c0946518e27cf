/** remove-related-lists: Related-list headings and inline teaser labels in other languages than English. Each rule on a page that shows it, and on what it must leave alone. */
import { describe, expect, it } from 'vitest';
import { removeRelatedLists } from '../../../../utils/extract/declutter/remove-related-lists';
import { cleanWith, STORY } from './news-lines';

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
