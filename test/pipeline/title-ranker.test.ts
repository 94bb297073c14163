import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, MENU, REF } from "../helpers/head-page.js";
import { gluedJoins, TITLE_FEATURES } from "../../src/pipeline/title-rank.js";
import { SHIPPED_TITLE_MODEL, withTitleModel } from "../../src/pipeline/title-model.js";
import { SHIPPED_MODEL, withStoryModel, type StoryRecord, type TitleModel } from "../../src/pipeline/story-model.js";

/** One ranker feature of each title candidate of a page with `head` above the story, by candidate text. */
function feature(name: string, head: string[]): Map<string, number> {
  let rec: NonNullable<StoryRecord["title"]> | null = null;
  withTitleModel(null, () =>
    withStoryModel(
      SHIPPED_MODEL,
      () => parsePage([...MENU, ...head, "", ...BODY].join("\n"), REF),
      (r) => {
        if (r.title) rec = r.title;
      },
    ),
  );
  const got = rec as NonNullable<StoryRecord["title"]> | null;
  const f = TITLE_FEATURES.indexOf(name as (typeof TITLE_FEATURES)[number]);
  return new Map(got!.texts.map((t, k) => [t, got!.x[k * TITLE_FEATURES.length + f]!]));
}

function title(head: string[]): string | undefined {
  const page = parsePage([...MENU, ...head, "", ...BODY, "", "© 2025 Harbour Press"].join("\n"), REF);
  return page.articles.find((a) => a.role === "main")?.title;
}

describe("the title ranker", () => {
  it("ships weights for exactly the features the stage computes, in its order", () => {
    // Refitted on the stage's features (round thirteen): none of them weighs 0 for want of a fit.
    expect(SHIPPED_TITLE_MODEL!.features).toEqual([...TITLE_FEATURES]);
  });

  it("ranks by feature name: a feature the weights were not fitted on weighs nothing", () => {
    const head = ["Harbour Guides", "HomeGuidesFerriesFaresContact", "How three harbour towns learned to share one ferry", "By Maria Lopez", "Mar 3, 2025"];
    const page = [...MENU, ...head, "", ...BODY].join("\n");
    const m = SHIPPED_TITLE_MODEL!;
    // The same ranker with one feature left out of its file, and with that feature's weight 0.
    const at = m.features.indexOf("doubled");
    const without: TitleModel = { ...m, features: m.features.filter((_, f) => f !== at), weights: m.weights.filter((_, f) => f !== at), mean: m.mean.filter((_, f) => f !== at), scale: m.scale.filter((_, f) => f !== at) };
    const zero: TitleModel = { ...m, weights: m.weights.map((w, f) => (f === at ? 0 : w)) };
    const read = (model: TitleModel) => withTitleModel(model, () => parsePage(page, REF).articles.find((a) => a.role === "main")?.title);
    expect(read(without)).toBe(read(zero));
    expect(read(without)).toBe("How three harbour towns learned to share one ferry");
  });

  it("counts words run together, as a menu scraped without its separators prints them", () => {
    expect(gluedJoins("HomeGuidesFerriesFaresContact")).toBe(4);
    expect(gluedJoins("SubscribeSign in")).toBe(1);
    expect(gluedJoins("How three harbour towns learned to share one ferry")).toBe(0);
    // A capital after one small letter (`iPhone`) or after a capital (`McDonald`, `NASA`) is no join.
    expect(gluedJoins("Harbour iPhone app from McDonald and NASA")).toBe(0);
    const glued = feature("glued", ["PlansPricingResourcesFree Trial", "How three harbour towns learned to share one ferry", "By Maria Lopez"]);
    expect(glued.get("PlansPricingResourcesFree Trial")).toBeCloseTo(Math.log1p(3));
    expect(glued.get("How three harbour towns learned to share one ferry")).toBe(0);
  });

  it("marks the lines that lead to another page: a previous or next story, a way back, a category line", () => {
    const links = ["« Ferry fares rise for summer", "Previous: Harbour wall repairs begin", "Next article ›", "Older posts", "Back to Blog", "Published in Travel, Ferries, Harbour", "Read more in Local News"];
    const headlines = ["Next year's ferry timetable splits three harbour towns", "Older ferries retire as three towns share one boat"];
    const lead = feature("link-lead", [...links, ...headlines, "By Maria Lopez"]);
    for (const t of links) expect(lead.get(t), t).toBe(1);
    for (const t of headlines) expect(lead.get(t), t).toBe(0);
  });

  it("takes a two-part headline over the longer dek under it", () => {
    const headline = "Ferry sharing: how three harbour towns ended a decade of disputes";
    expect(title([headline, "Council leaders say one contract will save money and let the boats run later in the evening.", "By Maria Lopez", "Mar 3, 2025"])).toBe(headline);
  });

  it("takes the headline, not the breadcrumb line that ends with it", () => {
    const headline = "How three harbour towns learned to share one ferry";
    expect(title([`Home » Guides » ${headline}`, "", headline, "By Maria Lopez", "Mar 3, 2025"])).toBe(headline);
  });

  it("takes a short headline printed twice (a breadcrumb's last entry and the heading), not the body's first paragraph", () => {
    // The head rules want four words, or a short line printed once: they find no headline here,
    // and the ranker's pick stands in for the paragraph that used to become the title.
    const page = parsePage([...MENU, "Harbour ferries", "Home", "Guides", "Harbour ferries", "", ...BODY, "", "© 2025 Harbour Press"].join("\n"), REF);
    const main = page.articles.find((a) => a.role === "main")!;
    expect(main.title).toBe("Harbour ferries");
    expect(main.body.startsWith(BODY[0]!)).toBe(true);
  });

  it("takes the mixed-case printing of a headline the page also sets in capitals", () => {
    expect(title(["Harbour Guides", "Ferry Timetables Explained", "Fares", "", "FERRY TIMETABLES EXPLAINED", "By Maria Lopez"])).toBe("Ferry Timetables Explained");
    expect(title(["Guides", "Ferry Timetables Explained", "Fares", "Parking", "FERRY TIMETABLES EXPLAINED"])).toBe("Ferry Timetables Explained");
  });

  it("takes the headline under its date, not the section label printed over the date", () => {
    const headline = "Three harbour towns agree to share one ferry";
    expect(title(["Harbour Life Weekly", "Posted March 3, 2025", headline])).toBe(headline);
    expect(title(["Local Business News", "March 3, 2025", "", headline, "Maria Lopez"])).toBe(headline);
  });

  it("takes a headline that asks its question", () => {
    const headline = "Can three harbour towns share one ferry?";
    expect(title([headline, "By Maria Lopez", "Mar 3, 2025"])).toBe(headline);
  });

  it("reaches the head's lines in non-blank lines: a head set with a blank after every line is read as far up", () => {
    const headline = "How three harbour towns learned to share one ferry";
    // Forty short lines, each after a blank: eighty lines between headline and body, forty of them printed.
    const spaced = Array.from({ length: 40 }, (_, k) => ["", `Harbour guide ${k + 1}`]).flat();
    const found = feature("log-words", [headline, "By Maria Lopez", ...spaced]);
    expect(found.has(headline)).toBe(true);
    // Sixty printed lines and more: the headline above them is out of reach.
    const dense = Array.from({ length: 70 }, (_, k) => `Harbour guide ${k + 1}`);
    expect(feature("log-words", [headline, "By Maria Lopez", ...dense]).has(headline)).toBe(false);
  });
});
