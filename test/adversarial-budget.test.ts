/**
 * The time budget holds in every stage (issue 12): once `timeBudgetMs` is spent, the work still
 * done is bounded whatever the input's size, and the result says it was cut.
 *
 * No clock is compared to a bound here. Each parse gets a fake clock that is past the deadline
 * from its `k`-th read on (the first read sets the deadline), for several `k`, so that the budget
 * runs out at different points of the pipeline. What is counted is the steps of the hand-written
 * loops (`charCodeAt` / `codePointAt` calls, as in test/helpers/work-meter.ts) made after the clock
 * first says the budget is spent: the loops that walk a line character by character are where a
 * stage that ignores the budget spends its time (a native search reads a megabyte in well under a
 * millisecond; a loop over it takes several). At 4x the size, a stage that still read a whole line
 * after the deadline (the title ranker's topic and opening scans of a story flattened onto one
 * line, the word count and language tally of its body, the inline rules' pre-filter scan) makes
 * that count about 4x; a bounded one keeps it flat.
 */
import { describe, expect, it } from "vitest";
import { createArticleParser, safeParseArticles, type SafeParseResult } from "../src/index.js";
import { wordCount } from "../src/pipeline/metadata.js";
import { compileRules, matchInline } from "../src/rules/rule.js";
import { defaultRules } from "../src/index.js";

const REFERENCE = "2025-08-14T18:00:00Z";
const TITLE = "Harbour town votes to keep its ferry\n";

/** `unit` repeated to exactly `chars` characters, after `head`. */
const fill = (unit: string, chars: number, head = ""): string => (head + unit.repeat(Math.ceil(chars / unit.length))).slice(0, chars);

const shapes: Array<[string, (chars: number) => string]> = [
  ["one-line story with captions", (n) => fill("The council said the vote passed. 1 The keepers pose beside the great lens Credit: Lumen ", n, TITLE)],
  ["one-line story with inline boilerplate", (n) => fill("The vote passed. Share this article Read more Sign up for our newsletter More to follow ", n, TITLE)],
  ["one-line story with crossheads", (n) => fill("The vote passed on Sunday. WHAT HAPPENS NEXT The council will meet again soon. ", n, TITLE)],
  ["a story of one word on one line", (n) => fill("harbourferry", n, TITLE)],
  ["many short lines", (n) => fill("a\n", n)],
  ["short lines between blank lines", (n) => fill("Share\n\n", n)],
];

/** Runs `fn`, counting the `charCodeAt` / `codePointAt` calls made (the built-ins are restored after). */
function countSteps<T>(fn: (steps: () => number) => T): { steps: number; result: T } {
  const S = String.prototype;
  const { charCodeAt, codePointAt } = S;
  let steps = 0;
  S.charCodeAt = function (this: string, i: number) {
    steps++;
    return charCodeAt.call(this, i);
  };
  S.codePointAt = function (this: string, i: number) {
    steps++;
    return codePointAt.call(this, i);
  } as typeof codePointAt;
  try {
    const result = fn(() => steps);
    return { steps, result };
  } finally {
    S.charCodeAt = charCodeAt;
    S.codePointAt = codePointAt;
  }
}

/**
 * Parses `input` with a clock past the deadline from its `k`-th read on; returns the result and the
 * loop steps made after that read.
 */
function stepsAfterBudget(input: string, k: number): { result: SafeParseResult; after: number } {
  let reads = 0;
  let spentAt = -1;
  const { steps, result } = countSteps((soFar) => {
    const now = (): number => {
      reads++;
      if (reads < k) return reads;
      if (spentAt < 0) spentAt = soFar();
      return 1e9;
    };
    return safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: k, now });
  });
  return { result, after: spentAt < 0 ? Infinity : steps - spentAt };
}

describe("the time budget holds in every stage", () => {
  it.each(shapes)("%s: the steps left once the budget is spent do not grow with the input", (_name, make) => {
    const small = make(250_000);
    const large = make(1_000_000);
    for (const k of [2, 3, 4, 5]) {
      const a = stepsAfterBudget(small, k);
      const b = stepsAfterBudget(large, k);
      for (const { result } of [a, b]) {
        expect(result.success).toBe(true);
        expect(result.messages.map((m) => m.code)).toContain("time_budget_exceeded");
      }
      // A pass over the long line after the deadline adds 750,000 steps at the larger size.
      expect(b.after, `spent at read ${k}: ${a.after} steps after it at 250k, ${b.after} at 1M`).toBeLessThan(a.after + 200_000);
    }
  });

  it("a one-line story cut in its metadata: the title stands, the word count is partial and the result says so", () => {
    const input = fill("The vote passed on Sunday. WHAT HAPPENS NEXT The council will meet again soon. ", 1_000_000, TITLE);
    const full = createArticleParser({ referenceTime: REFERENCE }).parsePage(input);
    const { result } = stepsAfterBudget(input, 2);
    if (!result.success) return expect.fail("the parse succeeds");
    expect(result.messages.filter((m) => m.code === "time_budget_exceeded")).toHaveLength(1);
    expect(result.data[0]!.title).toBe(full.articles[0]!.title);
    expect(result.data[0]!.wordCount).toBeGreaterThan(0);
    expect(result.data[0]!.wordCount).toBeLessThan(full.articles[0]!.wordCount);
  });

  it("wordCount reads the budget as it goes and stops at it; without a budget it counts every word", () => {
    const text = "one two three ".repeat(100_000);
    expect(wordCount(text)).toBe(300_000);
    expect(wordCount(text, () => false)).toBe(300_000);
    let reads = 0;
    const { steps, result } = countSteps(() => wordCount(text, () => ++reads > 1));
    expect(reads).toBe(2);
    expect(result).toBeGreaterThan(0);
    expect(result).toBeLessThan(300_000);
    expect(steps).toBeLessThan(text.length / 2);
  });

  it("matchInline on a long text gives no match once the budget is spent, and the same matches while it is not", () => {
    const compiled = compileRules(defaultRules);
    const text = "The vote passed. Share this article Read more Sign up for our newsletter More to follow ".repeat(20_000);
    const full = matchInline(compiled, text);
    expect(full.length).toBeGreaterThan(1_000);
    expect(matchInline(compiled, text, () => false)).toEqual(full);
    const { steps, result } = countSteps(() => matchInline(compiled, text, () => true));
    expect(result).toEqual([]);
    // The pre-filter's scan stopped at its first read of the budget.
    expect(steps).toBeLessThan(text.length / 2);
  });
});
