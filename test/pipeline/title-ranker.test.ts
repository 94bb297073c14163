import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, MENU, REF } from "../helpers/head-page.js";
import { TITLE_FEATURES } from "../../src/pipeline/title-rank.js";
import { SHIPPED_TITLE_MODEL } from "../../src/pipeline/title-model.js";

function title(head: string[]): string | undefined {
  const page = parsePage([...MENU, ...head, "", ...BODY, "", "© 2025 Harbour Press"].join("\n"), REF);
  return page.articles.find((a) => a.role === "main")?.title;
}

describe("the title ranker", () => {
  it("ships weights for exactly the features the stage computes", () => {
    expect(SHIPPED_TITLE_MODEL?.features).toEqual([...TITLE_FEATURES]);
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
});
