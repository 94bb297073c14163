/**
 * Entries a page prints twice: a list that prints each title as the picture's link and as the
 * heading (a section label between them), and a list printed twice on one page. Invented pages.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import type { ArticleDraft } from "../../src/pipeline/draft.js";
import { repeatedItems } from "../../src/pipeline/layouts/repeated-item.js";
import { ferryStory } from "../helpers/ferry-story.js";

const NOW = { referenceTime: "2026-03-10T12:00:00Z" };

/** An invented story under a headline, a byline and a date line. */
const STORY = ferryStory("Harbour Gazette");

const SNIPPETS = [
  "Visitors can climb the tower again after months of work on the lantern room, the roof and the iron stairs up to the …",
  "Skippers said the cold winter had brought the shoals much closer to the coast than in recent years, and that prices …",
  "The new lanes will run from the old pier to the marina and should be finished by the summer, when the seafront is …",
];
const TITLES = [
  "Lighthouse museum reopens after a winter of roof repairs",
  "Fishing fleet reports its best spring catch in a decade",
  "Council approves new cycle lanes along the seafront road",
];

describe("titles printed twice in a link list", () => {
  it("reads the picture's link and the heading as one entry, with the snippet under the second", () => {
    const page = [...STORY, "More from the Gazette"];
    for (const [k, t] of TITLES.entries()) page.push("Harbour Life", t, "Harbour Life", t, SNIPPETS[k]!);
    page.push("Newsletter", "Sign up for our newsletter");
    const out = parsePage(page.join("\n"), NOW);
    expect(out.articles.map((a) => [a.role, a.title])).toEqual([
      ["main", STORY[1]],
      ...TITLES.map((t) => ["related", t]),
    ]);
    expect(out.articles.slice(1).map((a) => a.paragraphs)).toEqual(SNIPPETS.map((s) => [s]));
    // Each second printing is recorded by its entry.
    for (const [k, a] of out.articles.slice(1).entries()) {
      expect(a.removed.filter((r) => r.ruleId === "structure/repeated-title").map((r) => r.text)).toEqual([TITLES[k]]);
    }
  });

  it("takes two titles in a row that differ as two entries", () => {
    const page = [...STORY, "More from the Gazette", ...TITLES, "Newsletter", "Sign up for our newsletter"];
    const out = parsePage(page.join("\n"), NOW);
    expect(out.articles.slice(1).map((a) => a.title)).toEqual(TITLES);
    expect(out.articles.flatMap((a) => a.removed).filter((r) => r.ruleId === "structure/repeated-title")).toEqual([]);
  });
});

describe("a list printed twice on one page", () => {
  it("gives each story once, the first printing kept, the other recorded as removed", () => {
    const page = [...STORY, "Related Articles", ...TITLES, "", "Most Read", ...TITLES, "Newsletter", "Sign up for our newsletter"];
    const out = parsePage(page.join("\n"), NOW);
    expect(out.articles.map((a) => [a.role, a.title])).toEqual([["main", STORY[1]], ...TITLES.map((t) => ["related", t])]);
    expect(out.removed.filter((r) => r.ruleId === "structure/repeated-item").map((r) => r.text)).toEqual(TITLES);
  });
});

/** A list entry's draft (only the fields the merge reads matter). */
function entry(title: string, stamp: string | null, body: string[] = []): ArticleDraft {
  return {
    role: "related",
    title,
    truncated: false,
    source: null,
    timestamp: stamp === null ? null : { raw: stamp, kind: "absolute", precision: "day", iso: null },
    kicker: null,
    paragraphs: body,
    captions: [],
    hashtags: [],
    categories: [],
    removed: [],
    start: 0,
    end: 0,
  } as ArticleDraft;
}

describe("repeatedItems", () => {
  it("keeps the fullest printing of a title, whatever its case and spacing", () => {
    const drafts = [entry("Main story", null), entry("Ferry fares to rise", null), entry("Lighthouse reopens", null), entry("ferry  fares to rise", null, ["The board agreed a rise of ten cents."])];
    expect(repeatedItems(drafts, 1)).toEqual([0, 3, 2, 3]);
  });
  it("keeps apart a daily column printed under one name on different days", () => {
    const drafts = [entry("Morning Briefing", "March 9, 2026"), entry("Morning Briefing", "March 8, 2026"), entry("Morning Briefing", "March 7, 2026")];
    expect(repeatedItems(drafts, 0)).toEqual([0, 1, 2]);
  });
  it("keeps apart a dated printing and an undated one, and two different snippets", () => {
    expect(repeatedItems([entry("Ferry fares to rise", "March 9, 2026"), entry("Ferry fares to rise", null)], 0)).toEqual([0, 1]);
    expect(repeatedItems([entry("Ferry fares to rise", null, ["One."]), entry("Ferry fares to rise", null, ["Two."])], 0)).toEqual([0, 1]);
  });
  it("never merges the main story with an entry naming it", () => {
    expect(repeatedItems([entry("Ferry fares to rise", null, ["Body."]), entry("Ferry fares to rise", null)], 1)).toEqual([0, 1]);
  });
});
