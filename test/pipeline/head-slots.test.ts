/**
 * Bylines in the head's slots that the earlier rules missed: a handle before the date on a
 * `by … | date` line, and a name under a headline printed twice (whose slot lines the logo-header
 * layout hides from the head). The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, headPageMain, MENU, REF } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

describe("a handle labelled `by` before the line's date", () => {
  it("reads `by harbourdesk | Mar 3, 2025` under the headline", () => {
    const s = headPageMain([HEADLINE, "", "by harbourdesk | Mar 3, 2025", "", "Last updated: March 3, 2025"]);
    expect(s.byline).toBe("harbourdesk");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });
});

describe("a byline's date over an update line", () => {
  it("cuts the name before the date when the line under it dated the story", () => {
    const s = headPageMain([HEADLINE, "By Jane Doe | Mar 3, 2025", "Last updated: March 4, 2025"]);
    expect(s.byline).toBe("Jane Doe");
    expect(s.authors).toEqual(["Jane Doe"]);
  });
});

describe("a name under a headline printed twice", () => {
  it("reads the person's name in the hidden slot", () => {
    const s = headPageMain([HEADLINE, HEADLINE, "", "Jane Doe", "#Transport", "Published on Mar 3, 2025"]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe("Jane Doe");
  });

  it("reads a team's credit in the hidden slot", () => {
    const s = headPageMain([HEADLINE, "", HEADLINE, "", "HarbourHQ Team", "", "Mar 3, 2025"]);
    expect(s.byline).toBe("HarbourHQ Team");
  });

  it("does not read a product name with no date under it", () => {
    const s = headPageMain([HEADLINE, HEADLINE, "Harbour Ferry Planner", "IN PERSON"]);
    expect(s.byline).toBeNull();
  });
});

describe("a name and where the story is filed", () => {
  it("reads `Jane Doe in Transport` under the headline, before the date", () => {
    const s = headPageMain([HEADLINE, "", "Jane Doe in transport", "", "Mar 3", "", "Ferry Notes"]);
    expect(s.byline).toBe("Jane Doe");
  });

  it("reads the name before `dans` in French", () => {
    const s = headPageMain([HEADLINE, "Jeanne Dupont dans Transports", "3 mars 2025"]);
    expect(s.byline).toBe("Jeanne Dupont");
  });

  it("does not read a sentence with `in` as a byline", () => {
    const s = headPageMain([HEADLINE, "Ferries in winter", "Mar 3, 2025"]);
    expect(s.byline).toBeNull();
  });
});

describe("the page's one labelled byline on a long meta line", () => {
  it("reads `by Jane Doe | date | sections | comments` printed far above the story", () => {
    const page = parsePage(
      ["by Jane Doe | Mar 11, 2023 | Ferries and Harbours, Timetables and Fares, Town Council News | 0 comments", ...MENU, "Gallery", "Map", "Timetable", "Fares", "Parking", "Events", "Tickets", "Help", "Newsletter", "Shop", "Weather", "Tides", HEADLINE, "", ...BODY].join("\n"),
      REF,
    );
    const s = page.articles.find((a) => a.role === "main")!;
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe("Jane Doe");
  });
});

describe("a one-word pen name glued to the date", () => {
  it("reads `Maren December 9, 2024 0 Comments` first under the headline", () => {
    const s = headPageMain([HEADLINE, "", "Maren December 9, 2024 0 Comments"]);
    expect(s.byline).toBe("Maren");
    expect(s.publishedAt?.slice(0, 10)).toBe("2024-12-09");
  });

  it("does not read a word the page uses in lower case", () => {
    const s = headPageMain([HEADLINE, "", "Council December 9, 2024 0 Comments"]);
    expect(s.byline).toBeNull();
  });
});
