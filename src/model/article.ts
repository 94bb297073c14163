import { z } from "zod";

/**
 * A half-open range `[start, end)` of UTF-16 code units (JavaScript string indices) into the
 * original input string, before any normalisation. `input.slice(start, end)` gives the text back.
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
 */
export type Span = z.infer<typeof SpanSchema>;

/** How precisely a timestamp pins its instant: `"minute"` for `11 minutes ago`, `"day"` for `14-08-2025`. */
export const PrecisionSchema = z.literal(["second", "minute", "hour", "day", "month", "year"]);

/**
 * How precisely a timestamp pins its instant.
 * @useDeclaredType
 */
export type Precision = z.infer<typeof PrecisionSchema>;

/** A timestamp as it was printed on the page. */
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
 */
export type ArticleTimestamp = z.infer<typeof ArticleTimestampSchema>;

/** An image caption found inside or around an article, with its credit when one is printed. */
export const CaptionSchema = z.strictObject({
  /** The caption text, without the credit. */
  text: z.string(),
  /** The credit (`Reuters`, `Getty Images`), or `null` when none is printed. */
  credit: z.string().nullable(),
});

/**
 * An image caption with its credit.
 * @useDeclaredType
 */
export type Caption = z.infer<typeof CaptionSchema>;

/**
 * A piece of the input that was taken out as boilerplate, with why.
 * `text` is exactly `input.slice(start, end)`.
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
 */
export type Removed = z.infer<typeof RemovedSchema>;

/** Where an article sits on the page. */
export const ArticleRoleSchema = z.literal(["main", "related", "item"]);

/**
 * Where an article sits on the page: `"main"`, `"related"` or `"item"`.
 * @useDeclaredType
 */
export type ArticleRole = z.infer<typeof ArticleRoleSchema>;

/**
 * One article found on a page: the main story, a related story, or an item of a listing.
 * This zod schema is the single source of truth; {@link Article} is inferred from it.
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
 */
export type Article = z.infer<typeof ArticleSchema>;
