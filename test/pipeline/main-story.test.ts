import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";

const REF = { referenceTime: "2025-03-01T12:00:00Z" };

// Invented whole-page texts in the shapes of FORMATS.md section 3: menus as runs of short lines,
// headline, byline and date, key points, captions and credits, a related box inside the story,
// comments and a footer after it.
const NEWS_PAGE = [
  "Skip to content",
  "Home",
  "World",
  "Business",
  "Sport",
  "Weather",
  "Coastal towns vote to share one ferry service",
  "Tuesday February 25, 2025 9:15 am GMT",
  "By Maria Lopez and Tom Hart",
  "KEY POINTS",
  "Three harbour councils agreed to merge their ferry contracts into one service.",
  "Fares will be frozen until the new timetable starts next spring.",
  "",
  "The three harbour councils on the northern coast voted on Monday night to run a single ferry service, ending a decade of disputes over timetables and fares.",
  "Council leaders said the shared contract would save money and let boats run later in the evening during the summer season.",
  "Passengers wait at the pier in Northport at dawn",
  "Jane Doe / Harbour Press",
  "The vote followed months of talks in which the smallest town had threatened to leave the partnership altogether.",
  "Related",
  "Bridge repairs delayed again",
  "Island school gets new roof",
  "Residents will be asked for their views on the new timetable at meetings in each town during March, the councils said.",
  "A new timetable",
  "The first boats under the shared contract are expected to sail in April, with a later evening crossing added on Fridays and Saturdays.",
  "Tags: Ferries, Northport",
  "12 Comments",
  "This is a long reader comment that should never be taken for the story even though it has many words and ends properly.",
  "Another reader writes at length about the ferry and the councils and the vote and what it all means for the coast.",
  "© 2025 Harbour Press Ltd. All rights reserved.",
].join("\n");

describe("main story on a whole page", () => {
  const page = parsePage(NEWS_PAGE, REF);
  const main = page.articles[0]!;

  it("finds the headline under the menu, not a menu entry or the dateline", () => {
    expect(main.role).toBe("main");
    expect(main.title).toBe("Coastal towns vote to share one ferry service");
  });

  it("reads the dateline, byline and key points into their fields", () => {
    expect(main.timestamp?.raw).toBe("Tuesday February 25, 2025 9:15 am GMT");
    expect(main.publishedAt).toBe("2025-02-25T09:15:00.000Z");
    expect(main.byline).toBe("Maria Lopez and Tom Hart");
    expect(main.keyPoints).toEqual([
      "Three harbour councils agreed to merge their ferry contracts into one service.",
      "Fares will be frozen until the new timetable starts next spring.",
    ]);
  });

  it("keeps the body from the first paragraph to the last, across a caption, a related box and a crosshead", () => {
    expect(main.paragraphs).toEqual([
      "The three harbour councils on the northern coast voted on Monday night to run a single ferry service, ending a decade of disputes over timetables and fares.",
      "Council leaders said the shared contract would save money and let boats run later in the evening during the summer season.",
      "The vote followed months of talks in which the smallest town had threatened to leave the partnership altogether.",
      "Residents will be asked for their views on the new timetable at meetings in each town during March, the councils said.",
      "A new timetable",
      "The first boats under the shared contract are expected to sail in April, with a later evening crossing added on Fridays and Saturdays.",
    ]);
  });

  it("turns a caption and its credit line into a caption", () => {
    expect(main.captions).toEqual([{ text: "Passengers wait at the pier in Northport at dawn", credit: "Jane Doe / Harbour Press" }]);
  });

  it("turns the related box inside the story into related articles, and leaves comments and footer to the page", () => {
    // The box's titles are lines of the story's span outside its fields: a link list reads them.
    const related = page.articles.filter((a) => a.role === "related");
    expect(related.map((a) => a.title)).toEqual(["Bridge repairs delayed again", "Island school gets new roof"]);
    expect(related[0]!.removed.map((r) => r.text)).toEqual(["Related"]);
    expect(main.removed.map((r) => r.text)).not.toContain("Bridge repairs delayed again");
    const pageKinds = page.removed.map((r) => r.ruleId);
    expect(pageKinds).toEqual(expect.arrayContaining(["tags/label", "comments/header", "legal/copyright", "navigation/skip-links"]));
    expect(main.body).not.toMatch(/reader comment/);
  });

  it("keeps every removed offset exact", () => {
    for (const r of [...page.removed, ...main.removed]) expect(NEWS_PAGE.slice(r.start, r.end)).toBe(r.text);
  });
});

describe("main story edge cases", () => {
  it("does not let a long cookie banner outweigh the story", () => {
    const text = [
      "Harbour festival returns after two years",
      "The harbour festival will return this summer after two years away, organisers said on Friday.",
      "Boat races, a fish market and a night of music on the pier are planned for the first weekend of July.",
      "This website uses cookies to improve your experience while you navigate through the website. Out of these cookies, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website. We also use third-party cookies that help us analyze and understand how you use this website, and these cookies will be stored in your browser only with your consent.",
      "Privacy Overview",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe("Harbour festival returns after two years");
    expect(main.paragraphs).toHaveLength(2);
  });

  it("keeps a numbered list that runs on after the last paragraph", () => {
    const text = [
      "Ten things to do on the coast this winter",
      "Winter on the coast is quieter, but there is still plenty to see and do when the wind drops and the sun comes out.",
      "Here is our list of favourites, tested by the newsroom over the past month.",
      "1) Walk the harbour wall at sunrise",
      "2) Visit the lifeboat station",
      "3) Eat chips on the pier",
      "4) Take the last ferry to the island",
      "5) Watch the seals at the point",
      "Newsletter",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.paragraphs.slice(2)).toEqual([
      "1) Walk the harbour wall at sunrise",
      "2) Visit the lifeboat station",
      "3) Eat chips on the pier",
      "4) Take the last ferry to the island",
      "5) Watch the seals at the point",
    ]);
  });

  it("drops a standfirst printed between the headline and the byline", () => {
    const text = [
      "Lighthouse keepers return",
      "After twenty empty years the tower will be staffed again, and the town is delighted about it.",
      "By Sam Reed",
      "The last lighthouse on the northern coast will be staffed again from next spring, the maritime authority said on Tuesday.",
      "Automation had left the tower empty for twenty years, but storms damaged its equipment twice last winter.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.byline).toBe("Sam Reed");
    expect(main.paragraphs[0]).toMatch(/^The last lighthouse/);
    expect(main.removed.map((r) => r.kind)).toEqual(expect.arrayContaining(["standfirst", "byline"]));
  });

  it("takes a headline printed twice as the title, over a standfirst without a full stop", () => {
    const text = [
      "Log In",
      "Up next:",
      "Harbour ferry crew on the night rescue: We went because we had to",
      "Harbour ferry crew on the night rescue: We went because we had to",
      "One member of the crew did not hold back on Monday when asked about the storm",
      "by Sam Reed",
      "Feb 27, 2025 at 9:24 pm ET • 2 min read",
      "",
      "The harbour ferry crew spent Monday explaining why they sailed into the storm on Thursday night to reach a stranded yacht.",
      "The crew said the yacht's skipper had radioed for help twice before the coastguard could reach the scene.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe("Harbour ferry crew on the night rescue: We went because we had to");
    expect(main.byline).toBe("Sam Reed");
    expect(main.publishedAt).toBe("2025-02-28T02:24:00.000Z"); // 9:24 pm EST
    expect(main.paragraphs).toHaveLength(2);
  });

  it("takes a doubled headline ending in a question mark, and a By line over a section label", () => {
    const text = [
      "Sign In",
      "Local News",
      "Is the harbour ferry really the oldest in the country?",
      "Is the harbour ferry really the oldest in the country?",
      "Historians and the ferry company disagree about a date carved into the old slipway",
      "By Sam Reed",
      "Feb 27, 2025 at 9:24 pm ET",
      "The harbour ferry has carried passengers across the estuary since at least 1690, according to the town's museum.",
      "The ferry company says the service is older still, pointing to a date carved into the stones of the old slipway.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe("Is the harbour ferry really the oldest in the country?");
    expect(main.byline).toBe("Sam Reed");
    expect(main.paragraphs[0]).toMatch(/^The harbour ferry has carried/);
  });

  it("takes an exclaimed headline followed by its date line as the title over a section label above", () => {
    const text = [
      "Contact us",
      "Search",
      "Blog - Latest News",
      "Harbour swim raises a record sum for the lifeboat crew!",
      "March 3, 2025/0 Comments/in Community /by editor",
      "",
      "More than two hundred swimmers took part in the harbour swim on Sunday, raising a record sum for the lifeboat station.",
      "The organisers said the water was colder than in previous years, but nobody gave up before the finish.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe("Harbour swim raises a record sum for the lifeboat crew!");
    expect(main.publishedAt).toBe("2025-03-03T00:00:00.000Z");
    expect(main.paragraphs).toHaveLength(2);
  });

  it("does not take a doubled form label from a run of doubled lines as the title", () => {
    const text = [
      "Search in titles",
      "Search in titles",
      "Search in posts",
      "Search in posts",
      "Harbour ferry to run through the winter",
      "Sam Reed",
      "The harbour ferry will run through the winter for the first time, the operator said on Tuesday.",
      "Extra crews have been hired so the boats can sail in the dark mornings of December and January.",
    ].join("\n");
    expect(parsePage(text, REF).articles[0]!.title).toBe("Harbour ferry to run through the winter");
  });

  it("takes a headline ending in an exclamation mark as the title, with the dateline under it", () => {
    const text = [
      "Menu",
      "Watch Live",
      'Lifeboat crew saves seven from sinking yacht: "We got them all!"',
      "Updated on: February 28, 2025 / 10:07 AM",
      "A lifeboat crew rescued seven sailors from a yacht that was taking on water off the northern coast on Thursday night.",
      "The crew reached the yacht within twenty minutes of the first call and towed it back to the harbour by dawn.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe('Lifeboat crew saves seven from sinking yacht: "We got them all!"');
    expect(main.publishedAt).toBe("2025-02-28T10:07:00.000Z");
    expect(main.paragraphs).toHaveLength(2);
  });

  it("reads hashtags printed under the story, a labelled credit line and a credit ending a caption", () => {
    const text = [
      "Ferry vote passes in the harbour town",
      "The town voted to keep its ferry for another ten years, the council said on Sunday night.",
      "The ferry at dawn",
      "Photo: Ivo Lind/Harbour Gazette",
      "The old ferry in 1950 Credit: Coast Weekly Archive",
      "The result was close, with a margin of just forty votes, officials said.",
      "#ferry #harbour",
    ].join("\n");
    const page = parsePage(text, REF);
    const main = page.articles[0]!;
    expect(main.hashtags).toEqual(["ferry", "harbour"]);
    expect(main.captions).toEqual([
      { text: "The ferry at dawn", credit: "Ivo Lind/Harbour Gazette" },
      { text: "The old ferry in 1950", credit: "Coast Weekly Archive" },
    ]);
    expect(main.paragraphs).toHaveLength(2);
    for (const r of [...page.removed, ...main.removed]) expect(text.slice(r.start, r.end)).toBe(r.text);
  });

  it("reads a byline and a date printed on one line under a standfirst", () => {
    const text = [
      "Ferry operator wins new contract",
      "The island crossing will have newer boats and a later last sailing from next summer, the authority said.",
      "By Sam Reed November 19, 2024, 07:47 PM EST",
      "The island ferry operator has won a ten-year contract to run the crossing, the transport authority said on Wednesday.",
      "It beat two rivals with a promise of newer boats and a later last sailing in summer.",
    ].join("\n");
    const page = parsePage(text, REF);
    const main = page.articles[0]!;
    expect(main.byline).toBe("Sam Reed");
    expect(main.timestamp?.raw).toBe("November 19, 2024, 07:47 PM EST");
    expect(main.publishedAt).toBe("2024-11-20T00:47:00.000Z");
    expect(main.source).toBeNull();
    expect(main.paragraphs).toHaveLength(2);
    expect(main.removed.map((r) => r.kind)).toEqual(["standfirst", "dateline"]);
  });

  it("ends a related teaser without a source echo at the menu that follows it", () => {
    const text = [
      "Ferry operator wins new contract",
      "The island ferry operator has won a ten-year contract to run the crossing, the transport authority said on Wednesday.",
      "It beat two rivals with a promise of newer boats and a later last sailing in summer.",
      "Related Articles",
      "Coast Weekly",
      "2 hours ago",
      "Seal numbers rise along the estuary",
      "Harbour Gazette",
      "3 hours ago",
      "Lighthouse keepers return",
      "About",
      "Contact",
      "Careers",
      "Advertise",
    ].join("\n");
    const page = parsePage(text, REF);
    const last = page.articles.at(-1)!;
    expect(page.articles.map((a) => a.role)).toEqual(["main", "related", "related"]);
    expect(last.title).toBe("Lighthouse keepers return");
    expect(last.paragraphs).toEqual([]);
    expect(page.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["About", "Contact", "Careers", "Advertise"]));
  });

  it("keeps the story above a comments widget, however long the comments under it", () => {
    const comment = (name: string, lines: string[]) => [name, "2 days ago at 07:52 am", ...lines, "Rating: 12 Votes", ""];
    const text = [
      "Home",
      "News",
      "Harbour council approves new sea wall",
      "Monday March 2, 2026 7:45 am by Ana Ruiz",
      "The harbour council voted on Tuesday to build a new sea wall along the northern quay, after two winters of storms flooded the fish market and the lifeboat station.",
      "Work will start in the autumn and should take about eighteen months, the council's engineer said, with the quay road closed to traffic for part of that time.",
      "Traders at the market welcomed the decision but asked the council to keep at least one lane open so that deliveries can reach them in the early morning.",
      "",
      "Top Rated Comments",
      "",
      ...comment("harbourfan", [
        "About time. The old wall has been crumbling since I was a child and every winter the market floods, so I am glad the council finally found the money for it.",
        "I just hope they keep the road open for the boats that land early in the morning, because the fishermen cannot wait for a lane to clear.",
      ]),
      ...comment("quaywalker", [
        "Eighteen months is optimistic. The last repair to the lifeboat slipway took twice as long as the council said it would, and cost a good deal more than the first estimate.",
        "Still, better late than never, and the engineers seem to know what they are doing this time round.",
      ]),
      ...comment("netmender", [
        "Does anyone know whether the new wall will have the walkway along the top that the plans showed last year? It was the best part of the design for those of us who walk the dog there.",
        "If they drop it to save money I will be writing to the council about it.",
      ]),
      ...comment("tidewatcher", [
        "The storms are only getting worse, so whatever they build needs to be higher than the old one. I have seen the water come over the quay three times this winter alone.",
        "Let us hope they listen to the people who live on the front and not only to the consultants.",
      ]),
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe("Harbour council approves new sea wall");
    expect(main.paragraphs).toHaveLength(3);
    expect(main.body).toMatch(/^The harbour council voted/);
    expect(main.body).not.toMatch(/About time|walkway|consultants/);
  });

  it("does not read a menu flattened onto one long line as prose", () => {
    const text = [
      "Home News Business Markets Technology Cloud Security Data Centre Networking Storage Software Mobile Devices Careers Events Videos Podcasts Webinars Newsletters Awards Rankings Research",
      "Ferry operator wins new contract",
      "The island ferry operator has won a ten-year contract to run the crossing, the transport authority said on Wednesday.",
      "It beat two rivals with a promise of newer boats and a later last sailing in summer.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe("Ferry operator wins new contract");
    expect(main.body).not.toMatch(/Webinars/);
  });

  it("takes a section heading printed in a table of contents once, over its section, and keeps a list line with commas and brackets", () => {
    const text = [
      "Home",
      "Guides",
      "How the harbour towns plan their ferry season",
      "By Maria Lopez",
      "Contents",
      "Why the ferry timetable changes every spring on the coast",
      "What the three councils pay for each crossing they share",
      "",
      "Every spring the three harbour towns sit down to agree on the ferry timetable for the summer, and every year the talks run late into the night.",
      "The councils share the cost of the service, but each town wants the boats to stop at its own pier at the busiest hours of the day.",
      "Why the ferry timetable changes every spring on the coast",
      "The timetable changes because the tides shift and because the tourist season starts earlier than it did a decade ago, the harbour master said.",
      "Boats that run on the winter timetable would miss the first visitors, who now arrive in the middle of March rather than in May.",
      "What the three councils pay for each crossing they share",
      "The councils pay a fixed fee for each crossing, plus a share of the fuel bill that depends on how many passengers travel that month.",
      "Services covered: morning crossings, evening crossings, freight runs (weekdays only), school runs, hospital transfers and night boats",
      "The fee was last raised three years ago, and the operator has asked for a rise of about a tenth from next year to cover new engines.",
      "Officials said the figures would be published in full once all three councils have voted on the contract in April.",
      "Related",
      "Bridge repairs delayed again",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    const heading = "Why the ferry timetable changes every spring on the coast";
    // Printed twice on the page (contents, then over its section): in the body once, at its section.
    expect(main.paragraphs.filter((p) => p === heading)).toHaveLength(1);
    expect(main.paragraphs.indexOf(heading)).toBe(main.paragraphs.findIndex((p) => p.startsWith("The timetable changes because")) - 1);
    expect(main.paragraphs.filter((p) => p.startsWith("What the three councils pay"))).toHaveLength(1);
    // A long line with no full stop and few stop words, but with commas and a bracket: a list, not a flattened menu.
    expect(main.body).toContain("Services covered: morning crossings");
    expect(main.body).not.toMatch(/Bridge repairs/);
  });
});
