import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser, type Browser } from 'wxt/browser';
import '@/components/reader.css';
import '@/components/popup.css';
import { ReaderScreen, type ReaderState } from '@/components/ReaderScreen';
import { useSettings } from '@/utils/use-settings';
import { sendToBackground } from '@/utils/messaging';
import { extractFromTab } from '@/utils/tab-extraction';
import { sanitizeResult } from '@/utils/sanitize-result';
import { getBrowserTranslator } from '@/utils/i18n';

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

function Popup() {
  const [settings, updateSettings] = useSettings();
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const tab = useRef<Browser.tabs.Tab | undefined>(undefined);

  const load = useCallback(async (force: boolean) => {
    setState({ kind: 'loading' });
    tab.current = await findTargetTab();
    const id = tab.current?.id;
    if (id === undefined) {
      setState({ kind: 'failed', reason: 'protected-page', detail: 'No tab to read.' });
      return;
    }
    const result = sanitizeResult(await extractFromTab(id, tab.current?.url, { force }), window);
    setState(result.ok ? { kind: 'article', article: result.article } : { kind: 'failed', reason: result.reason, detail: result.detail });
  }, []);

  useEffect(() => {
    void load(false);
  }, [load]);

  const readInPage = async () => {
    const id = tab.current?.id;
    if (id === undefined || state.kind !== 'article') return;
    // The reader opens with the article shown here; the page is not read a second time.
    await sendToBackground('open-reader', { tabId: id, shown: { ok: true, article: state.article } });
    window.close();
  };

  return (
    <ReaderScreen
      surface="popup"
      state={state}
      settings={settings}
      onSettingsChange={updateSettings}
      onShowAnyway={() => void load(true)}
      onRetry={() => void load(false)}
      onReadInPage={state.kind === 'article' ? readInPage : undefined}
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

render(<Popup />, document.getElementById('app')!);
