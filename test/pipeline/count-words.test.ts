import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, isEchoStart } from "../../src/pipeline/classify.js";

describe("countWords", () => {
  it("counts runs of non-space characters", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("   ")).toBe(0);
    expect(countWords("ferry")).toBe(1);
    expect(countWords("The ferry ran late.")).toBe(4);
    expect(countWords("  two   words  ")).toBe(2);
    expect(countWords("tab\tis\u00a0not a space")).toBe(3);
  });

  it("agrees with splitting on spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "b", " ", "\t", "é", "\u00a0") }), (s) => {
        expect(countWords(s)).toBe(s.split(" ").filter((w) => w !== "").length);
      }),
      { seed: 20251127, numRuns: 500 },
    );
  });
});

describe("isEchoStart", () => {
  it("admits exactly the code units the echo pattern's leading class admits", () => {
    // The class of classify's ECHO pattern, `^[-–—•·]` (with the u flag): the guard must let
    // through every line ECHO could match.
    const lead = /^[-–—•·]/u;
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isEchoStart(c) !== lead.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
