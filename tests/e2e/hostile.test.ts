/**
 * Hostile pages in real Chromium: every payload of the hostile corpus (tests/fixtures/hostile),
 * placed in pages served from 127.0.0.1, extracted through the built extension into the popup
 * and into the in-page reader. Counts payload executions: requests to a canary server on
 * 127.0.0.1 (every payload that runs reports `__CANARY__/<kind>/<payload id>`) and JS dialogs.
 * Must be zero.
 *
 * How the page itself is kept from firing its own payloads:
 * - RAW pages (payloads as live markup) are served with
 *   `Content-Security-Policy: default-src 'self'; script-src 'none'; ...`. The page cannot run a
 *   script or reach the canary's port. Content scripts are exempt from page CSP in Chromium, so
 *   extraction runs as usual; the popup is an extension page with its own CSP, so the page's CSP
 *   does not blind the popup run. It WOULD blind the in-page reader: the overlay's DOM lives in
 *   the page's document, under the page's CSP, so a handler slipped into it could not run and a
 *   canary image could not load. So on raw pages the reader is checked structurally (its shadow
 *   DOM must hold no handler, script, frame, script URL or canary URL), and executions in the
 *   reader are counted on the INERT pages, which are served without any CSP.
 * - INERT pages carry the payloads as text and data the page never renders as markup (escaped
 *   text, title, byline, meta, JSON-LD, attributes): the page never runs them, so any canary hit
 *   or dialog there is the extension turning text back into markup.
 * - Payloads that navigate the page by themselves (meta refresh) go on inert pages only.
 * A positive control (a lazy image whose real URL is on the canary host) must produce a hit from
 * the popup: it proves the canary would see a request if a payload made one.
 *
 * Uses the e2e build (host access to 127.0.0.1, the popup's ?tabUrl= and the reader's test hook),
 * like chromium-reader.test.ts. Run: npm run build:e2e && npx vitest run --project e2e tests/e2e/hostile.test.ts
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, WebWorker } from 'puppeteer-core';
import { buildDir, FIXTURES } from './harness/paths';
import { launchChromium, serviceWorker, type ChromiumSession } from './harness/chromium';
import { readPageState } from './harness/page-state';
import { closeWhatEachTestOpens } from './harness/setup';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { normalizeSpace, uiText } from './harness/expectations';
import { CONTROL_IDS, countByCategory, loadPayloads } from '../fixtures/hostile/payloads';
import { buildInertPages, buildRawPages, type HostilePage } from '../fixtures/hostile/pages';

const RAW_CSP = "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

let session: ChromiumSession;
let server: FixtureServer;
let canary: FixtureServer;
let worker: WebWorker;
let rawPages: HostilePage[] = [];
let inertPages: HostilePage[] = [];
const dialogs: string[] = [];
const states: Record<string, number> = {};
const structural: string[] = [];
const badInputs: Array<{ input: string; outcome: string }> = [];
const payloads = loadPayloads();

/** States the popup and reader can end in, by their heading. */
const STATE_KEYS = ['notArticleTitle', 'protectedTitle', 'tooLargeTitle', 'timeoutTitle', 'failedTitle', 'emptyTitle'] as const;

function deepPage(depth: number): string {
  return `<!doctype html><html><head><title>Deep</title></head><body><article><h1>Deep page</h1><p>${'The council met on Tuesday to discuss the ferry terminal. '.repeat(8)}</p></article>${'<div>'.repeat(depth)}bottom${'</div>'.repeat(depth)}</body></html>`;
}
function bigPage(elements: number): string {
  return `<!doctype html><html><head><title>Big</title></head><body><article><h1>Big page</h1><p>${'The council met on Tuesday to discuss the ferry terminal. '.repeat(8)}</p></article><section>${'<span></span>'.repeat(elements)}</section></body></html>`;
}
// A 1x1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

beforeAll(async () => {
  canary = await startFixtureServer();
  const live = payloads.filter((p) => !/http-equiv=["']?refresh/i.test(p.html));
  rawPages = buildRawPages(live, { canary: canary.origin, rawPerPage: 100 });
  inertPages = buildInertPages(payloads, { canary: canary.origin, inertPerPage: 24 });
  const send = (body: string | Buffer, type: string, headers: Record<string, string> = {}) =>
    (_req: unknown, res: import('node:http').ServerResponse) => {
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
  const routes: Parameters<typeof startFixtureServer>[0] = {};
  for (const page of rawPages) routes[`/hostile/${page.id}.html`] = send(page.html, 'text/html; charset=utf-8', { 'content-security-policy': RAW_CSP });
  for (const page of inertPages) routes[`/hostile/${page.id}.html`] = send(page.html, 'text/html; charset=utf-8');
  const hand = (name: string) => readFileSync(join(FIXTURES, 'hostile/pages', name));
  routes['/bad/windows-1252.html'] = send(hand('windows-1252.html'), 'text/html; charset=windows-1252');
  routes['/bad/shift-jis.html'] = send(hand('shift-jis.html'), 'text/html; charset=Shift_JIS');
  routes['/bad/plain.txt'] = send('Minutes of the harbour committee.\n'.repeat(60), 'text/plain; charset=utf-8');
  routes['/bad/image.png'] = send(PNG, 'image/png');
  routes['/bad/200k.html'] = send(bigPage(200_000), 'text/html; charset=utf-8');
  routes['/bad/deep-10000.html'] = send(deepPage(10_000), 'text/html; charset=utf-8');
  routes['/elsewhere.html'] = send('<!doctype html><title>Elsewhere</title><p>Another page.</p>', 'text/html; charset=utf-8');
  server = await startFixtureServer(routes);
  session = await launchChromium(buildDir('chrome', 'e2e'));
  worker = await serviceWorker(session);
});

closeWhatEachTestOpens(() => session?.browser);
afterAll(async () => {
  await session?.close();
  await server?.close();
  await canary?.close();
});

function watchDialogs(page: Page, where: string): void {
  page.on('dialog', (dialog) => {
    dialogs.push(`${where}: ${dialog.type()} ${dialog.message().slice(0, 60)}`);
    dialog.dismiss().catch(() => undefined);
  });
}

/** The heading of the state a popup or reader ended in, or 'article'. Waits while it loads. */
async function waitForEndState(read: () => Promise<string | null>, timeout = 30_000): Promise<string> {
  const loading = normalizeSpace(uiText('loadingTitle'));
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = normalizeSpace((await read().catch(() => null)) ?? '');
    if (text && !text.includes(loading)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!text) return 'blank';
  if (text.includes(loading)) return 'loading';
  for (const key of STATE_KEYS) if (text.includes(normalizeSpace(uiText(key)))) return key;
  return 'article';
}

/** Dangerous constructs in a rendered DOM (the popup document or the reader's shadow root). */
async function countDangerous(page: Page, inReader: boolean, canaryOrigin: string): Promise<string[]> {
  return page.evaluate((reader: boolean, canaryUrl: string) => {
    const host = Document.prototype.querySelector.call(document, 'calm-reader-overlay');
    const root: ParentNode | null = reader ? host?.shadowRoot ?? null : document.body;
    if (!root) return ['no root'];
    const found: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      const tag = el.localName;
      if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'form', 'svg', 'math', 'noscript', 'template'].includes(tag) && !(tag === 'svg' && el.closest('button, [role=button], header, nav'))) {
        found.push(`<${tag}>`);
      }
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
        if (name === 'srcdoc') found.push(`<${tag} srcdoc>`);
        if (['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href'].includes(name)) {
          if (/^(javascript|vbscript):/.test(value) || (value.startsWith('data:') && !(tag === 'img' && /^data:image\/(png|gif|jpe?g|webp|avif|bmp)/.test(value)))) found.push(`<${tag} ${name}=${value.slice(0, 40)}>`);
          if (attr.value.startsWith(canaryUrl) && !attr.value.includes('/lazy/')) found.push(`<${tag} ${name}> canary`);
        }
      }
    }
    return found;
  }, inReader, canaryOrigin);
}

async function openPopupFor(url: string): Promise<Page> {
  const popup = await session.browser.newPage();
  watchDialogs(popup, `popup ${url}`);
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabUrl=${encodeURIComponent(url)}`);
  return popup;
}

async function extractInPopup(url: string, label: string): Promise<string> {
  const popup = await openPopupFor(url);
  const state = await waitForEndState(() => popup.evaluate(() => document.body?.innerText ?? ''));
  structural.push(...(await countDangerous(popup, false, canary.origin)).map((d) => `popup ${label}: ${d}`));
  // Let images and handlers that were going to fire, fire.
  await new Promise((r) => setTimeout(r, 250));
  await popup.close();
  states[`popup:${state}`] = (states[`popup:${state}`] ?? 0) + 1;
  return state;
}

async function toggleReader(url: string): Promise<void> {
  await worker.evaluate(async (tabUrl: string) => {
    const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
    const [tab] = await api.tabs.query({ url: tabUrl });
    const hooks = (globalThis as unknown as { calmTestHooks: { toggleReaderInTab(t: unknown): Promise<unknown> } }).calmTestHooks;
    await hooks.toggleReaderInTab(tab);
  }, url);
}

async function openTab(path: string): Promise<{ page: Page; url: string }> {
  const page = await session.browser.newPage();
  const url = server.url(path);
  watchDialogs(page, `page ${path}`);
  await page.goto(url, { waitUntil: 'load' });
  return { page, url };
}

/** The page's DOM digest (harness/page-state reads it through the DOM's own prototype methods). */
async function readDigest(page: Page): Promise<string> {
  return (await readPageState(page)).digest;
}

function canaryHits(): string[] {
  return canary.requests.filter((path) => ![...CONTROL_IDS].some((id) => path.includes(`/${id}/`)));
}

describe('Chromium: the hostile payload corpus through the popup and the in-page reader', () => {
  it('runs no payload from raw pages in the popup, and the page is left exactly as it was', async () => {
    for (const page of rawPages) {
      const { page: tab, url } = await openTab(`/hostile/${page.id}.html`);
      const before = await readDigest(tab);
      await extractInPopup(url, page.id);
      expect(await readDigest(tab), `${page.id} page changed`).toBe(before);
      await tab.close();
    }
    expect(canaryHits()).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(structural).toEqual([]);
  }, 900_000);

  it('the canary sees the popup\'s requests: the positive control hit it', async () => {
    // lazy-012 is a legitimate lazy image whose real URL is on the canary host.
    expect(canary.requests.some((path) => path.includes('/lazy-012/'))).toBe(true);
  });

  it('runs no payload from inert pages in the popup or the in-page reader', async () => {
    for (const page of inertPages) {
      const { page: tab, url } = await openTab(`/hostile/${page.id}.html`);
      await extractInPopup(url, page.id);
      const before = await readDigest(tab);
      await toggleReader(url);
      const state = await waitForEndState(() => tab.evaluate(() => Document.prototype.querySelector.call(document, 'calm-reader-overlay')?.shadowRoot?.textContent ?? null));
      states[`reader:${state}`] = (states[`reader:${state}`] ?? 0) + 1;
      structural.push(...(await countDangerous(tab, true, canary.origin)).map((d) => `reader ${page.id}: ${d}`));
      await new Promise((r) => setTimeout(r, 250));
      await toggleReader(url);
      expect(await readDigest(tab), `${page.id} page not given back`).toBe(before);
      await tab.close();
    }
    expect(canaryHits()).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(structural).toEqual([]);
  }, 900_000);

  it('puts nothing dangerous in the in-page reader on raw pages (structural: the page CSP blinds execution there)', async () => {
    for (const page of rawPages) {
      const { page: tab, url } = await openTab(`/hostile/${page.id}.html`);
      await toggleReader(url);
      const state = await waitForEndState(() => tab.evaluate(() => Document.prototype.querySelector.call(document, 'calm-reader-overlay')?.shadowRoot?.textContent ?? null));
      states[`reader-raw:${state}`] = (states[`reader-raw:${state}`] ?? 0) + 1;
      structural.push(...(await countDangerous(tab, true, canary.origin)).map((d) => `reader ${page.id}: ${d}`));
      await tab.close();
    }
    expect(structural).toEqual([]);
    expect(canaryHits()).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 900_000);
});

describe('Chromium: bad inputs and pages that fight back end in a clear state', () => {
  const cases: Array<[string, string, (state: string) => void]> = [
    ['empty document', '/hostile/pages/empty.html', (s) => expect(['emptyTitle', 'notArticleTitle']).toContain(s)],
    ['text/plain', '/bad/plain.txt', (s) => expect(s).toBe('notArticleTitle')],
    ['image document', '/bad/image.png', (s) => expect(s).toBe('notArticleTitle')],
    ['frameset', '/hostile/pages/frameset.html', (s) => expect(s).toBe('notArticleTitle')],
    ['200,000 elements', '/bad/200k.html', (s) => expect(s).toBe('tooLargeTitle')],
    ['10,000-level nesting (the parser stops nesting at 512)', '/bad/deep-10000.html', (s) => expect(['article', 'tooLargeTitle', 'notArticleTitle']).toContain(s)],
    ['malformed HTML', '/hostile/pages/malformed.html', (s) => expect(s).toBe('article')],
    ['declarative shadow root', '/hostile/pages/shadow-article.html', (s) => expect(s).toBe('article')],
    ['same-origin iframe', '/hostile/pages/same-origin-iframe.html', (s) => expect(s).not.toMatch(/blank|loading/)],
    ['windows-1252', '/bad/windows-1252.html', (s) => expect(s).toBe('article')],
    ['Shift_JIS', '/bad/shift-jis.html', (s) => expect(s).toBe('article')],
    ['<base href> elsewhere', '/hostile/pages/base-elsewhere.html', (s) => expect(s).toBe('article')],
    ['prototype and JSON overrides (isolated world)', '/hostile/pages/prototype-override.html', (s) => expect(s).toBe('article')],
    ['DOM clobbering', '/hostile/pages/clobbering.html', (s) => expect(s).toBe('article')],
    ['scripts that throw and mutate', '/hostile/pages/throwing-scripts.html', (s) => expect(s).toBe('article')],
    ['script that loops forever', '/hostile/pages/looping-script.html', (s) => expect(s).not.toMatch(/blank|loading/)],
  ];

  it.each(cases)('%s', async (name, path, check) => {
    const { page: tab, url } = await openTab(path);
    if (path.includes('looping')) await new Promise((r) => setTimeout(r, 600));
    const digest = path.includes('looping') ? null : (await readDigest(tab));
    const popup = await openPopupFor(url);
    const state = await waitForEndState(() => popup.evaluate(() => document.body?.innerText ?? ''), 60_000);
    badInputs.push({ input: name, outcome: state });
    check(state);
    if (name.startsWith('<base')) {
      const hrefs = await popup.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(hrefs.filter((h) => h.includes('evil.example'))).toEqual([]);
      expect(hrefs).toContain(server.url('/hostile/pages/background.html'));
    }
    if (name === 'windows-1252') expect(await popup.evaluate(() => document.body.innerText)).toContain('\u201cNous sommes ravis\u201d');
    if (name === 'Shift_JIS') expect(await popup.evaluate(() => document.body.innerText)).toContain('\u5e02\u8b70\u4f1a');
    if (name === 'same-origin iframe') expect(await popup.evaluate(() => document.body.innerText)).not.toContain('FRAME-ONLY TEXT');
    if (digest && !path.includes('throwing')) expect((await readDigest(tab))).toBe(digest);
    await popup.close();
    await tab.close().catch(() => undefined);
  });

  it('a page that navigates away while extracting: a clear state, never blank', async () => {
    const { page: tab, url } = await openTab('/hostile/pages/navigates-away.html');
    const popup = await openPopupFor(url);
    const state = await waitForEndState(() => popup.evaluate(() => document.body?.innerText ?? ''), 60_000);
    badInputs.push({ input: 'page navigating away during extraction', outcome: state });
    expect(state).not.toMatch(/blank|loading/);
    await popup.close();
    await tab.close();
  });

  it('the tab closed while the popup waits: a clear state, never blank', async () => {
    const { page: tab, url } = await openTab('/hostile/pages/looping-script.html');
    await new Promise((r) => setTimeout(r, 600));
    const popup = await openPopupFor(url);
    await new Promise((r) => setTimeout(r, 300));
    await tab.close();
    const state = await waitForEndState(() => popup.evaluate(() => document.body?.innerText ?? ''), 60_000);
    badInputs.push({ input: 'tab closed while the popup waits', outcome: state });
    expect(state).not.toMatch(/blank|loading/);
    await popup.close();
  });
});

afterAll(() => {
  const counts = countByCategory(payloads);
  console.log([
    `hostile payloads in Chromium: ${payloads.length} payloads (${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    `  pages: ${rawPages.length} raw (CSP-locked, popup + reader structure) + ${inertPages.length} inert (popup + reader execution)`,
    `  end states: ${Object.entries(states).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `  executions: canary hits ${canaryHits().length}, dialogs ${dialogs.length}; dangerous nodes rendered: ${structural.length}; positive-control hits: ${canary.requests.length - canaryHits().length}`,
    ...canaryHits().slice(0, 20).map((h) => `    canary: ${h}`),
    ...dialogs.slice(0, 10).map((d) => `    dialog: ${d}`),
    ...structural.slice(0, 20).map((d) => `    structural: ${d}`),
    'bad inputs in Chromium:',
    ...badInputs.map((b) => `  ${b.input} -> ${b.outcome}`),
  ].join('\n'));
});
