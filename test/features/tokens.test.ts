import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWordTokens, pushWordTokens, wordTokens } from "../../src/features/tokens.js";

const SEED = 20251127;

/** The definition: the first tokens of `wordTokens`, up to the one that takes `out` past `max`. */
function reference(text: string, before: number, max: number): string[] {
  const out: string[] = Array.from({ length: before }, () => "x");
  for (const t of wordTokens(text)) {
    if (out.length > max) break;
    out.push(t);
  }
  return out;
}

// Letters of several scripts, digits, combining marks, both apostrophes, spaces and punctuation,
// an astral letter and an astral non-letter (pairs), lone surrogates of either half.
const PIECES = ["a", "Z", "7", "é", "\u0301", "ж", "서", "ع", "'", "\u2019", " ", "-", ".", "—", "\ud801\udc00", "\ud83d\ude00", "\ud801", "\udc00", "_", "\u00a0", "٣"];
const text = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("pushWordTokens", () => {
  it("gives the tokens of wordTokens, stopping past max (property)", () => {
    fc.assert(
      fc.property(text, fc.nat({ max: 3 }), fc.nat({ max: 12 }), (t, before, max) => {
        const out: string[] = Array.from({ length: before }, () => "x");
        pushWordTokens(t, out, max);
        expect(out).toEqual(reference(t, before, max));
      }),
      { seed: SEED, numRuns: 10000 },
    );
  });

  it("reads apostrophes and pairs as the regex does", () => {
    const out: string[] = [];
    pushWordTokens("It’s l'heure 'x' don't' \ud801\udc00a \ud83d\ude00b", out, 100);
    expect(out).toEqual(["It’s", "l'heure", "x", "don't", "\ud801\udc00a", "b"]);
  });
});

describe("countWordTokens", () => {
  it("counts the tokens of wordTokens (property)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(countWordTokens(t)).toBe(wordTokens(t).length);
      }),
      { seed: SEED, numRuns: 10000 },
    );
  });

  it("joins runs at an inner apostrophe only when a word point follows it", () => {
    expect(countWordTokens("It’s l'heure 'x' don't' \ud801\udc00a \ud83d\ude00b")).toBe(6);
    expect(countWordTokens("end'")).toBe(1);
  });
});
