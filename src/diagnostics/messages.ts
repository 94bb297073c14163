import { z } from "zod";
import { SpanSchema } from "../model/article.js";

/**
 * Every code a message or an error can carry.
 *
 * - `invalid_input`: the input is not a string.
 * - `empty_input`: the input is empty or only whitespace.
 * - `input_too_large`: the input is longer than `maxInputLength`.
 * - `invalid_options`: an option is malformed (unknown time zone, bad date, unsafe rule pattern ...).
 * - `no_main_story`: nothing on the page looks like a story.
 * - `unresolved_timestamp`: a relative timestamp was found but no `referenceTime` was given.
 * - `broken_item`: one item of a listing could not be read; the others are still returned.
 * - `time_budget_exceeded`: `timeBudgetMs` ran out; what was parsed so far is returned.
 * - `internal_error`: a bug in the library, reported instead of thrown.
 */
export const MessageCodeSchema = z.literal([
  "invalid_input",
  "empty_input",
  "input_too_large",
  "invalid_options",
  "no_main_story",
  "unresolved_timestamp",
  "broken_item",
  "time_budget_exceeded",
  "internal_error",
]);

/**
 * A stable message or error code (see {@link MessageCodeSchema}).
 * @useDeclaredType
 */
export type MessageCode = z.infer<typeof MessageCodeSchema>;

/** A diagnostic produced while parsing: what happened, how serious it is, and where. */
export const ParseMessageSchema = z.strictObject({
  /** A stable machine-readable code. */
  code: MessageCodeSchema,
  /** `"error"` for failures, `"warning"` for degraded results, `"info"` for notes. */
  severity: z.literal(["error", "warning", "info"]),
  /** A human-readable sentence. */
  message: z.string(),
  /** The rule involved, when there is one. */
  ruleId: z.string().optional(),
  /** Where in the input it happened, when that is known. */
  span: SpanSchema.optional(),
});

/**
 * A diagnostic: `{ code, severity, message, ruleId?, span? }`.
 * @useDeclaredType
 */
export type ParseMessage = z.infer<typeof ParseMessageSchema>;

/** The codes an {@link ArticleParseError} can carry. */
export type ErrorCode = "invalid_input" | "empty_input" | "input_too_large" | "invalid_options" | "internal_error";

/**
 * Thrown by {@link parseArticles} and {@link parsePage} when the input or options cannot be parsed.
 * Check for it with {@link isArticleParseError} rather than `instanceof`: with dual ESM/CJS builds
 * two copies of this class can be loaded at once.
 *
 * @example
 * ```ts
 * import { parseArticles, isArticleParseError } from "news-text-parser";
 * try {
 *   parseArticles("   ");
 * } catch (error) {
 *   if (isArticleParseError(error)) console.log(error.code); // "empty_input"
 * }
 * ```
 */
export class ArticleParseError extends Error {
  /** The stable error code. */
  readonly code: ErrorCode;
  /** Messages gathered before the failure (the failure itself included). */
  readonly messages: ParseMessage[];

  /**
   * @param code - the stable error code
   * @param message - a human-readable sentence
   * @param messages - diagnostics gathered so far
   */
  constructor(code: ErrorCode, message: string, messages: ParseMessage[] = []) {
    super(message);
    this.name = "ArticleParseError";
    this.code = code;
    this.messages = messages;
  }
}

const ERROR_CODES: ReadonlySet<string> = new Set([
  "invalid_input",
  "empty_input",
  "input_too_large",
  "invalid_options",
  "internal_error",
]);

/**
 * Tells whether a value is an {@link ArticleParseError}, by name and code (works across copies of the library).
 *
 * @param value - anything caught
 * @returns `true` when `value` is an ArticleParseError from any copy of this library
 * @example
 * ```ts
 * import { safeParseArticles, isArticleParseError } from "news-text-parser";
 * const result = safeParseArticles(42);
 * if (!result.success && isArticleParseError(result.error)) console.log(result.error.code); // "invalid_input"
 * ```
 */
export function isArticleParseError(value: unknown): value is ArticleParseError {
  if (typeof value !== "object" || value === null) return false;
  const v = value as { name?: unknown; code?: unknown };
  return v.name === "ArticleParseError" && typeof v.code === "string" && ERROR_CODES.has(v.code);
}
