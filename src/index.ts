/**
 * news-text-parser: turn scraped news-page text into validated articles.
 *
 * @module news-text-parser
 */
export {
  parseArticles,
  parsePage,
  safeParseArticles,
  createArticleParser,
  type ArticleParser,
  type PageResult,
  type SafeParseResult,
  type PageOverrides,
  type LearnOptions,
} from "./parse.js";
export { parseMany, type PageInput, type BatchResult, type BatchOptions } from "./batch.js";
export { type ParseOptions, DEFAULT_MAX_INPUT_LENGTH } from "./options.js";
export {
  ArticleSchema,
  ArticleRoleSchema,
  ArticleTimestampSchema,
  CaptionSchema,
  RemovedSchema,
  SpanSchema,
  PrecisionSchema,
  PageKindSchema,
  type Article,
  type ArticleRole,
  type ArticleTimestamp,
  type Caption,
  type Removed,
  type Span,
  type Precision,
  type PageKind,
} from "./model/article.js";
// From the zod-free module, so that an app that takes only the guard from the root entry
// leaves zod out of its bundle (the browser build is one module per source file).
export { ArticleParseError, isArticleParseError, type ErrorCode } from "./diagnostics/errors.js";
export { MessageCodeSchema, ParseMessageSchema, type MessageCode, type ParseMessage } from "./diagnostics/messages.js";
export { defaultRules } from "./rules/index.js";
export type { CompiledPattern, PatternEngine, Rule, RuleScope, RuleSignal } from "./rules/rule.js";
export { parseTimestamp } from "./time/parse-timestamp.js";
export { findTimestamp, findDateline, type FoundTimestamp, type FoundDateline } from "./time/find-timestamp.js";
export { locales, getLocale, type Locale, type LocaleTime, type CountedUnit, type TimeUnit } from "./locales/index.js";
export type { Timestamp, TimestampOptions, DateOrder } from "./time/types.js";
