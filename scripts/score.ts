/**
 * The extraction metric the Zyte article-extraction benchmark uses: 4-token shingle multisets, per-page precision/recall, dataset P and R as the
 * means over pages, F1 as the harmonic mean of those means. Pure functions, no DOM.
 */

const TOKEN_RE = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export type Shingles = Map<string, number>;

export interface PageScore {
  precision: number;
  recall: number;
  /** Normalised so tp + fp + fn = 1 (all zero when both texts are empty). */
  tp: number;
  fp: number;
  fn: number;
}

export interface DatasetScore {
  precision: number;
  recall: number;
  f1: number;
  pages: number;
}

/** Maximal runs of Unicode letters, digits and `_`, in order, case kept. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/**
 * Multiset of 4-token windows. A text of 1–3 tokens gives one shorter shingle; no tokens, none.
 * Keys join tokens with a space, which cannot occur inside a token.
 */
export function shingle(text: string): Shingles {
  const tokens = tokenize(text);
  const out: Shingles = new Map();
  if (tokens.length === 0) return out;
  if (tokens.length < SHINGLE_SIZE) {
    out.set(tokens.join(' '), 1);
    return out;
  }
  for (let i = 0; i + SHINGLE_SIZE <= tokens.length; i++) {
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Per-page score of a predicted text against the truth, with the README's edge cases. */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingle(truth);
  const p = shingle(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) {
    fn += Math.max(0, tc - (p.get(key) ?? 0));
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  return { tp, fp, fn, precision: computePrecision(tp, fp, fn), recall: computeRecall(tp, fp, fn) };
}

function computePrecision(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function computeRecall(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/** Harmonic mean; 0 when both are 0. */
export function harmonicMean(a: number, b: number): number {
  return a + b === 0 ? 0 : (2 * a * b) / (a + b);
}

/** Dataset P and R are means over pages; F1 is the harmonic mean of those means. */
export function aggregateScores(pages: readonly Pick<PageScore, 'precision' | 'recall'>[]): DatasetScore {
  if (pages.length === 0) return { precision: 0, recall: 0, f1: 0, pages: 0 };
  let p = 0;
  let r = 0;
  for (const s of pages) {
    p += s.precision;
    r += s.recall;
  }
  const precision = p / pages.length;
  const recall = r / pages.length;
  return { precision, recall, f1: harmonicMean(precision, recall), pages: pages.length };
}

/**
 * Comment leakage on one page: of the shingles that are in the truth comments but not in the
 * truth article ("comment-only"), the share (by count) that shows up in the extracted article.
 * Returns null when the page has no comment-only shingles (nothing could leak).
 */
export function measureLeakage(
  truthArticle: string,
  truthComments: string,
  extractedArticle: string,
): { leaked: number; total: number } | null {
  const article = shingle(truthArticle);
  const comments = shingle(truthComments);
  const extracted = shingle(extractedArticle);
  let total = 0;
  let leaked = 0;
  for (const [key, count] of comments) {
    const only = count - (article.get(key) ?? 0);
    if (only <= 0) continue;
    total += only;
    leaked += Math.min(only, extracted.get(key) ?? 0);
  }
  return total === 0 ? null : { leaked, total };
}

/** Passage counts of one page (or summed over pages) under the segment metric. */
export interface SegmentCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface SegmentScore {
  precision: number;
  recall: number;
  f: number;
  accuracy: number;
}

/** Every run of whitespace becomes one space, ends trimmed: passages match across line breaks. */
function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The segment metric of trafilatura's evaluation: a `with` passage
 * found in the extracted text is a true positive, else a false negative; a `without` passage
 * found is a false positive, else a true negative. Found = whitespace-normalised substring.
 */
export function scoreSegments(withPassages: readonly string[], withoutPassages: readonly string[], extracted: string): SegmentCounts {
  const text = normalizeWhitespace(extracted);
  const has = (passage: string): boolean => {
    const p = normalizeWhitespace(passage);
    return text.length > 0 && text.includes(p);
  };
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let tn = 0;
  for (const p of withPassages) if (has(p)) tp++; else fn++;
  for (const p of withoutPassages) if (has(p)) fp++; else tn++;
  return { tp, fp, fn, tn };
}

/** Micro average over pages: the counts are summed first; NaN where a ratio has no denominator. */
export function aggregateSegments(pages: readonly SegmentCounts[]): SegmentScore & SegmentCounts {
  const sum: SegmentCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of pages) {
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.fn += s.fn;
    sum.tn += s.tn;
  }
  const all = sum.tp + sum.fp + sum.fn + sum.tn;
  return {
    ...sum,
    precision: sum.tp / (sum.tp + sum.fp),
    recall: sum.tp / (sum.tp + sum.fn),
    f: (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn),
    accuracy: (sum.tp + sum.tn) / all,
  };
}
