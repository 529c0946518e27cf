/**
 * The one date reader (utils/extract/dates.ts), for the article and for its comments: the shapes
 * pages print, and the single rule that decides which number of "03/06/2013" is the day — pinned
 * here on its own and, through extract(), on both sides of the same page.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it, test } from 'vitest';
import { extract } from '../../../utils/extract';
import { findDate, getDayMonthOrder, parseDate, parseIsoDate } from '../../../utils/extract/dates';

describe('parseDate', () => {
  it.each([
    ['2013-09-13T00:54:00Z', '2013-09-13T00:54:00.000Z'],
    ['2024-03-07T08:15:00+00:00', '2024-03-07T08:15:00.000Z'],
    ['2023-04-18T16:40:00-04:00', '2023-04-18T20:40:00.000Z'],
    ['2024-02-15T14:05:00+0100', '2024-02-15T13:05:00.000Z'],
    ['2022-11-02', '2022-11-02T00:00:00.000Z'],
    ['September 13, 2013 12:54 AM', '2013-09-13T00:54:00.000Z'],
    ['September 13, 2013 9:20 PM', '2013-09-13T21:20:00.000Z'],
    ['Sept. 13, 2013', '2013-09-13T00:00:00.000Z'],
    ['Posted on March 7th, 2024 at 8:15 am', '2024-03-07T08:15:00.000Z'],
    ['7 March 2024', '2024-03-07T00:00:00.000Z'],
    ['22 January 2023, 06:00', '2023-01-22T06:00:00.000Z'],
    ['2013/09/13 09:20', '2013-09-13T09:20:00.000Z'],
    ['09/13/2013', '2013-09-13T00:00:00.000Z'],
    ['13/09/2013', '2013-09-13T00:00:00.000Z'],
    ['15.02.2024', '2024-02-15T00:00:00.000Z'],
  ])('%s -> %s', (input, iso) => {
    expect(parseDate(input)).toBe(iso);
  });

  it.each(['', 'yesterday', 'Comments (3)', '2013-13-45', 'February 30, 2023', null, undefined])('rejects %s', (input) => {
    expect(parseDate(input as string | null | undefined)).toBeUndefined();
  });
});

describe('findDate: dates as comment sections show them', () => {
  test.each([
    // [shown text, matched text, ISO]
    ['September 13, 2013 9:20 AM', 'September 13, 2013 9:20 AM', '2013-09-13T09:20:00.000Z'],
    ['by james on January 31, 2011 at 9:59 am.', 'January 31, 2011 at 9:59 am.', '2011-01-31T09:59:00.000Z'],
    ['July 7, 2012 at 12:27 am', 'July 7, 2012 at 12:27 am', '2012-07-07T00:27:00.000Z'],
    ['20 August 2013, 08:14', '20 August 2013, 08:14', '2013-08-20T08:14:00.000Z'],
    ['09. Jul, 2012 /', '09. Jul, 2012', '2012-07-09T00:00:00.000Z'],
    ['Posted By: hawaiian | January 16 2008 at 03:16 PM', 'January 16 2008 at 03:16 PM', '2008-01-16T15:16:00.000Z'],
    ['26/07/2012 10:11', '26/07/2012 10:11', '2012-07-26T10:11:00.000Z'],
    // Drupal's month-first default: the weekday decides between 3 June and 6 March, whatever the page's language.
    ['Wed, 03/06/2013 - 19:02', 'Wed, 03/06/2013 - 19:02', '2013-03-06T19:02:00.000Z'],
    ['2013-09-13 09:20', '2013-09-13 09:20', '2013-09-13T09:20:00.000Z'],
  ])('%s', (text, shown, iso) => {
    expect(findDate(text)).toEqual({ text: shown, iso });
    expect(findDate(text, 'day-first')).toEqual({ text: shown, iso });
  });

  test.each([
    ['on Monday July 23, @08:25PM (#40743959)', 'Monday July 23, @08:25PM'],
    ['3 days ago', '3 days ago'],
    ['posted yesterday', 'yesterday'],
  ])('%s is a date without an absolute time', (text, shown) => {
    expect(findDate(text)).toEqual({ text: shown, iso: undefined });
  });

  test.each(['I went there in May 5 times', 'Score: 5, Insightful', 'Reply', 'Call 555-1234'])('%s is not a date', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('parseIsoDate: what markup states', () => {
  test.each([
    ['2012-07-09T10:02:00+00:00', '2012-07-09T10:02:00.000Z'],
    ['2021-03-02T12:40:00+01:00', '2021-03-02T11:40:00.000Z'],
    ['2013-08-20T08:14', '2013-08-20T08:14:00.000Z'],
    ['yesterday', undefined],
    [null, undefined],
  ])('%s', (value, iso) => {
    expect(parseIsoDate(value)).toBe(iso);
  });
});

describe('the day/month rule', () => {
  test.each([
    ['en', 'month-first'],
    ['en-US', 'month-first'],
    ['en_PH', 'month-first'],
    [undefined, 'month-first'],
    ['en-GB', 'day-first'],
    ['en-IN', 'day-first'],
    ['de', 'day-first'],
    ['fr-CA', 'day-first'],
    ['ja', 'day-first'],
  ] as const)('a page in %s writes numeric dates %s', (lang, order) => {
    expect(getDayMonthOrder(lang)).toBe(order);
  });

  test.each([
    // [shown, month-first reading, day-first reading]
    ['03/06/2013', '2013-03-06T00:00:00.000Z', '2013-06-03T00:00:00.000Z'],
    ['13/06/2013', '2013-06-13T00:00:00.000Z', '2013-06-13T00:00:00.000Z'], // 13 can only be the day
    ['06/13/2013', '2013-06-13T00:00:00.000Z', '2013-06-13T00:00:00.000Z'],
    ['03.06.2013', '2013-06-03T00:00:00.000Z', '2013-06-03T00:00:00.000Z'], // dots: day first
  ])('%s', (shown, monthFirst, dayFirst) => {
    expect(parseDate(shown, 'month-first')).toBe(monthFirst);
    expect(parseDate(shown, 'day-first')).toBe(dayFirst);
  });

  // One page, one calendar: the article's date and a comment's date written the same way are the
  // same day, in a British page and in an American one.
  test.each([
    ['en-GB', '2013-06-03'],
    ['en-US', '2013-03-06'],
  ])('<html lang="%s">: article and comment agree on 03/06/2013 as %s', (lang, day) => {
    const html = `<!doctype html><html lang="${lang}"><head><title>Harbour wall repaired</title></head><body>
      <article><h1>Harbour wall repaired</h1><p class="entry-date">03/06/2013</p>
      ${'<p>The council finished repairs to the old harbour wall this week, three months after the winter storms opened a gap near the fish market and closed the footpath along the quay for walkers and anglers alike.</p>'.repeat(4)}
      </article>
      <section id="comments"><h2>Comments</h2><ol class="comment-list">
        <li class="comment"><span class="comment-author">Ann Fisher</span> <span class="comment-date">03/06/2013</span><p>Good to see the footpath open again before the summer.</p></li>
        <li class="comment"><span class="comment-author">Tom Reed</span> <span class="comment-date">04/06/2013</span><p>It took long enough, but the new railings look solid.</p></li>
      </ol></section></body></html>`;
    const url = 'https://harbour-news.example/2013/wall';
    const result = extract(new JSDOM(html, { url }).window.document, { url });
    if (!result.ok) throw new Error(`no article: ${result.reason}`);
    expect(result.article.publishedTime?.slice(0, 10)).toBe(day);
    expect(result.article.comments[0]?.date?.slice(0, 10)).toBe(day);
  });
});
