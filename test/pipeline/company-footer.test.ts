import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules, matchLine } from "../../src/rules/rule.js";

// Invented pages (issue 14, wrong block): a story printed twice (a preview and the full text, or a
// scrape that doubled it) or a short breaking story, then a company's long footer that reads as
// prose. The story's copies are set aside as duplicates, and the footer used to win the page.
const REF = { referenceTime: "2025-08-14T18:00:00Z" };
const HEADLINE = "Ferry operator adds a night crossing to the islands";
const STORY = [
  "The island ferry company said on Tuesday that it would run a late crossing every evening from next month, the first new route in a decade.",
  "The boat will leave the mainland harbour at ten at night and reach the largest island a little after midnight, calling at two smaller quays on the way.",
  "Islanders had asked for a later sailing for years, saying that the last boat at six left them no way to attend an evening event on the mainland.",
  "The company said the new crossing would cost no more than the day fares and that bicycles would travel free for the first three months of the service.",
];
const FOOTER = [
  "Harbour Line Ferries Ltd is registered in England and Wales with company number 04567891 and has its registered office at the Old Custom House on Quay Street.",
  "Our customer service team is available from eight in the morning until eight in the evening, seven days a week, and can help you with bookings and refunds.",
  "If you need to change a booking, please contact us at least twenty-four hours before your sailing and we will do our best to find you another crossing.",
  "All sailings are subject to weather and tide, and we reserve the right to cancel or delay a crossing when the conditions at sea make it unsafe to sail.",
  "Tickets are sold subject to our conditions of carriage, which you can read in full at any of our ticket offices or request by post from our head office.",
  "Copyright 2025 Harbour Line Ferries Ltd. All rights reserved.",
];
// The same footer under two headings, with a line on the company's history.
const HEADED_FOOTER = [
  "About Harbour Line",
  FOOTER[0]!,
  "We have carried passengers and freight between the mainland and the islands since 1952 and today run eleven vessels on six routes.",
  "Customer service",
  FOOTER[1]!,
  FOOTER[2]!,
  "Passengers with reduced mobility should let us know when they book so that our crew can be ready to help them on board.",
  ...FOOTER.slice(3),
];

function main(lines: readonly string[]) {
  const { articles } = parsePage(["Home", "Timetables", "News", ...lines, "About us", "Privacy policy"].join("\n"), REF);
  const story = articles.find((a) => a.role === "main");
  if (!story) throw new Error("no main story");
  return story;
}

describe("a story printed twice over a company's footer", () => {
  it("is the main body once, not the footer (three paragraphs, a headed footer)", () => {
    const story = main([HEADLINE, ...STORY.slice(0, 3), ...STORY.slice(0, 3), ...HEADED_FOOTER]);
    expect(story.title).toBe(HEADLINE);
    expect(story.paragraphs).toEqual(STORY.slice(0, 3));
  });

  it("is the main body once, without the footer's paragraphs (four paragraphs)", () => {
    const story = main([HEADLINE, ...STORY, ...STORY, ...FOOTER]);
    expect(story.title).toBe(HEADLINE);
    expect(story.paragraphs).toEqual(STORY);
  });

  it("is the main body once when a preview of its opening comes before the full text", () => {
    const story = main([HEADLINE, ...STORY.slice(0, 2), ...STORY, ...FOOTER]);
    expect(story.title).toBe(HEADLINE);
    expect(story.paragraphs).toEqual(STORY);
  });
});

describe("a short breaking story over a long customer-service footer", () => {
  const SHORT = [
    "Firefighters were called to a warehouse on the quay shortly after noon on Wednesday.",
    "Smoke could be seen across the harbour and nearby streets were closed to traffic.",
    "There were no reports of injuries, the fire service said.",
  ];
  it("is the main body, without the footer", () => {
    const story = main(["Fire at harbour warehouse", ...SHORT, ...FOOTER]);
    expect(story.title).toBe("Fire at harbour warehouse");
    expect(story.paragraphs).toEqual(SHORT);
  });

  it("is the main body under a headed footer", () => {
    const story = main(["Fire at harbour warehouse", ...SHORT, ...HEADED_FOOTER]);
    expect(story.paragraphs).toEqual(SHORT);
  });
});

describe("legal/company-notice", () => {
  const compiled = compileRules(defaultRules);
  it.each([
    "Harbour Line Ltd is registered in England and Wales with company number 01234567.",
    "Registered office: 4 Quay Street, Port Marren.",
    "Harbour Homes is a trading name of Quayside Lettings Ltd, which is authorised and regulated by the Financial Conduct Authority.",
    "Our customer care advisers can help you with any question about your order.",
    "All sailings are subject to weather and tide, and we reserve the right to cancel a crossing.",
    "Tickets are sold subject to our conditions of carriage.",
    "Terms and conditions apply.",
  ])("matches %j", (line) => {
    expect(matchLine(compiled, line)?.rule.id).toBe("legal/company-notice");
  });

  it.each([
    "The ferry company, which employs three hundred people, said the new route would open in May.",
    "“We reserve the right to strike if the rota changes,” the union's harbour representative said.",
    "If you have any questions about the new timetable, contact us at the harbour office.",
    "The deal is subject to the approval of the harbour board and the county council.",
  ])("leaves the story sentence %j alone", (line) => {
    expect(matchLine(compiled, line)).toBeNull();
  });
});
