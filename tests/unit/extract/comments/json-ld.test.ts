import { describe, expect, test } from 'vitest';
import { detectJsonLdComments, toPlainText } from '../../../../utils/extract/comments/json-ld';
import { parsePage } from './load-fixture';

function pageWithLd(...blocks: string[]): Document {
  return parsePage(blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('') + '<p>Body.</p>');
}

describe('JSON-LD comments', () => {
  test('comment arrays on BlogPosting with nested replies, string and object authors', () => {
    const doc = pageWithLd(
      JSON.stringify({
        '@type': 'BlogPosting',
        comment: [
          { '@type': 'Comment', author: { name: 'Ann' }, dateCreated: '2020-05-01T10:00:00Z', text: 'Hi', comment: { '@type': 'Comment', author: 'Ben', text: 'Hello back' } },
          { '@type': 'Comment', author: 'Cy', datePublished: '2020-05-02T08:00:00+02:00', text: 'Later' },
        ],
      }),
    );
    const comments = detectJsonLdComments(doc);
    expect(comments.map((c) => [c.author, c.text, c.date, c.replies.map((r) => r.author)])).toEqual([
      ['Ann', 'Hi', '2020-05-01T10:00:00.000Z', ['Ben']],
      ['Cy', 'Later', '2020-05-02T06:00:00.000Z', []],
    ]);
  });

  test.each([
    ['@graph', { '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', comment: [{ '@type': 'Comment', author: 'G', text: 'In a graph' }] }] }],
    ['DiscussionForumPosting', { '@type': 'DiscussionForumPosting', comment: { '@type': 'Comment', author: 'F', text: 'Forum reply' } }],
    ['top-level array', [{ '@type': 'Article', comment: [{ '@type': 'Comment', author: 'A', text: 'In an array' }] }]],
  ])('finds comments in %s', (_label, data) => {
    expect(detectJsonLdComments(pageWithLd(JSON.stringify(data)))).toHaveLength(1);
  });

  test('ignores broken JSON, non-Comment items and empty texts', () => {
    const doc = pageWithLd('{ not json', JSON.stringify({ '@type': 'Article', comment: [{ '@type': 'Review', author: 'R', text: 'A review' }, { '@type': 'Comment', author: 'E', text: '  ' }] }));
    expect(detectJsonLdComments(doc)).toEqual([]);
  });

  test.each([
    ['Fish &amp; chips', 'Fish & chips'],
    ['one<br>two', 'one\n\ntwo'],
    ['<b>bold</b> &lt;script&gt;', 'bold <script>'],
    ['&#8220;quoted&#x201D;', '\u201Cquoted\u201D'],
  ])('toPlainText(%s)', (input, output) => {
    expect(toPlainText(input)).toBe(output);
  });
});
