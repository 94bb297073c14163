/**
 * Properties of the whole parser, checked with fast-check on generated input: 10,000 runs each
 * with a fixed seed (fast-check prints the seed, the path and the shrunk counterexample on failure;
 * replay one with `{ seed, path }`). Inputs are page-shaped text (titles, paragraphs of invented
 * sentences, timestamps, source lines, boilerplate lines and inline furniture, related blocks,
 * messy whitespace) as well as arbitrary values and strings.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ArticleSchema,
  ParseMessageSchema,
  RemovedSchema,
  createArticleParser,
  defaultRules,
  safeParseArticles,
  type Article,
  type ParseMessage,
  type Removed,
  type SafeParseResult,
} from "../src/index.js";
import { compileRules, matchLine } from "../src/rules/rule.js";

const SEED = 20251127;
const RUNS = 10_000;
const REFERENCE = "2025-08-14T18:00:00Z";
const parser = createArticleParser({ referenceTime: REFERENCE });

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/**
 * Function words: prose is about 40% of them, and the main-story finder checks for it. Not "by":
 * a sentence opening with "By" reads as a byline, which is not a paragraph.
 */
const STOP_WORDS = ["the", "a", "of", "to", "and", "in", "on", "for", "with", "that", "it", "was", "at", "from", "la", "le", "et", "في"];
const CONTENT_WORDS = [
  "harbour", "council", "ferry", "vote", "minister", "residents", "river", "bridge", "festival", "market",
  "police", "school", "hospital", "weather", "storm", "team", "season", "report", "budget", "plan",
  "city", "village", "museum", "airport", "train", "strike", "union", "talks", "deal", "court",
  "election", "mayor", "farmers", "boats", "coast", "island", "road", "traffic", "said", "would",
  "after", "before", "during", "their", "about", "new", "local", "week", "year", "Monday",
  "Sunday", "two", "three", "10", "2025", "per", "cent", "officials",
  "U.S.", "J.", "Smith", "café", "naïve", "Zürich", "ville", "المدينة", "مجلس", "город", "東京", "서울",
];
const SOURCES = ["Harbour Gazette", "NBC Sports", "News24", "Axios", "Le Monde", "Coast Radio", "الجزيرة"];
const STAMPS = [
  "11 minutes ago", "an hour ago", "18 hours ago", "2 days ago", "just now", "yesterday", "19-07-2025",
  "June 20, 2025", "Posted June 20, 2025 5:04 pm", "Published on 13 June 2025 | 8:46 pm", "2022-04-07 14:57",
  "Thu, 14 Aug 2025 10:32:00 GMT", "il y a 5 minutes", "منذ 21 ساعات", "٠٩-٠٦-٢٠٢٥", "time32 minutes ago",
  "timean hour ago", "Updated 5 mins ago",
];
const INLINE_FURNITURE = [
  "Click to share on X/Twitter (Opens in new window)",
  "Click to share on Facebook (Opens in new window)",
  "Sign up for Harbour Gazette newsletter Sign up",
  "More to follow...",
  "Follow us on X at @Gazette",
  "This article originally appeared on Harbour Weekly.",
  "1 The mayor at the harbour on Monday Credit: Reuters",
  "The new bridge at dawn Photo: Getty Images",
];
/** Sample lines for line patterns (phrases are taken from the rules themselves). */
const PATTERN_LINES = [
  "Share", "Tweet", "Sign up for our daily newsletter", "Subscribe", "Enter your email address", "Follow us on Instagram",
  "Share on Facebook", "Copy link", "Facebook Twitter WhatsApp Email", "1.2K shares", "356 Views", "5 min read",
  "Download the Harbour News app", "Listen to our podcast", "© 2025 Example Media Ltd. All rights reserved.",
  "Explore what Daily8 AI can do for you:", "12 Comments", "Leave a Reply", "By Jane Doe",
];

const compiled = compileRules(defaultRules);
/** Every line the default rules treat as boilerplate: phrases of line rules, and the pattern samples that match. */
const BOILERPLATE = [
  ...defaultRules.filter((r) => (r.where?.scope ?? "line") === "line").flatMap((r) => r.phrases ?? []),
  ...PATTERN_LINES,
].filter((line) => matchLine(compiled, line) !== null);
/**
 * Boilerplate seen between the paragraphs of a story (ads, share bars, newsletter and follow
 * prompts, promos) that does not close it (no end-of-story or related-header signal). Site chrome
 * such as `logo` is left out: it marks page layouts, not the inside of a story.
 */
const BETWEEN_KINDS = new Set(["ad", "share", "newsletter", "follow", "promo"]);
const QUIET_BOILERPLATE = BOILERPLATE.filter((line) => {
  const rule = matchLine(compiled, line)?.rule;
  return rule !== undefined && rule.signal === undefined && BETWEEN_KINDS.has(rule.kind);
});

const joiner = fc.constantFrom(" ", " ", " ", " ", " ", " ", " ", " ", "  ", "\u00a0", "\t", " \u200b");
const stopWord = fc.constantFrom(...STOP_WORDS);
const contentWord = fc.constantFrom(...CONTENT_WORDS);
/** Words joined by random spaces (tabs, NBSP, double spaces, zero-width spaces now and then). */
const joined = (ws: readonly (readonly [string, string])[]): string => ws.map(([w, j], i) => (i === ws.length - 1 ? w : w + j)).join("");
const words = (min: number, max: number) => fc.array(fc.tuple(contentWord, joiner), { minLength: min, maxLength: max }).map(joined);
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
/** A sentence of 8 to 28 words that reads as prose: function and content words in turn. */
const sentence = fc
  .array(fc.tuple(stopWord, joiner, contentWord, joiner), { minLength: 4, maxLength: 14 })
  .map((pairs) => `${capital(joined(pairs.flatMap(([s, j1, c, j2]) => [[s, j1], [c, j2]] as const)))}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));
const title = words(3, 12).map(capital);
const stamp = fc.constantFrom(...STAMPS);
const source = fc.constantFrom(...SOURCES);
/** A stamp line under a headline: alone, or glued to its source as Daily8 prints it (`Le Monde18 hours ago`). */
const headerStamp = fc.oneof(stamp, fc.tuple(source, stamp).map(([s, t]) => `${s}${t}`));
const boilerplate = fc.constantFrom(...BOILERPLATE);
const furnishedParagraph = fc
  .tuple(sentence, fc.constantFrom(...INLINE_FURNITURE), sentence)
  .map(([a, f, b]) => `${a} ${f} ${b}`);
const relatedBlock = fc
  .tuple(source, stamp, fc.boolean(), title, paragraph)
  .map(([src, ts, glued, t, body]) => (glued ? [`${src}${ts}`, `- ${src}`, t, body] : [src, ts, `- ${src}`, t, body]).join("\n"));
const junk = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);
const line = fc.oneof(
  { arbitrary: paragraph, weight: 5 },
  { arbitrary: title, weight: 3 },
  { arbitrary: boilerplate, weight: 3 },
  { arbitrary: stamp, weight: 1 },
  { arbitrary: source, weight: 1 },
  { arbitrary: source.map((s) => `- ${s}`), weight: 1 },
  { arbitrary: relatedBlock, weight: 1 },
  { arbitrary: furnishedParagraph, weight: 2 },
  { arbitrary: fc.constantFrom("", " ", "\u00a0", "#", "Hashtags", "#Energy #Oil", "Related Articles", "Comments"), weight: 1 },
  { arbitrary: junk, weight: 1 },
);
const gap = fc.constantFrom("\n", "\n", "\n", "\n\n", "\n \n", "\n\n\n");

/** Joins lines with random blank-line gaps. */
const joinLines = (lines: readonly string[], gaps: readonly string[]): string => lines.map((l, i) => (i === 0 ? l : (gaps[i % gaps.length] ?? "\n") + l)).join("");

/** A story-shaped page: chrome, title, optional stamp, paragraphs with boilerplate between, a footer. */
const storyPage = fc
  .record({
    nav: fc.array(boilerplate, { maxLength: 4 }),
    title,
    stamp: fc.option(headerStamp, { nil: undefined }),
    paragraphs: fc.array(fc.oneof({ arbitrary: paragraph, weight: 4 }, { arbitrary: furnishedParagraph, weight: 1 }), { minLength: 1, maxLength: 6 }),
    between: fc.array(fc.option(boilerplate, { nil: undefined, freq: 3 }), { maxLength: 6 }),
    footer: fc.array(line, { maxLength: 8 }),
    gaps: fc.array(gap, { minLength: 1, maxLength: 8 }),
  })
  .map((p) => {
    const body = p.paragraphs.flatMap((para, i) => (i > 0 && p.between[i] !== undefined ? [p.between[i]!, para] : [para]));
    return joinLines([...p.nav, p.title, ...(p.stamp ? [p.stamp] : []), ...body, ...p.footer], p.gaps);
  });
/** Any sequence of page-like lines. */
const loosePage = fc.tuple(fc.array(line, { minLength: 1, maxLength: 25 }), fc.array(gap, { minLength: 1, maxLength: 8 })).map(([ls, gs]) => joinLines(ls, gs));
/** Page-shaped text (with no carriage returns, so line-break variants can be made from it). */
const pageText = fc.oneof(storyPage, loosePage).map((s) => s.replace(/\r\n?/gu, "\n"));

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), maxLength: 40 });
const loneSurrogates = fc.string({
  unit: fc.oneof(fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), fc.constantFrom("a", " ", "\n", "é")),
  maxLength: 40,
});
const mixedScripts = fc.string({
  unit: fc.constantFrom(..."aZ9 .,-\n\t\u00a0\u200b\u00ad\ufeffé\u0301ßİıſ" + "αΣя中日한ا٣٠ب\u064b\u200d\u202e" + "👍🏽👨‍👩‍👧🇫🇷"),
  maxLength: 60,
});
/** Arbitrary strings of every kind. */
const anyString = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.string({ unit: "grapheme-composite", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  controlChars,
  loneSurrogates,
  mixedScripts,
  pageText,
);

// ---------------------------------------------------------------------------------------------
// Checks
// ---------------------------------------------------------------------------------------------

const ArticlesSchema = ArticleSchema.array();

/** Parses with the shared parser; a string input must never fail for a reason other than empty or too large. */
function parseOk(input: string): Extract<SafeParseResult, { success: true }> | null {
  const result = parser.safeParse(input);
  if (!result.success) {
    expect(["empty_input", "input_too_large"]).toContain(result.error.code);
    return null;
  }
  return result;
}

/**
 * Characters that need not be accounted for: whitespace, and the invisible characters the
 * normaliser drops by design (zero-width space and joiners, word joiner, BOM, soft hyphen).
 */
const IGNORABLE = /[\s\u200b-\u200d\u2060\ufeff\u00ad]/u;

/** Article keys that hold no input text of their own (derived, structural or offsets). */
const NOT_TEXT = new Set(["role", "truncated", "publishedAt", "body", "removed", "span", "kind", "precision", "iso"]);

/**
 * Pays for every string an article holds: title, source, timestamp.raw, kicker, byline,
 * paragraphs, key points, caption text and credit, hashtags (with their `#`), categories, and any
 * text field added later. Derived and structural fields (`body`, `role`, `publishedAt`, the
 * timestamp's `kind` and `precision`) are skipped.
 */
function payFields(value: Record<string, unknown>, pay: (s: string) => void): void {
  for (const [key, v] of Object.entries(value)) {
    if (NOT_TEXT.has(key) || v === null || v === undefined) continue;
    if (key === "hashtags" && Array.isArray(v)) v.forEach((h) => pay(`#${String(h)}`));
    else if (typeof v === "string") pay(v);
    else if (Array.isArray(v)) v.forEach((x) => (typeof x === "string" ? pay(x) : typeof x === "object" && x !== null && payFields(x as Record<string, unknown>, pay)));
    else if (typeof v === "object") payFields(v as Record<string, unknown>, pay);
  }
}

/**
 * "Nothing lost", made precise. Every removed entry (article-level and page-level) covers its
 * `[start, end)` range of the input. Every other character of the input that is not ignorable
 * must be paid for by a character of an article's text fields (see {@link payFields}). Fields are
 * normalised (spaces collapsed, pieces joined) so they are matched as a multiset of UTF-16 code
 * units rather than by position. Returns the offsets of the characters nothing accounts for.
 */
function lostOffsets(input: string, articles: readonly Article[], pageRemoved: readonly Removed[]): number[] {
  const covered = new Uint8Array(input.length);
  const cover = (r: Removed): void => void covered.fill(1, r.start, r.end);
  pageRemoved.forEach(cover);
  const budget = new Map<string, number>();
  const pay = (s: string): void => {
    for (let i = 0; i < s.length; i++) budget.set(s[i]!, (budget.get(s[i]!) ?? 0) + 1);
  };
  for (const a of articles) {
    a.removed.forEach(cover);
    payFields(a as unknown as Record<string, unknown>, pay);
  }
  const lost: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (covered[i] || IGNORABLE.test(ch)) continue;
    const n = budget.get(ch) ?? 0;
    if (n > 0) budget.set(ch, n - 1);
    else lost.push(i);
  }
  return lost;
}

/** Shows where the first lost character sits, for a readable failure. */
function describeLoss(input: string, lost: readonly number[]): string {
  const at = lost[0]!;
  return `${lost.length} character(s) lost, first at ${at}: ${JSON.stringify(input.slice(Math.max(0, at - 30), at))} >>${JSON.stringify(input[at])}<< ${JSON.stringify(input.slice(at + 1, at + 30))}`;
}

/** Everything in a result except input offsets, for comparing parses of line-break variants. */
function withoutOffsets(r: Extract<SafeParseResult, { success: true }>): unknown {
  const removed = (x: Removed) => ({ kind: x.kind, ruleId: x.ruleId, text: x.text });
  return {
    articles: r.data.map(({ span: _span, removed: rem, ...rest }) => ({ ...rest, removed: rem.map(removed) })),
    removed: r.removed.map(removed),
    messages: r.messages.map(({ span: _span, ...rest }: ParseMessage) => rest),
  };
}

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

describe("safeParseArticles never throws", () => {
  it("on any value, with any options", () => {
    fc.assert(
      fc.property(fc.anything(), fc.option(fc.anything(), { nil: undefined }), (input, options) => {
        const result = safeParseArticles(input, options as never);
        expect(typeof result.success).toBe("boolean");
        if (typeof input !== "string") expect(result.success).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("on any string (graphemes, mixed scripts, control characters, lone surrogates, pages)", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = safeParseArticles(input, { referenceTime: REFERENCE });
        if (!result.success) expect(["empty_input", "input_too_large"]).toContain(result.error.code);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("every success is valid and traceable", () => {
  it("validates with ArticleSchema; removed entries slice back; spans lie within the input", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseOk(input);
        if (!result) return;
        expect(ArticlesSchema.safeParse(result.data).success).toBe(true);
        expect(RemovedSchema.array().safeParse(result.removed).success).toBe(true);
        expect(result.messages.every((m) => ParseMessageSchema.safeParse(m).success)).toBe(true);
        for (const r of [...result.removed, ...result.data.flatMap((a) => a.removed)]) {
          expect(r.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(r.start, r.end)).toBe(r.text);
          expect(r.text.trim()).not.toBe("");
        }
        for (const a of result.data) {
          expect(a.span.start).toBeLessThanOrEqual(a.span.end);
          expect(a.span.end).toBeLessThanOrEqual(input.length);
          expect(a.body).toBe(a.paragraphs.join("\n\n"));
          expect(input.slice(a.span.start, a.span.end).trim()).not.toBe("");
        }
        // At most one main story, and it comes first.
        const mains = result.data.filter((a) => a.role === "main").length;
        expect(mains).toBeLessThanOrEqual(1);
        if (mains === 1) expect(result.data[0]!.role).toBe("main");
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("nothing is lost", () => {
  it("every non-whitespace character is in an article field or a removed entry (page-shaped text)", () => {
    fc.assert(
      fc.property(pageText, (input) => {
        const result = parseOk(input);
        if (!result) return;
        const lost = lostOffsets(input, result.data, result.removed);
        if (lost.length > 0) expect.fail(describeLoss(input, lost));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it("every non-whitespace character is in an article field or a removed entry (arbitrary strings)", () => {
    fc.assert(
      fc.property(anyString, (input) => {
        const result = parseOk(input);
        if (!result) return;
        const lost = lostOffsets(input, result.data, result.removed);
        if (lost.length > 0) expect.fail(describeLoss(input, lost));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("line breaks", () => {
  /** Offset in the CRLF variant of offset `i` of the LF text: one extra code unit per earlier line break. */
  function crlfOffset(lf: string, i: number): number {
    let n = 0;
    for (let k = 0; k < i; k++) if (lf.charCodeAt(k) === 10) n++;
    return i + n;
  }

  it("CRLF, CR and LF give the same articles (offsets mapped)", () => {
    fc.assert(
      fc.property(pageText, (lf) => {
        const a = parseOk(lf);
        const crlf = lf.replace(/\n/gu, "\r\n");
        const cr = lf.replace(/\n/gu, "\r");
        const b = parseOk(crlf);
        const c = parseOk(cr);
        expect(b === null).toBe(a === null);
        expect(c === null).toBe(a === null);
        if (!a || !b || !c) return;
        expect(withoutOffsets(b)).toEqual(withoutOffsets(a));
        expect(withoutOffsets(c)).toEqual(withoutOffsets(a));
        // CR-only text has the same offsets as LF; CRLF offsets shift by one per earlier line break.
        expect(c.data.map((x) => x.span)).toEqual(a.data.map((x) => x.span));
        expect(c.removed).toEqual(a.removed);
        const mapped = a.removed.map((r) => ({ ...r, start: crlfOffset(lf, r.start), end: crlfOffset(lf, r.end) }));
        expect(b.removed).toEqual(mapped);
        expect(b.data.map((x) => x.span)).toEqual(a.data.map((x) => ({ start: crlfOffset(lf, x.span.start), end: crlfOffset(lf, x.span.end) })));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("determinism", () => {
  it("the same input and options always give the same output, from any parser", () => {
    const other = createArticleParser({ referenceTime: new Date(REFERENCE) });
    fc.assert(
      fc.property(anyString, (input) => {
        const first = parser.safeParse(input);
        const again = parser.safeParse(input);
        const fresh = other.safeParse(input);
        expect(again).toEqual(first);
        expect(fresh).toEqual(first);
        expect(safeParseArticles(input, { referenceTime: REFERENCE })).toEqual(first);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});

describe("boilerplate between paragraphs", () => {
  const story = fc.record({
    title,
    stamp: fc.option(stamp, { nil: undefined }),
    paragraphs: fc.array(paragraph, { minLength: 2, maxLength: 6 }),
    inserts: fc.array(fc.array(fc.constantFrom(...QUIET_BOILERPLATE), { maxLength: 3 }), { minLength: 6, maxLength: 6 }),
    gaps: fc.array(gap, { minLength: 1, maxLength: 4 }),
  });

  it("has quiet boilerplate to insert", () => {
    expect(QUIET_BOILERPLATE).toEqual(expect.arrayContaining(["Share", "Advertisement", "Sign up for our daily newsletter"]));
  });

  it("inserting known boilerplate lines between paragraphs leaves the bodies unchanged", () => {
    fc.assert(
      fc.property(story, (s) => {
        const head = [s.title, ...(s.stamp ? [s.stamp] : [])];
        const plain = joinLines([...head, ...s.paragraphs], s.gaps);
        const noisy = joinLines([...head, ...s.paragraphs.flatMap((p, i) => (i === 0 ? [p] : [...s.inserts[i]!, p]))], s.gaps);
        const a = parseOk(plain);
        const b = parseOk(noisy);
        expect(a).not.toBeNull();
        expect(b).not.toBeNull();
        expect(b!.data.map((x) => x.body)).toEqual(a!.data.map((x) => x.body));
        expect(b!.data.map((x) => x.title)).toEqual(a!.data.map((x) => x.title));
        // And the inserted lines are accounted for as removed.
        const insertedCount = s.inserts.slice(1, s.paragraphs.length).reduce((n, xs) => n + xs.length, 0);
        const removedCount = [...b!.removed, ...b!.data.flatMap((x) => x.removed)].length - [...a!.removed, ...a!.data.flatMap((x) => x.removed)].length;
        expect(removedCount).toBe(insertedCount);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });
});
