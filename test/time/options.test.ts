import { describe, expect, it } from "vitest";
import { getLocale, locales } from "../../src/locales/index.js";
import { parseTimestamp } from "../../src/time/parse-timestamp.js";

const ref = "2025-08-14T18:00:00Z";

describe("parseTimestamp options", () => {
  it("keeps raw, kind and precision of relative forms without a reference, with iso null", () => {
    expect(parseTimestamp("11 minutes ago", {})).toEqual({ raw: "11 minutes ago", kind: "relative", iso: null, precision: "minute" });
    expect(parseTimestamp("yesterday", {})).toEqual({ raw: "yesterday", kind: "relative", iso: null, precision: "day" });
    expect(parseTimestamp("Aug. 9", {})).toEqual({ raw: "Aug. 9", kind: "absolute", iso: null, precision: "day" });
  });

  it("still resolves absolute forms without a reference", () => {
    expect(parseTimestamp("19-07-2025", {})?.iso).toBe("2025-07-19T00:00:00.000Z");
    expect(parseTimestamp("Thu, 14 Aug 2025 10:32:00 GMT")?.iso).toBe("2025-08-14T10:32:00.000Z");
  });

  it("accepts a Date or an ISO string as reference", () => {
    const a = parseTimestamp("2 hours ago", { referenceTime: new Date(ref) });
    const b = parseTimestamp("2 hours ago", { referenceTime: ref });
    expect(a).toEqual(b);
    expect(a?.iso).toBe("2025-08-14T16:00:00.000Z");
    expect(parseTimestamp("2 hours ago", { referenceTime: "2025-08-14T20:00:00+02:00" })?.iso).toBe("2025-08-14T16:00:00.000Z");
  });

  it("returns null for relative forms when the reference is invalid (never throws, never Invalid Date)", () => {
    for (const referenceTime of ["yesterday", "2025-08-14T18:00:00", "", new Date(Number.NaN)]) {
      expect(parseTimestamp("2 hours ago", { referenceTime })).toBeNull();
      expect(parseTimestamp("Aug. 9", { referenceTime })).toBeNull();
      // Absolute forms do not need it.
      expect(parseTimestamp("19-07-2025", { referenceTime })?.iso).toBe("2025-07-19T00:00:00.000Z");
    }
  });

  it("returns null when timeZone is not an IANA zone and is needed", () => {
    expect(parseTimestamp("19-07-2025", { timeZone: "Mars/Olympus" })).toBeNull();
    expect(parseTimestamp("2 hours ago", { referenceTime: ref, timeZone: "nope" })).toBeNull();
  });

  it("restricts to one locale when asked", () => {
    expect(parseTimestamp("il y a 5 minutes", { referenceTime: ref, locale: "en" })).toBeNull();
    expect(parseTimestamp("il y a 5 minutes", { referenceTime: ref, locale: "fr" })?.iso).toBe("2025-08-14T17:55:00.000Z");
    expect(parseTimestamp("il y a 5 minutes", { referenceTime: ref, locale: "fr-CA" })?.iso).toBe("2025-08-14T17:55:00.000Z");
    expect(parseTimestamp("منذ 5 دقائق", { referenceTime: ref, locale: "ar" })?.iso).toBe("2025-08-14T17:55:00.000Z");
    // An unknown locale code falls back to all locales.
    expect(parseTimestamp("hier", { referenceTime: ref, locale: "xx" })?.iso).toBe("2025-08-13T00:00:00.000Z");
  });

  it("rejects relative forms that would land after the reference", () => {
    expect(parseTimestamp("today at 11 PM", { referenceTime: ref })).toBeNull();
    expect(parseTimestamp("today at 5 PM", { referenceTime: ref })?.iso).toBe("2025-08-14T17:00:00.000Z");
  });

  it("rejects long lines quickly and non-strings without throwing", () => {
    expect(parseTimestamp(`${"x ".repeat(150)}2 hours ago`, { referenceTime: ref })).toBeNull();
    expect(parseTimestamp(42 as unknown as string, {})).toBeNull();
    expect(parseTimestamp(null as unknown as string, {})).toBeNull();
    expect(parseTimestamp("2 hours ago", null as unknown as {})).toEqual({ raw: "2 hours ago", kind: "relative", iso: null, precision: "hour" });
  });

  it("ignores surrounding whitespace, NBSP and bidi marks", () => {
    expect(parseTimestamp("  \u00a02 hours ago\u200f ", { referenceTime: ref })?.raw).toBe("2 hours ago");
    expect(parseTimestamp("\u200fمنذ 5 دقائق", { referenceTime: ref })?.iso).toBe("2025-08-14T17:55:00.000Z");
  });
});

describe("locales", () => {
  it("lists the built-in locales and finds them by code", () => {
    expect(locales.map((l) => l.code)).toEqual(["en", "fr", "ar", "de", "es", "pt", "it", "ru", "pl", "nl", "tr", "id", "sv", "da", "nb", "cs", "ro", "hu", "uk", "vi", "hi", "bn", "fa", "sk", "hr", "fi", "ca", "sl", "lt", "lv", "et", "th", "he", "el", "bg", "ur", "ta"]);
    expect(getLocale("FR")?.code).toBe("fr");
    expect(getLocale("ar-EG")?.code).toBe("ar");
    expect(getLocale("de-AT")?.code).toBe("de");
    expect(getLocale("pt_BR")?.code).toBe("pt");
    expect(getLocale("ru-RU")?.code).toBe("ru");
    expect(getLocale("pl-PL")?.code).toBe("pl");
    expect(getLocale("nl-BE")?.code).toBe("nl");
    expect(getLocale("tr-TR")?.code).toBe("tr");
    expect(getLocale("id-ID")?.code).toBe("id");
    expect(getLocale("xx")).toBeUndefined();
  });

  it("restricts parsing to one locale with `locale`, and tries all without it", () => {
    expect(parseTimestamp("vor 5 Minuten", { referenceTime: ref, locale: "de" })?.iso).toBe("2025-08-14T17:55:00.000Z");
    expect(parseTimestamp("vor 5 Minuten", { referenceTime: ref, locale: "en" })).toBeNull();
    expect(parseTimestamp("hace 2 horas", { referenceTime: ref })?.iso).toBe("2025-08-14T16:00:00.000Z");
    expect(parseTimestamp("2 ore fa", { referenceTime: ref, locale: "it-IT" })?.iso).toBe("2025-08-14T16:00:00.000Z");
  });

  it("reads the locales from the 32nd on, alone and among all (they share one bit of the pre-check)", () => {
    expect(locales.length).toBeGreaterThan(32);
    expect(parseTimestamp("2 tuntia sitten", { referenceTime: ref })?.iso).toBe("2025-08-14T16:00:00.000Z");
    expect(parseTimestamp("fa 3 hores", { referenceTime: ref, locale: "ca" })?.iso).toBe("2025-08-14T15:00:00.000Z");
    expect(parseTimestamp("prieš 2 valandas", { referenceTime: ref, locale: "lt-LT" })?.iso).toBe("2025-08-14T16:00:00.000Z");
    expect(parseTimestamp("2 மணி நேரத்திற்கு முன்பு", { referenceTime: ref, locale: "ta" })?.iso).toBe("2025-08-14T16:00:00.000Z");
    // Serbian, in either script, is read by the Croatian locale.
    expect(parseTimestamp("пре 3 сата", { referenceTime: ref, locale: "sr" })?.iso).toBe("2025-08-14T15:00:00.000Z");
    expect(parseTimestamp("pre 3 sata", { referenceTime: ref, locale: "sr-Latn" })?.iso).toBe("2025-08-14T15:00:00.000Z");
    // One locale's words are not read by another's.
    expect(parseTimestamp("2 tuntia sitten", { referenceTime: ref, locale: "et" })).toBeNull();
    expect(parseTimestamp("pirms 2 stundām", { referenceTime: ref, locale: "lt" })).toBeNull();
    expect(getLocale("lv")?.time.agoBefore).toEqual(["pirms"]);
  });

  it("takes the amount, not the clock beside it, when the amount is shorter than a day", () => {
    expect(parseTimestamp("2 hours ago (10:32 AM)", { referenceTime: ref })).toEqual({ raw: "2 hours ago (10:32 AM)", kind: "relative", iso: "2025-08-14T16:00:00.000Z", precision: "hour" });
    // The same in any zone: the clock may be the site's, the amount is not.
    expect(parseTimestamp("2 hours ago (10:32 AM)", { referenceTime: ref, timeZone: "Asia/Tokyo" })?.iso).toBe("2025-08-14T16:00:00.000Z");
    expect(parseTimestamp("2 days ago at 07:54 am", { referenceTime: ref })?.iso).toBe("2025-08-12T07:54:00.000Z");
    expect(parseTimestamp("1d 2h ago at 10:00", { referenceTime: ref })?.iso).toBe("2025-08-13T10:00:00.000Z");
  });
});
