/**
 * The popup and the in-page reader in Firefox ESR with the Firefox test build (Firefox's toolbar
 * button cannot be clicked by automation, so the build may read 127.0.0.1 and the popup page is
 * opened in a tab of its own, told which tab to read).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { buildDir } from './harness/paths';
import { gotoRoute, launchFirefox, openFirefoxPopup, type FirefoxSession } from './harness/firefox';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { POLL_MS, fixtureTexts, uiText, visibleText, waitForText } from './harness/expectations';
import { readPageState, waitForReaderText } from './harness/page-state';
import { closeWhatEachTestOpens } from './harness/setup';

let session: FirefoxSession;
let server: FixtureServer;
const SEED_TITLE = "US, Russia in Tough Talks Over Syria's Chemical Weapons";

beforeAll(async () => {
  server = await startFixtureServer(gotoRoute());
  session = await launchFirefox(buildDir('firefox', 'e2e'));
});
closeWhatEachTestOpens(() => session?.browser);
afterAll(async () => {
  await session?.close();
  await server?.close();
});

async function openTab(path: string): Promise<{ page: Page; url: string }> {
  const page = await session.browser.newPage();
  const url = server.url(path);
  await page.goto(url, { waitUntil: 'load' });
  return { page, url };
}

describe('Firefox ESR: the popup page', () => {
  it('shows the served seed article: title and every body paragraph, comments collapsed', async () => {
    const { page: tab, url } = await openTab('/pages/voa-seed.html');
    const popup = await openFirefoxPopup(session, server, url);
    await waitForText(popup, SEED_TITLE);
    expect(await popup.evaluate(() => document.querySelector('h1')?.textContent?.trim())).toBe(SEED_TITLE);
    const shown = await visibleText(popup);
    for (const paragraph of fixtureTexts('pages/voa-seed.html', '#article-content > p, #article-content > h3')) expect(shown).toContain(paragraph);
    expect(shown).not.toContain('You May Like');
    expect(shown).toContain(uiText('commentCount_other').replace('$COUNT$', '4'));
    await popup.close();
    await tab.close();
  });

  it('reads a story whose unclosed <title> left Firefox a blank page', async () => {
    const { page: tab, url } = await openTab('/pages/swallowed-title.html');
    // Firefox parses the page as the spec says: the body is empty, everything is the title's text.
    expect(await tab.evaluate(() => document.body.textContent?.trim())).toBe('');
    const popup = await openFirefoxPopup(session, server, url);
    await waitForText(popup, 'Ferry fares rise for the second time this year');
    const shown = await visibleText(popup);
    expect(shown).toContain('Return tickets on the harbour ferry will cost 40 pence more');
    expect(shown).not.toContain('</tilte>');
    await popup.close();
    await tab.close();
  });

  it('has the reader shortcut really assigned', async () => {
    const { page: tab, url } = await openTab('/pages/voa-seed.html');
    const popup = await openFirefoxPopup(session, server, url);
    const commands = await popup.evaluate(() => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.commands.getAll());
    expect(commands.find((c) => c.name === 'toggle-reader')?.shortcut).toBe('Alt+R');
    await popup.close();
    await tab.close();
  });
});

describe('Firefox ESR: the in-page reader', () => {
  it('opens through the popup\'s "Read in page" button; Esc gives the page back exactly', async () => {
    const { page: tab, url } = await openTab('/pages/voa-seed.html');
    await tab.evaluate(() => window.scrollTo(0, 500));
    const before = await readPageState(tab);
    const popup = await openFirefoxPopup(session, server, url);
    await waitForText(popup, uiText('readInPage'));
    await popup.evaluate((label: string) => {
      [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)?.click();
    }, uiText('readInPage'));
    await tab.bringToFront();
    await waitForReaderText(tab, SEED_TITLE);
    await tab.keyboard.press('Escape');
    await tab.waitForFunction(() => !document.querySelector('calm-reader-overlay'), { timeout: 10_000, polling: POLL_MS });
    const after = await readPageState(tab);
    expect(after.digest).toBe(before.digest);
    expect(after.scrollY).toBe(before.scrollY);
    await tab.close();
  });

  it('opens and closes through the shortcut\'s own function, leaving the page exactly as it was', async () => {
    const { page: tab, url } = await openTab('/pages/voa-seed.html');
    const before = await readPageState(tab);
    const popup = await openFirefoxPopup(session, server, url);
    const toggle = () =>
      popup.evaluate(async (tabUrl: string) => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        const background = (await api.runtime.getBackgroundPage()) as unknown as { calmTestHooks: { toggleReaderInTab(t: unknown): Promise<{ ok: boolean; open?: boolean }> } };
        const target = (await api.tabs.query({})).find((t) => t.url === tabUrl);
        return background.calmTestHooks.toggleReaderInTab(target);
      }, url);
    expect(await toggle()).toMatchObject({ ok: true, open: true });
    await waitForReaderText(tab, SEED_TITLE);
    expect(await toggle()).toMatchObject({ ok: true, open: false });
    const after = await readPageState(tab);
    expect(after.readerHosts).toBe(0);
    expect(after.digest).toBe(before.digest);
    await popup.close();
    await tab.close();
  });
});
