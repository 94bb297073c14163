/**
 * A date printed under the story instead of in its head (`Published March 3, 2025` after the last
 * paragraph): read for a head without one, after a publication label only. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, MENU, REF } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

function story(head: string[], after: string[]) {
  const page = parsePage([...MENU, HEADLINE, ...head, "", ...BODY, "", ...after, "", "Related stories", "© 2025 Harbour Press"].join("\n"), REF);
  return page.articles.find((a) => a.role === "main")!;
}

describe("a labelled date under the story", () => {
  it.each([
    ["Published March 3, 2025"],
    ["Published On: 3 March 2025"],
    ["Posted on March 3, 2025"],
    ["Originally published March 3, 2025"],
    ["Publié le 3 mars 2025"],
  ])("reads %s after the last paragraph", (line) => {
    expect(story(["By Jane Doe"], [line]).publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("reads it one line further down, after a share line", () => {
    expect(story([], ["Share this article", "Published March 3, 2025"]).publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("keeps the head's own date over it", () => {
    expect(story(["March 1, 2025"], ["Published March 3, 2025"]).publishedAt?.slice(0, 10)).toBe("2025-03-01");
  });

  it.each([
    ["a bare date, maybe the next item's", ["March 3, 2025"]],
    ["an update's date", ["Last updated: March 3, 2025"]],
    ["a date too far below", ["Share this article", "Tags: ferries, councils", "Published March 3, 2025"]],
    ["a month alone", ["Published March 2025"]],
  ])("does not read %s", (_name, after) => {
    expect(story(["By Jane Doe"], after).publishedAt).toBeNull();
  });
});
