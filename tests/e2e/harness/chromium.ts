import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { findBrowser, startWithOneRetry } from './browsers';

// Without the networking flags Chromium floods the closed network with refused connections.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
  '--window-size=1280,900',
];

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

export interface ChromiumLaunchOptions {
  /** Extra command-line switches (`--lang=de` for the interface language). */
  args?: string[];
  /** Extra environment (LANG and LANGUAGE: Chromium on Linux reads its locale from them too). */
  env?: Record<string, string>;
  /**
   * Pin the extension's button to the toolbar, as a user who reads with it does. Unpinned, a click
   * on the action (from the extensions menu, or CDP's triggerAction) first pops the button out
   * into the toolbar, and Chromium opens the popup only when that animation ends: about 260 ms on
   * this machine before the popup's document exists, none of it the extension's.
   */
  pinned?: boolean;
}

/** The id Chromium gives an unpacked extension: its real path's SHA-256, first 16 bytes, digits as a-p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

/** Debian's Chromium, headless, with one unpacked extension installed over CDP. */
export async function launchChromium(extensionDir: string, options: ChromiumLaunchOptions = {}): Promise<ChromiumSession> {
  const executablePath = findBrowser('chromium');
  return startWithOneRetry('Chromium', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'calm-chromium-'));
    if (options.pinned) {
      // The profile's pinned list, read at start; the extension installed below takes that id.
      mkdirSync(join(userDataDir, 'Default'));
      writeFileSync(join(userDataDir, 'Default/Preferences'), JSON.stringify({ extensions: { pinned_extensions: [unpackedExtensionId(extensionDir)] } }));
    }
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        pipe: true,
        enableExtensions: true,
        userDataDir,
        args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
        ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
        // No viewport emulation: the popup must be measured at the size Chrome really gives it.
        defaultViewport: null,
      });
      const extensionId = await browser.installExtension(extensionDir);
      if (options.pinned && extensionId !== unpackedExtensionId(extensionDir)) throw new Error(`could not pin the extension: its id is ${extensionId}, not ${unpackedExtensionId(extensionDir)}`);
      const started = browser;
      return {
        browser: started,
        extensionId,
        close: async () => {
          await started.close().catch(() => undefined);
          rmSync(userDataDir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      await browser?.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
  });
}

/**
 * The real toolbar click: Extensions.triggerAction on the page's tab, which grants activeTab
 * exactly as a user's click does, then the real popup page.
 */
export async function clickToolbarButton(session: ChromiumSession, page: Page): Promise<Page> {
  const extension = (await session.browser.extensions()).get(session.extensionId);
  if (!extension) throw new Error(`extension ${session.extensionId} is not installed`);
  const isPopup = (t: Target) => t.url().startsWith(`chrome-extension://${session.extensionId}/`) && t.url().endsWith('popup.html');
  // A popup left open by an earlier (failed) test must not be mistaken for the new one.
  for (const old of session.browser.targets().filter(isPopup)) await (await old.asPage())?.close();
  const popupTarget = session.browser.waitForTarget(isPopup, { timeout: 15_000 });
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await popupTarget;
  const popup = await target.asPage();
  if (!popup) throw new Error('the popup target has no page');
  return popup;
}

/** The extension's service worker, for calling what the command listener calls (e2e builds). */
export async function serviceWorker(session: ChromiumSession) {
  const target = await session.browser.waitForTarget(
    (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${session.extensionId}/`),
    { timeout: 15_000 },
  );
  const worker = await target.worker();
  if (!worker) throw new Error('no service worker');
  return worker;
}
