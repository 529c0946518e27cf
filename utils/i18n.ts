/**
 * UI strings. Everything the user reads comes from _locales/<lang>/messages.json
 * through browser.i18n, so the UI can be translated without touching components. This module is
 * pure (the tests and the locale checks read messages.json through it); the translator backed by
 * browser.i18n is in utils/browser/i18n.ts.
 *
 * browser.i18n has no plural support, so plural messages are stored as `<key>_<category>` with
 * the CLDR categories of Intl.PluralRules (`commentCount_one`, `commentCount_other`, and e.g.
 * `_few`/`_many` in languages that need them); `plural()` picks the right one and falls back to
 * `_other`.
 */
export interface Translator {
  /** BCP 47 tag of the UI language (for dates and numbers). */
  readonly locale: string;
  /** Writing direction of the UI language (the reader's chrome, not the article). */
  readonly dir: 'ltr' | 'rtl';
  /**
   * The message for `key`, with `$1`.. substitutions (numbers formatted for the locale: Persian
   * digits in Persian, "1.234" in German); the key itself when it is missing.
   */
  t(key: string, substitutions?: ReadonlyArray<string | number>): string;
  /** The plural form of `key` for `count`; `$1` is the count formatted for the locale. */
  plural(key: string, count: number, substitutions?: ReadonlyArray<string | number>): string;
}

type GetMessage = (key: string, substitutions?: string[]) => string;

/** UI languages written right to left (the languages browsers ship RTL UIs for). */
const RTL_LANGUAGES = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku-arab|ps|sd|ug|ur|yi)(?:[-_]|$)/i;

export function getLocaleDir(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.test(locale) ? 'rtl' : 'ltr';
}

/** A Translator over any getMessage function (the browser's, or a messages.json reader). */
export function createTranslator(getMessage: GetMessage, locale: string): Translator {
  let rules: Intl.PluralRules;
  let numbers: Intl.NumberFormat;
  try {
    rules = new Intl.PluralRules(locale);
    numbers = new Intl.NumberFormat(locale);
  } catch {
    rules = new Intl.PluralRules('en');
    numbers = new Intl.NumberFormat('en');
  }
  const format = (value: string | number) => (typeof value === 'number' ? numbers.format(value) : value);
  const t = (key: string, substitutions: ReadonlyArray<string | number> = []): string => {
    const message = getMessage(key, substitutions.map(format));
    return message || key;
  };
  return {
    locale,
    dir: getLocaleDir(locale),
    t,
    plural(key, count, substitutions = []) {
      const subs = [numbers.format(count), ...substitutions.map(format)];
      const message = getMessage(`${key}_${rules.select(count)}`, subs) || getMessage(`${key}_other`, subs);
      return message || key;
    },
  };
}

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/**
 * getMessage for a parsed messages.json, following the browser's rules: `$NAME$` is replaced by
 * its placeholder's content, then `$1`..`$9` by the substitutions, and `$$` by `$`. Used by tests
 * so they read the real strings.
 */
export function createMessagesLookup(messages: Record<string, MessageEntry>): GetMessage {
  const byLowerKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions = []) => {
    const entry = byLowerKey.get(key.toLowerCase());
    if (!entry) return '';
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const expand = (text: string) => text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : substitutions[Number(d) - 1] ?? ''));
    return entry.message
      .split(/(\$[A-Za-z0-9_@]+\$)/)
      .map((part) => {
        const named = /^\$([A-Za-z0-9_@]+)\$$/.exec(part);
        if (named) return expand(placeholders.get(named[1].toLowerCase()) ?? '');
        return expand(part);
      })
      .join('');
  };
}

/** Whether two language tags name the same language ("de-AT" and "de", "pt_BR" and "pt"). */
export function isSameLanguage(a: string, b: string): boolean {
  const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return language(a) === language(b);
}

/**
 * The locale the UI is really shown in. The browser picks a messages file by its own language and
 * falls back to English when it has none (a Hebrew browser gets English strings), and headless
 * Chromium may report en-US while showing German. So the file names its language
 * (`messagesLocale`), and plurals, digits and direction follow that; the browser's own tag is kept
 * only when it is the same language, for its regional formats (de-AT dates for an Austrian).
 */
export function resolveUiLocale(messagesLocale: string, browserLocale: string): string {
  if (!messagesLocale) return browserLocale || 'en';
  if (browserLocale && isSameLanguage(browserLocale, messagesLocale) && browserLocale.length > messagesLocale.length) {
    return browserLocale;
  }
  return messagesLocale;
}
