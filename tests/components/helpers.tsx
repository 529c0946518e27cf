import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, render } from '@testing-library/preact';
import { afterEach } from 'vitest';
import type { ComponentChildren } from 'preact';
import messages from '../../public/_locales/en/messages.json';
import { I18nProvider } from '../../components/i18n';
import { createMessagesLookup, createTranslator, type MessageEntry, type Translator } from '../../utils/i18n';
import type { Article, Comment } from '../../utils/extract/types';

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

export function renderWithI18n(ui: ComponentChildren, locale = 'en-US') {
  return render(<I18nProvider translator={createTestTranslator(locale)}>{ui}</I18nProvider>);
}

/** The seed page (VOA, Syria talks) as an Article, anonymised. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example.com/a/syria-talks/1749821.html',
    title: 'US, Russia in Tough Talks Over Syria’s Chemical Weapons',
    byline: 'Sam Rivers',
    siteName: 'Example News',
    publishedTime: '2013-09-13T12:54:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'Talks in Geneva.',
    content: '<p>U.S. Secretary of State opened talks in Geneva Thursday.</p><p>Lavrov said he believes a consensus is possible.</p>',
    textContent: 'U.S. Secretary of State opened talks in Geneva Thursday.\nLavrov said he believes a consensus is possible.',
    wordCount: 820,
    readingTimeMinutes: 4,
    comments: [],
    readerable: true,
    ...overrides,
  };
}

export function makeComment(author: string, text: string, extra: Partial<Comment> = {}): Comment {
  return { author, text, replies: [], ...extra };
}
