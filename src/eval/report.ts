/**
 * Scoring a whole corpus and formatting the report, shared by `scripts/eval.ts` and
 * `test/quality.test.ts`. Pure: the caller reads the files and supplies the parser, so this module
 * needs no `node:` import and no clock.
 *
 * @module
 */

import { scoreMetadata, type MetadataPair, type MetadataScore } from "./metadata.js";
import { aggregate, scorePage, type AggregateScore } from "./metric.js";

/**
 * The fixed reference time every evaluation parses with, so relative timestamps resolve the same
 * way on every run (the core never reads the clock).
 */
export const EVAL_REFERENCE_TIME = "2025-01-01T00:00:00Z";

/** One page of an evaluation corpus. */
export interface CorpusPage {
  /** The page id (file name without `.txt`). */
  id: string;
  /** The page's original URL, from `truth.json`. */
  url: string;
  /** The scraped page text, as read from `<id>.txt`. */
  text: string;
  /** The ground-truth article body. */
  truth: string;
  /** The true title, where the corpus gives one (`null`: the page prints none). */
  title?: string | null;
  /** The true author field, where the corpus gives one. */
  author?: string | null;
  /** The true publication date, `YYYY-MM-DD`, where the corpus gives one. */
  publishDate?: string | null;
}

/** The main article's metadata fields, as {@link predictMainBody} reads them. */
export interface PredictedMeta {
  /** The main article's title. */
  title: string | null;
  /** The main article's byline. */
  byline: string | null;
  /** The main article's publication time (ISO 8601). */
  publishedAt: string | null;
}

/** What the parser produced for one page. */
export interface Prediction {
  /** The predicted article body; empty when there is no main article or the parser threw. */
  body: string;
  /** `"ok"` when a main article was found, `"no-main"` when none was, `"error"` when the parser threw. */
  status: "ok" | "no-main" | "error";
  /** The error message when `status` is `"error"`. */
  error?: string;
  /** The main article's metadata, when the parser gives articles with those fields. */
  meta?: PredictedMeta;
}

/**
 * Why a page fell short, read from its scores: `empty` (nothing predicted), `wrong block`
 * (precision and recall both under 0.5: another block was taken), `cut short` (recall is the
 * lower), `too much` (precision is the lower), `ok` (F1 of 1).
 */
export type FailureClass = "ok" | "empty" | "wrong block" | "cut short" | "too much";

/**
 * The failure class of a page (see {@link FailureClass}).
 *
 * @param p - The page's precision, recall, F1 and predicted length.
 * @returns Its class.
 * @example
 * ```ts
 * failureClass({ f1: 0.6, precision: 0.95, recall: 0.44, predictedLength: 900 }); // "cut short"
 * ```
 */
export function failureClass(p: Pick<PageResult, "f1" | "precision" | "recall" | "predictedLength">): FailureClass {
  if (p.predictedLength === 0) return "empty";
  if (p.f1 >= 1) return "ok";
  if (p.precision < 0.5 && p.recall < 0.5) return "wrong block";
  return p.recall < p.precision ? "cut short" : "too much";
}

/** The result for one page. */
export interface PageResult {
  /** The page id. */
  id: string;
  /** The page's original URL. */
  url: string;
  /** Per-page F1 (harmonic mean of this page's precision and recall). */
  f1: number;
  /** Per-page precision. */
  precision: number;
  /** Per-page recall. */
  recall: number;
  /** Normalised true positives. */
  tp: number;
  /** Normalised false positives. */
  fp: number;
  /** Normalised false negatives. */
  fn: number;
  /** Length of the predicted body in UTF-16 code units. */
  predictedLength: number;
  /** Length of the ground-truth body in UTF-16 code units. */
  truthLength: number;
  /** See {@link Prediction.status}. */
  status: Prediction["status"];
  /** The error message when the parser threw. */
  error?: string;
  /** Length of the page text: 0 marks a page whose scrape holds nothing. */
  inputLength: number;
}

/** The result for a whole corpus. */
export interface EvalResult {
  /** Corpus F1, precision, recall and page count. */
  summary: AggregateScore;
  /** Title, author and date scores over the pages whose truth has them. */
  metadata: MetadataScore;
  /** Per-page results, in the order the pages were given. */
  pages: PageResult[];
}

/** The slice of an article this module looks at. */
interface ArticleLike {
  readonly role: string;
  readonly body: string;
  readonly title?: string | null;
  readonly byline?: string | null;
  readonly publishedAt?: string | null;
}

/**
 * Turn a parse function into a {@link Prediction} function: the body of the first article whose
 * role is `"main"` is the prediction; no main article, or a thrown error, gives an empty one.
 *
 * @param parse - Parses page text into articles (e.g. `parseArticles` with a fixed reference time).
 * @returns A function from page text to a prediction; it never throws.
 * @example
 * ```ts
 * const predict = predictMainBody((text) => parseArticles(text, { referenceTime: EVAL_REFERENCE_TIME }));
 * predict("Title\nBody paragraph.").status; // "ok" | "no-main" | "error"
 * ```
 */
export function predictMainBody(parse: (text: string) => readonly ArticleLike[]): (text: string) => Prediction {
  return (text) => {
    try {
      const main = parse(text).find((a) => a.role === "main");
      if (!main) return { body: "", status: "no-main" };
      if (main.title === undefined) return { body: main.body, status: "ok" };
      return {
        body: main.body,
        status: "ok",
        meta: { title: main.title ?? null, byline: main.byline ?? null, publishedAt: main.publishedAt ?? null },
      };
    } catch (error) {
      return { body: "", status: "error", error: error instanceof Error ? error.message : String(error) };
    }
  };
}

/**
 * Score every page of a corpus.
 *
 * @param pages - The corpus pages.
 * @param predict - Gives the predicted body of a page (see {@link predictMainBody}).
 * @returns Per-page results and the corpus summary.
 * @example
 * ```ts
 * const result = evaluateCorpus(pages, predictMainBody((t) => parseArticles(t)));
 * result.summary.f1;
 * ```
 */
export function evaluateCorpus(pages: Iterable<CorpusPage>, predict: (text: string, page: CorpusPage) => Prediction): EvalResult {
  const results: PageResult[] = [];
  const meta: MetadataPair[] = [];
  for (const page of pages) {
    const prediction = predict(page.text, page);
    meta.push({
      truth: { title: page.title ?? null, author: page.author ?? null, publishDate: page.publishDate ?? null, text: page.text },
      predicted: prediction.meta ?? { title: null, byline: null, publishedAt: null },
    });
    const score = scorePage(page.truth, prediction.body);
    const result: PageResult = {
      id: page.id,
      url: page.url,
      f1: score.f1,
      precision: score.precision,
      recall: score.recall,
      tp: score.tp,
      fp: score.fp,
      fn: score.fn,
      predictedLength: prediction.body.length,
      truthLength: page.truth.length,
      status: prediction.status,
      inputLength: page.text.length,
    };
    if (prediction.error !== undefined) result.error = prediction.error;
    results.push(result);
  }
  return { summary: aggregate(results), metadata: scoreMetadata(meta, EVAL_REFERENCE_TIME), pages: results };
}

/** Options of {@link formatReport}. */
export interface ReportOptions {
  /** How many of the worst pages to list. Default 10. */
  worst?: number;
  /** A heading line naming what was evaluated (e.g. the corpus directory). */
  title?: string;
}

/**
 * Format a score as the report prints it: three decimals.
 *
 * @param x - A score in [0, 1].
 * @returns E.g. `"0.930"`.
 * @example
 * ```ts
 * fmt(0.93); // "0.930"
 * ```
 */
export function fmt(x: number): string {
  return x.toFixed(3);
}

/**
 * The report's last line, in the fixed form tools and CI grep for.
 *
 * @param summary - The corpus summary.
 * @returns `F1 0.xxx precision 0.xxx recall 0.xxx (N pages)`.
 * @example
 * ```ts
 * summaryLine({ f1: 0.9, precision: 0.95, recall: 0.86, pages: 60 });
 * // "F1 0.900 precision 0.950 recall 0.860 (60 pages)"
 * ```
 */
export function summaryLine(summary: AggregateScore): string {
  return `F1 ${fmt(summary.f1)} precision ${fmt(summary.precision)} recall ${fmt(summary.recall)} (${summary.pages} pages)`;
}

/**
 * The pages sorted worst first (lowest per-page F1, then lowest recall, then id).
 *
 * @param pages - Per-page results.
 * @param n - How many to return.
 * @returns The `n` worst pages.
 * @example
 * ```ts
 * worstPages(result.pages, 10).map((p) => p.id);
 * ```
 */
export function worstPages(pages: readonly PageResult[], n: number): PageResult[] {
  return [...pages]
    .sort((a, b) => a.f1 - b.f1 || a.recall - b.recall || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, Math.max(0, n));
}

/** Below this many characters a page's text holds no sentence of prose (the never-empty fallback needs 40). */
const NO_PROSE_INPUT = 40;

/**
 * Format the evaluation report: overall scores, pages with no main article or a parser error,
 * the worst pages, and last the fixed {@link summaryLine}.
 *
 * @param result - From {@link evaluateCorpus}.
 * @param options - See {@link ReportOptions}.
 * @returns The report text, lines joined by `\n`, without a trailing newline.
 * @example
 * ```ts
 * const text = formatReport(evaluateCorpus(pages, predict), { title: "scrapinghub-dev" });
 * text.split("\n").at(-1); // "F1 0.xxx precision 0.xxx recall 0.xxx (60 pages)"
 * ```
 */
export function formatReport(result: EvalResult, options: ReportOptions = {}): string {
  const { summary, pages } = result;
  const lines: string[] = [];
  if (options.title !== undefined) lines.push(options.title);
  lines.push(
    `pages: ${summary.pages}`,
    `overall: F1 ${fmt(summary.f1)}  precision ${fmt(summary.precision)}  recall ${fmt(summary.recall)}`,
  );

  const noMain = pages.filter((p) => p.status === "no-main");
  const errors = pages.filter((p) => p.status === "error");
  lines.push(`no main article: ${noMain.length}`);
  // A page whose scrape holds a few characters (a lone "x": the page was not captured) has no
  // prose to find, which the report says, so that it is not read as a parser failure.
  for (const p of noMain) lines.push(`  ${p.id}  ${p.url}${p.inputLength < NO_PROSE_INPUT ? `  (the scrape holds ${p.inputLength} character${p.inputLength === 1 ? "" : "s"}: no prose)` : ""}`);
  lines.push(`parser errors: ${errors.length}`);
  for (const p of errors) lines.push(`  ${p.id}  ${p.error ?? ""}`);

  const emptyInput = pages.filter((p) => p.inputLength === 0).length;
  if (emptyInput > 0) lines.push(`pages whose text is empty (the scrape holds nothing): ${emptyInput}`);
  const classes = new Map<FailureClass, number>();
  for (const p of pages) if (p.f1 < 0.5) classes.set(failureClass(p), (classes.get(failureClass(p)) ?? 0) + 1);
  if (classes.size > 0) {
    lines.push(`pages under F1 0.5 by class: ${[...classes].sort((a, b) => b[1] - a[1]).map(([c, n]) => `${c} ${n}`).join(", ")}`);
  }
  const { metadata } = result;
  if (metadata.title.of + metadata.author.of + metadata.date.of > 0) lines.push(metadataLine(metadata));

  const worst = worstPages(pages, options.worst ?? 10);
  lines.push(`worst ${worst.length} pages (id, class, f1, precision, recall, predicted/truth chars, url):`);
  for (const p of worst) {
    lines.push(
      `  ${p.id}  ${failureClass(p)}  f1 ${fmt(p.f1)}  p ${fmt(p.precision)}  r ${fmt(p.recall)}  ${p.predictedLength}/${p.truthLength}  ${p.url}`,
    );
  }
  lines.push(summaryLine(summary));
  return lines.join("\n");
}

function share(s: { right: number; of: number }): string {
  return s.of === 0 ? "n/a" : `${fmt(s.right / s.of)} (${s.right}/${s.of})`;
}

/**
 * The metadata line of the report.
 *
 * @param m - Metadata scores.
 * @returns `metadata: title exact 0.xxx (a/b), author found …, date right …`, then the author
 *   and date figures of the pages that print them (the issue's targets) when page texts were given.
 * @example
 * ```ts
 * metadataLine(result.metadata);
 * ```
 */
export function metadataLine(m: MetadataScore): string {
  const line = `metadata: title exact ${share(m.title)}, author found ${share(m.author)}, date right ${share(m.date)}`;
  if (m.authorPrinted.of + m.datePrinted.of === 0) return line;
  return `${line}; of pages that print it: author found ${share(m.authorPrinted)}, date right ${share(m.datePrinted)}`;
}
