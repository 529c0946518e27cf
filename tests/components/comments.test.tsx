import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CommentsSection } from '../../components/CommentsSection';
import { createCommentsView } from '../../components/comments-view';
import { countComments, limitComments, splitParagraphs } from '../../components/format';
import { ReaderScreen } from '../../components/ReaderScreen';
import type { Comment } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { makeArticle, makeComment, renderWithI18n } from './helpers';

/** The seed page's forum (anonymised), with a reply thread added under the first comment. */
function makeSeedComments(): Comment[] {
  return [
    makeComment('Stefan', 'Diplomacy first.\n\nThen we will see.', {
      date: '2013-09-13T13:20:00Z',
      dateText: 'September 13, 2013 9:20 AM',
      replies: [
        makeComment('Joe P.', 'Agreed.', {
          replies: [makeComment('Stefan', 'Thanks, Joe.')],
        }),
      ],
    }),
    makeComment('Leroy Padmore', 'Chemical weapons need to be put under control.', {
      location: 'Jersey City, NJ',
      date: '2013-09-13T08:27:00Z',
      dateText: 'September 13, 2013 4:27 AM',
    }),
    makeComment('Gennady', 'There is no doubt that the threat forced the talks.', {
      location: 'Russia, Volga Region',
      dateText: '2 days ago',
    }),
  ];
}

function makeFlatComments(n: number): Comment[] {
  return Array.from({ length: n }, (_, i) => makeComment(`Reader ${i + 1}`, `Comment number ${i + 1}.`));
}

function openComments(name: RegExp | string) {
  const toggle = screen.getByRole('button', { name });
  fireEvent.click(toggle);
  return toggle;
}

describe('comments section', () => {
  it('is collapsed by default behind one button whose count includes replies', () => {
    const { container } = renderWithI18n(<CommentsSection comments={makeSeedComments()} />);
    const toggle = screen.getByRole('button', { name: '5 comments' });
    // A native button: Enter and Space open it without any key handling of ours.
    expect(toggle.tagName).toBe('BUTTON');
    expect(toggle.getAttribute('type')).toBe('button');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)!.hasAttribute('hidden')).toBe(true);
    expect(screen.queryByText('Leroy Padmore')).toBeNull();
    // The button names the section (h2) so it shows in a screen reader's heading list.
    expect(screen.getByRole('heading', { level: 2, name: '5 comments' })).toBeTruthy();
    expect(screen.getByRole('region', { name: '5 comments' })).toBeTruthy();
  });

  it('says "1 comment" in the singular', () => {
    renderWithI18n(<CommentsSection comments={[makeComment('Ann', 'Hello.')]} />);
    expect(screen.getByRole('button', { name: '1 comment' })).toBeTruthy();
  });

  it('opens into a threaded list with author, place, the date as shown and text paragraphs', () => {
    const { container } = renderWithI18n(<CommentsSection comments={makeSeedComments()} />);
    const toggle = openComments('5 comments');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const top = container.querySelectorAll('.cr-thread-list > li');
    expect(top).toHaveLength(3);
    const leroy = within(top[1] as HTMLElement);
    expect(leroy.getByText('Leroy Padmore')).toBeTruthy();
    expect(leroy.getByText('from Jersey City, NJ')).toBeTruthy();
    const time = top[1].querySelector('time')!;
    expect(time.textContent).toBe('September 13, 2013 4:27 AM');
    expect(time.getAttribute('datetime')).toBe('2013-09-13T08:27:00Z');
    expect(time.getAttribute('title')).toMatch(/Friday, September 13, 2013/);
    // A date the page shows without a parseable moment is shown as is, without <time>.
    expect(top[2].querySelector('time')).toBeNull();
    expect(within(top[2] as HTMLElement).getByText('2 days ago')).toBeTruthy();
    // Blank lines split a comment into paragraphs.
    expect(Array.from(top[0].querySelector('.cr-comment-text')!.querySelectorAll('p')).map((p) => p.textContent))
      .toEqual(['Diplomacy first.', 'Then we will see.']);
  });

  it('keeps the nesting of the page: replies sit inside their parent comment', () => {
    const { container } = renderWithI18n(<CommentsSection comments={makeSeedComments()} />);
    openComments('5 comments');
    const first = container.querySelector('.cr-thread-list > li')!;
    const reply = first.querySelector(':scope > .cr-replies > li')!;
    expect(within(reply.querySelector('.cr-comment-card') as HTMLElement).getByText('Joe P.')).toBeTruthy();
    const replyToReply = reply.querySelector(':scope > .cr-replies > li')!;
    expect(replyToReply.textContent).toContain('Thanks, Joe.');
    expect(container.querySelectorAll('.cr-thread-list > li')).toHaveLength(3);
  });

  it('collapses one thread on its own and opens it again', () => {
    const { container } = renderWithI18n(<CommentsSection comments={makeSeedComments()} />);
    openComments('5 comments');
    const hide = screen.getByRole('button', { name: 'Hide 2 replies' });
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(hide);
    expect(screen.queryByText('Agreed.')).toBeNull();
    expect(screen.queryByText('Thanks, Joe.')).toBeNull();
    // Other threads stay as they were.
    expect(screen.getByText('Chemical weapons need to be put under control.')).toBeTruthy();
    const show = screen.getByRole('button', { name: 'Show 2 replies' });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    expect(document.getElementById(show.getAttribute('aria-controls')!)!.hasAttribute('hidden')).toBe(true);
    fireEvent.click(show);
    expect(screen.getByText('Agreed.')).toBeTruthy();
  });

  it('closing the section again hides every comment', () => {
    renderWithI18n(<CommentsSection comments={makeSeedComments()} />);
    const toggle = openComments('5 comments');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByText('Stefan')).toBeNull();
  });

  it('shows the first 50 of a long list, then "Show more" reveals the next ones and moves focus to them', () => {
    const { container } = renderWithI18n(<CommentsSection comments={makeFlatComments(120)} />);
    openComments('120 comments');
    expect(container.querySelectorAll('.cr-comment')).toHaveLength(50);
    expect(screen.getByText('Showing 50 of 120 comments')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 50 more comments' }));
    expect(container.querySelectorAll('.cr-comment')).toHaveLength(100);
    expect(document.activeElement!.textContent).toContain('Reader 51');
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more comments' }));
    expect(container.querySelectorAll('.cr-comment')).toHaveLength(120);
    expect(screen.queryByRole('button', { name: /more comment/ })).toBeNull();
    expect(document.activeElement!.textContent).toContain('Reader 101');
  });

  it('counts replies against the 50 too, so one huge thread is paged as well', () => {
    const huge = [makeComment('Op', 'Start.', { replies: makeFlatComments(79) })];
    const { container } = renderWithI18n(<CommentsSection comments={huge} />);
    openComments('80 comments');
    expect(container.querySelectorAll('.cr-comment')).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'Show 30 more comments' })).toBeTruthy();
  });

  it('says where comments live when a third-party frame holds them, with a link to the page', () => {
    renderWithI18n(<CommentsSection comments={[]} elsewhere={{ provider: 'Disqus', url: 'https://news.example.com/a/1#comments' }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Comments' })).toBeTruthy();
    expect(screen.getByText(/hosted by Disqus/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Read the comments on the page' });
    expect(link.getAttribute('href')).toBe('https://news.example.com/a/1#comments');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('does not turn a javascript: URL from the page into a link', () => {
    renderWithI18n(<CommentsSection comments={[]} elsewhere={{ provider: 'Evil', url: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('renders nothing when there are no comments anywhere', () => {
    const { container } = renderWithI18n(<CommentsSection comments={[]} />);
    expect(container.innerHTML).toBe('');
  });

  it('renders author names and comment text that contain markup as literal text', () => {
    const evil = [makeComment('<img src=x onerror=alert(1)>Eve', '<script>alert(2)</script>\n\n<b>bold?</b>', { location: '<i>Nowhere</i>' })];
    const { container } = renderWithI18n(<CommentsSection comments={evil} />);
    openComments('1 comment');
    expect(screen.getByText('<img src=x onerror=alert(1)>Eve')).toBeTruthy();
    expect(screen.getByText('<script>alert(2)</script>')).toBeTruthy();
    expect(screen.getByText('from <i>Nowhere</i>')).toBeTruthy();
    expect(container.querySelector('.cr-comments img, .cr-comments script, .cr-comments b, .cr-comments i')).toBeNull();
  });

  it('the "hidden" setting removes the section from the reader altogether', () => {
    const props = {
      state: { kind: 'article' as const, article: makeArticle({ comments: makeSeedComments() }) },
      onSettingsChange: vi.fn(), onShowAnyway: vi.fn(), onRetry: vi.fn(), surface: 'popup' as const,
    };
    const { rerender } = renderWithI18n(<ReaderScreen {...props} settings={{ ...DEFAULT_SETTINGS, comments: 'collapsed' }} />);
    expect(screen.getByRole('button', { name: '5 comments' })).toBeTruthy();
    rerender(<ReaderScreen {...props} settings={{ ...DEFAULT_SETTINGS, comments: 'hidden' }} />);
    expect(screen.queryByRole('button', { name: '5 comments' })).toBeNull();
    expect(screen.queryByRole('heading', { level: 2, name: /comment/i })).toBeNull();
  });
});

describe('comments view state (plain factory)', () => {
  it('starts closed with nothing collapsed and a page of 50', () => {
    const view = createCommentsView();
    expect(view.getState()).toMatchObject({ open: false, limit: 50 });
    expect(view.isThreadCollapsed('0')).toBe(false);
  });

  it('toggles the section and single threads, notifying subscribers', () => {
    const view = createCommentsView();
    const listener = vi.fn();
    const unsubscribe = view.subscribe(listener);
    view.toggleOpen();
    view.toggleThread('0.1');
    expect(view.getState().open).toBe(true);
    expect(view.isThreadCollapsed('0.1')).toBe(true);
    expect(view.isThreadCollapsed('0')).toBe(false);
    view.toggleThread('0.1');
    expect(view.isThreadCollapsed('0.1')).toBe(false);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    view.toggleOpen();
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('pages by the page size and reports where the new comments start', () => {
    const view = createCommentsView(10);
    expect(view.showMore(25)).toBe(10);
    expect(view.getState().limit).toBe(20);
    expect(view.showMore(25)).toBe(20);
    expect(view.getState().limit).toBe(25);
    expect(view.showMore(25)).toBe(-1);
  });
});

describe('comment helpers', () => {
  it('counts every reply at any depth, without recursion limits', () => {
    expect(countComments(makeSeedComments())).toBe(5);
    let deep: Comment = makeComment('a', 'x');
    for (let i = 0; i < 20_000; i++) deep = makeComment('a', 'x', { replies: [deep] });
    expect(countComments([deep])).toBe(20_001);
  });

  it('limits in reading order, each comment before its replies', () => {
    const { visible, shown } = limitComments(makeSeedComments(), 3);
    expect(shown).toBe(3);
    expect(visible.map((v) => v.comment.author)).toEqual(['Stefan']);
    expect(visible[0].replies[0].comment.author).toBe('Joe P.');
    expect(visible[0].replies[0].replies[0].id).toBe('0.0.0');
    expect(visible[0].replyCount).toBe(2);
  });

  it.each([
    ['One.\n\nTwo.', ['One.', 'Two.']],
    ['One.\n  \nTwo.\n\n\n', ['One.', 'Two.']],
    ['Line one\nline two', ['Line one\nline two']],
    ['   ', []],
  ])('splits %j into paragraphs', (text, expected) => {
    expect(splitParagraphs(text)).toEqual(expected);
  });
});
