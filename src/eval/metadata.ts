/**
 * Scores of the metadata fields against a corpus's truth: title exact match after whitespace
 * normalisation, at least one byline name found, and the publication date right. Pure.
 *
 * @module
 */

/**
 * Collapse runs of whitespace to one space and trim.
 *
 * @param text - Any string.
 * @returns The normalised string.
 * @example
 * ```ts
 * squash("  A\u00a0 title\n"); // "A title"
 * ```
 */
export function squash(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/**
 * Whether the extracted title equals the true one after whitespace normalisation.
 *
 * @param truth - The true title.
 * @param predicted - The extracted title, or null.
 * @returns True on an exact match.
 * @example
 * ```ts
 * titleMatches("A  title", "A title"); // true
 * ```
 */
export function titleMatches(truth: string, predicted: string | null): boolean {
  return predicted !== null && squash(truth) === squash(predicted);
}

/**
 * The names in an author field: split at commas, semicolons, `&`, ` and `, `|`, ` / `.
 *
 * @param author - An author field as printed, e.g. `Jane Doe and John Roe`.
 * @returns The names, whitespace-normalised, without empties.
 * @example
 * ```ts
 * authorNames("Jane Doe, John Roe & Ann Poe"); // ["Jane Doe", "John Roe", "Ann Poe"]
 * ```
 */
export function authorNames(author: string): string[] {
  return author
    .split(/,|;|&|\||\s\/\s|\sand\s/iu)
    .map(squash)
    .filter((n) => n.length > 0);
}

/**
 * Whether at least one true author name is found in the extracted byline (case-insensitive).
 *
 * @param truth - The true author field.
 * @param byline - The extracted byline, or null.
 * @returns True when one name of `truth` occurs in `byline`.
 * @example
 * ```ts
 * authorFound("Jane Doe", "By JANE DOE, Staff"); // true
 * ```
 */
export function authorFound(truth: string, byline: string | null): boolean {
  if (byline === null) return false;
  const hay = squash(byline).toLowerCase();
  return authorNames(truth).some((n) => hay.includes(n.toLowerCase()));
}

/**
 * Whether the extracted publication time falls on the true date, read in the offset it was
 * printed with (the first ten characters of the ISO string).
 *
 * @param truth - The true date, `YYYY-MM-DD`.
 * @param publishedAt - The extracted ISO 8601 time, or null.
 * @returns True when the dates are equal.
 * @example
 * ```ts
 * dateMatches("2025-09-04", "2025-09-04T10:00:00-04:00"); // true
 * ```
 */
export function dateMatches(truth: string, publishedAt: string | null): boolean {
  return publishedAt !== null && publishedAt.slice(0, 10) === truth.slice(0, 10);
}

/** A share of pages: how many were right of how many had the field. */
export interface FieldScore {
  /** Pages where the field was right. */
  right: number;
  /** Pages whose truth has the field. */
  of: number;
}

/** Metadata scores of a corpus (fields the truth lacks are `{right: 0, of: 0}`). */
export interface MetadataScore {
  /** Title exact after whitespace normalisation. */
  title: FieldScore;
  /** At least one byline name found. */
  author: FieldScore;
  /** publishedAt on the true date. */
  date: FieldScore;
}

/** The truth and prediction fields {@link scoreMetadata} reads. */
export interface MetadataPair {
  truth: { title?: string | null; author?: string | null; publishDate?: string | null };
  predicted: { title: string | null; byline: string | null; publishedAt: string | null };
}

/**
 * Count right fields over the pages whose truth has each field.
 *
 * @param pairs - Truth and prediction per page.
 * @returns The counts per field.
 * @example
 * ```ts
 * scoreMetadata([{ truth: { title: "T" }, predicted: { title: "T", byline: null, publishedAt: null } }]).title;
 * // { right: 1, of: 1 }
 * ```
 */
export function scoreMetadata(pairs: Iterable<MetadataPair>): MetadataScore {
  const s: MetadataScore = { title: { right: 0, of: 0 }, author: { right: 0, of: 0 }, date: { right: 0, of: 0 } };
  for (const { truth, predicted } of pairs) {
    if (truth.title) {
      s.title.of++;
      if (titleMatches(truth.title, predicted.title)) s.title.right++;
    }
    if (truth.author) {
      s.author.of++;
      if (authorFound(truth.author, predicted.byline)) s.author.right++;
    }
    if (truth.publishDate) {
      s.date.of++;
      if (dateMatches(truth.publishDate, predicted.publishedAt)) s.date.right++;
    }
  }
  return s;
}

/** The metadata figures `scripts/title-train.ts` records per corpus, in-sample and cross-validated. */
interface RecordedFields {
  inSample: { title: number | null; author: number | null; date: number | null };
  cv: { title: number | null; author: number | null; date: number | null };
}

/**
 * The cross-validated metadata line of a corpus, from the figures the title ranker's training
 * recorded with the shipped weights (each fold parsed with the ranker fitted on the other folds).
 *
 * @param meta - The `meta` of the shipped title weights (`title-weights.json`).
 * @param corpus - The corpus directory's name, e.g. `wcxb-dev`.
 * @returns `metadata cross-validated (…): title 0.xxx, author 0.xxx, date 0.xxx`, or null when
 *   nothing is recorded for the corpus.
 * @example
 * ```ts
 * recordedMetadataLine({ folds: 5, parser: { x: { inSample: { title: 0.6, author: 0.5, date: 0.5 }, cv: { title: 0.59, author: 0.5, date: 0.49 } } } }, "x");
 * // "metadata cross-validated (5 site-grouped folds, recorded by scripts/title-train.ts): title 0.590, author 0.500, date 0.490"
 * ```
 */
export function recordedMetadataLine(meta: unknown, corpus: string): string | null {
  if (typeof meta !== "object" || meta === null) return null;
  const m = meta as { folds?: number; parser?: Record<string, RecordedFields> };
  const cv = m.parser?.[corpus]?.cv;
  if (!cv) return null;
  const f = (v: number | null) => (v === null ? "n/a" : v.toFixed(3));
  return `metadata cross-validated (${m.folds ?? 5} site-grouped folds, recorded by scripts/title-train.ts): title ${f(cv.title)}, author ${f(cv.author)}, date ${f(cv.date)}`;
}
