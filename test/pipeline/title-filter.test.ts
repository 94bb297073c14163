import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripPunctuation, wordEnd, wordStart } from "../../src/pipeline/page-view.js";
import { bareKey, wordKey } from "../../src/pipeline/title-rank.js";

// The title ranker's word filters (bareKey) may only rule out body words that cannot equal a
// candidate's word: two words as printed whose lower cases (whole, or bare of their edge
// punctuation) are equal, and which the coarser key (wordKey: length and first unit) does not
// tell apart, get the same slot.
const UNITS = ["a", "A", "k", "K", "\u212a", "s", "S", "\u017f", "i", "I", "\u0130", "\u03c3", "\u03c2", "\u03a3", "\u00e9", "\u00c9", "\u0434", "\u0414", "1", "\u4e2d", ".", ",", "\u201c", "\u201d", "'", "-", "\u0307", "\ud801\udc00", "\ud801\udc28"];
const word = fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 7 }).map((us) => us.join(""));

const key = (w: string, slot: (t: string, a: number, b: number) => number): number => {
  const a = wordStart(w, 0, w.length);
  return slot(w, a, wordEnd(w, a, w.length));
};

/** `w` with the case of some units changed (a sigma or an I may change length or form). */
const flip = (w: string, flips: boolean[]): string => [...w].map((u, i) => (flips[i] ? u.toUpperCase() : u.toLowerCase())).join("");
const flips = fc.array(fc.boolean(), { minLength: 7, maxLength: 7 });

describe("the title ranker's word filters", () => {
  it("give equal words the same slot", () => {
    fc.assert(
      fc.property(word, flips, (w, f) => {
        const v = flip(w, f);
        fc.pre(w.toLowerCase() === v.toLowerCase() && wordKey(w, 0, w.length) === wordKey(v, 0, v.length));
        expect(bareKey(v, 0, v.length)).toBe(bareKey(w, 0, w.length));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it("give equal bare words the same slot", () => {
    fc.assert(
      fc.property(word, flips, (w, f) => {
        const v = flip(w, f);
        fc.pre(stripPunctuation(w.toLowerCase()) === stripPunctuation(v.toLowerCase()) && key(w, wordKey) === key(v, wordKey));
        expect(key(v, bareKey)).toBe(key(w, bareKey));
      }),
      { numRuns: 3000, seed: 20261207 },
    );
  });

  it("tells apart words that differ in their last letter", () => {
    expect(key("this", bareKey)).not.toBe(key("that", bareKey));
    expect(key("Story,", bareKey)).toBe(key("story", bareKey));
    expect(key("MAK", bareKey)).toBe(key("ma\u212a", bareKey));
  });
});
