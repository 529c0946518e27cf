/**
 * What a comment detector is and what it returns: shared by every detector and by
 * findComments (index.ts), so no detector imports its types from a peer.
 */
import type { Comment } from '../types';
import type { PageScan } from './scan';

/** One detector's finding: the thread, and the elements cleanup must remove. */
export interface DetectorResult {
  source: string;
  comments: Comment[];
  regions: Element[];
  /** A section with no element around it: the loose nodes (text included) to remove. */
  looseNodes?: ChildNode[];
}

/** Reads the document (never changes it); null when its kind of thread is not there. */
export type Detector = (doc: Document, url: string, scan: PageScan) => DetectorResult | null;
