import { browser } from 'wxt/browser';
import { isProtectedUrl } from '../protected-url';
import { sendToTab, type Protocol } from './messaging';
import type { ReadResult } from './types';

export const EXTRACT_SCRIPT = '/extract.js' as const;
export const READER_SCRIPT = '/reader.js' as const;
export const TOOLS_SCRIPT = '/reader-tools.js' as const;

/**
 * How long the popup waits for a page. A page whose own scripts loop blocks its main thread, and
 * with it our content script: without a bound the popup would spin forever.
 */
export const PAGE_TIMEOUT_MS = 15_000;

export type InjectResult = { ok: true } | { ok: false; result: ReadResult };

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
const TIMED_OUT = Symbol('timed out');

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Inject one of our runtime content scripts into the top frame of a tab. The scripts guard
 * against running twice, so injecting again is cheap and safe. The browser refuses injection
 * into pages it protects (its own pages, the stores, the PDF viewer): that is an expected
 * failure, returned as a value.
 */
export async function injectIntoTab(tabId: number, file: typeof EXTRACT_SCRIPT | typeof READER_SCRIPT | typeof TOOLS_SCRIPT, timeoutMs = PAGE_TIMEOUT_MS): Promise<InjectResult> {
  try {
    const injected = await withTimeout(
      browser.scripting.executeScript({ target: { tabId }, files: [file] }),
      timeoutMs,
    );
    if (injected === TIMED_OUT) return { ok: false, result: { ok: false, reason: 'timeout' } };
    return { ok: true };
  } catch (error) {
    const detail = describeError(error);
    // A tab closed or navigated away mid-injection is not a protected page: say what happened.
    if (/no tab with id|tab.*(closed|not found)|invalid tab|frame with id \d+ (was removed|is showing error)|navigated|unloaded/i.test(detail)) {
      return { ok: false, result: { ok: false, reason: 'parse-failed', detail: `The page changed or closed while it was being read. (${detail})` } };
    }
    return { ok: false, result: { ok: false, reason: 'protected-page', detail } };
  }
}

const ABSENT = Symbol('no extraction script in the page');

/**
 * Which tab had extract.js injected, at which URL, in this browser session (session storage:
 * shared by the popup and the background, gone when the browser closes). It spares a first click
 * on a page the question "is the script there?" - a round trip to a page that cannot answer yet,
 * about 10 ms of the click's wait. A wrong entry only costs time, never the article: a page
 * reloaded at the same URL fails the question and is injected; a page injected again ignores
 * the second copy (the script guards itself).
 */
const INJECTED_KEY = 'extractInjected';
/** Tab id -> URL. One short entry per tab read this session: a few kB at most, gone at exit. */
type InjectedPages = Record<string, string>;

/** What the session remembers (null when the browser has no session storage: then the page is asked). */
export async function readInjectedPages(): Promise<InjectedPages | null> {
  try {
    return ((await browser.storage.session.get(INJECTED_KEY))[INJECTED_KEY] as InjectedPages | undefined) ?? {};
  } catch {
    return null;
  }
}

/** Ask the page's extraction script, if one is there, for the article. */
async function askPage(tabId: number, force: boolean, timeoutMs: number): Promise<Protocol['extract']['reply'] | typeof TIMED_OUT | typeof ABSENT> {
  try {
    const reply = await withTimeout(sendToTab(tabId, 'extract', { force }), timeoutMs);
    // No answer at all: only other listeners are there (the in-page reader's, which stays silent
    // for messages that are not its own).
    return reply === undefined ? ABSENT : reply;
  } catch {
    // "Receiving end does not exist": not injected yet (or the page was replaced since).
    return ABSENT;
  }
}

/**
 * Run extraction in a tab and bring back the Article (plain JSON). Never throws: every failure
 * comes back as `{ ok: false, reason }` for the UI to explain.
 *
 * A page the script was injected into before (an earlier click, "Show anyway", the in-page
 * reader) is asked first: injecting it again would parse and run it again for nothing. Only when
 * nobody answers is it injected, then asked. A page this session never injected is injected at
 * once. `injectedPages`: the session's memory, when the caller started reading it earlier (the
 * popup reads it while it looks for the tab).
 */
export async function extractFromTab(
  tabId: number,
  url: string | undefined,
  options: { force: boolean; onMoment?: (moment: 'injected' | 'answered') => void; injectedPages?: Promise<InjectedPages | null> },
  timeoutMs = PAGE_TIMEOUT_MS,
): Promise<Protocol['extract']['reply']> {
  if (isProtectedUrl(url)) return { ok: false, reason: 'protected-page', detail: url ?? 'no URL' };
  const pages = await (options.injectedPages ?? readInjectedPages());
  const injectedBefore = !pages || !url || pages[tabId] === url;
  let reply = injectedBefore ? await askPage(tabId, options.force, timeoutMs) : ABSENT;
  if (reply === ABSENT) {
    const injected = await injectIntoTab(tabId, EXTRACT_SCRIPT, timeoutMs);
    if (!injected.ok) return injected.result;
    options.onMoment?.('injected');
    reply = await askPage(tabId, options.force, timeoutMs);
  } else {
    options.onMoment?.('injected');
  }
  if (pages && url && pages[tabId] !== url && reply !== ABSENT && reply !== TIMED_OUT) {
    // Not remembered (storage refused it): the next click on this page asks before injecting.
    browser.storage.session.set({ [INJECTED_KEY]: { ...pages, [tabId]: url } }).catch(() => undefined);
  }
  options.onMoment?.('answered');
  if (reply === TIMED_OUT) return { ok: false, reason: 'timeout' };
  // Injected, yet nobody answers: the page navigated away (or the tab closed) while being read.
  if (reply === ABSENT) return { ok: false, reason: 'parse-failed', detail: 'The page changed or closed while it was being read.' };
  if (!reply || typeof reply !== 'object' || typeof reply.ok !== 'boolean') {
    return { ok: false, reason: 'parse-failed', detail: 'The page gave no answer.' };
  }
  return reply;
}
