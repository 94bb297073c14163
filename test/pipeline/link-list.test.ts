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

  it("reads a short run of capitalised words as a menu link, not a title, and stops at the legal footer", () => {
    const text = [
      ...STORY,
      "Recent Posts",
      "Lighthouse museum to reopen after roof repairs",
      "Local Business Directory",
      "Fishing fleet reports best spring catch",
      "© 2025 Harbour Press Ltd",
      "Council weighs parking fees at the marina",
    ].join("\n");
    expect(related(text).map(([title]) => title)).toEqual(["Lighthouse museum to reopen after roof repairs", "Fishing fleet reports best spring catch"]);
  });

  it("steps over a second list header and a 'Read more' label under each title", () => {
    const text = [...STORY, "You might also like", "Lighthouse museum to reopen after roof repairs", "Read more", "Fishing fleet reports best spring catch", "Read more"].join("\n");
    expect(related(text).map(([title]) => title)).toEqual(["Lighthouse museum to reopen after roof repairs", "Fishing fleet reports best spring catch"]);
  });
});

describe("link-list headers read by the layout", () => {
  it("are headers on a line of their own, recorded by the list's first item", () => {
    const headers = ["Recent Posts", "Latest", "Further reading", "Derniers articles", "آخر الأخبار"];
    for (const h of headers) {
      const page = parsePage([...STORY, h, "Lighthouse museum to reopen after roof repairs", "Fishing fleet reports best spring catch"].join("\n"), REF);
      const first = page.articles.find((a) => a.role === "related");
      expect(first?.title, h).toBe("Lighthouse museum to reopen after roof repairs");
      expect(first?.removed.map((r) => [r.kind, r.ruleId, r.text]), h).toEqual([["related", "structure/list-header", h]]);
    }
  });
  it("are not headers inside prose", () => {
    const prose = "Latest figures show the ferry carried more passengers this winter than in any year since the bridge opened";
    const page = parsePage([...STORY, prose, "Lighthouse museum to reopen after roof repairs", "Fishing fleet reports best spring catch"].join("\n"), REF);
    expect(page.articles.filter((a) => a.role === "related")).toEqual([]);
  });
});
