import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach } from 'vitest';
import type { ComponentChildren } from 'preact';
import messages from '../../public/_locales/en/messages.json';
import { I18nProvider } from '../../components/i18n';
import { createMessagesLookup, createTranslator, type MessageEntry, type Translator } from '../../utils/i18n';

// vitest runs without globals, so testing-library cannot register its own cleanup.
afterEach(() => cleanup());

/** A translator over the real English messages.json, formatting dates for `locale`. */
export function createTestTranslator(locale = 'en-US'): Translator {
  return createTranslator(createMessagesLookup(messages as Record<string, MessageEntry>), locale);
}

/** A translator over a shipped locale's messages.json (folder name: 'ar', 'pt_BR'). */
export function createLocaleTranslator(folder: string): Translator {
  const file = join(__dirname, '../../public/_locales', folder, 'messages.json');
  const localeMessages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, MessageEntry>;
  return createTranslator(createMessagesLookup(localeMessages), localeMessages.messagesLocale.message);
}

/** Renders `ui` (and whatever `rerender` is given later) inside the translator's provider. */
export function renderWithI18n(ui: ComponentChildren, locale = 'en-US') {
  const translator = createTestTranslator(locale);
  const wrapper = (props: { children: ComponentChildren }) => <I18nProvider translator={translator}>{props.children}</I18nProvider>;
  return render(ui, { wrapper });
}

export { makeArticle, makeComment } from './articles';
