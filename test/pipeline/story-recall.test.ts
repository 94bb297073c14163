import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";

const REF = { referenceTime: "2025-03-01T12:00:00Z" };

// Invented pages in shapes whose main story used to be cut short (issue 14): the whole story is
// kept, the page furniture around it is not.

/** The body of the page's main article, one line per paragraph. */
function bodyOf(text: string): string[] {
  const main = parsePage(text, REF).articles.find((a) => a.role === "main")!;
  return main.paragraphs;
}

describe("main-story recall", () => {
  it("keeps the list and its intro of a story the page prints twice, once each", () => {
    const story = [
      "Packing for a day on the coastal path",
      "",
      "The coastal path between the two harbours takes most walkers a full day, and the weather on the cliffs can turn within the hour.",
      "Rangers say most of the calls they answer in summer come from walkers who set out without water or a map.",
      "Pack these before you leave:",
      "Water: two litres a person, more on a hot day",
      "Map: the paper one, since the signal drops on the headland",
      "Layers: a windproof jacket even when the harbour is calm",
      "The rangers also ask walkers to tell someone at home which way they are going and when they expect to be back.",
      "The cafe at the halfway cove closes at four, so plan the longer stretch for the morning.",
    ];
    const text = ["Home", "Walks", "Maps", "Shop", "", ...story, "", "Advertisement", "", ...story, "", "Share this page", "Privacy policy", "© 2025 Coast Walks"].join("\n");
    const body = bodyOf(text);
    for (const line of story.slice(2)) expect(body.filter((p) => p === line)).toHaveLength(1);
    for (const chrome of ["Home", "Walks", "Advertisement", "Share this page", "Privacy policy"]) expect(body).not.toContain(chrome);
  });
});
