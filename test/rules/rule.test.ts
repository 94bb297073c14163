import { describe, expect, it } from "vitest";
import { defaultRules } from "../../src/rules/index.js";
import { re2Engine } from "../../src/re2.js";
import { compileRules, literalAlternation, markVettedPatterns, matchInline, matchLine, RuleError } from "../../src/rules/rule.js";

describe("compileRules", () => {
  it("compiles the built-in rules", () => {
    const compiled = compileRules(defaultRules);
    expect(compiled.linePhrases.size).toBeGreaterThan(50);
  });

  it("rejects duplicate ids, missing kinds, invalid patterns and rules with nothing to match", () => {
    expect(() => compileRules([{ id: "a/b", kind: "x", phrases: ["p"] }, { id: "a/b", kind: "x", phrases: ["q"] }])).toThrow(RuleError);
    expect(() => compileRules([{ id: "a/b", kind: "", phrases: ["p"] }])).toThrow(/rule a\/b: kind must be a non-empty string/);
    expect(() => compileRules([{ id: "a/b", kind: "x", pattern: "(" }], { trustPatterns: true })).toThrow(/invalid pattern/);
    expect(() => compileRules([{ id: "a/b", kind: "x", pattern: "(" }], { engine: re2Engine })).toThrow(/RE2 engine cannot run/);
    expect(() => compileRules([{ id: "a/b", kind: "x" }])).toThrow(/rule a\/b: needs phrases or a pattern/);
  });

  it("runs only the vetted default patterns natively: any other pattern needs the engine", () => {
    const pattern = defaultRules.find((r) => typeof r.pattern === "string")!;
    expect(compileRules([pattern]).linePatterns[0]!.regex).toBeInstanceOf(RegExp);
    // A default rule whose pattern a user changed is a new pattern: refused without an engine, run on it with one.
    const edited = { id: pattern.id, kind: pattern.kind, pattern: `${String(pattern.pattern)}|^(a+)+$` };
    expect(() => compileRules([edited])).toThrow(/pattern of its own.*news-text-parser\/re2/);
    const onEngine = compileRules([edited], { engine: re2Engine }).linePatterns[0]!;
    expect(onEngine.regex).toBeNull();
    expect(onEngine.matcher!.test("a".repeat(60) + "!")).toBe(false);
    expect(matchLine(compileRules([edited], { engine: re2Engine }), "aaaa")?.rule.id).toBe(pattern.id);
    // Vetting is by source and flags: a vetted source compiled with other flags is the user's.
    // (This marks a pattern in this test file's module instance only.)
    markVettedPatterns([{ id: "t/vetted", kind: "t", pattern: "^(?:x|y)z$", where: { caseSensitive: true } }]);
    expect(compileRules([{ id: "t/vetted", kind: "t", pattern: "^(?:x|y)z$", where: { caseSensitive: true } }]).linePatterns[0]!.regex).toBeInstanceOf(RegExp);
    expect(() => compileRules([{ id: "t/vetted", kind: "t", pattern: "^(?:x|y)z$" }])).toThrow(/pattern of its own/);
  });
});

describe("matchLine and matchInline", () => {
  const compiled = compileRules(
    [
      { id: "t/phrase", kind: "t", phrases: ["Read More"] },
      { id: "t/pattern", kind: "t", pattern: "^\\d+ comments$", where: { maxLength: 20 } },
      { id: "t/inline", kind: "i", phrases: ["More to follow..."], where: { scope: "inline" } },
    ],
    { trustPatterns: true },
  );

  it("matches phrases case-insensitively with whitespace collapsed", () => {
    expect(matchLine(compiled, "read   more")?.rule.id).toBe("t/phrase");
    expect(matchLine(compiled, "Read more about the ferry strike")).toBeNull();
  });

  it("respects maxLength", () => {
    expect(matchLine(compiled, "12 comments")?.rule.id).toBe("t/pattern");
    expect(matchLine(compiled, "123456789012345678 comments")).toBeNull();
  });

  it("finds inline phrases on word boundaries only", () => {
    const text = "The talks ended. More to follow... Readers said more to followers.";
    const found = matchInline(compiled, text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("More to follow...");
  });

  it("tries an inline pattern only where one of its anyOf words occurs, screened or not", () => {
    const gated = compileRules([
      { id: "t/fares", kind: "i", pattern: "ferry \\d+", where: { scope: "inline", anyOf: ["timetable", "fare zone"] } },
      { id: "t/harbour", kind: "i", pattern: "harbour", where: { scope: "inline" } },
    ], { trustPatterns: true });
    expect(gated.inline.every((c) => c.screen >= 0)).toBe(true); // the two share a pre-screen
    const ids = (text: string) => matchInline(gated, text).map((m) => `${m.rule.id}:${text.slice(m.start, m.end)}`);
    expect(ids("Ferry 12 leaves the harbour")).toEqual(["t/harbour:harbour"]);
    expect(ids("TIMETABLE: Ferry 12 leaves the harbour")).toEqual(["t/fares:Ferry 12", "t/harbour:harbour"]);
    // Words are matched in the folded text (lower case, whitespace collapsed), as for line rules.
    expect(ids("Fare   Zone 3, ferry 7")).toEqual(["t/fares:ferry 7"]);
  });
});

describe("literalAlternation", () => {
  it("escapes phrases (hyphens included, which the u flag rejects as \\-) and puts the longest first", () => {
    const re = new RegExp(`^(?:${literalAlternation(["Photo", "Photo credit", "pre-order (now)", "a.b"])})$`, "u");
    expect(re.test("pre-order (now)")).toBe(true);
    expect(re.test("a.b")).toBe(true);
    expect(re.test("axb")).toBe(false);
    expect(literalAlternation(["Photo", "Photo credit"]).startsWith("Photo credit")).toBe(true);
  });
});

describe("matchLine's phrase-length skip", () => {
  it("relies on lower-casing never shortening a string (every code point)", () => {
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase().length < ch.length) expect.fail(`U+${cp.toString(16)} gets shorter when lower-cased`);
    }
    // Context-dependent mappings (final sigma) keep the length too.
    expect("ΟΔΟΣ".toLowerCase()).toHaveLength(4);
  });

  it("relies on U+0130 being the only code point whose lower case is longer (mayBePhrase)", () => {
    const longer: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (ch.toLowerCase().length > ch.length) longer.push(cp.toString(16));
    }
    expect(longer).toEqual(["130"]);
  });

  it("records the longest phrase key and still finds phrases at that length, in any case", () => {
    const compiled = compileRules([{ id: "t/p", kind: "promo", phrases: ["Read the Harbour Brief", "İnfo"] }]);
    expect(compiled.linePhraseMax).toBe("read the harbour brief".length);
    expect(matchLine(compiled, "READ THE HARBOUR BRIEF", undefined, true)?.rule.id).toBe("t/p");
    expect(matchLine(compiled, "İNFO", undefined, true)?.rule.id).toBe("t/p");
    expect(matchLine(compiled, "Read  the\tHarbour   Brief")?.rule.id).toBe("t/p"); // longer, but folds to the phrase
    expect(matchLine(compiled, "Read the \u2028 Harbour Brief", undefined, true)?.rule.id).toBe("t/p");
    expect(matchLine(compiled, "Read the Harbour Briefs", undefined, true)).toBeNull();
  });
});
