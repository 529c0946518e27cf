/**
 * The popup through the real toolbar click in Debian's Chromium on the production build
 * (activeTab only, no host permissions), on pages served from 127.0.0.1.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { clickToolbarButton } from './harness/chromium';
import { ARTIFACTS } from './harness/paths';
import { useChromium } from './harness/setup';
import { POLL_MS, closing, fixtureTexts, normalizeSpace, uiText, visibleText, waitForText } from './harness/expectations';
import { readPageState, readerText } from './harness/page-state';

const env = useChromium('production');

async function openTab(url: string): Promise<Page> {
  const page = await env.session.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

describe('Chromium: toolbar click on the production build', () => {
  it('shows the seed article: its title and every body paragraph and subhead, without the clutter', async () => {
    const tab = await openTab(env.server.url('/pages/voa-seed.html'));
    const popup = await clickToolbarButton(env.session, tab);
    await waitForText(popup, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    expect(await popup.$eval('h1', (h) => h.textContent?.trim())).toBe("US, Russia in Tough Talks Over Syria's Chemical Weapons");
    const shown = await visibleText(popup);
    const body = fixtureTexts('pages/voa-seed.html', '#article-content > p, #article-content > h3');
    expect(body.length).toBeGreaterThan(25);
    for (const paragraph of body) expect(shown).toContain(paragraph);
    for (const clutter of ['You May Like', 'Featured Videos', 'This forum has been closed', 'Your JavaScript is turned off']) {
      expect(shown).not.toContain(clutter);
    }
    // Comments are there, collapsed: one control with the count, no comment text yet.
    expect(shown).toContain(uiText('commentCount_other').replace('$COUNT$', '4'));
    expect(shown).not.toContain('Jersey City, NJ');
    await popup.close();
    await tab.close();
  });

  it('says a front page is not an article, and "Show anyway" then shows its text', async () => {
    const tab = await openTab(env.server.url('/e2e/site-index.html'));
    const popup = await clickToolbarButton(env.session, tab);
    await waitForText(popup, uiText('notArticleTitle'));
    const [button] = await popup.$$(`xpath/.//button[normalize-space(.)=${JSON.stringify(uiText('showAnyway'))}]`);
    expect(button).toBeTruthy();
    await button!.click();
    await waitForText(popup, 'Fish market reopens after repairs');
    expect(await visibleText(popup)).toContain('Storm warning for the weekend');
    await popup.close();
    await tab.close();
  });

  it('says plainly that the browser protects its own pages', async () => {
    const tab = await env.session.browser.newPage();
    await tab.goto('chrome://version');
    const popup = await clickToolbarButton(env.session, tab);
    await waitForText(popup, uiText('protectedTitle'));
    expect(await visibleText(popup)).toContain(uiText('protectedText'));
    await popup.close();
    await tab.close();
  });

  it('has the reader shortcut really assigned (not an empty shortcut)', async () => {
    const tab = await openTab(env.server.url('/pages/voa-seed.html'));
    const popup = await clickToolbarButton(env.session, tab);
    const commands = await popup.evaluate(() => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.commands.getAll());
    const toggle = commands.find((c) => c.name === 'toggle-reader');
    expect(toggle?.shortcut).toBe('Alt+R');
    await popup.close();
    await tab.close();
  });
});

describe('Chromium: "Read in page" from the popup (production build)', () => {
  it('opens the in-page reader over the tab; Esc gives the page back exactly, scroll included', async () => {
    const tab = await openTab(env.server.url('/pages/voa-seed.html'));
    await tab.evaluate(() => window.scrollTo(0, 600));
    const before = await readPageState(tab);
    expect(before.scrollY).toBe(600);

    const popup = await clickToolbarButton(env.session, tab);
    const button = await popup.waitForSelector(`xpath/.//button[normalize-space(.)=${JSON.stringify(uiText('readInPage'))}]`, { timeout: 20_000 });
    // The popup closes itself once the reader is open over the tab, as the user sees it; nothing
    // else is brought to the front meanwhile (that would take the popup away mid-click).
    const popupClosed = closing(popup, 'the popup');
    await button!.click();
    await popupClosed;
    // The popup is gone: the tab is in front again, as for the user. (Brought forward only now:
    // doing it during the click could take the popup away; left behind, the tab is not rendered
    // and its scroll events, which the reader answers, wait for a frame that never comes.)
    await tab.bringToFront();
    await tab.waitForFunction(
      (title: string) => document.querySelector('calm-reader-overlay')?.shadowRoot?.textContent?.includes(title),
      { timeout: 20_000, polling: POLL_MS },
      "US, Russia in Tough Talks Over Syria's Chemical Weapons",
    );
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await tab.screenshot({ path: join(ARTIFACTS, `reader-overlay-${scheme}.png`) });
    }
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    const text = (await readerText(tab)) ?? '';
    for (const paragraph of fixtureTexts('pages/voa-seed.html', '#article-content > p')) expect(normalizeSpace(text)).toContain(paragraph);
    // The page behind does not scroll while the reader is open.
    // The reader answers the page's scroll event by scrolling back; the event comes with the next
    // frame, so wait for the answer (bounded) instead of reading in the same instant.
    await tab.evaluate(() => window.scrollTo(0, 0));
    await tab.waitForFunction(() => window.scrollY === 600, { polling: POLL_MS, timeout: 5_000 }).catch(() => undefined);
    expect((await readPageState(tab)).scrollY).toBe(600);

    await tab.keyboard.press('Escape');
    await tab.waitForFunction(() => !document.querySelector('calm-reader-overlay'), { timeout: 10_000, polling: POLL_MS });
    const after = await readPageState(tab);
    expect(after.digest).toBe(before.digest);
    expect(after.scrollY).toBe(600);
    await tab.close();
  });
});
