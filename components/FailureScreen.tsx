import { useId, useState } from 'preact/hooks';
import type { ReadFailureReason } from '../utils/browser/types';
import { useI18n } from './i18n';

interface Copy {
  title: string;
  text: string;
  next: string;
  actions: ReadonlyArray<'showAnyway' | 'retry' | 'copyDetails'>;
}

/**
 * Every way extraction can end without an article, each with a heading, a sentence and a next
 * step: no state leaves the user without a next step.
 */
const COPY: Record<ReadFailureReason, Copy> = {
  'not-an-article': { title: 'notArticleTitle', text: 'notArticleText', next: 'notArticleNext', actions: ['showAnyway'] },
  'protected-page': { title: 'protectedTitle', text: 'protectedText', next: 'protectedNext', actions: [] },
  'too-large': { title: 'tooLargeTitle', text: 'tooLargeText', next: 'tooLargeNext', actions: ['retry'] },
  timeout: { title: 'timeoutTitle', text: 'timeoutText', next: 'timeoutNext', actions: ['retry'] },
  'parse-failed': { title: 'failedTitle', text: 'failedText', next: 'failedNext', actions: ['retry', 'copyDetails'] },
  empty: { title: 'emptyTitle', text: 'emptyText', next: 'emptyNext', actions: ['retry', 'showAnyway'] },
};

export interface FailureScreenProps {
  reason: ReadFailureReason;
  detail?: string;
  surface: 'popup' | 'overlay';
  onShowAnyway(): void;
  onRetry(): void;
}

/** The bug report "Copy details" puts on the clipboard: for developers, so not translated. */
export function createBugReport(reason: ReadFailureReason, detail: string | undefined, surface: string): string {
  return [
    'Calm Reader problem report',
    `Reason: ${reason}`,
    `Detail: ${detail || '(none)'}`,
    `Surface: ${surface}`,
    `Browser: ${globalThis.navigator?.userAgent ?? 'unknown'}`,
  ].join('\n');
}

export function FailureScreen(props: FailureScreenProps) {
  const i18n = useI18n();
  const id = useId();
  // A reason this build does not know (a forged message, or one from a newer page script) gets
  // the generic failure screen, with Try again and Copy details.
  const copy = COPY[props.reason] ?? COPY['parse-failed'];
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const report = createBugReport(props.reason, props.detail, props.surface);

  const copyDetails = async () => {
    try {
      await navigator.clipboard.writeText(report);
      setCopyState('copied');
    } catch {
      // No clipboard permission or no user activation: show the report for manual copying.
      setCopyState('failed');
    }
  };

  return (
    <section class={`cr-state cr-state-${props.reason}`} aria-labelledby={`${id}-h`}>
      <h1 id={`${id}-h`} class="cr-state-title">{i18n.t(copy.title)}</h1>
      <p class="cr-state-text">{i18n.t(copy.text)}</p>
      <p class="cr-state-next">{i18n.t(copy.next)}</p>
      {copy.actions.length ? (
        <div class="cr-actions">
          {copy.actions.map((action, i) => {
            const primary = i === 0 ? ' cr-button-primary' : '';
            if (action === 'showAnyway') return <button key={action} type="button" class={`cr-button${primary}`} onClick={() => props.onShowAnyway()}>{i18n.t('showAnyway')}</button>;
            if (action === 'retry') return <button key={action} type="button" class={`cr-button${primary}`} onClick={() => props.onRetry()}>{i18n.t('retry')}</button>;
            return <button key={action} type="button" class={`cr-button${primary}`} onClick={() => void copyDetails()}>{i18n.t('copyDetails')}</button>;
          })}
        </div>
      ) : null}
      {copy.actions.includes('copyDetails') ? (
        <p role="status" class="cr-copy-status">
          {copyState === 'copied' ? i18n.t('copied') : copyState === 'failed' ? i18n.t('copyFailed') : ''}
        </p>
      ) : null}
      {copyState === 'failed' ? (
        <pre class="cr-report" tabIndex={0} aria-label={i18n.t('reportLabel')}>{report}</pre>
      ) : null}
    </section>
  );
}
