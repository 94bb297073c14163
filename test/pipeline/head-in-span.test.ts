/**
 * Headlines the story's span swallowed at its top (src/pipeline/main-story.ts): a blog's tagline
 * read as the first paragraph above the post's date and headline, and a headline read as the
 * caption of the image credit under it. Invented pages in the shapes of FORMATS.md section 3.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, MENU, REF } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

function mainOf(lines: string[]) {
  const page = parsePage([...lines, "", ...BODY, "", "© 2025 Harbour Press"].join("\n"), REF);
  return page.articles.find((a) => a.role === "main")!;
}

describe("a headline inside the top of the story's span", () => {
  it("reads date and headline under a blog's tagline as the head, the tagline staying out of the body", () => {
    const story = mainOf([
      "Harbour Notebook",
      "",
      "Jane Doe writes about boats, tides, harbour towns and the people who keep them working. I cover fishing, ferries, local politics and a whole lot of other coastal topics.",
      "",
      "Monday, March 3, 2025",
      HEADLINE,
      "One boat for three towns",
    ]);
    expect(story.title).toBe(HEADLINE);
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-03");
    // The subheading under the headline stays the body's first line; the tagline is not the body's.
    expect(story.body.startsWith("One boat for three towns")).toBe(true);
    expect(story.body).not.toContain("Jane Doe writes");
  });

  it("reads a headline with an image credit under it as the headline, not as a caption", () => {
    const story = mainOf([...MENU, "Enter a valid email.", "I agree to the terms of the privacy policy", "×", HEADLINE, "Image Credit: Harbour Photo Agency"]);
    expect(story.title).toBe(HEADLINE);
    expect(story.captions.map((c) => c.text)).not.toContain(HEADLINE);
    expect(story.body.startsWith("The harbour council voted")).toBe(true);
  });

  it("still reads a sentence above a credit, at the story's top, as a caption", () => {
    const story = mainOf([...MENU, HEADLINE, "", "Fishermen mend their nets on the quay at dusk.", "Image Credit: Harbour Photo Agency"]);
    expect(story.title).toBe(HEADLINE);
    expect(story.captions.map((c) => c.text)).toContain("Fishermen mend their nets on the quay at dusk.");
  });
});
