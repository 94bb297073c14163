import * as z from "zod/mini";
import { exactSchema, SpanSchema, type Span } from "../model/article.js";

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
 * - `rules_failed`: the `rules` function given in the options threw; the error's `cause` holds
 *   what it threw.
 * - `option_callback_failed`: the `now` clock given in the options threw or returned something
 *   unusable; the error's `cause` holds what it threw.
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
  "rules_failed",
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
 * @group Errors
 * @example
 * ```ts
 * import { parsePage, type ParseMessage } from "news-text-parser";
 * const text = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.";
 * const messages: ParseMessage[] = parsePage(text).messages; // no referenceTime given
 * console.log(messages.map((m) => m.code)); // ["unresolved_timestamp"]
 * ```
 */
export interface ParseMessage {
  /** A stable machine-readable code (see {@link MessageCode}). */
  code: MessageCode;
  /** `"error"` for failures, `"warning"` for degraded results, `"info"` for notes. */
  severity: "error" | "warning" | "info";
  /** A human-readable sentence. */
  message: string;
  /** The rule involved, when there is one. */
  ruleId?: string | undefined;
  /** Where in the input it happened, when that is known. */
  span?: Span | undefined;
}

/**
 * The zod schema of {@link ParseMessage}.
 *
 * @group Errors
 * @example
 * ```ts
 * import { parsePage, ParseMessageSchema } from "news-text-parser";
 * const [message] = parsePage("Menu\nHome").messages;
 * console.log(ParseMessageSchema.parse(message).severity); // "warning"
 * ```
 */
export const ParseMessageSchema: z.ZodMiniType<ParseMessage, ParseMessage> = exactSchema<ParseMessage>()(
  z.strictObject({
    code: MessageCodeSchema,
    severity: z.literal(["error", "warning", "info"]),
    message: z.string(),
    ruleId: z.optional(z.string()),
    span: z.optional(SpanSchema),
  }),
);

// The error class and its guard live in ./errors.ts, which imports no zod, so the
// `news-text-parser/errors` entry stays a few hundred bytes.
export { ArticleParseError, isArticleParseError, type ErrorCode } from "./errors.js";
