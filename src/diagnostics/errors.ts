import type { ParseMessage } from "./messages.js";

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
export type ErrorCode = "invalid_input" | "empty_input" | "input_too_large" | "invalid_options" | "rules_failed" | "option_callback_failed" | "internal_error";

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
   * @param cause - what a callback threw, for `option_callback_failed` and `rules_failed` (kept as the standard `cause`)
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
  "rules_failed",
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
