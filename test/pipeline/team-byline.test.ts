/**
 * A team or desk credited with the story in the head (`The Harbour Team`, `Equipo Puerto`, `La
 * rédaction`), with no date next to it. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { isTeamName } from "../../src/pipeline/story-head.js";
import type { PageView } from "../../src/pipeline/page-view.js";
import { headPageMain } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";
const VIEW = { lines: [], lang: "en" } as unknown as PageView;

describe("isTeamName", () => {
  it.each(["The Harbour Team", "HarbourHQ Staff", "Harbour Editorial Team", "Metro Desk", "Team Harbour", "Equipo Puerto", "Redaktion Hafen", "La rédaction", "Die Redaktion"])("reads %s as a team", (t) => {
    expect(isTeamName(VIEW, t)).toBe(true);
  });

  it.each(["Our Team", "Meet the Team", "Join Our Team", "Team", "Jane Doe", "The team behind the ferry"])("does not read %s as a team", (t) => {
    expect(isTeamName(VIEW, t)).toBe(false);
  });
});

describe("a team's credit in the head", () => {
  it("reads a team line under the headline whose date is printed elsewhere", () => {
    const s = headPageMain([HEADLINE, "Transport", "The Harbour Team", "Published by our transport desk"]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe("The Harbour Team");
  });

  it("reads a team under a dek, over a bare `Published` label", () => {
    const s = headPageMain([HEADLINE, "", "A guide to the new timetable for riders in all three towns.", "", "HarbourHQ Staff", "Published", "|", "Mar 3, 2025"]);
    expect(s.byline).toBe("HarbourHQ Staff");
  });

  it("reads a team in another language", () => {
    const s = headPageMain([HEADLINE, "Transporte", "Equipo Puerto", "Publicado por la redacción"]);
    expect(s.byline).toBe("Equipo Puerto");
  });

  it("does not read a menu's team link as the byline", () => {
    const s = headPageMain([HEADLINE, "Transport", "Meet the Team", "Careers"]);
    expect(s.byline).toBeNull();
  });
});

describe("a team's credit glued to its date on a meta line", () => {
  it.each(["The Newsroom Team · Mar 3, 2025", "The Newsroom Team, Mar 3, 2025", "Mar 3, 2025 · The Newsroom Team", "The Newsroom Team / harbour.example / Updated: Mar 3, 2025"])("reads the team of `%s`", (line) => {
    const s = headPageMain([HEADLINE, line]);
    expect(s.byline).toBe("The Newsroom Team");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("does not read a menu's team link on a dated line", () => {
    const s = headPageMain([HEADLINE, "Meet the Team · Mar 3, 2025"]);
    expect(s.byline).toBeNull();
  });
});
