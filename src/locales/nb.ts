import type { Locale } from "./types.js";

/**
 * Norwegian (Bokmål; `no` and `nn` find it too): `for 5 minutter siden`, `i går kl. 17.30`,
 * `14. august 2025`, `Publisert 14.08.2025 10:32`, `Oppdatert: 14. aug. 2025, 10:32`.
 *
 * @example
 * ```ts
 * import { nb } from "./nb.js";
 * nb.time.agoAfter; // ["siden"]
 * ```
 */
export const nb: Locale = {
  code: "nb",
  time: {
    code: "nb",
    units: {
      sek: "second", sekund: "second", sekunder: "second",
      min: "minute", minutt: "minute", minutter: "minute",
      time: "hour", t: "hour", timer: "hour",
      dag: "day", dager: "day", døgn: "day",
      uke: "week", uker: "week",
      måned: "month", måneder: "month", mnd: "month",
      år: "year",
    },
    countedUnits: { "en halvtime": { count: 30, unit: "minute" }, halvtime: { count: 30, unit: "minute" }, kvarter: { count: 15, unit: "minute" } },
    // `for ... siden`: `for` alone is "for" (a duration), so only `siden` says "ago".
    agoBefore: [],
    agoAfter: ["siden"],
    numberWords: { en: 1, tre: 3, fire: 4, fem: 5, noen: 3 },
    qualifiers: ["for", "for cirka", "for ca", "for drøyt", "for nesten", "for over", "for under"],
    and: ["og"],
    now: ["akkurat nå", "nettopp", "for litt siden"],
    dayWords: { idag: 0, "i dag": 0, igår: 1, "i går": 1, "i forgårs": 2, "i morges": 0, "i kveld": 0, "i går kveld": 1 },
    lastPeriods: { "forrige uke": "week", "i forrige uke": "week", "forrige måned": "month", "i fjor": "year" },
    // `des` (December) is left out: a French word every French page prints.
    months: {
      januar: 1, jan: 1, februar: 2, feb: 2, mars: 3, mar: 3, april: 4, apr: 4, mai: 5, juni: 6, jun: 6,
      juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10,
      november: 11, nov: 11, desember: 12,
    },
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
    dayParts: ["morgen", "kveld", "natt", "ettermiddag"],
    weekdayBefore: ["i", "forrige", "på", "sist"],
    labels: ["publisert", "oppdatert", "sist oppdatert", "endret", "sist endret"],
    ordinalSuffixes: [],
  },
};
