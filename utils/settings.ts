/**
 * Reading settings, shared by the popup and the in-page reader: what they are and how any stored
 * value becomes valid settings. Pure; where they are stored is utils/browser/settings-storage.ts
 * (sync storage, so they follow the user between machines). Every read goes through
 * normalizeSettings because stored data may come from an older version, another browser, or be
 * plain garbage.
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
