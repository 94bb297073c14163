/**
 * The row type of the timestamp tables and the helper that writes rows tersely. Shared by
 * `cases.ts`, `cases-families.ts`, `cases-locales.ts` and `cases-negatives.ts`.
 */
import type { DateOrder } from "../../src/time/types.js";
import type { Precision } from "../../src/model/article.js";

/** The default reference: a Thursday, 18:00 UTC. */
export const REFERENCE = "2025-08-14T18:00:00.000Z";

/** One row of the table. */
export interface TimestampCase {
  /** The line as printed. */
  readonly input: string;
  /** The expected instant, or `null` when the line is not a timestamp (or cannot resolve). */
  readonly iso: string | null;
  /** The expected precision (absent for `null` rows). */
  readonly precision?: Precision;
  /** The reference instant (default {@link REFERENCE}). */
  readonly ref?: string;
  /** IANA zone for zone-less forms (default UTC). */
  readonly timeZone?: string;
  /** Order of ambiguous numeric dates (default DMY). */
  readonly dateOrder?: DateOrder;
  /** The expected `raw` when it is not the whole trimmed input (a stamp beside a source name). */
  readonly raw?: string;
  /** Which family the row belongs to, for reports; the part after the last `-` of a locale family is its locale. */
  readonly group: string;
}

/** Per-row options. */
export type Extra = Partial<Pick<TimestampCase, "ref" | "timeZone" | "dateOrder" | "raw">>;

/**
 * Rows of one family: `[input, iso (without `.000Z` unless it has its own fraction), precision, extra]`.
 *
 * @param group - The family.
 * @param list - The rows.
 * @returns The cases.
 */
export function rows(group: string, list: ReadonlyArray<readonly [string, string | null, Precision?, Extra?]>): TimestampCase[] {
  return list.map(([input, iso, precision, extra]) => ({
    input,
    iso: iso === null ? null : iso.endsWith("Z") ? iso : `${iso}.000Z`,
    ...(precision ? { precision } : {}),
    ...extra,
    group,
  }));
}
