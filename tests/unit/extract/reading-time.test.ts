import { describe, expect, it } from 'vitest';
import { estimateReadingTime, getReadingSpeed } from '../../../utils/extract/reading-time';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

describe('estimateReadingTime', () => {
  it.each([
    // text, lang, minutes: a reader sees "N min read"
    [words(228), 'en', 1],
    [words(2280), 'en', 10],
    [words(2280), 'en-GB', 10],
    [words(1790), 'de', 10],
    [words(1810, 'كلمة'), 'ar', 10],
    [words(2000), undefined, 10],
    [words(2000), 'xx', 10],
    ['', 'en', 1],
    ['short', 'en', 1],
    // Chinese and Japanese count characters, not space-separated words.
    ['中'.repeat(2550), 'zh', 10],
    ['中'.repeat(2550), 'zh-Hans-CN', 10],
    ['あ'.repeat(4000), 'ja', 10],
    // Untagged Chinese is still read at the character speed.
    ['中'.repeat(2550), undefined, 10],
    // Korean is written with spaces: words.
    [words(2000, '한국어'), 'ko', 10],
  ])('%#: %s chars in %s -> %i min', (text, lang, minutes) => {
    expect(estimateReadingTime(text as string, lang as string | undefined).minutes).toBe(minutes);
  });

  it('counts CJK characters one unit each, words around them as words', () => {
    expect(estimateReadingTime('東京 Tokyo 2024', 'ja').units).toBe(4);
  });

  it('reads slower languages slower than English', () => {
    expect(getReadingSpeed('de')).toBeLessThan(getReadingSpeed('en'));
    expect(getReadingSpeed('EN-us')).toBe(getReadingSpeed('en'));
  });
});
