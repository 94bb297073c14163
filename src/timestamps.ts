/**
 * The timestamp reader alone: `import { parseTimestamp } from "news-text-parser/timestamps"`
 * bundles the time grammar and the locales' time words, without the page parser or zod.
 *
 * @packageDocumentation
 */
export { parseTimestamp } from "./time/parse-timestamp.js";
export { findTimestamp, findDateline, type FoundTimestamp, type FoundDateline } from "./time/find-timestamp.js";
export type { Timestamp, TimestampOptions, DateOrder } from "./time/types.js";
