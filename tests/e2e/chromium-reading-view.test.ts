/**
 * The reading view in real Chromium (production build, real toolbar click): what a reader sees
 * and hears.
 * axe-core runs on the popup in every state it can reach from a served page, and with the
 * comments open; the comments are opened from the keyboard; screenshots of the popup (light and
 * dark) are saved under test-artifacts/ for people to look at.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTIFACTS } from './harness/paths';
import { clickToolbarButton } from './harness/chromium';
import { useChromium } from './harness/setup';
import { seriousViolations } from './harness/axe';
import { POLL_MS, uiText, visibleText, waitForText } from './harness/expectations';

const env = useChromium('production', {
  // A page whose own script stops yielding (the test starts the loop, see below): extraction
  // cannot run, and the popup must not spin forever.
  '/busy.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>Busy page</title><p>Loading…</p>');
  },
  // Past the element bound: "too large to simplify".
  '/huge.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Huge page</title><body>${'<span>x</span>'.repeat(160_000)}</body>`);
  },
  // An article shell with no text at all: "This article looks empty".
  '/empty.html': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><title>Nothing here</title></head><body></body></html>');
  },
});

async function openPopupOn(url: string): Promise<{ tab: Page; popup: Page }> {
  const tab = await env.session.browser.newPage();
  await tab.goto(url);
  const popup = await clickToolbarButton(env.session, tab);
  return { tab, popup };
}

describe('Chromium: the reading view', () => {
  it('article, then comments opened from the keyboard: threaded, with author, place and date; no serious axe violation', async () => {
    const { tab, popup } = await openPopupOn(env.server.url('/pages/voa-seed.html'));
    await waitForText(popup, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    expect(await seriousViolations(popup)).toEqual([]);

    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-light.png') });
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-dark.png') });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);

    // Keyboard only: Tab until the comments control has focus, then Enter.
    const label = uiText('commentCount_other').replace('$COUNT$', '4');
    let reached = false;
    for (let i = 0; i < 40 && !reached; i++) {
      await popup.keyboard.press('Tab');
      reached = await popup.evaluate((l: string) => document.activeElement?.textContent?.trim() === l, label);
      if (reached) {
        // Focus is visible: the focused control draws an outline or a ring.
        const ring = await popup.evaluate(() => {
          const s = getComputedStyle(document.activeElement!);
          return s.outlineStyle !== 'none' && s.outlineWidth !== '0px' ? s.outlineStyle : s.boxShadow;
        });
        expect(ring).not.toBe('none');
      }
    }
    expect(reached).toBe(true);
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('false');
    await popup.keyboard.press('Enter');
    await waitForText(popup, 'Jersey City, NJ');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-expanded'))).toBe('true');
    const shown = await visibleText(popup);
    for (const expected of ['Stefan Lindqvist', 'Delroy Baptiste', 'Jersey City, NJ', 'September 13, 2013']) expect(shown).toContain(expected);
    // The popup scrolls inside itself: bring the opened comments into its viewport and capture
    // that (a full-page capture repeats the top of a popup instead of showing what is below).
    await popup.evaluate(() => document.querySelector('.cr-comments-toggle')!.scrollIntoView({ block: 'start' }));
    // ...and what was scrolled to is in view, not under the sticky top bar (two rows in the popup).
    const placed = await popup.evaluate(() => ({
      toggle: document.querySelector('.cr-comments-toggle')!.getBoundingClientRect().top,
      bar: document.querySelector('.cr-bar')!.getBoundingClientRect().bottom,
    }));
    expect(placed.toggle).toBeGreaterThanOrEqual(placed.bar);
    expect(placed.toggle).toBeLessThan(300);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-comments-open.png') });
    expect(await seriousViolations(popup)).toEqual([]);

    // Space closes them again (a native button answers both keys).
    await popup.keyboard.press('Space');
    await popup.waitForFunction(() => document.activeElement?.getAttribute('aria-expanded') === 'false', { polling: POLL_MS });
    await popup.close();
    await tab.close();
  });

  it('fits the popup: no wider than 800 px, no taller than 600 px, scrolls inside itself', async () => {
    const { tab, popup } = await openPopupOn(env.server.url('/pages/voa-seed.html'));
    await waitForText(popup, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    const box = await popup.evaluate(() => ({
      viewport: window.innerWidth,
      width: document.documentElement.scrollWidth,
      height: window.innerHeight,
      scrollable: document.scrollingElement!.scrollHeight > window.innerHeight || [...document.querySelectorAll('*')].some((el) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY)),
    }));
    // Wide enough to read in (Chrome sizes a popup to its content's preferred width)...
    expect(box.viewport).toBeGreaterThanOrEqual(360);
    // ...and within Chrome's 800x600 limit.
    expect(box.width).toBeLessThanOrEqual(800);
    expect(box.height).toBeLessThanOrEqual(600);
    expect(box.scrollable).toBe(true);
    // The settings panel, as the reader opens it.
    const [settings] = await popup.$$(`xpath/.//button[normalize-space(.)=${JSON.stringify(uiText('settingsOpen'))}]`);
    await settings!.click();
    await popup.waitForSelector('.cr-settings', { visible: true, timeout: 10_000 });
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-settings.png') });
    // The accessibility check is live: a planted image without alternative text is reported.
    await popup.evaluate(() => document.querySelector('main, body')!.append(Object.assign(document.createElement('img'), { src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' })));
    expect((await seriousViolations(popup)).join('\n')).toContain('image-alt');
    await popup.close();
    await tab.close();
  });

  it.each([
    ['not an article', '/e2e/site-index.html', 'notArticleTitle'],
    ['protected page', 'chrome://version', 'protectedTitle'],
    ['too large', '/huge.html', 'tooLargeTitle'],
    ['empty page', '/empty.html', 'emptyTitle'],
  ])('%s: a designed screen with a next step and no serious axe violation', async (_name, path, titleKey) => {
    const { tab, popup } = await openPopupOn(path.startsWith('/') ? env.server.url(path) : path);
    await waitForText(popup, uiText(titleKey));
    expect(await popup.evaluate(() => document.querySelectorAll('h1, h2').length)).toBeGreaterThan(0);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, `popup-state-${titleKey.replace(/Title$/, '')}.png`) });
    await popup.close();
    await tab.close();
  });

  it('a page that never answers: loading, then "did not answer" with Retry; no serious axe violation in either', async () => {
    const tab = await env.session.browser.newPage();
    await tab.goto(env.server.url('/busy.html'));
    // The page's loop starts before the click, never on a timer: a timer let a quick extraction
    // slip in first on a loaded machine, and the popup then rightly showed "not an article".
    await tab.evaluate(() => void setTimeout(() => { for (;;); }, 0));
    await expect(Promise.race([tab.evaluate(() => 'answered'), new Promise((r) => setTimeout(() => r('busy'), 1000))])).resolves.toBe('busy');
    const popup = await clickToolbarButton(env.session, tab);
    await waitForText(popup, uiText('loadingTitle'));
    expect(await popup.evaluate(() => Boolean(document.querySelector('[aria-busy="true"], [role="status"], [role="progressbar"]')))).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-state-loading.png') });
    await waitForText(popup, uiText('timeoutTitle'), 30_000);
    expect(await visibleText(popup)).toContain(uiText('retry'));
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-state-timeout.png') });
    await popup.close();
    await tab.close().catch(() => undefined);
  });
});
