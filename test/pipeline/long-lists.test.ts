/**
 * A story followed by a list of more entries than a call takes arguments (issue 12: nothing lost
 * on an input the size limit accepts): the story stages join the list to the body, and no step
 * spreads a page-sized list into a call (`push(...list)`, `Math.min(...lines)`, which overflow
 * the stack past about 120,000 entries and lost the page as an internal error).
 */
import { describe, expect, it } from "vitest";
import { safeParseArticles } from "../../src/index.js";

const REFERENCE = { referenceTime: "2025-08-14T18:00:00Z" };
const HEAD = "Harbour town votes to keep its ferry\nThe council said on Sunday that the ferry would keep running after a long debate about money, and the mayor welcomed the vote.\n";

describe("a story with a list of 130,000 entries", () => {
  it("parses, and the body holds every entry", () => {
    const entries = 130_000;
    const list = Array.from({ length: entries }, (_, i) => `• The ferry runs again on day ${i}.\n`).join("");
    const result = safeParseArticles(HEAD + list, REFERENCE);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const main = result.data.find((a) => a.role === "main");
    expect(main?.paragraphs.length).toBe(entries + 1);
  });
});
