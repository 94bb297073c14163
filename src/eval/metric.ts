/**
 * The shingle metric of the Zyte (ScrapingHub) article-extraction-benchmark, written from its
 * description in `../shared/corpus/scrapinghub-dev/README.md`.
 *
 * Why shingles: matching 4-token windows rewards getting whole runs of the story right and is
 * insensitive to whitespace and punctuation, which differ between a scraper's text and a
 * hand-marked ground truth. Why normalise per page: a long page would otherwise dominate the
 * corpus score.
 *
 * Pure: no I/O, no clock.
 *
 * @module
 */

/**
 * Word tokens: letters, digits and combining marks of every script, plus underscore.
 * Python's Unicode `\w` (what the benchmark uses) is letters, digits and `_`; JavaScript's `\w` is
 * ASCII-only, so we spell the classes out. `\p{M}` is included so that a decomposed accent does not
 * split a word (the one place this differs from Python, which leaves marks out; no difference on
 * NFC Latin, Cyrillic, Hangul or Arabic text).
 */
const TOKEN_RE = /[\p{L}\p{N}\p{M}_]+/gu;

/** Shingle width used by the benchmark. */
const SHINGLE_SIZE = 4;

/**
 * Split a text into word tokens (case-sensitive; punctuation and whitespace dropped).
 *
 * @param text - Any string.
 * @returns The tokens in order.
 * @example
 * ```ts
 * tokenize("Hello, world! 안녕 мир_2"); // ["Hello", "world", "안녕", "мир_2"]
 * ```
 */
export function tokenize(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

/**
 * Count the 4-token shingles of a text as a multiset. A text of 1 to 3 tokens gives one shingle
 * made of all its tokens; a text with no tokens gives none.
 *
 * @param text - Any string.
 * @returns A map from shingle (tokens joined by one space) to how many times it occurs.
 * @example
 * ```ts
 * shingles("a b c d a b c d"); // Map { "a b c d" => 2, "b c d a" => 1, "c d a b" => 1, "d a b c" => 1 }
 * ```
 */
export function shingles(text: string): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  if (tokens.length === 0) return counts;
  // Same as the benchmark's `range(max(1, len(tokens) - n + 1))`: short texts give one shingle.
  const windows = Math.max(1, tokens.length - SHINGLE_SIZE + 1);
  for (let i = 0; i < windows; i++) {
    // Tokens never contain a space, so joining with one is unambiguous.
    const key = tokens.slice(i, i + SHINGLE_SIZE).join(" ");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The score of one page. */
export interface PageScore {
  /** True positives: shared shingles, normalised so that `tp + fp + fn === 1` (all 0 when both texts have no tokens). */
  tp: number;
  /** False positives: predicted shingles not in the truth, normalised. */
  fp: number;
  /** False negatives: truth shingles missing from the prediction, normalised. */
  fn: number;
  /** `tp / (tp + fp)`; 1 when `fp = fn = 0`; 0 when the prediction is empty and the truth is not. */
  precision: number;
  /** `tp / (tp + fn)`; 1 when `fp = fn = 0`; 0 when the truth is empty and the prediction is not. */
  recall: number;
  /** Harmonic mean of this page's precision and recall (0 when both are 0). Reporting only: the corpus F1 is not a mean of these. */
  f1: number;
}

/**
 * Score one prediction against its ground truth.
 *
 * Edge cases follow the benchmark: both empty gives `fp = fn = 0`, hence precision and recall 1
 * (but {@link aggregate} leaves such a page out of both means, since `tp + fp` and `tp + fn` are 0);
 * an empty prediction gives precision 0 (left out of the precision mean) and recall 0.
 *
 * @param truth - The ground-truth article body.
 * @param predicted - The extracted body.
 * @returns Normalised counts and the page's precision, recall and F1.
 * @example
 * ```ts
 * scorePage("one two three four five", "one two three four");
 * // { tp: 0.5, fp: 0, fn: 0.5, precision: 1, recall: 0.5, f1: 0.666… }
 * ```
 */
export function scorePage(truth: string, predicted: string): PageScore {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, tc] of t) {
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const precision = precisionScore(tp, fp, fn);
  const recall = recallScore(tp, fp, fn);
  return { tp, fp, fn, precision, recall, f1: harmonic(precision, recall) };
}

function precisionScore(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore(tp: number, fp: number, fn: number): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function harmonic(p: number, r: number): number {
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Corpus-level scores. */
export interface AggregateScore {
  /** `2PR / (P + R)` of the corpus precision and recall (0 when both are 0). */
  f1: number;
  /** Mean per-page precision over pages with a non-empty prediction (`tp + fp > 0`); 0 when there are none. */
  precision: number;
  /** Mean per-page recall over pages with a non-empty truth (`tp + fn > 0`); 0 when there are none. */
  recall: number;
  /** Number of pages given, including those left out of a mean. */
  pages: number;
}

/**
 * Combine page scores the way the benchmark does: precision is averaged over pages that
 * predicted something, recall over pages whose truth has something, and F1 is the harmonic mean
 * of those two averages (not the mean of per-page F1).
 *
 * @param pages - Per-page scores from {@link scorePage}.
 * @returns Corpus F1, precision, recall and the number of pages.
 * @example
 * ```ts
 * aggregate([scorePage("a b c d e", "a b c d e"), scorePage("a b c d e", "")]);
 * // precision 1 (the empty prediction is left out), recall 0.5, f1 0.666…
 * ```
 */
export function aggregate(pages: readonly Pick<PageScore, "tp" | "fp" | "fn" | "precision" | "recall">[]): AggregateScore {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  for (const page of pages) {
    if (page.tp + page.fp > 0) {
      pSum += page.precision;
      pN++;
    }
    if (page.tp + page.fn > 0) {
      rSum += page.recall;
      rN++;
    }
  }
  const precision = pN > 0 ? pSum / pN : 0;
  const recall = rN > 0 ? rSum / rN : 0;
  return { f1: harmonic(precision, recall), precision, recall, pages: pages.length };
}
