import { describe, expect, it } from "vitest";
import { parseTimestamp } from "../../src/time/parse-timestamp.js";
import { NEGATIVE_CASES, POSITIVE_CASES, REFERENCE, TIMESTAMP_CASES, type TimestampCase } from "./cases.js";

function run(c: TimestampCase) {
  return parseTimestamp(c.input, {
    referenceTime: c.ref ?? REFERENCE,
    ...(c.timeZone ? { timeZone: c.timeZone } : {}),
    ...(c.dateOrder ? { dateOrder: c.dateOrder } : {}),
  });
}

const label = (c: TimestampCase) => `${JSON.stringify(c.input)}${c.timeZone ? ` [${c.timeZone}]` : ""}${c.dateOrder ? ` [${c.dateOrder}]` : ""}${c.ref ? ` @${c.ref}` : ""}`;

describe("timestamp table", () => {
  it("has at least 800 cases, 200 of them negatives, in every locale", () => {
    expect(TIMESTAMP_CASES.length).toBeGreaterThanOrEqual(800);
    expect(NEGATIVE_CASES.length).toBeGreaterThanOrEqual(200);
    for (const locale of ["de", "es", "pt", "it", "ru", "pl", "nl", "tr", "id"]) {
      expect(POSITIVE_CASES.filter((c) => c.group === `locale-${locale}`).length, locale).toBeGreaterThanOrEqual(50);
      expect(NEGATIVE_CASES.filter((c) => c.group === `locale-${locale}`).length, locale).toBeGreaterThanOrEqual(15);
    }
    // Round eight's locales: every family (relative amounts, day words with clocks, dates with month
    // names, labels) and their look-alikes.
    for (const locale of ["sv", "da", "nb", "cs", "ro", "hu", "el", "uk", "vi", "hi", "bn", "fa", "sk", "hr", "th", "he", "fi", "ca", "bg", "sr", "sl", "lt", "lv", "et", "ur", "ta"]) {
      expect(POSITIVE_CASES.filter((c) => c.group === `locale-${locale}`).length, locale).toBeGreaterThanOrEqual(9);
      expect(NEGATIVE_CASES.filter((c) => c.group === `locale-${locale}`).length, locale).toBeGreaterThanOrEqual(2);
    }
  });

  describe.each(POSITIVE_CASES.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    it(`resolves to ${c.iso} (${c.precision})`, () => {
      const ts = run(c);
      expect(ts).not.toBeNull();
      expect(ts?.iso).toBe(c.iso);
      expect(ts?.precision).toBe(c.precision);
      // raw is the trimmed input, labels included, or the stamp alone beside a source name.
      expect(ts?.raw).toBe(c.raw ?? c.input.trim());
      // Relative results never land after the reference.
      if (ts?.kind === "relative" && ts.iso !== null) {
        expect(Date.parse(ts.iso)).toBeLessThanOrEqual(Date.parse(c.ref ?? REFERENCE));
      }
    });
  });

  it.each(NEGATIVE_CASES.map((c) => [label(c), c] as const))("%s is not a timestamp", (_name, c) => {
    expect(run(c)).toBeNull();
  });
});
