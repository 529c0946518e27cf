import { useRef, useState } from 'preact/hooks';
import type { Article, ExtractFailureReason } from '../utils/extract/types';
import type { Settings } from '../utils/settings';
import { ArticleView } from './ArticleView';
import { CommentsSection } from './CommentsSection';
import { useI18n } from './i18n';
import { SettingsPanel } from './SettingsPanel';
import { FailureScreen, LoadingScreen } from './StateScreen';

export type ReaderState =
  | { kind: 'loading' }
  | { kind: 'article'; article: Article }
  | { kind: 'failed'; reason: ExtractFailureReason | 'unexpected'; detail?: string };

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
  surface: 'popup' | 'overlay';
}

/**
 * The reading view both the popup and the in-page overlay render (issue 4 and issue 5): a top
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

  return (
    <div
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
      <header class="cr-bar">
        <p class="cr-brand">{i18n.t('appName')}</p>
        <div class="cr-bar-actions">
          {props.onReadInPage && state.kind !== 'failed' ? (
            <button type="button" class="cr-button cr-button-quiet" onClick={() => props.onReadInPage?.()}>{i18n.t('readInPage')}</button>
          ) : null}
          <button
            ref={settingsButton}
            type="button"
            class="cr-button cr-button-quiet"
            aria-expanded={settingsOpen ? 'true' : 'false'}
            onClick={() => (settingsOpen ? closeSettings() : setSettingsOpen(true))}
          >
            {i18n.t('settingsOpen')}
          </button>
          {props.onClose ? (
            <button type="button" class="cr-button cr-button-quiet cr-close" onClick={() => props.onClose?.()}>
              {i18n.t('closeReader')}
            </button>
          ) : null}
        </div>
      </header>
      {settingsOpen ? (
        <SettingsPanel settings={settings} onSettingsChange={props.onSettingsChange} onDone={closeSettings} />
      ) : null}
      <main class="cr-main" aria-busy={state.kind === 'loading' ? 'true' : undefined}>
        {state.kind === 'loading' ? <LoadingScreen /> : null}
        {state.kind === 'failed' ? (
          <FailureScreen reason={state.reason} detail={state.detail} surface={props.surface} onShowAnyway={props.onShowAnyway} onRetry={props.onRetry} />
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
