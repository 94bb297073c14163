/**
 * An author box's list of the author's other posts (`Latest posts by … (see all)`), whose rows
 * carry their date after a dash, on invented pages.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { ferryStory } from "../helpers/ferry-story.js";

const NOW = { referenceTime: "2026-03-10T12:00:00Z" };

const STORY = [
  ...ferryStory("Harbour Notes"),
  "Mira Okafor",
  "Mira writes about the coast, its boats and the people who work on them.",
];
const LONG = "What to pack for a week of walking on the islands: a complete guide for first-timers (and everyone else)";

const related = (page: string[]) =>
  parsePage(page.join("\n"), NOW)
    .articles.filter((a) => a.role === "related")
    .map((a) => [a.title, a.timestamp?.raw ?? null]);

describe("latest posts by the author", () => {
  it("reads each dashed row as a title and its date, title case and long titles included, and takes no share button for one", () => {
    const page = [
      ...STORY,
      "Latest posts by Mira Okafor (see all)",
      "Packing For A Week On The Islands - February 20, 2026",
      "Why the old harbour wall keeps cracking every winter - February 12, 2026",
      `${LONG} - January 30, 2026`,
      "Share this:",
      "Click to share on Facebook (Opens in new window)",
      "Click to share on X (Opens in new window)",
    ];
    expect(related(page)).toEqual([
      ["Packing For A Week On The Islands", "February 20, 2026"],
      ["Why the old harbour wall keeps cracking every winter", "February 12, 2026"],
      [LONG, "January 30, 2026"],
    ]);
  });

  it("reads the other wordings of the header", () => {
    for (const header of ["Recent posts by Mira Okafor", "More articles by Mira Okafor", "More stories from Mira Okafor"]) {
      const page = [...STORY, header, "Packing For A Week On The Islands - February 20, 2026", "Why the old harbour wall keeps cracking every winter - February 12, 2026"];
      expect(related(page).map((r) => r[0]), header).toEqual(["Packing For A Week On The Islands", "Why the old harbour wall keeps cracking every winter"]);
    }
  });

  it("does not read a short title-case label before a dash as a title", () => {
    const page = [...STORY, "Latest posts by Mira Okafor (see all)", "Harbour News - February 20, 2026", "Why the old harbour wall keeps cracking every winter - February 12, 2026", "Lighthouse museum reopens after a winter of repairs - February 2, 2026"];
    expect(related(page).map((r) => r[0])).toEqual(["Why the old harbour wall keeps cracking every winter", "Lighthouse museum reopens after a winter of repairs"]);
  });
});
