import { describe, expect, it } from 'vitest';
import { removeRelatedLists } from '../../../../utils/extract/declutter/remove-related-lists';
import { runStep, story } from './helpers';

const teasers = (prefix: string, titles: string[]) =>
  `<ul>${titles.map((t, i) => `<li><a href="/2024/03/${prefix}-${i}">${t}</a></li>`).join('')}</ul>`;

describe('remove-related-lists', () => {
  it('removes a "You May Like" box, a list named as related, a bare list of site teasers and a "Read more:" line', () => {
    const { text } = runStep(removeRelatedLists, `<article><h1>Ferry returns</h1>${story(3)}
      <p>Read more: <a href="/2024/02/storm-damage">How the storm broke the landing stage</a></p>
      ${story(5).split('\n').slice(3).join('\n')}
      <div class="box-y"><h2>You May Like</h2>${teasers('like', ['Lifeboat crew honoured for winter rescues', 'Beach huts go up for auction', 'New bus route to the lighthouse'])}</div>
      <div class="related-stories">${teasers('rel', ['Island school reopens its doors', 'Fishing quotas cut again this year', 'Harbour fees to rise in April'])}</div>
      ${teasers('more', ['Tide tables for the spring', 'Council elects a new mayor', 'Sea wall repairs to start in May'])}
    </article>`);
    for (const gone of ['How the storm broke the landing stage', 'You May Like', 'Lifeboat crew honoured', 'Island school reopens', 'Tide tables for the spring', 'Sea wall repairs to start']) {
      expect(text).not.toContain(gone);
    }
    expect(text).toContain('The operator plans to run three crossings a day until Easter');
  });

  it('keeps a list of facts in the article, links to sources elsewhere, and story text that says "related"', () => {
    const said = 'Related repairs to the slipway, which the fishing boats use, will be paid for by the same budget, the council said.';
    const { text } = runStep(removeRelatedLists, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <h2>What changes for passengers</h2>
      <ul><li>Three crossings a day until Easter, five in the summer</li><li>Bicycles travel free on every crossing</li><li>Tickets can be bought on board again</li></ul>
      <p>Sources:</p>
      <ol><li><a href="https://council.example.org/minutes/2024-01">Council minutes, January 2024</a></li><li><a href="https://coastguard.example.gov/reports/storm">Coastguard storm report</a></li></ol>
    </article>`);
    for (const kept of [said, 'Three crossings a day until Easter', 'Bicycles travel free', 'Council minutes, January 2024', 'Coastguard storm report']) expect(text).toContain(kept);
  });

  it("removes another story's slideshow under a related label, and keeps a story's own \"Read More\" expander with a carousel inside", () => {
    const slide = (h: string) => `<li><h4>${h}</h4><p>The north pier has been closed since the storm in November, when waves broke over the sea wall for two nights in a row and split the piles.</p></li>`;
    const rest = 'The council said the repair would take until the spring, and that the ferry would use the old stone quay until then.';
    const { text } = runStep(removeRelatedLists, `<article><h1>Ferry returns</h1>${story(2)}
      <p>Related on Harbour Post:</p>
      <div class="promo-holder"><div class="story-slideshow-wrapper"><ul>${slide('THE NORTH PIER')}${slide('THE FISH MARKET')}</ul></div></div>
      <div class="body-read-more">Read More</div>
      <div class="body-read-all"><p>${rest}</p><section><div class="video-carousel"><p>Watch: the storm at the harbour, filmed from the lighthouse on the night the piles split and the sea came over.</p></div></section><p>${rest.replace('council', 'operator')}</p></div>
    </article>`);
    for (const gone of ['Related on Harbour Post', 'THE NORTH PIER', 'THE FISH MARKET']) expect(text).not.toContain(gone);
    expect(text).toContain(rest);
    expect(text).toContain('Read More');
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });

  it('removes a headline list under a site-exclusive promo heading ("Only on <Site>")', () => {
    const { text } = runStep(removeRelatedLists, `<article><h1>Ferry returns</h1>${story()}</article>
      <div class="box"><h4>Only on HarbourNews.example</h4><ul>
        <li><a href="/2024/03/lifeboat">Lifeboat crew honoured for winter rescues</a> The volunteers were out eleven times in the dark this winter.</li>
        <li><a href="/2024/03/huts">Beach huts for sale after council vote</a> Twelve huts on the north beach go to auction in April.</li>
        <li><a href="/2024/03/tides">Spring tides expected to flood the quay road</a> Drivers are asked to use the upper road on Thursday.</li>
      </ul></div>`);
    for (const gone of ['Only on HarbourNews.example', 'Lifeboat crew honoured', 'Spring tides expected']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
  });
});
