import { describe, expect, it } from 'vitest';
import { isProtectedUrl } from '../../../utils/protected-url';

describe('isProtectedUrl', () => {
  it.each([
    ['chrome://settings/', true],
    ['chrome-extension://abc/popup.html', true],
    ['about:addons', true],
    ['moz-extension://1234/popup.html', true],
    ['view-source:https://news.example/a', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://chrome.google.com/webstore/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['file:///home/user/a.html', true],
    [undefined, true],
    ['not a url', true],
    ['https://news.example/2024/05/story', false],
    ['http://127.0.0.1:8080/voa-seed.html', false],
    ['https://chrome.google.com/search', false],
  ])('%s -> %s', (url, expected) => {
    expect(isProtectedUrl(url)).toBe(expected);
  });
});
