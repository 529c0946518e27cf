import type { SanitizedArticle } from '../utils/sanitize-result';
import { formatDate } from './format';
import { useI18n } from './i18n';
import { SafeHtml } from './SafeHtml';

/**
 * The article: header (site, title, byline, date, reading time) and the sanitized body.
 * Every header field comes from the page and is rendered as a text node, never as HTML.
 */
export function ArticleView(props: { article: SanitizedArticle }) {
  const { article } = props;
  const i18n = useI18n();
  const published = formatDate(article.publishedTime, i18n.locale);
  const lang = article.lang || undefined;
  return (
    <article class="cr-article" lang={lang} dir={article.dir === 'rtl' ? 'rtl' : 'ltr'}>
      <header class="cr-article-header">
        {article.siteName ? <p class="cr-site">{article.siteName}</p> : null}
        <h1 class="cr-title">{article.title}</h1>
        <p class="cr-meta">
          {article.byline ? <span class="cr-byline">{article.byline}</span> : null}
          {/* Date and reading time are written in the interface's language, not the article's. */}
          {published ? (
            <span class="cr-meta-item" lang={i18n.locale} dir={i18n.dir}>
              <time dateTime={published.iso} title={i18n.t('publishedOn', [published.exact])}>
                {published.text}
              </time>
            </span>
          ) : null}
          <span class="cr-meta-item cr-reading-time" lang={i18n.locale} dir={i18n.dir}>
            {i18n.plural('readingTime', Math.max(1, Math.round(article.readingTimeMinutes || 1)))}
          </span>
        </p>
      </header>
      <SafeHtml class="cr-body" html={article.content} lang={lang} dir={article.dir === 'rtl' ? 'rtl' : 'ltr'} />
    </article>
  );
}
