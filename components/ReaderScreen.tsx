import { useEffect, useRef, useState } from 'preact/hooks';
import type { SanitizedArticle } from '../utils/sanitize-result';
import type { ReadFailureReason } from '../utils/browser/types';
import type { Settings } from '../utils/settings';
import { ArticleView } from './ArticleView';
import { CommentsSection } from './CommentsSection';
import { useI18n } from './i18n';
import { LoadingScreen } from './LoadingScreen';
import type { LazyTools } from './lazy-tools';
import { useLazyModule } from './use-lazy-module';

export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'article'; article: SanitizedArticle }
  | { kind: 'failed'; reason: ReadFailureReason; detail?: string };

export interface ReaderScreenProps {
  state: ReaderState;
  settings: Settings;
  onSettingsChange(next: Settings): void;
  /** not-an-article / empty states */
  onShowAnyway(): void;
  /** failed / timeout states */
  onRetry(): void;
  /** popup only: "Read in page" button (opens the overlay) */
  onReadInPage?(): void;
  /** overlay only: a visible close button (Esc is handled by the entrypoint) */
  onClose?(): void;
  /** overlay only: the Print button (the entrypoint prints the reader alone) */
  onPrint?(): void;
  /** How this surface loads read aloud and Save or copy on first use (no such buttons without it). */
  loadTools?(): Promise<LazyTools>;
  surface: 'popup' | 'overlay';
}

/**
 * The reading view both the popup and the in-page overlay render: a top
 * bar, the settings panel when open, and one <main> with the article or a state screen. The
 * look is driven entirely by data attributes on the root, styled by components/reader.css.
 */
export function ReaderScreen(props: ReaderScreenProps) {
  const i18n = useI18n();
  const { state, settings } = props;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsButton = useRef<HTMLButtonElement>(null);
  const closeSettings = () => {
    setSettingsOpen(false);
    settingsButton.current?.focus();
  };
  const [exportOpen, setExportOpen] = useState(false);
  const exportButton = useRef<HTMLButtonElement>(null);
  const [listening, setListening] = useState(false);
  const listenButton = useRef<HTMLButtonElement>(null);
  const main = useRef<HTMLElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const bar = useRef<HTMLElement>(null);
  // The top bar wraps to two or three rows in long languages and narrow windows: its measured
  // height keeps focused and scrolled-to elements from landing under it (see reader.css).
  useEffect(() => {
    const header = bar.current;
    const view = header?.ownerDocument.defaultView as (Window & typeof globalThis) | null | undefined;
    if (!header || !view || typeof view.ResizeObserver !== 'function') return undefined;
    const observer = new view.ResizeObserver(() => root.current?.style.setProperty('--cr-bar-height', `${Math.ceil(header.getBoundingClientRect().height)}px`));
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  const getBody = () => main.current?.querySelector('.cr-body') ?? null;
  const article = state.kind === 'article' ? state.article : null;
  // The read-aloud and export views, the settings panel and the failure screens load on first
  // use: most readers never open them, and the popup's own script stays within its size budget.
  const tools = useLazyModule(() => import('./ReaderTools'), listening || exportOpen);
  const settingsView = useLazyModule(() => import('./SettingsPanel'), settingsOpen);
  const failureView = useLazyModule(() => import('./FailureScreen'), state.kind === 'failed');
  // Until its screen has arrived, a failure keeps the loading screen: never an empty page.
  const waiting = state.kind === 'loading' || (state.kind === 'failed' && !failureView);
  const articleKey = article?.url;
  // Another article (or a state screen) ends narration and closes its panels.
  useEffect(() => {
    setListening(false);
    setExportOpen(false);
  }, [articleKey, state.kind]);

  // N starts or pauses reading aloud (Firefox's narrate key), unless typing in a field.
  useEffect(() => {
    const target = root.current?.getRootNode();
    if (!target || !article) return undefined;
    const onKey = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.key.toLowerCase() !== 'n' || e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return;
      const field = (e.composedPath()[0] as Element | undefined)?.closest?.('input, textarea, select, [contenteditable]');
      if (field && !(field as HTMLInputElement).matches('input[type=radio], input[type=checkbox], input[type=range]')) return;
      // Handled here: the page behind the in-page reader must not act on it too.
      e.preventDefault();
      e.stopPropagation();
      if (!listening) setListening(true);
      else root.current?.querySelector<HTMLButtonElement>('.cr-narrate-play')?.click();
    };
    target.addEventListener('keydown', onKey);
    return () => target.removeEventListener('keydown', onKey);
  }, [article, listening]);

  return (
    <div
      ref={root}
      class="calm-reader"
      lang={i18n.locale}
      // Set explicitly: in the in-page reader the page's `direction` would otherwise be
      // inherited through the shadow host (`all: initial` does not reset direction).
      dir={i18n.dir}
      data-surface={props.surface}
      data-theme={settings.theme}
      data-font={settings.font}
      data-size={String(settings.textSize)}
      data-width={settings.lineWidth}
      data-state={state.kind === 'failed' ? state.reason : state.kind}
    >
      <header class="cr-bar" ref={bar}>
        <p class="cr-brand">{i18n.t('appName')}</p>
        <div class="cr-bar-actions">
          {props.onReadInPage && state.kind !== 'failed' ? (
            <button type="button" class="cr-button cr-button-quiet" onClick={() => props.onReadInPage?.()}>{i18n.t('readInPage')}</button>
          ) : null}
          {article && props.loadTools ? (
            <>
              <button
                ref={listenButton}
                type="button"
                class="cr-button cr-button-quiet"
                aria-expanded={listening ? 'true' : 'false'}
                aria-keyshortcuts="N"
                title={i18n.t('narrateKeyHint')}
                onClick={() => setListening(!listening)}
              >
                {i18n.t('narrateOpen')}
              </button>
              <button
                ref={exportButton}
                type="button"
                class="cr-button cr-button-quiet"
                aria-expanded={exportOpen ? 'true' : 'false'}
                onClick={() => {
                  setExportOpen(!exportOpen);
                  setSettingsOpen(false);
                }}
              >
                {i18n.t('exportOpen')}
              </button>
              {props.onPrint ? (
                <button type="button" class="cr-button cr-button-quiet" onClick={() => props.onPrint?.()}>{i18n.t('printArticle')}</button>
              ) : null}
            </>
          ) : null}
          <button
            ref={settingsButton}
            type="button"
            class="cr-button cr-button-quiet"
            aria-expanded={settingsOpen ? 'true' : 'false'}
            onClick={() => {
              if (settingsOpen) closeSettings();
              else {
                setSettingsOpen(true);
                setExportOpen(false);
              }
            }}
          >
            {i18n.t('settingsOpen')}
          </button>
          {props.onClose ? (
            <button type="button" class="cr-button cr-button-quiet cr-close" onClick={() => props.onClose?.()}>
              {i18n.t('closeReader')}
            </button>
          ) : null}
        </div>
        {article && listening && tools && props.loadTools ? (
          <tools.NarrationBar
            key={article.url}
            article={article}
            getBody={getBody}
            loadTools={props.loadTools!}
            onClose={() => {
              setListening(false);
              listenButton.current?.focus();
            }}
          />
        ) : null}
      </header>
      {article && exportOpen && tools && props.loadTools ? (
        <tools.ExportPanel
          article={article}
          getBody={getBody}
          loadTools={props.loadTools}
          onDone={() => {
            setExportOpen(false);
            exportButton.current?.focus();
          }}
        />
      ) : null}
      {settingsOpen && settingsView ? (
        <settingsView.SettingsPanel settings={settings} onSettingsChange={props.onSettingsChange} onDone={closeSettings} />
      ) : null}
      <main ref={main} class="cr-main" aria-busy={waiting ? 'true' : undefined}>
        {waiting ? <LoadingScreen /> : null}
        {state.kind === 'failed' && failureView ? (
          <failureView.FailureScreen reason={state.reason} detail={state.detail} surface={props.surface} onShowAnyway={props.onShowAnyway} onRetry={props.onRetry} />
        ) : null}
        {state.kind === 'article' ? (
          <>
            <ArticleView article={state.article} />
            {settings.comments !== 'hidden' ? (
              <CommentsSection
                key={state.article.url}
                comments={state.article.comments ?? []}
                elsewhere={state.article.commentsElsewhere}
                lang={state.article.lang || undefined}
              />
            ) : null}
          </>
        ) : null}
      </main>
    </div>
  );
}
