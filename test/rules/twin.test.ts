import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asciiTwin, twinSafe } from "../../src/rules/ascii-twin.js";
import { defaultRules } from "../../src/rules/index.js";
import { requiredLiterals } from "../../src/rules/required.js";
import { compileRules, matchInline, matchLine, type CompiledRule } from "../../src/rules/rule.js";
import { loadFixtures } from "../helpers/fixtures.js";

// asciiTwin gives a pattern without the `u` flag where it reads a twinSafe text exactly as the
// pattern does: these tests hold the twins of the default rules to their patterns.

const compiled = compileRules(defaultRules);
const patterns: CompiledRule[] = [...compiled.linePatterns, ...compiled.inline].filter((c) => c.regex !== null);
const twinned = patterns.flatMap((c) => {
  const twin = asciiTwin(c.regex!.source, c.regex!.flags.replace("g", ""));
  return twin === null ? [] : [{ c, pattern: new RegExp(c.regex!.source, c.regex!.flags.replace("g", "")), twin }];
});

/** All matches of a global regex, as [start, end] pairs (the way matchInline reads them). */
function allMatches(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe("asciiTwin", () => {
  it("twins ASCII patterns with caseless marks, and nothing that needs the u flag", () => {
    expect(asciiTwin("\\bregistered office\\b", "iu")?.flags).toBe("i");
    expect(asciiTwin("^[^\"“”„«»\\n]{0,300}\\bwe reserve\\b", "iu")?.flags).toBe("i");
    expect(asciiTwin("share", "giu")?.flags).toBe("gi");
    // Letters outside ASCII have case (or fold differently), escapes name such characters.
    expect(asciiTwin("à lire aussi", "iu")).toBeNull();
    expect(asciiTwin("\\p{L}+", "iu")).toBeNull();
    expect(asciiTwin("\\u00e9t\\u00e9", "iu")).toBeNull();
    expect(asciiTwin("😀", "iu")).toBeNull();
    expect(asciiTwin("\u{1d6c1}+", "iu")).toBeNull();
    expect(asciiTwin("𝛁+", "iu")).toBeNull();
    // A range with an end beyond ASCII holds letters of other scripts (Ω U+2126 folds into it with `u` only).
    expect(asciiTwin("[!-–]", "iu")).toBeNull();
    expect(new RegExp("[!-–]", "iu").test("\u2126")).not.toBe(new RegExp("[!-–]", "i").test("\u2126"));
    expect(asciiTwin("[|–—-]", "iu")?.flags).toBe("i");
    // Back-references compare two characters of the text: ß and ẞ fold together only with `u`.
    expect(asciiTwin("(a)\\1", "iu")).toBeNull();
    expect(asciiTwin("(?<x>a)\\k<x>", "iu")).toBeNull();
    // Without both flags there is nothing to gain.
    expect(asciiTwin("share", "u")).toBeNull();
    expect(asciiTwin("share", "i")).toBeNull();
  });

  it("calls a text unsafe when it holds a long s, a Kelvin sign or a surrogate", () => {
    expect(twinSafe("Registered office: 4 Quay Street – “Harbour”")).toBe(true);
    expect(twinSafe("Été à Montréal, Σίσυφος, İstanbul")).toBe(true);
    expect(twinSafe("regiſtered office")).toBe(false);
    expect(twinSafe("5 \u212a")).toBe(false);
    expect(twinSafe("news 😀")).toBe(false);
    expect(twinSafe("half \ud83d")).toBe(false);
    // The characters it guards against are the ones where the flags differ.
    expect(/s/iu.test("\u017f")).toBe(true);
    expect(/s/i.test("\u017f")).toBe(false);
    expect(/k\b/iu.test("\u212a")).toBe(true);
    expect(/^.$/i.test("😀")).toBe(false);
  });

  it("twins the costly unanchored rules of the defaults", () => {
    const ids = new Set(twinned.map((t) => t.c.rule.id));
    expect(ids.has("legal/company-notice")).toBe(true);
    expect(twinned.length).toBeGreaterThanOrEqual(20);
  });

  it("agrees with the patterns on the fixtures' lines", () => {
    const lines = loadFixtures().flatMap((f) => f.input.split("\n")).filter(twinSafe);
    let matched = 0;
    for (const { c, pattern, twin } of twinned) {
      for (const line of lines) {
        const want = pattern.test(line);
        if (want) matched++;
        expect(twin.test(line), `${c.rule.id} on ${JSON.stringify(line)}`).toBe(want);
      }
    }
    expect(matched).toBeGreaterThan(5);
  });

  it("agrees with the patterns on generated texts of their literals, case changed, with letters beyond ASCII", () => {
    const pieces = [...new Set(twinned.flatMap((t) => requiredLiterals(t.c.regex!.source) ?? []))];
    const piece = fc.oneof(
      fc.constantFrom(...pieces),
      fc.constantFrom(...pieces).map((p) => p.toUpperCase()),
      fc.constantFrom(" ", "\u0130", "\u0131", "Σ", "ς", "ß", "\u1e9e", "\u212b", "é", "É", "“", "”", "«", ":", "(", ")", "|", "1", "23", "Photo", "\u0627", "\n"),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.nat(twinned.length - 1), (parts, k) => {
        const text = parts.join("");
        fc.pre(twinSafe(text));
        const { pattern, twin } = twinned[k]!;
        const g = (re: RegExp) => new RegExp(re.source, `${re.flags}g`);
        expect(allMatches(g(twin), text)).toEqual(allMatches(g(pattern), text));
      }),
      { numRuns: 4000 },
    );
  });

  it("leaves matchLine's and matchInline's answers unchanged on unsafe texts", () => {
    // A character beyond the BMP makes the line unsafe: the pattern itself runs.
    expect(matchLine(compiled, "Harbour Line Ltd 😀 registered office: 4 Quay Street")?.rule.id).toBe("legal/company-notice");
    expect(matchLine(compiled, "Harbour Line Ltd, registered office: 4 Quay Street")?.rule.id).toBe("legal/company-notice");
    const text = "The council met. Sign up for our Harbour newsletter 😀 Then the vote.";
    expect(matchInline(compiled, text).map((m) => m.rule.id)).toEqual(matchInline(compiled, text.replace("😀", "")).map((m) => m.rule.id));
  });
});
