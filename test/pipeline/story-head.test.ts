import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, MENU, REF } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

function main(head: string[]) {
  const page = parsePage([...MENU, HEADLINE, ...head, "", ...BODY, "", "© 2025 Harbour Press"].join("\n"), REF);
  const story = page.articles.find((a) => a.role === "main");
  expect(story?.title).toBe(HEADLINE);
  return story!;
}

describe("the story's head: bylines and dates as blogs print them", () => {
  it("reads a bare name under the headline, next to its date, as the byline", () => {
    const story = main(["Maria Lopez", "Mar 3, 2025"]);
    expect(story.byline).toBe("Maria Lopez");
    expect(story.authors).toEqual(["Maria Lopez"]);
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("reads a name and a date glued on one meta line", () => {
    const story = main(["Maria Lopez • Updated on Mar 4, 2025 • 8 min read"]);
    expect(story.byline).toBe("Maria Lopez");
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-04");
  });

  it("keeps a name whole whose last letters read as a date's joining word (Daniel, Kappel)", () => {
    for (const name of ["Tom Daniel", "Ann Kappel", "Lena Rachel"]) {
      const story = main([`${name} May 18, 2024`]);
      expect(story.byline).toBe(name);
      expect(story.publishedAt?.slice(0, 10)).toBe("2024-05-18");
    }
  });

  it("reads a date that ends at its year with more text after it", () => {
    const story = main(["Maria Lopez March 9, 2025 0 Comments"]);
    expect(story.byline).toBe("Maria Lopez");
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-09");
  });

  it("reads the name of a dated meta line's By segment", () => {
    const story = main(["March 15, 2025 · 3 min read · By Tom Hart"]);
    expect(story.byline).toBe("Tom Hart");
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-15");
  });

  it("does not take a reviewer for the author", () => {
    const story = main(["Reviewed by Ann Poe", "Mar 3, 2025"]);
    expect(story.byline ?? "").not.toContain("Ann Poe");
    expect(story.authors).not.toContain("Ann Poe");
  });

  it("does not take a label whose words the page uses in lower case for a name", () => {
    const story = main(["Ferry Timetables", "Mar 3, 2025", "", "The new ferry timetables will be printed in every harbour office."]);
    expect(story.byline).toBeNull();
  });

  it("dates the story from a date printed right above the headline when none is under it", () => {
    const page = parsePage([...MENU, "March 2, 2025", HEADLINE, "", ...BODY].join("\n"), REF);
    const story = page.articles.find((a) => a.role === "main")!;
    expect(story.title).toBe(HEADLINE);
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-02");
  });

  it("reads the author box under the story when the head has no byline", () => {
    const page = parsePage([...MENU, HEADLINE, "Mar 3, 2025", "", ...BODY, "", "About the author", "Maria Lopez", "Share this story"].join("\n"), REF);
    const story = page.articles.find((a) => a.role === "main")!;
    expect(story.title).toBe(HEADLINE);
    expect(story.byline).toBe("Maria Lopez");
  });

  it("reads an author card under the story: a label over one or more names, or a name over a bio", () => {
    const card = (after: string[]) => parsePage([...MENU, HEADLINE, "Mar 3, 2025", "", ...BODY, "", ...after, "Share this story"].join("\n"), REF).articles.find((a) => a.role === "main")!;
    expect(card(["Article by", "Maria Lopez"]).byline).toBe("Maria Lopez");
    expect(card(["Author(s)", "Maria Lopez", "Tom J. Hart"]).authors).toEqual(["Maria Lopez", "Tom J. Hart"]);
    expect(card(["Maria Lopez", "", "Maria has written about ferries and coastal towns for twelve years and lives by the sea."]).byline).toBe("Maria Lopez");
    expect(card(["Tom Hart", "Senior Editor", "With a decade on the coast desk behind him, Tom covers transport and harbour politics."]).byline).toBe("Tom Hart");
    expect(card(["Maria Lopez", "I'm a travel writer who has crossed every ferry route on this coast at least twice."]).byline).toBe("Maria Lopez");
    expect(card(["Maria Lopez", "", "Maria Lopez is the harbour editor and has sailed every route in the guide at least twice."]).byline).toBe("Maria Lopez");
  });

  it("reads a bare name under a dek when the head's date is two or three lines away", () => {
    const dek = "A short look at how the three towns agreed on fares and timetables.";
    expect(main([dek, "Maria Lopez", "Harbour Notes", "Last updated:", "Mar 4, 2025"]).byline).toBe("Maria Lopez");
    expect(main([dek, "Maria Lopez", "", "Harbour Notes", "", "Mar 4, 2025"]).byline).toBe("Maria Lopez");
    // Four lines from the date, among short labels: a menu, not the head's meta block.
    expect(main([dek, "Maria Lopez", "Harbour Notes", "Ferry Guides", "Town Maps", "Mar 4, 2025"]).byline).toBeNull();
  });

  it("reads a credit sentence opening the story or under it", () => {
    const credit = "This post was written by Maria Lopez, Head of Harbour Services.";
    const opening = parsePage([...MENU, HEADLINE, "Mar 3, 2025", "", credit, "", ...BODY].join("\n"), REF).articles.find((a) => a.role === "main")!;
    expect(opening.byline).toBe("Maria Lopez");
    const under = parsePage([...MENU, HEADLINE, "Mar 3, 2025", "", ...BODY, "", credit, "Share this story"].join("\n"), REF).articles.find((a) => a.role === "main")!;
    expect(under.byline).toBe("Maria Lopez");
    // A reviewer credited so is not the author.
    const reviewed = parsePage([...MENU, HEADLINE, "Mar 3, 2025", "", ...BODY, "", "This article was reviewed by Maria Lopez.", "Share this story"].join("\n"), REF).articles.find((a) => a.role === "main")!;
    expect(reviewed.byline).toBeNull();
  });

  it("reads Contributors: and Reported by labels, and the By segment of a long meta line", () => {
    expect(main(["Contributors: Maria Lopez"]).byline).toBe("Maria Lopez");
    expect(main(["Reported by Tom Hart"]).byline).toBe("Tom Hart");
    const long = main(["Mar 3, 2025", "Ferry Guides · Updated Mar 9, 2025 by Ann Poe · Some links in this guide may earn us a small fee from the ferry operators"]);
    expect(long.byline).toBe("Ann Poe");
  });

  it("reads the page's one labelled byline when the head names nobody, wherever it is printed", () => {
    const far = (lines: string[]) => parsePage([...lines, ...MENU, "Ferry news", "Town guides", "Timetables", HEADLINE, "Mar 3, 2025", "", ...BODY, "", "Share this story"].join("\n"), REF).articles.find((a) => a.role === "main")!;
    expect(far(["By Maria Lopez", "Harbour Weekly"]).byline).toBe("Maria Lopez");
    expect(far(["Text by Maria Lopez", "Harbour Weekly"]).byline).toBe("Maria Lopez");
    // Several people named by bylines: teasers, none of them the story's.
    expect(far(["By Maria Lopez", "Harbour Weekly", "By Tom Hart"]).byline).toBeNull();
    // A commenter's placeholder is no author.
    expect(far(["by Anonymous Reader", "Harbour Weekly"]).byline).toBeNull();
  });

  it("takes no testimonial or place over a sentence for an author card", () => {
    const card = (after: string[]) => parsePage([...MENU, HEADLINE, "Mar 3, 2025", "", ...BODY, "", ...after, "Share this story"].join("\n"), REF).articles.find((a) => a.role === "main")!;
    expect(card(["Maria Lopez", "I have never had such a smooth crossing, and the staff were friendly all the way."]).byline).toBeNull();
    expect(card(["Gull Point Lighthouse", "", "The Gull Point keepers open the lamp room to visitors every Saturday in summer."]).byline).toBeNull();
    expect(card(["Maria Lopez", "Maria Lopez interviews the harbour master about the winter timetable and the new boats."]).byline).toBeNull();
  });

  it("reads a page whose first line is a name above the headline without failing, and gives that name as the site owner's byline", () => {
    // A personal site's header (`headerOwner`, round 12): the owner's name over a short menu.
    const page = parsePage(["Maria Lopez", "GuidesReviewsNotes", "Search", `${HEADLINE} / Mar 2025`, "", ...BODY].join("\n"), REF);
    const story = page.articles.find((a) => a.role === "main")!;
    expect(story.paragraphs.length).toBeGreaterThan(0);
    expect(story.byline).toBe("Maria Lopez");
  });
  it("does not take a personal site's owner, named on the page's first line over its menu, for the story's headline", () => {
    const page = parsePage(["Tom Hart", "Home", "Essays", "Photos", HEADLINE, "Apr 2, 2025", "", ...BODY].join("\n"), REF);
    const story = page.articles.find((a) => a.role === "main")!;
    expect(story.title).toBe(HEADLINE);
    expect(story.byline).toBe("Tom Hart");
  });
  it("dates the story from a byline line that carries its date after a separator", () => {
    for (const [line, name, day] of [
      ["By Tom Hart | May 19, 2024", "Tom Hart", "2024-05-19"],
      ["By Dr. Tom Hart - Mar 27, 2024", "Dr. Tom Hart", "2024-03-27"],
      ["by Ann Poe, June 3, 2023", "Ann Poe", "2023-06-03"],
    ] as const) {
      const story = main([line]);
      expect(story.byline).toBe(name);
      expect(story.publishedAt?.slice(0, 10)).toBe(day);
    }
  });
  it("takes the earlier of two dates printed on one head line for the publication date", () => {
    for (const line of ["Posted on June 29, 2020November 12, 2021", "June 29, 2020 - Updated July 9, 2025", "By Tom Hart | June 29, 2020 | Updated July 9, 2025", "Tom Hart June 29, 2020November 12, 2021 November 12, 2021"]) {
      expect(main([line]).publishedAt?.slice(0, 10)).toBe("2020-06-29");
    }
  });

  it("keeps a head line's single full date when what precedes it is no full date", () => {
    expect(main(["Posted on June 29, 2020"]).publishedAt?.slice(0, 10)).toBe("2020-06-29");
    expect(main(["Issue of June 2020 · July 9, 2021"]).publishedAt?.slice(0, 10)).toBe("2021-07-09");
  });
  it("dates the story from a byline line whose date opens it or follows a leading By", () => {
    const opened = main(["Posted on July 1, 2024 by Tom Hart"]);
    expect(opened.publishedAt?.slice(0, 10)).toBe("2024-07-01");
    expect(opened.byline).toBe("Tom Hart");
    const after = main(["By Ann Poe on 12 Mar 2026"]);
    expect(after.publishedAt?.slice(0, 10)).toBe("2026-03-12");
    expect(after.byline).toBe("Ann Poe");
  });

  it("reads the year printed after an ordinal day in a head line, not the year-less date before it", () => {
    const story = main(["Published on December 2nd, 2025 by Ann Poe and Tom Hart"]);
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-12-02");
    expect(story.byline).toBe("Ann Poe and Tom Hart");
  });
  it("dates the story from a labelled byline with its date after 'on', and keeps 'on' out of the name", () => {
    for (const line of ["Posted by Tom Hart on August 21, 2019", "Written by Tom Hart on 21 Aug 2019"]) {
      const story = main([line]);
      expect(story.publishedAt?.slice(0, 10)).toBe("2019-08-21");
      expect(story.byline).toBe("Tom Hart");
    }
  });
});

// Round 5: the head forms measured on the wcxb-dev misses, as invented pages.
function mainWith(above: string[], head: string[], after: string[] = []) {
  const page = parsePage([...MENU, ...above, HEADLINE, ...head, "", ...BODY, "", ...after, "© 2025 Harbour Press"].join("\n"), REF);
  const story = page.articles.find((a) => a.role === "main");
  expect(story?.title).toBe(HEADLINE);
  return story!;
}

describe("the story's head: bylines and dates set over the headline or in its slots", () => {
  it("reads a byline printed above the headline next to its date", () => {
    expect(mainWith(["Maria Lopez", "March 2, 2025"], []).byline).toBe("Maria Lopez");
    expect(mainWith(["March 2, 2025", "Maria Lopez"], []).byline).toBe("Maria Lopez");
    expect(mainWith(["Tom Hart October 14, 2024"], []).byline).toBe("Tom Hart");
    expect(mainWith(["Dec 17, 2024Ann Poe"], []).byline).toBe("Ann Poe");
    expect(mainWith(["Published March 2, 2025", "by Maria Lopez"], []).byline).toBe("Maria Lopez");
  });

  it("gives no byline from a name above the headline that no date or label goes with", () => {
    expect(mainWith(["Maria Lopez", "Guides"], []).byline).toBeNull();
  });

  it("reads a team, a desk or a one-word pen name in the byline's slot next to the date", () => {
    expect(main(["Harbourview Team", "Mar 3, 2025"]).byline).toBe("Harbourview Team");
    expect(main(["Mar 3, 2025", "Quillon"]).byline).toBe("Quillon");
    expect(main(["jdoe_writes", "Mar 3, 2025"]).byline).toBe("jdoe_writes");
  });

  it("prefers an author box's name to a slot name", () => {
    const story = mainWith([], ["Quillon", "Mar 3, 2025"], ["Written by Maria Lopez"]);
    expect(story.byline).toBe("Maria Lopez");
  });

  it("takes no label followed by a byline label for a slot name", () => {
    const story = main(["Harbourview Answers", "Written by", "Maria Lopez", "Mar 3, 2025"]);
    expect(story.byline).toBe("Maria Lopez");
  });

  it("reads a byline label alone on its line, the name on the next", () => {
    for (const label of ["By:", "POSTED BY", "Article by", "author"]) {
      expect(main([label, "Harbour Desk Editors", "Mar 3, 2025"]).byline, label).toBe("Harbour Desk Editors");
    }
  });

  it("reads a long By line when its label introduces a name, and names after other labels", () => {
    expect(main(["By Tom Hart, CFP – Updated Mar 5, 2025 at 4:28 PM EST | Fact-checked by Ann Poe"]).byline).toBe("Tom Hart, CFP");
    expect(main(["Recipe by Ann Poe"]).byline).toBe("Ann Poe");
    expect(main(["Mar 3, 2025 By Tom Hart 4 Comments"]).byline).toBe("Tom Hart");
    expect(main(["March 15, 2025 · 3 min read · By Harbour Online"]).byline).toBe("Harbour Online");
  });

  it("reads the publication date among a meta line's segments", () => {
    const story = main(["Published: Mar 8, 2024 · Modified: May 19, 2025 · Ann Poe"]);
    expect(story.publishedAt?.slice(0, 10)).toBe("2024-03-08");
    expect(story.byline).toBe("Ann Poe");
  });

  it("dates the story from a date three lines above the headline", () => {
    expect(mainWith(["December 17, 2024", "10 min read", "119 views"], []).publishedAt?.slice(0, 10)).toBe("2024-12-17");
  });

  it("dates the story from a By line naming several people before 'on' and the date", () => {
    const story = main(["By Tom Hart, Ann Poe on March 12, 2025 | Comments"]);
    expect(story.publishedAt?.slice(0, 10)).toBe("2025-03-12");
    expect(story.authors).toEqual(["Tom Hart", "Ann Poe"]);
  });

  it("prefers the date right under the headline to one read further down the head", () => {
    const story = main(["by Ann Poe · Dec 20, 2024 at 3:00 am · One comment so far", "", "Harbour guide of the week", "Released: June 17, 2024"]);
    expect(story.publishedAt?.slice(0, 10)).toBe("2024-12-20");
  });

  it("reads a numeric date in the page's own order of day and month", () => {
    const usPage = (stamp: string) => mainWith([], [stamp], ["Related: 12/27/2024", "Related: 11/30/2024"]).publishedAt?.slice(0, 10);
    expect(usPage("03/01/2025")).toBe("2025-03-01");
    // Nothing on the page says month first: day first, the default.
    expect(main(["03/01/2025"]).publishedAt?.slice(0, 10)).toBe("2025-01-03");
    // The parse's own dateOrder wins over the page.
    const page = parsePage([...MENU, HEADLINE, "03/01/2025", "", ...BODY, "", "Related: 12/27/2024"].join("\n"), { ...REF, dateOrder: "DMY" });
    expect(page.articles.find((a) => a.role === "main")?.publishedAt?.slice(0, 10)).toBe("2025-01-03");
  });
});
