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
});
