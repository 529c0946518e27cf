import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../utils/i18n';

/**
 * Components receive the translator through context so they never reach the browser API
 * themselves: the entrypoints provide one backed by browser.i18n (utils/browser/i18n.ts), tests
 * one that reads messages.json. A tree rendered without it is a wiring mistake, said at once
 * rather than shown as raw message keys.
 */
const I18nContext = createContext<Translator | null>(null);

export function I18nProvider(props: { translator: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={props.translator}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('Calm Reader: components need an <I18nProvider> around them');
  return translator;
}
