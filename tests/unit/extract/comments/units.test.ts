import { describe, expect, test } from 'vitest';
import { buildThread } from '../../../../utils/extract/comments/thread';
import { cleanAuthor, isChromeLine } from '../../../../utils/extract/comments/units';
import { parsePage } from './load-fixture';

describe('cleanAuthor', () => {
  test.each([
    ['by: Stefan Lindqvist', 'Stefan Lindqvist'],
    ['Jonas Pellworth says:', 'Jonas Pellworth'],
    ['Examiner Reader said...', 'Examiner Reader'],
    ['Posted by Anna K. on July 2, 2012 at 4:48 pm', 'Anna K.'],
    ['Darkness404 (1287218)', 'Darkness404'],
    ['Delroy Baptiste from: Jersey City, NJ', 'Delroy Baptiste'],
    ['http://twitter.com/mkr Mira Robinson', 'Mira Robinson'],
    ['Maïté R. dit :', 'Maïté R.'],
    ['Jonas Albrecht sagt:', 'Jonas Albrecht'],
    ['Lucía escribió:', 'Lucía'],
    ['Benoît Dit', 'Benoît Dit'],
  ])('%s -> %s', (raw, name) => {
    expect(cleanAuthor(raw)).toBe(name);
  });
});

describe('isChromeLine', () => {
  test.each(['Reply', 'Report abuse', '12', '+3', '4 likes', 'Reply · Report abuse · 9 likes', '[Reply]', 'Permalink', 'Parent'])(
    '%s is chrome',
    (line) => expect(isChromeLine(line)).toBe(true),
  );
  test.each(['Reply to the council: no.', 'I like this idea a lot', 'Report the leak to the utility'])('%s is text', (line) =>
    expect(isChromeLine(line)).toBe(false),
  );
});

describe('buildThread', () => {
  test('nests replies as the markup nests them and keeps paragraphs apart', () => {
    const doc = parsePage(`<ol>
      <li class="c"><b class="author">Ann</b> <time datetime="2020-01-01T10:00:00Z">January 1, 2020 10:00</time><p>First paragraph.</p><p>Second paragraph.</p><a href="#">Reply</a>
        <ul><li class="c"><b class="author">Ben</b> <time>January 1, 2020 11:00</time><p>A reply.</p></li></ul></li>
      <li class="c"><b class="author">Cy</b> <time>January 2, 2020 09:00</time><p>Later.</p></li></ol>`);
    const thread = buildThread([...doc.querySelectorAll('li.c')], doc.URL, {}, 'month-first');
    expect(thread.map((c) => c.author)).toEqual(['Ann', 'Cy']);
    expect(thread[0].text).toBe('First paragraph.\n\nSecond paragraph.');
    expect(thread[0].date).toBe('2020-01-01T10:00:00.000Z');
    expect(thread[0].replies.map((c) => [c.author, c.text])).toEqual([['Ben', 'A reply.']]);
  });
});
