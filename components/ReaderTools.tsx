import { useEffect, useId, useReducer, useRef, useState } from 'preact/hooks';
import { plainArticle, type SanitizedArticle } from '../utils/sanitize-result';
import { useI18n } from './i18n';
import type { Narrator } from './narrator';
import type { ExportKind } from './export-actions';
import type { LazyTools } from './lazy-tools';

/** The speeds offered (the narrator keeps any rate between the first and the last). */
const RATES = [0.75, 1, 1.25, 1.5, 1.75, 2] as const;

type NarratorSlot = { narrator: Narrator | null; failed: boolean };

/**
 * One narrator per article body, made once the tools have loaded; re-renders on every change;
 * stops when the reader goes away (unmount) or the page does (a closing popup never unmounts).
 */
/** Loads the tools (an interface: the JSX text check reads an arrow type's `>` as markup). */
interface ToolsLoader {
  (): Promise<LazyTools>;
}

function useNarrator(load: ToolsLoader, create: (tools: LazyTools) => Narrator | null, key: unknown): NarratorSlot {
  const [slot, setSlot] = useState<NarratorSlot>({ narrator: null, failed: false });
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    let n: Narrator | null = null;
    let closed = false;
    const stop = () => n?.dispose();
    let unsubscribe = () => {};
    load().then(
      (tools) => {
        if (closed) return;
        n = create(tools);
        if (!n) return;
        unsubscribe = n.subscribe(() => rerender(0));
        window.addEventListener('pagehide', stop);
        setSlot({ narrator: n, failed: false });
      },
      () => !closed && setSlot({ narrator: null, failed: true }),
    );
    return () => {
      closed = true;
      window.removeEventListener('pagehide', stop);
      unsubscribe();
      n?.dispose();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return slot;
}

/**
 * The reading view's own tools, below its top bar: the read-aloud row and the copy / save panel.
 * The buttons that open them live in the bar (components/ReaderScreen.tsx).
 */

const languageName = (lang: string, locale: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
};

export interface NarrationBarProps {
  article: SanitizedArticle;
  getBody(): Element | null;
  loadTools(): Promise<LazyTools>;
  /** The bar was closed (Close button): the caller hides it and returns focus. */
  onClose(): void;
}

/** Play / pause, stop, previous / next paragraph, speed; and why it cannot read, when it cannot. */
export function NarrationBar(props: NarrationBarProps) {
  const i18n = useI18n();
  const id = useId();
  const playButton = useRef<HTMLButtonElement>(null);
  const { narrator, failed } = useNarrator(props.loadTools, ({ createNarrator, browserNarratorEnv }) => {
    const body = props.getBody();
    if (!body) return null;
    const env = browserNarratorEnv(window, body.getRootNode(), {
      uiLang: i18n.locale,
      announce: (kind) => i18n.t(kind === 'code' ? 'narrateSkipCode' : 'narrateSkipTable'),
    });
    const n = createNarrator(body, props.article.lang || undefined, env);
    n.play();
    return n;
  }, props.article.url);

  useEffect(() => {
    playButton.current?.focus();
  }, [narrator]);

  const state = narrator?.getState();
  // The tools could not be loaded (the tab changed under the reader): as good as no speech.
  const unavailable = failed ? 'unsupported' : state?.unavailable;
  const playing = state?.status === 'playing';
  return (
    <section class="cr-narrate" aria-label={i18n.t('narrateHeading')} data-status={unavailable ? 'unavailable' : state?.status ?? 'stopped'}>
      {unavailable ? (
        <p class="cr-narrate-note" role="status">{i18n.t(unavailable === 'unsupported' ? 'narrateUnsupported' : 'narrateNoVoices')}</p>
      ) : (
        <div class="cr-narrate-controls">
          <button type="button" class="cr-button" onClick={() => narrator?.previous()}>{i18n.t('narratePrevious')}</button>
          <button ref={playButton} type="button" class="cr-button cr-button-primary cr-narrate-play" onClick={() => narrator?.toggle()}>
            {i18n.t(playing ? 'narratePause' : 'narratePlay')}
          </button>
          <button type="button" class="cr-button" onClick={() => narrator?.stop()} disabled={state?.status === 'stopped'}>{i18n.t('narrateStop')}</button>
          <button type="button" class="cr-button" onClick={() => narrator?.next()}>{i18n.t('narrateNext')}</button>
          <label class="cr-narrate-rate" for={`${id}-rate`}>
            <span class="cr-narrate-rate-label">{i18n.t('narrateSpeed')}</span>
            <select
              id={`${id}-rate`}
              value={String(state?.rate ?? 1)}
              onChange={(event) => narrator?.setRate(Number((event.currentTarget as HTMLSelectElement).value))}
            >
              {RATES.map((r) => (
                <option key={r} value={String(r)}>{`${new Intl.NumberFormat(i18n.locale).format(r)}×`}</option>
              ))}
            </select>
          </label>
        </div>
      )}
      <button type="button" class="cr-button cr-button-quiet cr-narrate-close" onClick={props.onClose}>{i18n.t('narrateClose')}</button>
      <p class="cr-narrate-status" aria-live="polite">
        {state?.fallbackLang ? i18n.t('narrateFallback', [languageName(state.fallbackLang, i18n.locale), languageName(i18n.locale, i18n.locale)]) : null}
      </p>
    </section>
  );
}

/** The narrator for a test or a caller that needs it (exported for the hook's users). */
export type { Narrator };

export interface ExportPanelProps {
  article: SanitizedArticle;
  getBody(): Element | null;
  /** Brings the export code in on first use (each surface has its own way). */
  loadTools(): Promise<LazyTools>;
  onDone(): void;
}

const ACTIONS: { kind: ExportKind; label: string }[] = [
  { kind: 'copy-markdown', label: 'exportCopyMarkdown' },
  { kind: 'copy-text', label: 'exportCopyText' },
  { kind: 'save-markdown', label: 'exportSaveMarkdown' },
  { kind: 'save-html', label: 'exportSaveHtml' },
];

/** Copy as Markdown or text, save as Markdown or HTML; comments only when the box is ticked. */
export function ExportPanel(props: ExportPanelProps) {
  const i18n = useI18n();
  const id = useId();
  const [comments, setComments] = useState(false);
  const [status, setStatus] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const hasComments = props.article.comments.length > 0;

  const run = async (kind: ExportKind) => {
    const body = props.getBody();
    if (!body) return;
    setStatus('');
    const container = (body.closest('.calm-reader') ?? body) as Element;
    // The saved page holds the very HTML the reader shows, sanitized once where it arrived.
    const article = plainArticle(props.article);
    const outcome = await props
      .loadTools()
      .then(({ runExport }) => runExport(kind, { article, body, container, win: window }, { comments: hasComments && comments }))
      .catch(() => ({ ok: false as const, kind }));
    if (!outcome.ok) setStatus(i18n.t(kind.startsWith('copy') ? 'exportCopyFailed' : 'exportSaveFailed'));
    else if (outcome.fileName) setStatus(i18n.t('exportSaved', [outcome.fileName]));
    else setStatus(i18n.t(kind === 'copy-markdown' ? 'exportCopiedMarkdown' : 'exportCopiedText'));
  };

  return (
    <section class="cr-settings cr-export" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} class="cr-settings-heading">{i18n.t('exportHeading')}</h2>
      <div class="cr-export-actions">
        {ACTIONS.map((action, i) => (
          <button key={action.kind} ref={i === 0 ? first : undefined} type="button" class="cr-button" onClick={() => void run(action.kind)}>
            {i18n.t(action.label)}
          </button>
        ))}
      </div>
      {hasComments ? (
        <div class="cr-options">
          <label class="cr-option cr-export-comments">
            <input type="checkbox" checked={comments} onChange={(event) => setComments((event.currentTarget as HTMLInputElement).checked)} />
            <span>{i18n.t('exportIncludeComments')}</span>
          </label>
        </div>
      ) : null}
      <p class="cr-export-status" role="status" aria-live="polite">{status}</p>
      <div class="cr-actions">
        <button type="button" class="cr-button cr-button-primary" onClick={props.onDone}>{i18n.t('settingsDone')}</button>
      </div>
    </section>
  );
}
