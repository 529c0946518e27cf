/**
 * The in-page reader in Debian's Chromium, driven through the exact function the
 * keyboard shortcut's listener calls (synthetic key presses never fire manifest commands). Uses
 * the test build, whose only difference is access to 127.0.0.1 and that hook.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { join } from 'node:path';
import { ARTIFACTS } from './harness/paths';
import { serviceWorker } from './harness/chromium';
import { useChromium } from './harness/setup';
import { countListeners, readPageState, readerText, waitForReaderText } from './harness/page-state';
import { POLL_MS, uiText } from './harness/expectations';

// Code passed to worker.evaluate runs in the extension's service worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;

let worker: WebWorker;

const SEED_TITLE = "US, Russia in Tough Talks Over Syria's Chemical Weapons";

const env = useChromium('e2e', {
  // Sends the head of the page, then the rest after a pause: the shortcut pressed while loading.
  '/slow/article.html': async (_req, res) => {
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(new URL('../fixtures/e2e/hostile-css.html', import.meta.url), 'utf8');
    const cut = html.indexOf('<article>');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.write(html.slice(0, cut));
    await new Promise((r) => setTimeout(r, 1500));
    res.end(html.slice(cut));
  },
});
beforeAll(async () => {
  worker = await serviceWorker(env.session);
});

/** What the shortcut does, called in the service worker on the tab showing `url`. */
async function pressShortcut(url: string | null): Promise<{ ok: boolean; open?: boolean; reason?: string }> {
  return worker.evaluate(async (tabUrl: string | null) => {
    // Protected pages' URLs are hidden from the extension: the active tab stands for them.
    const [tab] = await chrome.tabs.query(tabUrl ? { url: tabUrl } : { active: true, lastFocusedWindow: true });
    const hooks = (globalThis as unknown as { calmTestHooks: { toggleReaderInTab(t: unknown): Promise<{ ok: boolean; open?: boolean; reason?: string }> } }).calmTestHooks;
    return hooks.toggleReaderInTab(tab);
  }, url);
}

async function openTab(path: string): Promise<{ page: Page; url: string }> {
  const page = await env.session.browser.newPage();
  const url = env.server.url(path);
  await page.goto(url, { waitUntil: 'load' });
  return { page, url };
}

describe('Chromium: the popup page in a 360 px wide tab', () => {
  it('shows the article in one fluid column: nothing spills sideways', async () => {
    const { page: tab, url } = await openTab('/pages/voa-seed.html');
    const narrow = await env.session.browser.newPage();
    await narrow.setViewport({ width: 360, height: 640 });
    await narrow.goto(`chrome-extension://${env.session.extensionId}/popup.html?tabUrl=${encodeURIComponent(url)}`);
    await narrow.waitForFunction((t: string) => document.body.innerText.includes(t), { timeout: 20_000, polling: POLL_MS }, SEED_TITLE);
    expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await narrow.screenshot({ path: join(ARTIFACTS, 'popup-360.png') });
    await narrow.close();
    await tab.close();
  });
});

describe('Chromium: the in-page reader through the shortcut path', () => {
  it('opens with the article, keeps focus inside, closes on Esc and gives the page back exactly', async () => {
    const { page, url } = await openTab('/pages/voa-seed.html');
    await page.focus('a');
    const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML);
    await page.evaluate(() => window.scrollTo(0, 900));
    const before = await readPageState(page);

    expect(await pressShortcut(url)).toMatchObject({ ok: true, open: true });
    await waitForReaderText(page, SEED_TITLE);
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('calm-reader-overlay');

    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('calm-reader-overlay'), { polling: POLL_MS });
    const after = await readPageState(page);
    expect(after.digest).toBe(before.digest);
    expect(after.scrollY).toBe(before.scrollY);
    expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focusedBefore);
    await page.close();
  });

  it('the same shortcut closes it again', async () => {
    const { page, url } = await openTab('/pages/voa-seed.html');
    const before = await readPageState(page);
    await pressShortcut(url);
    await waitForReaderText(page, SEED_TITLE);
    expect(await pressShortcut(url)).toMatchObject({ ok: true, open: false });
    expect((await readPageState(page)).digest).toBe(before.digest);
    await page.close();
  });

  it('50 open/close cycles leave no extra nodes and no extra listeners', async () => {
    const { page, url } = await openTab('/pages/voa-seed.html');
    // One cycle first: the reader script's own message listener is installed once, on first use.
    await pressShortcut(url);
    await pressShortcut(url);
    const before = await readPageState(page);
    const listenersBefore = await countListeners(page);
    for (let i = 0; i < 50; i++) {
      await pressShortcut(url);
      await pressShortcut(url);
    }
    const after = await readPageState(page);
    expect(after.readerHosts).toBe(0);
    expect(after.nodes).toBe(before.nodes);
    expect(after.digest).toBe(before.digest);
    expect(await countListeners(page)).toBe(listenersBefore);
    await page.close();
  });

  it('pressed twice quickly ends closed, with the page untouched', async () => {
    const { page, url } = await openTab('/pages/voa-seed.html');
    const before = await readPageState(page);
    await Promise.all([pressShortcut(url), pressShortcut(url)]);
    await new Promise((r) => setTimeout(r, 500));
    const after = await readPageState(page);
    expect(after.readerHosts).toBe(0);
    expect(after.digest).toBe(before.digest);
    await page.close();
  });

  it('pressed while the page is still loading: the reader shows the article once it has arrived', async () => {
    const page = await env.session.browser.newPage();
    const url = env.server.url('/slow/article.html');
    const loading = page.goto(url, { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 300));
    const outcome = pressShortcut(url);
    await loading;
    expect(await outcome).toMatchObject({ ok: true, open: true });
    await waitForReaderText(page, 'Tide mill restored after forty years');
    await page.close();
  });

  it('reads the top frame only on a page with an iframe', async () => {
    const { page, url } = await openTab('/e2e/framed-article.html');
    await pressShortcut(url);
    await waitForReaderText(page, 'Night buses return to the valley');
    expect(await readerText(page)).not.toContain('Allotment waiting list');
    expect(await page.evaluate(() => document.querySelectorAll('calm-reader-overlay').length)).toBe(1);
    await page.close();
  });

  it('on a page that is not an article the reader says so, and "Show anyway" shows its text', async () => {
    const { page, url } = await openTab('/e2e/site-index.html');
    await pressShortcut(url);
    await waitForReaderText(page, uiText('notArticleTitle'));
    const clicked = await page.evaluate((label: string) => {
      const root = document.querySelector('calm-reader-overlay')!.shadowRoot!;
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
      button?.click();
      return Boolean(button);
    }, uiText('showAnyway'));
    expect(clicked).toBe(true);
    await waitForReaderText(page, 'Fish market reopens after repairs');
    await page.close();
  });

  it('on a protected page nothing breaks: a failure value and a badge, no uncaught error', async () => {
    const page = await env.session.browser.newPage();
    await page.goto('chrome://version');
    await page.bringToFront();
    const outcome = await pressShortcut(null);
    expect(outcome).toMatchObject({ ok: false, reason: 'protected-page' });
    const badge = await worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id });
    });
    expect(badge).toBe('!');
    await page.close();
  });

  it('hostile page CSS changes nothing in the reader, and the reader changes nothing on the page', async () => {
    const readerStyle = async (page: Page) =>
      page.evaluate(() => {
        const root = document.querySelector('calm-reader-overlay')!.shadowRoot!;
        const pick = (el: Element | null) => {
          if (!el) return null;
          const s = getComputedStyle(el);
          return { color: s.color, fontSize: s.fontSize, fontFamily: s.fontFamily, letterSpacing: s.letterSpacing, display: s.display, opacity: s.opacity, transform: s.transform, filter: s.filter };
        };
        return { host: pick(root.host), h1: pick(root.querySelector('h1')), p: pick(root.querySelector('article p, p')), button: pick(root.querySelector('button')) };
      });
    const pageStyle = async (page: Page) =>
      page.evaluate(() => [...document.querySelectorAll('body, h1, p, a')].slice(0, 8).map((el) => {
        const s = getComputedStyle(el);
        return `${s.color}|${s.fontSize}|${s.fontFamily}|${s.display}|${s.backgroundColor}`;
      }));

    const calm = await openTab('/pages/voa-seed.html');
    await pressShortcut(calm.url);
    await waitForReaderText(calm.page, SEED_TITLE);
    const calmStyle = await readerStyle(calm.page);

    const hostile = await openTab('/e2e/hostile-css.html');
    const hostilePageBefore = await pageStyle(hostile.page);
    await pressShortcut(hostile.url);
    await waitForReaderText(hostile.page, 'Tide mill restored after forty years');
    const hostileStyle = await readerStyle(hostile.page);
    expect(hostileStyle.h1).toEqual(calmStyle.h1);
    expect(hostileStyle.p).toEqual(calmStyle.p);
    expect(hostileStyle.button).toEqual(calmStyle.button);
    expect(hostileStyle.host?.opacity).toBe('1');
    expect(hostileStyle.host?.transform).toBe('none');
    expect(hostileStyle.h1?.color).not.toBe('rgb(255, 0, 0)');
    expect(await pageStyle(hostile.page)).toEqual(hostilePageBefore);
    await calm.page.close();
    await hostile.page.close();
  });
});
