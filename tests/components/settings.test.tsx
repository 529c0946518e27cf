import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { useState } from 'preact/hooks';
import { ReaderScreen } from '../../components/ReaderScreen';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import type { SanitizedArticle } from '../../utils/sanitize-result';
import { makeArticle, makeComment, renderWithI18n } from './helpers';

/** A reader whose settings live in component state, as the entrypoints do with useSettings. */
function StatefulReader(props: { onChange?: (s: Settings) => void; article?: SanitizedArticle }) {
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
  it('opens from a button as a labelled form with every setting', async () => {
    renderWithI18n(<StatefulReader />);
    const open = screen.getByRole('button', { name: 'Reading settings' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    // The panel loads on first use.
    expect(await screen.findByRole('heading', { level: 2, name: 'Reading settings' })).toBeTruthy();
    for (const group of ['Theme', 'Font', 'Line width', 'Comments']) expect(screen.getByRole('group', { name: group })).toBeTruthy();
    for (const option of ['Automatic', 'Light', 'Dark', 'Sepia', 'Serif', 'Sans-serif', 'Narrow', 'Medium', 'Wide', 'Show, collapsed', 'Hide']) {
      expect(screen.getByRole('radio', { name: option })).toBeTruthy();
    }
    const size = screen.getByRole('slider', { name: 'Text size' }) as HTMLInputElement;
    expect(Number(size.max) - Number(size.min) + 1).toBeGreaterThanOrEqual(5);
    expect(size.getAttribute('aria-valuetext')).toBe('Size 3 of 7');
    // Focus goes into the panel, onto the current theme.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Automatic' })));
  });

  it('applies every change at once: callback fired and the root data attributes change', async () => {
    const onChange = vi.fn();
    const { container } = renderWithI18n(<StatefulReader onChange={onChange} />);
    const el = root(container);
    expect(el.dataset).toMatchObject({ theme: 'auto', font: 'serif', size: '3', width: 'medium' });
    fireEvent.click(screen.getByRole('button', { name: 'Reading settings' }));

    fireEvent.click(await screen.findByRole('radio', { name: 'Dark' }));
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

  it('"Hide" comments removes the comments section at once, "Show, collapsed" brings it back closed', async () => {
    const article = makeArticle({ comments: [makeComment('Ann', 'First!'), makeComment('Bo', 'Second.')] });
    const { container } = renderWithI18n(<StatefulReader article={article} />);
    expect(screen.getByRole('button', { name: '2 comments' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Reading settings' }));
    fireEvent.click(await screen.findByRole('radio', { name: 'Hide' }));
    expect(container.querySelector('.cr-comments')).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Show, collapsed' }));
    expect(screen.getByRole('button', { name: '2 comments' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('"Done" closes the panel and gives focus back to its button', async () => {
    renderWithI18n(<StatefulReader />);
    const open = screen.getByRole('button', { name: 'Reading settings' });
    fireEvent.click(open);
    fireEvent.click(await screen.findByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('heading', { level: 2, name: 'Reading settings' })).toBeNull();
    expect(document.activeElement).toBe(open);
    expect(open.getAttribute('aria-expanded')).toBe('false');
  });
});
