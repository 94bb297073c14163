import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assemble } from "../../src/pipeline/assemble.js";
import { classify, type ClassTally } from "../../src/pipeline/classify.js";
import type { ParseContext } from "../../src/pipeline/context.js";
import { normalize } from "../../src/pipeline/normalize.js";
import { segment } from "../../src/pipeline/segment.js";
import { lineScorer, SHIPPED_MODEL, type StoryModel } from "../../src/pipeline/story-model.js";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules } from "../../src/rules/rule.js";

// The short cuts of the line-heavy speed work must not change a result: classify's tally, which
// lets assembly skip a layout finder the page cannot hold, and the story scorer's running sum.
const SEED = 20261207;
const RULES = compileRules(defaultRules);

function context(input: string): ParseContext {
  return {
    input,
    referenceTime: new Date("2025-08-14T18:00:00Z"),
    timeZone: "UTC",
    dateOrder: undefined,
    rules: RULES,
    ruleCache: new Map(),
    template: new Set(),
    messages: [],
    outOfTime: () => false,
  };
}

/** Assembly of `input` with classify's tally handed on, or without it (every finder runs). */
function assembled(input: string, withTally: boolean): { out: unknown; tally: ClassTally } {
  const ctx = context(input);
  const tally: ClassTally = { maxTextWords: 0, maxTextLength: 0, stampLines: 0, relatedHeaders: 0, siteChrome: false, listingHeader: -1 };
  const lines = classify(normalize(segment(input), input), ctx, tally);
  return { out: { ...assemble(lines, ctx, withTally ? tally : undefined), messages: ctx.messages }, tally };
}

// Invented lines in the shapes a page's layouts read: titles, stamps, sources and echoes,
// bylines, paragraphs, list headers, ALL-CAPS kickers, bullets, furniture, one-letter lines.
const LINES = [
  "a", "1", "", "Share", "Advertisement", "Related stories", "More on this", "Most read", "Latest news",
  "Harbour Gazette", "- Harbour Gazette", "2 hours ago", "June 20, 2025", "Harbour Gazette 2 hours ago",
  "By Jane Doe", "HARBOUR", "• Ferry fares rise again", "Ferry fares to rise in spring", "Council backs new harbour bridge plan",
  "The council voted on Monday to approve the new bridge over the river after two years of talks with residents and the port.",
  "Officials said the ferry would run again from the old quay once repairs to the lighthouse and the harbour wall were done by the engineers.",
  "Residents said they were pleased.", "Comments", "© 2025 Harbour Media Ltd. All rights reserved.",
];
const page = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 60 }).map((ls) => ls.join("\n"));

describe("classify's tally", () => {
  it("holds the bounds and counts of the classified lines", () => {
    fc.assert(
      fc.property(page, (input) => {
        const ctx = context(input);
        const tally: ClassTally = { maxTextWords: -1, maxTextLength: -1, stampLines: -1, relatedHeaders: -1, siteChrome: true, listingHeader: -2 };
        const lines = classify(normalize(segment(input), input), ctx, tally);
        const text = lines.filter((l) => l.cls === "text");
        expect(tally.maxTextWords).toBe(Math.max(0, ...text.map((l) => l.words)));
        expect(tally.maxTextLength).toBe(Math.max(0, ...text.map((l) => l.text.length)));
        expect(tally.stampLines).toBe(lines.filter((l) => l.cls === "timestamp" || l.cls === "source-timestamp").length);
        expect(tally.relatedHeaders).toBe(lines.filter((l) => l.cls === "boilerplate" && l.rule?.signal === "related-header").length);
        expect(tally.siteChrome).toBe(lines.some((l) => l.cls === "boilerplate" && l.rule?.kind === "site-chrome"));
        expect(tally.listingHeader).toBe(lines.findIndex((l) => l.cls === "boilerplate" && l.rule?.id.startsWith("site-chrome/listing-header") === true));
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it("leaves assembly's result as it is without the tally", () => {
    fc.assert(
      fc.property(page, (input) => {
        expect(assembled(input, true).out).toEqual(assembled(input, false).out);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it("lets a page of one-letter lines skip every layout finder it can", () => {
    const { tally } = assembled("a\n".repeat(50), true);
    expect(tally).toEqual({ maxTextWords: 1, maxTextLength: 1, stampLines: 0, relatedHeaders: 0, siteChrome: false, listingHeader: -1 });
  });
});

/** The logistic score written out: the products added from the bias in feature order. */
function direct(m: StoryModel, x: ArrayLike<number>, o: number): number {
  let z = m.bias;
  for (let f = 0; f < m.features.length; f++) z += m.weights[f]! * (x[o + f]! - m.mean[f]!) * m.scale[f]!;
  return 1 / (1 + Math.exp(-z));
}

describe("the story scorer's running sum", () => {
  it("gives every row the same bits as a sum from the start, whatever rows came before", () => {
    const m = SHIPPED_MODEL;
    expect(m.kind).toBe("logistic");
    const F = m.features.length;
    // Rows drawn from few values, so that consecutive rows share prefixes of every length (0, -0
    // and 1 read a precomputed term; the others the product).
    const row = fc.array(fc.constantFrom(0, -0, 1, 0.5, 1 / 3, Math.log1p(7)), { minLength: F, maxLength: F });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const score = lineScorer(m);
        const x = Float64Array.from(rows.flat());
        for (let r = 0; r < rows.length; r++) expect(score(x, r * F)).toBe(direct(m, x, r * F));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
