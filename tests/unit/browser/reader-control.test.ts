/**
 * The keyboard shortcut's handler and the popup's "Read in page", with fakeBrowser. scripting.*,
 * tabs.sendMessage and commands.onCommand are not implemented by fakeBrowser: they are spied on,
 * and a small fake tab answers the typed messages the way the two content scripts do.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '../../../utils/browser/messaging';
import type { ExtractResult } from '../../../utils/extract/types';
import { openReaderInTab, toggleReaderInTab } from '../../../utils/browser/reader-control';
import { EXTRACT_SCRIPT, READER_SCRIPT } from '../../../utils/browser/tab-extraction';

const ARTICLE = {
  ok: true,
  article: {
    url: 'https://news.example/a', title: 'A calm story', dir: 'ltr', content: '<p>Body</p>', textContent: 'Body',
    wordCount: 1, readingTimeMinutes: 1, comments: [], readerable: true,
  },
} satisfies ExtractResult;

interface FakeTab {
  open: boolean;
  shown: Array<{ request: number; result: ExtractResult }>;
  injected: string[];
  refuseInjection?: string;
}

function installFakeTab(tab: FakeTab) {
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
    if (tab.refuseInjection) throw new Error(tab.refuseInjection);
    tab.injected.push(...(details.files ?? []));
    return [];
  }) as never);
  let current = 0;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: Envelope) => {
    switch (message.type) {
      case 'reader-toggle': {
        const { request, mode } = message.data as { request: number; mode: 'toggle' | 'open' };
        tab.open = mode === 'open' ? true : !tab.open;
        current = request;
        return { open: tab.open };
      }
      case 'extract':
        // As in a browser: only an injected extraction script answers.
        // With the reader's (silent) listener there, Chromium answers undefined instead of throwing.
        if (!tab.injected.includes(EXTRACT_SCRIPT)) {
          if (tab.injected.includes(READER_SCRIPT)) return undefined;
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        return ARTICLE;
      case 'reader-show': {
        const data = message.data as { request: number; result: ExtractResult };
        if (!tab.open || data.request !== current) return { shown: false };
        tab.shown.push(data);
        return { shown: true };
      }
      default:
        throw new Error(`unexpected message ${message.type}`);
    }
  }) as never);
}

describe('the reader shortcut (toggleReaderInTab)', () => {
  let tab: FakeTab;
  beforeEach(() => {
    tab = { open: false, shown: [], injected: [] };
    installFakeTab(tab);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Calm Reader cannot read this page');
  });

  it('injects the reader and the extractor, opens the reader and gives it the article', async () => {
    const outcome = await toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never);
    expect(outcome).toEqual({ ok: true, open: true });
    expect(tab.injected).toEqual([READER_SCRIPT, EXTRACT_SCRIPT]);
    expect(tab.shown).toHaveLength(1);
    expect(tab.shown[0]!.result).toEqual(ARTICLE);
  });

  it('the second time, asks the extraction script already in the page instead of injecting it again', async () => {
    await toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never); // open
    await toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never); // close
    await toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never); // open again
    expect(tab.injected.filter((f) => f === EXTRACT_SCRIPT)).toHaveLength(1);
    expect(tab.shown).toHaveLength(2);
  });

  it('pressed again, closes the reader without extracting', async () => {
    await toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never);
    const outcome = await toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never);
    expect(outcome).toEqual({ ok: true, open: false });
    expect(tab.shown).toHaveLength(1);
  });

  it('pressed twice quickly, ends closed and the late article is not shown', async () => {
    const [first, second] = await Promise.all([
      toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never),
      toggleReaderInTab({ id: 7, url: 'https://news.example/a' } as never),
    ]);
    expect(first).toEqual({ ok: true, open: true });
    expect(second).toEqual({ ok: true, open: false });
    expect(tab.open).toBe(false);
    expect(tab.shown).toHaveLength(0);
  });

  it.each([
    ['chrome://settings/', undefined],
    [undefined, undefined],
    ['https://news.example/pdf', 'Cannot access contents of the page'],
  ])('on a page the browser protects (%s) returns a failure value and flags the tab', async (url, refusal) => {
    tab.refuseInjection = refusal;
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue(undefined as never);
    const outcome = await toggleReaderInTab({ id: 9, url } as never);
    expect(outcome).toEqual({ ok: false, reason: 'protected-page' });
    expect(badge).toHaveBeenCalledWith({ tabId: 9, text: '!' });
    expect(tab.shown).toHaveLength(0);
  });

  it('without a tab (shortcut pressed in a devtools window) does nothing and says why', async () => {
    expect(await toggleReaderInTab(undefined)).toEqual({ ok: false, reason: 'no-tab' });
  });
});

describe('"Read in page" (openReaderInTab)', () => {
  it('opens the reader in the named tab and never closes one already open', async () => {
    const tab: FakeTab = { open: false, shown: [], injected: [] };
    installFakeTab(tab);
    const created = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    expect(await openReaderInTab(created.id!)).toEqual({ ok: true, open: true });
    expect(await openReaderInTab(created.id!)).toEqual({ ok: true, open: true });
    expect(tab.shown).toHaveLength(2);
  });

  it('opens with the article the popup already shows, without reading the page again', async () => {
    const tab: FakeTab = { open: false, shown: [], injected: [] };
    installFakeTab(tab);
    const created = await fakeBrowser.tabs.create({ url: 'https://news.example/a' });
    const shown: ExtractResult = { ok: true, article: { ...ARTICLE.article, title: 'As the popup showed it' } };
    expect(await openReaderInTab(created.id!, shown)).toEqual({ ok: true, open: true });
    expect(tab.injected).toEqual([READER_SCRIPT]);
    expect(tab.shown.map((s) => s.result)).toEqual([shown]);
  });

  it('a tab that is gone gives a failure value', async () => {
    expect(await openReaderInTab(4242)).toEqual({ ok: false, reason: 'no-tab' });
  });
});

describe('the background wiring', () => {
  it('routes the toggle-reader command, and only that command, to the reader', async () => {
    const tab: FakeTab = { open: false, shown: [], injected: [] };
    installFakeTab(tab);
    let onCommand: ((command: string, tab?: unknown) => void) | undefined;
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(((listener: typeof onCommand) => {
      onCommand = listener;
    }) as never);
    const background = (await import('../../../entrypoints/background')).default;
    background.main();
    expect(onCommand).toBeTypeOf('function');
    onCommand!('something-else', { id: 3, url: 'https://news.example/a' });
    await vi.waitFor(() => expect(tab.injected).toEqual([]));
    onCommand!('toggle-reader', { id: 3, url: 'https://news.example/a' });
    await vi.waitFor(() => expect(tab.shown).toHaveLength(1));
    expect(tab.open).toBe(true);
  });
});
