/** Settings kept in the browser's sync storage (fakeBrowser), and the hook both surfaces use. */
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { loadSettings, saveSettings, settingsItem } from '../../../utils/browser/settings-storage';
import { useSettings } from '../../../utils/browser/use-settings';

// vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(() => cleanup());

describe('settings persistence in sync storage (fakeBrowser)', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('saves to storage.sync under "settings" and reads back what was saved', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 6 });
    const raw = await fakeBrowser.storage.sync.get('settings');
    expect(raw.settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 6 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 6 });
  });

  it('repairs garbage found in storage instead of failing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'plaid', textSize: 1000, font: 'sans' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, textSize: 7, font: 'sans' });
  });

  it('useSettings loads the stored value, saves updates, and survives "closing and reopening"', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, font: 'sans' } });
    const first = renderHook(() => useSettings());
    await waitFor(() => expect(first.result.current[2]).toBe(true));
    expect(first.result.current[0].font).toBe('sans');
    act(() => first.result.current[1]({ ...first.result.current[0], theme: 'sepia' }));
    expect(first.result.current[0].theme).toBe('sepia');
    await waitFor(async () => expect((await settingsItem.getValue())?.theme).toBe('sepia'));
    first.unmount();

    const reopened = renderHook(() => useSettings());
    await waitFor(() => expect(reopened.result.current[2]).toBe(true));
    expect(reopened.result.current[0]).toEqual({ ...DEFAULT_SETTINGS, font: 'sans', theme: 'sepia' });
  });

  it('follows only its own key in sync storage', async () => {
    const seen: unknown[] = [];
    const stop = settingsItem.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark' } });
    await fakeBrowser.storage.sync.set({ other: 1 });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'sepia' } });
    stop();
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, theme: 'sepia' }]);
  });

  it('a change made in one surface shows in the other at once', async () => {
    const popup = renderHook(() => useSettings());
    const overlay = renderHook(() => useSettings());
    await waitFor(() => expect(overlay.result.current[2]).toBe(true));
    act(() => popup.result.current[1]({ ...DEFAULT_SETTINGS, theme: 'dark', lineWidth: 'wide' }));
    await waitFor(() => expect(overlay.result.current[0]).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', lineWidth: 'wide' }));
  });
});
