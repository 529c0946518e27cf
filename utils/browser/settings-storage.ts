import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, normalizeSettings, type Settings } from '../settings';

/** One stored value: what the settings functions here need of storage (tests pass their own). */
export interface StoredItem<T> {
  getValue(): Promise<T | undefined>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value whenever it changes, here or anywhere else; returns the unsubscribe. */
  watch(onChange: (value: T | undefined) => void): () => void;
}

/**
 * One key of the browser's sync storage, read and watched directly. (A general storage library
 * cost about 3 kB gzip in the popup and again in the in-page reader for this one key.) The
 * browser API is touched only when a method is called, never at import.
 */
export function defineSyncItem<T>(key: string): StoredItem<T> {
  return {
    async getValue() {
      const got = await browser.storage.sync.get(key);
      return got[key] as T | undefined;
    },
    async setValue(value) {
      await browser.storage.sync.set({ [key]: value });
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'sync' && Object.prototype.hasOwnProperty.call(changes, key)) onChange(changes[key]!.newValue as T | undefined);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

export const settingsItem: StoredItem<Settings> = defineSyncItem<Settings>('settings');

export async function loadSettings(item = settingsItem): Promise<Settings> {
  try {
    return normalizeSettings(await item.getValue());
  } catch {
    // Storage can be unavailable (e.g. sync disabled by policy): read with the defaults.
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(next: Settings, item = settingsItem): Promise<Settings> {
  const clean = normalizeSettings(next);
  await item.setValue(clean);
  return clean;
}

/** Subscribe to changes made anywhere (the other surface, another window, another machine). */
export function watchSettings(onChange: (next: Settings) => void, item = settingsItem): () => void {
  return item.watch((value) => onChange(normalizeSettings(value)));
}
