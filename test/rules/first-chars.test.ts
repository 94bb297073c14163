import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstCharTable, mayStartMatch } from "../../src/rules/first-chars.js";
import { compileRules, matchLine } from "../../src/rules/rule.js";
import { defaultRules } from "../../src/rules/index.js";

type LinePattern = ReturnType<typeof compileRules>["linePatterns"][number];

/** Calls `check` for every (pattern, fixture line) pair the pattern matches; returns how many there were. */
function forEachMatchedFixtureLine(compiled: readonly LinePattern[], check: (c: LinePattern, line: string) => void): number {
  let matched = 0;
  for (const dir of readdirSync("fixtures")) {
    const path = `fixtures/${dir}/input.txt`;
    if (!existsSync(path)) continue;
    for (const raw of readFileSync(path, "utf8").split(/\r\n?|\n/u)) {
      const line = raw.trim();
      for (const c of compiled) {
        if (!c.regex!.test(line)) continue;
        matched++;
        check(c, line);
      }
    }
  }
  return matched;
}

const starts = (source: string): string | null => {
  const t = firstCharTable(source);
  return t === null ? null : [...t].map((v, i) => (v ? String.fromCharCode(i) : "")).join("");
};

describe("firstCharTable", () => {
  it("reads anchored literals, groups, alternation and \\d, in both cases", () => {
    expect(starts("^share$")).toBe("Ss");
    expect(starts("^(?:leave a reply|post a comment)$|^cancel$")).toBe("CLPclp");
    expect(starts("^\\d{1,3} min read$")).toBe("0123456789");
    expect(starts("^\\(photo\\)$|^\\[\\d+\\]$")).toBe("([");
    expect(starts("^Über uns$")).toBe(""); // nothing ASCII: every ASCII-initial line is rejected
  });

  it("reads optional first items and simple classes", () => {
    expect(starts("^(?:the )?share$")).toBe("STst");
    expect(starts("^s?hare$")).toBe("HShs");
    expect(starts("^x{0,2}y$")).toBe("XYxy");
    expect(starts("^x{0,2}?y$")).toBe("XYxy");
    expect(starts("^x*?y$")).toBe("XYxy");
    expect(starts("^\\(?(?:a|b)c$")).toBe("(ABab");
    expect(starts("^(?:\\d{1,6} )?(?:comments?|kommentare)$")).toBe("0123456789CKck");
    expect(starts("^(?:(?:opinion |staff )?(?:writer|editor)s?)$")).toBe("EOSWeosw");
    expect(starts("^[a-c]+$")).toBe("ABCabc");
    expect(starts("^[\\d.,]{1,7}x$")).toBe(",.0123456789");
    expect(starts("^[-x]$|^[y\\-]$")).toBe("-XYxy");
    expect(starts("^[é]x$")).toBe(""); // a non-ASCII member adds nothing (such lines are never rejected)
  });

  it("gives up where the first character cannot be told cheaply", () => {
    for (const source of [
      "share$", // not anchored
      "^share$|comments", // one branch not anchored
      "^(?:the )?$", // an optional item with nothing required after it
      "^s?(?:a|)$",
      "^[^a]x$", // a negated class
      "^[\\w.]x$", // a class escape other than \\d
      "^[a-é]x$", // a range leaving ASCII
      "^[\u017f]x$", // a member folding onto ASCII
      "^\\p{Lu}\\w+$",
      "^\\bfoo",
      "^(foo)$", // a capturing group
      "^(?=a)a",
      "^(?:a|)b", // an empty alternative
      "^\u017fhare$", // long s folds onto "s" under the i flag
      "^(?:a|b",
    ]) {
      expect(starts(source), source).toBeNull();
    }
  });

  it("never rejects a line whose first character is not ASCII", () => {
    const t = firstCharTable("^share$");
    expect(mayStartMatch(t, "Share")).toBe(true);
    expect(mayStartMatch(t, "Tweet")).toBe(false);
    expect(mayStartMatch(t, "ſhare")).toBe(true);
    expect(mayStartMatch(null, "anything")).toBe(true);
  });

  it("never rejects a line its pattern matches (every default line rule, random lines)", () => {
    const compiled = compileRules(defaultRules).linePatterns.filter((c) => c.first !== null);
    expect(compiled.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."sSlLpPbBcC([0 1eEaAoOtTrR:/|©-_.,\u017f\u212aéÉwWvVjJ9)@\u0130"), maxLength: 20 }), (tail) => {
        for (const c of compiled) {
          for (const line of [tail, `share${tail}`, `by ${tail}`]) {
            if (c.regex!.test(line)) expect(mayStartMatch(c.first, line), `${c.rule.id}: ${line}`).toBe(true);
          }
        }
      }),
      { seed: 20251127, numRuns: 2000 },
    );
  });

  it("never rejects a fixture line its pattern matches", () => {
    const compiled = compileRules(defaultRules).linePatterns.filter((c) => c.first !== null);
    const matched = forEachMatchedFixtureLine(compiled, (c, line) => expect(mayStartMatch(c.first, line), `${c.rule.id}: ${line}`).toBe(true));
    expect(matched).toBeGreaterThan(20);
  });

  it("leaves matchLine's answers unchanged", () => {
    const compiled = compileRules(defaultRules);
    // No first-character checks: no tables, and every line is offered every pattern.
    const linePatterns = compiled.linePatterns.map((c) => ({ ...c, first: null }));
    const without = { ...compiled, linePatterns, lineByFirst: new Array(128).fill(linePatterns) };
    for (const line of ["Leave a reply", "leave a reply", "Share", "By Jane Doe", "5 min read", "Photo: Jane Doe", "© 2025 Harbour Gazette", "Tags: ferries", "The ferry ran late on Sunday."]) {
      expect(matchLine(compiled, line)?.rule.id ?? null, line).toBe(matchLine(without, line)?.rule.id ?? null);
    }
  });
});
