import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import '@/components/reader.css';
import '@/components/popup.css';
import { ReaderScreen, type ReaderState } from '@/components/ReaderScreen';
import { I18nProvider } from '@/components/i18n';
import { useSettings } from '@/utils/browser/use-settings';
import { sendToBackground } from '@/utils/browser/messaging';
import { extractFromTab, readInjectedPages } from '@/utils/browser/tab-extraction';
import { plainArticle, sanitizeResult } from '@/utils/sanitize-result';
import { getBrowserTranslator } from '@/utils/browser/i18n';
import { markMoment } from '@/utils/click-moments';

/**
 * The tab the popup reads: the active tab of its window. Test builds only (mode "e2e") may name
 * it by URL instead, because Firefox automation opens this page in a tab of its own.
 */
async function findTargetTab(): Promise<Browser.tabs.Tab | undefined> {
  if (import.meta.env.MODE === 'e2e') {
    const tabUrl = new URLSearchParams(location.search).get('tabUrl');
    // Compared by hand: match patterns cannot name a port, and Firefox rejects ones that do.
    if (tabUrl) return (await browser.tabs.query({})).find((t) => t.url === tabUrl);
  }
  return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
}

interface TabRead {
  tab?: Browser.tabs.Tab;
  state: ReaderState;
}

/** Read the tab and turn the answer into what the popup shows. Never throws. */
async function readTab(force: boolean): Promise<TabRead> {
  // Read while the tab is looked for: whether this page already has the extraction script.
  const injectedPages = readInjectedPages();
  const tab = await findTargetTab();
  markMoment('tab-found');
  if (tab?.id === undefined) return { tab, state: { kind: 'failed', reason: 'protected-page', detail: 'No tab to read.' } };
  const reply = await extractFromTab(tab.id, tab.url, { force, onMoment: markMoment, injectedPages });
  if (reply.pageTiming) {
    markMoment('page-extract-start', reply.pageTiming.start);
    markMoment('page-extract-end', reply.pageTiming.end);
  }
  const result = sanitizeResult(reply, window);
  markMoment('sanitized');
  return { tab, state: result.ok ? { kind: 'article', article: result.article } : { kind: 'failed', reason: result.reason, detail: result.detail } };
}

markMoment('popup-start');
// The page is read from the popup's first moment, not after its first render: the user is
// waiting for the article, not for the loading screen.
const firstRead = readTab(false);

function Popup() {
  const [settings, updateSettings] = useSettings();
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const tab = useRef<Browser.tabs.Tab | undefined>(undefined);

  const show = useCallback(async (read: Promise<TabRead>) => {
    const done = await read;
    tab.current = done.tab;
    setState(done.state);
  }, []);
  const load = (force: boolean) => {
    setState({ kind: 'loading' });
    void show(readTab(force));
  };

  useEffect(() => {
    void show(firstRead);
  }, [show]);
  useEffect(() => {
    // Effects run once the frame is painted: the article is on screen.
    if (state.kind === 'article') markMoment('article-shown');
  }, [state]);

  const readInPage = async () => {
    const id = tab.current?.id;
    if (id === undefined || state.kind !== 'article') return;
    // The reader opens with the article shown here; the page is not read a second time.
    await sendToBackground('open-reader', { tabId: id, shown: { ok: true, article: plainArticle(state.article) } });
    window.close();
  };

  return (
    <ReaderScreen
      surface="popup"
      state={state}
      settings={settings}
      onSettingsChange={updateSettings}
      onShowAnyway={() => load(true)}
      onRetry={() => load(false)}
      onReadInPage={state.kind === 'article' ? readInPage : undefined}
      loadTools={() => import('@/components/lazy-tools')}
    />
  );
}

// A popup page shown in a tab (Firefox for Android, or opened directly) sizes itself fluidly;
// see components/popup.css for why this cannot be a media query.
void browser.tabs.getCurrent().then((self) => {
  if (self) document.documentElement.dataset.inTab = '';
});

// The page itself speaks the interface's language: screen readers, the scrollbar's side and
// text selection follow it (the article inside keeps its own lang and dir).
const ui = getBrowserTranslator();
document.documentElement.lang = ui.locale;
document.documentElement.dir = ui.dir;

render(
  <I18nProvider translator={ui}>
    <Popup />
  </I18nProvider>,
  document.getElementById('app')!,
);
