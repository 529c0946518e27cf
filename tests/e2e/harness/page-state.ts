import type { Page } from 'puppeteer-core';
import { POLL_MS } from './expectations';

export interface PageState {
  /** FNV-1a of the serialized document: any added, removed or changed node changes it. */
  digest: string;
  nodes: number;
  scrollX: number;
  scrollY: number;
  /** Elements of the reader's host tag present in the document. */
  readerHosts: number;
}

/**
 * Read the page from its own (main) world: what the page and the user see. Runs in the browser,
 * so it must stay self-contained. Only the DOM's own prototype methods are used: a clobbering page
 * shadows document.getElementsByTagName and friends with named forms.
 */
export async function readPageState(page: Page): Promise<PageState> {
  return page.evaluate(() => {
    const text = new XMLSerializer().serializeToString(document);
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return {
      digest: `${hash.toString(16)}:${text.length}`,
      nodes: Document.prototype.getElementsByTagName.call(document, '*').length,
      scrollX: window.scrollX,
      scrollY: window.scrollY,
      readerHosts: Document.prototype.getElementsByTagName.call(document, 'calm-reader-overlay').length,
    };
  });
}

/** Event listeners on window and document, from every world (CDP, Chromium only). */
export async function countListeners(page: Page): Promise<number> {
  const client = await page.createCDPSession();
  try {
    let total = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await client.send('Runtime.evaluate', { expression });
      const { listeners } = await client.send('DOMDebugger.getEventListeners', { objectId: result.objectId!, depth: 0 });
      total += listeners.length;
    }
    return total;
  } finally {
    await client.detach();
  }
}

/** Wait until the in-page reader's shadow root shows `text`. */
export async function waitForReaderText(page: Page, text: string, timeout = 20_000): Promise<void> {
  const wanted = text.replace(/\s+/g, ' ').trim();
  try {
    await page.waitForFunction(
      (t: string) => (document.querySelector('calm-reader-overlay')?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').includes(t),
      { timeout, polling: POLL_MS },
      wanted,
    );
  } catch (error) {
    const shown = await readerText(page).catch(() => '(the page did not answer)');
    const what = shown === null ? 'the reader is not open' : `the reader shows: "${shown.replace(/\s+/g, ' ').trim().slice(0, 400)}"`;
    throw new Error(`waited ${timeout} ms for "${wanted}" in the reader; ${what}`, { cause: error });
  }
}

/** The reader's shadow root text (open shadow root), or null when the reader is closed. */
export async function readerText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('calm-reader-overlay');
    return host?.shadowRoot ? (host.shadowRoot.textContent ?? '') : null;
  });
}
