/**
 * Link lists the main story read as body (src/pipeline/layouts/body-list.ts), on invented lines:
 * titles with a one-line teaser under each, under a header the story itself left out.
 */
import { describe, expect, it } from "vitest";
import type { ClassifiedLine } from "../../src/model/block.js";
import { withoutBodyLists } from "../../src/pipeline/layouts/body-list.js";

/** Invented lines as the classifier leaves plain text. */
function textLines(texts: string[]): ClassifiedLine[] {
  let offset = 0;
  return texts.map((text, index) => {
    const start = offset;
    offset += text.length + 1;
    const words = text.split(/\s+/u).filter((w) => w.length > 0).length;
    return { index, start, end: start + text.length, text, map: null, textStart: start, words, cls: text.trim() === "" ? "blank" : "text", rule: null, timestamp: null, source: null, tsStart: -1, tsEnd: -1 } as ClassifiedLine;
  });
}

const PARAGRAPH = "The harbour board voted on Monday to back a new ferry timetable that adds two early crossings on weekdays and a late boat on Fridays, after a winter of complaints from commuters who said the first boat left too late for the trains.";

const LIST = [
  "Related content",
  "Part 1: Mending Your Nets",
  "In this first part of our series on the fishing year, we look at the winter work that keeps a boat ready for the spring.",
  "Part 2: Reading The Tides",
  "In this second part of our series on the fishing year, we explain how skippers plan a week of trips around the tide tables.",
  "How the harbour school teaches knots",
  "A short film on the oldest class in the village, where children learn the knots their grandparents used.",
];

describe("lists with a teaser under each title, inside the story's lines", () => {
  it("takes the titles and teasers out of the body, the header left out by the story included", () => {
    const lines = textLines([PARAGRAPH, ...LIST, PARAGRAPH]);
    // The story read the paragraphs and every line under the header, not the header itself.
    const body = [0, 2, 3, 4, 5, 6, 7, 8];
    expect(withoutBodyLists(lines, body)).toEqual([0, 8]);
  });

  it("leaves a heading over two paragraphs alone: a title needs a teaser, a list two titles", () => {
    const lines = textLines([PARAGRAPH, "Related content", "Part 1: Mending Your Nets", PARAGRAPH, PARAGRAPH]);
    expect(withoutBodyLists(lines, [0, 2, 3, 4])).toEqual([0, 2, 3, 4]);
  });
});
