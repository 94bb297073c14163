import * as z from "zod/mini";
import type { PatternEngine, Rule } from "./rules/rule.js";

/**
 * Options for {@link parseArticles}, {@link parsePage}, {@link safeParseArticles} and {@link createArticleParser}.
 *
 * @example
 * ```ts
 * import type { ParseOptions } from "news-text-parser";
 * const options: ParseOptions = { referenceTime: "2025-08-14T18:00:00Z", timeZone: "Europe/London" };
 * ```
 */
export interface ParseOptions {
  /** The moment the page was scraped (a Date or an ISO 8601 string). Relative times (`11 minutes ago`) resolve against it; without it they get `publishedAt: null`. The library never reads the clock. */
  referenceTime?: Date | string | undefined;
  /** IANA time zone for dates printed without one (`"Europe/Paris"`). Default `"UTC"`. */
  timeZone?: string | undefined;
  /** Order of numeric dates such as `09-06-2025`: `"DMY"` or `"MDY"`. Default: day first, unless only month-first is valid. */
  dateOrder?: "DMY" | "MDY" | undefined;
  /** Longest input accepted, in characters. Default 5,000,000. Longer input fails with `input_too_large`. */
  maxInputLength?: number | undefined;
  /** Replace or extend the built-in rules: an array replaces them; a function receives the defaults and returns the rules to use. */
  rules?: readonly Rule[] | ((defaults: readonly Rule[]) => readonly Rule[]) | undefined;
  /** The linear-time engine for rule patterns of your own (`re2Engine` from `news-text-parser/re2`). Without one, such a pattern is refused with `invalid_options`; built-in patterns and phrases never need it. */
  patternEngine?: PatternEngine | undefined;
  /** Stop after this many milliseconds and return what was parsed so far, with a `time_budget_exceeded` message. Off by default. */
  timeBudgetMs?: number | undefined;
  /** A clock for the time budget (milliseconds); defaults to `performance.now`. Only used when `timeBudgetMs` is set. */
  now?: (() => number) | undefined;
}

/**
 * Default for {@link ParseOptions.maxInputLength}.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_INPUT_LENGTH, safeParseArticles } from "news-text-parser";
 * console.log(DEFAULT_MAX_INPUT_LENGTH); // 5000000
 * const result = safeParseArticles("x".repeat(DEFAULT_MAX_INPUT_LENGTH + 1));
 * console.log(result.success ? "parsed" : result.error.code); // "input_too_large"
 * ```
 */
export const DEFAULT_MAX_INPUT_LENGTH = 5_000_000;

// zod/mini ships no locale, so every check carries its own message (the message becomes the text
// of the invalid_options error: `options.timeZone: unknown IANA time zone`).
const isoDate = z.string("must be a Date or an ISO 8601 string").check(z.refine((s) => !Number.isNaN(Date.parse(s)), "not an ISO 8601 date"));
const validDate = z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), "Invalid Date"));
const isFunction = (v: unknown) => typeof v === "function";

/** The zod schema that checks options before any parsing. */
export const ParseOptionsSchema = z.optional(
  z.strictObject(
    {
      referenceTime: z.optional(z.union([validDate, isoDate], "must be a Date or an ISO 8601 string")),
      timeZone: z.optional(z.string("must be a string").check(z.refine(isValidTimeZone, "unknown IANA time zone"))),
      dateOrder: z.optional(z.enum(["DMY", "MDY"], 'must be "DMY" or "MDY"')),
      maxInputLength: z.optional(z.int("must be an integer").check(z.positive("must be positive"))),
      rules: z.optional(
        z.union(
          [z.array(z.any()), z.custom<(d: readonly Rule[]) => readonly Rule[]>(isFunction)],
          "must be an array of rules or a function returning one",
        ),
      ),
      patternEngine: z.optional(
        z.custom<PatternEngine>(
          (v) => typeof v === "object" && v !== null && typeof (v as PatternEngine).compile === "function",
          "must be a pattern engine (re2Engine from news-text-parser/re2)",
        ),
      ),
      timeBudgetMs: z.optional(z.number("must be a number").check(z.positive("must be positive"))),
      now: z.optional(z.custom<() => number>(isFunction, "must be a function")),
    },
    { error: (issue) => (issue.code === "unrecognized_keys" ? `unknown option ${issue.keys.map((k) => `"${k}"`).join(", ")}` : "must be an object") },
  ),
);


/** Checks an IANA zone name with the platform's Intl data. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
