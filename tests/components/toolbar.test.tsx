/**
 * The reading view's toolbar (components/ReaderScreen.tsx + ReaderTools.tsx) in jsdom: every
 * control and state of Read aloud with a fake speechSynthesis, Save or copy with a fake
 * clipboard and a spied download, the N key, and Print in the in-page reader only.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderScreen, type ReaderScreenProps } from '../../components/ReaderScreen';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { SanitizedArticle } from '../../utils/sanitize-result';
import { createTestTranslator, makeArticle, makeComment, renderWithI18n } from './helpers';

const t = createTestTranslator();

interface Spoken {
  text: string;
  rate: number;
  lang: string;
  onend: (() => void) | null;
}

class FakeSynth {
  spoken: Spoken[] = [];
  cancels = 0;
  voices = [{ name: 'English', lang: 'en-US', localService: true, default: true }];
  speak(u: Spoken) {
    this.spoken.push(u);
  }
  cancel() {
    this.cancels++;
  }
  getVoices() {
    return this.voices;
  }
  addEventListener() {}
  removeEventListener() {}
  get last() {
    return this.spoken[this.spoken.length - 1];
  }
}

let synth: FakeSynth;

function installSpeech(present = true) {
  synth = new FakeSynth();
  if (present) {
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: class {
        text: string;
        rate = 1;
        lang = '';
        voice = null;
        onend = null;
        onerror = null;
        constructor(text: string) {
          this.text = text;
        }
      },
      configurable: true,
    });
  } else {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis;
    delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
  }
}

beforeEach(() => installSpeech());
afterEach(() => installSpeech(false));

const ARTICLE = makeArticle({
  content: '<h2>Talks open</h2><p>First sentence here. Second one.</p><pre><code>x()</code></pre><p>Last <a href="https://x.example/">link</a>.</p>',
  comments: [makeComment('Ann', 'Good point.', { location: 'Ayr' })],
});

function renderReader(overrides: Partial<ReaderScreenProps> = {}, article: SanitizedArticle = ARTICLE) {
  return renderWithI18n(
    <ReaderScreen
      surface="popup"
      state={{ kind: 'article', article }}
      settings={{ ...DEFAULT_SETTINGS }}
      onSettingsChange={() => {}}
      onShowAnyway={() => {}}
      onRetry={() => {}}
      loadTools={() => import('../../components/lazy-tools')}
      {...overrides}
    />,
  );
}

const button = (key: string) => screen.getByRole('button', { name: t.t(key) });
const findButton = (key: string) => screen.findByRole('button', { name: t.t(key) });

describe('Read aloud', () => {
  it('opens the controls and starts reading; Pause and Play, Next, Speed, Stop and Close work', async () => {
    renderReader();
    const open = button('narrateOpen');
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(open.getAttribute('aria-keyshortcuts')).toBe('N');
    fireEvent.click(open);
    const pause = await findButton('narratePause');
    expect(open.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(pause);
    expect(synth.spoken.map((s) => s.text)).toEqual(['Talks open']);
    expect(screen.getByRole('region', { name: t.t('narrateHeading') })).toBeTruthy();

    act(() => synth.last.onend?.());
    expect(synth.last.text).toBe('First sentence here.');

    fireEvent.click(pause);
    expect(button('narratePlay')).toBeTruthy();
    expect(synth.cancels).toBeGreaterThan(0);
    fireEvent.click(button('narratePlay'));
    expect(synth.last.text).toBe('First sentence here.');

    fireEvent.click(button('narrateNext'));
    expect(synth.last.text).toBe(t.t('narrateSkipCode'));
    fireEvent.click(button('narratePrevious'));
    expect(synth.last.text).toBe('First sentence here.');

    const speed = screen.getByLabelText(t.t('narrateSpeed')) as HTMLSelectElement;
    expect([...speed.options].map((o) => o.value)).toEqual(['0.75', '1', '1.25', '1.5', '1.75', '2']);
    fireEvent.change(speed, { target: { value: '1.75' } });
    expect(synth.last.rate).toBe(1.75);

    fireEvent.click(button('narrateStop'));
    expect(button('narrateStop').hasAttribute('disabled')).toBe(true);
    expect(button('narratePlay')).toBeTruthy();

    fireEvent.click(button('narratePlay'));
    const cancels = synth.cancels;
    fireEvent.click(button('narrateClose'));
    expect(synth.cancels).toBeGreaterThan(cancels);
    expect(screen.queryByRole('region', { name: t.t('narrateHeading') })).toBeNull();
    expect(document.activeElement).toBe(button('narrateOpen'));
  });

  it('N starts and pauses reading, but not while typing in a field', async () => {
    renderReader();
    fireEvent.keyDown(document.body, { key: 'n' });
    await findButton('narratePause');
    expect(synth.spoken).toHaveLength(1);
    fireEvent.keyDown(document.body, { key: 'N' });
    expect(button('narratePlay')).toBeTruthy();
    const field = document.createElement('input');
    document.body.append(field);
    fireEvent.keyDown(field, { key: 'n' });
    expect(button('narratePlay')).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true });
    expect(button('narratePlay')).toBeTruthy();
    field.remove();
  });

  it('closing the reader stops speaking', async () => {
    const view = renderReader();
    fireEvent.click(button('narrateOpen'));
    await findButton('narratePause');
    const cancels = synth.cancels;
    view.unmount();
    expect(synth.cancels).toBeGreaterThan(cancels);
  });

  it('a popup that goes away (pagehide) stops speaking', async () => {
    renderReader();
    fireEvent.click(button('narrateOpen'));
    await findButton('narratePause');
    const cancels = synth.cancels;
    window.dispatchEvent(new Event('pagehide'));
    expect(synth.cancels).toBeGreaterThan(cancels);
  });

  it('says why when the browser has no speech synthesis', async () => {
    installSpeech(false);
    renderReader();
    fireEvent.click(button('narrateOpen'));
    expect((await screen.findByRole('status')).textContent).toBe(t.t('narrateUnsupported'));
    expect(screen.queryByRole('button', { name: t.t('narratePlay') })).toBeNull();
  });

  it('says why when the browser has no voices', async () => {
    synth.voices = [];
    renderReader();
    fireEvent.click(button('narrateOpen'));
    expect((await screen.findByRole('status')).textContent).toBe(t.t('narrateNoVoices'));
    expect(synth.spoken).toHaveLength(0);
  });

  it('says so when no voice speaks the article language', async () => {
    renderReader({}, { ...ARTICLE, lang: 'cy' });
    fireEvent.click(button('narrateOpen'));
    await findButton('narratePause');
    expect(document.querySelector('.cr-narrate-status')?.textContent).toBe(t.t('narrateFallback', ['Welsh', 'American English']));
    expect(synth.last.lang).toBe('en-US');
  });
});

describe('Save or copy', () => {
  let writeText: ReturnType<typeof vi.fn>;
  beforeEach(() => {
    writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  });

  it('Copy as Markdown copies the rendered article with front matter and says so; comments only when ticked', async () => {
    renderReader();
    const open = button('exportOpen');
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(await findButton('exportCopyMarkdown'));
    await waitFor(() => expect(screen.getByText(t.t('exportCopiedMarkdown'))).toBeTruthy());
    const markdown = writeText.mock.calls[0][0] as string;
    expect(markdown).toContain('title: "US, Russia in Tough Talks Over Syria’s Chemical Weapons"');
    expect(markdown).toContain('source: "https://news.example.com/a/syria-talks/1749821.html"');
    expect(markdown).toContain('## Talks open\n\nFirst sentence here. Second one.\n\n```\nx()\n```\n\nLast [link](https://x.example/).');
    expect(markdown).not.toContain('Ann');

    fireEvent.click(screen.getByLabelText(t.t('exportIncludeComments')));
    fireEvent.click(button('exportCopyMarkdown'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    expect(writeText.mock.calls[1][0]).toContain('## Comments (1)\n\n- **Ann from Ayr**\n  Good point.');
  });

  it('Copy as text copies plain text', async () => {
    renderReader();
    fireEvent.click(button('exportOpen'));
    fireEvent.click(await findButton('exportCopyText'));
    await waitFor(() => expect(screen.getByText(t.t('exportCopiedText'))).toBeTruthy());
    expect(writeText.mock.calls[0][0]).toMatch(/^US, Russia in Tough Talks Over Syria’s Chemical Weapons\nSam Rivers · Example News · 2013-09-13T12:54:00Z\n\nU\.S\. Secretary/);
  });

  it('a refused clipboard says so', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    renderReader();
    fireEvent.click(button('exportOpen'));
    fireEvent.click(await findButton('exportCopyMarkdown'));
    await waitFor(() => expect(screen.getByText(t.t('exportCopyFailed'))).toBeTruthy());
  });

  it.each([
    ['exportSaveMarkdown', 'us-russia-in-tough-talks-over-syria-s-chemical-weapons.md', 'text/markdown;charset=utf-8', '---\ntitle:'],
    ['exportSaveHtml', 'us-russia-in-tough-talks-over-syria-s-chemical-weapons.html', 'text/html;charset=utf-8', '<!doctype html>'],
  ])('%s downloads a file named from the title', async (key, fileName, type, start) => {
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:calm/1';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    renderReader();
    fireEvent.click(button('exportOpen'));
    fireEvent.click(await findButton(key));
    await waitFor(() => expect(screen.getByText(t.t('exportSaved', [fileName]))).toBeTruthy());
    expect(clicked[0].download).toBe(fileName);
    expect(clicked[0].getAttribute('href')).toBe('blob:calm/1');
    expect(clicked[0].isConnected).toBe(false);
    expect(blobs[0].type).toBe(type);
    expect((await blobs[0].text()).startsWith(start)).toBe(true);
    click.mockRestore();
  });

  it('Done closes the panel and gives focus back to its button', async () => {
    renderReader();
    fireEvent.click(button('exportOpen'));
    fireEvent.click(await findButton('settingsDone'));
    expect(screen.queryByRole('button', { name: t.t('exportCopyMarkdown') })).toBeNull();
    expect(document.activeElement).toBe(button('exportOpen'));
  });

  it('says so when the export code cannot be loaded', async () => {
    renderReader({ loadTools: () => Promise.reject(new Error('no tab')) });
    fireEvent.click(button('exportOpen'));
    fireEvent.click(await findButton('exportSaveHtml'));
    await waitFor(() => expect(screen.getByText(t.t('exportSaveFailed'))).toBeTruthy());
  });

  it('a surface that cannot export offers no Save or copy button', () => {
    renderReader({ loadTools: undefined });
    expect(screen.queryByRole('button', { name: t.t('exportOpen') })).toBeNull();
  });

  it('the comments box is offered only when the article has comments', async () => {
    renderReader({}, { ...ARTICLE, comments: [] });
    fireEvent.click(button('exportOpen'));
    await findButton('exportCopyMarkdown');
    expect(screen.queryByLabelText(t.t('exportIncludeComments'))).toBeNull();
  });
});

describe('Print and the toolbar in each state', () => {
  it('Print is offered by the in-page reader only, and prints', () => {
    const onPrint = vi.fn();
    const view = renderReader({ surface: 'overlay', onPrint, onClose: () => {} });
    fireEvent.click(button('printArticle'));
    expect(onPrint).toHaveBeenCalledTimes(1);
    view.unmount();
    renderReader();
    expect(screen.queryByRole('button', { name: t.t('printArticle') })).toBeNull();
  });

  it('loading and failure screens have no article tools', () => {
    renderWithI18n(
      <ReaderScreen surface="popup" state={{ kind: 'loading' }} settings={{ ...DEFAULT_SETTINGS }} onSettingsChange={() => {}} onShowAnyway={() => {}} onRetry={() => {}} />,
    );
    expect(screen.queryByRole('button', { name: t.t('narrateOpen') })).toBeNull();
    expect(screen.queryByRole('button', { name: t.t('exportOpen') })).toBeNull();
  });
});
