import { describe, expect, it } from 'vitest';
import { removeShareBars } from '../../../../utils/extract/declutter/remove-share-bars';
import { runStep, story } from './helpers';

const PAGE = encodeURIComponent('https://www.harbour-news.example/2024/03/ferry-returns');

describe('remove-share-bars', () => {
  it('removes share links, a bar named as one, a row of share buttons and a tool row', () => {
    const { text, removed } = runStep(removeShareBars, `<article><h1>Ferry returns</h1>
      <div class="box-z"><a href="https://www.facebook.com/sharer/sharer.php?u=${PAGE}">f</a> <a href="https://twitter.com/intent/tweet?url=${PAGE}">t</a> <a href="mailto:?subject=Ferry%20returns">@</a></div>
      ${story()}
      <div class="share-tools"><a href="/share">Share this story</a></div>
      <div><button>Share</button><button>Tweet</button><button>Email</button><button>Print</button></div>
      <p>E-mail Article | Print-Friendly | Subscribe to RSS Feed</p>
    </article>`);
    for (const gone of ['Share this story', 'Share Tweet Email Print', 'Print-Friendly', 'Subscribe to RSS Feed']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
    expect(removed.length).toBe(4);
  });

  it('keeps story text about sharing, one link to a social page in a sentence, and a pull quote', () => {
    const shared = 'Fishermen share the quay with ferry passengers again, and the harbour office posted the new timetable on its <a href="https://www.facebook.com/harbour.office.example">Facebook page</a> on Sunday.';
    const { text } = runStep(removeShareBars, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${shared}</p>
      <blockquote class="pullquote"><p>“Share the boat, share the weather: that is island life.”</p></blockquote>
      <p>Print copies of the timetable are at the quay.</p>
    </article>`);
    expect(text).toContain('Fishermen share the quay with ferry passengers again');
    expect(text).toContain('Facebook page');
    expect(text).toContain('Share the boat, share the weather');
    expect(text).toContain('Print copies of the timetable are at the quay.');
  });

  it('keeps the headline box that holds the share row, and takes only the row', () => {
    const standfirst = 'The first crossing since the November storm carried forty passengers, but the council still has to decide how to pay for the new landing stage';
    const { text, removed } = runStep(removeShareBars, `<div id="story-top"><h1>Ferry returns to the outer islands</h1>
      <p>${standfirst}</p>
      <ul><li><a href="https://www.facebook.com/dialog/feed?link=${PAGE}">Share</a></li><li><a href="https://twitter.com/share?url=${PAGE}">Tweet this</a></li><li><a href="mailto:?subject=Ferry%20returns">Email</a></li></ul></div>
      <article>${story()}</article>
      <div class="box-z">Share this story: <a href="https://www.facebook.com/sharer/sharer.php?u=${PAGE}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${PAGE}">X</a></div>`);
    expect(text).toContain(standfirst);
    expect(text).toContain('Ferry returns to the outer islands');
    for (const gone of ['Tweet this', 'Share this story']) expect(text).not.toContain(gone);
    expect(removed.length).toBe(2);
  });
});
