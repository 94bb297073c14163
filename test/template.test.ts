import { describe, expect, it } from "vitest";
import { createArticleParser, parsePage } from "../src/index.js";

// A synthetic batch of one invented site's pages: the same menu, promo and footer lines on every
// page, a different story on each, and one wire paragraph syndicated to three of the stories.
const MENU = ["Harbour Post", "World", "Business", "Island life", "Weather"];
const FOOTER = ["Got a story? Write to the newsroom", "Harbour Post Ltd, 12 Quay Street", "Terms of use"];
const PROMO = "Read the Harbour Post on your phone every morning";
const WIRE = "The coastguard said the weather would stay calm for the rest of the week, which should help the crews.";

function sitePage(n: number, title: string, paragraphs: string[], opts: { wire?: boolean; extra?: string } = {}): string {
  return [
    ...MENU,
    "",
    title,
    ...paragraphs,
    ...(opts.wire ? [WIRE] : []),
    ...(opts.extra ? [opts.extra] : []),
    PROMO,
    "Comments",
    ...FOOTER,
    `Page ${n} of the archive`,
  ].join("\n");
}

const PAGES = [
  sitePage(1, "Ferry crews back at work after strike", [
    "Ferry crews returned to work on Monday after a week-long strike over rotas ended with a new agreement.",
    "The first crossing left on time, and the operator said the timetable would be back to normal by Wednesday.",
  ], { wire: true }),
  sitePage(2, "Fishing quotas raised for the winter", [
    "The fisheries board raised the winter quotas for cod and haddock by a tenth after a better survey than expected.",
    "Skippers welcomed the decision but said fuel costs were still their biggest worry this season.",
  ], { wire: true, extra: "Island life" }),
  sitePage(3, "Lighthouse tours sell out in an hour", [
    "All the guided tours of the old lighthouse for the autumn sold out within an hour of going on sale on Friday.",
    "The trust that runs the tower said it would add evening visits in October to meet demand.",
  ], { wire: true }),
  sitePage(4, "School bus route changes after landslip", [
    "The school bus will take the coast road for the next month after a landslip closed the hill route on Sunday night.",
    "Parents were told that pupils would be collected ten minutes earlier than usual until the repairs are finished.",
  ]),
  sitePage(5, "New pontoon opens at the marina", [
    "A new pontoon with room for forty boats opened at the marina on Saturday, two months later than planned.",
    "The harbour master said the delay was caused by a shortage of steel piles over the summer.",
  ]),
];

describe("createArticleParser().learn", () => {
  const base = createArticleParser({ referenceTime: "2025-08-14T18:00:00Z" });
  const site = base.learn(PAGES);

  it("learns the lines repeated across the site's pages", () => {
    for (const line of [...MENU, ...FOOTER, PROMO]) expect(site.template.has(line.toLowerCase())).toBe(true);
  });

  it("never learns story text, one-off lines or lines without letters", () => {
    expect(site.template.has(WIRE.toLowerCase())).toBe(false); // on 3 of 5 pages, but a story sentence
    expect(site.template.has("ferry crews back at work after strike")).toBe(false);
    expect([...site.template].some((l) => l.startsWith("page "))).toBe(false); // differs on every page
    expect(site.learn(["1\n2\n3", "1\n2\n3", "1\n2\n3"]).template.has("1")).toBe(false);
  });

  it("leaves the parser it was called on unchanged, and learns cumulatively", () => {
    expect(base.template.size).toBe(0);
    const more = site.learn(["Tide tables\nstory", "Tide tables\nother", "Tide tables\nthird"]);
    expect(more.template.has("tide tables")).toBe(true);
    expect(more.template.has("harbour post")).toBe(true);
    expect(site.template.has("tide tables")).toBe(false);
  });

  it("removes the template from a new page of the site, with kind template, and keeps the story", () => {
    const next = sitePage(6, "Harbour dredging starts next spring", [
      "Dredging of the inner harbour will start next spring so that larger ferries can berth at low tide, the council said.",
      "The work will take about three months and the harbour will stay open throughout, officials added.",
    ]);
    const page = site.parsePage(next);
    const main = page.articles[0]!;
    expect(main.title).toBe("Harbour dredging starts next spring");
    expect(main.paragraphs).toHaveLength(2);
    const template = page.removed.filter((r) => r.kind === "template");
    expect(template.map((r) => r.text)).toEqual([...MENU, PROMO, ...FOOTER]);
    for (const r of template) {
      expect(r.ruleId).toBe("template/learned");
      expect(next.slice(r.start, r.end)).toBe(r.text);
    }
    // Without the template the same lines are chrome of another kind or stray text, never template.
    expect(parsePage(next).removed.some((r) => r.kind === "template")).toBe(false);
  });

  it("never takes a learned line as the headline, even when the page has little else", () => {
    // A short page: the site's name is the first line and reads like a headline by its shape.
    const tiny = (n: number) =>
      ["Harbour Post", "World | Business | Island life", `Story ${n} of the week`,
       `The harbour reopened on day ${n} after repairs to the old wall, the council said on Monday.`,
       "Harbour Post Ltd, 12 Quay Street"].join("\n");
    const learned = createArticleParser({ referenceTime: "2025-08-14T18:00:00Z" }).learn([1, 2, 3, 4].map(tiny));
    const page = learned.parsePage(tiny(5));
    expect(page.articles[0]!.title).toBe("Story 5 of the week");
    expect(page.removed.filter((r) => r.kind === "template").map((r) => r.text)).toEqual(["Harbour Post", "World | Business | Island life", "Harbour Post Ltd, 12 Quay Street"]);
  });

  it("lets a rule with a signal win over the template (a comments header still closes the story)", () => {
    const page = site.parsePage(PAGES[0]!);
    expect(page.removed.find((r) => r.text === "Comments")?.ruleId).toBe("comments/header");
  });

  it("never learns a timestamp, even one printed on every page of a crawl", () => {
    const pages = ["A\n2 hours ago\nHarbour Gazette11 minutes ago", "B\n2 hours ago\nHarbour Gazette11 minutes ago", "C\n2 hours ago\nHarbour Gazette11 minutes ago"];
    const learned = base.learn(pages).template;
    expect(learned.has("2 hours ago")).toBe(false);
    expect(learned.has("harbour gazette11 minutes ago")).toBe(false);
  });

  it("honours minPages and minShare, and skips non-string pages", () => {
    const pages = ["A\nshared line here", "B\nshared line here", "C\nother line", "D\nother line"];
    expect(base.learn(pages).template.has("shared line here")).toBe(false); // 2 pages < minPages 3
    expect(base.learn(pages, { minPages: 2 }).template.has("shared line here")).toBe(true);
    expect(base.learn(pages, { minPages: 2, minShare: 0.75 }).template.has("shared line here")).toBe(false);
    expect(base.learn(pages, { minPages: 1 }).template.has("a")).toBe(false); // minPages is at least 2
    expect(base.learn([42 as unknown as string, ...pages], { minPages: 2 }).template.has("other line")).toBe(true);
  });
});
