import type { Comment, CommentsElsewhere } from '../types';

export interface FoundComments {
  comments: Comment[];
  elsewhere?: CommentsElsewhere;
  /** Elements of the given (cloned) document that hold the comment section: cleanup removes them. */
  regions: Element[];
}

/** Placeholder until the comment detectors land (issue 3). */
export function findComments(_doc: Document, _url: string): FoundComments {
  return { comments: [], regions: [] };
}
