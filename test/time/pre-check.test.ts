/**
 * The fast pre-check must answer exactly as the regular expression it replaces on the hot path:
 * a line it wrongly rejects would lose a timestamp, one it wrongly passes only costs time, but
 * the output must not change at all, so both directions are checked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isReadable } from "../../src/time/grammar.js";
import { tokenize } from "../../src/time/lexer.js";
import { parseTimestamp } from "../../src/time/parse-timestamp.js";
import { MAY_HOLD_TIMESTAMP, mayHoldTimestamp } from "../../src/time/vocabulary.js";
import { POSITIVE_CASES, REFERENCE } from "./cases.js";

/** Pieces of time words, their case variants, and characters that fold to ASCII letters under `iu`. */
const PIECES = [
  "ago", "AGO", "il", "Il", "May", "mAY", "mar", "Marathon", "sept", "SEPT", "jan.", "yesterday", "YesterDay", "just",
  "hier", "avant-hier", "moment", "today", "décembre", "Août", "منذ", "أمس", "ſeconds", "aſo", "\u212Aay", "İl", "ı",
  "é", "٣", "5", "0", " ", "-", "'", "’", ".", ",", ":", "x", "Q", "\u00a0", "\u{1d400}",
];

describe("mayHoldTimestamp", () => {
  it("answers as MAY_HOLD_TIMESTAMP on lines made of time-word pieces and letters", () => {
    const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 10 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(line, (text) => {
        expect(mayHoldTimestamp(text)).toBe(MAY_HOLD_TIMESTAMP.test(text));
      }),
      { seed: 42, numRuns: 20_000 },
    );
  });

  it("answers as MAY_HOLD_TIMESTAMP on fixed cases", () => {
    for (const text of ["", "Related Articles", "Email", "Marathon", "Mar", "mar.", "xMAY", "MAYx", "Sunday Times", "timeyesterday",
      "Reutersil y a 5 minutes", "ſunday", "\u212Aay", "Al Jazeeraمنذ 21 ساعات", "Chicago", "9/11", "Monday"]) {
      expect(mayHoldTimestamp(text), text).toBe(MAY_HOLD_TIMESTAMP.test(text));
    }
  });
});

describe("isReadable", () => {
  it("holds for every token of every timestamp in the table (the grammar reads only those)", () => {
    for (const c of POSITIVE_CASES) {
      const stamp = parseTimestamp(c.input, { referenceTime: c.ref ?? REFERENCE, timeZone: c.timeZone, dateOrder: c.dateOrder });
      if (stamp === null) continue;
      for (const t of tokenize(stamp.raw)) expect(isReadable(t), `${c.input}: ${t.text}`).toBe(true);
    }
  });

  it("is false for words and marks outside every vocabulary", () => {
    expect(tokenize("Related « Articles »").map(isReadable)).toEqual([false, false, false, false]);
  });
});
