import { describe, expect, it } from "vitest";
import { findTimestamp } from "../../src/time/find-timestamp.js";
import { parseTimestamp } from "../../src/time/parse-timestamp.js";
import { ATLANTIC_OR_ARABIA, settleZone } from "../../src/time/zones.js";

const referenceTime = "2025-08-14T18:00:00Z";

describe("round eleven's families inside a line (findTimestamp)", () => {
  const cases: ReadonlyArray<readonly [string, string, string, string | null]> = [
    // text, before, raw, iso
    ["Harbour Wire | 18 May 2024 1430 GMT", "Harbour Wire |", "18 May 2024 1430 GMT", "2024-05-18T14:30:00.000Z"],
    ["Harbour Wire · 20240518T143000Z", "Harbour Wire ·", "20240518T143000Z", "2024-05-18T14:30:00.000Z"],
    ["港灣日報 民國113年5月18日", "港灣日報", "民國113年5月18日", "2024-05-18T00:00:00.000Z"],
    ["港灣日報 113年5月18日", "港灣日報", "113年5月18日", "2024-05-18T00:00:00.000Z"],
    ["جريدة الميناء 12 ذو القعدة 1445 هـ", "جريدة الميناء", "12 ذو القعدة 1445 هـ", "2024-05-20T00:00:00.000Z"],
  ];
  it.each(cases)("%s", (text, before, raw, iso) => {
    const f = findTimestamp(text, { referenceTime });
    expect(f?.before).toBe(before);
    expect(f?.timestamp.raw).toBe(raw);
    expect(f?.timestamp.iso).toBe(iso);
  });

  it("reads a year after an apostrophe rather than a year-less date before it", () => {
    expect(findTimestamp("Harbour Times 18 May '24", { referenceTime })?.timestamp.iso).toBe("2024-05-18T00:00:00.000Z");
  });

  it("reads no year-less date from a month glued after a year it cannot read", () => {
    for (const text of ["港灣日報 6年5月18日", "港灣日報 13年5月18日", "港灣日報 民國0年5月18日"]) {
      expect(findTimestamp(text, { referenceTime }), text).toBeNull();
    }
  });

  it("takes no number for a wire clock: prices, scores, phone numbers, counts", () => {
    for (const text of ["The 1430 people who came", "Tickets £1430 GMT", "Call +44 1430 GMT", "Final score 1430 GMT", "Room 1430 GMT, level 2"]) {
      expect(findTimestamp(text, { referenceTime }), text).toBeNull();
      expect(parseTimestamp(text, { referenceTime }), text).toBeNull();
    }
    // A wire clock never stands without its date, even inside a line.
    expect(findTimestamp("Markets close at 1430 GMT", { referenceTime })).toBeNull();
  });
});

describe("AST, Arabia or Atlantic", () => {
  it("is Arabia by default and Atlantic when the page's zone is in the Americas", () => {
    expect(parseTimestamp("18 May 2024 10:30 AST")?.iso).toBe("2024-05-18T07:30:00.000Z");
    expect(parseTimestamp("18 May 2024 10:30 AST", { timeZone: "Asia/Riyadh" })?.iso).toBe("2024-05-18T07:30:00.000Z");
    expect(parseTimestamp("18 May 2024 10:30 AST", { timeZone: "America/Puerto_Rico" })?.iso).toBe("2024-05-18T14:30:00.000Z");
    expect(parseTimestamp("18 May 2024 10:30 AST", { timeZone: "Atlantic/Bermuda" })?.iso).toBe("2024-05-18T14:30:00.000Z");
    expect(settleZone(ATLANTIC_OR_ARABIA, { kind: "offset", minutes: -300 })).toEqual({ kind: "offset", minutes: -240 });
    expect(settleZone(ATLANTIC_OR_ARABIA, { kind: "offset", minutes: 60 })).toBe(ATLANTIC_OR_ARABIA);
  });

  it("settles only AST: other zones are themselves", () => {
    const bst = { kind: "offset", minutes: 60 } as const;
    expect(settleZone(bst, { kind: "iana", name: "America/Halifax" })).toBe(bst);
    expect(parseTimestamp("18 May 2024 10:30 ADT", { timeZone: "Asia/Riyadh" })?.iso).toBe("2024-05-18T13:30:00.000Z");
  });
});
