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
  it("has at least 300 cases, a third of them negatives", () => {
    expect(TIMESTAMP_CASES.length).toBeGreaterThanOrEqual(300);
    expect(NEGATIVE_CASES.length * 3).toBeGreaterThanOrEqual(TIMESTAMP_CASES.length);
  });

  describe.each(POSITIVE_CASES.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    it(`resolves to ${c.iso} (${c.precision})`, () => {
      const ts = run(c);
      expect(ts).not.toBeNull();
      expect(ts?.iso).toBe(c.iso);
      expect(ts?.precision).toBe(c.precision);
      // raw is the trimmed input, labels included.
      expect(ts?.raw).toBe(c.input.trim());
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
