import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultRules } from "../../src/rules/index.js";
import { requiredLiterals } from "../../src/rules/required.js";
import { compileRules, matchInline, type CompiledRule } from "../../src/rules/rule.js";
import { loadFixtures } from "../helpers/fixtures.js";

// requiredLiterals is a pre-filter: where a pattern matches, one of its literals occurs in the
// lower-cased text (unless the text holds a long s, U+017F, where callers skip the pre-filter).
// These tests hold it to that on the default rules' own patterns and on hand-made ones.

const compiled = compileRules(defaultRules);
const patterns: CompiledRule[] = [...compiled.linePatterns, ...compiled.inline].filter((c) => c.regex !== null);

/** Whether the pre-filter lets `text` through for `literals` (null: no pre-filter). */
function admits(literals: string[] | null, text: string): boolean {
  if (literals === null || text.includes("\u017f")) return true;
  const lower = text.toLowerCase();
  return literals.some((l) => lower.includes(l));
}

/** Whether the pattern matches `text` anywhere (a fresh copy: inline regexes are global). */
function matches(c: CompiledRule, text: string): boolean {
  return new RegExp(c.regex!.source, c.regex!.flags.replace("g", "")).test(text);
}

describe("requiredLiterals", () => {
  it("reads literal runs, groups, alternations and quantifiers", () => {
    expect(requiredLiterals("click to (?:share|email) \\(opens\\)")).toEqual(["click to "]);
    expect(requiredLiterals("^[.#@]?[\\w-]{1,60}\\{[a-z-]{1,40}:[^{}]{0,400}\\}")).toEqual(["{"]);
    expect(requiredLiterals("(?:get|receive) (?:our|the) newsletters?\\b")).toEqual([" newsletter"]);
    expect(requiredLiterals("^(?:tags?|topics)$|^filed under:")).toEqual(["tag", "topics", "filed under:"]);
    // An optional piece or a branch without a literal gives no condition.
    expect(requiredLiterals("(?:share)?\\d+")).toBeNull();
    expect(requiredLiterals("^share$|^\\d+$")).toBeNull();
    // Only ASCII literals; case is folded; a repeat keeps one copy in the run.
    expect(requiredLiterals("Café au lait")).toEqual([" au lait"]);
    expect(requiredLiterals("ab+c")).toEqual(["ab"]);
    // Arabic letters have no case: they are literals too.
    expect(requiredLiterals("(?:انسخ\\s+رابط\\s+الخبر|copy story)")).toEqual(["الخبر", "copy story"]);
    // Assertions do not break a run; syntax it does not read gives up.
    expect(requiredLiterals("foo\\bbar(?=x)baz")).toEqual(["foobarbaz"]);
    expect(requiredLiterals("(?i:abc)")).toBeNull();
    expect(requiredLiterals("abc)")).toBeNull();
    // Large sources: a long alternation, and nesting deeper than the recursion goes.
    expect(requiredLiterals(Array.from({ length: 200_000 }, (_, i) => `word${i}`).join("|"))).toHaveLength(200_000);
    expect(requiredLiterals(`${"(?:".repeat(100_000)}a${")".repeat(100_000)}`)).toBeNull();
  });

  it("finds a condition for most inline rules of the defaults", () => {
    const withCondition = compiled.inline.filter((c) => c.regex !== null && requiredLiterals(c.regex.source) !== null);
    expect(withCondition.length).toBeGreaterThanOrEqual(compiled.inline.length - 3);
  });

  it("holds wherever a default pattern matches the fixtures' lines", () => {
    const lines = loadFixtures().flatMap((f) => f.input.split("\n"));
    let matched = 0;
    for (const c of patterns) {
      const literals = requiredLiterals(c.regex!.source);
      for (const line of lines) {
        if (!matches(c, line)) continue;
        matched++;
        expect(admits(literals, line), `${c.rule.id} on ${JSON.stringify(line)}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(50);
  });

  it("holds on generated texts made of the patterns' own literals, case changed, with odd characters", () => {
    // Pieces that make matches likely: each pattern's literals in both cases, and the characters
    // that case folding treats specially (Kelvin sign, long s, dotted capital I, final sigma).
    const pieces = [...new Set(patterns.flatMap((c) => requiredLiterals(c.regex!.source) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
      fc.constantFrom(" ", "\u212a", "\u017f", "\u0130", "Σ", ":", "{", "}", "(", ")", "|", "1", "23", "Photo", "News", "\u0627", "\u0629"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(patterns.length - 1), (parts, k) => {
        const text = parts.join("");
        const c = patterns[k]!;
        if (matches(c, text)) expect(admits(requiredLiterals(c.regex!.source), text)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it("leaves matchInline's answers unchanged on a text with a long s (the pre-filter is skipped there)", () => {
    // /s/iu matches U+017F: "ſign up for our newsletter" holds no "sign" once lower-cased.
    const text = "The council met. \u017fign up for our Harbour newsletter Then the vote.";
    expect(matchInline(compiled, text).map((m) => m.rule.id)).toContain("newsletter/sign-up-inline");
  });
});
