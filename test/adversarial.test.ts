/**
 * Adversarial input: huge lines, huge numbers of lines, degenerate repetition, every rule's trigger
 * repeated, pages made only of chrome, sizes around `maxInputLength`, and the time budget.
 *
 * Each input must give a valid result (or `input_too_large` / `empty_input`), with every removed
 * piece slicing back and nothing lost, in time linear in its length. Linearity is checked by
 * counting work, never with a clock (a busy machine cannot fail it): the work the parser asks of
 * the string, array and regex built-ins per code unit (see test/helpers/work-meter.ts), at 100k
 * and at 400k characters of the same shape, may grow by at most 1.3x (a quadratic step makes it
 * grow about 4x). `ADVERSARIAL_MB=0.2` scales the other sizes down for a quick local run.
 */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { text as syntheticText } from "../bench/synthetic.js";
import { measureWork, workGrowth } from "./helpers/work-meter.js";
import {
  ArticleSchema,
  DEFAULT_MAX_INPUT_LENGTH,
  RemovedSchema,
  createArticleParser,
  defaultRules,
  parsePage,
  safeParseArticles,
  type Article,
  type Removed,
  type Rule,
  type SafeParseResult,
} from "../src/index.js";
import { compileRules, matchInline, matchLine } from "../src/rules/rule.js";

const REFERENCE = "2025-08-14T18:00:00Z";
const MB = Math.round(1_000_000 * Number(process.env.ADVERSARIAL_MB ?? 1));
const big = createArticleParser({ referenceTime: REFERENCE, maxInputLength: 25 * MB });
const parser = createArticleParser({ referenceTime: REFERENCE });

/** `line` repeated on lines of its own until the text has `chars` characters. */
function lines(line: string, chars: number): string {
  return `${line}\n`.repeat(Math.ceil(chars / (line.length + 1))).slice(0, chars);
}

const IGNORABLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/u;
const NOT_TEXT = new Set(["role", "truncated", "publishedAt", "body", "removed", "span", "kind", "precision", "iso"]);

/** Characters neither in a removed range nor paid for by an article's text fields (see test/properties.test.ts). */
function lostCount(input: string, articles: readonly Article[], removed: readonly Removed[]): number {
  const covered = new Uint8Array(input.length);
  const budget = new Map<string, number>();
  const pay = (s: string): void => {
    for (let i = 0; i < s.length; i++) budget.set(s[i]!, (budget.get(s[i]!) ?? 0) + 1);
  };
  const walk = (v: Record<string, unknown>): void => {
    for (const [k, x] of Object.entries(v)) {
      if (NOT_TEXT.has(k) || x === null || x === undefined) continue;
      if (k === "hashtags" && Array.isArray(x)) x.forEach((h) => pay(`#${String(h)}`));
      else if (typeof x === "string") pay(x);
      else if (Array.isArray(x)) x.forEach((y) => (typeof y === "string" ? pay(y) : typeof y === "object" && y !== null && walk(y as Record<string, unknown>)));
      else if (typeof x === "object") walk(x as Record<string, unknown>);
    }
  };
  for (const r of removed) covered.fill(1, r.start, r.end);
  for (const a of articles) {
    for (const r of a.removed) covered.fill(1, r.start, r.end);
    walk(a as unknown as Record<string, unknown>);
  }
  let lost = 0;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (covered[i] || IGNORABLE.test(ch)) continue;
    const n = budget.get(ch) ?? 0;
    if (n > 0) budget.set(ch, n - 1);
    else lost++;
  }
  return lost;
}

/** A result is valid: schema-checked, removed pieces slice back, spans inside the input, nothing lost. */
function expectValid(input: string, result: SafeParseResult, allowed: readonly string[] = ["input_too_large"]): void {
  if (!result.success) {
    expect(allowed).toContain(result.error.code);
    return;
  }
  expect(z.array(ArticleSchema).safeParse(result.data).success).toBe(true);
  expect(z.array(RemovedSchema).safeParse(result.removed).success).toBe(true);
  for (const r of [...result.removed, ...result.data.flatMap((a) => a.removed)]) {
    if (input.slice(r.start, r.end) !== r.text) expect.fail(`removed ${r.ruleId} at ${r.start} does not slice back`);
  }
  for (const a of result.data) expect(a.span.end).toBeLessThanOrEqual(input.length);
  expect(lostCount(input, result.data, result.removed)).toBe(0);
}

describe("adversarial shapes give valid results in linear time", () => {
  /** `unit` repeated to `chars` characters, after `head`. */
  const fill = (unit: string, chars: number, head = ""): string => (head + unit.repeat(Math.ceil(chars / unit.length))).slice(0, chars);
  const TITLE = "Harbour town votes to keep its ferry\n";
  const shapes: Array<[string, (chars: number) => string]> = [
    ["one line with no spaces", (n) => "abcdefghij".repeat(Math.ceil(n / 10)).slice(0, n)],
    ["`11 minutes ago` lines", (n) => lines("11 minutes ago", n)],
    ["blank lines around a story", (n) => `${"\n".repeat(n / 2)}Harbour ferry vote\nThe council said the ferry would run for ten more years after the vote on Sunday.${"\n".repeat(n / 2)}`.slice(0, n)],
    ["`1 1 1 …` on one line", (n) => "1 ".repeat(n / 2)],
    ["`1 1 1 …` on many lines", (n) => lines("1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1", n)],
    ["share buttons only", (n) => lines(["Share", "Tweet", "Share on Facebook", "Copy link", "Email", "Print"].join("\n"), n)],
    ["page-shaped text", (n) => syntheticText(n, 11)],
    // Tens of thousands of story blocks: each becomes an article (a copy per block made this quadratic).
    ["related-story blocks", (n) => {
      const blocks: string[] = ["Related Articles"];
      for (let i = 0, size = 17; size < n; i++) {
        const b = `Coast Radio\n${(i % 50) + 1} minutes ago\nLighthouse story ${i}`;
        blocks.push(b);
        size += b.length + 1;
      }
      return blocks.join("\n").slice(0, n);
    }],
    // Issue 12: a story flattened onto one line, with a gallery counter and a captioned credit in
    // every sentence (a slice and a filter per cut, every credit against every cut: 249 s at 1.6M).
    ["one-line story with captions", (n) => fill("The council said the vote passed. 1 The keepers pose beside the great lens Credit: Lumen ", n, TITLE)],
    // The same with inline boilerplate repeated through it (71 s at 1.6M).
    ["one-line story with inline boilerplate", (n) => fill("The vote passed. Share this article Read more Sign up for our newsletter More to follow ", n, TITLE)],
    ["one-line story with crossheads", (n) => fill("The vote passed on Sunday. WHAT HAPPENS NEXT The council will meet again soon. ", n, TITLE)],
    ["one-line story with counters before boilerplate", (n) => fill("12 Share this article 3 Read more ", n, TITLE)],
    ["many short lines", (n) => fill("a\n", n)],
    ["many blank lines", (n) => `${"\n".repeat(n - 60)}Harbour ferry vote\nThe council said the ferry would run.`],
    ["many blank CRLF lines", (n) => `${"\r\n".repeat(n / 2 - 30)}Harbour ferry vote\r\nThe council said the ferry would run.`],
    ["caption lines", (n) => lines("The keepers pose beside the great lens Credit: Lumen", n)],
    ["duplicated story", (n) => fill("Harbour town votes to keep its ferry\nThe council said the vote passed on Sunday after a long debate about money.\n", n)],
    ["digest items", (n) => fill("5 minutes ago\nFerry vote - Harbour Gazette\nThe council said on Sunday that the ferry would keep running.\n", n)],
    ["spaces and no-break spaces", (n) => fill("The \u00a0 vote  passed\u2003on\tSunday. ", n, TITLE)],
  ];
  it.each(shapes)("%s: work per character grows at most 1.3x from 100k to 400k characters", (_name, make) => {
    const input = make(100_000);
    expectValid(input, big.safeParse(input), ["empty_input"]);
    // A fresh parser each time: the rule cache a parser keeps across pages would help the second run.
    const parse = (text: string) => createArticleParser({ referenceTime: REFERENCE, maxInputLength: 25 * MB }).safeParse(text);
    const { small, large, ratio } = workGrowth(make, parse, 100_000, 4);
    expect(ratio, `100k: ${small.toFixed(1)} units/char, 400k: ${large.toFixed(1)} units/char`).toBeLessThan(1.3);
  });

  it("the work meter tells a quadratic step from a linear one", () => {
    // The step of the old gallery-counter finder (a slice of the line before each cut) against a scan.
    const cuts = (text: string) => [...text.matchAll(/Share/gu)].map((m) => m.index);
    const quadratic = (text: string) => cuts(text).map((at) => text.slice(0, at).trimEnd().length);
    const linear = (text: string) => cuts(text).map((at) => text.lastIndexOf(" ", at));
    const make = (n: number) => fill("12 Share this ", n);
    expect(workGrowth(make, quadratic, 20_000).ratio).toBeGreaterThan(3);
    expect(workGrowth(make, linear, 20_000).ratio).toBeLessThan(1.3);
    // Counting restores the built-ins, even when the code measured throws.
    const slice = String.prototype.slice;
    expect(() => measureWork(() => { throw new Error("boom"); })).toThrow("boom");
    expect(String.prototype.slice).toBe(slice);
  });
});

describe("adversarial inputs at the default limits", () => {
  it("5 MB on one line with no spaces", () => {
    const input = "abcdefghijklmnopqrstuvwxyz".repeat(200_000).slice(0, 5_000_000);
    const result = parser.safeParse(input);
    expectValid(input, result);
    expect(result.success).toBe(true);
  });

  it("100,000 `11 minutes ago` lines", () => {
    const input = "11 minutes ago\n".repeat(100_000);
    const result = parser.safeParse(input);
    expectValid(input, result);
    expect(result.success).toBe(true);
  });

  it("500,000 blank lines: empty alone, and the story still found among them", () => {
    const blank = "\n".repeat(500_000);
    const empty = parser.safeParse(blank);
    expect(empty.success).toBe(false);
    if (!empty.success) expect(empty.error.code).toBe("empty_input");
    const story = "Harbour ferry vote\nThe council said the ferry would run for ten more years after the vote on Sunday.";
    const input = `${"\n".repeat(250_000)}${story}${"\r\n".repeat(250_000)}`;
    const result = parser.safeParse(input);
    expectValid(input, result);
    expect(result.success && result.data[0]?.title).toBe("Harbour ferry vote");
  });

  it("deeply repeated `1 1 1 …`: 5 MB on one line, and 100,000 lines of them", () => {
    for (const input of ["1 ".repeat(2_500_000), "1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1\n".repeat(100_000), "1\n".repeat(1_000_000)]) {
      const result = parser.safeParse(input);
      expectValid(input, result);
      expect(result.success).toBe(true);
    }
  });

  it("a page of only share buttons: no story, every line removed as share", () => {
    const shareLines = ["Share", "Tweet", "Share on Facebook", "Share on X", "Copy link", "Email", "Print", "Facebook Twitter WhatsApp Email", "1.2K shares"];
    const input = Array.from({ length: 2_000 }, (_, i) => shareLines[i % shareLines.length]).join("\n");
    const page = parsePage(input);
    expect(page.articles).toEqual([]);
    expect(page.messages.map((m) => m.code)).toContain("no_main_story");
    expect(page.removed).toHaveLength(2_000);
    expect(new Set(page.removed.map((r) => r.kind))).toEqual(new Set(["share"]));
    expectValid(input, { success: true, data: page.articles, removed: page.removed, messages: page.messages });
  });

  it("inputs just under, at and over maxInputLength", () => {
    const atLimit = syntheticText(DEFAULT_MAX_INPUT_LENGTH, 5);
    expect(atLimit).toHaveLength(DEFAULT_MAX_INPUT_LENGTH);
    const at = parser.safeParse(atLimit);
    expectValid(atLimit, at);
    expect(at.success).toBe(true);
    const over = parser.safeParse(`${atLimit}x`);
    expect(over.success).toBe(false);
    if (!over.success) expect(over.error.code).toBe("input_too_large");
    const under = atLimit.slice(0, -1);
    expect(parser.safeParse(under).success).toBe(true);
    // A custom limit works the same way, and is checked before any work.
    const small = createArticleParser({ maxInputLength: 1_000 });
    const story = syntheticText(1_000, 6);
    expect(small.safeParse(story).success).toBe(true);
    const tooBig = small.safeParse(`${story} `);
    expect(tooBig.success).toBe(false);
    if (!tooBig.success) expect(tooBig.error.code).toBe("input_too_large");
  });
});

describe("layout shapes repeated to 1 MB stay valid", () => {
  const P = "The council said on Sunday that the ferry would keep running for ten more years after the vote.";
  /** Blocks made by `block(i)` until the text has `chars` characters. */
  function fill(chars: number, block: (i: number) => string): string {
    const out: string[] = [];
    for (let i = 0, size = 0; size < chars; i++) {
      const b = block(i);
      out.push(b);
      size += b.length + 1;
    }
    return out.join("\n").slice(0, chars);
  }
  const shapes: Array<[string, (i: number) => string]> = [
    ["numbered list under a story", (i) => (i === 0 ? `Ferry vote\n${P}\n` : "") + `${i + 1}. The keeper said the lamp would be repaired soon.`],
    ["stories with hashtag footers", (i) => `Ferry vote ${i}\n${P}\nHashtags\n#Ferry #Vote${i}`],
    ["titles and stamps", (i) => `Ferry vote number ${i}\n${(i % 50) + 1} minutes ago\n${P}`],
    ["captions with credits inside paragraphs", (i) => `${P} 1 The mayor at the harbour ${i} Credit: Reuters ${P}`],
    ["bylines", (i) => `By Jane Doe${i % 2 ? "" : " and John Roe"}\n${P}`],
    ["key points", (i) => `Ferry vote ${i}\nKey Points\nThe ferry runs.\nThe vote passed.\n${P}`],
    ["logo headers", (i) => `logo\nFerry vote ${i}\n\nFerry vote ${i}\nAxios${(i % 28) + 1}-03-2025\n${P}`],
    ["listing items", (i) => `Ferry vote ${i}\nFerry vote ${i}\n\nAxios\n\ntime${(i % 50) + 1} minutes ago\n\n  • Business\n  • Axios\n\nFerry vote ${i}\n\n${P} Copy the Story Link`],
    ["roundup items", (i) => `DEALS\nAdvertisement\nFerry vote ${i}\nThe ferry at dawn\nPhoto: Getty Images\n${P}\n— NEW YORK TIMES`],
    ["digest items", (i) => `${(i % 50) + 1} minutes ago\nFerry vote ${i} - Harbour Gazette\n${P}`],
    ["one paragraph repeated", () => P],
  ];
  it.each(shapes)("%s", (_name, block) => {
    const input = fill(MB, block);
    const result = parser.safeParse(input);
    expectValid(input, result);
    expect(result.success).toBe(true);
  });
});

describe("every rule's trigger repeated 10,000 times", () => {
  const compiled = compileRules(defaultRules);
  /** Lines that trigger pattern rules, by rule id, when the rule is known; others are found by trying these. */
  const SAMPLES = [
    "Share", "Share on Facebook", "Facebook Twitter WhatsApp Email", "1.2K shares", "Sign up for our daily newsletter",
    "Enter your email address", "Follow us on Instagram", "Download the Harbour News app", "Listen to our podcast",
    "© 2025 Example Media Ltd. All rights reserved.", "Copyright 2024 Harbour Press", "5 min read", "Comments", "12 Comments",
    "Leave a Reply", "Explore what Daily8 AI can do for you:", "Latest news with #Energy", "By Jane Doe", "Written by Jane Doe",
    "Senior reporter", "(Reporting by Jane Doe; Editing by John Roe)", "We use cookies to improve your experience",
    "Jane Doe/AFP via Getty Images", "Newsletter", "Thanks for signing up!", "More from Harbour Gazette", "Tags: Ferry, Harbour",
    "Click to share on X/Twitter (Opens in new window)", "Sign up for Harbour Gazette newsletter Sign up",
    "Follow us on X at @Gazette", "For the latest news on this story, keep checking back at Harbour Gazette, your home for news.",
    "This content is supplied by partners but has been subject to Gazette editorial review.",
    "This article originally appeared on Harbour Weekly.", "We may earn a commission when you buy through links on our site.",
    "mailto:?subject=Ferry&body=https://example.com/ferry", "More to follow...", "Copy the Story Link", "Key Points",
    "chevron_left Browse All Posts", "Cover image for the storyThe council said", "(Photo by Jane Doe/Harbour Press)", "The pier at dusk. | Buy Photo",
    "3 of 7 | The pier at dusk", "Buy Photo", ".icon-2{fill:#fff}", "window.dataLayer = window.dataLayer || [];", "%3Cdiv%20class%3D%22x%22%3E",
    "mailto:desk@example.com?subject=Ferry", "{{ headline }}", "View the full document", "Join our WhatsApp channel for the latest updates.",
    "Get our free morning newsletter in your inbox.",
    // The -intl families (src/rules/*: the same families in other languages).
    "Wir verwenden Cookies, um die Seite zu verbessern.", "이 웹사이트는 쿠키를 사용합니다.", "Komentarze (12)", "Czytaj też: Nowy prom", "Abonnieren Sie unseren Newsletter",
    "Dieser Artikel ist nur für Abonnenten.", "この記事は有料会員限定です。", "Hafenblatt – Alle Rechte vorbehalten", "版权所有 © 2025 海港日报",
    "Haftungsausschluss: Nur zur Information.", "免责声明：仅供参考。",
    "This page is for informational purposes only and does not constitute financial advice.",
    // Footers and author boxes under a story (legal, comments and bio families).
    "Harbour Press Ltd 2026 | all rights reserved.", "This material may not be published, broadcast, rewritten or redistributed.",
    "Your email address will not be published. Required fields are marked *", "Name *", "About the Author",
    "Ana Diaz is an Associate Professor of Marine Biology at Harbour University.", "Jeanne Martin est journaliste au Courrier du Port.",
    "Follow her on Bluesky", "View all posts by Jane Doe",
    "12 Comments on “Ferry timetable to change”", "Comments that are offensive will not be approved.",
    // Notices that read as prose (src/rules/notices.ts).
    "By submitting this form, you agree to our Privacy Policy.", "Mit dem Absenden des Formulars stimmen Sie der Verarbeitung zu.",
    "This article is not a substitute for medical advice.", "Dieser Beitrag ersetzt keine ärztliche Beratung.",
    "Functional cookies help us remember your choices.",
    "Registered office: 4 Quay Street, Port Marren.",
  ];
  const sourceOf = (r: Rule): string => (typeof r.pattern === "string" ? r.pattern : (r.pattern?.source ?? ""));

  /** A line that triggers the rule: one of its phrases, or a sample its pattern matches, or its pattern's words. */
  function trigger(rule: Rule): string {
    if (rule.phrases && rule.phrases.length > 0) return rule.phrases[0]!;
    const scope = rule.where?.scope ?? "line";
    const hit = SAMPLES.find((s) => (scope === "line" ? matchLine(compiled, s)?.rule.id === rule.id : matchInline(compiled, s).some((m) => m.rule.id === rule.id)));
    if (hit) return hit;
    // Unknown to this table: the pattern's literal words still make an adversarial line for it.
    return sourceOf(rule).replace(/\\[pPu]\{[^}]*\}|\\./gu, " ").replace(/[^\p{L}\p{N}' ]+/gu, " ").replace(/\s+/gu, " ").trim() || rule.id;
  }

  const cases = defaultRules.map((r) => [r.id, r] as const);
  it.each(cases)("%s", (_id, rule) => {
    const line = trigger(rule);
    const inline = (rule.where?.scope ?? "line") === "inline";
    // Line rules: the trigger on 10,000 lines. Inline rules: 10,000 triggers in one flattened story line.
    const story = "Harbour ferry vote\nThe council said on Sunday that the ferry would keep running for ten more years.\n";
    const input = inline ? `${story}${Array.from({ length: 10_000 }, () => line).join(" ")}` : `${story}${`${line}\n`.repeat(10_000)}`;
    const result = parser.safeParse(input);
    expectValid(input, result);
    expect(result.success).toBe(true);
  });

  it("knows a trigger for most rules (the table above is kept up to date)", () => {
    const triggered = defaultRules.filter((r) => {
      const line = trigger(r);
      const scope = r.where?.scope ?? "line";
      return scope === "line" ? matchLine(compiled, line) !== null : matchInline(compiled, line).length > 0;
    });
    expect(triggered.length / defaultRules.length).toBeGreaterThan(0.8);
  });
});

describe("time budget (timeBudgetMs)", () => {
  /** A page with one story and many related blocks, so assembly has work to cut short. */
  const page = [
    "Harbour ferry vote",
    "The council said on Sunday that the ferry would keep running for ten more years after a vote.",
    "The mayor said the result was clear and that the service would improve before the summer.",
    "Related Articles",
    ...Array.from({ length: 60 }, (_, i) => [`Coast Radio`, `${(i % 50) + 1} minutes ago`, `- Coast Radio`, `Lighthouse story number ${i}`, `The lighthouse keeper number ${i} said the lamp would be repaired by the end of the month, officials said.`].join("\n")),
  ].join("\n");

  /** A fake clock: every read advances it by `step` milliseconds. */
  function fakeClock(step: number, start = 0): () => number {
    let t = start;
    return () => (t += step);
  }

  it("is off by default: no message, full result", () => {
    const full = parsePage(page, { referenceTime: REFERENCE });
    expect(full.messages.map((m) => m.code)).not.toContain("time_budget_exceeded");
    expect(full.articles.length).toBeGreaterThan(30);
  });

  it("returns a partial, valid result with one time_budget_exceeded message when spent", () => {
    const full = parsePage(page, { referenceTime: REFERENCE });
    const partial = parsePage(page, { referenceTime: REFERENCE, timeBudgetMs: 20, now: fakeClock(1) });
    const budget = partial.messages.filter((m) => m.code === "time_budget_exceeded");
    expect(budget).toHaveLength(1);
    expect(budget[0]!.severity).toBe("warning");
    expect(partial.articles.length).toBeLessThan(full.articles.length);
    expect(partial.articles.length).toBeGreaterThan(0);
    // What was parsed is what the full parse gives for the same stories, in the same order.
    expect(partial.articles).toEqual(full.articles.slice(0, partial.articles.length));
    expectValid(page, { success: true, data: partial.articles, removed: partial.removed, messages: partial.messages });
  });

  it("is deterministic with the same clock", () => {
    const a = parsePage(page, { referenceTime: REFERENCE, timeBudgetMs: 20, now: fakeClock(1) });
    const b = parsePage(page, { referenceTime: REFERENCE, timeBudgetMs: 20, now: fakeClock(1) });
    expect(b).toEqual(a);
  });

  it("a clock already past the budget still returns at once, with the message", () => {
    let reads = 0;
    const now = () => (reads++ === 0 ? 0 : 1e9);
    const result = safeParseArticles(page, { referenceTime: REFERENCE, timeBudgetMs: 1, now });
    expectValid(page, result);
    expect(result.success).toBe(true);
    expect(result.messages.map((m) => m.code)).toContain("time_budget_exceeded");
    // The clock is read a bounded number of times, not once per character.
    expect(reads).toBeLessThan(page.length);
  });

  it("stops classifying a long page: the lines not read are one unparsed piece, nothing lost", () => {
    const long = syntheticText(1_000_000, 9);
    const lineCount = long.split("\n").length;
    const result = safeParseArticles(long, { referenceTime: REFERENCE, timeBudgetMs: 2, now: fakeClock(1) });
    expectValid(long, result);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.messages.filter((m) => m.code === "time_budget_exceeded")).toHaveLength(1);
    const unparsed = result.removed.filter((r) => r.kind === "unparsed");
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]!.ruleId).toBe("budget/unparsed");
    expect(unparsed[0]!.end).toBe(long.trimEnd().length);
    // Classification stopped within the first few hundred lines, not at the end of the page.
    const before = long.slice(0, unparsed[0]!.start).split("\n").length;
    expect(before).toBeLessThan(1_024);
    expect(before).toBeLessThan(lineCount / 4);
  });

  it("a generous budget changes nothing", () => {
    const full = parsePage(page, { referenceTime: REFERENCE });
    const roomy = parsePage(page, { referenceTime: REFERENCE, timeBudgetMs: 1e6, now: fakeClock(1) });
    expect(roomy).toEqual(full);
  });

  /** A clock that counts its reads and advances one millisecond per read. */
  function countingClock(): { now: () => number; reads: () => number } {
    let t = 0;
    return { now: () => ++t, reads: () => t };
  }

  it("a one-line story with thousands of captions stops inside the inline cleanup and says so (issue 12)", () => {
    const input = `Harbour town votes to keep its ferry\n${"The council said the vote passed. 1 The keepers pose beside the great lens Credit: Lumen ".repeat(20_000)}`;
    const full = parser.safeParse(input);
    const clock = countingClock();
    // The clock advances a millisecond a read: the inline rules' pre-filter and rules read it about
    // ten times on this line, so a budget of 10 runs out in the detectors after them.
    const cut = safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: 10, now: clock.now });
    expectValid(input, cut);
    if (!full.success || !cut.success) return expect.fail("both parses succeed");
    expect(cut.messages.filter((m) => m.code === "time_budget_exceeded")).toHaveLength(1);
    // The line was only partly cleaned: fewer captions taken out, the rest kept as text.
    expect(cut.data[0]!.captions.length).toBeGreaterThan(0);
    expect(cut.data[0]!.captions.length).toBeLessThan(full.data[0]!.captions.length);
    // Read as the detectors go, not once per caption.
    expect(clock.reads()).toBeLessThan(100);
  });

  it("inline boilerplate repeated on one line: the cleanup reads the budget and stops", () => {
    const input = `Harbour town votes to keep its ferry\n${"The vote passed. Share this article Read more Sign up for our newsletter More to follow ".repeat(20_000)}`;
    const clock = countingClock();
    const cut = safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: 2, now: clock.now });
    expectValid(input, cut);
    expect(cut.messages.map((m) => m.code)).toContain("time_budget_exceeded");
    expect(clock.reads()).toBeLessThan(100);
  });

  it("two million blank lines: the budget is read within the first stages, the story after them is one unparsed piece", () => {
    const story = "Harbour ferry vote\nThe council said the ferry would run for ten more years after the vote on Sunday.";
    const input = `${"\n".repeat(2_000_000)}${story}\n\n`;
    const clock = countingClock();
    const cut = safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: 3, now: clock.now });
    expectValid(input, cut);
    if (!cut.success) return expect.fail("the parse succeeds");
    expect(cut.messages.filter((m) => m.code === "time_budget_exceeded")).toHaveLength(1);
    expect(cut.removed.filter((r) => r.kind === "unparsed").map((r) => r.text)).toEqual([story]);
    // Segmentation keeps 1,024 of the blank lines (MAX_EMPTY_RUN), so the clock is read a handful
    // of times in all (not once per 4,096 of 2 million lines) before the budget of 3 reads is spent.
    expect(clock.reads()).toBeLessThan(10);
  });

  it("the same with CRLF line ends", () => {
    const story = "Harbour ferry vote\r\nThe council said the ferry would run for ten more years after the vote on Sunday.";
    const input = `${"\r\n".repeat(300_000)}${story}`;
    const cut = safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: 3, now: countingClock().now });
    expectValid(input, cut);
    if (!cut.success) return expect.fail("the parse succeeds");
    expect(cut.removed.filter((r) => r.kind === "unparsed").map((r) => r.text)).toEqual([story]);
  });

  it("stops normalising many short lines at the budget", () => {
    const input = `${"a b  c\u00a0d\n".repeat(100_000)}`;
    // Segmentation reads the clock every 4,096 lines (25 reads for 100,000); the budget ends during normalisation.
    const cut = safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: 30, now: countingClock().now });
    expectValid(input, cut);
    if (!cut.success) return expect.fail("the parse succeeds");
    expect(cut.messages.map((m) => m.code)).toContain("time_budget_exceeded");
    const unparsed = cut.removed.filter((r) => r.kind === "unparsed");
    expect(unparsed).toHaveLength(1);
    expect(unparsed[0]!.end).toBe(input.trimEnd().length);
  });

  it("a result is complete or says it is not: every budget on every shape", () => {
    const P = "The council said on Sunday that the ferry would keep running for ten more years after the vote.";
    const inputs = [
      page,
      `Ferry vote\n${`${P} 1 The mayor Credit: Reuters Share this article `.repeat(3_000)}`,
      `${"\n".repeat(20_000)}Ferry vote\n${P}\n${"Share\n".repeat(20_000)}`,
      syntheticText(300_000, 4),
    ];
    for (const input of inputs) {
      const full = safeParseArticles(input, { referenceTime: REFERENCE });
      for (const budget of [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]) {
        const cut = safeParseArticles(input, { referenceTime: REFERENCE, timeBudgetMs: budget, now: countingClock().now });
        expectValid(input, cut);
        const said = cut.messages.some((m) => m.code === "time_budget_exceeded");
        if (!said) expect(cut, `budget ${budget} on input of ${input.length}`).toEqual(full);
      }
    }
  });

  it("rejects a non-positive budget as invalid_options", () => {
    for (const timeBudgetMs of [0, -5, Number.NaN]) {
      const result = safeParseArticles(page, { timeBudgetMs });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.code).toBe("invalid_options");
    }
  });
});

describe("options that could lose a page (issue 12)", () => {
  const STAMPED = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.";

  it("refuses a referenceTime outside the years 0001 to 9999 with invalid_options, when the parser is made and per page", () => {
    for (const referenceTime of ["0000-01-01T00:00:00Z", new Date(8.64e15), new Date(-8.64e15), "-000001-06-01T00:00:00Z", "+010000-01-01T00:00:00Z"]) {
      const result = safeParseArticles(STAMPED, { referenceTime });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.error.code).toBe("invalid_options");
        expect(result.error.message).toMatch(/referenceTime.*outside the years 0001 to 9999/u);
      }
      expect(() => createArticleParser().parse(STAMPED, { referenceTime })).toThrow(/outside the years/u);
    }
    // A Date changed after the parser was made is checked again on the page.
    const date = new Date("2025-08-14T18:00:00Z");
    const later = createArticleParser({ referenceTime: date });
    date.setTime(8.64e15);
    const changed = later.safeParse(STAMPED);
    expect(!changed.success && changed.error.code).toBe("invalid_options");
  });

  it("accepts the edges of the range, and a stamp that resolves before year 0 gets publishedAt null with a message", () => {
    const first = parsePage(STAMPED, { referenceTime: "0001-01-01T00:00:00Z" });
    expect(first.articles[0]!.publishedAt).toBe("0000-12-31T23:49:00.000Z");
    expect(parsePage(STAMPED, { referenceTime: "9999-12-31T23:59:59Z" }).articles[0]!.publishedAt).toBe("9999-12-31T23:48:00.000Z");
    const far = parsePage(STAMPED.replace("11 minutes ago", "200 years ago"), { referenceTime: "0050-01-01T00:00:00Z" });
    expect(far.articles).toHaveLength(1);
    expect(far.articles[0]!.publishedAt).toBeNull();
    expect(far.articles[0]!.timestamp?.raw).toBe("200 years ago");
    expect(far.messages.map((m) => m.code)).toEqual(["unresolved_timestamp"]);
    expect(far.messages[0]!.message).toMatch(/outside the years 0000 to 9999/u);
  });

  it("a now clock that throws fails with option_callback_failed and keeps the cause", () => {
    const broken = new Error("clock broke");
    const result = safeParseArticles(STAMPED, { timeBudgetMs: 50, now: () => { throw broken; } });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("option_callback_failed");
    expect(result.error.message).toBe("options.now threw: clock broke");
    expect(result.error.cause).toBe(broken);
    expect(result.messages.map((m) => m.code)).toEqual(["option_callback_failed"]);
    expect(() => parsePage(STAMPED, { timeBudgetMs: 50, now: () => { throw broken; } })).toThrow(expect.objectContaining({ name: "ArticleParseError", code: "option_callback_failed" }));
    // A clock that throws later, in the middle of a stage, is reported the same way.
    let reads = 0;
    const late = safeParseArticles(syntheticText(200_000, 3), { timeBudgetMs: 1e9, now: () => (++reads > 3 ? Number.NaN : reads) });
    expect(!late.success && late.error.code).toBe("option_callback_failed");
    expect(!late.success && late.error.message).toMatch(/options\.now returned NaN/u);
  });

  it("a clock that is never read (no budget) cannot fail the page", () => {
    const result = safeParseArticles(STAMPED, { referenceTime: REFERENCE, now: () => { throw new Error("unused"); } });
    expect(result.success).toBe(true);
  });
});
