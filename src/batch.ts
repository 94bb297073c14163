import type { ArticleParseError, ParseMessage } from "./diagnostics/messages.js";
import type { Article, Removed } from "./model/article.js";
import type { ParseOptions } from "./options.js";
import { createArticleParser, type ArticleParser } from "./parse.js";

/**
 * One page for {@link parseMany}: its text, or the text with an id and its own scrape time.
 *
 * @example
 * ```ts
 * import { parseMany, type PageInput } from "news-text-parser";
 * const pages: PageInput[] = [
 *   "Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.",
 *   { id: "crawl/ferry.txt", text: "Ferry vote\nThe town voted to keep its ferry for another ten years, the council said.", referenceTime: "2025-08-14T18:00:00Z" },
 * ];
 * for await (const result of parseMany(pages)) console.log(result.id); // 0, then "crawl/ferry.txt"
 * ```
 */
export type PageInput =
  | string
  | {
      /** An id to find the result by (a file path, a URL); defaults to the page's position. */
      id?: string | number;
      /** The page text. */
      text: unknown;
      /** When this page was scraped; overrides the batch's `referenceTime`. */
      referenceTime?: Date | string;
    };

/**
 * The result for one page of a batch. A failed page never stops the batch.
 *
 * @example
 * ```ts
 * import { parseMany, type BatchResult } from "news-text-parser";
 * const results: BatchResult[] = [];
 * for await (const result of parseMany(["", { text: 42 }])) results.push(result);
 * console.log(results.map((r) => (r.ok ? r.articles.length : r.error.code))); // ["empty_input", "invalid_input"]
 * ```
 */
export type BatchResult =
  | {
      /** The page's id (or its position in the batch). */
      id: string | number;
      /** The page parsed. */
      ok: true;
      /** Its articles. */
      articles: Article[];
      /** Its page chrome outside every article. */
      removed: Removed[];
      /** Its diagnostics. */
      messages: ParseMessage[];
    }
  | {
      /** The page's id (or its position in the batch). */
      id: string | number;
      /** The page failed. */
      ok: false;
      /** Why (check `error.code`). */
      error: ArticleParseError;
      /** Its diagnostics, the failure included. */
      messages: ParseMessage[];
    };

/**
 * Options for {@link parseMany}: parse options plus an optional, already created parser.
 *
 * @example
 * ```ts
 * import { createArticleParser, parseMany, type BatchOptions } from "news-text-parser";
 * // Either parse options for every page, or a parser to reuse (e.g. one that learned a site's template).
 * const options: BatchOptions = { parser: createArticleParser({ referenceTime: "2025-08-14T18:00:00Z" }) };
 * for await (const result of parseMany(["Bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs."], options)) console.log(result.ok); // true
 * ```
 */
export interface BatchOptions extends ParseOptions {
  /** A parser to reuse (e.g. one returned by `learn()`); when given, the parse options are ignored. */
  parser?: ArticleParser | undefined;
}

/**
 * Parses pages one at a time from any iterable or async iterable, yielding each result as soon as
 * it is ready: memory stays bounded by one page, however long the batch. Rules are compiled once.
 *
 * @param pages - page texts, or `{ id, text, referenceTime }` records
 * @param options - parse options for every page, or a `parser` to reuse
 * @returns an async iterator of {@link BatchResult}, in input order
 * @throws {@link ArticleParseError} with code `invalid_options`, before the first page, when options are malformed
 * @example
 * ```ts
 * import { parseMany } from "news-text-parser";
 * const pages = ["Ferry vote\nThe town voted to keep its ferry for ten more years, the council said.", { text: 42 }];
 * for await (const result of parseMany(pages)) {
 *   console.log(result.id, result.ok ? result.articles.length : result.error.code); // 0 1, then 1 "invalid_input"
 * }
 * ```
 */
export async function* parseMany(
  pages: Iterable<PageInput> | AsyncIterable<PageInput>,
  options?: BatchOptions,
): AsyncGenerator<BatchResult, void, undefined> {
  const { parser: given, ...parseOptions } = options ?? {};
  const parser = given ?? createArticleParser(parseOptions);
  let position = 0;
  for await (const page of pages as AsyncIterable<PageInput>) {
    const index = position++;
    const record = typeof page === "object" && page !== null ? page : { text: page };
    const id = record.id ?? index;
    const overrides = record.referenceTime !== undefined ? { referenceTime: record.referenceTime } : undefined;
    const result = parser.safeParse(record.text, overrides);
    if (result.success) {
      yield { id, ok: true, articles: result.data, removed: result.removed, messages: result.messages };
    } else {
      yield { id, ok: false, error: result.error, messages: result.messages };
    }
  }
}
