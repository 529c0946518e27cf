import { act, fireEvent, renderHook, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useState } from 'preact/hooks';
import { ReaderScreen } from '../../components/ReaderScreen';
import {
  DEFAULT_SETTINGS, loadSettings, normalizeSettings, saveSettings, settingsItem, type Settings,
} from '../../utils/settings';
import { useSettings } from '../../utils/use-settings';
import type { Article } from '../../utils/extract/types';
import { makeArticle, makeComment, renderWithI18n } from './helpers';

/** A reader whose settings live in component state, as the entrypoints do with useSettings. */
function StatefulReader(props: { onChange?: (s: Settings) => void; article?: Article }) {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  return (
    <ReaderScreen
      surface="popup"
      state={{ kind: 'article', article: props.article ?? makeArticle() }}
      settings={settings}
      onSettingsChange={(next) => { props.onChange?.(next); setSettings(next); }}
      onShowAnyway={() => {}}
      onRetry={() => {}}
    />
  );
}

function root(container: Element): HTMLElement {
  return container.querySelector('.calm-reader') as HTMLElement;
}

describe('settings panel', () => {
  it('opens from a button as a labelled form with every setting', () => {
    renderWithI18n(<StatefulReader />);
    const open = screen.getByRole('button', { name: 'Reading settings' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('heading', { level: 2, name: 'Reading settings' })).toBeTruthy();
    for (const group of ['Theme', 'Font', 'Line width', 'Comments']) expect(screen.getByRole('group', { name: group })).toBeTruthy();
    for (const option of ['Automatic', 'Light', 'Dark', 'Sepia', 'Serif', 'Sans-serif', 'Narrow', 'Medium', 'Wide', 'Show, collapsed', 'Hide']) {
      expect(screen.getByRole('radio', { name: option })).toBeTruthy();
    }
    const size = screen.getByRole('slider', { name: 'Text size' }) as HTMLInputElement;
    expect(Number(size.max) - Number(size.min) + 1).toBeGreaterThanOrEqual(5);
    expect(size.getAttribute('aria-valuetext')).toBe('Size 3 of 7');
    // Focus goes into the panel, onto the current theme.
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Automatic' }));
  });

  it('applies every change at once: callback fired and the root data attributes change', () => {
    const onChange = vi.fn();
    const { container } = renderWithI18n(<StatefulReader onChange={onChange} />);
    const el = root(container);
    expect(el.dataset).toMatchObject({ theme: 'auto', font: 'serif', size: '3', width: 'medium' });
    fireEvent.click(screen.getByRole('button', { name: 'Reading settings' }));

    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(el.dataset.theme).toBe('dark');

    fireEvent.click(screen.getByRole('radio', { name: 'Sepia' }));
    expect(el.dataset.theme).toBe('sepia');

    fireEvent.click(screen.getByRole('radio', { name: 'Sans-serif' }));
    expect(el.dataset.font).toBe('sans');

    const size = screen.getByRole('slider', { name: 'Text size' });
    fireEvent.input(size, { target: { value: '6' } });
    expect(el.dataset.size).toBe('6');
    expect(size.getAttribute('aria-valuetext')).toBe('Size 6 of 7');

    fireEvent.click(screen.getByRole('radio', { name: 'Wide' }));
    expect(el.dataset.width).toBe('wide');

    expect(onChange).toHaveBeenLastCalledWith({ theme: 'sepia', font: 'sans', textSize: 6, lineWidth: 'wide', comments: 'collapsed' });
  });

  it('"Hide" comments removes the comments section at once, "Show, collapsed" brings it back closed', () => {
    const article = makeArticle({ comments: [makeComment('Ann', 'First!'), makeComment('Bo', 'Second.')] });
    const { container } = renderWithI18n(<StatefulReader article={article} />);
    expect(screen.getByRole('button', { name: '2 comments' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reading settings' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Hide' }));
    expect(container.querySelector('.cr-comments')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Show, collapsed' }));
    expect(screen.getByRole('button', { name: '2 comments' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('"Done" closes the panel and gives focus back to its button', () => {
    renderWithI18n(<StatefulReader />);
    const open = screen.getByRole('button', { name: 'Reading settings' });
    fireEvent.click(open);
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('heading', { level: 2, name: 'Reading settings' })).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(open.getAttribute('aria-expanded')).toBe('false');
  });
});

describe('normalizeSettings: stored data may be old or garbage', () => {
  it.each<[string, unknown, Settings]>([
    ['undefined', undefined, { ...DEFAULT_SETTINGS }],
    ['null', null, { ...DEFAULT_SETTINGS }],
    ['a string', 'dark', { ...DEFAULT_SETTINGS }],
    ['a number', 42, { ...DEFAULT_SETTINGS }],
    ['an array', ['dark'], { ...DEFAULT_SETTINGS }],
    ['an empty object', {}, { ...DEFAULT_SETTINGS }],
    ['a valid object', { theme: 'sepia', font: 'sans', textSize: 5, lineWidth: 'narrow', comments: 'hidden' },
      { theme: 'sepia', font: 'sans', textSize: 5, lineWidth: 'narrow', comments: 'hidden' }],
    ['a partial object from an older version', { theme: 'dark' }, { ...DEFAULT_SETTINGS, theme: 'dark' }],
    ['unknown enum values', { theme: 'neon', font: 'comic', lineWidth: 'huge', comments: 'open' }, { ...DEFAULT_SETTINGS }],
    ['wrong case', { theme: 'DARK' }, { ...DEFAULT_SETTINGS }],
    ['text size too large', { textSize: 99 }, { ...DEFAULT_SETTINGS, textSize: 7 }],
    ['text size too small', { textSize: -3 }, { ...DEFAULT_SETTINGS, textSize: 1 }],
    ['fractional text size', { textSize: 4.4 }, { ...DEFAULT_SETTINGS, textSize: 4 }],
    ['text size as a string', { textSize: '5' }, { ...DEFAULT_SETTINGS }],
    ['text size NaN', { textSize: Number.NaN }, { ...DEFAULT_SETTINGS }],
    ['text size Infinity', { textSize: Number.POSITIVE_INFINITY }, { ...DEFAULT_SETTINGS }],
    ['extra keys and prototype tricks', JSON.parse('{"__proto__": {"theme": "dark"}, "evil": 1, "font": "sans"}'), { ...DEFAULT_SETTINGS, font: 'sans' }],
  ])('%s', (_name, input, expected) => {
    expect(normalizeSettings(input)).toEqual(expected);
  });

  it('has a default text size in the middle of at least five steps', () => {
    expect([3, 4]).toContain(DEFAULT_SETTINGS.textSize);
  });
});

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
