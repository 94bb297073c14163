import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { isKicker } from "../../src/pipeline/inline.js";

const REF = { referenceTime: "2025-08-14T18:00:00Z" };

// An invented page in the seed's shapes: bare header, compact footer, related blocks.
const PAGE = [
  "",
  "Lighthouse keepers return to the northern coast",
  "The last lighthouse on the northern coast will be staffed again from next spring, the maritime authority said on Tuesday.",
  "Automation had left the tower empty for twenty years, but storms damaged its equipment twice last winter.",
  "Hashtags",
  "#Coast #Maritime",
  "",
  "Try Our AI Features",
  "Comments",
  "No comments yet...",
  "Related Articles",
  "",
  "Harbour Gazette",
  "35 minutes ago",
  "- Harbour Gazette",
  "Ferry fares frozen for a second year",
  "WINTER RELIEF Ferry fares frozen for a second year Click to share on Facebook (Opens in new window) The island ferry will keep its fares unchanged until next summer. Sign up for Harbour Gazette newsletter Sign up 2 Passengers queue at the pier at dawn Credit: Reuters Operators said fuel costs had eased. More to follow...",
  "",
  "Coast Weekly",
  "2 hours ago",
  "- Coast Weekly",
  "Seal numbers rise along the estuary",
  "1 This content is sourced from third parties but has been subject to Coast Weekly editorial review. Seal counts rose for the fifth year running, volunteers reported after the autumn survey.",
].join("\n");

describe("assemble", () => {
  const page = parsePage(PAGE, REF);
  const [main, first, second] = page.articles;

  it("finds the main story, then the related blocks in order", () => {
    expect(page.articles.map((a) => a.role)).toEqual(["main", "related", "related"]);
    expect(main!.title).toBe("Lighthouse keepers return to the northern coast");
    expect(main!.paragraphs).toHaveLength(2);
    expect(main!.hashtags).toEqual(["Coast", "Maritime"]);
  });

  it("reads source, echo and relative time of each block", () => {
    expect(first!.source).toBe("Harbour Gazette");
    expect(first!.publishedAt).toBe("2025-08-14T17:25:00.000Z");
    expect(second!.source).toBe("Coast Weekly");
    expect(second!.publishedAt).toBe("2025-08-14T16:00:00.000Z");
    expect(first!.removed[0]).toMatchObject({ kind: "source-echo", text: "- Harbour Gazette" });
  });

  it("cleans a flattened story: kicker, repeated title, share, newsletter, caption, counter, stub", () => {
    expect(first!.kicker).toBe("WINTER RELIEF");
    expect(first!.captions).toEqual([{ text: "Passengers queue at the pier at dawn", credit: "Reuters" }]);
    expect(first!.paragraphs).toEqual(["The island ferry will keep its fares unchanged until next summer.", "Operators said fuel costs had eased."]);
    expect(first!.removed.map((r) => r.kind)).toEqual(["source-echo", "repeated-title", "share", "newsletter", "gallery-counter", "credit-label", "stub"]);
  });

  it("drops a leading gallery counter and a disclosure sentence", () => {
    expect(second!.paragraphs).toEqual(["Seal counts rose for the fifth year running, volunteers reported after the autumn survey."]);
    expect(second!.removed.map((r) => r.ruleId)).toEqual(["structure/source-echo", "captions/gallery-counter", "legal/third-party-disclosure"]);
  });

  it("keeps offsets exact for everything removed", () => {
    for (const r of [...page.removed, ...page.articles.flatMap((a) => a.removed)]) expect(PAGE.slice(r.start, r.end)).toBe(r.text);
  });

  it("reads a page the same after larger and smaller pages (the scratch buffer kept between pages is cleared)", () => {
    // A long page first (more lines, so every per-line array of the next page lands on written
    // memory), then a short one, then this page again.
    const long = Array.from({ length: 40 }, (_, k) => `${PAGE}\n\nSection ${k} heading\nMore text for section ${k}, which reads as a sentence of prose.`).join("\n");
    parsePage(long, REF);
    parsePage("Short headline here\nOne paragraph of prose that is long enough to read as a story, with a full stop.", REF);
    expect(parsePage(PAGE, REF)).toEqual(page);
  });

  it("puts the footer chrome in the page's removed list", () => {
    expect(page.removed.map((r) => r.ruleId)).toEqual([
      "site-chrome/hashtags-header",
      "site-chrome/ai-features",
      "comments/header",
      "comments/empty",
      "related/header",
    ]);
  });
});

describe("isKicker", () => {
  it.each(["CRUNCH TIME", "EXCLUSIVE", "ANALYSE -", "WORLD CUP 2026", "ÉTÉ 2026", "À LA UNE :"])("accepts %j", (t) => expect(isKicker(t)).toBe(true));
  it.each(["Crunch time", "THIS IS A VERY LONG RUN OF CAPITAL WORDS HERE", "2026", "", "12:30 |", "— 2026", "ÉTÉ brûlant", "أخبار محلية"])("rejects %j", (t) =>
    expect(isKicker(t)).toBe(false),
  );
});
