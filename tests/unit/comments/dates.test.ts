import { describe, expect, test } from 'vitest';
import { findDate, parseMachineDate } from '../../../utils/extract/comments/dates';

describe('findDate', () => {
  test.each([
    // [shown text, matched text, ISO]
    ['September 13, 2013 9:20 AM', 'September 13, 2013 9:20 AM', '2013-09-13T09:20:00.000Z'],
    ['by james on January 31, 2011 at 9:59 am.', 'January 31, 2011 at 9:59 am.', '2011-01-31T09:59:00.000Z'],
    ['July 7, 2012 at 12:27 am', 'July 7, 2012 at 12:27 am', '2012-07-07T00:27:00.000Z'],
    ['20 August 2013, 08:14', '20 August 2013, 08:14', '2013-08-20T08:14:00.000Z'],
    ['09. Jul, 2012 /', '09. Jul, 2012', '2012-07-09T00:00:00.000Z'],
    ['Posted By: hawaiian | January 16 2008 at 03:16 PM', 'January 16 2008 at 03:16 PM', '2008-01-16T15:16:00.000Z'],
    ['26/07/2012 10:11', '26/07/2012 10:11', '2012-07-26T10:11:00.000Z'],
    // Drupal's month-first default: the weekday decides between 3 June and 6 March.
    ['Wed, 03/06/2013 - 19:02', 'Wed, 03/06/2013 - 19:02', '2013-03-06T19:02:00.000Z'],
    ['2013-09-13 09:20', '2013-09-13 09:20', '2013-09-13T09:20:00.000Z'],
  ])('%s', (text, shown, iso) => {
    expect(findDate(text)).toEqual({ text: shown, iso });
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

describe('parseMachineDate', () => {
  test.each([
    ['2012-07-09T10:02:00+00:00', '2012-07-09T10:02:00.000Z'],
    ['2021-03-02T12:40:00+01:00', '2021-03-02T11:40:00.000Z'],
    ['2013-08-20T08:14', '2013-08-20T08:14:00.000Z'],
    ['yesterday', undefined],
    [null, undefined],
  ])('%s', (value, iso) => {
    expect(parseMachineDate(value)).toBe(iso);
  });
});
