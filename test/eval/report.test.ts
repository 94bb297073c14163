import { describe, expect, it } from "vitest";
import {
  evaluateCorpus,
  formatReport,
  predictMainBody,
  summaryLine,
  worstPages,
  type CorpusPage,
} from "../../src/eval/report.js";

const pages: CorpusPage[] = [
  { id: "good", url: "https://example.com/good", text: "Title\nalpha beta gamma delta epsilon", truth: "alpha beta gamma delta epsilon" },
  { id: "half", url: "https://example.com/half", text: "Title\none two three four five", truth: "one two three four five" },
  { id: "none", url: "https://example.com/none", text: "menu only", truth: "a real story here today" },
  { id: "boom", url: "https://example.com/boom", text: "THROW", truth: "a real story here today" },
];

/** A stand-in parser: main body is everything after the first line, minus the last word on "half". */
function fakeParse(text: string): { role: string; body: string }[] {
  if (text === "THROW") throw new Error("kaboom");
  if (text === "menu only") return [{ role: "related", body: "menu only" }];
  const body = text.split("\n").slice(1).join("\n");
  return [{ role: "main", body: body.startsWith("one") ? "one two three four" : body }];
}

describe("predictMainBody", () => {
  const predict = predictMainBody(fakeParse);
  it("takes the main article's body", () => {
    expect(predict("Title\nalpha")).toEqual({ body: "alpha", status: "ok" });
  });
  it("gives an empty prediction when there is no main article", () => {
    expect(predict("menu only")).toEqual({ body: "", status: "no-main" });
  });
  it("gives an empty prediction and the message when the parser throws", () => {
    expect(predict("THROW")).toEqual({ body: "", status: "error", error: "kaboom" });
  });
});

describe("evaluateCorpus and formatReport", () => {
  const result = evaluateCorpus(pages, predictMainBody(fakeParse));

  it("scores every page and aggregates like the benchmark", () => {
    expect(result.pages.map((p) => [p.id, p.status])).toEqual([
      ["good", "ok"],
      ["half", "ok"],
      ["none", "no-main"],
      ["boom", "error"],
    ]);
    // precision over the 2 non-empty predictions: (1 + 1) / 2; recall over 4 truths: (1 + 0.5 + 0 + 0) / 4
    expect(result.summary.precision).toBeCloseTo(1);
    expect(result.summary.recall).toBeCloseTo(0.375);
    expect(result.summary.pages).toBe(4);
    const half = result.pages[1];
    expect(half?.predictedLength).toBe("one two three four".length);
    expect(half?.truthLength).toBe("one two three four five".length);
  });

  it("lists the worst pages first", () => {
    expect(worstPages(result.pages, 2).map((p) => p.id)).toEqual(["boom", "none"]);
    expect(worstPages(result.pages, 10)).toHaveLength(4);
  });

  it("reports errors and missing main articles and ends with the fixed summary line", () => {
    const text = formatReport(result, { title: "test corpus", worst: 3 });
    const lines = text.split("\n");
    expect(lines[0]).toBe("test corpus");
    expect(text).toContain("no main article: 1");
    // The page "menu only" holds 9 characters: the report says it has no prose to find.
    expect(text).toMatch(/none {2}\S* {2}\(the scrape holds 9 characters: no prose\)/);
    expect(text).toContain("parser errors: 1");
    expect(text).toContain("boom  kaboom");
    expect(text).toContain("worst 3 pages");
    expect(lines.at(-1)).toBe("F1 0.545 precision 1.000 recall 0.375 (4 pages)");
    expect(lines.at(-1)).toMatch(/^F1 \d\.\d{3} precision \d\.\d{3} recall \d\.\d{3} \(\d+ pages\)$/);
  });

  it("formats the summary line", () => {
    expect(summaryLine({ f1: 0.9, precision: 0.95, recall: 0.86, pages: 60 })).toBe(
      "F1 0.900 precision 0.950 recall 0.860 (60 pages)",
    );
  });
});
