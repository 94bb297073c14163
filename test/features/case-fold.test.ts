import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loweredLength, markRepeatedByLowering, markRepeatedIgnoringCase, SIMPLE_LIMIT, SIMPLE_LOWER } from "../../src/features/case-fold.js";
import { measureWork } from "../helpers/work-meter.js";

const SEED = 20251127;

/** The definition: entries whose lower-cased text another entry shares. */
function reference(texts: ReadonlyArray<string | undefined>): number[] {
  const counts = new Map<string, number>();
  for (const t of texts) if (t !== undefined) counts.set(t.toLowerCase(), (counts.get(t.toLowerCase()) ?? 0) + 1);
  return texts.map((t) => (t !== undefined && counts.get(t.toLowerCase())! > 1 ? 1 : 0));
}

// Characters whose lower case is tricky: İ (two code units), i + combining dot, sigma and its
// final form, the Kelvin and ohm signs (lower-case to ASCII k and Greek omega), a Deseret pair
// (astral, lower-cases to another pair), curly quotes, Cyrillic, a NUL.
const PIECES = ["a", "A", "b", "B", "k", "K", "\u212a", "i", "I", "\u0130", "i\u0307", "I\u0307", "\u03a3", "\u03c3", "\u03c2", "\u2126", "\u03c9", "\u03a9", "\ud801\udc00", "\ud801\udc28", "\u2019", "Ж", "ж", " ", ".", "\u0000", "É", "é"];
const text = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 7 }).map((p) => p.join(""));
const texts = fc.array(fc.option(text, { nil: undefined, freq: 5 }), { maxLength: 40 });

describe("markRepeatedIgnoringCase", () => {
  it("marks case-insensitive repeats", () => {
    expect([...markRepeatedIgnoringCase(["Home", "News", "HOME", undefined])]).toEqual([1, 0, 1, 0]);
    expect([...markRepeatedIgnoringCase(["Home", "Home", "home page"])]).toEqual([1, 1, 0]);
    expect([...markRepeatedIgnoringCase([])]).toEqual([]);
  });

  it("equals lower-casing every entry and counting (property)", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect([...markRepeatedIgnoringCase(t)]).toEqual(reference(t));
        expect([...markRepeatedByLowering(t)]).toEqual(reference(t));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("equals lower-casing on full Unicode strings (property)", () => {
    const any = fc.array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 6 }), fc.constantFrom("Home", "HOME", "home")), { maxLength: 30 });
    fc.assert(
      fc.property(any, (t) => {
        expect([...markRepeatedIgnoringCase(t)]).toEqual(reference(t));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });

  it("told that no entry holds İ, equals lower-casing on entries without it (property)", () => {
    const noDottedI = texts.map((t) => t.map((x) => x?.replaceAll("\u0130", "I")));
    fc.assert(
      fc.property(noDottedI, (t) => {
        expect([...markRepeatedIgnoringCase(t, false)]).toEqual(reference(t));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("gives the same marks on calls of different sizes in a row (the table is reused, not remembered)", () => {
    const big = Array.from({ length: 500 }, (_, i) => `Line ${i % 250}`);
    const small = ["Home", "News", "HOME", undefined, "news", "Sport"];
    for (const t of [big, small, big.slice(0, 7), small, [...small].reverse()]) expect([...markRepeatedIgnoringCase(t)]).toEqual(reference(t));
  });

  it("gives the same marks on a list larger than the kept table, and on a small one after it", () => {
    // 100,000 entries need more slots than the table kept between calls: that call uses its own.
    const huge = Array.from({ length: 100_000 }, (_, i) => (i % 4 === 0 ? "Sign in" : i % 4 === 1 ? "SIGN IN" : `Line ${i % 30_000}`));
    const small = ["Home", "News", "HOME", undefined, "news", "Sport"];
    for (const t of [small, huge, small, huge.slice(0, 9)]) expect([...markRepeatedIgnoringCase(t)]).toEqual(reference(t));
  });

  it("stays right when many different strings share a key (the sampled units)", () => {
    // Same length, same first two, middle and last two units: one bucket, more groups than it compares pairwise.
    const t: string[] = [];
    for (let i = 0; i < 40; i++) t.push(`ab${String.fromCharCode(0x61 + (i % 20))}xm${String.fromCharCode(0x61 + ((i * 7) % 20))}yz`);
    for (let i = 0; i < 10; i++) t.push(t[i]!.toUpperCase());
    expect([...markRepeatedIgnoringCase(t)]).toEqual(reference(t));
  });

  it("does work linear in the lines on many repeats (counted, not timed: 10x the lines, at most 13x the work)", () => {
    const lines = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 === 0 ? "Sign in" : i % 3 === 1 ? "SIGN IN" : `Line ${i}`));
    const small = lines(20_000);
    const large = lines(200_000);
    const ratio = measureWork(() => markRepeatedIgnoringCase(large)).units / measureWork(() => markRepeatedIgnoringCase(small)).units;
    expect(ratio).toBeLessThan(13); // linear is about 10; comparing every repeat with every other would be about 100
    const marks = markRepeatedIgnoringCase(large);
    expect(marks[0]).toBe(1);
    expect(marks[2]).toBe(0);
  });
});

describe("SIMPLE_LOWER and loweredLength", () => {
  it("maps a character as toLowerCase does, or gives 0", () => {
    for (let c = 1; c < SIMPLE_LIMIT; c++) {
      const u = SIMPLE_LOWER[c]!;
      if (u !== 0) expect(String.fromCharCode(c).toLowerCase()).toBe(String.fromCharCode(u));
    }
    expect(SIMPLE_LOWER[0x130]).toBe(0);
    expect(SIMPLE_LOWER[0x3a3]).toBe(0);
  });

  it("is the lower-cased length", () => {
    for (const s of ["", "abc", "\u0130", "x\u0130y\u0130", "\u03a3\u03a3"]) expect(loweredLength(s)).toBe(s.toLowerCase().length);
  });
});
