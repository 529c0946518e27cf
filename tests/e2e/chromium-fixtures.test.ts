/**
 * In real Chromium: extraction never modifies the live page. For every extraction
 * fixture (tests/fixtures/pages), the real toolbar click on the production build reads the page
 * and the page's DOM digest is the same before and after.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './harness/paths';
import { clickToolbarButton } from './harness/chromium';
import { useChromium } from './harness/setup';
import { readPageState } from './harness/page-state';
import { POLL_MS, uiText } from './harness/expectations';

const PAGES = readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html'));

const env = useChromium('production');

describe('Chromium: extraction leaves every fixture page exactly as it was', () => {
  it.each(PAGES)('%s', async (file) => {
    const tab = await env.session.browser.newPage();
    await tab.goto(env.server.url(`/pages/${file}`), { waitUntil: 'load' });
    const before = await readPageState(tab);
    const popup = await clickToolbarButton(env.session, tab);
    // Done when the popup has left its loading screen (article or a designed failure state).
    await popup.waitForFunction((loading: string) => document.body.innerText.length > 0 && !document.body.innerText.includes(loading), { timeout: 20_000, polling: POLL_MS }, uiText('loadingTitle'));
    const after = await readPageState(tab);
    expect(after.digest).toBe(before.digest);
    expect(after.scrollY).toBe(before.scrollY);
    await popup.close();
    await tab.close();
  });
});
