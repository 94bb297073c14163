/**
 * Scores of the metadata fields against a corpus's truth: title exact match after whitespace
 * normalisation, at least one byline name found, and the publication date right. Pure.
 *
 * @module
 */
import { findTimestamp } from "../time/find-timestamp.js";
import type { TimestampOptions } from "../time/types.js";

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

/**
 * Whether a page prints its author: one of the truth's names occurs in the page's text, case-
 * and whitespace-blind. The author target counts only such pages.
 *
 * @param truth - The true author field.
 * @param text - The page's text.
 * @returns True when a name of `truth` is printed on the page.
 * @example
 * ```ts
 * authorPrinted("Jane Doe", "A story\nBy JANE  DOE\nText."); // true
 * ```
 */
export function authorPrinted(truth: string, text: string): boolean {
  const hay = squash(text).toLowerCase();
  return authorNames(truth).some((n) => hay.includes(n.toLowerCase()));
}

/** Separators of a meta line's segments (`Published: … · Updated: …`, `By A | May 2, 2025`). */
const SEGMENT = /\s[|·•–—-]\s|[|·•]/u;
/** The longest stamp read from each word start of a line that holds the year (`Wednesday, September 10, 2025 at 4:28 PM`). */
const WINDOW = 44;

/**
 * Whether a page prints its publication date: some stamp the library's own scanner
 * ({@link findTimestamp}) finds on a line, in a segment of a line, or from any word start of a
 * line that holds the year's last two digits, reads as the true date (day first or month first
 * for numeric dates). Relative stamps (`2 days ago`) are not counted: they read as the
 * reference time, not as a printed date. The date target counts only such pages.
 *
 * @param truth - The true date, `YYYY-MM-DD`.
 * @param text - The page's text.
 * @param referenceTime - The reference time the parse used (year-less stamps resolve against it).
 * @returns True when the page prints a stamp of the true date.
 * @example
 * ```ts
 * datePrinted("2025-09-04", "Title\nBy Jane Doe | September 4, 2025\nText.", "2026-01-15T00:00:00Z"); // true
 * ```
 */
export function datePrinted(truth: string, text: string, referenceTime: string): boolean {
  const day = truth.slice(0, 10);
  const yy = day.slice(2, 4);
  const orders: TimestampOptions[] = [{ referenceTime }, { referenceTime, dateOrder: "MDY" }];
  const reads = (s: string): boolean =>
    s.length > 0 &&
    orders.some((o) => {
      const f = findTimestamp(s, o);
      return f !== null && f.timestamp.kind === "absolute" && f.timestamp.iso?.slice(0, 10) === day;
    });
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.length === 0 || !/\d/u.test(line)) continue;
    if (line.length <= 200 && reads(line)) return true;
    if (line.split(SEGMENT).some((seg) => seg.length <= 200 && reads(seg.trim()))) return true;
    if (!line.includes(yy)) continue;
    // Every span of whole words up to WINDOW characters: the scanner reads a stamp only at a
    // text's start or end, and a stamp inside a sentence has words on both sides.
    const starts: number[] = [];
    const ends: number[] = [];
    for (let k = 0; k < line.length; k++) {
      const space = /\s/u.test(line[k]!);
      if (!space && (k === 0 || /\s/u.test(line[k - 1]!))) starts.push(k);
      if (!space && (k === line.length - 1 || /\s/u.test(line[k + 1]!))) ends.push(k + 1);
    }
    for (const a of starts) {
      for (const b of ends) if (b > a && b - a <= WINDOW && reads(line.slice(a, b))) return true;
    }
  }
  return false;
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
  /** `author`, of the pages that print one of the truth's names ({@link authorPrinted}); empty without page texts. */
  authorPrinted: FieldScore;
  /** `date`, of the pages that print a stamp of the true date ({@link datePrinted}); empty without page texts. */
  datePrinted: FieldScore;
}

/** The truth and prediction fields {@link scoreMetadata} reads. */
export interface MetadataPair {
  /** The truth's fields, and the page's text (which tells whether the page prints them). */
  truth: { title?: string | null; author?: string | null; publishDate?: string | null; text?: string };
  predicted: { title: string | null; byline: string | null; publishedAt: string | null };
}

/**
 * Count right fields over the pages whose truth has each field, and, where the page's text is
 * given, over the pages that print the true author or date.
 *
 * @param pairs - Truth and prediction per page.
 * @param referenceTime - The reference time of the parse, for reading the page's stamps; without
 *   it the printed-only date figure stays empty.
 * @returns The counts per field.
 * @example
 * ```ts
 * scoreMetadata([{ truth: { title: "T" }, predicted: { title: "T", byline: null, publishedAt: null } }]).title;
 * // { right: 1, of: 1 }
 * ```
 */
export function scoreMetadata(pairs: Iterable<MetadataPair>, referenceTime?: string): MetadataScore {
  const none = () => ({ right: 0, of: 0 });
  const s: MetadataScore = { title: none(), author: none(), date: none(), authorPrinted: none(), datePrinted: none() };
  for (const { truth, predicted } of pairs) {
    if (truth.title) {
      s.title.of++;
      if (titleMatches(truth.title, predicted.title)) s.title.right++;
    }
    if (truth.author) {
      const right = authorFound(truth.author, predicted.byline);
      s.author.of++;
      if (right) s.author.right++;
      if (truth.text !== undefined && authorPrinted(truth.author, truth.text)) {
        s.authorPrinted.of++;
        if (right) s.authorPrinted.right++;
      }
    }
    if (truth.publishDate) {
      const right = dateMatches(truth.publishDate, predicted.publishedAt);
      s.date.of++;
      if (right) s.date.right++;
      if (truth.text !== undefined && referenceTime !== undefined && datePrinted(truth.publishDate, truth.text, referenceTime)) {
        s.datePrinted.of++;
        if (right) s.datePrinted.right++;
      }
    }
  }
  return s;
}

/** The metadata figures `scripts/title-train.ts` records per corpus, in-sample and cross-validated. */
interface RecordedFields {
  inSample: { title: number | null; author: number | null; date: number | null };
  cv: { title: number | null; author: number | null; date: number | null; authorPrinted?: number | null; datePrinted?: number | null };
}

/**
 * The cross-validated metadata line of a corpus, from the figures the title ranker's training
 * recorded with the shipped weights (each fold parsed with the ranker fitted on the other folds).
 *
 * @param meta - The `meta` of the shipped title weights (`title-weights.json`).
 * @param corpus - The corpus directory's name, e.g. `wcxb-dev`.
 * @returns `metadata cross-validated (…): title 0.xxx, author 0.xxx, date 0.xxx`, then the
 *   author and date figures of the pages that print them where recorded, or null when nothing is
 *   recorded for the corpus.
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
  const line = `metadata cross-validated (${m.folds ?? 5} site-grouped folds, recorded by scripts/title-train.ts): title ${f(cv.title)}, author ${f(cv.author)}, date ${f(cv.date)}`;
  if (cv.authorPrinted == null && cv.datePrinted == null) return line;
  return `${line}; of pages that print it: author ${f(cv.authorPrinted ?? null)}, date ${f(cv.datePrinted ?? null)}`;
}
