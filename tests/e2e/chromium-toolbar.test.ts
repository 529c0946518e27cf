/**
 * The reading view's toolbar in real Chromium with the built extension (test build, one browser
 * for the file): Read aloud drives speechSynthesis — replaced in the reader's page before the
 * click, because headless Chromium has no voices and no audio — with the highlight following the
 * sentence and silence on close; Copy as Markdown puts the article's Markdown on the clipboard;
 * Save writes the files; axe-core finds nothing serious with the tools open; screenshots of the
 * toolbar playing and paused land in test-artifacts/.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Page, WebWorker } from 'puppeteer-core';
import { extract } from '../../utils/extract';
import { articleToMarkdown } from '../../utils/article-export';
import { ARTIFACTS, FIXTURES } from './harness/paths';
import { serviceWorker } from './harness/chromium';
import { useChromium } from './harness/setup';
import { seriousViolations } from './harness/axe';
import { POLL_MS, uiText, waitForText } from './harness/expectations';
import { waitForReaderText } from './harness/page-state';

declare const chrome: typeof import('wxt/browser').browser;

const env = useChromium('e2e');
let worker: WebWorker;
const downloads = mkdtempSync(join(tmpdir(), 'calm-downloads-'));

beforeAll(async () => {
  worker = await serviceWorker(env.session);
  const cdp = await env.session.browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  await env.session.browser
    .defaultBrowserContext()
    .overridePermissions(`chrome-extension://${env.session.extensionId}`, ['clipboard-read', 'clipboard-sanitized-write']);
});

/**
 * A speechSynthesis that records instead of speaking, installed in whichever world runs it.
 * `__calmSpeech.finish()` plays the browser's part: the utterance being spoken ends.
 */
const FAKE_SPEECH = `(() => {
  const log = { spoken: [], cancels: 0, current: null };
  log.finish = () => { const u = log.current; if (u && u.onend) u.onend(new Event('end')); };
  const voices = [{ name: 'Fake English', lang: 'en-US', localService: true, default: true, voiceURI: 'fake-en' }];
  const synth = {
    speak(u) { log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice && u.voice.name }); log.current = u; },
    cancel() {
      log.cancels++; log.current = null;
      // Heard by another page of the extension: a page that is closing cannot be asked afterwards.
      try { new BroadcastChannel('calm-speech').postMessage('cancel'); } catch {}
    },
    pause() {}, resume() {}, getVoices() { return voices; },
    addEventListener() {}, removeEventListener() {},
  };
  class Utterance { constructor(text) { this.text = text; this.lang = ''; this.rate = 1; this.voice = null; this.onend = null; this.onerror = null; } }
  Object.defineProperty(globalThis, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(globalThis, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  globalThis.__calmSpeech = log;
})()`;

interface SpeechLog {
  spoken: { text: string; lang: string; rate: number; voice: string | null }[];
  cancels: number;
}

const readLog = (page: Page) => page.evaluate(() => {
  const log = (globalThis as unknown as { __calmSpeech: SpeechLog }).__calmSpeech;
  return { spoken: log.spoken, cancels: log.cancels };
});
/** The text the Highlight API marks in the popup (the sentence being read). */
const highlighted = (page: Page) => page.evaluate(() => {
  const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('calm-reading');
  return h ? [...h].map((r) => r.toString()).join(' ') : null;
});

async function button(page: Page, key: string) {
  const handle = await page.waitForSelector(`xpath/.//button[normalize-space(.)=${JSON.stringify(uiText(key))}]`, { timeout: 15_000 });
  return handle!;
}

/** The popup page in a tab of its own, reading the tab that shows `path` (test builds only). */
async function openReader(path: string, speech = true): Promise<{ tab: Page; reader: Page; url: string }> {
  const url = env.server.url(path);
  const tab = await env.session.browser.newPage();
  await tab.goto(url, { waitUntil: 'load' });
  const reader = await env.session.browser.newPage();
  await reader.setViewport({ width: 800, height: 600 });
  if (speech) await reader.evaluateOnNewDocument(FAKE_SPEECH);
  await reader.goto(`chrome-extension://${env.session.extensionId}/popup.html?tabUrl=${encodeURIComponent(url)}`);
  return { tab, reader, url };
}

/** The Markdown the CLI's converter makes of the same page (jsdom), for comparison. */
function expectedMarkdown(fixture: string, url: string, comments: boolean): string {
  const doc = new JSDOM(readFileSync(join(FIXTURES, fixture), 'utf8'), { url }).window.document;
  const result = extract(doc, { url });
  if (!result.ok) throw new Error(`fixture ${fixture} did not extract: ${result.reason}`);
  const body = new JSDOM(`<body>${result.article.content}</body>`).window.document.body;
  return articleToMarkdown(result.article, body, { comments });
}

describe('Chromium: Read aloud in the popup page', () => {
  it('speaks sentence by sentence, highlights the one being read, pauses, skips, changes speed and stops on close', async () => {
    const { tab, reader } = await openReader('/pages/rich-article.html');
    await waitForText(reader, 'Measuring cold starts in serverless functions');
    await (await button(reader, 'narrateOpen')).click();
    await reader.waitForFunction(() => (globalThis as unknown as { __calmSpeech: SpeechLog }).__calmSpeech.spoken.length > 0, { polling: POLL_MS });
    let log = await readLog(reader);
    expect(log.spoken[0]).toMatchObject({ text: 'Cold starts are the delay a serverless platform adds when it has to start a fresh instance of your function before it can answer a request.', voice: 'Fake English', rate: 1 });
    expect(await highlighted(reader)).toBe(log.spoken[0].text);
    // Focus went to the Pause button: the controls are there for the keyboard at once.
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(uiText('narratePause'));
    await reader.screenshot({ path: join(ARTIFACTS, 'toolbar-playing.png') });
    // A phone-wide window: the controls wrap, nothing spills sideways.
    await reader.setViewport({ width: 360, height: 640 });
    expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await reader.screenshot({ path: join(ARTIFACTS, 'toolbar-playing-360.png') });
    await reader.setViewport({ width: 800, height: 600 });

    // The browser finishes the sentence: the next one is queued and highlighted.
    await reader.evaluate(() => (globalThis as unknown as { __calmSpeech: { finish(): void } }).__calmSpeech.finish());
    log = await readLog(reader);
    expect(log.spoken).toHaveLength(2);
    expect(await highlighted(reader)).toBe(log.spoken[1].text);

    // Next paragraph twice: past the heading, to the code, which is announced and not read.
    await (await button(reader, 'narrateNext')).click();
    await (await button(reader, 'narrateNext')).click();
    await (await button(reader, 'narrateNext')).click();
    log = await readLog(reader);
    expect(log.spoken.map((s) => s.text).slice(2)).toEqual(['How we measured', expect.stringMatching(/^Every five minutes/), uiText('narrateSkipCode')]);
    expect(log.spoken.map((s) => s.text).join(' ')).not.toContain('export async function');

    // Speed: the sentence is said again at the new rate.
    await reader.select('.cr-narrate select', '1.5');
    log = await readLog(reader);
    expect(log.spoken.at(-1)).toMatchObject({ text: uiText('narrateSkipCode'), rate: 1.5 });

    // Pause: nothing more is queued, the button says Play; Play says the sentence again.
    await (await button(reader, 'narratePause')).click();
    const paused = await readLog(reader);
    await button(reader, 'narratePlay');
    await reader.screenshot({ path: join(ARTIFACTS, 'toolbar-paused.png') });
    expect(await seriousViolations(reader)).toEqual([]);
    await (await button(reader, 'narratePlay')).click();
    log = await readLog(reader);
    expect(log.spoken.length).toBe(paused.spoken.length + 1);

    // Close: speech is cancelled, the highlight goes, focus returns to Read aloud.
    const cancelsBefore = log.cancels;
    await (await button(reader, 'narrateClose')).click();
    log = await readLog(reader);
    expect(log.cancels).toBeGreaterThan(cancelsBefore);
    expect(await highlighted(reader)).toBeNull();
    expect(await reader.evaluate(() => document.activeElement?.textContent)).toBe(uiText('narrateOpen'));
    await reader.close();
    await tab.close();
  });

  it('closing the popup page stops the speech', async () => {
    const { tab, reader } = await openReader('/pages/voa-seed.html');
    await waitForText(reader, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    await (await button(reader, 'narrateOpen')).click();
    await button(reader, 'narratePause');
    const listener = await env.session.browser.newPage();
    await listener.goto(`chrome-extension://${env.session.extensionId}/popup.html?tabUrl=none`);
    await listener.evaluate(() => {
      const heard: string[] = ((globalThis as unknown as { heard: string[] }).heard = []);
      new BroadcastChannel('calm-speech').onmessage = (e) => heard.push(String(e.data));
    });
    await reader.close({ runBeforeUnload: true });
    await listener.waitForFunction(() => (globalThis as unknown as { heard: string[] }).heard.includes('cancel'), { polling: POLL_MS, timeout: 10_000 });
    await listener.close();
    await tab.close();
  });

  it('says why when the browser lists no voices (headless Chromium has none)', async () => {
    const { tab, reader } = await openReader('/pages/rich-article.html', false);
    await waitForText(reader, 'Measuring cold starts in serverless functions');
    const voices = await reader.evaluate(() => speechSynthesis.getVoices().length);
    await (await button(reader, 'narrateOpen')).click();
    if (voices === 0) await waitForText(reader, uiText('narrateNoVoices'));
    else await button(reader, 'narratePause');
    await reader.close();
    await tab.close();
  });
});

describe('Chromium: Save or copy in the popup page', () => {
  it('Copy as Markdown puts the article on the clipboard, comments only when ticked; Copy as text too', async () => {
    const { tab, reader, url } = await openReader('/pages/voa-seed.html', false);
    await waitForText(reader, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    await reader.bringToFront();
    await (await button(reader, 'exportOpen')).click();
    await (await button(reader, 'exportCopyMarkdown')).click();
    await waitForText(reader, uiText('exportCopiedMarkdown'));
    const markdown = await reader.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toBe(expectedMarkdown('pages/voa-seed.html', url, false));
    expect(markdown).toContain('### Weapons to rebels');
    expect(markdown).not.toContain('Jersey City');
    expect(await seriousViolations(reader)).toEqual([]);
    await reader.screenshot({ path: join(ARTIFACTS, 'toolbar-export.png') });

    await reader.click('.cr-export-comments input');
    await (await button(reader, 'exportCopyMarkdown')).click();
    await reader.waitForFunction(async () => (await navigator.clipboard.readText()).includes('## Comments'), { polling: POLL_MS });
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(expectedMarkdown('pages/voa-seed.html', url, true));

    await (await button(reader, 'exportCopyText')).click();
    await waitForText(reader, uiText('exportCopiedText'));
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    expect(text.startsWith("US, Russia in Tough Talks Over Syria's Chemical Weapons\n")).toBe(true);
    expect(text).toContain('Jersey City');
    await reader.close();
    await tab.close();
  });

  it('Save as Markdown and Save as HTML write files named from the title; the HTML page has the strict CSP', async () => {
    const { tab, reader } = await openReader('/pages/rich-article.html', false);
    await waitForText(reader, 'Measuring cold starts in serverless functions');
    await (await button(reader, 'exportOpen')).click();
    await (await button(reader, 'exportSaveMarkdown')).click();
    await (await button(reader, 'exportSaveHtml')).click();
    const md = join(downloads, 'measuring-cold-starts-in-serverless-functions.md');
    const html = join(downloads, 'measuring-cold-starts-in-serverless-functions.html');
    for (let i = 0; i < 100 && !(existsSync(md) && existsSync(html)); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(downloads).sort()).toEqual([html, md].map((f) => f.slice(downloads.length + 1)).sort());
    const mdText = readFileSync(md, 'utf8');
    expect(mdText).toMatch(/^---\ntitle: "Measuring cold starts in serverless functions"\n/);
    expect(mdText).toContain('| Runtime | Region A | Region B |');
    expect(mdText).toContain('![Line chart of median cold start times by runtime](');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain(`content="default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
    expect(page).toContain('<h1>Measuring cold starts in serverless functions</h1>');
    expect(page).not.toMatch(/<script|\son[a-z]+=/i);
    await waitForText(reader, uiText('exportSaved').replace('$FILE$', 'measuring-cold-starts-in-serverless-functions.html'));
    await reader.close();
    await tab.close();
  });
});

/** The content script's isolated world in `page` (where the in-page reader's code runs). */
async function contentScriptWorld(page: Page): Promise<{ cdp: CDPSession; contextId: number }> {
  const cdp = await page.createCDPSession();
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: { id: number; origin: string; auxData?: { type?: string } } }) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin.includes(env.session.extensionId));
  if (!world) throw new Error('the content script world was not found');
  return { cdp, contextId: world.id };
}

async function evaluateIn(world: { cdp: CDPSession; contextId: number }, expression: string): Promise<unknown> {
  const r = await world.cdp.send('Runtime.evaluate', { expression, contextId: world.contextId, returnByValue: true, awaitPromise: true });
  return r.result.value;
}

describe('Chromium: the toolbar in the in-page reader', () => {
  it('N reads aloud, copy and save work in the page, Print prints the article alone, Esc closes the reader and the speech with it', async () => {
    const page = await env.session.browser.newPage();
    const url = env.server.url('/pages/voa-seed.html');
    await page.goto(url, { waitUntil: 'load' });
    await worker.evaluate(async (tabUrl: string) => {
      const [tab] = await chrome.tabs.query({ url: tabUrl });
      const hooks = (globalThis as unknown as { calmTestHooks: { toggleReaderInTab(t: unknown): Promise<unknown> } }).calmTestHooks;
      return hooks.toggleReaderInTab(tab);
    }, url);
    await waitForReaderText(page, "US, Russia in Tough Talks Over Syria's Chemical Weapons");
    const world = await contentScriptWorld(page);
    await evaluateIn(world, FAKE_SPEECH);

    // The narrate key, as in Firefox's Reader View.
    await page.keyboard.press('n');
    for (let i = 0; i < 100 && !(await evaluateIn(world, '__calmSpeech.spoken.length')); i++) await new Promise((r) => setTimeout(r, POLL_MS));
    const spoken = (await evaluateIn(world, 'JSON.stringify(__calmSpeech.spoken)')) as string;
    const first = 'U.S. Secretary of State John Kerry opened talks in Geneva Thursday with Russian Foreign Minister Sergei Lavrov as international negotiations intensify to get Syria to dismantle its chemical weapons arsenal.';
    expect(JSON.parse(spoken)[0].text).toBe(first);
    const marked = "(() => { const h = CSS.highlights.get('calm-reading'); return h ? [...h].map((r) => r.toString()).join(' ') : null; })()";
    expect(await evaluateIn(world, marked)).toBe(first);
    await evaluateIn(world, '__calmSpeech.finish()');
    expect(await evaluateIn(world, marked)).toBe(JSON.parse((await evaluateIn(world, 'JSON.stringify(__calmSpeech.spoken)')) as string)[1].text);
    // Every toolbar control has a name and is reachable with Tab.
    const names = await page.evaluate(() =>
      [...document.querySelector('calm-reader-overlay')!.shadowRoot!.querySelectorAll('.cr-bar button, .cr-bar select')].map((el) => ({
        name: (el.getAttribute('aria-label') ?? el.closest('label')?.textContent ?? el.textContent ?? '').trim(),
        focusable: (el as HTMLElement).tabIndex >= 0,
      })),
    );
    for (const n of names) expect(n.name.length > 0 && n.focusable).toBe(true);
    expect(names.map((n) => n.name)).toEqual(expect.arrayContaining([uiText('narrateOpen'), uiText('exportOpen'), uiText('printArticle'), uiText('narratePause'), uiText('narrateStop')]));
    await page.screenshot({ path: join(ARTIFACTS, 'reader-toolbar-playing.png') });
    expect(await seriousViolations(page, 'calm-reader-overlay')).toEqual([]);

    // Print: the page's own content and the reader's controls are hidden, the article shows.
    await page.emulateMediaType('print');
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const printed = await page.evaluate(() => {
      const host = document.querySelector('calm-reader-overlay')!;
      const shadow = host.shadowRoot!;
      const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
      return {
        body: shown(document.body),
        host: getComputedStyle(host).position,
        bar: shown(shadow.querySelector('.cr-bar')),
        title: shown(shadow.querySelector('.cr-title')),
        comments: shown(shadow.querySelector('.cr-comments')),
        color: getComputedStyle(shadow.querySelector('.cr-body p')!).color,
      };
    });
    expect(printed).toEqual({ body: false, host: 'static', bar: false, title: true, comments: false, color: 'rgb(0, 0, 0)' });
    await page.screenshot({ path: join(ARTIFACTS, 'reader-print.png'), fullPage: false });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMediaType('screen');
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');

    // Save or copy from the in-page reader: the same Markdown, and a file.
    await env.session.browser.defaultBrowserContext().overridePermissions(env.server.origin, ['clipboard-read', 'clipboard-sanitized-write']);
    // A real mouse click on the reader's button (a user gesture, as the clipboard wants).
    const inReader = async (key: string) => {
      const handle = await page.waitForFunction(
        (label: string) => [...(document.querySelector('calm-reader-overlay')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label),
        { polling: POLL_MS, timeout: 10_000 },
        uiText(key),
      );
      await (handle as unknown as import('puppeteer-core').ElementHandle<HTMLButtonElement>).click();
    };
    await inReader('exportOpen');
    await inReader('exportCopyMarkdown');
    await page.waitForFunction(
      (done: string) => document.querySelector('calm-reader-overlay')?.shadowRoot?.textContent?.includes(done),
      { polling: POLL_MS },
      uiText('exportCopiedMarkdown'),
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expectedMarkdown('pages/voa-seed.html', url, false));
    await inReader('exportSaveHtml');
    const saved = join(downloads, 'us-russia-in-tough-talks-over-syria-s-chemical-weapons.html');
    for (let i = 0; i < 100 && !existsSync(saved); i++) await new Promise((r) => setTimeout(r, 100));
    expect(readFileSync(saved, 'utf8')).toContain("<h1>US, Russia in Tough Talks Over Syria&#39;s Chemical Weapons</h1>");

    const cancels = (await evaluateIn(world, '__calmSpeech.cancels')) as number;
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('calm-reader-overlay'), { polling: POLL_MS });
    expect((await evaluateIn(world, '__calmSpeech.cancels')) as number).toBeGreaterThan(cancels);
    expect(await evaluateIn(world, 'CSS.highlights.size')).toBe(0);
    await world.cdp.detach();
    await page.close();
  });
});
