import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { ReaderScreen } from '../../components/ReaderScreen';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { createLocaleTranslator, makeArticle, makeComment } from './helpers';

const ARABIC_ARTICLE = makeArticle({
  title: 'محادثات صعبة في جنيف',
  lang: 'ar',
  dir: 'rtl',
  content: '<p>بدأت المحادثات في جنيف يوم الخميس.</p>',
  textContent: 'بدأت المحادثات في جنيف يوم الخميس.',
});

function renderReader(folder: string, data = makeArticle({ comments: [makeComment('Ann', 'Hello'), makeComment('Bo', 'Hi')] })) {
  const translator = createLocaleTranslator(folder);
  const view = render(
    <I18nProvider translator={translator}>
      <ReaderScreen surface="popup" state={{ kind: 'article', article: data }} settings={DEFAULT_SETTINGS} onSettingsChange={() => {}} onShowAnyway={() => {}} onRetry={() => {}} onReadInPage={() => {}} />
    </I18nProvider>,
  );
  const root = view.container.querySelector<HTMLElement>('.calm-reader')!;
  const article = view.container.querySelector<HTMLElement>('article')!;
  return { view, root, article };
}

describe('interface direction and the article’s own direction', () => {
  it('an English article in the Arabic interface: the interface is rtl, the article stays English and ltr', () => {
    const { root, article, view } = renderReader('ar');
    expect([root.lang, root.dir]).toEqual(['ar', 'rtl']);
    expect([article.lang, article.dir]).toEqual(['en', 'ltr']);
    expect(view.getByRole('button', { name: 'تعليقان' })).toBeTruthy();
    // The reading time is interface text inside the article: it keeps the interface's language.
    const readingTime = article.querySelector<HTMLElement>('.cr-reading-time')!;
    expect([readingTime.lang, readingTime.dir, readingTime.textContent]).toEqual(['ar', 'rtl', 'قراءة في 4 دقائق']);
  });

  it('an Arabic article in the English interface: the interface is ltr, the article Arabic and rtl', () => {
    const { root, article } = renderReader('en', ARABIC_ARTICLE);
    expect([root.lang, root.dir]).toEqual(['en', 'ltr']);
    expect([article.lang, article.dir]).toEqual(['ar', 'rtl']);
    expect(article.querySelector('.cr-body')!.getAttribute('dir')).toBe('rtl');
  });

  it('Persian: rtl, with Persian digits in counts and a Persian-calendar date', () => {
    const { root, article, view } = renderReader('fa');
    expect(root.dir).toBe('rtl');
    expect(view.getByRole('button', { name: '۲ دیدگاه' })).toBeTruthy();
    expect(article.querySelector('time')!.textContent).toBe('۲۲ شهریور ۱۳۹۲');
  });

  it('German: dates and counts in German', () => {
    const { root, article, view } = renderReader('de');
    expect(root.dir).toBe('ltr');
    expect(article.querySelector('time')!.textContent).toBe('13. September 2013');
    expect(view.getByRole('button', { name: '2 Kommentare' })).toBeTruthy();
    expect(article.querySelector('.cr-reading-time')!.textContent).toBe('4 Min. Lesezeit');
  });
});

describe('comment dates in the interface’s language', () => {
  const comments = [
    makeComment('Ann', 'Hello', { date: '2013-09-13T08:27:00Z', dateText: 'September 13, 2013 4:27 AM' }),
    makeComment('Bo', 'Hi', { dateText: '2 days ago' }),
  ];
  const openAndReadDates = (folder: string) => {
    const { view } = renderReader(folder, makeArticle({ comments }));
    view.container.querySelector<HTMLButtonElement>('.cr-comments-toggle')!.click();
    return view.findAllByText(/./, { selector: '.cr-comment-date' }).then((dates) => dates.map((d) => [d.textContent, d.getAttribute('lang')]));
  };

  it('an English page’s dates in the German interface are written in German; unparsed ones stay as shown', async () => {
    expect(await openAndReadDates('de')).toEqual([['13. September 2013', 'de'], ['2 days ago', null]]);
  });

  it('in the English interface the page’s own wording stays', async () => {
    expect(await openAndReadDates('en')).toEqual([['September 13, 2013 4:27 AM', null], ['2 days ago', null]]);
  });
});
