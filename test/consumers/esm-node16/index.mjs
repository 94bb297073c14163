// @ts-check
// An ESM project on Node: import must load dist/index.js, and tsc (moduleResolution node16,
// checkJs) must find dist/index.d.ts.
import { createRequire } from "node:module";
import { ArticleParseError, ArticleSchema, isArticleParseError, parseArticles, parseTimestamp, safeParseArticles } from "news-text-parser";

const text = [
  "Harbour town votes to keep its ferry",
  "11 minutes ago",
  "Residents of the harbour town voted on Sunday to keep the ferry running for another ten years.",
  "Comments",
].join("\n");

/** @type {import("news-text-parser").Article[]} */
const articles = parseArticles(text, { referenceTime: "2025-08-14T18:00:00Z" });
const first = articles[0];
/** @param {number} n */
const takesNumber = (n) => n;
// @ts-expect-error the title is a string: if the types were missing (any), this would not be an error
takesNumber(first?.title);

const failure = safeParseArticles(42);
let thrown = null;
try {
  parseArticles("   ");
} catch (error) {
  if (isArticleParseError(error)) thrown = error.code;
}

// The dual-package hazard: the CJS build loaded beside the ESM one is a second copy, so
// `instanceof` fails across them while isArticleParseError (name + code) still works.
/** @type {typeof import("news-text-parser")} */
const cjs = createRequire(import.meta.url)("news-text-parser");
const cjsFailure = cjs.safeParseArticles(42);

console.log(
  JSON.stringify({
    title: first?.title,
    publishedAt: first?.publishedAt,
    valid: ArticleSchema.safeParse(first).success,
    errorCode: failure.success ? null : failure.error.code,
    isError: !failure.success && isArticleParseError(failure.error),
    thrown,
    stamp: parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" })?.iso ?? null,
    crossCopy: !cjsFailure.success && isArticleParseError(cjsFailure.error) && !(cjsFailure.error instanceof ArticleParseError),
  }),
);
