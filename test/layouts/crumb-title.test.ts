/**
 * Breadcrumb trails glued to the main story's headline (src/pipeline/layouts/crumb-title.ts):
 * the title is cut to the headline the trail ends with when the head prints it on its own.
 * Invented text in the shape of FORMATS.md section 3.
 */
import { describe, expect, it } from "vitest";
import type { ClassifiedLine } from "../../src/model/block.js";
import type { ArticleDraft } from "../../src/pipeline/draft.js";
import { crumbHeadlineStart, takeCrumbTrail } from "../../src/pipeline/layouts/crumb-title.js";

/** Lines as the layout reads them (class, text, offsets in `input`). */
function page(texts: string[]): { lines: ClassifiedLine[]; input: string } {
  const input = texts.join("\n");
  let at = 0;
  const lines = texts.map((text) => {
    const l = { cls: text === "" ? "blank" : "text", text, words: text.split(" ").filter(Boolean).length, start: at, textStart: at, end: at + text.length };
    at += text.length + 1;
    return l as unknown as ClassifiedLine;
  });
  return { lines, input };
}

const HEAD = ["Skip to content", "Recipes", "Garden", "Home » Garden » How to grow sweet peas on a balcony", "Gardening tips and tricks", "HOW TO GROW SWEET PEAS ON A BALCONY", "written by Jane Doe"];

describe("crumbHeadlineStart", () => {
  it("finds where the headline the trail ends with starts, with separators or without", () => {
    expect(crumbHeadlineStart(page(HEAD).lines, 3)).toBe("Home » Garden » ".length);
    const glued = ["Home GardenBalcony How to grow sweet peas on a balcony", "How To Grow Sweet Peas On A Balcony"];
    expect(crumbHeadlineStart(page(glued).lines, 0)).toBe("Home GardenBalcony ".length);
  });

  it("leaves a line that is no trail, or a trail whose headline the page does not print alone", () => {
    expect(crumbHeadlineStart(page(["Homemade jam for the holidays", "jam for the holidays"]).lines, 0)).toBe(-1);
    expect(crumbHeadlineStart(page(["Home » Garden » How to grow sweet peas", "Garden tips"]).lines, 0)).toBe(-1);
    // A headline of fewer than three words is not enough evidence.
    expect(crumbHeadlineStart(page(["Home » Garden » Sweet peas", "SWEET PEAS"]).lines, 0)).toBe(-1);
  });
});

describe("takeCrumbTrail", () => {
  it("cuts the trail off the main title and records it as removed", () => {
    const { lines, input } = page(HEAD);
    const draft = { title: HEAD[3]!, removed: [] } as unknown as ArticleDraft;
    takeCrumbTrail(draft, lines, 3, input);
    expect(draft.title).toBe("How to grow sweet peas on a balcony");
    expect(draft.removed).toEqual([expect.objectContaining({ kind: "navigation", ruleId: "structure/breadcrumb", text: "Home » Garden »" })]);
  });

  it("leaves a title that is not its line's text", () => {
    const { lines, input } = page(HEAD);
    const draft = { title: "How to grow sweet peas on a balcony", removed: [] } as unknown as ArticleDraft;
    takeCrumbTrail(draft, lines, 3, input);
    expect(draft.title).toBe("How to grow sweet peas on a balcony");
    expect(draft.removed).toEqual([]);
  });
});
