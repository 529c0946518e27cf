import { browser } from 'wxt/browser';

/**
 * Reading settings, shared by the popup and the in-page reader. Stored in SYNC
 * storage so they follow the user between machines; every read goes through normalizeSettings
 * because stored data may come from an older version, another browser, or be plain garbage.
 */
export type Theme = 'auto' | 'light' | 'dark' | 'sepia';
export type Font = 'serif' | 'sans';
export type LineWidth = 'narrow' | 'medium' | 'wide';
export type CommentsMode = 'collapsed' | 'hidden';

export interface Settings {
  theme: Theme;
  font: Font;
  /** 1 (smallest) .. TEXT_SIZE_MAX (largest). */
  textSize: number;
  lineWidth: LineWidth;
  comments: CommentsMode;
}

export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'sepia'];
export const FONTS: readonly Font[] = ['serif', 'sans'];
export const LINE_WIDTHS: readonly LineWidth[] = ['narrow', 'medium', 'wide'];
export const COMMENTS_MODES: readonly CommentsMode[] = ['collapsed', 'hidden'];
export const TEXT_SIZE_MIN = 1;
export const TEXT_SIZE_MAX = 7;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'auto',
  font: 'serif',
  textSize: 3,
  lineWidth: 'medium',
  comments: 'collapsed',
});

function pickOne<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function pickTextSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS.textSize;
  return Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, Math.round(value)));
}

/** Turn anything (old versions, partial objects, garbage) into valid Settings, field by field. */
export function normalizeSettings(value: unknown): Settings {
  const raw = (value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  return {
    theme: pickOne(raw.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: pickOne(raw.font, FONTS, DEFAULT_SETTINGS.font),
    textSize: pickTextSize(raw.textSize),
    lineWidth: pickOne(raw.lineWidth, LINE_WIDTHS, DEFAULT_SETTINGS.lineWidth),
    comments: pickOne(raw.comments, COMMENTS_MODES, DEFAULT_SETTINGS.comments),
  };
}

/** One stored value: what the settings functions below need of storage (tests pass their own). */
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
