/**
 * Meta lines (a date stamp, bare or labelled) are no headline, and interface labels (`Key
 * Insights`, `Menu Toggle`) no author. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { isInterfaceLabel } from "../../src/pipeline/page-view.js";
import { headPageMain as main } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

describe("meta lines are never the headline", () => {
  it.each([
    ["Published: 3 March 2025 · Updated: 4 March 2025", "2025-03-03"],
    ["Last updated on March 4, 2025", "2025-03-04"],
    ["Posted on March 3, 2025 by Maria Lopez", "2025-03-03"],
    ["March 3, 2025 at 9:15 am", "2025-03-03"],
    ["Veröffentlicht am 3. März 2025", "2025-03-03"],
  ])("skips %s under a short headline", (meta, day) => {
    const story = main(["Ferry deal", "", meta]);
    expect(story.title).toBe("Ferry deal");
    expect(story.publishedAt?.slice(0, 10)).toBe(day);
  });

  it.each([
    ["Published: 3 March 2025 · Updated: 4 March 2025"],
    ["Posted on March 3, 2025 by Maria Lopez"],
  ])("skips %s printed above the headline", (meta) => {
    expect(main([meta, "", HEADLINE]).title).toBe(HEADLINE);
  });

  it("keeps a headline that holds a date among its own words", () => {
    const headline = "What changes for ferry passengers from March 3, 2025";
    expect(main([headline, "By Maria Lopez", "Mar 1, 2025"]).title).toBe(headline);
  });
});

describe("interface labels are never the author", () => {
  it.each([["Key Insights"], ["Menu Toggle"], ["Read More"], ["Print Article"], ["Best Practices"], ["Google Podcasts"], ["Inhaltsverzeichnis"], ["Lire la suite"]])(
    "reads %s as a label",
    (label) => {
      expect(isInterfaceLabel(label)).toBe(true);
    },
  );

  it.each([["Maria Lopez"], ["Thomas More"], ["Jane Key"], ["Sam Best"], ["Jane Doe Facebook"], ["Anna Read and John Press"]])("reads %s as no label", (name) => {
    expect(isInterfaceLabel(name)).toBe(false);
  });

  it.each([["Key Insights"], ["Menu Toggle"], ["Print Article"]])("gives no byline for %s under the headline", (label) => {
    const story = main([HEADLINE, label, "Mar 3, 2025"]);
    expect(story.title).toBe(HEADLINE);
    expect(story.byline).toBeNull();
    expect(story.authors).toEqual([]);
  });

  it.each([["Maria Lopez"], ["Thomas More"]])("still reads the name %s under the headline", (name) => {
    const story = main([HEADLINE, name, "Mar 3, 2025"]);
    expect(story.byline).toBe(name);
    expect(story.authors).toEqual([name]);
  });
});
