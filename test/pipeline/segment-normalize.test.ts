import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputOffset } from "../../src/model/block.js";
import { normalize } from "../../src/pipeline/normalize.js";
import { segment } from "../../src/pipeline/segment.js";

describe("segment", () => {
  it("splits on LF, CRLF and CR alike, keeping offsets into the input", () => {
    for (const nl of ["\n", "\r\n", "\r"]) {
      const input = `one${nl}${nl}three`;
      const lines = segment(input);
      expect(lines.map((l) => l.text)).toEqual(["one", "", "three"]);
      for (const l of lines) expect(input.slice(l.start, l.end)).toBe(l.text);
    }
  });

  it("keeps a trailing empty line and handles the empty string", () => {
    expect(segment("a\n").map((l) => l.text)).toEqual(["a", ""]);
    expect(segment("")).toHaveLength(1);
  });
});

describe("normalize", () => {
  it("trims and maps offsets back to the input on the fast path", () => {
    const input = "x\n   Title here  ";
    const [, line] = normalize(segment(input));
    expect(line!.text).toBe("Title here");
    expect(input.slice(inputOffset(line!, 0), inputOffset(line!, line!.text.length))).toBe("Title here");
  });

  it("unifies NBSP and Unicode spaces, collapses runs, keeps zero-width characters, and keeps a map", () => {
    const input = "a\u00a0\u00a0b\u200bc\u2009d  e\ufeff";
    const [line] = normalize(segment(input));
    expect(line!.text).toBe("a b\u200bc d e");
    // Every character of the normalised text maps to the same character in the input.
    for (let i = 0; i < line!.text.length; i++) {
      const ch = line!.text[i]!;
      if (ch !== " ") expect(input[inputOffset(line!, i)]).toBe(ch);
    }
    // The end maps one past the last kept character (the trailing BOM is dropped).
    expect(inputOffset(line!, line!.text.length)).toBe(input.length - 1);
  });

  it("keeps the characters of every script as printed", () => {
    const input = "منذ 5 دقائق — 한국어 ü";
    const [line] = normalize(segment(input));
    expect(line!.text).toBe(input);
  });
});

describe("normalize with the input at hand", () => {
  it("gives the same lines as normalising each line on its own", () => {
    const unit = fc.constantFrom("a", "B", " ", " ", "\n", "\r", "\t", "\u00a0", "\u2003", "\ufeff", "\u200b", "é");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (input) => {
        const alone = normalize(segment(input));
        const scanned = normalize(segment(input), input);
        expect(scanned).toEqual(alone);
      }),
      { seed: 20251127, numRuns: 3000 },
    );
  });

  it("finds work at the very start and end of lines and of the input", () => {
    for (const input of ["  a", "a  ", "\ta\n  b\n", "x\n\u00a0", "a\n\nb  \n  c", "  "]) {
      expect(normalize(segment(input), input), JSON.stringify(input)).toEqual(normalize(segment(input)));
    }
  });
});
