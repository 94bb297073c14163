/**
 * Rules are checked by a schema when a parser is created (every problem named by rule and field,
 * as `invalid_options`), a `rules` function that throws has its own error code, and rule lists
 * compile in time linear in their size (counted here as work, never timed: see
 * bench/rules.bench.ts for the timings).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createArticleParser, isArticleParseError, safeParseArticles, type Rule } from "../../src/index.js";
import { compileRules, matchInline, matchLine, MAX_INLINE_PHRASE_REGEXES } from "../../src/rules/rule.js";

const PAGE = "Ferry vote passes\nThe town voted to keep the ferry for another ten years, officials said.";

/** The error `createArticleParser` throws for these rules (added to the defaults), or `null`. */
function failure(rules: unknown[]): { code: string; message: string } | null {
  try {
    createArticleParser({ rules: (defaults) => [...defaults, ...(rules as Rule[])] });
    return null;
  } catch (error) {
    if (!isArticleParseError(error)) throw error; // a raw TypeError is the bug this file guards against
    return { code: error.code, message: error.message };
  }
}

describe("rules are validated by a schema when a parser is created", () => {
  const cases: Array<[string, unknown, string]> = [
    ["a number among the phrases", { phrases: [1] }, "phrases.0 must be a non-empty string"],
    ["null among the phrases", { phrases: [null] }, "phrases.0 must be a non-empty string"],
    ["a blank phrase", { phrases: ["  "] }, "phrases.0 must be a non-empty string, not blank"],
    ["an object for phrases", { phrases: {} }, "phrases must be an array"],
    ["a string for phrases", { phrases: "Share this" }, "phrases must be an array"],
    ["inline phrases with a number", { phrases: [1], where: { scope: "inline" } }, "phrases.0 must be a non-empty string"],
    ["an unknown scope", { phrases: ["x"], where: { scope: "bogus" } }, 'where.scope must be "line" or "inline"'],
    ["a negative maxLength", { phrases: ["x"], where: { maxLength: -1 } }, "where.maxLength must be positive"],
    ["a NaN maxLength", { phrases: ["x"], where: { maxLength: Number.NaN } }, "where.maxLength must be a whole number"],
    ["a string maxLength", { phrases: ["x"], where: { maxLength: "80" } }, "where.maxLength must be a whole number"],
    ["a fractional maxLength", { phrases: ["x"], where: { maxLength: 1.5 } }, "where.maxLength must be a whole number"],
    ["a string for anyOf", { phrases: ["x"], where: { anyOf: "str" } }, "where.anyOf must be an array"],
    ["an unknown signal", { phrases: ["x"], signal: "bogus" }, 'signal must be "end-of-story", "related-header" or "key-points"'],
    ["a number for a pattern", { pattern: 42 }, "pattern must be a string or a RegExp"],
    ["a string for caseSensitive", { phrases: ["x"], where: { caseSensitive: "yes" } }, "where.caseSensitive must be true or false"],
    ["a string for tail", { phrases: ["x"], where: { tail: "yes" } }, "where.tail must be true or false"],
    ["a misspelt field", { phrases: ["x"], were: { scope: "inline" } }, "has unknown field were"],
    ["nothing to match", {}, "needs phrases or a pattern"],
  ];

  it.each(cases)("refuses %s with invalid_options naming the rule and the field", (_name, fields, problem) => {
    const error = failure([{ id: "user/bad", kind: "promo", ...(fields as object) }]);
    expect(error?.code).toBe("invalid_options");
    expect(error?.message).toContain(`rule user/bad: ${problem}`);
    // The never-throwing entry point gives the same failure, never internal_error.
    const result = safeParseArticles(PAGE, { rules: [{ id: "user/bad", kind: "promo", ...(fields as object) } as Rule] });
    expect(!result.success && result.error.code).toBe("invalid_options");
  });

  it("refuses a rule that is not an object, or has no id or kind, naming it by position", () => {
    expect(failure([null])?.message).toMatch(/rule #\d+: must be an object/u);
    expect(failure(["promo/x"])?.message).toMatch(/rule #\d+: must be an object/u);
    expect(failure([{ kind: "promo", phrases: ["x"] }])?.message).toMatch(/rule #\d+: id must be a non-empty string/u);
    expect(failure([{ id: "user/k", phrases: ["x"] }])?.message).toContain("rule user/k: kind must be a non-empty string");
  });

  it("reports every problem of every rule at once", () => {
    const error = failure([
      { id: "user/a", kind: "promo", phrases: [1, "ok", null] },
      { id: "user/b", kind: "promo", phrases: ["x"], where: { scope: "bogus", maxLength: -1 } },
    ]);
    expect(error?.message.match(/rule user\/\w: [^;]+/gu)).toEqual([
      "rule user/a: phrases.0 must be a non-empty string",
      "rule user/a: phrases.2 must be a non-empty string",
      'rule user/b: where.scope must be "line" or "inline"',
      "rule user/b: where.maxLength must be positive",
    ]);
  });

  it("accepts well-formed rules of every shape", () => {
    const good: Rule[] = [
      { id: "user/line", kind: "promo", phrases: ["Join the orchard club"], where: { maxLength: 80 }, signal: "end-of-story", description: "A promo." },
      { id: "user/inline", kind: "promo", phrases: ["Read the Harbour Brief"], where: { scope: "inline", caseSensitive: true } },
    ];
    expect(failure(good)).toBeNull();
  });
});

describe("a rules function that throws", () => {
  it("is wrapped in ArticleParseError with code rules_failed and the cause", () => {
    const cause = new Error("rule file missing");
    let caught: unknown;
    try {
      createArticleParser({
        rules: () => {
          throw cause;
        },
      });
    } catch (error) {
      caught = error;
    }
    expect(isArticleParseError(caught) && caught.code).toBe("rules_failed");
    expect((caught as Error).message).toContain("rule file missing");
    expect((caught as Error).cause).toBe(cause);
    const result = safeParseArticles(PAGE, {
      rules: () => {
        throw new TypeError("boom");
      },
    });
    expect(!result.success && result.error.code).toBe("rules_failed");
  });

  it("keeps invalid_options for a function that returns no array", () => {
    const result = safeParseArticles(PAGE, { rules: (() => "rules") as never });
    expect(!result.success && result.error.code).toBe("invalid_options");
  });
});

/** Counts the regexes compiled, and their total source length, while `run` runs. */
function regexWork(run: () => void): { count: number; chars: number } {
  const Native = globalThis.RegExp;
  const work = { count: 0, chars: 0 };
  class Counting extends Native {
    constructor(source: string | RegExp, flags?: string) {
      super(source, flags);
      work.count++;
      work.chars += this.source.length;
    }
  }
  globalThis.RegExp = Counting as RegExpConstructor;
  try {
    run();
  } finally {
    globalThis.RegExp = Native;
  }
  return work;
}

const word = (i: number) => `w${i.toString(36)}`;
const phrases = (n: number) => Array.from({ length: n }, (_, i) => `${word(i)} ${word(i + 1)} ${word(i * 7)}`);

describe("rule lists compile in linear work", () => {
  const shapes: Record<string, (n: number) => Rule[]> = {
    "line phrases in one rule": (n) => [{ id: "t/line", kind: "promo", phrases: phrases(n) }],
    "inline phrases in one rule": (n) => [{ id: "t/inline", kind: "promo", phrases: phrases(n), where: { scope: "inline" } }],
    "inline phrases, one rule each": (n) => phrases(n).map((p, i) => ({ id: `t/inline-${i}`, kind: "promo", phrases: [p], where: { scope: "inline" } })),
    "anyOf words": (n) => [{ id: "t/gated", kind: "promo", pattern: "^x", where: { anyOf: Array.from({ length: n }, (_, i) => word(i)) } }],
  };

  it.each(Object.entries(shapes))("%s: no regex grows with the list", (_name, make) => {
    // Regex compilation is where lists went quadratic (V8 compiles a long alternation in time
    // quadratic in its length): at 1,000 and 4,000 entries, the regexes compiled stay the same.
    const small = regexWork(() => compileRules(make(1_000), { trustPatterns: true }));
    const large = regexWork(() => compileRules(make(4_000), { trustPatterns: true }));
    expect(large.chars).toBeLessThanOrEqual(small.chars);
    expect(large.count).toBeLessThanOrEqual(small.count);
  });

  it("reads long inline phrase lists with one scanner whose size is the list's", () => {
    const c = compileRules(shapes["inline phrases, one rule each"]!(4_000));
    expect(c.inline).toEqual([]);
    expect([...c.inlinePhrases!.byKey.values()].reduce((n, list) => n + list.length, 0)).toBe(4_000);
    const text = `The ferry sails. ${phrases(4_000)[1234]!.toUpperCase()} The council met.`;
    expect(matchInline(c, text).map((m) => [m.rule.id, text.slice(m.start, m.end)])).toEqual([["t/inline-1234", phrases(4_000)[1234]!.toUpperCase()]]);
  });

  it("still gates a pattern with a long anyOf list exactly", () => {
    const c = compileRules(shapes["anyOf words"]!(4_000), { trustPatterns: true });
    expect(matchLine(c, `x marks ${word(3_999)}`)?.rule.id).toBe("t/gated");
    expect(matchLine(c, "x marks nothing")).toBeNull();
  });
});

describe("the inline phrase scanner finds what the phrase regexes find", () => {
  const vocabulary = ["share", "this", "more", "Café", "naïve", "#1", "l'article", "ÉTÉ"];
  const filler: Rule = { id: "t/filler", kind: "promo", phrases: Array.from({ length: MAX_INLINE_PHRASE_REGEXES }, (_, i) => `zq${i}x never`), where: { scope: "inline" } };
  const phrase = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 2 }).map((w) => w.join(" "));
  const piece = fc.oneof(fc.constantFrom(...vocabulary), fc.constantFrom(" ", "  ", "\t", ". ", ",", "s", "é", "1", "\u00a0", "-"));

  it("gives the same matches (random phrases, texts and case rules)", () => {
    let matched = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(phrase, { minLength: 1, maxLength: 3 }), fc.boolean()), { minLength: 1, maxLength: 3 }), fc.array(piece, { maxLength: 30 }), (specs, parts) => {
        const rules: Rule[] = specs.map(([list, exact], i) => ({ id: `t/r${i}`, kind: "promo", phrases: list, where: { scope: "inline", caseSensitive: exact } }));
        const byRegex = compileRules(rules);
        const byScanner = compileRules([...rules, filler]);
        expect(byRegex.inlinePhrases).toBeNull();
        expect(byScanner.inlinePhrases).not.toBeNull();
        const text = parts.join("");
        const show = (c: typeof byRegex) => matchInline(c, text).map((m) => `${m.rule.id}@${m.start}-${m.end}`);
        const expected = show(byRegex);
        if (expected.length > 0) matched++;
        expect(show(byScanner), JSON.stringify(text)).toEqual(expected);
      }),
      { seed: 20251206, numRuns: 400 },
    );
    expect(matched).toBeGreaterThan(40);
  });
});
