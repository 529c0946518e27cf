import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ReaderScreen, type ReaderScreenProps, type ReaderState } from '../../components/ReaderScreen';
import type { ExtractFailureReason } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { makeArticle, renderWithI18n } from './helpers';

function renderScreen(state: ReaderState, extra: Partial<ReaderScreenProps> = {}) {
  const props = {
    state,
    settings: { ...DEFAULT_SETTINGS },
    onSettingsChange: vi.fn(),
    onShowAnyway: vi.fn(),
    onRetry: vi.fn(),
    surface: 'popup' as const,
    ...extra,
  };
  const view = renderWithI18n(<ReaderScreen {...props} />);
  return { ...view, props };
}

/** The names of the buttons in the main area (the top bar's are checked separately). */
function mainButtons(): string[] {
  const main = screen.getByRole('main');
  return Array.from(main.querySelectorAll('button')).map((b) => b.textContent ?? '');
}

describe('ReaderScreen states (each a designed screen with a next step)', () => {
  it('loading: a heading, a sentence and a busy indicator screen readers hear', () => {
    renderScreen({ kind: 'loading' });
    expect(screen.getByRole('heading', { level: 1, name: 'Getting the article ready' })).toBeTruthy();
    expect(screen.getByText(/setting aside everything that isn't the article/)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading the article…');
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(mainButtons()).toEqual([]);
  });

  it('not an article: says so and "Show anyway" asks for the forced extraction', async () => {
    const { props } = renderScreen({ kind: 'failed', reason: 'not-an-article' });
    expect(await screen.findByRole('heading', { level: 1, name: "This page doesn't look like an article" })).toBeTruthy();
    expect(mainButtons()).toEqual(['Show anyway']);
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    expect(props.onShowAnyway).toHaveBeenCalledTimes(1);
    expect(props.onRetry).not.toHaveBeenCalled();
  });

  it('protected page: says the browser does not let extensions read it, and what to do instead', async () => {
    renderScreen({ kind: 'failed', reason: 'protected-page' });
    expect(await screen.findByRole('heading', { level: 1, name: "The browser doesn't let extensions read this page" })).toBeTruthy();
    expect(screen.getByText(/settings, extension stores, the PDF viewer/)).toBeTruthy();
    expect(screen.getByText(/open it in a normal tab and click Calm Reader again/)).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull();
  });

  it('too large: names the problem and offers a retry', async () => {
    const { props } = renderScreen({ kind: 'failed', reason: 'too-large' });
    expect(await screen.findByRole('heading', { level: 1, name: 'This page is too large to simplify' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('timeout: "The page did not answer" with Retry', async () => {
    const { props } = renderScreen({ kind: 'failed', reason: 'timeout' });
    expect(await screen.findByRole('heading', { level: 1, name: 'The page did not answer' })).toBeTruthy();
    expect(mainButtons()).toEqual(['Try again']);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  it('article empty: offers both Retry and Show anyway', async () => {
    const { props } = renderScreen({ kind: 'failed', reason: 'empty' });
    expect(await screen.findByRole('heading', { level: 1, name: 'This article looks empty' })).toBeTruthy();
    expect(mainButtons()).toEqual(['Try again', 'Show anyway']);
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(props.onShowAnyway).toHaveBeenCalledTimes(1);
    expect(props.onRetry).toHaveBeenCalledTimes(1);
  });

  // A reason this build does not know (forged or newer) falls back to the generic failure screen.
  it.each(['parse-failed', 'reason-from-a-newer-build'] as ExtractFailureReason[])('%s: "Copy details" copies a bug report and says "Copied"', async (reason) => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderScreen({ kind: 'failed', reason, detail: 'TypeError: x is undefined at clean()' });
    expect(await screen.findByRole('heading', { level: 1, name: "Calm Reader couldn't simplify this page" })).toBeTruthy();
    expect(mainButtons()).toEqual(['Try again', 'Copy details']);
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Copy details' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    const report = writeText.mock.calls[0][0] as string;
    expect(report).toContain(`Reason: ${reason}`);
    expect(report).toContain('Detail: TypeError: x is undefined at clean()');
    expect(report).toContain(`Browser: ${navigator.userAgent}`);
  });

  it('when the clipboard refuses, the report is shown to copy by hand', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) }, configurable: true });
    renderScreen({ kind: 'failed', reason: 'parse-failed', detail: 'boom' });
    fireEvent.click(await screen.findByRole('button', { name: 'Copy details' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Couldn't copy/));
    expect(screen.getByLabelText('Details for a bug report').textContent).toContain('Reason: parse-failed');
  });

  it('while a failure screen is still loading, the loading screen stays: the page is never empty', async () => {
    renderScreen({ kind: 'failed', reason: 'timeout' });
    expect(screen.getByRole('heading', { level: 1, name: 'Getting the article ready' })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    expect(await screen.findByRole('heading', { level: 1, name: 'The page did not answer' })).toBeTruthy();
    expect(screen.queryByText('Getting the article ready')).toBeNull();
  });

  it('article: the title is the page heading and no state screen is shown', () => {
    renderScreen({ kind: 'article', article: makeArticle() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('US, Russia in Tough Talks Over Syria’s Chemical Weapons');
    expect(screen.getByRole('article')).toBeTruthy();
    expect(screen.queryByText('Getting the article ready')).toBeNull();
  });

  it('popup: "Read in page" calls its callback; no close button', () => {
    const onReadInPage = vi.fn();
    renderScreen({ kind: 'article', article: makeArticle() }, { onReadInPage });
    fireEvent.click(screen.getByRole('button', { name: 'Read in page' }));
    expect(onReadInPage).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Close reader' })).toBeNull();
  });

  it('overlay: a visible close button calls onClose; no "Read in page"', () => {
    const onClose = vi.fn();
    const { container } = renderScreen({ kind: 'loading' }, { surface: 'overlay', onClose });
    fireEvent.click(screen.getByRole('button', { name: 'Close reader' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Read in page' })).toBeNull();
    expect(container.querySelector('.calm-reader')!.getAttribute('data-surface')).toBe('overlay');
  });

  it('sets the UI language and direction on the root, whatever the host page uses', () => {
    const { container } = renderScreen({ kind: 'loading' });
    const root = container.querySelector('.calm-reader')!;
    expect(root.getAttribute('lang')).toBe('en-US');
    expect(root.getAttribute('dir')).toBe('ltr');
  });

  it('every state has exactly one h1 and a main landmark', async () => {
    const states: ReaderState[] = [
      { kind: 'loading' },
      { kind: 'article', article: makeArticle() },
      ...(['not-an-article', 'protected-page', 'too-large', 'timeout', 'parse-failed', 'empty'] as const)
        .map((reason) => ({ kind: 'failed' as const, reason })),
    ];
    for (const state of states) {
      const { unmount } = renderScreen(state);
      // A failure screen loads on first use; the check is on the screen itself, once it is there.
      if (state.kind !== 'loading') await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBeNull());
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
      expect(screen.getAllByRole('main')).toHaveLength(1);
      unmount();
    }
  });
});
