/**
 * The in-page reader's lifecycle in jsdom, on every extraction fixture: opening adds one host
 * element and nothing else; closing gives back the page exactly (serialized DOM, scroll, focus).
 * Chromium and Firefox check the same in tests/e2e with real layout and real key events.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOverlay, OVERLAY_TAG } from '../../../entrypoints/reader/overlay';
import { extract } from '../../../utils/extract';

const PAGES = join(__dirname, '../../fixtures/pages');
const fixtures = readdirSync(PAGES).filter((f) => f.endsWith('.html'));

function loadPage(file: string): void {
  const html = readFileSync(join(PAGES, file), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
}

const serialize = () => new XMLSerializer().serializeToString(document);
const flush = () => new Promise((r) => setTimeout(r, 0));

beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('in-page reader overlay', () => {
  it.each(fixtures)('%s: open, show, close leaves the page exactly as it was', async (file) => {
    loadPage(file);
    const before = serialize();
    const rootBefore = document.documentElement.outerHTML;
    const overlay = createOverlay(window);
    expect(overlay.toggle(1, 'toggle')).toBe(true);
    expect(document.getElementsByTagName(OVERLAY_TAG)).toHaveLength(1);
    // Nothing but the host was added: without it, the page is what it was.
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelector(OVERLAY_TAG)!.remove();
    expect(copy.outerHTML).toBe(rootBefore);
    expect(overlay.show(1, extract(document, { url: 'https://news.example/x', force: true }))).toBe(true);
    await flush();
    overlay.close();
    expect(serialize()).toBe(before);
  });

  it('Esc closes it and focus returns where it was', async () => {
    loadPage('voa-seed.html');
    const link = document.querySelector('a')!;
    link.focus();
    const overlay = createOverlay(window);
    overlay.toggle(1, 'toggle');
    expect(document.activeElement?.tagName.toLowerCase()).toBe(OVERLAY_TAG);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(overlay.isOpen()).toBe(false);
    expect(document.activeElement).toBe(link);
  });

  it('ignores a result for a request the user already closed', () => {
    loadPage('voa-seed.html');
    const overlay = createOverlay(window);
    overlay.toggle(1, 'toggle');
    overlay.toggle(2, 'toggle');
    expect(overlay.show(1, { ok: false, reason: 'timeout' })).toBe(false);
    expect(document.getElementsByTagName(OVERLAY_TAG)).toHaveLength(0);
  });

  it('50 open/close cycles leave no nodes and no listeners behind', async () => {
    loadPage('voa-seed.html');
    const before = serialize();
    const original = window.addEventListener.bind(window);
    const removedBySignal: AbortSignal[] = [];
    const added = vi.spyOn(window, 'addEventListener').mockImplementation(((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      if (options?.signal) removedBySignal.push(options.signal);
      original(type, listener, options);
    }) as never);
    const overlay = createOverlay(window);
    for (let i = 0; i < 50; i++) {
      overlay.toggle(i, 'toggle');
      overlay.show(i, { ok: false, reason: 'not-an-article' });
      await flush();
      overlay.toggle(i + 100, 'toggle');
    }
    expect(serialize()).toBe(before);
    // Every window listener the reader added was tied to an AbortSignal that is now aborted.
    expect(added.mock.calls.length).toBeGreaterThan(0);
    expect(removedBySignal).toHaveLength(added.mock.calls.length);
    expect(removedBySignal.every((s) => s.aborted)).toBe(true);
  });
});
