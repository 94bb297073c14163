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
 * - `option_callback_failed`: a function given in the options (the `now` clock, a `rules` function)
 *   threw or returned something unusable; the error's `cause` holds what it threw.
 * - `internal_error`: a bug in the library, reported instead of thrown.
 *
 * @example
 * ```ts
 * import { MessageCodeSchema } from "news-text-parser";
 * console.log(MessageCodeSchema.safeParse("no_main_story").success); // true
 * ```
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
  "option_callback_failed",
  "internal_error",
]);

/**
 * A stable message or error code (see {@link MessageCodeSchema}).
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parsePage, type MessageCode } from "news-text-parser";
 * const codes: MessageCode[] = parsePage("Menu\nHome").messages.map((m) => m.code);
 * console.log(codes); // ["no_main_story"]
 * ```
 */
export type MessageCode = z.infer<typeof MessageCodeSchema>;

/**
 * A diagnostic produced while parsing: what happened, how serious it is, and where.
 *
 * @example
 * ```ts
 * import { parsePage, ParseMessageSchema } from "news-text-parser";
 * const [message] = parsePage("Menu\nHome").messages;
 * console.log(ParseMessageSchema.parse(message).severity); // "warning"
 * ```
 */
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
 *
 * @example
 * ```ts
 * import { parsePage, type ParseMessage } from "news-text-parser";
 * const text = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.";
 * const messages: ParseMessage[] = parsePage(text).messages; // no referenceTime given
 * console.log(messages.map((m) => m.code)); // ["unresolved_timestamp"]
 * ```
 */
export type ParseMessage = z.infer<typeof ParseMessageSchema>;

/**
 * The codes an {@link ArticleParseError} can carry.
 *
 * @example
 * ```ts
 * import { safeParseArticles, type ErrorCode } from "news-text-parser";
 * const result = safeParseArticles("ok text", { timeZone: "Nowhere/Land" });
 * const code: ErrorCode | null = result.success ? null : result.error.code;
 * console.log(code); // "invalid_options"
 * ```
 */
export type ErrorCode = "invalid_input" | "empty_input" | "input_too_large" | "invalid_options" | "option_callback_failed" | "internal_error";

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
   * @param cause - what a callback threw, for `option_callback_failed` (kept as the standard `cause`)
   */
  constructor(code: ErrorCode, message: string, messages: ParseMessage[] = [], cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
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
  "option_callback_failed",
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
