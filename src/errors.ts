/**
 * The error class and its guard alone: `import { isArticleParseError } from "news-text-parser/errors"`
 * bundles to a few hundred bytes, without the parser or zod.
 *
 * @packageDocumentation
 */
export { ArticleParseError, isArticleParseError, type ErrorCode } from "./diagnostics/errors.js";
