import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";

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
