// @ts-check
// A CommonJS project: require() must load dist/index.cjs, and tsc (moduleResolution node16,
// checkJs) must find its own types, dist/index.d.cts.
const { ArticleSchema, isArticleParseError, parseArticles, parseTimestamp, safeParseArticles } = require("news-text-parser");

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

console.log(
  JSON.stringify({
    title: first?.title,
    publishedAt: first?.publishedAt,
    valid: ArticleSchema.safeParse(first).success,
    errorCode: failure.success ? null : failure.error.code,
    isError: !failure.success && isArticleParseError(failure.error),
    thrown,
    stamp: parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" })?.iso ?? null,
  }),
);
