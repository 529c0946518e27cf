import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../../../utils/settings';

describe('normalizeSettings: stored data may be old or garbage', () => {
  it.each<[string, unknown, Settings]>([
    ['undefined', undefined, { ...DEFAULT_SETTINGS }],
    ['null', null, { ...DEFAULT_SETTINGS }],
    ['a string', 'dark', { ...DEFAULT_SETTINGS }],
    ['a number', 42, { ...DEFAULT_SETTINGS }],
    ['an array', ['dark'], { ...DEFAULT_SETTINGS }],
    ['an empty object', {}, { ...DEFAULT_SETTINGS }],
    ['a valid object', { theme: 'sepia', font: 'sans', textSize: 5, lineWidth: 'narrow', comments: 'hidden' },
      { theme: 'sepia', font: 'sans', textSize: 5, lineWidth: 'narrow', comments: 'hidden' }],
    ['a partial object from an older version', { theme: 'dark' }, { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['unknown enum values', { theme: 'neon', font: 'comic', lineWidth: 'huge', comments: 'open' }, { ...DEFAULT_SETTINGS }],
    ['wrong case', { theme: 'DARK' }, { ...DEFAULT_SETTINGS }],
    ['text size too large', { textSize: 99 }, { ...DEFAULT_SETTINGS, textSize: 7 }],
    ['text size too small', { textSize: -3 }, { ...DEFAULT_SETTINGS, textSize: 1 }],
    ['fractional text size', { textSize: 4.4 }, { ...DEFAULT_SETTINGS, textSize: 4 }],
    ['text size as a string', { textSize: '5' }, { ...DEFAULT_SETTINGS }],
    ['text size NaN', { textSize: Number.NaN }, { ...DEFAULT_SETTINGS }],
    ['text size Infinity', { textSize: Number.POSITIVE_INFINITY }, { ...DEFAULT_SETTINGS }],
    ['extra keys and prototype tricks', JSON.parse('{"__proto__": {"theme": "dark"}, "evil": 1, "font": "sans"}'), { ...DEFAULT_SETTINGS, font: 'sans' }],
  ])('%s', (_name, input, expected) => {
    expect(normalizeSettings(input)).toEqual(expected);
  });

  it('has a default text size in the middle of at least five steps', () => {
    expect([3, 4]).toContain(DEFAULT_SETTINGS.textSize);
  });
});
