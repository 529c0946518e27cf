import { browser, type Browser } from 'wxt/browser';
import { isProtectedUrl } from '../protected-url';
import { sendToTab } from './messaging';
import { extractFromTab, injectIntoTab, READER_SCRIPT } from './tab-extraction';
import type { ReadResult } from './types';

/**
 * The in-page reader's control flow, run by the background for the keyboard shortcut and for the
 * popup's "Read in page" button — the same path for both.
 *
 * 1. inject the reader script (idempotent) and ask it to toggle: it opens at once in its loading
 *    state, or closes if it was open;
 * 2. if it opened, extract and hand the result to the reader, tagged with the request number, so
 *    that a result arriving after the user already closed (pressed twice quickly) is dropped.
 */
export type ReaderOutcome =
  | { ok: true; open: boolean }
  | { ok: false; reason: 'no-tab' | 'protected-page' | 'unreachable' };

let lastRequest = 0;

function nextRequest(): number {
  lastRequest += 1;
  return lastRequest;
}

/** Tell the user, without touching the page, that this tab cannot be read. */
async function flagUnreadable(tabId: number): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  try {
    await action.setBadgeText({ tabId, text: '!' });
    await action.setTitle({ tabId, title: browser.i18n.getMessage('stateProtectedTitle') || 'Calm Reader cannot read this page' });
  } catch {
    // The tab may be gone already; there is nobody left to tell.
  }
}

export async function runReader(
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
  mode: 'toggle' | 'open',
  shown?: ReadResult,
): Promise<ReaderOutcome> {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return { ok: false, reason: 'no-tab' };
  if (isProtectedUrl(tab?.url)) {
    await flagUnreadable(tabId);
    return { ok: false, reason: 'protected-page' };
  }
  const injected = await injectIntoTab(tabId, READER_SCRIPT);
  if (!injected.ok) {
    await flagUnreadable(tabId);
    return { ok: false, reason: 'protected-page' };
  }
  const request = nextRequest();
  let open: boolean;
  try {
    ({ open } = await sendToTab(tabId, 'reader-toggle', { request, mode }));
  } catch {
    return { ok: false, reason: 'unreachable' };
  }
  if (open) {
    if (shown) await showInReader(tabId, request, shown);
    else await deliverArticle(tabId, tab?.url, request, false);
  }
  return { ok: true, open };
}

/** Extract and give the result to the open reader (also used by its "Show anyway" / "Retry"). */
export async function deliverArticle(tabId: number, url: string | undefined, request: number, force: boolean): Promise<boolean> {
  return showInReader(tabId, request, await extractFromTab(tabId, url, { force }));
}

async function showInReader(tabId: number, request: number, result: ReadResult): Promise<boolean> {
  try {
    const { shown } = await sendToTab(tabId, 'reader-show', { request, result });
    return shown;
  } catch {
    return false;
  }
}

/** The keyboard shortcut. */
export function toggleReaderInTab(tab: Browser.tabs.Tab | undefined): Promise<ReaderOutcome> {
  return runReader(tab, 'toggle');
}

/**
 * The popup's "Read in page" button: the popup passes the tab id (its URL comes from the grant)
 * and the article it is showing, which the reader opens with: the page was read a moment ago,
 * reading it twice would only make the user wait.
 */
export async function openReaderInTab(tabId: number, shown?: ReadResult): Promise<ReaderOutcome> {
  let tab: Browser.tabs.Tab | undefined;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { ok: false, reason: 'no-tab' };
  }
  return runReader(tab, 'open', shown);
}
