import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import FIRST_CHARS from "../../src/rules/first-chars.json" with { type: "json" };
import { compileRules, firstCharsKey, matchLine, mayStartMatch, vettedKey } from "../../src/rules/rule.js";
import { firstChars, firstCharsTable } from "../../scripts/first-chars.js";
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

const starts = (source: string, caseSensitive?: boolean): string | null => firstChars(source, caseSensitive);

describe("first-character tables (scripts/first-chars.ts, regexp-ast-analysis)", () => {
  it("src/rules/first-chars.json is up to date with the built-in line patterns (npx tsx scripts/first-chars.ts)", () => {
    expect(FIRST_CHARS).toEqual(firstCharsTable(defaultRules));
  });

  it("reads anchored literals, groups, alternation, classes and optional first items, in both cases unless case-sensitive", () => {
    expect(starts("^share$")).toBe("Ss");
    expect(starts("^share$", true)).toBe("s");
    expect(starts("^(?:leave a reply|post a comment)$|^cancel$")).toBe("CLPclp");
    expect(starts("^\\d{1,3} min read$")).toBe("0123456789");
    expect(starts("^\\(photo\\)$|^\\[\\d+\\]$")).toBe("([");
    expect(starts("^Über uns$")).toBe("");
    expect(starts("^(?:the )?share$")).toBe("STst");
    expect(starts("^[a-c]+$")).toBe("ABCabc");
    expect(starts("^[\\d.,]{1,7}x$")).toBe(",.0123456789");
  });

  it("gives none where any character may start a match", () => {
    for (const source of ["share$", "^share$|comments", "^(?:the )?$", "^s?(?:a|)$", "^(?=a)|^b"]) {
      expect(starts(source), source).toBeNull();
    }
  });

  it("keys tables by pattern and flags: a built-in pattern run case-sensitively gets none", () => {
    const [key] = Object.keys(FIRST_CHARS);
    expect(key).toMatch(/^[0-9a-f]{8}$/u);
    const rule = defaultRules.find((r) => r.pattern !== undefined && (r.where?.scope ?? "line") === "line" && !r.where?.caseSensitive)!;
    const source = typeof rule.pattern === "string" ? rule.pattern : rule.pattern!.source;
    expect(firstCharsKey(vettedKey(source, false))).not.toBe(firstCharsKey(vettedKey(source, true)));
  });

  it("never rejects a line whose first character is not ASCII", () => {
    const t = new Uint8Array(128);
    t[83] = t[115] = 1; // S s
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
