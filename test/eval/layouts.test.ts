import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { fieldsRight, foldOf, foldForCompare, formatLayoutReport, scoreLayoutPage, titlesMatch, totalLayoutScores, type AnnotatedPage } from "../../src/eval/layouts.js";

const REF = { referenceTime: "2025-01-01T00:00:00Z" };

describe("layout scorer", () => {
  it("folds quotes, dashes, case and trailing punctuation", () => {
    expect(foldForCompare("  ‘Mayor’s plan’ — Approved. ")).toBe("'mayor's plan' - approved");
  });
  it("matches a title with a kicker glued on, not a different title", () => {
    expect(titlesMatch("EXCLUSIVE - Harbour ferry fares to rise", "Harbour ferry fares to rise")).toBe(true);
    expect(titlesMatch("Harbour ferry fares to fall next spring after review", "Harbour ferry")).toBe(false);
    expect(titlesMatch("", "Harbour ferry")).toBe(false);
  });
  it("scores found, fields and leaks on a parsed invented page", () => {
    const text = [
      "Harbour ferry fares to rise in spring",
      "The harbour board agreed on Tuesday to raise ferry fares by ten cents from March, citing fuel costs that have doubled since the last review.",
      "Board members said the increase would fund two new boats and longer evening services for commuters. Share this story",
    ].join("\n");
    const page: AnnotatedPage = {
      site: "example.org",
      lang: "en",
      articles: [
        { role: "main", title: "Harbour ferry fares to rise in spring", source: null, stamp: null, bodyStart: "The harbour board agreed" },
        { role: "related", title: "Library opens on Sundays", source: null, stamp: null, bodyStart: null },
      ],
      boilerplate: ["Share this story", "Sign up for alerts"],
    };
    const score = scoreLayoutPage("p1", page, parseArticles(text, REF));
    expect(score.articles.map((a) => a.found)).toEqual([true, false]);
    expect(score.articles[0]?.fields).toEqual({ role: true, source: true, stamp: true, bodyStart: true });
    const totals = totalLayoutScores([score]);
    expect(totals.found).toBe(1);
    expect(totals.articles).toBe(2);
    expect(fieldsRight(totals)).toBe(1);
    // The share prompt glued to the end of a paragraph is a leak unless a rule takes it out.
    expect(score.leaks.length).toBe(totals.leaks);
  });
  it("counts a wrong field and a parser error", () => {
    const page: AnnotatedPage = { site: "s", lang: "en", boilerplate: [], articles: [{ role: "main", title: "Harbour ferry fares to rise in spring", source: "Reuters", stamp: null, bodyStart: "Nothing like this" }] };
    const text = "Harbour ferry fares to rise in spring\nThe harbour board agreed on Tuesday to raise ferry fares by ten cents from March, citing fuel costs.";
    const score = scoreLayoutPage("p", page, parseArticles(text, REF));
    expect(score.articles[0]?.fields.source).toBe(false);
    expect(score.articles[0]?.fields.bodyStart).toBe(false);
    const failed = scoreLayoutPage("p", page, { error: "boom" });
    expect(failed.error).toBe("boom");
    expect(failed.articles[0]?.found).toBe(false);
  });
  it("finds the main story only as the output's main story, and a related title not in it", () => {
    const text = [
      "Council weighs parking fees at the marina",
      "The council will vote next month on charging for parking at the marina, after residents complained that the car park is full by eight every morning.",
      "Officers said a fee of one pound an hour would pay for a shuttle bus from the station and two new charging points for electric cars.",
    ].join("\n");
    const [main] = parseArticles(text, REF);
    expect(main?.role).toBe("main");
    // The parser's main story is another one; the page's own story is only listed as related.
    const output = [
      { ...main!, title: "Council weighs parking fees at the marina" },
      { ...main!, role: "related" as const, title: "Harbour ferry fares to rise in spring", body: "", paragraphs: [] },
    ];
    const page: AnnotatedPage = {
      site: "s",
      lang: "en",
      boilerplate: [],
      articles: [
        { role: "main", title: "Harbour ferry fares to rise in spring", source: null, stamp: null, bodyStart: "The harbour board" },
        { role: "related", title: "Council weighs parking fees at the marina", source: null, stamp: null, bodyStart: null },
      ],
    };
    // Neither counts: the main story's related copy is not the story, and a related title the
    // parser made the main story is not a related article found.
    expect(scoreLayoutPage("p", page, output).articles.map((a) => a.found)).toEqual([false, false]);
    // With the roles as annotated, both are found.
    const right = [{ ...output[1]!, role: "main" as const }, { ...output[0]!, role: "related" as const }];
    expect(scoreLayoutPage("p", page, right).articles.map((a) => a.found)).toEqual([true, true]);
  });
  it("puts every page of a site in one fold, and ends the report with the pooled line", () => {
    expect(foldOf("a.example", 5)).toBe(foldOf("a.example", 5));
    const folds = new Set(["a", "b", "c", "d", "e", "f", "g", "h"].map((s) => foldOf(`${s}.example`, 5)));
    expect(folds.size).toBeGreaterThan(1);
    expect(formatLayoutReport([]).split("\n").at(-1)).toMatch(/^layouts: found/u);
  });
});
