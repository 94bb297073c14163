import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstChars } from "../../scripts/first-chars.js";
import { compileRules, foldLine, lineCandidates, matchLine, mayBePhrase, mayStartMatch, type CompiledRules, type Rule } from "../../src/rules/rule.js";
import { defaultRules } from "../../src/rules/index.js";

/**
 * matchLine by its definition, with none of its shortcuts (no dispatch tables, no phrase-length
 * skip, gates as `includes` on the folded line): the first phrase whose folded form is the folded
 * line, else the first pattern, in rule order, whose length limit, `anyOf` words and regex all
 * accept the line.
 */
function referenceMatch(compiled: CompiledRules, line: string): string | null {
  const text = line.trim();
  if (text === "") return null;
  const folded = foldLine(text);
  const phrase = compiled.linePhrases.get(folded);
  if (phrase && text.length <= Math.max(phrase.maxLength, 1)) return phrase.rule.id;
  for (const c of compiled.linePatterns) {
    if (text.length > c.maxLength) continue;
    if (c.anyOf !== null && !c.anyOf.some((w) => folded.includes(w))) continue;
    if (c.regex!.test(text)) return c.rule.id;
  }
  return null;
}

/** The filter `lineCandidates` stands for. */
const candidatesByDefinition = (compiled: CompiledRules, text: string) =>
  compiled.linePatterns.filter((c) => mayStartMatch(c.first, text));

/** Pieces of the default rules' vocabulary and awkward characters, so random lines often match a rule or nearly do. */
const PIECES = [
  "share", "Share", "SHARE", "comments", "3 comments", "Comments (12)", "related", "Related:", "read more", "facebook", "twitter", "x", "email",
  "12 shares", "sign up", "Subscribe", "newsletter", "Newsletters", "follow us on", "©", "Copyright", "2025", "all rights reserved", "min read",
  "5 min read", "By", "by Jane Doe", "Jane", "Doe", " is a ", " is the ", "reporter", "staff writer", "Reporting by", "Photo:", "Credit:",
  "Getty Images", "Reuters", "AFP", "/", "|", "Image 1 of 12", "Tags:", "topics", "cookies", "We use cookies", "Cookie", "cookie policy",
  "a tip", "Got a tip?", "can be reached at", "@jdoe", "keyboard_arrow_right", "_", "inbox", "thank", "up to date", "In The Loop",
  "Latest news with #", "ai can do for you", "ſhare", "K", "\u212a", "İ", "\u0130", "i", " ", "  ", "\t", "\u2028", ".", "!", "?", ":", "(",
  ")", "[", "]", "’", "é", "É", "Über", "التعليقات", "Σ",
];
const randomLine = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(""));
const spacedLine = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 10 }).map((parts) => parts.join(" "));

/** Every line of every fixture page. */
function fixtureLines(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync("fixtures")) {
    const path = `fixtures/${dir}/input.txt`;
    if (existsSync(path)) out.push(...readFileSync(path, "utf8").split(/\r\n?|\n/u));
  }
  return out;
}

describe("lineCandidates", () => {
  const compiled = compileRules(defaultRules);

  it("lists exactly the patterns the first-character check admits, for every ASCII start", () => {
    const probes: string[] = [];
    for (let a = 0; a < 128; a++) {
      const first = String.fromCharCode(a);
      probes.push(first, `${first}é`, `${first}\u212a`);
      for (let b = 0; b < 128; b++) probes.push(first + String.fromCharCode(b));
    }
    probes.push("é", "Über", "\u0130x", "\u017fhare", "\u212a");
    for (const text of probes) {
      expect(lineCandidates(compiled, text), JSON.stringify(text)).toEqual(candidatesByDefinition(compiled, text));
    }
  });

  it("keeps rule order when a first character starts many patterns", () => {
    // 40 patterns starting with "s".
    const rules: Rule[] = Array.from({ length: 40 }, (_, i) => ({
      id: `user/p${i}`,
      kind: "promo",
      pattern: i % 7 === 0 ? `^share ${i}$` : `^s[a-z]* ${i}$`,
    }));
    const c = compileRules(rules, { trustPatterns: true, firstChars });
    for (const text of ["share 7", "sx 3", "s", "sé", "x", "é"]) {
      expect(lineCandidates(c, text), text).toEqual(candidatesByDefinition(c, text));
    }
    expect(lineCandidates(c, "sh").length).toBe(40);
    expect(lineCandidates(c, "x").length).toBe(0);
    expect(matchLine(c, "share 14")?.rule.id).toBe("user/p14");
    expect(matchLine(c, "sun 15")?.rule.id).toBe("user/p15");
  });
});

describe("matchLine", () => {
  const compiled = compileRules(defaultRules);

  it("agrees with its definition on random lines (default rules)", () => {
    const hit = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(randomLine, spacedLine), (text) => {
        const expected = referenceMatch(compiled, text);
        if (expected !== null) hit.add(expected);
        expect(matchLine(compiled, text)?.rule.id ?? null, JSON.stringify(text)).toBe(expected);
        // The pipeline's call: a normalised line (trimmed, spaces collapsed).
        const normalized = text.replace(/ +/gu, " ").trim();
        expect(matchLine(compiled, normalized, undefined, true)?.rule.id ?? null, JSON.stringify(normalized)).toBe(referenceMatch(compiled, normalized));
        // ... known to hold no line or paragraph separator (classify knows it from the whole input).
        if (!/[\u2028\u2029]/u.test(normalized)) {
          expect(matchLine(compiled, normalized, undefined, true, true)?.rule.id ?? null, JSON.stringify(normalized)).toBe(referenceMatch(compiled, normalized));
        }
      }),
      { seed: 20251127, numRuns: 4000 },
    );
    // Not vacuous: the random lines reach many different rules.
    expect(hit.size).toBeGreaterThan(15);
  });

  it("agrees with its definition on every fixture line, and matches some", () => {
    let matched = 0;
    for (const line of fixtureLines()) {
      const expected = referenceMatch(compiled, line);
      if (expected !== null) matched++;
      expect(matchLine(compiled, line)?.rule.id ?? null, JSON.stringify(line)).toBe(expected);
    }
    expect(matched).toBeGreaterThan(50);
  });
});

describe("matchLine with gates its patterns do not imply", () => {
  // In the default rules a pattern's match mostly implies its `anyOf` words, which would hide a
  // gate that is skipped. Here each gate is independent of its pattern: gates scanned in one pass
  // (ASCII words), a gate with a non-ASCII word (tested with its own regex), limits on both sides
  // of `gateScanMax`, and an ungated pattern between them.
  const rules: Rule[] = [
    { id: "g/scanned-short", kind: "t", pattern: "^a", where: { anyOf: ["zzz"], maxLength: 40 } },
    { id: "g/non-ascii", kind: "t", pattern: "^b", where: { anyOf: ["é"], maxLength: 400 } },
    { id: "g/ungated", kind: "t", pattern: "^bbb", where: { maxLength: 400 } },
    { id: "g/scanned-mid", kind: "t", pattern: "c$", where: { anyOf: ["qqq"], maxLength: 60 } },
    { id: "g/scanned-long", kind: "t", pattern: "d$", where: { anyOf: ["www"], maxLength: 2000 } },
  ];
  const compiled = compileRules(rules, { trustPatterns: true });
  const pieces = ["a", "b", "bbb", "c", "d", "zzz", "ZZz", "zz", "é", "É", "qqq", "QQQ", "www", "Www", "ww", " ", "x".repeat(25), "y".repeat(300)];
  const line = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(""));

  it("scans some gates and leaves the others to their own regex", () => {
    expect(compiled.linePatterns.filter((c) => c.gateBit).map((c) => c.rule.id)).toEqual(["g/scanned-short", "g/scanned-mid", "g/scanned-long"]);
    expect(compiled.gateScanMax).toBe(60);
  });

  it("agrees with its definition on random lines, short and long", () => {
    const hit = new Set<string>();
    let long = 0;
    fc.assert(
      fc.property(line, (text) => {
        const expected = referenceMatch(compiled, text);
        if (expected !== null) hit.add(expected);
        if (text.length > compiled.gateScanMax) long++;
        expect(matchLine(compiled, text)?.rule.id ?? null, JSON.stringify(text)).toBe(expected);
        expect(matchLine(compiled, text, undefined, true, true)?.rule.id ?? null, JSON.stringify(text)).toBe(expected);
      }),
      { seed: 20251128, numRuns: 3000 },
    );
    expect([...hit].sort()).toEqual(rules.map((r) => r.id).sort());
    expect(long).toBeGreaterThan(300);
  });
});

describe("mayBePhrase", () => {
  const compiled = compileRules(defaultRules);
  const keys = [...compiled.linePhrases.keys()];

  it("passes every phrase, in any case", () => {
    for (const key of keys) {
      for (const text of [key, key.toUpperCase(), key[0]!.toUpperCase() + key.slice(1)]) expect(mayBePhrase(compiled, text), text).toBe(true);
    }
  });

  it("only turns away plain lines that fold to no phrase (every ASCII start, phrase tails)", () => {
    // The tails of every phrase: any start that folds to a phrase's first two characters is found.
    const tails = [...new Set(["", "x", ...keys.map((k) => k.slice(2))])];
    let refused = 0;
    const wrong: string[] = [];
    for (let a = 0; a < 128; a++) {
      for (let b = 0; b < 128; b++) {
        for (const tail of tails) {
          const text = String.fromCharCode(a, b) + tail;
          if (mayBePhrase(compiled, text)) continue;
          refused++;
          if (compiled.linePhrases.has(text.toLowerCase())) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(refused).toBeGreaterThan(100_000); // not vacuous
    // One code unit, or a non-ASCII first or second one: no judgement.
    for (const text of ["x", "é", "\u0130nfo", "a\u0130", "\u212aey", "ab\u0130"]) expect(mayBePhrase(compiled, text)).toBe(true);
  });

  it("lets through a line that lower-casing lengthens (U+0130)", () => {
    // The key is "xyi\u0307nfo" (seven code units), the line six: only U+0130 says it may still fold to it.
    const c = compileRules([{ id: "t/dotted", kind: "promo", phrases: ["Xy\u0130nfo"] }]);
    expect(mayBePhrase(c, "XYINFO")).toBe(false);
    expect(mayBePhrase(c, "XY\u0130NFO")).toBe(true);
    expect(matchLine(c, "XY\u0130NFO", undefined, true)?.rule.id).toBe("t/dotted");
    expect(matchLine(c, "Xy\u0130nfo")?.rule.id).toBe("t/dotted");
  });
});
