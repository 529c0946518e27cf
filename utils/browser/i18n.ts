import { browser } from 'wxt/browser';
import { createTranslator, resolveUiLocale, type Translator } from '../i18n';

function getBrowserMessage(key: string, substitutions?: string[]): string {
  try {
    // WXT types getMessage with the literal keys of messages.json; keys here are computed
    // (plural forms), and a missing one returns "" at run time, handled by the caller.
    const getMessage = browser.i18n.getMessage as unknown as (k: string, s?: string[]) => string;
    return getMessage(key, substitutions) ?? '';
  } catch {
    return '';
  }
}

function getBrowserLocale(): string {
  try {
    return browser.i18n.getUILanguage() || navigator.language || 'en';
  } catch {
    return globalThis.navigator?.language || 'en';
  }
}

let defaultTranslator: Translator | undefined;

/** The translator backed by browser.i18n (created lazily: importing this module calls nothing). */
export function getBrowserTranslator(): Translator {
  defaultTranslator ??= createTranslator(getBrowserMessage, resolveUiLocale(getBrowserMessage('messagesLocale'), getBrowserLocale()));
  return defaultTranslator;
}
