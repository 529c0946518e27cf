import { describe, expect, it } from 'vitest';
import { removeFeaturedVideoLists } from '../../../../utils/extract/declutter/remove-featured-video-lists';
import { runStep, story } from './helpers';

describe('remove-featured-video-lists', () => {
  it('removes a "Featured Videos" list and a player box that only says it cannot play', () => {
    const { text, removed } = runStep(removeFeaturedVideoLists, `<article><h1>Ferry returns</h1>${story()}
      <div class="box-y"><h3>Featured Videos</h3><ul>
        <li><a href="/video/2024/03/lifeboat-launch">Watch: the lifeboat launch at dawn</a></li>
        <li><a href="/video/2024/03/storm-waves">Storm waves over the sea wall</a></li>
        <li><a href="/video/2024/02/school-boat">The school boat in winter</a></li>
      </ul></div>
      <div class="video-player"><p>Your JavaScript is turned off or you have an old version of Adobe's Flash Player.</p><p>Related video: <a href="/video/2024/01/pier">The pier at night</a></p></div>
    </article>`);
    for (const gone of ['Featured Videos', 'lifeboat launch', 'Storm waves over the sea wall', 'The school boat in winter', 'Flash Player', 'The pier at night']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
    expect(removed.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the article's own video with its caption, a media box holding a figure, and story text about videos", () => {
    const said = 'A video filmed by a passenger shows the ferry nosing into the new landing stage while children wave from the harbour wall.';
    const { text, doc } = runStep(removeFeaturedVideoLists, `<article><h1>Ferry returns</h1>${story(3)}
      <div class="video-embed"><video src="/media/first-crossing.mp4" controls>Your browser does not support the video tag.</video><p>The first crossing, filmed from the bow.</p></div>
      <div class="media-box"><figure><img src="/img/stage.jpg" alt="Stage"><figcaption>Related video stills from the council archive.</figcaption></figure></div>
      <p>${said}</p>
    </article>`);
    expect(doc.querySelector('video')).not.toBeNull();
    expect(text).toContain('The first crossing, filmed from the bow.');
    expect(text).toContain('Related video stills from the council archive.');
    expect(text).toContain(said);
  });
});
