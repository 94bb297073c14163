import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gateScan, MAX_SCANNED_GATES, rawScannable, scanGates, scanGatesRaw } from "../../src/rules/gates.js";
import { compileRules, matchLine, type Rule } from "../../src/rules/rule.js";
import { defaultRules } from "../../src/rules/index.js";

/** The bit mask the gates' own regexes give: bit i set when gate i's regex matches. */
const byRegex = (gates: readonly { test(folded: string): boolean }[], folded: string): number => gates.reduce((open, g, i) => (g.test(folded) ? open | (1 << i) : open), 0);

describe("scanGates", () => {
  const compiled = compileRules(defaultRules);
  const scanned = compiled.linePatterns.filter((c) => c.gateBit);
  const regexes = scanned.map((c) => c.gate!);

  it("covers every gated default line pattern with ASCII words, one bit each, in rule order", () => {
    const gated = compiled.linePatterns.filter((c) => c.anyOf !== null && rawScannable(c.anyOf));
    expect(scanned).toEqual(gated);
    expect(scanned.length).toBeGreaterThan(4);
    expect(compiled.gates!.raw).toBe(true);
    expect(scanned.map((c) => c.gateBit)).toEqual(scanned.map((_, i) => 1 << i));
    expect(compiled.gateScanMax).toBe(gated.map((c) => c.maxLength).sort((a, b) => b - a)[1]);
  });

  it("opens the same gates as their regexes (default rules, random lines from their words)", () => {
    const words = [...new Set(scanned.flatMap((c) => c.anyOf!))];
    const piece = fc.oneof(
      fc.constantFrom(...words),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 1))), // near misses
      fc.constantFrom(" ", "a", "e", "is", "the", "co", "ne", "sig", "@", "_", "é", "\u0307", "σ", "ς"),
    );
    let opened = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 0, maxLength: 12 }), (parts) => {
        const folded = parts.join("");
        const expected = byRegex(regexes, folded);
        if (expected !== 0) opened++;
        expect(scanGates(compiled.gates!, folded), JSON.stringify(folded)).toBe(expected);
      }),
      { seed: 20251127, numRuns: 5000 },
    );
    expect(opened).toBeGreaterThan(1000);
  });

  it("opens the same gates as their regexes on every fixture line", () => {
    for (const dir of readdirSync("fixtures")) {
      const path = `fixtures/${dir}/input.txt`;
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, "utf8").split(/\r\n?|\n/u)) {
        const folded = line.toLowerCase();
        expect(scanGates(compiled.gates!, folded), line).toBe(byRegex(regexes, folded));
      }
    }
  });

  it("handles words of every length, repeated words, hash neighbours and short lines", () => {
    const gates = [["", "x"], ["ab", "abc", "abc"], ["abcd", "bcd"], ["zzz"], ["dcb", "cba"]];
    const scan = gateScan(gates);
    const regexes = gates.map((words) => new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&")).join("|")));
    for (const folded of ["", "a", "ab", "abc", "xabcd", "zz", "zzz", "dcba", "bcd", "cb"]) {
      expect(scanGates(scan, folded), folded).toBe(byRegex(regexes, folded));
    }
    expect(() => gateScan(Array.from({ length: MAX_SCANNED_GATES + 1 }, () => ["x"]))).toThrow(RangeError);
  });
});

describe("matchLine with many gated rules", () => {
  it("tests the gates beyond the scanned ones with their own regexes", () => {
    // 35 gated rules: the last five are not in the scan; each matches only its own line.
    const rules: Rule[] = Array.from({ length: 35 }, (_, i) => ({
      id: `user/g${i}`,
      kind: "promo",
      pattern: `^ferry${i}\\b`,
      where: { anyOf: [`ferry${i}`] },
    }));
    const c = compileRules(rules, { trustPatterns: true });
    expect(c.linePatterns.filter((p) => p.gateBit).length).toBe(MAX_SCANNED_GATES);
    for (let i = 0; i < 35; i++) expect(matchLine(c, `Ferry${i} times`)?.rule.id).toBe(`user/g${i}`);
    expect(matchLine(c, "Ferry99 times")).toBeNull();
    // A line longer than every limit but one is gated by that rule's own regex.
    const long: Rule[] = [
      { id: "user/short", kind: "promo", pattern: "^tide", where: { maxLength: 20, anyOf: ["tide"] } },
      { id: "user/long", kind: "promo", pattern: "harbour$", where: { maxLength: 2000, anyOf: ["harbour"] } },
    ];
    const l = compileRules(long, { trustPatterns: true });
    expect(l.gateScanMax).toBe(20);
    expect(matchLine(l, `${"x".repeat(500)} harbour`)?.rule.id).toBe("user/long");
    expect(matchLine(l, "tide tables")?.rule.id).toBe("user/short");
  });
});

/** What scanGatesRaw must answer: the scan of the lower-cased line, or -1 for a line it refuses. */
const rawByDefinition = (scan: ReturnType<typeof gateScan>, text: string): number =>
  /[\u0130\u2028\u2029]/u.test(text) ? -1 : scanGates(scan, text.toLowerCase());

describe("scanGatesRaw", () => {
  const compiled = compileRules(defaultRules);
  const scan = compiled.gates!;
  const words = [...new Set(compiled.linePatterns.filter((c) => c.gateBit).flatMap((c) => c.anyOf!))];

  it("says which word lists it can scan", () => {
    expect(rawScannable(["cookie", "a tip", "_", "@", "  "])).toBe(true);
    expect(rawScannable(["dernières"])).toBe(false); // not ASCII
    expect(rawScannable(["ai"])).toBe(false); // short, with letters: looked up with includes, case matters
    expect(scanGatesRaw(gateScan([["ai", "cookie"]]), "AI")).toBe(-1);
  });

  it("opens the gates the lower-cased line opens (random lines, any case, awkward characters)", () => {
    const cased = (w: string) => fc.constantFrom(w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1));
    const piece = fc.oneof(
      fc.constantFrom(...words).chain(cased),
      fc.constantFrom(...words).map((w) => w.slice(0, Math.max(1, w.length - 1))).chain(cased), // near misses
      // Code units whose lower case is special: Kelvin sign (k), long s (not s), dotted capital I
      // (two code units), sigma (context-dependent), separators, surrogates, non-ASCII letters.
      fc.constantFrom(" ", "a", "K", "\u212a", "\u017f", "\u0130", "İ", "I", "Σ", "σ", "é", "É", "\u2028", "\u2029", "😀", "\ud801\udc00", "\ud800", "@", "_", "#"),
    );
    let opened = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 0, maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const expected = rawByDefinition(scan, text);
        if (expected > 0) opened++;
        if (expected < 0) refused++;
        expect(scanGatesRaw(scan, text), JSON.stringify(text)).toBe(expected);
      }),
      { seed: 20251127, numRuns: 5000 },
    );
    expect(opened).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(100);
  });

  it("reads every BMP code unit as the lower-cased line does", () => {
    // One gate per printable ASCII character x, word `q${x}q`: a code unit c between two q's opens
    // gate x exactly when c lower-cases to x (or, for the letter q itself, in either case).
    const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
    const scans = [0, 30, 60, 90].map((from) => gateScan(printable.slice(from, from + 30).map((x) => [`q${x}q`])));
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = `Q${String.fromCharCode(c)}q`;
      for (const s of scans) if (scanGatesRaw(s, text) !== rawByDefinition(s, text)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("opens the gates the lower-cased line opens on every fixture line", () => {
    for (const dir of readdirSync("fixtures")) {
      const path = `fixtures/${dir}/input.txt`;
      if (!existsSync(path)) continue;
      for (const line of readFileSync(path, "utf8").split(/\r\n?|\n/u)) expect(scanGatesRaw(scan, line), line).toBe(rawByDefinition(scan, line));
    }
  });
});

describe("gate words filed under their least common three code units", () => {
  it("finds a word wherever it stands, at the start, inside and at the end of a line", () => {
    // Words whose least common three code units are not their first (`to c|on|stitute`, ` is a`
    // and `the zq`), and one of three code units.
    const gates = [["to constitute"], [" is a"], ["the zqx"], ["afp"]];
    const scan = gateScan(gates);
    expect(scan.offsets.some((o) => o > 0)).toBe(true);
    for (const [g, [word]] of gates.entries()) {
      for (const text of [word!, `x ${word} y`, `ab${word}`, `${word!.toUpperCase()}!`]) {
        const folded = text.toLowerCase();
        expect(scanGates(scan, folded), text).toBe(1 << g);
        expect(scanGatesRaw(scan, text), text).toBe(1 << g);
      }
      // Cut short by one code unit at either end: not found.
      for (const cut of [word!.slice(1), word!.slice(0, -1)]) expect(scanGates(scan, cut) & (1 << g), cut).toBe(0);
    }
  });
});
