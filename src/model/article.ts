import * as z from "zod/mini";

// The model is written twice on purpose, and checked to be one thing: each public type is a named
// interface whose fields carry their doc comments (hover in an editor, the typedoc pages and the
// shipped .d.ts show them by name, which a type inferred from zod cannot do), and each schema is
// passed through `exactSchema<T>()`, which fails to compile unless the schema's output and input
// are exactly that type. Add a field to one and not the other and `npm run typecheck` fails.

/**
 * `true` when `A` and `B` are the same type (not merely assignable either way: an optional field,
 * a wider union or a missing `null` all count as different).
 */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/**
 * A compile-time check that a zod schema (classic or mini) describes exactly the type `T`:
 * `exactSchema<Span>()(schema)` returns the schema unchanged, and does not compile when the
 * schema's output or input differs from `T`. It is what keeps the named interfaces below and the
 * runtime checks one source of truth.
 */
export function exactSchema<T>() {
  return <S extends z.ZodMiniType>(
    schema: S & ([Same<z.output<S>, T>, Same<z.input<S>, T>] extends [true, true] ? unknown : { "schema does not match its declared type": T }),
  ): S => schema;
}

/**
 * A range of the input: a half-open range `[start, end)` of UTF-16 code units (JavaScript string
 * indices) into the original input string, before any normalisation. `input.slice(start, end)`
 * gives the text back.
 *
 * @group Model
 * @example
 * ```ts
 * import { parseArticles, type Span } from "news-text-parser";
 * const text = "Menu\nBridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.";
 * const span: Span | undefined = parseArticles(text)[0]?.span;
 * console.log(span); // {"start": 5, "end": 114}
 * ```
 */
export interface Span {
  /** Index of the first code unit in the input. */
  start: number;
  /** Index one past the last code unit in the input (never before `start`). */
  end: number;
}

/**
 * The zod schema of {@link Span}.
 *
 * @group Model
 * @example
 * ```ts
 * import { parseArticles, SpanSchema } from "news-text-parser";
 * const text = "Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.";
 * const { start, end } = SpanSchema.parse(parseArticles(text)[0]?.span);
 * console.log(text.slice(start, end) === text); // true
 * console.log(SpanSchema.safeParse({ start: 5, end: 2 }).success); // false
 * ```
 */
export const SpanSchema: z.ZodMiniType<Span, Span> = exactSchema<Span>()(
  z
    .strictObject({
      start: z.number().check(z.int(), z.nonnegative()),
      end: z.number().check(z.int(), z.nonnegative()),
    })
    .check(z.refine((s) => s.end >= s.start, { message: "span end must not precede its start" })),
);

/**
 * How precisely a timestamp pins its instant: `"minute"` for `11 minutes ago`, `"day"` for `14-08-2025`.
 *
 * @group Model
 * @example
 * ```ts
 * import { parseTimestamp, type Precision } from "news-text-parser";
 * const precision: Precision | undefined = parseTimestamp("2 hours ago")?.precision;
 * console.log(precision); // "hour"
 * ```
 */
export type Precision = "second" | "minute" | "hour" | "day" | "month" | "year";

/**
 * The zod schema of {@link Precision}.
 *
 * @group Model
 * @example
 * ```ts
 * import { PrecisionSchema } from "news-text-parser";
 * console.log([PrecisionSchema.safeParse("day").success, PrecisionSchema.safeParse("week").success]); // [true, false]
 * ```
 */
export const PrecisionSchema: z.ZodMiniType<Precision, Precision> = exactSchema<Precision>()(
  z.literal(["second", "minute", "hour", "day", "month", "year"]),
);

/**
 * A timestamp as it was printed on the page: `{ raw, kind, precision }`. The instant it stands for
 * is the article's `publishedAt`.
 *
 * @group Model
 * @example
 * ```ts
 * import { parseArticles, type ArticleTimestamp } from "news-text-parser";
 * const text = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.";
 * const stamp: ArticleTimestamp | null | undefined = parseArticles(text)[0]?.timestamp;
 * console.log(stamp); // {"raw": "11 minutes ago", "kind": "relative", "precision": "minute"}
 * ```
 */
export interface ArticleTimestamp {
  /** The text exactly as it appeared in the input, e.g. `11 minutes ago` or `19-07-2025`. */
  raw: string;
  /** `"relative"` for forms resolved against `referenceTime` (`2 hours ago`, `yesterday`), `"absolute"` otherwise. */
  kind: "relative" | "absolute";
  /** The unit the printed form is precise to. */
  precision: Precision;
}

/**
 * The zod schema of {@link ArticleTimestamp}.
 *
 * @group Model
 * @example
 * ```ts
 * import { ArticleTimestampSchema } from "news-text-parser";
 * console.log(ArticleTimestampSchema.safeParse({ raw: "11 minutes ago", kind: "relative", precision: "minute" }).success); // true
 * ```
 */
export const ArticleTimestampSchema: z.ZodMiniType<ArticleTimestamp, ArticleTimestamp> = exactSchema<ArticleTimestamp>()(
  z.strictObject({
    raw: z.string(),
    kind: z.literal(["relative", "absolute"]),
    precision: PrecisionSchema,
  }),
);

/**
 * An image caption found inside or around an article, with its credit when one is printed.
 *
 * @group Model
 * @example
 * ```ts
 * import type { Caption } from "news-text-parser";
 * const caption: Caption = { text: "The keepers pose beside the great lens", credit: "Lumen" };
 * console.log(caption.credit); // "Lumen"
 * ```
 */
export interface Caption {
  /** The caption text, without the credit. */
  text: string;
  /** The credit (`Reuters`, `Getty Images`), or `null` when none is printed. */
  credit: string | null;
}

/**
 * The zod schema of {@link Caption}.
 *
 * @group Model
 * @example
 * ```ts
 * import { CaptionSchema } from "news-text-parser";
 * console.log(CaptionSchema.parse({ text: "The ferry Gull at the north pier", credit: null }).credit); // null
 * ```
 */
export const CaptionSchema: z.ZodMiniType<Caption, Caption> = exactSchema<Caption>()(
  z.strictObject({
    text: z.string(),
    credit: z.nullable(z.string()),
  }),
);

/**
 * A piece of the input that was taken out as boilerplate, with its kind, the rule that cut it and
 * its offsets. `text` is exactly `input.slice(start, end)`.
 *
 * @group Model
 * @example
 * ```ts
 * import { parsePage, type Removed } from "news-text-parser";
 * const text = "Ferry vote\nThe town voted to keep the ferry for another ten years, the council said.\nComments";
 * const [cut]: Removed[] = parsePage(text).removed;
 * console.log(cut?.ruleId, text.slice(cut?.start, cut?.end) === cut?.text); // "comments/header" true
 * ```
 */
export interface Removed {
  /** The family of boilerplate, e.g. `share`, `newsletter`, `site-chrome`, `gallery-counter`, `template`. */
  kind: string;
  /** The removed text exactly as it appears in the input. */
  text: string;
  /** Offset of the first code unit in the input. */
  start: number;
  /** Offset one past the last code unit in the input. */
  end: number;
  /** The id of the rule that removed it (`share/click-to-share`), so every removal can be audited. */
  ruleId: string;
}

/**
 * The zod schema of {@link Removed}.
 *
 * @group Model
 * @example
 * ```ts
 * import { parsePage, RemovedSchema } from "news-text-parser";
 * const page = parsePage("Menu\nFerry vote\nThe town voted to keep the ferry for another ten years, the council said.");
 * console.log(page.removed.every((r) => RemovedSchema.safeParse(r).success)); // true
 * ```
 */
export const RemovedSchema: z.ZodMiniType<Removed, Removed> = exactSchema<Removed>()(
  z.strictObject({
    kind: z.string().check(z.minLength(1)),
    text: z.string(),
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.nonnegative()),
    ruleId: z.string().check(z.minLength(1)),
  }),
);

/**
 * Where an article sits on the page: `"main"`, `"related"` or `"item"`.
 *
 * @group Model
 * @example
 * ```ts
 * import { parseArticles, type ArticleRole } from "news-text-parser";
 * const roles: ArticleRole[] = parseArticles("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.").map((a) => a.role);
 * console.log(roles); // ["main"]
 * ```
 */
export type ArticleRole = "main" | "related" | "item";

/**
 * The zod schema of {@link ArticleRole}.
 *
 * @group Model
 * @example
 * ```ts
 * import { ArticleRoleSchema } from "news-text-parser";
 * console.log([ArticleRoleSchema.safeParse("main").success, ArticleRoleSchema.safeParse("teaser").success]); // [true, false]
 * ```
 */
export const ArticleRoleSchema: z.ZodMiniType<ArticleRole, ArticleRole> = exactSchema<ArticleRole>()(z.literal(["main", "related", "item"]));

/**
 * What a page holds as a whole, for a crawler that keeps story pages and drops the rest:
 * `"article"` (one main story), `"listing"` (several stories, none of them the page's own:
 * section fronts, tag pages, roundups, digests) or `"other"` (no story found). See
 * `docs/article-model.md` for how it is decided.
 *
 * @group Model
 * @example
 * ```ts
 * import { parsePage, type PageKind } from "news-text-parser";
 * const kind: PageKind = parsePage("Menu\nHome\nContact").kind;
 * console.log(kind); // "other"
 * ```
 */
export type PageKind = "article" | "listing" | "other";

/**
 * The zod schema of {@link PageKind}.
 *
 * @group Model
 * @example
 * ```ts
 * import { PageKindSchema } from "news-text-parser";
 * console.log(PageKindSchema.safeParse("listing").success); // true
 * ```
 */
export const PageKindSchema: z.ZodMiniType<PageKind, PageKind> = exactSchema<PageKind>()(z.literal(["article", "listing", "other"]));

/**
 * One article found on a page: the main story, a related story, or an item of a listing.
 * Every field is always present; a field the page does not print is `null` or empty.
 *
 * @group Model
 * @example
 * ```ts
 * import { parseArticles, type Article } from "news-text-parser";
 * const [main]: Article[] = parseArticles("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.");
 * console.log(main?.title); // "Bridge reopens"
 * console.log(main?.body === main?.paragraphs.join("\n\n")); // true
 * console.log([main?.language, main?.wordCount]); // ["en", 17]
 * ```
 */
export interface Article {
  /** `"main"` for the page's own story, `"related"` for blocks under a related-articles header, `"item"` for entries of a listing or roundup. */
  role: ArticleRole;
  /** The headline, as printed (whitespace collapsed). Never empty. */
  title: string;
  /** `true` when the title is printed cut short (ends with `…` or `...`). */
  truncated: boolean;
  /** The publisher's name, or `null` when the page does not show one. */
  source: string | null;
  /** The instant of publication as an ISO 8601 string in UTC, or `null` when unknown or unresolvable. */
  publishedAt: string | null;
  /** The timestamp as printed, or `null` when the page shows none. */
  timestamp: ArticleTimestamp | null;
  /** A rubric or kicker label printed above or before the title (`CRUNCH SUMMIT`), or `null`. */
  kicker: string | null;
  /** The byline as printed, without a leading `By` (`Jane Doe and John Roe`), or `null`. */
  byline: string | null;
  /**
   * The people named in the byline, one name each (`["Jane Doe", "John Roe"]`): split at commas,
   * `and`/`&` and their French, Spanish, German and Arabic forms, with roles and affiliations
   * (`Staff writer`, `Reuters`) left out. Empty when there is no byline.
   */
  authors: string[];
  /** Key points or highlights printed above the story, kept out of the body. */
  keyPoints: string[];
  /** The story's paragraphs, in order, boilerplate removed. */
  paragraphs: string[];
  /** The paragraphs joined by a blank line (`"\n\n"`). */
  body: string;
  /**
   * The opening of the body: its first whole sentences, as many as fit in 200 characters (the
   * first sentence alone, cut at a word and ended with `…`, when it is longer). `""` when the body
   * is empty.
   */
  excerpt: string;
  /** The number of words in `body` (runs of letters and digits; an apostrophe inside a word joins it). */
  wordCount: number;
  /**
   * The language of the article's title and body as a BCP 47 tag (`"en"`, `"fr"`, `"ar"`), from
   * stop-word counts over the languages the parser has lists for (en, fr, de, it, pt, id, ru, ko,
   * ar). A text too short to tell takes the page's language; `null` when the page gives no evidence.
   */
  language: string | null;
  /**
   * For the main story, how much it reads like one, from 0 to 1: the share of its body that is
   * prose (paragraphs that end like sentences) times how much of a typical story's length it has
   * (full at 120 words). Not a calibrated probability. `null` for related stories and items.
   */
  confidence: number | null;
  /** Image captions with their credits. */
  captions: Caption[];
  /** Hashtags attached to the article, without the leading `#`. */
  hashtags: string[];
  /** Category labels attached to the article (`Business`). */
  categories: string[];
  /** Boilerplate cut from inside this article, in input order, each with its offsets and the rule that cut it. */
  removed: Removed[];
  /** The range of the input this article was read from. */
  span: Span;
}

const nonEmpty = () => z.string().check(z.minLength(1));

/**
 * The zod schema of {@link Article}: what every parsed article is checked against before it leaves
 * the library, and what stored results can be checked against when read back.
 *
 * @group Model
 * @example
 * ```ts
 * import { ArticleSchema, parseArticles } from "news-text-parser";
 * import * as z from "zod/mini";
 * const stored = JSON.parse(JSON.stringify(parseArticles("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.")));
 * console.log(z.array(ArticleSchema).safeParse(stored).success); // true
 * console.log(ArticleSchema.safeParse({ title: "" }).success); // false
 * ```
 */
export const ArticleSchema: z.ZodMiniType<Article, Article> = exactSchema<Article>()(
  z.strictObject({
    role: ArticleRoleSchema,
    title: nonEmpty(),
    truncated: z.boolean(),
    source: z.nullable(z.string()),
    publishedAt: z.nullable(z.iso.datetime({ offset: true })),
    timestamp: z.nullable(ArticleTimestampSchema),
    kicker: z.nullable(z.string()),
    byline: z.nullable(z.string()),
    authors: z.array(nonEmpty()),
    keyPoints: z.array(nonEmpty()),
    paragraphs: z.array(nonEmpty()),
    body: z.string(),
    excerpt: z.string(),
    wordCount: z.number().check(z.int(), z.nonnegative()),
    language: z.nullable(nonEmpty()),
    confidence: z.nullable(z.number().check(z.gte(0), z.lte(1))),
    captions: z.array(CaptionSchema),
    hashtags: z.array(nonEmpty()),
    categories: z.array(nonEmpty()),
    removed: z.array(RemovedSchema),
    span: SpanSchema,
  }),
);
