import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wordTokens } from "../../src/features/tokens.js";
import { parsePage } from "../../src/index.js";
import {
  addMetadata,
  EXCERPT_MAX,
  excerptOf,
  mainStoryConfidence,
  pageKind,
  parseAuthors,
  proseEvidence,
  wordCount,
  type ArticleCore,
} from "../../src/pipeline/metadata.js";

describe("authors from a byline", () => {
  const cases: Array<[string, string[]]> = [
    ["By Jane Doe and John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe & John Roe", ["Jane Doe", "John Roe"]],
    ["Jane Doe, John Roe and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]],
    ["Jane Doe, John Roe, and Ann Poe", ["Jane Doe", "John Roe", "Ann Poe"]],
    ["Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]],
    ["Por Ana García y Luis Pérez", ["Ana García", "Luis Pérez"]],
    ["Von Hans Müller und Eva Schmidt", ["Hans Müller", "Eva Schmidt"]],
    ["سارة أحمد و ليلى حسن", ["سارة أحمد", "ليلى حسن"]],
    // Affiliations and roles are not names.
    ["Jane Doe, Reuters", ["Jane Doe"]],
    ["Jane Doe, Coast Weekly", ["Jane Doe"]],
    ["Jane Doe and John Roe, Coast Weekly", ["Jane Doe", "John Roe"]],
    ["Jane Doe | Staff writer", ["Jane Doe"]],
    ["Jane Doe, Senior Correspondent", ["Jane Doe"]],
    ["Jane Doe, CEO of Harbour Analytics", ["Jane Doe"]],
    ["Jane Doe, Ph.D.", ["Jane Doe"]],
    ["Jane Doe in London", ["Jane Doe"]],
    // Dates and reading times around the name.
    ["Jane Doe - Mar 27, 2024", ["Jane Doe"]],
    ["Jane Doe • December 17, 2025 • 11 min read", ["Jane Doe"]],
    ["Jane Doe on 19 Dec 2025", ["Jane Doe"]],
    ["Jane Doe | Updated on 19-Dec-2025", ["Jane Doe"]],
    ["Jane Doe August 12, 2021", ["Jane Doe"]],
    ["ByJane Doe", ["Jane Doe"]],
    ["Byron Lee", ["Byron Lee"]],
    // Names keep their particles, initials and titles as printed.
    ["Dr. Jane van der Berg", ["Dr. Jane van der Berg"]],
    ["Jane E. Doe", ["Jane E. Doe"]],
    ["JANE DOE", ["JANE DOE"]],
    // A desk credited alone, a one-word handle; nothing to name.
    ["News Desk", ["News Desk"]],
    ["harbourwatcher", ["harbourwatcher"]],
    ["jane@example.org", []],
    ["12 Jane Doe", []],
    ["2 min read", []],
    ["By", []],
    ["", []],
    // A label or a reading time glued after the name, a dot bullet, a review note after a full stop.
    ["Jane Doe—10 min read", ["Jane Doe"]],
    ["JANE DOE ON", ["JANE DOE"]],
    ["Jane Doe Updated", ["Jane Doe"]],
    ["Jane Doe In", ["Jane Doe"]],
    ["Jane Doe, DVM. Reviewed by John Roe, DVM", ["Jane Doe"]],
    ["Jane Doe ⋅ Founder and Editor-in-Chief ⋅", ["Jane Doe"]],
    ["Jane Doe, Print Managing Editor", ["Jane Doe"]],
  ];
  for (const [byline, expected] of cases) it(JSON.stringify(byline), () => expect(parseAuthors(byline)).toEqual(expected));
  it("never throws and gives non-empty names, whatever the byline", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."Jane Doe By,&|•-0123 and et Mar. @ و".split("")), maxLength: 40 }), (byline) => {
        for (const name of parseAuthors(byline)) expect(name.trim()).not.toBe("");
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});

describe("excerpt", () => {
  it("takes whole sentences up to the limit, across paragraphs", () => {
    expect(excerptOf(["The ferry will run all winter. Fares stay the same.", "The council voted on Sunday."])).toBe(
      "The ferry will run all winter. Fares stay the same. The council voted on Sunday.",
    );
    const long = "The council met on Monday to discuss the harbour wall, which was damaged in the storms of last winter and has been closed to walkers ever since. ";
    const excerpt = excerptOf([long + long]);
    expect(excerpt).toBe(long.trim());
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX);
  });
  it("does not end a sentence at initials, dotted abbreviations, titles or before a lower-case word", () => {
    const p = "Dr. Jane Roe met U.S. officials at 9 a.m. on Monday in St. Ives. They agreed. " + "More text follows here. ".repeat(10);
    expect(excerptOf([p]).startsWith("Dr. Jane Roe met U.S. officials at 9 a.m. on Monday in St. Ives. They agreed.")).toBe(true);
  });
  it("cuts a first sentence longer than the limit at a word, with an ellipsis", () => {
    const words = Array.from({ length: 80 }, (_, i) => `word${i}`).join(" ");
    const excerpt = excerptOf([`${words}.`]);
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_MAX);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(words.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(excerpt.at(-2)).not.toBe(" ");
  });
  it("is empty for an empty body", () => expect(excerptOf([])).toBe(""));
});

describe("word count", () => {
  it("counts runs of letters and digits, apostrophes inside words joining them", () => {
    expect(wordCount("Don't stop: 42 ferries, well-known routes.")).toBe(7);
    expect(wordCount("")).toBe(0);
    expect(wordCount("افتتحت البلدية سوقا جديدا")).toBe(4);
  });
  it("equals the number of wordTokens (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab é'’ -.\n1ك😀".split(""), "\u{1F600}") }), (text) => {
        expect(wordCount(text)).toBe(wordTokens(text).length);
      }),
      { seed: 13, numRuns: 2000 },
    );
  });
});

describe("confidence", () => {
  it("is the prose share of the body times min(1, prose words / 120)", () => {
    const sentence = "The ferry crews went back to work on Monday after a week of talks.";
    const story = Array.from({ length: 12 }, () => sentence); // 14 words each, 168 in all
    expect(mainStoryConfidence(proseEvidence(story))).toBe(1);
    const short = proseEvidence([sentence, sentence]); // 28 words
    expect(mainStoryConfidence(short)).toBeCloseTo(28 / 120, 3);
    const withLabels = proseEvidence([...story, "Photo gallery", "Read more"]);
    expect(withLabels.proseChars).toBeLessThan(withLabels.chars);
    expect(mainStoryConfidence(withLabels)).toBeCloseTo(withLabels.proseChars / withLabels.chars, 3);
    expect(mainStoryConfidence(proseEvidence([]))).toBe(0);
  });
});

const core = (over: Partial<ArticleCore>): ArticleCore => ({
  role: "main",
  title: "Title",
  truncated: false,
  source: null,
  publishedAt: null,
  timestamp: null,
  kicker: null,
  byline: null,
  keyPoints: [],
  paragraphs: [],
  body: "",
  captions: [],
  hashtags: [],
  categories: [],
  removed: [],
  span: { start: 0, end: 1 },
  ...over,
});

describe("language and page kind", () => {
  it("reads each article's language, and gives a short one the page's", () => {
    const fr = "Le marché de la vieille ville a rouvert ses portes samedi, après deux ans de travaux sur la toiture.";
    const en = "The old market in the town centre reopened on Saturday after two years of work on its roof.";
    const { articles } = addMetadata([
      core({ paragraphs: [fr], body: fr }),
      core({ role: "related", title: "Suite", paragraphs: [en], body: en }),
      core({ role: "related", title: "Marché" }),
    ]);
    expect(articles.map((a) => a.language)).toEqual(["fr", "en", "fr"]);
    expect(addMetadata([core({ title: "Zzz", paragraphs: ["Qwrtp xkcd"], body: "Qwrtp xkcd" })]).articles[0]!.language).toBeNull();
  });
  it("article with a main story of enough prose; listing with two or more others; other otherwise", () => {
    const main = (confidence: number) => ({ ...addMetadata([core({})]).articles[0]!, confidence });
    const item = { ...main(0), role: "item" as const, confidence: null };
    expect(pageKind([main(0.9), item, item])).toBe("article");
    expect(pageKind([main(0.1), item, item])).toBe("listing");
    expect(pageKind([item, item])).toBe("listing");
    expect(pageKind([main(0.1)])).toBe("other");
    expect(pageKind([item])).toBe("other");
    expect(pageKind([])).toBe("other");
  });
  it("parsePage reports the kind, and the fields on a parsed story", () => {
    const text = [
      "Harbour town votes to keep its ferry",
      "By Mara Quill and Tom Reed, Coast Weekly",
      "Residents of the harbour town voted on Sunday to keep the ferry running for another ten years.",
      "The council said queues formed outside the library an hour before the polls opened, and the count ran late.",
    ].join("\n");
    const page = parsePage(text);
    expect(page.kind).toBe("article");
    const [main] = page.articles;
    expect(main?.authors).toEqual(["Mara Quill", "Tom Reed"]);
    expect(main?.language).toBe("en");
    expect(main?.wordCount).toBe(main?.body.match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)?.length);
    expect(main?.excerpt.startsWith("Residents of the harbour town voted on Sunday")).toBe(true);
    expect(main?.confidence).toBeGreaterThan(0);
    expect(parsePage("Menu\nHome\nContact us").kind).toBe("other");
  });
});
