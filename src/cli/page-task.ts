/**
 * One page of a batch, parsed: shared by the in-process path and the worker threads, so both
 * give byte-identical records and error sentences.
 */
import { isArticleParseError, type ParseMessage } from "../diagnostics/messages.js";
import type { Article, Removed } from "../model/article.js";
import type { ParseOptions } from "../options.js";
import type { SafeParseResult } from "../parse.js";
import { re2Engine } from "../re2.js";
import type { Rule } from "../rules/rule.js";
import { displayPath } from "./inputs.js";

/** How every page of a run is parsed; plain data, so it can be sent to a worker thread. */
export interface ParserSetup {
  /** `--time-zone`. */
  timeZone: string | undefined;
  /** Rules from `--rules`, added after the defaults. */
  rules: Rule[] | undefined;
  /** `--page`: records carry the page-level `removed` too. */
  page: boolean;
  /** `--encoding`: how bytes without a byte-order mark are decoded; `undefined` for strict UTF-8. */
  encoding: string | undefined;
  /** `--max-input-length`, in characters; `undefined` for the library default. */
  maxInputLength: number | undefined;
}

/** A page to parse. */
export interface PageTask {
  /** Position in the batch (output is written in this order). */
  index: number;
  /** The file path. */
  file: string;
  /** ISO reference time for this page, if any. */
  referenceTime: string | undefined;
}

/**
 * What became of one page. A parsed page is already its output line: serialising where it was
 * parsed (in a worker) keeps the main thread free and is cheaper than cloning the object graph.
 */
export type PageOutcome =
  | {
      /** Parsed. */
      ok: true;
      /** The record, `{ file, articles, messages }`, as one line of JSON (no newline). */
      json: string;
    }
  | {
      /** Not parsed. */
      ok: false;
      /** One sentence, starting with the file path. */
      message: string;
    };

/** The parse options for a setup. */
export function parseOptionsFor(setup: ParserSetup): ParseOptions {
  const extra = setup.rules;
  return {
    timeZone: setup.timeZone,
    ...(setup.maxInputLength === undefined ? {} : { maxInputLength: setup.maxInputLength }),
    rules: extra && extra.length > 0 ? (defaults) => [...defaults, ...extra] : undefined,
    // Patterns from a --rules file are the user's: they run on the linear-time engine.
    patternEngine: extra && extra.length > 0 ? re2Engine : undefined,
  };
}

/** One sentence for a page that failed to parse: `crawl/a.txt: input is empty`. */
export function describeParseError(file: string, error: unknown): string {
  if (isArticleParseError(error)) {
    if (error.code === "empty_input") return `${displayPath(file)}: input is empty`;
    if (error.code === "input_too_large") return `${displayPath(file)}: input too large (${error.message}; raise it with --max-input-length)`;
    return `${displayPath(file)}: ${error.message}`;
  }
  return `${displayPath(file)}: internal error: ${(error as Error | null)?.message ?? String(error)}`;
}

/** The record written for a parsed page: `{ file, articles, messages }`, plus `removed` with `--page`. */
export function recordOf(file: string, page: { articles: Article[]; removed: Removed[]; messages: ParseMessage[] }, withRemoved: boolean): Record<string, unknown> {
  return withRemoved
    ? { file, articles: page.articles, removed: page.removed, messages: page.messages }
    : { file, articles: page.articles, messages: page.messages };
}

/** Turns a safe-parse result into an outcome. */
export function outcomeOf(file: string, result: SafeParseResult, withRemoved: boolean): PageOutcome {
  if (result.success) return { ok: true, json: JSON.stringify(recordOf(file, { articles: result.data, removed: result.removed, messages: result.messages }, withRemoved)) };
  return { ok: false, message: describeParseError(file, result.error) };
}
