import { describe, expect, test } from 'vitest';
import { findComments } from '../../../../utils/extract/comments/index';
import { loadFixture, parsePage } from './load-fixture';

const ARTICLE = `<article><h1>Story</h1><p>${'Body text of the story. '.repeat(30)}</p></article>`;
const URL = 'https://news.example/story';

describe('comments elsewhere (third-party frames)', () => {
  test.each([
    ['disqus', '<div id="disqus_thread"></div><script>var disqus_shortname = "x";</script>', 'https://news.example/story#disqus_thread'],
    ['facebook', '<div class="fb-comments" data-href="https://news.example/story?fb=1" data-numposts="5"></div>', 'https://news.example/story?fb=1'],
    ['giscus', '<div class="giscus"></div><script src="https://giscus.app/client.js" async></script>', URL],
    ['utterances', '<div class="utterances"><iframe class="utterances-frame" src="https://utteranc.es/x"></iframe></div>', URL],
    ['commento', '<div id="commento"></div><script src="https://cdn.commento.io/js/commento.js"></script>', 'https://news.example/story#commento'],
    ['hyvor', '<hyvor-talk-comments website-id="1"></hyvor-talk-comments>', URL],
  ])('%s', (provider, markup, url) => {
    const found = findComments(parsePage(ARTICLE + markup, URL), URL);
    expect(found.comments).toEqual([]);
    expect(found.elsewhere).toEqual({ provider, url });
    expect(found.regions.length).toBeGreaterThan(0);
  });

  test('a comment-count script alone (no placeholder) reports nothing', () => {
    const found = findComments(parsePage(ARTICLE + '<script src="https://x.disqus.com/count.js"></script>', URL), URL);
    expect(found.elsewhere).toBeUndefined();
  });

  test('the Disqus fixture: placeholder and its noscript notice are removed', () => {
    const { doc, url } = loadFixture('comments-disqus-placeholder');
    const found = findComments(doc, url);
    expect(found.elsewhere?.provider).toBe('disqus');
    expect(found.regions.map((r) => r.textContent).join(' ')).toContain('Please enable JavaScript');
  });
});
