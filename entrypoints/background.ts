import { browser } from 'wxt/browser';
import { onMessages } from '@/utils/browser/messaging';
import { deliverArticle, openReaderInTab, toggleReaderInTab } from '@/utils/browser/reader-control';
import { injectIntoTab, TOOLS_SCRIPT } from '@/utils/browser/tab-extraction';

export const TOGGLE_READER_COMMAND = 'toggle-reader';

export default defineBackground(() => {
  // The shortcut grants activeTab on the tab it was pressed in, like a toolbar click.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === TOGGLE_READER_COMMAND) void toggleReaderInTab(tab);
  });

  onMessages({
    'open-reader': async ({ tabId, shown }) => ({ ok: (await openReaderInTab(tabId, shown)).ok }),
    'reader-extract': async ({ request, force }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      return { ok: await deliverArticle(tabId, sender.tab?.url, request, force) };
    },
    // The in-page reader's first Read aloud, Copy or Save: its tab already granted activeTab.
    'reader-load-tools': async (_data, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false };
      return { ok: (await injectIntoTab(tabId, TOOLS_SCRIPT)).ok };
    },
  });

  if (import.meta.env.MODE === 'e2e') {
    // Test builds only: automation cannot press a manifest shortcut (synthetic keys never fire
    // `commands`), so the e2e tests call the exact function the shortcut listener calls.
    (globalThis as Record<string, unknown>).calmTestHooks = { toggleReaderInTab };
  }
});
