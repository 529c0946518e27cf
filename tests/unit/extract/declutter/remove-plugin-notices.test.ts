import { describe, expect, it } from 'vitest';
import { removePluginNotices } from '../../../../utils/extract/declutter/remove-plugin-notices';
import { runStep, story } from './helpers';

describe('remove-plugin-notices', () => {
  it('removes <noscript> fallbacks and notices about JavaScript, Flash and unsupported players', () => {
    const { text, removed } = runStep(removePluginNotices, `<article><h1>Ferry returns</h1>${story()}
      <noscript><p>Tracking pixel fallback text</p></noscript>
      <div class="embed"><p>Please enable JavaScript to view the map of the crossing.</p></div>
      <div><span>Your browser does not support the video tag.</span></div>
      <p>Get the latest Flash Player to watch this clip.</p>
    </article>`);
    for (const gone of ['Tracking pixel fallback', 'enable JavaScript', 'does not support the video tag', 'Flash Player']) expect(text).not.toContain(gone);
    expect(text).toContain('The ferry to the outer islands ran again on Monday');
    expect(removed.length).toBe(4);
  });

  it('keeps a story paragraph that mentions JavaScript and Flash, and a caption', () => {
    const said = 'The booking website, built in 2009, still asks passengers to enable JavaScript and once needed the Flash Player for its seat map; the operator says a new site will be ready by the summer, with tickets that can be shown on a phone at the gangway instead of printed at home the night before and folded into a coat pocket.';
    const { text } = runStep(removePluginNotices, `<article><h1>Ferry returns</h1>${story(3)}
      <p>${said}</p>
      <figure><img src="/img/map.png" alt="Route map"><figcaption>The route to the outer islands.</figcaption></figure>
    </article>`);
    expect(text).toContain(said);
    expect(text).toContain('The route to the outer islands.');
  });

  it('removes the consent placeholder of a held-back embed, and keeps a story sentence about consent', () => {
    const said = 'The ferry operator now asks for consent before the camera at the pier shares pictures online.';
    const { text } = runStep(removePluginNotices, `<article><h1>Ferry returns</h1>${story(3)}
      <div class="embed-consent"><p>This post contains a map from another provider.</p><p><button>Load external content</button></p></div>
      <p>${said}</p>
    </article>`);
    expect(text).not.toContain('Load external content');
    expect(text).toContain(said);
  });
});
