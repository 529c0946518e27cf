import { browser, type Browser } from 'wxt/browser';
import type { ReadResult } from './types';

/**
 * The one typed protocol map. Every message that crosses a boundary in Calm Reader is listed
 * here with its payload and its answer; nothing else is sent. Only plain JSON crosses.
 *
 * To the tab (content scripts, sent with tabs.sendMessage):
 * - extract:       run the extraction pipeline on the live page (extract.js)
 * - reader-toggle: open (in its loading state) or close the in-page reader (reader.js)
 * - reader-show:   give the open reader what extraction returned for its request
 * To the background (sent with runtime.sendMessage):
 * - open-reader:    the popup's "Read in page" button, with the article the popup already shows
 * - reader-extract: the in-page reader's "Show anyway" and "Retry" buttons
 * - reader-load-tools: the in-page reader's Read aloud / Copy / Save, first use (inject their code)
 */
export interface Protocol {
  /** `pageTiming`: when the page started and finished extracting (epoch ms), for the click timeline. */
  extract: { data: { force: boolean }; reply: ReadResult & { pageTiming?: { start: number; end: number } } };
  /** `toggle` is the shortcut; `open` is the popup's button (never closes an open reader). */
  'reader-toggle': { data: { request: number; mode: 'toggle' | 'open' }; reply: { open: boolean } };
  'reader-show': { data: { request: number; result: ReadResult }; reply: { shown: boolean } };
  /** `shown` is what the popup is showing: the reader opens with it instead of extracting again. */
  'open-reader': { data: { tabId: number; shown?: ReadResult }; reply: { ok: boolean } };
  'reader-extract': { data: { request: number; force: boolean }; reply: { ok: boolean } };
  'reader-load-tools': { data: Record<string, never>; reply: { ok: boolean } };
}

export type MessageType = keyof Protocol;

export interface Envelope<K extends MessageType = MessageType> {
  /** Tells our messages apart from any other extension traffic. */
  calm: 1;
  type: K;
  data: Protocol[K]['data'];
}

export function createMessage<K extends MessageType>(type: K, data: Protocol[K]['data']): Envelope<K> {
  return { calm: 1, type, data };
}

export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as { calm?: unknown }).calm === 1
    && typeof (value as { type?: unknown }).type === 'string';
}

export async function sendToTab<K extends MessageType>(
  tabId: number,
  type: K,
  data: Protocol[K]['data'],
): Promise<Protocol[K]['reply']> {
  return (await browser.tabs.sendMessage(tabId, createMessage(type, data))) as Protocol[K]['reply'];
}

export async function sendToBackground<K extends MessageType>(
  type: K,
  data: Protocol[K]['data'],
): Promise<Protocol[K]['reply']> {
  return (await browser.runtime.sendMessage(createMessage(type, data))) as Protocol[K]['reply'];
}

type Handlers = {
  [K in MessageType]?: (
    data: Protocol[K]['data'],
    sender: Browser.runtime.MessageSender,
  ) => Protocol[K]['reply'] | Promise<Protocol[K]['reply']>;
};

/**
 * Listen for some message types. Uses sendResponse + `return true` rather than returning a
 * promise: several listeners share one isolated world (extract.js and reader.js) and a listener
 * must stay silent for types it does not handle, or it would answer for the other one.
 * Returns a function that removes the listener.
 */
export function onMessages(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) => {
    if (!isEnvelope(message)) return false;
    const handler = handlers[message.type] as
      | ((data: unknown, sender: Browser.runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return false;
    Promise.resolve()
      .then(() => handler(message.data, sender))
      .then(sendResponse, (error: unknown) => {
        // Handlers return failures as values; this is the last net so the sender never hangs.
        console.error('[calm-reader]', error);
        sendResponse(undefined);
      });
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
