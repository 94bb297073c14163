import { describe, expect, it } from "vitest";
import {
  LENGTH_HIGH_WORDS,
  LENGTH_LOW_WORDS,
  classifyLength,
  contextFreeClass,
  documentFeatures,
  lineFeatures,
  numWordsRule,
  smooth,
  type BlockLabel,
} from "../../src/features/line-features.js";
import { wordTokens } from "../../src/features/tokens.js";

const SENTENCE = "The minister said that the plan would be ready by the end of the year, and that it was on budget.";

describe("wordTokens", () => {
  it("keeps inner apostrophes and splits on punctuation and hyphens", () => {
    expect(wordTokens("It’s 9 a.m. — l'heure de Seoul, 서울에서! well-known")).toEqual([
      "It’s",
      "9",
      "a",
      "m",
      "l'heure",
      "de",
      "Seoul",
      "서울에서",
      "well",
      "known",
    ]);
    expect(wordTokens(" -- ")).toEqual([]);
  });
});

describe("lineFeatures", () => {
  it("gives an English sentence a stop density above jusText's threshold", () => {
    const f = lineFeatures(SENTENCE, "en");
    expect(f.words).toBe(21);
    expect(f.stopDensity).toBeGreaterThan(0.3);
    expect(f.endsWithPunctuation).toBe(true);
    expect(f.capitalisedRatio).toBeLessThan(0.1);
    expect(f.linkLike).toBe(false);
    expect(f.lang).toBe("en");
  });

  it("gives a menu line no stop words and marks it link-like", () => {
    const f = lineFeatures("Home News Sport", "en");
    expect(f).toMatchObject({ words: 3, stopWords: 0, stopDensity: 0, capitalisedRatio: 1, endsWithPunctuation: false, linkLike: true });
    expect(lineFeatures("Sign in", "en").linkLike).toBe(true);
    expect(lineFeatures("뉴스", "ko").linkLike).toBe(true); // uncased script
    expect(lineFeatures("2 hours ago", "en").linkLike).toBe(false);
    expect(lineFeatures("He left.", "en").linkLike).toBe(false);
  });

  it("detects the language from the line when none is given", () => {
    expect(lineFeatures("정부는 계획을 바꾸지 않을 것이라고 밝혔다.").lang).toBe("ko");
    expect(lineFeatures("Il governo ha detto che non cambierà il piano.").lang).toBe("it");
    expect(lineFeatures("Home News Sport").lang).toBe("en");
  });

  it("counts characters with whitespace runs collapsed, as jusText does", () => {
    expect(lineFeatures("  a   b\u00a0\u00a0c  ", "en").chars).toBe(5);
    expect(lineFeatures("", "en")).toMatchObject({ chars: 0, words: 0, stopDensity: 0, upperRatio: 0, digitRatio: 0 });
  });

  it("measures casing and digits", () => {
    expect(lineFeatures("BREAKING NEWS", "en").upperRatio).toBe(1);
    expect(lineFeatures("Breaking news", "en").upperRatio).toBeCloseTo(1 / 12);
    expect(lineFeatures("Élan Über", "de").capitalisedRatio).toBe(1);
    expect(lineFeatures("12-03-2025", "en").digitRatio).toBeCloseTo(0.8);
    expect(lineFeatures("٠٩-٠٦-٢٠٢٥", "ar").digitRatio).toBeCloseTo(0.8);
    expect(lineFeatures("서울 뉴스", "ko").upperRatio).toBe(0);
  });

  it("recognises sentence endings, with closing quotes after the terminator", () => {
    const ends = (s: string) => lineFeatures(s, "en").endsWithPunctuation;
    expect(ends("He left.")).toBe(true);
    expect(ends("Is it over?")).toBe(true);
    expect(ends("“We will win,” he said. “We always do.”")).toBe(true);
    expect(ends("Key points:")).toBe(true);
    expect(ends("And then…")).toBe(true);
    expect(ends("(See the chart below.)")).toBe(true);
    expect(ends("会议结束了。")).toBe(true);
    expect(ends("هل انتهى؟")).toBe(true);
    expect(ends("Trump says “no deal”")).toBe(false);
    expect(ends("Photo (Reuters)")).toBe(false);
    expect(ends("Most read")).toBe(false);
  });

  it("finds URLs and e-mail addresses without mistaking run-together sentences for domains", () => {
    const url = (s: string) => lineFeatures(s, "en").hasUrl;
    expect(url("https://example.com/story")).toBe(true);
    expect(url("More at www.example.org")).toBe(true);
    expect(url("Visit example.com for details")).toBe(true);
    expect(url("Read it on news.bbc.co.uk today")).toBe(true);
    expect(url("He said.It was late")).toBe(false);
    expect(url("U.S. officials said on Monday")).toBe(false);
    expect(url("e.g. apples")).toBe(false);
    expect(lineFeatures("Write to tips@example.com", "en").hasEmail).toBe(true);
    expect(lineFeatures("Follow @example on X", "en").hasEmail).toBe(false);
  });

  it("flags copyright lines and bullets", () => {
    expect(lineFeatures("© 2019 Example Media, Inc.", "en").hasCopyright).toBe(true);
    expect(lineFeatures("Copyright (c) 2024 Example", "en").hasCopyright).toBe(true);
    expect(lineFeatures("The (c) option was chosen", "en").hasCopyright).toBe(false);
    expect(lineFeatures("• Politics", "en").startsWithBullet).toBe(true);
    expect(lineFeatures("- first point", "en").startsWithBullet).toBe(true);
    expect(lineFeatures("-5 degrees tonight", "en").startsWithBullet).toBe(false);
  });
});

describe("classifyLength", () => {
  it("splits at jusText's thresholds converted to words", () => {
    expect(classifyLength(0)).toBe("short");
    expect(classifyLength(LENGTH_LOW_WORDS - 1)).toBe("short");
    expect(classifyLength(LENGTH_LOW_WORDS)).toBe("medium");
    expect(classifyLength(LENGTH_HIGH_WORDS)).toBe("medium");
    expect(classifyLength(LENGTH_HIGH_WORDS + 1)).toBe("long");
  });

  it("takes custom thresholds", () => {
    expect(classifyLength(5, { lengthLow: 4, lengthHigh: 6 })).toBe("medium");
    expect(classifyLength(7, { lengthLow: 4, lengthHigh: 6 })).toBe("long");
  });
});

describe("contextFreeClass", () => {
  const long = `${SENTENCE} ${SENTENCE}`; // 44 words, dense
  it("follows jusText's decision list", () => {
    expect(contextFreeClass(lineFeatures(long, "en"))).toBe("good");
    expect(contextFreeClass(lineFeatures(SENTENCE, "en"))).toBe("near-good");
    expect(contextFreeClass(lineFeatures("Home News Sport", "en"))).toBe("short");
    expect(contextFreeClass(lineFeatures("See https://example.com", "en"))).toBe("bad");
    expect(contextFreeClass(lineFeatures(`© 2024 Example. ${long}`, "en"))).toBe("bad");
    const listing = "Politics Business Technology Science Health Sport Culture Travel Opinion Video Podcasts Newsletters Weather";
    expect(contextFreeClass(lineFeatures(listing, "en"))).toBe("bad");
  });

  it("puts lines between the density thresholds at near-good", () => {
    expect(contextFreeClass({ words: 50, stopDensity: 0.31, hasUrl: false, hasCopyright: false })).toBe("near-good");
    expect(contextFreeClass({ words: 50, stopDensity: 0.32, hasUrl: false, hasCopyright: false })).toBe("good");
    expect(contextFreeClass({ words: 50, stopDensity: 0.29, hasUrl: false, hasCopyright: false })).toBe("bad");
  });
});

describe("smooth", () => {
  const s = (labels: BlockLabel[]) => smooth(labels);

  it("keeps a short line between good lines", () => {
    expect(s(["good", "short", "good"])).toEqual(["good", "good", "good"]);
    expect(s(["good", "short", "short", "good"])).toEqual(["good", "good", "good", "good"]);
  });

  it("drops short lines between bad lines, and treats the page edges as bad", () => {
    expect(s(["bad", "short", "short", "bad"])).toEqual(["bad", "bad", "bad", "bad"]);
    expect(s(["short", "short"])).toEqual(["bad", "bad"]);
    expect(s(["short", "good", "short"])).toEqual(["bad", "good", "bad"]);
  });

  it("decides a short line between good and bad by a near-good line on the bad side", () => {
    expect(s(["good", "short", "bad"])).toEqual(["good", "bad", "bad"]);
    expect(s(["good", "short", "near-good", "bad"])).toEqual(["good", "good", "good", "bad"]);
    expect(s(["bad", "near-good", "short", "good"])).toEqual(["bad", "good", "good", "good"]);
  });

  it("keeps near-good lines unless both neighbours are bad", () => {
    expect(s(["bad", "near-good", "bad"])).toEqual(["bad", "bad", "bad"]);
    expect(s(["bad", "near-good", "good"])).toEqual(["bad", "good", "good"]);
    expect(s(["good", "near-good", "near-good", "bad"])).toEqual(["good", "good", "good", "bad"]);
    expect(s(["near-good"])).toEqual(["bad"]);
  });

  it("decides every short line from the labels before the short pass", () => {
    // The first short line becomes good, but the second still sees bad on both sides
    // (short and near-good lines are skipped as neighbours), so it goes.
    expect(s(["good", "short", "near-good", "bad", "short", "bad"])).toEqual(["good", "good", "good", "bad", "bad", "bad"]);
  });

  it("does not change its input", () => {
    const labels: BlockLabel[] = ["good", "short", "good"];
    smooth(labels);
    expect(labels).toEqual(["good", "short", "good"]);
  });

  it("promotes a short heading followed closely by good text", () => {
    const labels: BlockLabel[] = ["bad", "short", "good"];
    expect(smooth(labels)).toEqual(["bad", "bad", "good"]);
    expect(smooth(labels, { headings: { isHeading: [false, true, false], lengths: [50, 20, 300] } })).toEqual(["bad", "good", "good"]);
  });

  it("leaves a heading that is too far from good text", () => {
    const labels: BlockLabel[] = ["short", "bad", "good"];
    expect(smooth(labels, { headings: { isHeading: [true, false, false], lengths: [20, 300, 300] } })).toEqual(["bad", "bad", "good"]);
    expect(smooth(labels, { headings: { isHeading: [true, false, false], lengths: [20, 300, 300], maxDistance: 400 } })).toEqual([
      "good",
      "bad",
      "good",
    ]);
  });

  it("rescues a heading that smoothing made bad when good text follows (last pass)", () => {
    const labels: BlockLabel[] = ["bad", "near-good", "bad", "good"];
    expect(smooth(labels)).toEqual(["bad", "bad", "bad", "good"]);
    expect(smooth(labels, { headings: { isHeading: [false, true, false, false], lengths: [10, 10, 50, 300] } })).toEqual([
      "bad",
      "good",
      "bad",
      "good",
    ]);
  });
});

describe("numWordsRule", () => {
  it("drops a short block between short blocks and keeps short paragraphs inside a story", () => {
    expect(numWordsRule(2, 3, 1)).toBe(false);
    expect(numWordsRule(40, 8, 35)).toBe(true);
    expect(numWordsRule(2, 8, 30)).toBe(true); // the next block is long
    expect(numWordsRule(10, 8, 3)).toBe(true); // the previous block is not tiny
    expect(numWordsRule(0, 20, 0)).toBe(true); // long enough on its own
  });

  it("uses link densities when given", () => {
    expect(numWordsRule(40, 30, 40, { curr: 1 })).toBe(false);
    expect(numWordsRule(40, 30, 10, { prev: 1 })).toBe(false);
    expect(numWordsRule(40, 45, 10, { prev: 1 })).toBe(true);
    expect(numWordsRule(40, 30, 20, { prev: 1 })).toBe(true);
  });
});

describe("documentFeatures", () => {
  const P1 =
    "The city council voted on Tuesday to close the old bridge for repairs, a decision that will force thousands of drivers to find another way into town for most of the next year, and that has already upset people who live on both sides of the river.";
  const P2 =
    "Officials said the work was long overdue and that the bridge, which opened in 1962, had been patched so many times that engineers no longer trusted it with heavy trucks or with the crowds that gather on it for the summer fair.";
  const P3 =
    "Some shop owners on the east bank said they were worried about losing customers, but the mayor promised that the city would help them through the months of work with lower fees and a free bus that will run every ten minutes.";
  const lines = [
    "Home",
    "News",
    "Sport",
    "",
    "Council votes to close the old bridge",
    "",
    P1,
    "",
    "It was not close.",
    "",
    P2,
    P3,
    "",
    "Most read",
    "Share this article",
    "© 2025 Example Media",
  ];
  const f = documentFeatures(lines);

  it("returns one entry per line, with blank lines kept and marked", () => {
    expect(f).toHaveLength(lines.length);
    expect(f.map((x) => x.index)).toEqual(lines.map((_, i) => i));
    expect(f[3]?.blank).toBe(true);
    expect(f[0]?.position).toBe(0);
    expect(f.at(-1)?.position).toBe(1);
    expect(f.every((x) => x.lang === "en")).toBe(true);
  });

  it("takes neighbour word counts across blank lines", () => {
    expect(f[0]?.prevWords).toBe(0);
    expect(f[2]?.nextWords).toBe(7); // the headline, across the blank line
    expect(f[8]?.prevWords).toBe(f[6]?.words);
    expect(f[8]?.nextWords).toBe(f[10]?.words);
    expect(f.at(-1)?.nextWords).toBe(0);
  });

  it("keeps the story, including a short sentence inside it, and drops menus and footer", () => {
    expect([f[6], f[10], f[11]].map((x) => x?.lengthClass)).toEqual(["long", "long", "long"]);
    const kept = f.filter((x) => x.smoothed === "good").map((x) => lines[x.index]);
    expect(kept).toEqual([P1, "It was not close.", P2, P3]);
    expect(f[8]?.contextFree).toBe("short");
  });

  it("applies boilerpipe's word-count rule with link-like lines as links", () => {
    expect(f[1]?.numWordsContent).toBe(false);
    expect(f[6]?.numWordsContent).toBe(true);
    expect(f[8]?.numWordsContent).toBe(true);
  });

  it("uses the page language for every line", () => {
    const fr = documentFeatures([
      "Accueil",
      "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux qui dureront une grande partie de l'année prochaine.",
    ]);
    expect(fr.map((x) => x.lang)).toEqual(["fr", "fr"]);
    expect(documentFeatures([], { lang: "de" })).toEqual([]);
  });
});
