import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parsePage, type Article } from "../../src/index.js";
import { siteChrome, type SiteChrome } from "../../src/locales/chrome.js";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules, matchInline, matchLine } from "../../src/rules/rule.js";
import { loadFixtures } from "../helpers/fixtures.js";
import { sameTitle } from "../../src/pipeline/layouts/story.js";

const REF = { referenceTime: "2025-08-14T18:00:00Z" };

/** Every field of an article that holds input text. */
function fieldTexts(a: Article): string[] {
  return [
    a.title,
    a.source ?? "",
    a.timestamp?.raw ?? "",
    a.kicker ?? "",
    ...a.paragraphs,
    ...a.captions.flatMap((c) => [c.text, c.credit ?? ""]),
    ...a.hashtags.map((h) => `#${h}`),
    ...a.categories,
  ].filter((t) => t !== "");
}

/**
 * Nothing lost: each run of non-whitespace input characters that no `removed` entry covers must
 * be found in a field (glued runs such as `News2419-07-2025` are split into their fields).
 */
function lostRuns(input: string, page: ReturnType<typeof parsePage>): string[] {
  const covered = new Uint8Array(input.length);
  for (const r of [...page.removed, ...page.articles.flatMap((a) => a.removed)]) covered.fill(1, r.start, r.end);
  const fields = page.articles.flatMap(fieldTexts).sort((x, y) => y.length - x.length);
  const lost: string[] = [];
  const runs = input.matchAll(/\S+/gu);
  // A run glued from several fields (`News2419-07-2025`, `Radio18`) is read greedily, longest piece first.
  const inFields = (piece: string) => fields.some((f) => f.includes(piece));
  for (const m of runs) {
    let run = "";
    for (let i = m.index; i < m.index + m[0].length; i++) run += covered[i] ? " " : input[i];
    for (const piece of run.split(" ").filter(Boolean)) {
      let rest = piece;
      while (rest !== "") {
        let n = rest.length;
        while (n > 0 && !inFields(rest.slice(0, n))) n--;
        if (n === 0) break;
        rest = rest.slice(n);
      }
      if (rest !== "") lost.push(piece);
    }
  }
  return lost;
}

describe("layout fixtures: nothing lost, offsets exact", () => {
  for (const f of loadFixtures()) {
    it(`${f.name}`, () => {
      const page = parsePage(f.input, f.options);
      for (const r of [...page.removed, ...page.articles.flatMap((a) => a.removed)]) expect(f.input.slice(r.start, r.end)).toBe(r.text);
      for (const a of page.articles) {
        expect(a.span.end).toBeGreaterThan(a.span.start);
        // The title is printed inside the article's span (right-to-left and mixed scripts included).
        expect(f.input.slice(a.span.start, a.span.end).replace(/\s+/gu, " ")).toContain(a.title);
      }
      expect(lostRuns(f.input, page)).toEqual([]);
    });
  }
});

describe("site chrome is data per language", () => {
  const compiled = compileRules(defaultRules);
  const fill = (p: string) => p.replace("{brand}", "Newsly").replace("{tag}", "Energy");
  const families: Array<[Exclude<keyof SiteChrome, "code" | "timeLabel">, string]> = [
    ["hashtagsHeader", "site-chrome/hashtags-header"],
    ["aiFeatures", "site-chrome/ai-features"],
    ["exploreAi", "site-chrome/explore-ai"],
    ["iconLabels", "site-chrome/logo"],
    ["copyStoryLink", "site-chrome/copy-story-link"],
    ["listingHeader", "site-chrome/listing-header"],
  ];
  for (const lang of siteChrome) {
    it(`${lang.code}: every phrase matches its family's rule`, () => {
      for (const [family, id] of families) {
        for (const phrase of lang[family]) expect(matchLine(compiled, fill(phrase))?.rule.id.replace(/-pattern$/u, ""), `${lang.code} ${phrase}`).toBe(id);
      }
    });
  }
  it("finds the copy-link button at the end of a one-line body, in every language", () => {
    for (const lang of siteChrome) {
      for (const phrase of lang.copyStoryLink) {
        const hits = matchInline(compiled, `The council voted on Monday. ${phrase}`);
        expect(hits.map((h) => h.rule.id)).toContain("site-chrome/copy-story-link-inline");
      }
    }
  });
  it("does not read prose as site chrome", () => {
    for (const line of ["Latest news with the council on Monday, officials said", "Try our new AI features today, the company said.", "Copy the story link from the app"]) {
      expect(matchLine(compiled, line)?.rule.id ?? "").not.toMatch(/^site-chrome\//u);
    }
  });
});

describe("logo header", () => {
  const page = (glued: string) =>
    parsePage(
      [
        "logo",
        "Harbour ferry timetable changes next week",
        "",
        "Harbour ferry timetable changes next week",
        glued,
        "The harbour ferry will run every twenty minutes from Monday, up from every half hour, the operator said on Friday.",
        "Evening sailings will stay hourly until the spring, when the summer timetable starts again.",
      ].join("\n"),
      REF,
    ).articles[0]!;

  it.each([
    ["News2419-07-2025", "News24", "19-07-2025"],
    ["Bay Sports18 hours ago", "Bay Sports", "18 hours ago"],
    ["صحيفة الموانئمنذ 21 ساعات", "صحيفة الموانئ", "منذ 21 ساعات"],
    ["Coast Weekly · 2 hours ago", "Coast Weekly", "2 hours ago"],
    ["3 hours ago · Coast Weekly", "Coast Weekly", "3 hours ago"],
  ])("splits %j into source and stamp", (glued, source, raw) => {
    const main = page(glued);
    expect(main.title).toBe("Harbour ferry timetable changes next week");
    expect(main.source).toBe(source);
    expect(main.timestamp?.raw).toBe(raw);
    expect(main.paragraphs).toHaveLength(2);
    expect(main.removed[0]).toMatchObject({ kind: "repeated-title", ruleId: "structure/repeated-title" });
  });

  it("reads a source line, the time icon label and a bullet echo", () => {
    const text = [
      "logo",
      "Harbour ferry timetable changes next week",
      "",
      "Harbour ferry timetable changes next week",
      "Coast Weekly",
      "timean hour ago",
      "  • Coast Weekly",
      "The harbour ferry will run every twenty minutes from Monday, up from every half hour, the operator said on Friday.",
    ].join("\n");
    const main = parsePage(text, REF).articles[0]!;
    expect(main).toMatchObject({ source: "Coast Weekly", publishedAt: "2025-08-14T17:00:00.000Z", paragraphs: [expect.stringMatching(/^The harbour ferry/u)] });
    expect(main.removed.map((r) => [r.kind, r.text])).toEqual([
      ["repeated-title", "Harbour ferry timetable changes next week"],
      ["icon-label", "time"],
      ["source-echo", "• Coast Weekly"],
    ]);
  });
});

describe("ordinary article pages are left to the main-story stage", () => {
  it("an Author / date / title header does not become a story block", () => {
    const text = [
      "Menu",
      "Jane Okoro",
      "3 hours ago",
      "Lighthouse keepers return to the northern coast",
      "The last lighthouse on the northern coast will be staffed again from next spring, the maritime authority said on Tuesday.",
      "Automation had left the tower empty for twenty years, but storms damaged its equipment twice last winter.",
    ].join("\n");
    const page = parsePage(text, REF);
    expect(page.articles.map((a) => a.role)).toEqual(["main"]);
    expect(page.articles[0]!.title).toBe("Lighthouse keepers return to the northern coast");
    expect(page.articles[0]!.paragraphs).toHaveLength(2);
  });

  it("a numbered list of points stays in the story (no digest without stamps or sources)", () => {
    const text = [
      "Five walks for a winter weekend",
      "Winter on the coast is quieter, but there is still plenty to see when the wind drops and the sun comes out.",
      "1. The harbour wall at sunrise",
      "2. The cliff path to the point",
      "3. The old railway line",
    ].join("\n");
    const page = parsePage(text, REF);
    expect(page.articles.map((a) => a.role)).toEqual(["main"]);
  });

  it("one kicker-led story is an article, not a roundup", () => {
    const text = [
      "EXCLUSIVE",
      "Council to sell the old fire station",
      "The council will sell the old fire station on the high street to a housing charity, which plans to turn it into twelve flats for young families, the leader of the council said on Monday evening.",
      "The sale is expected to be completed by the spring.",
    ].join("\n");
    const page = parsePage(text, REF);
    expect(page.articles.map((a) => [a.role, a.title])).toEqual([["main", "Council to sell the old fire station"]]);
  });
});

describe("listings and digests", () => {
  it("gives each listing item its categories and keeps a dateline in the body", () => {
    const f = loadFixtures().find((x) => x.name === "daily8-hashtag-listing-en")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => [a.role, a.source, a.categories])).toEqual([
      ["item", "Coastal Herald", ["Business"]],
      ["item", "Metro Daily", ["Transport"]],
      ["item", "Wire Report", ["Energy"]],
    ]);
    const third = page.articles[2]!;
    expect(third.timestamp).toEqual({ raw: "Jun. 10", kind: "absolute", precision: "day" });
    expect(third.paragraphs[0]!.startsWith("Jun. 10—The national grid")).toBe(true);
  });

  it("returns the good items of a listing with a broken one, and warns", () => {
    const f = loadFixtures().find((x) => x.name === "listing-broken-item")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => a.title)).toEqual(["Harbour wall repairs finished ahead of storms", "Lifeboat crew honoured for night rescue"]);
    expect(page.messages.map((m) => m.code)).toEqual(["broken_item"]);
  });

  it("reads a roundup's kicker, caption, credit and trailing source", () => {
    const f = loadFixtures().find((x) => x.name === "daily8-roundup-en")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => [a.role, a.kicker, a.source])).toEqual([
      ["item", "DEALS", "HARBOUR DAILY"],
      ["item", "TECH", "NORTHERN WIRE"],
      ["item", "TRAVEL", "COASTAL TIMES"],
    ]);
    expect(page.articles[0]!.captions).toEqual([{ text: "Shoppers look at coats in a shop window on the high street.", credit: "Mira Okafor for Harbour Daily" }]);
    expect(page.removed[0]).toMatchObject({ kind: "page-title", text: "Your weekend roundup: three stories in five minutes" });
  });

  it("reads a roundup without kickers: stories start at their headline and end in the credit", () => {
    const f = loadFixtures().find((x) => x.name === "daily8-roundup-no-kicker")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => [a.role, a.title, a.kicker, a.source])).toEqual([
      ["item", "Library opens a repair café for broken toasters", null, "RIVER POST"],
      ["item", "Bakery chain to hire two hundred staff", null, "VALLEY NEWS"],
      ["item", "Harbour swimmers raise money for lifeboats", null, "COAST WIRE"],
    ]);
    expect(page.removed[0]).toMatchObject({ kind: "page-title", text: "Your midweek roundup: the stories people read" });
  });

  it("one wire story ending in a credit is an article, and two without that credit are not a roundup", () => {
    const wire = [
      "Ferry operator orders two electric boats",
      "The island ferry operator has ordered two electric boats from a shipyard on the west coast, with the first due to enter service in two years and the second a year later, the company said on Thursday. — HARBOUR WIRE",
    ];
    expect(parsePage(wire.join("\n"), REF).articles.map((a) => [a.role, a.title])).toEqual([["main", "Ferry operator orders two electric boats"]]);
    const plain = [
      "Ferry operator orders two electric boats",
      "The island ferry operator has ordered two electric boats from a shipyard on the west coast, with the first due to enter service in two years and the second a year later, the company said.",
      "Council approves the new harbour wall",
      "The council approved the plans for a new harbour wall on Tuesday night after a long debate, and work on the wall is due to start in the spring if the weather allows it, officials said.",
    ];
    expect(parsePage(plain.join("\n"), REF).articles.filter((a) => a.role === "item")).toEqual([]);
  });

  it("reads time-before-title items with Title - Source lines and cut titles", () => {
    const f = loadFixtures().find((x) => x.name === "digest-time-before-title")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => [a.title, a.source, a.timestamp?.raw, a.truncated])).toEqual([
      ["Ferry fares frozen for a second year", "Harbour Gazette", "3 hours ago", false],
      ["Council approves new cycle lanes on the ring road", "Northgate Post", "4 hours ago", false],
      ["Bakery chain to open twelve new shops across the…", null, "5 hours ago", true],
    ]);
  });

  it("reads digest items with two snippet lines, stamps kept with their own items", () => {
    const f = loadFixtures().find((x) => x.name === "digest-multi-line-snippets")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => [a.role, a.title, a.source, a.timestamp?.raw, a.paragraphs.length])).toEqual([
      ["item", "Ferry fares frozen for a second year", "Harbour Gazette", "2 hours ago", 2],
      ["item", "Council approves new cycle lanes on the ring road", "Northgate Post", "3 hours ago", 1],
      ["item", "Library extends its opening hours at weekends", "Valley Courier", "6 hours ago", 2],
    ]);
    expect(page.removed.map((r) => r.kind)).toEqual(["page-title"]);
  });

  it("a headline, a stamp and four paragraphs stay a story, not a digest item", () => {
    const text = [
      "Harbour wall to be rebuilt before winter",
      "2 hours ago",
      "The council will rebuild the harbour wall before the winter storms, its leader said.",
      "Engineers found cracks along most of the wall after the spring tides this year.",
      "Work will start next month and should take about twelve weeks to complete.",
      "Fishing boats will moor in the outer basin while the wall is being rebuilt.",
      "Ferry fares frozen for a second year - Harbour Gazette",
      "3 hours ago",
      "Council approves new cycle lanes - Northgate Post",
      "5 hours ago",
    ].join("\n");
    const page = parsePage(text, REF);
    expect(page.articles[0]).toMatchObject({ role: "main", title: "Harbour wall to be rebuilt before winter" });
    expect(page.articles[0]!.paragraphs).toHaveLength(4);
  });

  it("reads numbered items with the source after them", () => {
    const f = loadFixtures().find((x) => x.name === "digest-numbered-source-after")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles.map((a) => [a.title, a.source, a.truncated])).toEqual([
      ["Harbour town votes to keep its ferry", "Coast Weekly", false],
      ["New bridge opens to traffic after two years of...", "Northgate Post", true],
      ["School leavers celebrate record exam results", "Valley Courier", false],
    ]);
    expect(page.articles[0]!.removed[0]).toMatchObject({ kind: "list-number", text: "1." });
  });

  it("reads items whose only meta is a source line after the snippet (a title re-typed as a source)", () => {
    // No stamp and no source glued to a title: the meta appears only once refine re-types the
    // short line after each snippet, the case findDigests' packed run must not rule out. In the
    // second page each snippet is cut short (`…`), so it first reads as a title and is re-typed
    // as the snippet, and only then the name under it as the source.
    const items = [
      ["Harbour town votes to keep its ferry", "Residents voted on Sunday to keep the ferry running for another ten years.", "Residents of the island voted on Sunday to keep the old ferry running for…", "Coast Weekly"],
      ["New bridge opens to traffic on the east side", "The bridge links the old town with the business park across the river.", "The bridge links the old town with the business park across the wide river…", "Northgate Post"],
      ["School leavers celebrate record exam results", "More pupils than ever passed all their exams, the education board said.", "More pupils than ever passed all their exams this summer, the education board…", "Valley Courier"],
    ];
    for (const snippet of [1, 2]) {
      const page = parsePage(items.map((it) => [it[0], it[snippet], it[3]].join("\n")).join("\n"), REF);
      expect(page.articles.map((a) => [a.role, a.title, a.source, a.paragraphs.length])).toEqual(items.map((it) => ["item", it[0], it[3], 1]));
    }
  });

  it("gives [] and no_main_story for a page of chrome only", () => {
    const f = loadFixtures().find((x) => x.name === "chrome-only-page")!;
    const page = parsePage(f.input, f.options);
    expect(page.articles).toEqual([]);
    expect(page.messages.map((m) => m.code)).toEqual(["no_main_story"]);
  });
});

describe("sameTitle", () => {
  it("ignores case and all whitespace, in ASCII and beyond", () => {
    expect(sameTitle("Ferry fares frozen", "ferry  fares\tFROZEN")).toBe(true);
    expect(sameTitle("Ferry fares frozen", "Ferryfaresfrozen ")).toBe(true);
    expect(sameTitle("Ferry fares frozen", "Ferry fares frozen!")).toBe(false);
    expect(sameTitle("Ferry fares", "Ferry fares frozen")).toBe(false);
    expect(sameTitle("Éclair sale closes", "éclair  SALE closes")).toBe(true);
    expect(sameTitle("Café opens", "Cafe opens")).toBe(false);
    expect(sameTitle("", "")).toBe(false);
  });

  it("equals removing whitespace and lower-casing (property)", () => {
    // Pieces whose case or spacing is tricky: İ (two code units lowered), sigma (final form by
    // context), the Kelvin sign (lowers to ASCII k), curly quotes and dashes (no case), Unicode
    // spaces, NBSP, Cyrillic and Greek, a NUL, an astral pair.
    const PIECES = ["a", "A", "k", "K", "\u212a", "i", "I", "\u0130", "i\u0307", "\u03a3", "\u03c3", "\u03c2", "Ж", "ж", "É", "é", "’", "—", "…", " ", "\t", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u0000", "\ud801\udc00", "\ud801\udc28", "x", "."];
    const piece = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(""));
    // Pairs that are often equal: one title, the other a respaced or recased copy of it.
    const pair = fc.oneof(
      fc.tuple(piece, piece),
      piece.chain((t) => fc.tuple(fc.constant(t), fc.constantFrom(t.toUpperCase(), t.toLowerCase(), t.replaceAll(" ", ""), ` ${t}\u00a0`))),
      fc.tuple(fc.string({ unit: "binary", maxLength: 10 }), fc.string({ unit: "binary", maxLength: 10 })),
    );
    const folded = (s: string) => s.replace(/\s+/gu, "").toLowerCase();
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sameTitle(a, b)).toBe(a.length > 0 && b.length > 0 && folded(a) === folded(b));
      }),
      { seed: 20251127, numRuns: 20000 },
    );
  });
});

describe("step-by-step guides", () => {
  // An invented guide whose sections are headed by numbered step labels: one story with
  // section headings, not a roundup or digest with the label as each item's kicker or source.
  const steps = [
    ["Choose a sunny, level spot", "Pick a corner of the garden that gets at least six hours of sun and drains well after rain, then clear the turf and loosen the ground underneath with a fork so that roots can reach down later on."],
    ["Cut the boards to length", "Saw four untreated larch boards to the size you marked, sand the cut ends smooth and screw them together at the corners with galvanised screws so the frame stays square through the winter months."],
    ["Fill the bed with soil and compost", "Lay cardboard over the bottom to smother weeds, then add a mix of topsoil and garden compost in layers, watering each one lightly, until the bed is full to just below the top edge."],
  ];
  const shortSteps = [
    ["Choose a sunny, level spot", "Pick a corner of the garden that gets plenty of sun."],
    ["Cut the boards to length", "Saw four larch boards to the size you marked."],
    ["Fill the bed with soil and compost", "Add topsoil and compost in layers until the bed is full."],
  ];
  const labels: Array<(n: number) => string> = [
    (n) => `STEP ${n}`,
    (n) => `Step ${n}:`,
    (n) => `SETUP STEP #${n}`,
    (n) => `Schritt ${n}`,
    (n) => `ÉTAPE ${n}`,
    (n) => `Paso ${n}`,
    (n) => `PASSO ${n}`,
  ];
  const guide = (label: (n: number) => string, body: string[][]) =>
    [
      "How to build a raised garden bed",
      "A raised bed keeps the soil warm and the weeds down, and you can make one in a weekend with simple tools.",
      ...body.flatMap(([head, text], k) => [label(k + 1), head!, text!]),
    ].join("\n");

  for (const [name, body] of [["long", steps], ["short", shortSteps]] as const) {
    for (const label of labels) {
      it(`reads a guide with ${name} sections under "${label(1)}" labels as one main story`, () => {
        const page = parsePage(guide(label, body as string[][]), REF);
        expect(page.articles.map((a) => a.role)).toEqual(["main"]);
        const main = page.articles[0]!;
        expect(main.title).toBe("How to build a raised garden bed");
        for (const [, text] of body) expect(main.paragraphs.join("\n")).toContain(text);
        expect(main.kicker).toBeNull();
        expect(main.source).toBeNull();
      });
    }
  }

  it("a step label on its own, or labels not in sequence, leave a roundup a roundup", () => {
    // Kicker-led stories whose kickers are numbered but not consecutive (or not the same word)
    // are not a guide's steps.
    const stories = [
      ["STEP 1", "Council to sell the old fire station", "The council will sell the old fire station on the high street to a housing charity, which plans to turn it into twelve flats for young families, the leader of the council said on Monday. — HARBOUR DAILY"],
      ["PHASE 4", "New bridge opens to traffic on the east side", "The new bridge links the old town with the business park across the river and should cut the morning journey by a quarter of an hour for thousands of drivers, engineers said. — VALLEY COURIER"],
    ];
    const page = parsePage(["Weekend roundup", ...stories.flat()].join("\n"), REF);
    expect(page.articles.filter((a) => a.role === "item").map((a) => a.kicker)).toEqual(["STEP 1", "PHASE 4"]);
  });
});
