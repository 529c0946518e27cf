// Each detector on the fixture that motivated it, and on the pages where it must stay silent.
import { describe, expect, test } from 'vitest';
import { detectFlatComments } from '../../../../utils/extract/comments/flat';
import { detectDefinitionListComments, detectForumComments } from '../../../../utils/extract/comments/forum';
import { detectGenericComments } from '../../../../utils/extract/comments/generic';
import { detectMicrodataComments } from '../../../../utils/extract/comments/microdata';
import { detectPlatformComments } from '../../../../utils/extract/comments/platforms';
import { scanPage } from '../../../../utils/extract/comments/scan';
import { countComments } from '../../../../utils/extract/comment-count';
import type { Comment } from '../../../../utils/extract/types';
import { loadFixture, parsePage } from './load-fixture';

function shape(comments: Comment[]): unknown[] {
  return comments.map((c) => ({ author: c.author, replies: shape(c.replies) }));
}

describe('platform markup', () => {
  test('WordPress: three levels of replies, permalinks, no Reply/says chrome', () => {
    const { doc, url } = loadFixture('comments-wordpress-threaded');
    const found = detectPlatformComments(doc, url);
    expect(found?.source).toBe('wordpress');
    expect(shape(found!.comments)).toEqual([
      { author: 'Jonas Pellworth', replies: [{ author: 'Mara Lindholm', replies: [{ author: 'Jonas Pellworth', replies: [] }] }] },
      { author: 'Ruth Okafor', replies: [] },
      { author: 'Tomasz Wierzba', replies: [] },
    ]);
    const first = found!.comments[0];
    expect(first.permalink).toBe('https://lakeside-notes.example/2012/07/card-catalogue/#comment-1041');
    expect(first.text).toBe("My grandmother's handwriting is on some of those cards. She volunteered there in the sixties.\n\nGlad they stay.");
    expect(JSON.stringify(found!.comments)).not.toMatch(/says:|"Reply"/);
    // The region covers the heading and the reply form as well as the list.
    const region = found!.regions[0];
    expect(region.querySelector('.comments-title')).not.toBeNull();
    expect(region.querySelector('#commentform')).not.toBeNull();
  });

  test('Drupal: the reply in the following div.indented nests under its parent', () => {
    const { doc, url } = loadFixture('comments-drupal');
    const found = detectPlatformComments(doc, url);
    expect(shape(found!.comments)).toEqual([
      { author: 'kwheeler', replies: [{ author: 'Mill St Bakery', replies: [] }] },
      { author: 'Ernesto Salas', replies: [] },
    ]);
    expect(found!.comments[0].date).toBe('2013-03-06T19:02:00.000Z');
  });

  test('Disqus rendered inline', () => {
    const doc = parsePage(`<article><h1>Story</h1><p>${'Body text. '.repeat(40)}</p></article>
      <div id="disqus_thread"><ul id="dsq-comments">
        <li class="dsq-comment"><div class="dsq-comment-header"><cite class="dsq-commenter-name">Lee</cite> <span class="dsq-comment-header-time">March 3, 2012 at 9:15 am</span></div>
          <div class="dsq-comment-message"><p>Inline Disqus still happens.</p></div></li></ul></div>`);
    const found = detectPlatformComments(doc, doc.URL);
    expect(found?.comments.map((c) => [c.author, c.text, c.dateText])).toEqual([['Lee', 'Inline Disqus still happens.', 'March 3, 2012 at 9:15 am']]);
  });

  test('Discourse topic: posts with .cooked bodies', () => {
    const doc = parsePage(`<div class="post-stream">
      <article class="topic-post"><span class="username">mod_anna</span><span class="post-date">Jan 3, 2021 10:00 am</span><div class="cooked"><p>Welcome to the thread.</p></div></article>
      <article class="topic-post"><span class="username">ravi</span><span class="post-date">Jan 3, 2021 11:30 am</span><div class="cooked"><p>Thanks, glad to be here.</p></div></article></div>`);
    const found = detectPlatformComments(doc, doc.URL);
    expect(found?.comments.map((c) => [c.author, c.text])).toEqual([
      ['mod_anna', 'Welcome to the thread.'],
      ['ravi', 'Thanks, glad to be here.'],
    ]);
  });
});

describe('schema.org microdata', () => {
  test('author, dateCreated, text and a nested reply, without the vote counts', () => {
    const { doc, url } = loadFixture('comments-microdata');
    const found = detectMicrodataComments(doc, url);
    expect(shape(found!.comments)).toEqual([
      { author: 'harbourwatcher', replies: [{ author: 'Dora M.', replies: [] }] },
      { author: 'Pete Annand', replies: [] },
    ]);
    expect(found!.comments[0].text).toBe('Twenty minutes is fine if the boats actually leave on time. They rarely do.');
    expect(found!.comments[0].date).toBe('2013-08-20T08:14:00.000Z');
  });

  test('is silent on a page without Comment items', () => {
    const { doc, url } = loadFixture('comments-wordpress-threaded');
    expect(detectMicrodataComments(doc, url)).toBeNull();
  });
});

describe('forum-style "by: NAME from: PLACE" (the seed page)', () => {
  test('four comments with author, place and date', () => {
    const { doc, url } = loadFixture('voa-seed');
    const found = detectForumComments(doc, url);
    expect(found!.comments.map((c) => [c.author, c.location, c.date])).toEqual([
      ['Stefan Lindqvist', undefined, '2013-09-13T09:20:00.000Z'],
      ['Delroy Baptiste', 'Jersey City, NJ', '2013-09-13T04:27:00.000Z'],
      ['Joe Marlowe', undefined, '2013-09-12T23:12:00.000Z'],
      ['Vadim Orlov', 'Russia, Volga Region', '2013-09-12T20:41:00.000Z'],
    ]);
    // The whole forum box goes: "This forum has been closed.", "Comment Sorting", the list.
    const text = found!.regions.map((r) => r.textContent).join(' ');
    expect(text).toContain('This forum has been closed.');
    expect(text).toContain('Comment Sorting');
  });

  test('an article byline "by: NAME" outside a comment section is not a comment', () => {
    const doc = parsePage(`<article><h1>Story</h1><p class="byline">by: Scott Stearns</p><p>September 13, 2013 12:54 AM</p><p>${'Body text. '.repeat(40)}</p></article>`);
    expect(detectForumComments(doc, doc.URL)).toBeNull();
  });
});

describe('definition lists (Blogger, Movable Type)', () => {
  test('dt author + dd body + dated dd footer', () => {
    const doc = parsePage(`<div id="comments"><h4>2 comments:</h4><dl id="comments-block">
      <dt class="comment-author"><a href="/profile/1">Nadia</a> said...</dt><dd class="comment-body"><p>Lovely photos.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c1">October 19, 2012 at 4:05 PM</a></span></dd>
      <dt class="comment-author">Anonymous said...</dt><dd class="comment-body"><p>Where was the second one taken?</p></dd><dd class="comment-footer"><a href="#c2">October 20, 2012 at 8:00 AM</a></dd></dl></div>`);
    const found = detectDefinitionListComments(doc, doc.URL);
    expect(found!.comments.map((c) => [c.author, c.text, c.date])).toEqual([
      ['Nadia', 'Lovely photos.', '2012-10-19T16:05:00.000Z'],
      ['Anonymous', 'Where was the second one taken?', '2012-10-20T08:00:00.000Z'],
    ]);
  });
});

describe('generic detector', () => {
  test('a <ul class="items"> list with no "comment" class anywhere, reply nested', () => {
    const { doc, url } = loadFixture('comments-generic-items');
    expect(doc.querySelector('[class*="comment"], [id*="comment"]')).toBeNull();
    const found = detectGenericComments(doc, url);
    expect(shape(found!.comments)).toEqual([
      { author: 'Hollis Brandt', replies: [{ author: 'Valley Utility', replies: [] }] },
      { author: 'R. Kowalczyk', replies: [] },
    ]);
    expect(found!.comments[1].text).toBe('Three increases in three years and the leaks are still there.\n\nShow us the list before raising the rates again.');
    // Sort bar and "closed" notice are part of the removed region.
    expect(found!.regions[0].textContent).toContain('Sort by');
    expect(found!.regions[0].textContent).toContain('Reactions are closed');
  });

  test('undated "NAME said," units inside a container named comment', () => {
    const { doc, url } = loadFixture('comments-undated');
    expect(detectGenericComments(doc, url)!.comments.map((c) => c.author)).toEqual(['Thrift Notes', 'Jacob', 'Ilse V.']);
  });

  test.each(['comments-reviews-not-comments', 'comments-disqus-placeholder'])('finds nothing on %s', (name) => {
    const { doc, url } = loadFixture(name);
    expect(detectGenericComments(doc, url)).toBeNull();
  });

  test('repeated author/date teasers outside a comment region are not comments', () => {
    const doc = parsePage(`<div class="river">${[1, 2, 3]
      .map((i) => `<div class="teaser"><a class="author" href="/a/${i}">Reporter ${i}</a> <span class="date">May ${i}, 2014</span><p>Teaser text of story ${i} that goes on for a while.</p></div>`)
      .join('')}</div>`);
    expect(detectGenericComments(doc, doc.URL)).toBeNull();
  });
});

describe('flat comment runs', () => {
  test('splits a run of paragraphs at "Posted By: NAME | DATE" credit lines', () => {
    const { doc, url } = loadFixture('comments-flat-credits');
    const found = detectFlatComments(doc, url, scanPage(doc, url));
    expect(found!.comments.map((c) => [c.author, c.text])).toEqual([
      ['eastsider', 'Our street has not seen a plough since Sunday. Anyone else on the east side?'],
      ['Carla D.', 'Same here on Birch Lane. The kids are thrilled, the parents less so.\n\nAt least the buses are running on the main road.'],
      ['grateful_commuter', 'Thank you to the road crews who were out all night. Hard, cold work.'],
    ]);
    expect(countComments(found!.comments)).toBe(3);
  });
});
