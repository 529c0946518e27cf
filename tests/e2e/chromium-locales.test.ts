/**
 * The interface in the reader's language, in real Chromium (production build, real toolbar
 * click). Chromium launched in German and then in Arabic: the popup on the seed page speaks the
 * language, Arabic is laid out right to left while the English article stays left to right, and
 * axe-core finds nothing serious in either. One browser per language; the German one also lays out
 * every shipped language's popup states at 360 px (a test page built from the same components
 * and styles) and checks that nothing is wider than its box.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { build } from 'vite';
import preact from '@preact/preset-vite';
import { seriousViolations } from './harness/axe';
import { clickToolbarButton } from './harness/chromium';
import { uiText, waitForText } from './harness/expectations';
import { waitForReaderText } from './harness/page-state';
import { ARTIFACTS, ROOT } from './harness/paths';
import type { Route } from './harness/server';
import { useChromium, type ChromiumEnv } from './harness/setup';

const PAGE_DIR = join(ROOT, 'tests/e2e/locale-page');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
/** Filled once the test page is built; the fixture servers look routes up per request. */
const routes: Record<string, Route> = {};
let pageDir = '';

beforeAll(async () => {
  pageDir = mkdtempSync(join(tmpdir(), 'calm-locale-page-'));
  await build({
    root: PAGE_DIR,
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [preact()],
    build: { outDir: pageDir, emptyOutDir: true, minify: false },
  });
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
  for (const file of walk(pageDir)) {
    const body = readFileSync(file);
    routes[`/locale-page/${relative(pageDir, file)}`] = (_req, res) => {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    };
  }
});
afterAll(() => {
  if (pageDir) rmSync(pageDir, { recursive: true, force: true });
});

interface Box { left: number; right: number; top: number; bottom: number }

/**
 * The top bar's buttons in DOM order, and whether each one that shares a row with the next sits
 * before it in the reading direction (left of it in ltr, right of it in rtl).
 */
async function barOrder(page: Page, dir: 'ltr' | 'rtl'): Promise<{ labels: string[]; pairs: boolean[] }> {
  return page.$$eval('.cr-bar-actions button', (buttons, direction) => {
    const boxes = buttons.map((b) => b.getBoundingClientRect());
    const pairs: boolean[] = [];
    for (let i = 0; i + 1 < boxes.length; i++) {
      const [a, b] = [boxes[i], boxes[i + 1]];
      if (Math.abs(a.top - b.top) > 2) continue;
      pairs.push(direction === 'rtl' ? a.left >= b.right : a.right <= b.left);
    }
    return { labels: buttons.map((b) => b.textContent?.trim() ?? ''), pairs };
  }, dir);
}

async function box(page: Page, selector: string): Promise<Box> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

/** The seed page's popup, after the article has arrived. */
async function openSeedPopup(env: ChromiumEnv, commentControl: (popup: Page) => Promise<string>): Promise<{ tab: Page; popup: Page; control: string }> {
  const tab = await env.session.browser.newPage();
  await tab.goto(env.server.url('/pages/voa-seed.html'), { waitUntil: 'load' });
  const popup = await clickToolbarButton(env.session, tab);
  await popup.waitForSelector('.cr-comments-toggle', { timeout: 20_000 });
  const control = await commentControl(popup);
  await waitForText(popup, control);
  return { tab, popup, control };
}

/** Open the comments and the settings, saving a screenshot of each view. */
async function screenshotViews(popup: Page, name: string): Promise<void> {
  // No transitions: a capture right after a click would catch the chevron half-turned.
  await popup.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await popup.screenshot({ path: join(ARTIFACTS, `i18n-popup-${name}.png`) });
  await popup.click('.cr-comments-toggle');
  await popup.waitForSelector('.cr-comment');
  // The comment control just below the sticky top bar, whatever that bar's height in this language.
  await popup.evaluate(() => {
    const bar = document.querySelector('.cr-bar')!.getBoundingClientRect().height;
    const heading = document.querySelector('.cr-comments-heading')!.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, heading - bar - 12);
  });
  await popup.screenshot({ path: join(ARTIFACTS, `i18n-popup-${name}-comments.png`) });
  await popup.click('.cr-bar-actions button[aria-expanded]:last-of-type');
  await popup.waitForSelector('.cr-settings');
  await popup.evaluate(() => window.scrollTo(0, 0));
  await popup.screenshot({ path: join(ARTIFACTS, `i18n-popup-${name}-settings.png`) });
}

describe('Chromium in German (--lang=de)', () => {
  const env = useChromium('production', routes, { args: ['--lang=de'], env: { LANG: 'de_DE.UTF-8', LANGUAGE: 'de_DE:de' } });

  it('the popup on the seed page shows the German comment control, German labels, left to right; no serious axe violation', async () => {
    const { tab, popup, control } = await openSeedPopup(env, async () => uiText('commentCount_other', 'de').replace('$COUNT$', '4'));
    expect(control).toBe('4 Kommentare');
    const toggle = await popup.$eval('.cr-comments-toggle', (b) => b.textContent?.trim());
    expect(toggle).toBe(control);
    const bar = await barOrder(popup, 'ltr');
    expect(bar.labels[0]).toBe(uiText('readInPage', 'de'));
    expect(bar.labels).toContain(uiText('settingsOpen', 'de'));
    expect(await popup.evaluate(() => [document.documentElement.lang.slice(0, 2), getComputedStyle(document.querySelector('.calm-reader')!).direction])).toEqual(['de', 'ltr']);
    // Left to right: the brand and the first button start at the left, each button left of the next.
    const [bar0, brand, first] = [await box(popup, '.cr-bar'), await box(popup, '.cr-brand'), await box(popup, '.cr-bar-actions button')];
    const middle = (bar0.left + bar0.right) / 2;
    expect([brand.right < middle, first.left < middle]).toEqual([true, true]);
    expect(bar.pairs.length).toBeGreaterThan(0);
    expect(bar.pairs.every(Boolean)).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await screenshotViews(popup, 'de');
    // The English page's comment dates, in German.
    expect(await popup.$eval('.cr-comment-date', (t) => t.textContent)).toMatch(/^\d{1,2}\. September 2013$/);
    expect(await popup.$eval('.cr-settings-heading', (h) => h.textContent)).toBe(uiText('settingsHeading', 'de'));
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('every interface language lays out every popup state at 360 px with nothing wider than its box', async () => {
    const page = await env.session.browser.newPage();
    await page.setViewport({ width: 360, height: 640 });
    await page.goto(env.server.url('/locale-page/index.html'), { waitUntil: 'load' });
    await page.waitForFunction(() => 'calmLocales' in globalThis);
    const { locales, states } = await page.evaluate(() => (globalThis as unknown as { calmLocales: { locales: string[]; states: string[] } }).calmLocales);
    expect(locales).toEqual(expect.arrayContaining(['ar', 'de', 'en', 'es', 'fa', 'fr', 'hi', 'id', 'ja', 'pt_BR', 'ru', 'tr', 'uk', 'zh_CN']));
    expect(states.length).toBeGreaterThanOrEqual(10);

    const report = await page.evaluate(async (localeList: string[], stateList: string[]) => {
      const harness = (globalThis as unknown as { calmLocales: { show(locale: string, state: string): void } }).calmLocales;
      // Preact runs effects (the comment list subscribes to its view in one) after the next frame,
      // or after 100 ms without frames: wait for that, so a click right after a render counts.
      const settle = () => new Promise((resolve) => {
        const timer = setTimeout(resolve, 150);
        requestAnimationFrame(() => setTimeout(() => { clearTimeout(timer); resolve(undefined); }, 0));
      });
      const name = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
      // Every laid-out box inside the reader: its content fits (scrollWidth <= clientWidth) and
      // the box itself stays inside the 360 px viewport.
      // Text for screen readers only sits in a 1 px box that hides what overflows it, by design.
      const isScreenReaderOnly = (el: Element): boolean => {
        for (let e: Element | null = el; e; e = e.parentElement) {
          const r = e.getBoundingClientRect();
          if (r.width <= 1 && r.height <= 1 && getComputedStyle(e).overflow !== 'visible') return true;
        }
        return false;
      };
      const overflowing = (): string[] => {
        const out: string[] = [];
        const doc = document.documentElement;
        if (doc.scrollWidth > doc.clientWidth) out.push(`page ${doc.scrollWidth} > ${doc.clientWidth}`);
        for (const el of document.querySelectorAll('.calm-reader, .calm-reader *')) {
          const style = getComputedStyle(el);
          if (style.display === 'none' || style.display === 'inline' || isScreenReaderOnly(el)) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0) continue;
          if (el.scrollWidth > el.clientWidth && el.clientWidth > 0) out.push(`${name(el)} ${el.scrollWidth} > ${el.clientWidth}`);
          if (r.left < -0.5 || r.right > window.innerWidth + 0.5) out.push(`${name(el)} at ${Math.round(r.left)}..${Math.round(r.right)}`);
        }
        return out;
      };
      const problems: string[] = [];
      let views = 0;
      let commentsOpened = 0;
      const check = (label: string) => {
        views++;
        for (const problem of overflowing()) problems.push(`${label}: ${problem}`);
      };
      for (const locale of localeList) {
        for (const state of stateList) {
          harness.show(locale, state);
          await settle();
          check(`${locale} ${state}`);
          if (state === 'article' || state === 'overlay-article') {
            document.querySelector<HTMLButtonElement>('.cr-comments-toggle')!.click();
            await settle();
            if (document.querySelectorAll('.cr-comment').length === 50) commentsOpened++;
            check(`${locale} comments open`);
            // Each panel the top bar opens (settings, and whatever tools sit beside them).
            const panels = document.querySelectorAll('.cr-bar-actions button[aria-expanded]').length;
            for (let i = 0; i < panels; i++) {
              const button = document.querySelectorAll<HTMLButtonElement>('.cr-bar-actions button[aria-expanded]')[i];
              const label = button.textContent?.trim();
              button.click();
              await settle();
              check(`${locale} "${label}" open`);
            }
          }
        }
      }
      return { problems, views, commentsOpened };
    }, locales, states);
    expect(report.problems).toEqual([]);
    // The first 50 of the 57 comments were really on screen, in both surfaces of every language.
    expect(report.commentsOpened).toBe(locales.length * 2);
    expect(report.views).toBeGreaterThanOrEqual(locales.length * (states.length + 4));

    // The article keeps its own direction whatever the interface's is, in real layout.
    const directions = await page.evaluate(() => {
      const harness = (globalThis as unknown as { calmLocales: { show(locale: string, state: string): void } }).calmLocales;
      const read = () => ['.calm-reader', 'article'].map((s) => getComputedStyle(document.querySelector(s)!).direction);
      harness.show('ar', 'article');
      const englishInArabic = read();
      harness.show('en', 'arabic-article');
      const arabicInEnglish = read();
      return { englishInArabic, arabicInEnglish };
    });
    expect(directions).toEqual({ englishInArabic: ['rtl', 'ltr'], arabicInEnglish: ['ltr', 'rtl'] });
    // For people to look at: Persian on a phone, comments open, then the settings.
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.evaluate(async () => {
      (globalThis as unknown as { calmLocales: { show(locale: string, state: string): void } }).calmLocales.show('fa', 'article');
      await new Promise((resolve) => setTimeout(resolve, 150));
      document.querySelector<HTMLButtonElement>('.cr-comments-toggle')!.click();
      await new Promise((resolve) => setTimeout(resolve, 150));
      document.querySelector('.cr-comments')!.scrollIntoView();
      window.scrollBy(0, -100);
    });
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-360-fa-comments.png') });
    await page.evaluate(() => {
      [...document.querySelectorAll<HTMLButtonElement>('.cr-bar-actions button[aria-expanded]')].at(-1)!.click();
      window.scrollTo(0, 0);
    });
    await page.screenshot({ path: join(ARTIFACTS, 'i18n-360-fa-settings.png') });
    await page.close();
  });
});

describe('Chromium in Arabic (--lang=ar)', () => {
  const env = useChromium('production', routes, { args: ['--lang=ar'], env: { LANG: 'ar_EG.UTF-8', LANGUAGE: 'ar_EG:ar' } });

  it('the popup on the seed page is Arabic and mirrored, the English article stays left to right; no serious axe violation', async () => {
    // Four comments: Arabic's "few" form, with the count written as the interface writes numbers.
    const { tab, popup, control } = await openSeedPopup(env, (p) =>
      p.evaluate((message: string) => message.replace('$COUNT$', new Intl.NumberFormat(document.documentElement.lang).format(4)), uiText('commentCount_few', 'ar')),
    );
    expect(control).toMatch(/^(4|٤) تعليقات$/);
    expect(await popup.$eval('.cr-comments-toggle', (b) => b.textContent?.trim())).toBe(control);
    const bar = await barOrder(popup, 'rtl');
    expect(bar.labels[0]).toBe(uiText('readInPage', 'ar'));
    expect(bar.labels).toContain(uiText('settingsOpen', 'ar'));

    const layout = await popup.evaluate(() => {
      const dirOf = (s: string) => getComputedStyle(document.querySelector(s)!).direction;
      const article = document.querySelector('article')!;
      return { html: [document.documentElement.lang.slice(0, 2), document.documentElement.dir], reader: dirOf('.calm-reader'), comments: dirOf('.cr-comments'), article: [article.lang, dirOf('article')] };
    });
    expect(layout).toEqual({ html: ['ar', 'rtl'], reader: 'rtl', comments: 'rtl', article: ['en', 'ltr'] });

    // Mirrored toolbar: the brand and the first button start at the right, each button right of the next.
    const [bar0, brand, first] = [await box(popup, '.cr-bar'), await box(popup, '.cr-brand'), await box(popup, '.cr-bar-actions button')];
    const middle = (bar0.left + bar0.right) / 2;
    expect([brand.left > middle, first.right > middle]).toEqual([true, true]);
    expect(bar.pairs.length).toBeGreaterThan(0);
    expect(bar.pairs.every(Boolean)).toBe(true);
    // The comment control's chevron leads from the right.
    const [chevron, toggle] = [await box(popup, '.cr-chevron'), await box(popup, '.cr-comments-toggle')];
    expect(chevron.left).toBeGreaterThan((toggle.left + toggle.right) / 2);

    expect(await seriousViolations(popup)).toEqual([]);
    await screenshotViews(popup, 'ar');
    // Settings mirrored too: each option's radio sits right of its label.
    const option = await popup.$eval('.cr-option', (label) => {
      const [input, text] = [label.querySelector('input')!, label.querySelector('span')!].map((el) => el.getBoundingClientRect());
      return { inputLeft: input.left, textRight: text.right };
    });
    expect(option.inputLeft).toBeGreaterThanOrEqual(option.textRight);
    expect(await seriousViolations(popup)).toEqual([]);

    // "Read in page": the in-page reader over the tab is mirrored too, the article still ltr.
    const popupClosed = new Promise((resolve) => popup.once('close', resolve));
    await popup.click('.cr-bar-actions button').catch(() => undefined); // the popup closes itself
    await popupClosed;
    await waitForReaderText(tab, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    const reader = await tab.evaluate(() => {
      const root = document.querySelector('calm-reader-overlay')!.shadowRoot!;
      const dirOf = (s: string) => getComputedStyle(root.querySelector(s)!).direction;
      const buttons = [...root.querySelectorAll('.cr-bar-actions button')].map((b) => b.getBoundingClientRect());
      return {
        dirs: [dirOf('.calm-overlay'), dirOf('.calm-reader'), dirOf('article')],
        // The close button comes last in reading order: leftmost in a right-to-left bar.
        closeIsLeftmost: root.querySelector('.cr-close')!.getBoundingClientRect().left === Math.min(...buttons.map((b) => b.left)),
      };
    });
    expect(reader).toEqual({ dirs: ['rtl', 'rtl', 'ltr'], closeIsLeftmost: true });
    await tab.screenshot({ path: join(ARTIFACTS, 'i18n-reader-ar.png') });
    expect(await seriousViolations(tab, 'calm-reader-overlay')).toEqual([]);
    await tab.keyboard.press('Escape');
    await tab.close();
  });
});
