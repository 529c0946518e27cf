import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { getBrowserTranslator, type Translator } from '../utils/i18n';

/**
 * Components receive the translator through context so they never call browser.* themselves.
 * The default is resolved lazily (browser.i18n) the first time a component asks; tests wrap
 * the tree in <I18nProvider> with a translator that reads messages.json.
 */
const I18nContext = createContext<Translator | null>(null);

export function I18nProvider(props: { translator: Translator; children: ComponentChildren }) {
  return <I18nContext.Provider value={props.translator}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): Translator {
  return useContext(I18nContext) ?? getBrowserTranslator();
}
