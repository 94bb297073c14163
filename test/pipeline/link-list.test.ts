import { describe, expect, it } from "vitest";
import { parseArticles, parsePage } from "../../src/index.js";

const REF = { referenceTime: "2025-03-05T12:00:00Z" };

const STORY = [
  "Harbour board backs new ferry timetable",
  "The harbour board voted on Tuesday to add three evening ferry crossings from April, after a year of complaints from commuters about the last boat.",
  "Board chair Wilma Okafor said the extra crossings would be paid for by a small rise in the car deck fare, and reviewed again in the autumn.",
];

const related = (text: string) =>
  parseArticles(text, REF)
    .filter((a) => a.role === "related")
    .map((a) => [a.title, a.timestamp?.raw ?? null, a.body]);

describe("link lists under a related header", () => {
  it("reads titles with their stamp printed after them", () => {
    const text = [...STORY, "Most read", "Lighthouse museum to reopen after roof repairs", "2 hours ago", "Fishing fleet reports best spring catch", "5 hours ago"].join("\n");
    expect(related(text)).toEqual([
      ["Lighthouse museum to reopen after roof repairs", "2 hours ago", ""],
      ["Fishing fleet reports best spring catch", "5 hours ago", ""],
    ]);
  });

  it("gives a stamp between two titles to the side the list prints its stamps on, never to both", () => {
    // Stamps after the titles, the last title without one: the stamp above it belongs to the title before.
    const text = [...STORY, "Most read", "Lighthouse museum to reopen after roof repairs", "2 hours ago", "Fishing fleet reports best spring catch", "5 hours ago", "Council weighs parking fees at the marina"].join("\n");
    expect(related(text)).toEqual([
      ["Lighthouse museum to reopen after roof repairs", "2 hours ago", ""],
      ["Fishing fleet reports best spring catch", "5 hours ago", ""],
      ["Council weighs parking fees at the marina", null, ""],
    ]);
  });

  it("keeps a one-line snippet under a title as its body", () => {
    const snippet = "Visitors will be able to climb the tower again from May, the trust said, once the last of the scaffolding comes down after a wet winter.";
    const text = [...STORY, "Related Stories", "Lighthouse museum to reopen after roof repairs", snippet, "Fishing fleet reports best spring catch"].join("\n");
    expect(related(text)).toEqual([
      ["Lighthouse museum to reopen after roof repairs", null, snippet],
      ["Fishing fleet reports best spring catch", null, ""],
    ]);
  });

  it("leaves a menu of one- and two-word lines, and a lone line, as chrome", () => {
    const menu = [...STORY, "Trending", "World", "Business", "Arts and culture", "Weather"].join("\n");
    expect(related(menu)).toEqual([]);
    const lone = [...STORY, "Related", "Lighthouse museum to reopen after roof repairs", "Privacy", "Terms", "Contact"].join("\n");
    expect(related(lone)).toEqual([]);
  });

  it("records the list header as removed", () => {
    const text = [...STORY, "More Stories", "Lighthouse museum to reopen after roof repairs", "Fishing fleet reports best spring catch"].join("\n");
    const page = parsePage(text, REF);
    expect(page.articles.filter((a) => a.role === "related").map((a) => a.title)).toEqual([
      "Lighthouse museum to reopen after roof repairs",
      "Fishing fleet reports best spring catch",
    ]);
    expect(page.removed.some((r) => r.kind === "related" && r.text === "More Stories")).toBe(true);
  });

  it("makes items, not related stories, on a page with no main story", () => {
    const text = ["Latest news", "Lighthouse museum to reopen after roof repairs", "2 hours ago", "Fishing fleet reports best spring catch", "5 hours ago"].join("\n");
    const roles = parseArticles(text, REF).map((a) => a.role);
    expect(roles).not.toContain("main");
    expect(roles).not.toContain("related");
  });
});
