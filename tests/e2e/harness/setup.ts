/**
 * The usual frame of a browser test file: the fixture server (with the file's own routes) and a
 * browser with one build of the extension, up for the whole file, closed after it — and, around
 * every test, the guarantee that the test leaves nothing behind.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { launchChromium, type ChromiumLaunchOptions, type ChromiumSession } from './chromium';
import { buildDir } from './paths';
import { startFixtureServer, type FixtureServer, type Route } from './server';

export interface ChromiumEnv {
  session: ChromiumSession;
  server: FixtureServer;
}

/** Registers the file's hooks; the fields are set once beforeAll has run. */
export function useChromium(build: 'production' | 'e2e', routes: Record<string, Route> = {}, launch: ChromiumLaunchOptions = {}): ChromiumEnv {
  const env = {} as ChromiumEnv;
  beforeAll(async () => {
    env.server = await startFixtureServer(routes);
    env.session = await launchChromium(buildDir('chrome', build), launch);
  });
  closeWhatEachTestOpens(() => env.session?.browser);
  afterAll(async () => {
    await env.session?.close();
    await env.server?.close();
  });
  return env;
}

// A page that will not close (a renderer stuck in a page's own loop) must not hold up the suite:
// the browser is closed at the end of the file anyway.
const CLOSE_WAIT_MS = 5_000;

/**
 * Tabs and popups a test opened are closed after it, whether it passed or failed. A test that
 * fails half-way used to leave its tab open — a page spinning in its own script keeps one of the
 * machine's two cores busy, and a popup left open answers the next test's queries — so one
 * failure made the tests after it slow or wrong.
 */
export function closeWhatEachTestOpens(getBrowser: () => Browser | undefined): void {
  let before = new Set<Page>();
  beforeEach(async () => {
    before = new Set((await getBrowser()?.pages(true)) ?? []);
  });
  afterEach(async () => {
    const browser = getBrowser();
    if (!browser?.connected) return;
    const left = ((await browser.pages(true).catch(() => [])) as Page[]).filter((page) => !before.has(page) && !page.isClosed());
    await Promise.all(left.map((page) => closeWithin(page, CLOSE_WAIT_MS)));
  });
}

async function closeWithin(page: Page, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<'gave-up'>((resolve) => {
    timer = setTimeout(() => resolve('gave-up'), ms);
  });
  const outcome = await Promise.race([page.close().then(() => 'closed' as const, () => 'closed' as const), gaveUp]);
  clearTimeout(timer);
  if (outcome === 'gave-up') console.warn(`a page the test left open did not close within ${ms} ms: ${page.url()}`);
}
