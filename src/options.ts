import { z } from "zod";
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

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: "not an ISO 8601 date" });

/** The zod schema that checks options before any parsing. */
export const ParseOptionsSchema = z
  .strictObject({
    referenceTime: z.union([z.date().refine((d) => !Number.isNaN(d.getTime()), { message: "Invalid Date" }), isoDate]).optional(),
    timeZone: z
      .string()
      .refine(isValidTimeZone, { message: "unknown IANA time zone" })
      .optional(),
    dateOrder: z.enum(["DMY", "MDY"]).optional(),
    maxInputLength: z.number().int().positive().optional(),
    rules: z.union([z.array(z.any()), z.custom<(d: readonly Rule[]) => readonly Rule[]>((v) => typeof v === "function")]).optional(),
    patternEngine: z.custom<PatternEngine>((v) => typeof v === "object" && v !== null && typeof (v as PatternEngine).compile === "function", { message: "must be a pattern engine (re2Engine from news-text-parser/re2)" }).optional(),
    timeBudgetMs: z.number().positive().optional(),
    now: z.custom<() => number>((v) => typeof v === "function").optional(),
  })
  .optional();

/** Checks an IANA zone name with the platform's Intl data. */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
