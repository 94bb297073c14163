import type { Locale } from "./types.js";

/**
 * Danish: `for 5 minutter siden`, `i går kl. 17.30`, `14. august 2025`, `i fredags`,
 * `Publiceret 14. aug. 2025 kl. 10.32`, `Opdateret: 14.08.2025 10:32`.
 *
 * @example
 * ```ts
 * import { da } from "./da.js";
 * da.time.agoAfter; // ["siden"]
 * ```
 */
export const da: Locale = {
  code: "da",
  time: {
    code: "da",
    units: {
      sek: "second", sekund: "second", sekunder: "second",
      min: "minute", minut: "minute", minutter: "minute",
      time: "hour", t: "hour", timer: "hour",
      dag: "day", dage: "day", døgn: "day",
      uge: "week", uger: "week",
      måned: "month", måneder: "month", md: "month", mdr: "month",
      år: "year",
    },
    countedUnits: { "en halv time": { count: 30, unit: "minute" }, kvarter: { count: 15, unit: "minute" } },
    // `for ... siden`: `for` alone is "for" (a duration), so only `siden` says "ago".
    agoBefore: [],
    agoAfter: ["siden"],
    numberWords: { en: 1, tre: 3, fire: 4, fem: 5, nogle: 3 },
    qualifiers: ["for", "for cirka", "for ca", "for godt", "for næsten", "for over", "for under"],
    and: ["og"],
    now: ["lige nu", "for lidt siden", "netop nu"],
    dayWords: { idag: 0, "i dag": 0, igår: 1, "i går": 1, "i forgårs": 2, "i morges": 0, "i aftes": 1, "i går aftes": 1 },
    lastPeriods: {
      "sidste uge": "week", "i sidste uge": "week", "sidste måned": "month", "i sidste måned": "month",
      "sidste år": "year", "i fjor": "year",
    },
    months: {
      januar: 1, jan: 1, februar: 2, feb: 2, marts: 3, mar: 3, april: 4, apr: 4, maj: 5, juni: 6, jun: 6,
      juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
      november: 11, nov: 11, december: 12, dec: 12,
    },
    // `i fredags` (last Friday) has its own form of the name.
    weekdays: {
      søndag: 0, mandag: 1, tirsdag: 2, onsdag: 3, torsdag: 4, fredag: 5, lørdag: 6,
      søndags: 0, mandags: 1, tirsdags: 2, onsdags: 3, torsdags: 4, fredags: 5, lørdags: 6,
    },
    // Abbreviations are left out: `son`, `ons`, `tis`, `tors`, `lor` end English words (`Jackson`,
    // `questions`), where the glued-stamp search would find them before a date.
    // Read only next to a date (`tor. 14. aug. 2025`); those that are words of other languages (`man`, `pet`) are left out.
    weekdayAbbreviations: { søn: 0, tir: 2, ons: 3, tor: 4, fre: 5, lør: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["kl", "klokken", "den"],
    dayParts: ["morgen", "aften", "nat", "eftermiddag"],
    weekdayBefore: ["i", "sidste", "på", "i sidste"],
    labels: ["publiceret", "opdateret", "senest opdateret", "udgivet", "offentliggjort"],
    ordinalSuffixes: [],
  },
};
