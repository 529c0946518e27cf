import { useEffect, useId, useRef } from 'preact/hooks';
import type { Comment, CommentsElsewhere } from '../utils/extract/types';
import { COMMENTS_PAGE_SIZE, useCommentsView, type CommentsView } from './comments-view';
import { countComments, formatDate, limitComments, splitParagraphs, type VisibleComment } from './format';
import { useI18n } from './i18n';
import { isSameLanguage } from '../utils/i18n';

export interface CommentsSectionProps {
  comments: readonly Comment[];
  elsewhere?: CommentsElsewhere;
  /** The article's language: comments are usually written in it. */
  lang?: string;
}

/**
 * The readers' comments, below the article and collapsed by default: one
 * native button "N comments" (N includes replies; Enter and Space work because it is a real
 * button), then a threaded list whose threads collapse on their own, 50 comments at a time.
 * Author, place, date and text are page data and are rendered as text only.
 */
export function CommentsSection(props: CommentsSectionProps) {
  const i18n = useI18n();
  const view = useCommentsView();
  const baseId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const focusIndex = useRef(-1);
  const total = countComments(props.comments);
  const { open, limit } = view.getState();

  useEffect(() => {
    // After "Show more", move focus to the first newly shown comment so keyboard and screen
    // reader users continue where the list grew (the button may be gone by now).
    if (focusIndex.current < 0) return;
    const target = listRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex.current}"]`);
    focusIndex.current = -1;
    target?.focus();
  });

  if (total === 0 && !props.elsewhere) return null;

  const headingId = `${baseId}-h`;
  const listId = `${baseId}-list`;
  const { visible, shown } = limitComments(props.comments, open ? limit : 0);
  const remaining = total - shown;

  return (
    <section class="cr-comments" aria-labelledby={headingId}>
      {total > 0 ? (
        <h2 class="cr-comments-heading" id={headingId}>
          <button type="button" class="cr-comments-toggle" aria-expanded={open ? 'true' : 'false'} aria-controls={listId} onClick={() => view.toggleOpen()}>
            <span class="cr-chevron" aria-hidden="true" />
            {i18n.plural('commentCount', total)}
          </button>
        </h2>
      ) : (
        <h2 class="cr-comments-heading" id={headingId}>{i18n.t('commentsHeading')}</h2>
      )}
      {props.elsewhere ? (
        <p class="cr-comments-elsewhere">
          {i18n.t('commentsElsewhere', [props.elsewhere.provider])}{' '}
          {isWebUrl(props.elsewhere.url) ? (
            <a href={props.elsewhere.url} target="_blank" rel="noopener noreferrer">{i18n.t('commentsElsewhereLink')}</a>
          ) : null}
        </p>
      ) : null}
      {total > 0 ? (
        <div id={listId} class="cr-comments-body" hidden={!open}>
          {open ? (
            <>
              <ol class="cr-thread-list" ref={listRef} lang={props.lang}>
                {visible.map((node) => <CommentItem key={node.id} node={node} view={view} baseId={baseId} lang={props.lang} />)}
              </ol>
              {remaining > 0 ? (
                <div class="cr-more">
                  <p class="cr-more-status">{i18n.t('commentsShown', [shown, total])}</p>
                  <button type="button" class="cr-button" onClick={() => { focusIndex.current = view.showMore(total); }}>
                    {i18n.plural('showMore', Math.min(remaining, COMMENTS_PAGE_SIZE))}
                  </button>
                </div>
              ) : null}
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function CommentItem(props: { node: VisibleComment; view: CommentsView; baseId: string; lang?: string }) {
  const { node, view } = props;
  const { comment } = node;
  const i18n = useI18n();
  const date = formatDate(comment.date, i18n.locale);
  // The page's own wording ("2 days ago", "September 13, 2013 9:20 AM") while it is in the
  // interface's language; in another interface language the parsed moment, written in that one.
  const inUiLanguage = !props.lang || isSameLanguage(props.lang, i18n.locale);
  const shownDate = (inUiLanguage ? comment.dateText : undefined) || date?.text || comment.dateText;
  const collapsed = view.isThreadCollapsed(node.id);
  const repliesId = `${props.baseId}-r${node.id.replace(/\./g, '-')}`;
  return (
    <li class="cr-comment">
      <div class="cr-comment-card" tabIndex={-1} data-index={node.index}>
        <p class="cr-comment-meta">
          <span class="cr-comment-author" dir="auto">{comment.author}</span>
          {comment.location ? <span class="cr-comment-place">{i18n.t('commentFrom', [comment.location])}</span> : null}
          {shownDate ? (
            date ? (
              <time class="cr-comment-date" dateTime={date.iso} title={date.exact} lang={inUiLanguage ? undefined : i18n.locale}>{shownDate}</time>
            ) : (
              <span class="cr-comment-date">{shownDate}</span>
            )
          ) : null}
        </p>
        <div class="cr-comment-text">
          {/* dir=auto: readers of an English page may write in Arabic or Hebrew, and back. */}
          {splitParagraphs(comment.text).map((paragraph, i) => <p key={i} dir="auto">{paragraph}</p>)}
        </div>
        {node.replyCount > 0 ? (
          <button type="button" class="cr-thread-toggle" aria-expanded={collapsed ? 'false' : 'true'} aria-controls={repliesId} onClick={() => view.toggleThread(node.id)}>
            {i18n.plural(collapsed ? 'showReplies' : 'hideReplies', node.replyCount)}
          </button>
        ) : null}
      </div>
      {node.replyCount > 0 ? (
        <ol class="cr-replies" id={repliesId} hidden={collapsed}>
          {collapsed ? null : node.replies.map((child) => <CommentItem key={child.id} node={child} view={view} baseId={props.baseId} lang={props.lang} />)}
        </ol>
      ) : null}
    </li>
  );
}
