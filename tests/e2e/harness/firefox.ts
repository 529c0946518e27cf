import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser, startWithOneRetry } from './browsers';
import type { FixtureServer } from './server';

// A fixed moz-extension:// host, so the test knows the popup's address.
export const FIREFOX_UUID = '3d5f0c1e-7b7a-4c1e-9a53-0c0ffee0ca1e';

export interface FirefoxSession {
  browser: Browser;
  uuid: string;
  extensionOrigin: string;
  close(): Promise<void>;
}

/**
 * Firefox ESR over WebDriver BiDi, with the e2e build installed (all permissions granted, since
 * no automation can click Firefox's toolbar button and grant activeTab).
 */
export async function launchFirefox(extensionDir: string): Promise<FirefoxSession> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const executablePath = findBrowser('firefox');
  return startWithOneRetry('Firefox', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'calm-firefox-'));
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath,
        headless: true,
        userDataDir: profile,
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
          // Keep the closed network quiet.
          'app.update.enabled': false,
          'browser.shell.checkDefaultBrowser': false,
          'extensions.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
        },
      });
      await browser.installExtension(extensionDir);
      const started = browser;
      return {
        browser: started,
        uuid: FIREFOX_UUID,
        extensionOrigin: `moz-extension://${FIREFOX_UUID}`,
        close: async () => {
          await started.close().catch(() => undefined);
          rmSync(profile, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await browser?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      throw error;
    }
  });
}

/** Route for FixtureServer: `/goto?to=URL` sends the tab on to URL (BiDi refuses moz-extension:// gotos). */
export function gotoRoute() {
  return {
    '/goto': (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
      const to = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('to') ?? 'about:blank';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>redirect</title><script>location.href = ${JSON.stringify(to)};</script>`);
    },
  };
}

/**
 * Opens the popup page in a tab of its own, reading the tab whose URL is `tabUrl` (test builds
 * only). `evaluate` on the returned page runs in the popup page.
 */
export async function openFirefoxPopup(session: FirefoxSession, server: FixtureServer, tabUrl: string): Promise<Page> {
  const page = await session.browser.newPage();
  const popupUrl = `${session.extensionOrigin}/popup.html?tabUrl=${encodeURIComponent(tabUrl)}`;
  // The redirect page never finishes loading as far as BiDi is concerned (its frame is replaced
  // by the extension page), so do not wait for its load event; wait for the extension page.
  page.goto(server.url(`/goto?to=${encodeURIComponent(popupUrl)}`)).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const protocol = await page.evaluate(() => location.protocol).catch(() => '');
    if (protocol === 'moz-extension:') break;
    if (Date.now() > deadline) throw new Error(`the popup page did not open at ${popupUrl}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return page;
}
