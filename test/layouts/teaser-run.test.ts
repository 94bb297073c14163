/**
 * Section pages and midday roundups of headline-and-summary teasers without stamps
 * (src/pipeline/layouts/teaser-run.ts), end to end on invented pages: items, no main story
 * invented; and the articles with crossheads that share the alternation but stay one story.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";

const NOW = { referenceTime: "2026-03-10T12:00:00Z" };

const TEASERS = [
  "Ferry operator orders two electric boats for the island route",
  "The operator said the boats would enter service in 2027 and cut the route's fuel bill by half, the company said on Tuesday.",
  "Fish market to stay open on Sundays through the summer",
  "Traders voted to keep the market open on Sundays until September after a busy spring brought more visitors to the quay.",
  "Boatyard wins contract to repair the old lifeboat station",
  "The boatyard will start work on the lifeboat station's slipway in May, the council said, after the winter storms damaged it.",
];

describe("teaser runs", () => {
  it("reads a section page of headline-and-summary pairs as items, with no main story", () => {
    const page = parsePage(["Harbour Gazette", "Home", "News", "Harbour life", ...TEASERS, "Contact us"].join("\n"), NOW);
    expect(page.articles.map((a) => [a.role, a.title, a.body])).toEqual([
      ["item", TEASERS[0], TEASERS[1]],
      ["item", TEASERS[2], TEASERS[3]],
      ["item", TEASERS[4], TEASERS[5]],
    ]);
    expect(page.removed.find((r) => r.kind === "page-title")?.text).toBe("Harbour life");
  });

  it("takes the roundup's own title above the first teaser as the page title", () => {
    const page = parsePage(["", "Your midday news in three stories", ...TEASERS].join("\n"), NOW);
    expect(page.articles.map((a) => a.title)).toEqual([TEASERS[0], TEASERS[2], TEASERS[4]]);
    expect(page.removed.find((r) => r.kind === "page-title")?.text).toBe("Your midday news in three stories");
  });

  it("leaves an article with short crossheads as one story", () => {
    const text = [
      "",
      "Harbour board backs a new ferry timetable",
      "The harbour board voted on Monday to back a new timetable that adds two early crossings on weekdays.",
      "What changes",
      "Two boats will leave before seven in the morning, and a late boat will run on Fridays until the end of October.",
      "What it costs",
      "The operator will move one crew from the afternoon runs, so the change costs less than the board expected.",
      "What comes next",
      "The first new crossings will run from April, and the board will review the timetable again in the autumn.",
    ].join("\n");
    const page = parsePage(text, NOW);
    expect(page.articles.map((a) => a.role)).toEqual(["main"]);
    expect(page.articles[0]!.body).toContain("What it costs");
  });

  it("leaves a dated story whose crossheads read like headlines as one story", () => {
    const text = ["", TEASERS[0], "March 9, 2026", ...TEASERS.slice(1)].join("\n");
    const page = parsePage(text, NOW);
    expect(page.articles.map((a) => a.role)).toEqual(["main"]);
  });

  it("needs three teasers: two pairs stay one story", () => {
    const page = parsePage(["", ...TEASERS.slice(0, 4)].join("\n"), NOW);
    expect(page.articles.map((a) => a.role)).toEqual(["main"]);
  });
});
