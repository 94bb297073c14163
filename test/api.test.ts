import { describe, expect, it } from "vitest";
import { re2Engine } from "../src/re2.js";
import {
  ArticleParseError,
  ArticleSchema,
  createArticleParser,
  isArticleParseError,
  parseArticles,
  parsePage,
  safeParseArticles,
  type Rule,
} from "../src/index.js";

const STORY = [
  "",
  "Harbour town votes to keep its ferry",
  "Residents of the harbour town voted on Sunday to keep the ferry running for another ten years.",
  "The council said the vote drew the largest turnout in its history, with queues at every station.",
  "Comments",
  "No comments yet...",
].join("\n");

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return isArticleParseError(error) ? error.code : "not an ArticleParseError";
  }
  return undefined;
}

describe("parseArticles", () => {
  it("returns a validated main story with title and paragraphs", () => {
    const [main, ...rest] = parseArticles(STORY);
    expect(rest).toEqual([]);
    expect(ArticleSchema.parse(main)).toEqual(main);
    expect(main!.role).toBe("main");
    expect(main!.title).toBe("Harbour town votes to keep its ferry");
    expect(main!.paragraphs).toHaveLength(2);
    expect(main!.body).toBe(main!.paragraphs.join("\n\n"));
    expect(STORY.slice(main!.span.start, main!.span.end).startsWith("Harbour town")).toBe(true);
  });

  it("throws typed errors for bad input", () => {
    expect(codeOf(() => parseArticles(42 as unknown as string))).toBe("invalid_input");
    expect(codeOf(() => parseArticles(" \n\t "))).toBe("empty_input");
    expect(codeOf(() => parseArticles("x".repeat(11), { maxInputLength: 10 }))).toBe("input_too_large");
    expect(codeOf(() => parseArticles("x".repeat(10), { maxInputLength: 10 }))).toBeUndefined();
  });

  it("throws invalid_options for malformed options", () => {
    expect(codeOf(() => parseArticles(STORY, { timeZone: "Mars/Olympus" }))).toBe("invalid_options");
    expect(codeOf(() => parseArticles(STORY, { referenceTime: "not a date" }))).toBe("invalid_options");
    expect(codeOf(() => parseArticles(STORY, { maxInputLength: -1 }))).toBe("invalid_options");
    expect(codeOf(() => parseArticles(STORY, { unknown: 1 } as never))).toBe("invalid_options");
    expect(codeOf(() => parseArticles(STORY, { rules: [{ id: "x/y", kind: "x", pattern: "(a+)+" }] }))).toBe("invalid_options");
  });

  it("names the offending pattern in invalid_options", () => {
    try {
      parseArticles(STORY, { rules: (d) => [...d, { id: "x/bad", kind: "x", pattern: "(\\w+\\s?)*$" }] });
      expect.unreachable();
    } catch (error) {
      expect(isArticleParseError(error) && error.message).toMatch(/x\/bad.*\(\\w\+\\s\?\)\*\$/);
    }
  });

  it("gives [] and a no_main_story message for a page of chrome only", () => {
    const page = parsePage("Menu\nHome\nSearch\nShare\nComments");
    expect(page.articles).toEqual([]);
    expect(page.messages.map((m) => m.code)).toContain("no_main_story");
    expect(page.removed.map((r) => r.kind)).toEqual(["navigation", "navigation", "navigation", "share", "comments"]);
  });
});

describe("parsePage", () => {
  it("puts page chrome outside articles into removed, with offsets that slice back", () => {
    const page = parsePage(STORY);
    expect(page.removed.map((r) => r.ruleId)).toEqual(["comments/header", "comments/empty"]);
    for (const r of page.removed) expect(STORY.slice(r.start, r.end)).toBe(r.text);
  });
});

describe("safeParseArticles", () => {
  it.each([undefined, null, 0, {}, [], Symbol("s"), () => 1, ""])("never throws on %s", (input) => {
    const result = safeParseArticles(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(isArticleParseError(result.error)).toBe(true);
      expect(result.messages.length).toBeGreaterThan(0);
    }
  });

  it("reports malformed options as a failure, not an exception", () => {
    const result = safeParseArticles(STORY, { timeZone: 5 as unknown as string });
    expect(result.success ? "ok" : result.error.code).toBe("invalid_options");
  });

  it("succeeds with data and messages", () => {
    const result = safeParseArticles(STORY);
    expect(result.success && result.data[0]?.title).toBe("Harbour town votes to keep its ferry");
  });
});

describe("isArticleParseError", () => {
  it("recognises errors by name and code, not by class identity", () => {
    expect(isArticleParseError(new ArticleParseError("empty_input", "x"))).toBe(true);
    expect(isArticleParseError({ name: "ArticleParseError", code: "empty_input" })).toBe(true);
    expect(isArticleParseError({ name: "ArticleParseError", code: "nope" })).toBe(false);
    expect(isArticleParseError(new Error("x"))).toBe(false);
    expect(isArticleParseError(null)).toBe(false);
  });
});

describe("rules option", () => {
  const promo: Rule = { id: "promo/harbour-hour", kind: "promo", pattern: "^listen to the harbour hour\\b", where: { maxLength: 80 } };
  const text = `${STORY.split("\n").slice(0, 4).join("\n")}\nListen to the Harbour Hour every Friday`;

  it("extends the defaults immutably with a function", () => {
    const page = parsePage(text, { rules: (defaults) => [...defaults, promo], patternEngine: re2Engine });
    expect(page.removed.map((r) => r.ruleId)).toContain("promo/harbour-hour");
    // The defaults are untouched: a parser without the option does not know the rule.
    expect(parsePage(text).removed.map((r) => r.ruleId)).not.toContain("promo/harbour-hour");
  });

  it("replaces the defaults with an array", () => {
    const page = parsePage(STORY, { rules: [promo], patternEngine: re2Engine });
    // Without the comment rules, "Comments" is no longer recognised as a widget.
    expect(page.removed.map((r) => r.ruleId)).not.toContain("comments/header");
  });
});

describe("createArticleParser", () => {
  it("parses several pages with one compiled parser and per-page reference times", () => {
    const parser = createArticleParser();
    const a = parser.parse(STORY, { referenceTime: "2025-01-01T00:00:00Z" });
    const b = parser.parse(STORY, { referenceTime: "2025-06-01T00:00:00Z" });
    expect(a).toEqual(b);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(parsePage(STORY))).toBe(JSON.stringify(parsePage(STORY)));
  });
});
