/**
 * Link-list families of ordinary news pages, end to end on invented pages: titles with their date
 * glued on, a category-and-date line under each title, lists the story's run swallowed (with the
 * author under each title), and the counters, separators and tag rows a list prints between its
 * titles.
 */
import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { sourceName } from "../../src/pipeline/layouts/source-name.js";

const NOW = { referenceTime: "2026-03-10T12:00:00Z" };

/** An invented story of six paragraphs under a headline and a date line. */
const STORY = [
  "Harbour board backs a new ferry timetable for the spring",
  "March 9, 2026",
  "",
  "The harbour board voted on Monday to back a new ferry timetable that adds two early crossings on weekdays and a late boat on Fridays, after a winter of complaints from commuters.",
  "",
  "Members said the change would cost less than expected because the operator has agreed to move one of its crews from the quieter afternoon runs to the busier morning ones.",
  "",
  "The operator said the first new crossings would run from the first week of April, and that fares would stay the same until the end of the year at least.",
  "",
  "Commuters who had signed a petition for earlier boats welcomed the vote, but said they would wait to see whether the boats kept to time once the summer crowds arrived.",
];

const titles = (page: string[], role?: string) =>
  parseArticles(page.join("\n"), NOW)
    .filter((a) => role === undefined || a.role === role)
    .map((a) => a.title);

describe("related lists of ordinary pages", () => {
  it("reads a category-and-date line under each title as its stamp, not as the next story's source", () => {
    const page = [
      ...STORY,
      "",
      "Related News",
      "Lighthouse museum to reopen after a winter of roof repairs",
      "Culture, Heritage March 2, 2026",
      "Video",
      "Fishing fleet reports its best spring catch in a decade",
      "Business February 26, 2026",
    ];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => [a.title, a.timestamp?.raw ?? null, a.source, a.categories])).toEqual([
      ["Lighthouse museum to reopen after a winter of roof repairs", "March 2, 2026", null, ["Culture, Heritage"]],
      ["Fishing fleet reports its best spring catch in a decade", "February 26, 2026", null, ["Business"]],
    ]);
  });

  it("splits a title with its date glued on into the title and its stamp", () => {
    const page = [...STORY, "", "Related", "Why do the island ferries run late in winter? 16 February 2026", "A guide to the harbour's oldest boats 9 February 2026"];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => [a.title, a.timestamp?.raw ?? null])).toEqual([
      ["Why do the island ferries run late in winter?", "16 February 2026"],
      ["A guide to the harbour's oldest boats", "9 February 2026"],
    ]);
  });

  it("takes a list printed between two paragraphs out of the body, with the author under each title", () => {
    const page = [
      ...STORY.slice(0, 6),
      "",
      "Recommended Reading",
      "The quiet life of a lighthouse keeper's family",
      "Mira Okafor",
      "Why the old harbour wall keeps cracking",
      "Tom Reyes",
      "",
      ...STORY.slice(6),
    ];
    const out = parseArticles(page.join("\n"), NOW);
    expect(out[0]!.role).toBe("main");
    expect(out[0]!.body).not.toContain("Recommended Reading");
    expect(out[0]!.body).not.toContain("lighthouse keeper");
    expect(out[0]!.body).toContain("Commuters who had signed a petition");
    expect(out.filter((a) => a.role === "related").map((a) => a.title)).toEqual([
      "The quiet life of a lighthouse keeper's family",
      "Why the old harbour wall keeps cracking",
    ]);
  });

  it("steps over share counters, separators, author lines and tag rows between titles", () => {
    const page = [
      ...STORY,
      "",
      "You might also like",
      "Lighthouse museum to reopen after a winter of roof repairs",
      "This story has been shared 4,120 times.",
      "4,120",
      "Fishing fleet reports its best spring catch in a decade",
      "Jane Doe",
      "fishing, Harbour life, spring catch, local business",
      "|",
      "9",
      "mins",
      "Seed swap draws a record crowd to the village hall",
    ];
    expect(titles(page, "related")).toEqual([
      "Lighthouse museum to reopen after a winter of roof repairs",
      "Fishing fleet reports its best spring catch in a decade",
      "Seed swap draws a record crowd to the village hall",
    ]);
  });

  it("does not read a kicker-and-title line above a stamp as a publisher opening a block", () => {
    const page = [...STORY, "", "Top Stories", "Weather: Cold breeze and sun to start the week", "5 minutes ago", "Council approves two new cycle lanes on the quay road", "Library opens its doors on Sundays from next month"];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => [a.title, a.source])).toEqual([
      ["Weather: Cold breeze and sun to start the week", null],
      ["Council approves two new cycle lanes on the quay road", null],
      ["Library opens its doors on Sundays from next month", null],
    ]);
    expect(related[0]!.timestamp?.raw).toBe("5 minutes ago");
  });
});

describe("list furniture from rules and author lines", () => {
  it("steps over the share bar and reading time printed under each title", () => {
    const page = [
      ...STORY,
      "",
      "Related posts",
      "Lighthouse museum to reopen after a winter of roof repairs",
      "February 23, 2026 · 6 minute read",
      "Share",
      "Facebook",
      "Twitter",
      "Email",
      "Fishing fleet reports its best spring catch in a decade",
      "February 2, 2026 · 8 minute read",
      "Share",
      "Facebook",
      "Twitter",
      "Email",
    ];
    expect(titles(page, "related")).toEqual(["Lighthouse museum to reopen after a winter of roof repairs", "Fishing fleet reports its best spring catch in a decade"]);
  });

  it("goes on past a one-word label that is also a cookie banner's button, and stops at the banner itself", () => {
    const items = ["Lighthouse museum to reopen after a winter of roof repairs", "Analytics", "Fishing fleet reports its best spring catch in a decade"];
    expect(titles([...STORY, "", "Related Content", ...items], "related")).toEqual([items[0], items[2]]);
    const banner = "We use cookies to improve your experience on our site.";
    expect(titles([...STORY, "", "Related Content", items[0]!, banner, items[2]!], "related")).toEqual([]);
  });

  it("reads a one-word section header such as Specials over a sidebar of bare titles, but not over a menu", () => {
    const items = ["The quiet craft of mending fishing nets", "Why the old harbour wall keeps cracking", "A walking guide to the island's lighthouses"];
    expect(titles([...STORY, "", "Specials", ...items], "related")).toEqual(items);
    expect(titles([...STORY, "", "Features", "Sport", "Weather", "Island Life", "Contact Us"], "related")).toEqual([]);
  });

  it("takes a capitalised title with its author under it, but not a list of names", () => {
    const posts = [...STORY, "", "Recent Posts", "Spring Planting Notes", "Jane Doe", "harbour, gardening, seeds, spring", "Winter Pruning Diary", "Jane Doe", "pruning, gardening, orchard, winter"];
    expect(titles(posts, "related")).toEqual(["Spring Planting Notes", "Winter Pruning Diary"]);
    const staff = [...STORY, "", "Recent Posts", "Harbour Desk Editors", "Jane Doe", "Tom Reyes", "Mira Okafor"];
    expect(titles(staff, "related")).toEqual([]);
  });
});

describe("sources and section labels", () => {
  it("keeps publishers' names and drops stamp labels, bylines and leftovers read as sources", () => {
    expect(sourceName("Harbour Gazette")).toBe("Harbour Gazette");
    expect(sourceName("Harbour Gazette |")).toBe("Harbour Gazette");
    expect(sourceName("Coast Weekly -")).toBe("Coast Weekly");
    for (const s of ["Updated Mar 9, 6:55 AM;", "Published Mar 9, 2026 at 4:07 PM |", "By Jane Doe •", "SECURITY - BY JANE DOE .", ", Harbour Desk", "posted"]) expect(sourceName(s), s).toBeNull();
  });

  it("reads no navigation label between posts as a source", () => {
    for (const s of ["Next Post", "Previous article", "Older entries", "Read all recent posts", "View all", "Article suivant", "Artículo anterior"]) expect(sourceName(s), s).toBeNull();
    expect(sourceName("Next Harbour Times")).toBe("Next Harbour Times");
  });

  it("reads no credit label or label waiting for its value as a source", () => {
    for (const s of ["Text: Jane Doe", "Words: Jane Doe", "Photos: Harbour Desk", "Texte : Jeanne Martin", "Account #", "Contact:"]) expect(sourceName(s), s).toBeNull();
    expect(sourceName("Harbour Gazette")).toBe("Harbour Gazette");
    expect(sourceName("Textile Weekly")).toBe("Textile Weekly");
    expect(sourceName("Reader's Digest")).toBe("Reader's Digest");
  });

  it("reads a label printed over several items of a list as their section, not their source", () => {
    const page = [
      ...STORY,
      "",
      "Related Posts",
      "Harbour Life",
      "Lighthouse museum to reopen after a winter of roof repairs",
      "March 6, 2026",
      "Harbour Life",
      "Volunteers clear the coastal path ahead of the spring walks",
      "March 4, 2026",
      "Weather",
      "Storm warning lifted for the island ferries on Tuesday",
      "March 2, 2026",
      "Harbour Life",
      "New bakery opens on the quay with a queue round the corner",
      "February 27, 2026",
    ];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => a.timestamp?.raw)).toEqual(["March 6, 2026", "March 4, 2026", "March 2, 2026", "February 27, 2026"]);
    expect(related.map((a) => a.source)).toEqual([null, null, null, null]);
    expect(related.flatMap((a) => a.categories)).toContain("Harbour Life");
  });

  it("reads the label above a block's date as its section on an ordinary page, and a separated name as its source", () => {
    const page = [
      ...STORY,
      "",
      "Recommended",
      "Health",
      "March 2, 2026",
      "Clinic extends its opening hours for the spring",
      "The island clinic will open until eight in the evening on weekdays from April, the health board said on Monday.",
      "",
      "Coast Weekly · 2 hours ago",
      "Lifeboat crew rescues two kayakers off the point",
      "Two kayakers were brought ashore by the lifeboat crew on Sunday after their boats overturned in a squall off the point.",
    ];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => [a.title, a.source, a.categories])).toEqual([
      ["Clinic extends its opening hours for the spring", null, ["Health"]],
      ["Lifeboat crew rescues two kayakers off the point", "Coast Weekly", []],
    ]);
  });
});

describe("dated teasers under a related header", () => {
  it("keeps a box of teasers (section, date, title, a summary paragraph each) out of the story above it", () => {
    // The first teaser's summary reads as a paragraph: the box must not read as the story going on.
    const page = [
      ...STORY,
      "",
      "More from the coast",
      "Transport",
      "March 2, 2026",
      "Island ferry adds a late crossing at weekends",
      "The island ferry will add a late crossing on Fridays and Saturdays from April, the operator said on Monday, after a winter in which the last boat often ran full.",
      "",
      "Environment",
      "February 27, 2026",
      "Seal numbers rise along the estuary for a third year",
      "Volunteers counted more grey seals on the sandbanks this winter than in any year since the survey began, and the wardens asked walkers to keep their dogs on leads.",
      "",
      "Health",
      "February 25, 2026",
      "Clinic extends its opening hours on weekdays",
      "The island clinic will open until eight in the evening on weekdays from April, the health board said, so that people who work on the mainland can see a nurse.",
    ];
    const out = parseArticles(page.join("\n"), NOW);
    expect(out[0]!.role).toBe("main");
    expect(out[0]!.body).toContain("Commuters who had signed a petition");
    expect(out[0]!.body).not.toMatch(/late crossing|grey seals|island clinic/);
    expect(out.filter((a) => a.role === "related").map((a) => [a.title, a.categories])).toEqual([
      ["Island ferry adds a late crossing at weekends", ["Transport"]],
      ["Seal numbers rise along the estuary for a third year", ["Environment"]],
      ["Clinic extends its opening hours on weekdays", ["Health"]],
    ]);
  });
});

describe("labelled dated lists", () => {
  it("reads the ALL-CAPS label above each title as its kicker, not as the item above's source", () => {
    const page = [
      ...STORY,
      "",
      "MORE STORIES LIKE THIS ONE",
      "HARBOUR NEWS",
      "Lighthouse museum to reopen after a winter of roof repairs",
      "",
      "March 2, 2026",
      "",
      "FEATURES",
      "The quiet craft of mending fishing nets",
      "",
      "February 26, 2026",
      "",
      "HARBOUR NEWS",
      "Fishing fleet reports its best spring catch in a decade",
      "",
      "February 20, 2026",
    ];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => [a.title, a.timestamp?.raw ?? null, a.source, a.kicker])).toEqual([
      ["Lighthouse museum to reopen after a winter of roof repairs", "March 2, 2026", null, "HARBOUR NEWS"],
      ["The quiet craft of mending fishing nets", "February 26, 2026", null, "FEATURES"],
      ["Fishing fleet reports its best spring catch in a decade", "February 20, 2026", null, "HARBOUR NEWS"],
    ]);
  });

  it("still reads an ALL-CAPS name after each item as its source when no label opens the list", () => {
    const page = [
      ...STORY,
      "",
      "Related Articles",
      "Lighthouse museum to reopen after a winter of roof repairs",
      "March 2, 2026",
      "HARBOUR NEWS",
      "Fishing fleet reports its best spring catch in a decade",
      "February 20, 2026",
      "COAST WEEKLY",
    ];
    const related = parseArticles(page.join("\n"), NOW).filter((a) => a.role === "related");
    expect(related.map((a) => [a.title, a.source, a.kicker])).toEqual([
      ["Lighthouse museum to reopen after a winter of roof repairs", "HARBOUR NEWS", null],
      ["Fishing fleet reports its best spring catch in a decade", "COAST WEEKLY", null],
    ]);
  });
});
