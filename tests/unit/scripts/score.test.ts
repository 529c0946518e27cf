import { describe, expect, test } from 'vitest';
import { aggregateScores, aggregateSegments, measureLeakage, scorePage, scoreSegments, shingle, tokenize } from '../../../scripts/score';

describe('tokenize', () => {
  test.each([
    ['Hello, world!', ['Hello', 'world']],
    ["Kerry's talks: 1,400 people", ['Kerry', 's', 'talks', '1', '400', 'people']],
    ['snake_case stays one', ['snake_case', 'stays', 'one']],
    ['Привет мир · 東京 2013', ['Привет', 'мир', '東京', '2013']],
    ['  ... --- ', []],
  ])('%s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('shingle', () => {
  test('4-token windows, counted as a multiset, case kept', () => {
    const s = shingle('a b c d a b c d');
    expect(s.get('a b c d')).toBe(2);
    expect(s.get('b c d a')).toBe(1);
    expect(s.size).toBe(4);
    expect(shingle('A b c d').has('a b c d')).toBe(false);
  });
  test('fewer than 4 tokens give one shorter shingle; none give none', () => {
    expect([...shingle('just two')]).toEqual([['just two', 1]]);
    expect(shingle('').size).toBe(0);
  });
});

describe('scorePage', () => {
  test('identical texts: P = R = 1', () => {
    expect(scorePage('one two three four five', 'one two three four five')).toMatchObject({ precision: 1, recall: 1, tp: 1, fp: 0, fn: 0 });
  });
  test('both empty: fp and fn are zero, so P = R = 1', () => {
    expect(scorePage('', '')).toMatchObject({ precision: 1, recall: 1, tp: 0, fp: 0, fn: 0 });
  });
  test('nothing predicted for a non-empty truth: P = 0 (tp and fp zero), R = 0', () => {
    expect(scorePage('one two three four', '')).toMatchObject({ precision: 0, recall: 0, fn: 1 });
  });
  test('something predicted for an empty truth: P = 0, R = 0 (tp and fn zero)', () => {
    expect(scorePage('', 'one two three four')).toMatchObject({ precision: 0, recall: 0, fp: 1 });
  });
  test('partial overlap, normalised counts', () => {
    // truth shingles: [a b c d], [b c d e]; predicted: [a b c d], [b c d x]
    const s = scorePage('a b c d e', 'a b c d x');
    expect(s.tp).toBeCloseTo(1 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.fn).toBeCloseTo(1 / 3);
    expect(s.precision).toBeCloseTo(0.5);
    expect(s.recall).toBeCloseTo(0.5);
  });
  test('multiset: a repeated paragraph predicted once recalls one shingle of five', () => {
    const s = scorePage('a b c d a b c d', 'a b c d');
    expect(s.precision).toBe(1);
    // truth: [a b c d] x2, [b c d a], [c d a b], [d a b c]; predicted: [a b c d] once.
    expect(s.recall).toBeCloseTo(1 / 5);
  });
  test('punctuation and line breaks do not matter, token order does', () => {
    expect(scorePage('One two. Three four!', 'one\ntwo three four').precision).toBe(0);
    expect(scorePage('One two. Three four!', 'One\ntwo — Three, four').precision).toBe(1);
  });
});

describe('aggregateScores', () => {
  test('P and R are means over pages; F1 is the harmonic mean of the means', () => {
    const agg = aggregateScores([
      { precision: 1, recall: 0 },
      { precision: 0.5, recall: 1 },
    ]);
    expect(agg.precision).toBeCloseTo(0.75);
    expect(agg.recall).toBeCloseTo(0.5);
    expect(agg.f1).toBeCloseTo((2 * 0.75 * 0.5) / 1.25);
    // Not the mean of per-page F1 (which would be (0 + 0.667) / 2).
    expect(agg.f1).not.toBeCloseTo(1 / 3);
  });
  test('no pages: zeros', () => {
    expect(aggregateScores([])).toEqual({ precision: 0, recall: 0, f1: 0, pages: 0 });
  });
});

describe('measureLeakage', () => {
  const article = 'The council voted seven to two on Tuesday night';
  const comments = 'About time I have been cycling this street for years';
  test('share of comment-only shingles found in the extracted article', () => {
    expect(measureLeakage(article, comments, article)).toEqual({ leaked: 0, total: 7 });
    expect(measureLeakage(article, comments, `${article}\n${comments}`)).toEqual({ leaked: 7, total: 7 });
    expect(measureLeakage(article, comments, `${article} About time I have been`)).toEqual({ leaked: 2, total: 7 });
  });
  test('shingles shared by article and comments (a quoted sentence) are not comment-only', () => {
    expect(measureLeakage('a b c d e', 'a b c d', 'a b c d')).toBeNull();
  });
});

describe('segment metric', () => {
  test('a passage counts when found whitespace-normalised; boilerplate found is a false positive', () => {
    const text = 'Title line\nThe council voted\n  on Tuesday to close the bridge.\nShare this story';
    const s = scoreSegments(['The council voted on Tuesday', 'a passage the output lost'], ['Share this story', 'Newsletter'], text);
    expect(s).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    // Empty output (a refused page): every passage missed, every boilerplate passage avoided.
    expect(scoreSegments(['a', 'b'], ['c'], '')).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });
  test('micro average: counts summed over pages before the ratios', () => {
    const all = aggregateSegments([
      { tp: 3, fp: 1, fn: 0, tn: 2 },
      { tp: 0, fp: 0, fn: 3, tn: 3 },
    ]);
    expect(all.precision).toBeCloseTo(3 / 4);
    expect(all.recall).toBeCloseTo(3 / 6);
    expect(all.f).toBeCloseTo(6 / 10);
    expect(all.accuracy).toBeCloseTo(8 / 12);
  });
});
