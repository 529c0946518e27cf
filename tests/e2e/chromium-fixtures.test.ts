/**
 * Issue 6 item 5 in real Chromium: extraction never modifies the live page. For every extraction
 * fixture (tests/fixtures/pages), the real toolbar click on the production build reads the page
 * and the page's DOM digest is the same before and after.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDir, FIXTURES } from './harness/paths';
import { clickToolbarButton, launchChromium, type ChromiumSession } from './harness/chromium';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { readPageState } from './harness/page-state';
import { uiText } from './harness/expectations';

const PAGES = readdirSync(join(FIXTURES, 'pages')).filter((f) => f.endsWith('.html'));

let session: ChromiumSession;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  session = await launchChromium(buildDir('chrome', 'production'));
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Chromium: extraction leaves every fixture page exactly as it was', () => {
  it.each(PAGES)('%s', async (file) => {
    const tab = await session.browser.newPage();
    await tab.goto(server.url(`/pages/${file}`), { waitUntil: 'load' });
    const before = await readPageState(tab);
    const popup = await clickToolbarButton(session, tab);
    // Done when the popup has left its loading screen (article or a designed failure state).
    await popup.waitForFunction((loading: string) => document.body.innerText.length > 0 && !document.body.innerText.includes(loading), { timeout: 20_000 }, uiText('loadingTitle'));
    const after = await readPageState(tab);
    expect(after.digest).toBe(before.digest);
    expect(after.scrollY).toBe(before.scrollY);
    await popup.close();
    await tab.close();
  });
});
