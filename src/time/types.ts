import type { Precision } from "../model/article.js";

/**
 * Which number comes first in a numeric date such as `09-06-2025`.
 *
 * @example
 * ```ts
 * import { parseTimestamp, type DateOrder } from "news-text-parser";
 * const dateOrder: DateOrder = "MDY";
 * console.log(parseTimestamp("12-03-2025", { dateOrder })?.iso); // "2025-12-03T00:00:00.000Z"
 * ```
 */
export type DateOrder = "DMY" | "MDY";

/**
 * A timestamp resolved to an instant.
 * `iso` is `null` only for a form that needs `referenceTime` (a relative form, or a year-less
 * date such as `Aug. 9`) parsed without one.
 *
 * @example
 * ```ts
 * import { parseTimestamp, type Timestamp } from "news-text-parser";
 * const stamp: Timestamp | null = parseTimestamp("19-07-2025");
 * console.log(stamp); // {"raw": "19-07-2025", "kind": "absolute", "iso": "2025-07-19T00:00:00.000Z", "precision": "day"}
 * ```
 */
export interface Timestamp {
  /** The timestamp text exactly as printed (labels such as `Updated` included when they were matched). */
  raw: string;
  /** `"relative"` for `11 minutes ago`, `yesterday`, a weekday; `"absolute"` for printed dates. */
  kind: "relative" | "absolute";
  /** The instant as an ISO 8601 string in UTC (`2025-08-14T17:49:00.000Z`), or `null` without a `referenceTime` to resolve it against. */
  iso: string | null;
  /** The unit the printed form is precise to. */
  precision: Precision;
}

/**
 * Options for {@link parseTimestamp}.
 *
 * @example
 * ```ts
 * import { parseTimestamp, type TimestampOptions } from "news-text-parser";
 * const options: TimestampOptions = { referenceTime: "2025-08-14T18:00:00Z", timeZone: "America/New_York", locale: "en" };
 * console.log(parseTimestamp("yesterday", options)?.iso); // "2025-08-13T04:00:00.000Z"
 * ```
 */
export interface TimestampOptions {
  /** The moment the page was scraped; relative forms resolve against it. Without it relative forms get `iso: null`. */
  referenceTime?: Date | string | undefined;
  /** IANA zone for dates printed without a zone. Default `"UTC"`. */
  timeZone?: string | undefined;
  /** Order of numeric dates. Default: day first, unless the date can only be month first. */
  dateOrder?: DateOrder | undefined;
  /** Restrict to one locale (`"en"`, `"fr"`, `"ar"`, `"de"`, `"es"`, `"pt"`, `"it"`, `"ru"`, `"pl"`, `"nl"`, `"tr"`, `"id"`); all locales are tried when absent. */
  locale?: string | undefined;
}
