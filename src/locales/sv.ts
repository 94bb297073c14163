import type { Locale } from "./types.js";

/**
 * Swedish: `för 5 minuter sedan`, `igår kl. 17:30`, `14 augusti 2025`, `i fredags`,
 * `Publicerad 14 aug 2025 kl. 10.32`, `Uppdaterad: 2025-08-14 10:32`.
 *
 * @example
 * ```ts
 * import { sv } from "./sv.js";
 * sv.time.agoAfter; // ["sedan"]
 * ```
 */
export const sv: Locale = {
  code: "sv",
  time: {
    code: "sv",
    // `mån` (month, Monday) is left out: accents are dropped before lookup, and `man` is a word.
    units: {
      sek: "second", sekund: "second", sekunder: "second",
      min: "minute", minut: "minute", minuter: "minute",
      tim: "hour", timme: "hour", timmar: "hour",
      dag: "day", dagar: "day", dygn: "day",
      vecka: "week", veckor: "week",
      månad: "month", månader: "month",
      år: "year",
    },
    countedUnits: { "en halvtimme": { count: 30, unit: "minute" }, halvtimme: { count: 30, unit: "minute" } },
    // `för ... sedan` frames the amount: `för` alone is "for" (a duration), so only `sedan` says "ago"
    // and `för` is read as a word that may lead the amount.
    agoBefore: [],
    agoAfter: ["sedan"],
    numberWords: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, tio: 10, några: 3, "ett par": 2 },
    qualifiers: ["för", "för cirka", "för ca", "för drygt", "för nästan", "för över", "för mindre än"],
    and: ["och"],
    now: ["just nu", "alldeles nyss", "nyss"],
    dayWords: {
      idag: 0, "i dag": 0, igår: 1, "i går": 1, "i förrgår": 2, "i morse": 0, "i kväll": 0, "igår kväll": 1,
      "i går kväll": 1,
    },
    lastPeriods: { "förra veckan": "week", "förra månaden": "month", "förra året": "year", "i fjol": "year" },
    months: {
      januari: 1, jan: 1, februari: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
      juli: 7, jul: 7, augusti: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
      november: 11, nov: 11, december: 12, dec: 12,
    },
    // `i fredags` (last Friday) has its own form of the name.
    weekdays: {
      söndag: 0, måndag: 1, tisdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lördag: 6,
      söndags: 0, måndags: 1, tisdags: 2, onsdags: 3, torsdags: 4, fredags: 5, lördags: 6,
    },
    // Abbreviations are left out: `son`, `ons`, `tis`, `tors`, `lor` end English words (`Jackson`,
    // `questions`), where the glued-stamp search would find them before a date.
    // Read only next to a date (`tor. 14. aug. 2025`); those that are words of other languages (`man`, `pet`) are left out.
    weekdayAbbreviations: { sön: 0, mån: 1, tis: 2, ons: 3, tors: 4, fre: 5, lör: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["kl", "klockan", "den"],
    dayParts: ["morgon", "kväll", "natt", "eftermiddag"],
    weekdayBefore: ["i", "i förra", "på", "förra"],
    labels: [
      "publicerad", "publicerat", "publ", "uppdaterad", "uppdaterat", "uppd", "senast uppdaterad",
      "senast ändrad", "ändrad",
    ],
    ordinalSuffixes: [],
  },
};
