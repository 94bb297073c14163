import { z } from "zod";

/**
 * A half-open range `[start, end)` of UTF-16 code units (JavaScript string indices) into the
 * original input string, before any normalisation. `input.slice(start, end)` gives the text back.
 *
 * @example
 * ```ts
 * import { parseArticles, SpanSchema } from "news-text-parser";
 * const text = "Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.";
 * const { start, end } = SpanSchema.parse(parseArticles(text)[0]?.span);
 * console.log(text.slice(start, end) === text); // true
 * ```
 */
export const SpanSchema = z
  .strictObject({
    /** Index of the first code unit. */
    start: z.number().int().nonnegative(),
    /** Index one past the last code unit. */
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: "span end must not precede its start" });

/**
 * A range of the input, `[start, end)` in UTF-16 code units.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parseArticles, type Span } from "news-text-parser";
 * const text = "Menu\nBridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.";
 * const span: Span | undefined = parseArticles(text)[0]?.span;
 * console.log(span); // {"start": 5, "end": 114}
 * ```
 */
export type Span = z.infer<typeof SpanSchema>;

/**
 * How precisely a timestamp pins its instant: `"minute"` for `11 minutes ago`, `"day"` for `14-08-2025`.
 *
 * @example
 * ```ts
 * import { PrecisionSchema } from "news-text-parser";
 * console.log([...PrecisionSchema.values]); // ["second", "minute", "hour", "day", "month", "year"]
 * ```
 */
export const PrecisionSchema = z.literal(["second", "minute", "hour", "day", "month", "year"]);

/**
 * How precisely a timestamp pins its instant.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parseTimestamp, type Precision } from "news-text-parser";
 * const precision: Precision | undefined = parseTimestamp("2 hours ago")?.precision;
 * console.log(precision); // "hour"
 * ```
 */
export type Precision = z.infer<typeof PrecisionSchema>;

/**
 * A timestamp as it was printed on the page.
 *
 * @example
 * ```ts
 * import { ArticleTimestampSchema } from "news-text-parser";
 * console.log(ArticleTimestampSchema.safeParse({ raw: "11 minutes ago", kind: "relative", precision: "minute" }).success); // true
 * ```
 */
export const ArticleTimestampSchema = z.strictObject({
  /** The text exactly as it appeared in the input, e.g. `11 minutes ago` or `19-07-2025`. */
  raw: z.string(),
  /** `"relative"` for forms resolved against `referenceTime` (`2 hours ago`, `yesterday`), `"absolute"` otherwise. */
  kind: z.literal(["relative", "absolute"]),
  /** The unit the printed form is precise to. */
  precision: PrecisionSchema,
});

/**
 * A timestamp as printed on the page: `{ raw, kind, precision }`.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parseArticles, type ArticleTimestamp } from "news-text-parser";
 * const text = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.";
 * const stamp: ArticleTimestamp | null | undefined = parseArticles(text)[0]?.timestamp;
 * console.log(stamp); // {"raw": "11 minutes ago", "kind": "relative", "precision": "minute"}
 * ```
 */
export type ArticleTimestamp = z.infer<typeof ArticleTimestampSchema>;

/**
 * An image caption found inside or around an article, with its credit when one is printed.
 *
 * @example
 * ```ts
 * import { CaptionSchema } from "news-text-parser";
 * console.log(CaptionSchema.parse({ text: "The ferry Gull at the north pier", credit: null }).credit); // null
 * ```
 */
export const CaptionSchema = z.strictObject({
  /** The caption text, without the credit. */
  text: z.string(),
  /** The credit (`Reuters`, `Getty Images`), or `null` when none is printed. */
  credit: z.string().nullable(),
});

/**
 * An image caption with its credit.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import type { Caption } from "news-text-parser";
 * const caption: Caption = { text: "The keepers pose beside the great lens", credit: "Lumen" };
 * console.log(caption.credit); // "Lumen"
 * ```
 */
export type Caption = z.infer<typeof CaptionSchema>;

/**
 * A piece of the input that was taken out as boilerplate, with why.
 * `text` is exactly `input.slice(start, end)`.
 *
 * @example
 * ```ts
 * import { parsePage, RemovedSchema } from "news-text-parser";
 * const page = parsePage("Menu\nFerry vote\nThe town voted to keep the ferry for another ten years, the council said.");
 * console.log(page.removed.every((r) => RemovedSchema.safeParse(r).success)); // true
 * ```
 */
export const RemovedSchema = z.strictObject({
  /** The family of boilerplate, e.g. `share`, `newsletter`, `site-chrome`, `gallery-counter`, `template`. */
  kind: z.string().min(1),
  /** The removed text exactly as it appears in the input. */
  text: z.string(),
  /** Offset of the first code unit in the input. */
  start: z.number().int().nonnegative(),
  /** Offset one past the last code unit in the input. */
  end: z.number().int().nonnegative(),
  /** The id of the rule that removed it (`share/click-to-share`), so every removal can be audited. */
  ruleId: z.string().min(1),
});

/**
 * A piece of boilerplate taken out of the input, with its kind, rule and offsets.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parsePage, type Removed } from "news-text-parser";
 * const text = "Ferry vote\nThe town voted to keep the ferry for another ten years, the council said.\nComments";
 * const [cut]: Removed[] = parsePage(text).removed;
 * console.log(cut?.ruleId, text.slice(cut?.start, cut?.end) === cut?.text); // "comments/header" true
 * ```
 */
export type Removed = z.infer<typeof RemovedSchema>;

/**
 * Where an article sits on the page.
 *
 * @example
 * ```ts
 * import { ArticleRoleSchema } from "news-text-parser";
 * console.log([...ArticleRoleSchema.values]); // ["main", "related", "item"]
 * ```
 */
export const ArticleRoleSchema = z.literal(["main", "related", "item"]);

/**
 * Where an article sits on the page: `"main"`, `"related"` or `"item"`.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parseArticles, type ArticleRole } from "news-text-parser";
 * const roles: ArticleRole[] = parseArticles("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.").map((a) => a.role);
 * console.log(roles); // ["main"]
 * ```
 */
export type ArticleRole = z.infer<typeof ArticleRoleSchema>;

/**
 * One article found on a page: the main story, a related story, or an item of a listing.
 * This zod schema is the single source of truth; {@link Article} is inferred from it.
 *
 * @example
 * ```ts
 * import { ArticleSchema, parseArticles } from "news-text-parser";
 * const stored = JSON.parse(JSON.stringify(parseArticles("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.")));
 * console.log(ArticleSchema.array().safeParse(stored).success); // true
 * console.log(ArticleSchema.safeParse({ title: "" }).success); // false
 * ```
 */
export const ArticleSchema = z.strictObject({
  /** `"main"` for the page's own story, `"related"` for blocks under a related-articles header, `"item"` for entries of a listing or roundup. */
  role: ArticleRoleSchema,
  /** The headline, as printed (whitespace collapsed). */
  title: z.string().min(1),
  /** `true` when the title is printed cut short (ends with `…` or `...`). */
  truncated: z.boolean(),
  /** The publisher's name, or `null` when the page does not show one. */
  source: z.string().nullable(),
  /** The instant of publication as an ISO 8601 string in UTC, or `null` when unknown or unresolvable. */
  publishedAt: z.string().datetime({ offset: true }).nullable(),
  /** The timestamp as printed, or `null` when the page shows none. */
  timestamp: ArticleTimestampSchema.nullable(),
  /** A rubric or kicker label printed above or before the title (`CRUNCH SUMMIT`), or `null`. */
  kicker: z.string().nullable(),
  /** The byline as printed, without a leading `By` (`Jane Doe and John Roe`), or `null`. */
  byline: z.string().nullable(),
  /** Key points or highlights printed above the story, kept out of the body. */
  keyPoints: z.array(z.string().min(1)),
  /** The story's paragraphs, in order, boilerplate removed. */
  paragraphs: z.array(z.string().min(1)),
  /** The paragraphs joined by a blank line (`"\n\n"`). */
  body: z.string(),
  /** Image captions with their credits. */
  captions: z.array(CaptionSchema),
  /** Hashtags attached to the article, without the leading `#`. */
  hashtags: z.array(z.string().min(1)),
  /** Category labels attached to the article (`Business`). */
  categories: z.array(z.string().min(1)),
  /** Boilerplate cut from inside this article, in input order, each with its offsets and the rule that cut it. */
  removed: z.array(RemovedSchema),
  /** The range of the input this article was read from. */
  span: SpanSchema,
});

/**
 * One article parsed from a page; see {@link ArticleSchema} for every field.
 * @useDeclaredType
 *
 * @example
 * ```ts
 * import { parseArticles, type Article } from "news-text-parser";
 * const [main]: Article[] = parseArticles("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.");
 * console.log(main?.title); // "Bridge reopens"
 * console.log(main?.body === main?.paragraphs.join("\n\n")); // true
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
