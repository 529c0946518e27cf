import { useId } from 'preact/hooks';
import { useI18n } from './i18n';

/**
 * The first thing both surfaces show, so it is bundled with them; the failure screens
 * (FailureScreen.tsx) load only when one is needed.
 */
export function LoadingScreen() {
  const i18n = useI18n();
  const id = useId();
  return (
    <section class="cr-state cr-state-loading" aria-labelledby={`${id}-h`}>
      <div class="cr-spinner" aria-hidden="true" />
      <h1 id={`${id}-h`} class="cr-state-title">{i18n.t('loadingTitle')}</h1>
      <p class="cr-state-text">{i18n.t('loadingText')}</p>
      <p role="status" class="cr-visually-hidden">{i18n.t('loadingStatus')}</p>
    </section>
  );
}
