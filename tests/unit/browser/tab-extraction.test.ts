/**
 * extractFromTab's choice between asking the page and injecting first, with fakeBrowser
 * (scripting.* and tabs.sendMessage are spied on: fakeBrowser does not implement them). A page's
 * first read injects at once; a page read before is asked, and injected only when nothing answers.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Envelope } from '../../../utils/browser/messaging';
import { EXTRACT_SCRIPT, extractFromTab, readInjectedPages } from '../../../utils/browser/tab-extraction';

const URL_A = 'https://news.example/a';
const ARTICLE = {
  ok: true as const,
  article: {
    url: URL_A, title: 'A calm story', dir: 'ltr' as const, content: '<p>Body</p>', textContent: 'Body',
    wordCount: 1, readingTimeMinutes: 1, comments: [], readerable: true,
  },
};

/** A tab whose page answers only once extract.js is in it; every call to the page, in order. */
function fakePage() {
  const page = { hasScript: false, calls: [] as string[] };
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
    page.calls.push(`inject ${details.files?.join()}`);
    page.hasScript = true;
    return [];
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: Envelope) => {
    page.calls.push(`ask ${message.type}`);
    if (!page.hasScript) throw new Error('Could not establish connection. Receiving end does not exist.');
    return ARTICLE;
  }) as never);
  return page;
}

describe('extractFromTab: ask or inject', () => {
  let page: ReturnType<typeof fakePage>;
  beforeEach(() => {
    page = fakePage();
  });

  it('on a page it never read, injects without asking first, then gets the article', async () => {
    expect(await extractFromTab(3, URL_A, { force: false })).toEqual(ARTICLE);
    expect(page.calls).toEqual([`inject ${EXTRACT_SCRIPT}`, 'ask extract']);
  });

  it('the second time, asks the script already in the page and does not inject it again', async () => {
    await extractFromTab(3, URL_A, { force: false });
    page.calls.length = 0;
    expect(await extractFromTab(3, URL_A, { force: true })).toEqual(ARTICLE);
    expect(page.calls).toEqual(['ask extract']);
  });

  it('a page reloaded at the same address (script gone) is asked, then injected', async () => {
    await extractFromTab(3, URL_A, { force: false });
    page.hasScript = false;
    page.calls.length = 0;
    expect(await extractFromTab(3, URL_A, { force: false })).toEqual(ARTICLE);
    expect(page.calls).toEqual(['ask extract', `inject ${EXTRACT_SCRIPT}`, 'ask extract']);
  });

  it('another page in the same tab is injected at once', async () => {
    await extractFromTab(3, URL_A, { force: false });
    page.hasScript = false;
    page.calls.length = 0;
    await extractFromTab(3, 'https://news.example/b', { force: false });
    expect(page.calls).toEqual([`inject ${EXTRACT_SCRIPT}`, 'ask extract']);
    expect(await readInjectedPages()).toEqual({ 3: 'https://news.example/b' });
  });

  it('without session storage, asks first as before (and still reads the page)', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new Error('storage.session is not available'));
    expect(await readInjectedPages()).toBeNull();
    expect(await extractFromTab(3, URL_A, { force: false })).toEqual(ARTICLE);
    expect(page.calls).toEqual(['ask extract', `inject ${EXTRACT_SCRIPT}`, 'ask extract']);
  });

  it('follows the memory the caller already started reading, not a second read', async () => {
    page.hasScript = true; // put there by an earlier click the caller's memory knows of
    await extractFromTab(3, URL_A, { force: false, injectedPages: Promise.resolve({ 3: URL_A }) });
    expect(page.calls).toEqual(['ask extract']);
  });
});
