import { scanTimestampLine } from "./time/find-timestamp.js";
import { ArticleParseError, type ParseMessage } from "./diagnostics/messages.js";
import type { Article, PageKind, Removed } from "./model/article.js";
import type { Line } from "./model/block.js";
import { DEFAULT_MAX_INPUT_LENGTH, ParseOptionsSchema, type ParseOptions } from "./options.js";
import { assemble } from "./pipeline/assemble.js";
import { classify, type ClassTally } from "./pipeline/classify.js";
import { lineEnd } from "./pipeline/lines.js";
import { addMetadata } from "./pipeline/metadata.js";
import type { ParseContext } from "./pipeline/context.js";
import { isBlankUnit, normalize, NOT_BLANK } from "./pipeline/normalize.js";
import { resolveTimestamps } from "./pipeline/resolve-timestamps.js";
import { segment } from "./pipeline/segment.js";
import { validate } from "./pipeline/validate.js";
import { defaultRules } from "./rules/index.js";
import { compileRules, foldLine, RuleError, type CompiledRules, type Rule } from "./rules/rule.js";

/**
 * The result of {@link parsePage}: the articles, the page chrome that belongs to none of them, and diagnostics.
 *
 * @example
 * ```ts
 * import { parsePage, type PageResult } from "news-text-parser";
 * const page: PageResult = parsePage("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.\nComments");
 * console.log(page.articles.length, page.removed.length, page.messages.length); // 1 1 0
 * ```
 */
export interface PageResult {
  /**
   * What the page holds as a whole: `"article"` (a main story), `"listing"` (several stories, none
   * the page's own) or `"other"` (no story). A crawler can keep `"article"` pages and drop the rest.
   */
  kind: PageKind;
  /** The articles: the main story first, then related stories and listing items in page order. */
  articles: Article[];
  /** Page chrome outside every article (navigation, widget labels, footers), each with its kind and rule. */
  removed: Removed[];
  /** Diagnostics (warnings such as `no_main_story` or `unresolved_timestamp`). */
  messages: ParseMessage[];
}

/**
 * The result of {@link safeParseArticles}: like zod's `safeParse`, it never throws.
 *
 * @example
 * ```ts
 * import { safeParseArticles, type SafeParseResult } from "news-text-parser";
 * const result: SafeParseResult = safeParseArticles("   ");
 * console.log(result.success ? result.data.length : result.error.code); // "empty_input"
 * ```
 */
export type SafeParseResult =
  | {
      /** Parsing succeeded. */
      success: true;
      /** The articles. */
      data: Article[];
      /** Page chrome outside every article (as in {@link PageResult}). */
      removed: Removed[];
      /** Diagnostics. */
      messages: ParseMessage[];
    }
  | {
      /** Parsing failed. */
      success: false;
      /** Why: check `error.code`. */
      error: ArticleParseError;
      /** Diagnostics, the failure included. */
      messages: ParseMessage[];
    };

/**
 * A parser with its options checked and its rules compiled once, for parsing many pages.
 *
 * @example
 * ```ts
 * import { createArticleParser } from "news-text-parser";
 * const parser = createArticleParser({ referenceTime: "2025-08-14T18:00:00Z" });
 * const articles = parser.parse("Headline\nFirst paragraph of the story, long enough to read as prose.");
 * ```
 */
export interface ArticleParser {
  /**
   * Parses one page into articles.
   * @param text - the page text
   * @param overrides - per-page options (e.g. a different `referenceTime`); rules cannot be overridden here
   * @returns the articles
   * @throws {@link ArticleParseError} on invalid input
   */
  parse(text: string, overrides?: PageOverrides): Article[];
  /**
   * Parses one page and returns the page chrome and messages too.
   * @param text - the page text
   * @param overrides - per-page options
   * @returns articles, page-level removed pieces and messages
   * @throws {@link ArticleParseError} on invalid input
   */
  parsePage(text: string, overrides?: PageOverrides): PageResult;
  /**
   * Like {@link ArticleParser.parse} but never throws.
   * @param input - anything
   * @param overrides - per-page options
   * @returns a success or failure record
   */
  safeParse(input: unknown, overrides?: PageOverrides): SafeParseResult;
  /**
   * Learns a site's template from a batch of its pages: lines that repeat across many pages
   * (menus, footers, promos, widget labels) are treated as boilerplate by the parser it returns,
   * recorded as `removed` with `kind: "template"` and `ruleId: "template/learned"`.
   *
   * A line is learned when it appears on at least `minPages` pages and on at least `minShare` of
   * the batch (counted once per page). Lines over 200 characters, lines without a letter, and
   * lines that read as story sentences (12 words or more ending with `.`, `!`, `?`) are never
   * learned, so a story syndicated to several pages keeps its text. Give pages of one site only:
   * a template learned across sites is mostly empty. Learning is cumulative: calling `learn` on a
   * learned parser adds to its template.
   *
   * @param pages - page texts from one site (non-strings are skipped)
   * @param options - `minPages` (default 3, at least 2) and `minShare` (default 0.5)
   * @returns a new parser with the learned template; this one is unchanged
   * @example
   * ```ts
   * import { createArticleParser } from "news-text-parser";
   * const page = (n: number) => `Harbour Post\nWorld | Sport\nStory ${n}\nThe harbour reopened on day ${n} after repairs, the council said on Monday.`;
   * const site = createArticleParser().learn([page(1), page(2), page(3)]);
   * const removed = site.parsePage(page(4)).removed.filter((r) => r.kind === "template");
   * console.log(removed.map((r) => r.text)); // ["Harbour Post", "World | Sport"]
   * ```
   */
  learn(pages: Iterable<string>, options?: LearnOptions): ArticleParser;
  /** The lines (folded) this parser treats as template boilerplate. */
  readonly template: ReadonlySet<string>;
}

/**
 * Per-page options for an {@link ArticleParser}.
 *
 * @example
 * ```ts
 * import { createArticleParser, type PageOverrides } from "news-text-parser";
 * const parser = createArticleParser({ timeZone: "Europe/London" });
 * const overrides: PageOverrides = { referenceTime: "2025-08-14T18:00:00Z" };
 * console.log(parser.parse("Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.", overrides).length); // 1
 * ```
 */
export interface PageOverrides {
  /** The moment this page was scraped. */
  referenceTime?: Date | string | undefined;
}

/**
 * Options for {@link ArticleParser.learn}.
 *
 * @example
 * ```ts
 * import { createArticleParser, type LearnOptions } from "news-text-parser";
 * const options: LearnOptions = { minPages: 2, minShare: 0.5 };
 * const pages = ["Gazette menu\nFerry vote\nThe town voted to keep its ferry for ten more years.", "Gazette menu\nBridge reopens\nThe old bridge reopened to walkers on Friday after repairs."];
 * const site = createArticleParser().learn(pages, options);
 * console.log(site.template.has("gazette menu")); // true
 * ```
 */
export interface LearnOptions {
  /** Minimum number of pages a line must appear on. Default 3; values below 2 count as 2 (a line on one page is not a template). */
  minPages?: number;
  /** Minimum share of the batch's pages a line must appear on, from 0 to 1. Default 0.5. */
  minShare?: number;
}

let defaultCompiled: CompiledRules | null = null;

function compile(rules: ParseOptions["rules"], engine: ParseOptions["patternEngine"]): CompiledRules {
  if (rules === undefined) return (defaultCompiled ??= compileRules(defaultRules));
  let list: unknown;
  try {
    list = typeof rules === "function" ? rules(defaultRules) : rules;
  } catch (error) {
    // The caller's code failed, not the parser: its own code, with the cause kept.
    const wrapped = new ArticleParseError("rules_failed", `options.rules: the rules function threw: ${(error as Error | null)?.message ?? String(error)}`);
    (wrapped as { cause?: unknown }).cause = error;
    throw wrapped;
  }
  if (!Array.isArray(list)) throw new ArticleParseError("invalid_options", "options.rules must be an array of rules or a function returning one");
  try {
    return compileRules(list as Rule[], { engine });
  } catch (error) {
    if (error instanceof RuleError) throw new ArticleParseError("invalid_options", `invalid rule: ${error.message}`);
    throw error;
  }
}

function checkOptions(options: unknown): ParseOptions {
  const result = ParseOptionsSchema.safeParse(options);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue && issue.path.length > 0 ? `options.${issue.path.join(".")}` : "options";
    throw new ArticleParseError("invalid_options", `${where}: ${issue?.message ?? "invalid"}`);
  }
  return (result.data ?? {}) as ParseOptions;
}

function toDate(value: Date | string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  return value instanceof Date ? new Date(value.getTime()) : new Date(value);
}

/**
 * Creates a reusable parser: options are checked and rules compiled once.
 *
 * @param options - see {@link ParseOptions}
 * @returns an {@link ArticleParser}
 * @throws {@link ArticleParseError} with code `invalid_options` when an option or a rule is malformed or unsafe
 * @example
 * ```ts
 * import { createArticleParser } from "news-text-parser";
 * const parser = createArticleParser({ timeZone: "Europe/Paris" });
 * const page = parser.parsePage("Headline\nA first paragraph that is long enough to read as prose, with a full stop.", {
 *   referenceTime: "2025-08-14T18:00:00Z",
 * });
 * console.log(page.articles[0]?.title); // "Headline"
 * ```
 */
export function createArticleParser(options?: ParseOptions): ArticleParser {
  const opts = checkOptions(options);
  const reference = toDate(opts.referenceTime);
  const rangeProblem = reference === undefined ? null : referenceRangeProblem(reference);
  if (rangeProblem) throw new ArticleParseError("invalid_options", `options.referenceTime: ${rangeProblem}`);
  const rules = compile(opts.rules, opts.patternEngine);
  return makeParser(opts, rules, new Set());
}

function makeParser(opts: ParseOptions, rules: CompiledRules, template: ReadonlySet<string>): ArticleParser {
  const maxInputLength = opts.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH;
  // Rule matches of short lines, remembered across the pages this parser reads (a crawl of one
  // site repeats its menus and footers on every page). Invisible in the output.
  const ruleCache = new Map<string, Rule | null>();
  // A `referenceTime` given as a string is read once (a Date given by the caller is copied on each
  // page, as the caller may change it): each page gets a Date of the same time value.
  const referenceMs = typeof opts.referenceTime === "string" ? new Date(opts.referenceTime).getTime() : undefined;
  const parsePageImpl = (text: unknown, overrides?: PageOverrides): PageResult => {
    const messages: ParseMessage[] = [];
    const fail = (code: "invalid_input" | "empty_input" | "input_too_large", message: string): never => {
      messages.push({ code, severity: "error", message });
      throw new ArticleParseError(code, message, messages);
    };
    if (typeof text !== "string") fail("invalid_input", `input must be a string, got ${text === null ? "null" : typeof text}`);
    const input = text as string;
    if (input.length > maxInputLength) fail("input_too_large", `input too large: ${input.length} characters, the limit is ${maxInputLength}`);
    // The budget counts from here: the emptiness check below reads the whole input.
    const clock = opts.now === undefined ? () => performance.now() : checkedClock(opts.now, messages);
    const deadline = opts.timeBudgetMs !== undefined ? clock() + opts.timeBudgetMs : Infinity;
    if (input.trim() === "") fail("empty_input", "input is empty");
    let referenceTime = referenceMs !== undefined ? new Date(referenceMs) : toDate(opts.referenceTime);
    if (overrides?.referenceTime !== undefined) {
      const r = toDate(overrides.referenceTime);
      if (!r || Number.isNaN(r.getTime())) throw new ArticleParseError("invalid_options", "referenceTime: not a valid date");
      referenceTime = r;
    }
    // A Date the caller passed may have been changed since the parser was made: checked per page.
    const rangeProblem = referenceTime === undefined ? null : referenceRangeProblem(referenceTime);
    if (rangeProblem) throw new ArticleParseError("invalid_options", `referenceTime: ${rangeProblem}`);
    let budgetReported = false;
    const ctx: ParseContext = {
      input,
      referenceTime,
      timeZone: opts.timeZone ?? "UTC",
      dateOrder: opts.dateOrder,
      rules,
      ruleCache,
      template,
      messages,
      outOfTime: () => spentBy(deadline),
    };
    const spentBy = (limit: number): boolean => {
      if (limit === Infinity || clock() <= limit) return false;
      if (!budgetReported) {
        budgetReported = true;
        messages.push({ code: "time_budget_exceeded", severity: "warning", message: `time budget of ${opts.timeBudgetMs} ms exceeded; the result is partial` });
      }
      return true;
    };
    // The stages that read every line (segmentation, normalisation, classification) stop at a
    // share of the budget, leaving the rest to the stages after them, which take up to about
    // twice as long on the lines classified (assembly and validation, measured on line-heavy
    // shapes) and are not all cut short: so the whole parse keeps close to the budget.
    const earlyDeadline = deadline === Infinity ? Infinity : deadline - (opts.timeBudgetMs! * (1 - EARLY_SHARE));
    const early = (): boolean => spentBy(earlyDeadline);
    // The stages, in order. Segmentation comes first so offsets refer to the original input;
    // normalisation next so rules see clean text; classification before assembly because the
    // state machine reads each line's class and its neighbours'; timestamps are resolved after
    // assembly, when it is known which stamp belongs to which article; validation is last so
    // nothing leaves unchecked.
    // Segmentation, normalisation and classification each read the budget as they go; once it is
    // spent each returns the lines it finished (a prefix of the segmented lines), and the rest of
    // the page is recorded as one unparsed piece.
    const segmented = segment(input, early);
    const lines = normalize(segmented, input, early);
    const tally: ClassTally = { maxTextWords: 0, maxTextLength: 0, stampLines: 0, relatedHeaders: 0, siteChrome: false, listingHeader: -1 };
    const classified = classify(lines, { ...ctx, outOfTime: early }, tally);
    const assembled = assemble(classified, ctx, tally);
    const resumeAt = classified.length < segmented.length ? segmented[classified.length]!.start : segmented[segmented.length - 1]!.end;
    if (resumeAt < input.length) {
      const tail = unparsedTail(input, resumeAt);
      if (tail) assembled.pageRemoved.push(tail);
    }
    // Metadata (authors, excerpt, language, confidence, page kind) reads the settled articles.
    const { articles, kind } = addMetadata(resolveTimestamps(assembled.articles, ctx), ctx.outOfTime);
    const valid = validate(articles, assembled.pageRemoved, ctx);
    return { kind, articles: valid.articles, removed: valid.removed, messages };
  };
  const parser: ArticleParser = {
    template,
    parsePage: (text, overrides) => parsePageImpl(text, overrides),
    parse: (text, overrides) => parsePageImpl(text, overrides).articles,
    safeParse: (input, overrides) => {
      try {
        const page = parsePageImpl(input, overrides);
        return { success: true, data: page.articles, removed: page.removed, messages: page.messages };
      } catch (error) {
        return failure(error);
      }
    },
    learn: (pages, learnOptions) => makeParser(opts, rules, learnTemplate(pages, learnOptions, template)),
  };
  return parser;
}

/**
 * The input from `from` on, which the time budget left unread, as one removed piece (`kind:
 * "unparsed"`) trimmed as lines are (line breaks, spaces, space-like characters and byte-order
 * marks at either end), so every character stays accounted for.
 */
function unparsedTail(input: string, from: number): Removed | null {
  // The unread part may be megabytes of blank lines: a native search finds where text resumes.
  NOT_BLANK.lastIndex = from;
  const start = NOT_BLANK.test(input) ? NOT_BLANK.lastIndex - 1 : input.length;
  NOT_BLANK.lastIndex = 0;
  let end = input.length;
  while (end > start && isBlankUnit(input.charCodeAt(end - 1))) end--;
  if (start >= end) return null;
  return { kind: "unparsed", ruleId: "budget/unparsed", start, end, text: input.slice(start, end) };
}

/** The share of `timeBudgetMs` the stages that read every line may use (see `earlyDeadline`). */
const EARLY_SHARE = 1 / 3;

/**
 * Earliest and latest reference times accepted: years 1 to 9999. Dates are written as ISO 8601
 * with a four-digit year; a relative stamp resolved against a time outside these years (or near
 * their edges) could not be written, and a scrape time there is a mistake.
 */
const MIN_REFERENCE_MS = Date.parse("0001-01-01T00:00:00.000Z");
const MAX_REFERENCE_MS = Date.parse("9999-12-31T23:59:59.999Z");

/** Why a reference time cannot be used, or `null` when it can. */
function referenceRangeProblem(date: Date): string | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return "not a valid date";
  if (ms < MIN_REFERENCE_MS || ms > MAX_REFERENCE_MS) return `${Number.isFinite(ms) ? date.toISOString() : String(ms)} is outside the years 0001 to 9999`;
  return null;
}

/**
 * The caller's `now` clock, wrapped: a clock that throws, or returns something that is not a
 * finite number of milliseconds, fails the page with `option_callback_failed` (the error's
 * `cause` holds what it threw), never with a raw error or a budget that silently never ends.
 */
function checkedClock(now: () => number, messages: ParseMessage[]): () => number {
  return () => {
    let value: unknown;
    try {
      value = now();
    } catch (cause) {
      const message = `options.now threw: ${cause instanceof Error ? cause.message : String(cause)}`;
      messages.push({ code: "option_callback_failed", severity: "error", message });
      throw new ArticleParseError("option_callback_failed", message, messages, cause);
    }
    if (typeof value !== "number" || !Number.isFinite(value)) {
      const message = `options.now returned ${typeof value === "number" ? String(value) : typeof value}, not a finite number of milliseconds`;
      messages.push({ code: "option_callback_failed", severity: "error", message });
      throw new ArticleParseError("option_callback_failed", message, messages);
    }
    return value;
  };
}

function failure(error: unknown): SafeParseResult {
  if (error instanceof ArticleParseError) return { success: false, error, messages: error.messages };
  const message = `internal error: ${error instanceof Error ? error.message : String(error)}`;
  const wrapped = new ArticleParseError("internal_error", message, [{ code: "internal_error", severity: "error", message }]);
  return { success: false, error: wrapped, messages: wrapped.messages };
}

/** Lines longer than this are never template: a repeated paragraph is rare, and costly to drop by mistake. */
const TEMPLATE_MAX_LINE = 200;
/** A line with this many words that ends like a sentence reads as story text and is never template. */
const TEMPLATE_STORY_WORDS = 12;
const SENTENCE_END = /[.!?…]["”’)]?$/u;

/**
 * Whether a line may be learned as template: short, with a letter in it, and not reading as a
 * sentence of a story (syndicated stories repeat across a site's pages too, and they are content).
 */
function templateCandidate(text: string): boolean {
  if (text === "" || text.length > TEMPLATE_MAX_LINE || !/\p{L}/u.test(text)) return false;
  const words = text.split(" ").length;
  if (words >= TEMPLATE_STORY_WORDS && SENTENCE_END.test(text)) return false;
  // A stamp repeats across a crawl made within the hour ("2 hours ago") but dates each story.
  const stamp = scanTimestampLine(text);
  return stamp.whole === null && stamp.found === null;
}

/**
 * Learns a site's template from a batch of its pages: counts, for each folded line, how many pages
 * it appears on (once per page, however often it repeats there), and keeps the lines found on at
 * least `minPages` pages and at least `minShare` of the batch. Menus, footers, promos and widget
 * labels repeat on every page of a site; story text does not, and lines that read as story
 * sentences are never learned (see {@link templateCandidate}). Non-string pages are skipped.
 * Learning is cumulative: the lines of `previous` (a parser's earlier template) are kept.
 */
function learnTemplate(pages: Iterable<string>, options: LearnOptions | undefined, previous: ReadonlySet<string>): ReadonlySet<string> {
  const minPages = Math.max(2, options?.minPages ?? 3);
  const minShare = Math.min(1, Math.max(0, options?.minShare ?? 0.5));
  const counts = new Map<string, number>();
  let total = 0;
  for (const page of pages) {
    if (typeof page !== "string") continue;
    total++;
    const seen = new Set<string>();
    for (const line of normalize(segment(page), page)) {
      if (!templateCandidate(line.text)) continue;
      const key = foldLine(line.text);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const template = new Set(previous);
  for (const [key, n] of counts) if (n >= minPages && n >= minShare * total) template.add(key);
  return template;
}

/**
 * Parses scraped news-page text into articles: the main story first, then related stories and listing items.
 *
 * @param text - the page text, as `document.body.innerText` gives it
 * @param options - see {@link ParseOptions}
 * @returns the articles, each validated by {@link ArticleSchema}
 * @throws {@link ArticleParseError} with code `invalid_input`, `empty_input`, `input_too_large` or `invalid_options`
 * @example
 * ```ts
 * import { parseArticles } from "news-text-parser";
 * const articles = parseArticles("Ferry strike ends\nThe ferry crews went back to work on Monday after a week of talks.", {
 *   referenceTime: "2025-08-14T18:00:00Z",
 * });
 * console.log(articles[0]?.title); // "Ferry strike ends"
 * ```
 */
export function parseArticles(text: string, options?: ParseOptions): Article[] {
  return createArticleParser(options).parse(text);
}

/**
 * Parses a page and returns, besides the articles, the page chrome that belongs to no article and the diagnostics.
 *
 * @param text - the page text
 * @param options - see {@link ParseOptions}
 * @returns `{ articles, removed, messages }`
 * @throws {@link ArticleParseError} on invalid input or options
 * @example
 * ```ts
 * import { parsePage } from "news-text-parser";
 * const page = parsePage("Menu\nFerry strike ends\nThe ferry crews went back to work on Monday after a week of talks.\nComments");
 * console.log(page.removed.map((r) => r.kind)); // ["navigation", "comments"]
 * ```
 */
export function parsePage(text: string, options?: ParseOptions): PageResult {
  return createArticleParser(options).parsePage(text);
}

/**
 * Parses without throwing, whatever it is given: like zod's `safeParse`.
 *
 * @param input - anything; only non-empty strings succeed
 * @param options - see {@link ParseOptions}; malformed options give a failure, not an exception
 * @returns `{ success: true, data, messages }` or `{ success: false, error, messages }`
 * @example
 * ```ts
 * import { safeParseArticles } from "news-text-parser";
 * const result = safeParseArticles(undefined);
 * if (!result.success) console.log(result.error.code); // "invalid_input"
 * ```
 */
export function safeParseArticles(input: unknown, options?: ParseOptions): SafeParseResult {
  try {
    return createArticleParser(options).safeParse(input);
  } catch (error) {
    return failure(error);
  }
}

export type { Rule };
