import { useEffect, useReducer, useState } from 'preact/hooks';

/**
 * UI state of the comments section as a plain factory (no Preact inside), with a thin hook on
 * top, so the rules (collapsed by default,
 * threads collapse on their own, "Show more" in pages of 50) are unit-tested without rendering.
 */
export const COMMENTS_PAGE_SIZE = 50;

export interface CommentsViewState {
  /** The whole section: closed until the reader opens it, so the article comes first. */
  open: boolean;
  /** How many comments (top-level and replies, in reading order) are shown. */
  limit: number;
  /** Path ids of comments whose replies are collapsed. */
  collapsed: ReadonlySet<string>;
}

export interface CommentsView {
  getState(): CommentsViewState;
  subscribe(listener: () => void): () => void;
  toggleOpen(): void;
  toggleThread(id: string): void;
  isThreadCollapsed(id: string): boolean;
  /** Show the next page; returns the reading-order index of the first newly shown comment. */
  showMore(total: number): number;
}

export function createCommentsView(pageSize = COMMENTS_PAGE_SIZE): CommentsView {
  let state: CommentsViewState = { open: false, limit: pageSize, collapsed: new Set() };
  const listeners = new Set<() => void>();
  const setState = (next: CommentsViewState) => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    toggleOpen() {
      setState({ ...state, open: !state.open });
    },
    toggleThread(id) {
      const collapsed = new Set(state.collapsed);
      if (collapsed.has(id)) collapsed.delete(id);
      else collapsed.add(id);
      setState({ ...state, collapsed });
    },
    isThreadCollapsed: (id) => state.collapsed.has(id),
    showMore(total) {
      const first = state.limit;
      if (first >= total) return -1;
      setState({ ...state, limit: Math.min(total, state.limit + pageSize) });
      return first;
    },
  };
}

/** One view per mounted section; re-renders the component whenever the view changes. */
export function useCommentsView(pageSize = COMMENTS_PAGE_SIZE): CommentsView {
  const [view] = useState(() => createCommentsView(pageSize));
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => view.subscribe(() => rerender(0)), [view]);
  return view;
}
