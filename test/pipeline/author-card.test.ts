/**
 * An author card printed between two copies of the headline (`Headline` / `author` / `Jane Doe` /
 * `Senior Reporter` / … / `Headline`): the layouts read the second copy as the headline and the
 * card above it as outside the story. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { headPageMain } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

describe("an author card between two copies of the headline", () => {
  it("reads the name under an `author` label, over its role and the co-authors", () => {
    const s = headPageMain([HEADLINE, "author", "Jane Doe", "Senior Reporter", "co-authors", "John Roe", "Mary Major", "Credits", "Alex Poe", HEADLINE, "Transport", "", "•", "", "Mar 3, 2025"]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe("Jane Doe");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("reads a name over its job title without a label", () => {
    const s = headPageMain([HEADLINE, "Jane Doe", "Senior Reporter", "Credits", "Alex Poe", HEADLINE, "", "Mar 3, 2025"]);
    expect(s.byline).toBe("Jane Doe");
  });

  it("does not read names between the copies with neither a label nor a role", () => {
    const s = headPageMain([HEADLINE, "Share", "Jane Doe", "Alex Poe", HEADLINE, "", "Mar 3, 2025"]);
    expect(s.byline).toBeNull();
  });
});
