import { describe, expect, it } from "vitest";
import { LUNAR_HIJRI_YEARS, lunarHijriToGregorian } from "../../src/time/lunar-hijri.js";

const iso = (g: readonly number[] | null) => (g === null ? null : `${g[0]}-${String(g[1]).padStart(2, "0")}-${String(g[2]).padStart(2, "0")}`);

describe("lunarHijriToGregorian (tabular calendar, civil epoch)", () => {
  it("converts dates worked out by hand", () => {
    expect(iso(lunarHijriToGregorian(1445, 11, 12))).toBe("2024-05-20");
    expect(iso(lunarHijriToGregorian(1446, 9, 1))).toBe("2025-03-01");
    expect(iso(lunarHijriToGregorian(1400, 1, 1))).toBe("1979-11-21");
    expect(iso(lunarHijriToGregorian(1445, 12, 30))).toBe("2024-07-07");
  });

  it("gives months of 30 and 29 days in turn, the twelfth 30 days in the 11 leap years of 30", () => {
    expect(lunarHijriToGregorian(1447, 2, 30)).toBeNull();
    expect(lunarHijriToGregorian(1447, 1, 30)).not.toBeNull();
    // 1445 is the 5th year of its cycle (leap), 1444 the 4th (common).
    expect(lunarHijriToGregorian(1444, 12, 30)).toBeNull();
    expect(lunarHijriToGregorian(1445, 13, 1)).toBeNull();
    expect(lunarHijriToGregorian(1445, 1, 0)).toBeNull();
  });

  it("agrees with ICU's islamic-civil calendar on every day of the years read", () => {
    const fmt = new Intl.DateTimeFormat("en-u-ca-islamic-civil", { timeZone: "UTC", year: "numeric", month: "numeric", day: "numeric" });
    const start = lunarHijriToGregorian(LUNAR_HIJRI_YEARS.min, 1, 1)!;
    const end = lunarHijriToGregorian(LUNAR_HIJRI_YEARS.max, 12, 29)!;
    let days = 0;
    for (let t = Date.UTC(start[0], start[1] - 1, start[2]); t <= Date.UTC(end[0], end[1] - 1, end[2]); t += 86_400_000) {
      const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
      const got = lunarHijriToGregorian(Number(String(p.year).replace(/\D/gu, "")), Number(p.month), Number(p.day));
      if (iso(got) !== new Date(t).toISOString().slice(0, 10)) expect(iso(got)).toBe(new Date(t).toISOString().slice(0, 10));
      days++;
    }
    expect(days).toBeGreaterThan(50_000);
  });
});
