import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { inputOffset } from "../../src/model/block.js";
import { countWords } from "../../src/pipeline/classify.js";
import { isBlankUnit, NEEDS_WORK, normalize, NORMALIZE_STRIDE, NOT_BLANK, plainSpaces } from "../../src/pipeline/normalize.js";
import { segment, SEGMENT_STRIDE } from "../../src/pipeline/segment.js";

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

  it("reads the line separator, paragraph separator and next line as spaces inside the line", () => {
    // A browser renders them as breaks, but innerText gives them back as they are: they are not
    // line breaks for segment, and normalisation folds them (with any run of spaces) into one space.
    const input = "Sent according to\u2028the Harbour Notes Privacy Policy.\u2029 Next\u0085part\nend";
    const lines = segment(input);
    expect(lines.length).toBe(2);
    for (const lines2 of [normalize(segment(input)), normalize(segment(input), input)]) {
      const [line] = lines2;
      expect(line!.text).toBe("Sent according to the Harbour Notes Privacy Policy. Next part");
      expect(line!.words).toBe(countWords(line!.text));
      // The folded space maps to the separator it stands for; every kept character to itself.
      const at = line!.text.indexOf(" the");
      expect(input[inputOffset(line!, at)]).toBe("\u2028");
      for (let i = 0; i < line!.text.length; i++) {
        const ch = line!.text[i]!;
        if (ch !== " ") expect(input[inputOffset(line!, i)]).toBe(ch);
      }
    }
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

describe("plainSpaces and the word counts of normalize", () => {
  // Every character NEEDS_WORK names, its neighbours, line breaks, and a few ordinary ones.
  const unit = fc.constantFrom(
    "a", "Z", " ", " ", " ", "\n", "\r", "\t", "\u000b", "\u000c", "\u000d", "\u001f", "!", "\u009f", "\u00a0", "\u00a1",
    "\u0084", "\u0085", "\u0086", "\u1680", "\u1fff", "\u2000", "\u2005", "\u200a", "\u200b", "\u2027", "\u2028", "\u2029", "\u202a", "\u202f", "\u205f", "\u3000", "\ufeff", "\ufffe", "é", "ж", "\ud83d",
  );

  it("answers as NEEDS_WORK, and counts the spaces otherwise", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      expect(plainSpaces(ch, 0, 1) < 0, c.toString(16)).toBe(NEEDS_WORK.test(ch));
    }
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.nat(45), fc.nat(45), (s, x, y) => {
        const from = Math.min(x, y, s.length);
        const to = Math.min(Math.max(x, y), s.length);
        const part = s.slice(from, to);
        const spaces = plainSpaces(s, from, to);
        expect(spaces < 0).toBe(NEEDS_WORK.test(part));
        if (spaces >= 0) expect(spaces).toBe(part.split(" ").length - 1);
      }),
      { seed: 20251128, numRuns: 5000 },
    );
  });

  it("gives every line the word count countWords gives its text, with or without the input", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (input) => {
        for (const lines of [normalize(segment(input), input), normalize(segment(input))]) {
          for (const line of lines) expect(line.words, JSON.stringify(line.text)).toBe(countWords(line.text));
        }
      }),
      { seed: 20251128, numRuns: 3000 },
    );
  });
});

/**
 * Normalisation as first written: every space-like character, byte-order mark and space ends a
 * copied run, and one " " is put back for each gap between kept characters. The stage must
 * give the same text, map, text start and words (its fast paths only skip work).
 */
function referenceNormalize(raw: string, start: number): { text: string; map: number[]; textStart: number; words: number } {
  const spaceLike = /^[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]$/;
  let text = "";
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (spaceLike.test(ch)) {
      if (map.length > 0 && pendingSpace < 0) pendingSpace = start + i;
      continue;
    }
    if (ch === "\ufeff") continue;
    if (pendingSpace >= 0) {
      text += " ";
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    text += ch;
    map.push(start + i);
  }
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : start);
  return { text, map, textStart: map[0]!, words: text === "" ? 0 : text.split(" ").length };
}

describe("normalize against its first definition", () => {
  it("gives the same text, offsets and word count for every line", () => {
    const unit = fc.constantFrom("a", "b", "é", "\u200b", " ", " ", " ", "\t", "\u00a0", "\u2003", "\ufeff", "\n");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (input) => {
        for (const line of normalize(segment(input), input)) {
          const ref = referenceNormalize(input.slice(line.start, line.end), line.start);
          expect(line.text).toBe(ref.text);
          expect(line.words).toBe(ref.words);
          // A blank line's offsets were never one definition (the trimming path puts its start
          // after the spaces, the other at the line start), and nothing reads them.
          if (line.text === "") continue;
          expect(line.textStart).toBe(ref.textStart);
          for (let i = 0; i <= line.text.length; i++) expect(inputOffset(line, i)).toBe(ref.map[i]);
        }
      }),
      { seed: 20251128, numRuns: 5000 },
    );
  });
});

describe("the time budget in segment and normalize", () => {
  /** A budget that is spent at the `n`-th read, counting the reads. */
  const spentAt = (n: number) => {
    let reads = 0;
    return { outOfTime: () => ++reads >= n, reads: () => reads };
  };

  it("segment reads it every SEGMENT_STRIDE lines and returns the lines made so far, the last ending before the input", () => {
    for (const nl of ["\n", "\r\n", "\r"]) {
      const input = `a${nl}`.repeat(SEGMENT_STRIDE * 3 + 5);
      const budget = spentAt(2);
      const lines = segment(input, budget.outOfTime);
      expect(lines).toHaveLength(SEGMENT_STRIDE * 2);
      expect(budget.reads()).toBe(2);
      expect(lines.at(-1)!.end).toBeLessThan(input.length);
      expect(lines).toEqual(segment(input).slice(0, lines.length));
    }
    // Never spent: the same lines as without a budget, one read per stride.
    const input = "x\n".repeat(SEGMENT_STRIDE * 2 + 1);
    const budget = spentAt(Infinity);
    expect(segment(input, budget.outOfTime)).toEqual(segment(input));
    expect(budget.reads()).toBe(2);
  });

  it("normalize reads it every NORMALIZE_STRIDE lines and returns the lines normalised so far", () => {
    const input = "a  b\u00a0c\n".repeat(NORMALIZE_STRIDE * 2 + 7);
    for (const src of [input, undefined]) {
      const budget = spentAt(2);
      const lines = normalize(segment(input), src, budget.outOfTime);
      expect(lines).toHaveLength(NORMALIZE_STRIDE * 2 - 1);
      expect(lines.map((l) => l.text)).toEqual(normalize(segment(input), src).slice(0, lines.length).map((l) => l.text));
    }
  });

  it("NOT_BLANK matches exactly the code units isBlankUnit does not count as blank", () => {
    for (let c = 0; c <= 0xffff; c++) {
      NOT_BLANK.lastIndex = 0;
      if (NOT_BLANK.test(String.fromCharCode(c)) === isBlankUnit(c)) expect.fail(`U+${c.toString(16)}`);
    }
    NOT_BLANK.lastIndex = 0;
  });
});
