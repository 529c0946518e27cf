/**
 * A test page (built by tests/e2e/chromium-locales.test.ts, never shipped): the popup's own
 * ReaderScreen and styles with any shipped locale's messages, so one browser can lay out every
 * interface language. `data-in-tab` gives the popup's fluid layout, as on a 360 px phone.
 */
import { render } from 'preact';
import '../../../components/reader.css';
import '../../../components/popup.css';
import { I18nProvider } from '../../../components/i18n';
import { ReaderScreen, type ReaderState } from '../../../components/ReaderScreen';
import { createMessagesLookup, createTranslator, type MessageEntry } from '../../../utils/i18n';
import type { Comment } from '../../../utils/extract/types';
import type { SanitizedArticle } from '../../../utils/sanitize-result';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { makeArticle, makeComment } from '../../components/articles';

const files = import.meta.glob<Record<string, MessageEntry>>('../../../public/_locales/*/messages.json', { eager: true, import: 'default' });
const LOCALES = Object.fromEntries(Object.entries(files).map(([path, messages]) => [path.split('/').at(-2)!, messages]));

function makeComments(count: number): Comment[] {
  const replies = [makeComment('Second reader', 'Agreed.'), makeComment('Third reader', 'Not so sure.')];
  return Array.from({ length: count }, (_, i) => makeComment(
    `Reader ${i + 1}`,
    'Diplomacy takes time, and both sides know what is at stake for the people of the region.',
    { location: 'Jersey City, NJ', date: '2013-09-13T18:20:00Z', replies: i === 0 ? replies : [] },
  ));
}

const ENGLISH_ARTICLE: SanitizedArticle = makeArticle({
  content: '<p>U.S. Secretary of State opened talks in Geneva Thursday.</p><blockquote><p>Lavrov said he believes a consensus is possible.</p></blockquote>',
  // 55 comments and 2 replies: the count, threads, "Show 7 more" and "Showing 50 of 57" all show.
  comments: makeComments(55),
});

const ARABIC_ARTICLE: SanitizedArticle = makeArticle({
  title: 'محادثات صعبة في جنيف حول الأسلحة الكيميائية',
  lang: 'ar',
  dir: 'rtl',
  content: '<p>بدأت المحادثات في جنيف يوم الخميس.</p><blockquote><p>قال إنه يعتقد أن التوافق ممكن.</p></blockquote>',
  textContent: 'بدأت المحادثات في جنيف يوم الخميس.',
  comments: [],
});

const STATES: Record<string, ReaderState> = {
  loading: { kind: 'loading' },
  article: { kind: 'article', article: ENGLISH_ARTICLE },
  // The in-page reader's top bar (a close button instead of "Read in page") on a 360 px phone.
  'overlay-article': { kind: 'article', article: ENGLISH_ARTICLE },
  'arabic-article': { kind: 'article', article: ARABIC_ARTICLE },
  ...Object.fromEntries(
    (['not-an-article', 'protected-page', 'too-large', 'timeout', 'parse-failed', 'empty'] as const).map((reason) => [reason, { kind: 'failed', reason } as ReaderState]),
  ),
};

function show(locale: string, state: string): void {
  const messages = LOCALES[locale];
  if (!messages) throw new Error(`no locale ${locale}`);
  const translator = createTranslator(createMessagesLookup(messages), messages.messagesLocale.message);
  document.documentElement.lang = translator.locale;
  document.documentElement.dir = translator.dir;
  const app = document.getElementById('app')!;
  render(null, app);
  render(
    <I18nProvider translator={translator}>
      <ReaderScreen
        surface={state.startsWith('overlay-') ? 'overlay' : 'popup'}
        state={STATES[state]}
        settings={DEFAULT_SETTINGS}
        onSettingsChange={() => {}}
        onShowAnyway={() => {}}
        onRetry={() => {}}
        // The buttons each surface really has: the popup's "Read in page", the reader's Print and Close.
        loadTools={() => import('../../../components/lazy-tools')}
        {...(state.startsWith('overlay-') ? { onClose: () => {}, onPrint: () => {} } : { onReadInPage: () => {} })}
      />
    </I18nProvider>,
    app,
  );
}

Object.assign(globalThis, { calmLocales: { locales: Object.keys(LOCALES).sort(), states: Object.keys(STATES), show } });
