import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import type { TitleModel } from "../../src/pipeline/story-model.js";
import { withTitleModel } from "../../src/pipeline/title-model.js";

const REF = { referenceTime: "2025-08-14T18:00:00Z" };

// Invented guides. A short line printed three times in a row (a photo credit, a call to action)
// reads as a listing item's title with its third copy, and that block runs on over the rest of
// the page: as a wall it left the main story the guide's first lines.
const OPENING = "Old houses were built to breathe, and most of the advice written for new ones does them harm.";
const GUIDE = [
  "Stone walls lose heat in ways that modern cavity walls do not, so the first job is to find where the warmth escapes before anything is fixed to them.",
  "Lime plaster lets the wall breathe, and a cottage that was sealed with cement in the seventies often holds damp that no heater will ever drive out.",
  "Wood fibre boards can be fixed to the inside face of the wall and finished with a thin coat of lime, which keeps the room warm without trapping moisture.",
  "The loft is the cheapest place to start: a thick layer of sheep wool between the joists pays for itself within a few winters in most old houses.",
  "Windows are the last step, and secondary glazing on the inside keeps the old frames in place while cutting the draughts that make a room feel cold.",
];
const HEADLINE = "How to insulate an old stone cottage";

function page(lines: readonly string[]) {
  return parsePage(["Home", "Guides", "Contact", ...lines, "About us", "Privacy policy"].join("\n"), REF);
}
const thrice = (line: string) => [line, line, line];

describe("a story block that holds most of the page's prose", () => {
  it("is the main story's own text (a photo credit printed three times after its opening)", () => {
    const { articles } = page([HEADLINE, OPENING, ...thrice("Credit: Harbour Photo Desk"), ...GUIDE]);
    expect(articles.map((a) => a.role)).toEqual(["main"]);
    expect(articles[0]!.title).toBe(HEADLINE);
    expect(articles[0]!.paragraphs).toEqual([OPENING, ...GUIDE]);
  });

  it("is the main story's own text under a call to action printed three times above the headline", () => {
    const { articles } = page([...thrice("Book a Free Survey"), HEADLINE, ...GUIDE]);
    expect(articles.map((a) => a.role)).toEqual(["main"]);
    expect(articles[0]!.title).toBe(HEADLINE);
    expect(articles[0]!.paragraphs).toEqual(GUIDE);
  });

  it("stays a block of its own with fewer than three paragraphs", () => {
    const { articles } = page([HEADLINE, OPENING, ...thrice("Credit: Harbour Photo Desk"), ...GUIDE.slice(0, 2)]);
    expect(articles.map((a) => [a.role, a.paragraphs.length])).toEqual([
      ["main", 1],
      ["related", 2],
    ]);
  });

  it("stays a block of its own with less than half the page's prose", () => {
    const { articles } = page([HEADLINE, OPENING, ...GUIDE.slice(0, 3), ...thrice("Credit: Harbour Photo Desk"), ...GUIDE.slice(3), GUIDE[0]!.replace("Stone", "Brick")]);
    expect(articles.map((a) => [a.role, a.paragraphs.length])).toEqual([
      ["main", 4],
      ["related", 3],
    ]);
  });
});

// An invented report with a run of dated items between its paragraphs (a digest of three items,
// each a stamp, a `Title - Source` line and a snippet): the decoder left the story above the run
// and came back below it, so the run is read as the story's own and the page is read again.
const BEFORE = [
  "The harbour board voted on Monday to rebuild the northern pier, ending two years of argument over the cost of the repairs.",
  "Engineers had warned that the old timber supports would not survive another winter of storms like the last one.",
  "The work will start in March and is expected to take eighteen months, during which the ferry will use the southern berth.",
];
const AFTER = [
  "Local traders welcomed the decision but asked the board to keep the market square open while the works go on.",
  "The board said it would publish a timetable for the works next week, after talks with the ferry operator.",
  "Funding comes from the regional budget and a loan that the council will repay over twenty years.",
];
const ITEMS: ReadonlyArray<[title: string, snippet: string]> = [
  ["Pier timber sourced from local forests", "The board will buy the new supports from two forests in the valley, it said."],
  ["Ferry berth to move south during works", "Passengers will board at the southern berth from March until the works end."],
  ["Market square to stay open, traders told", "The square will stay open on market days, with a path kept clear around the site."],
];
const RUN = ITEMS.flatMap(([title, snippet], k) => [`${k + 3} hours ago`, `${title} - Harbour Gazette`, snippet]);

describe("a story block the main story runs around", () => {
  it("does not split the story: its paragraphs above and below the block are all the body", () => {
    const { articles } = page(["Harbour board backs pier rebuild", ...BEFORE, ...RUN, "What happens next", ...AFTER]);
    const main = articles.find((a) => a.role === "main");
    expect(main?.title).toBe("Harbour board backs pier rebuild");
    expect(main!.paragraphs.slice(0, 3)).toEqual(BEFORE);
    expect(main!.paragraphs.slice(-3)).toEqual(AFTER);
  });

  it("reads the story around a run right above its body whichever headline the first reading ranks first", () => {
    // A ranker that takes the nearest line above the body: the first reading's pick is the section
    // heading under the run, and the run is still opened to the story (not on the pick's say-so).
    const nearest: TitleModel = { features: ["log-distance"], mean: [0], scale: [1], weights: [-5], bias: 0 };
    const lines = ["Harbour board backs pier rebuild", ...BEFORE, ...RUN, "Where the money comes from", ...AFTER];
    const main = withTitleModel(nearest, () => page(lines).articles.find((a) => a.role === "main"));
    expect(main!.paragraphs.slice(0, 3)).toEqual(BEFORE);
    expect(main!.paragraphs.slice(-3)).toEqual(AFTER);
  });

  it("stays a block of its own below the story", () => {
    const { articles } = page(["Harbour board backs pier rebuild", ...BEFORE, ...AFTER, "More from the coast", ...RUN]);
    expect(articles[0]!.paragraphs).toEqual([...BEFORE, ...AFTER]);
    expect(articles.slice(1).map((a) => a.title)).toEqual(ITEMS.map(([title]) => title));
  });

  it("stays a wall when it holds no paragraph (the date, reading time and author set as items under the opening)", () => {
    const meta = ["Posted on", " Nov 21, 2018", "Updated at", " Dec 10, 2024", "Reading time", " 5 Minutes", "Written by", " Jane Marsh - Harbour reporter"];
    const spaced = (ps: readonly string[]) => ps.flatMap((p) => [p, ""]);
    const { articles } = page(["Harbour board backs pier rebuild", "", ...spaced(BEFORE.slice(0, 2)), ...meta, "Table of contents", "", ...spaced(BEFORE.slice(2)), ...spaced(AFTER)]);
    expect(articles[0]!.publishedAt).toBe("2018-11-21T00:00:00.000Z");
    expect(articles[0]!.paragraphs.slice(-4)).toEqual([...BEFORE.slice(2), ...AFTER]);
    expect(articles[0]!.paragraphs.filter((p) => meta.some((m) => m.trim() === p.trim()) || p.startsWith("Jane"))).toEqual([]);
  });
});
