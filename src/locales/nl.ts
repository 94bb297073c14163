import type { Locale } from "./types.js";

/**
 * Dutch: `5 minuten geleden`, `een uur geleden`, `gisteren om 17:30`, `14 augustus 2025`,
 * `Gepubliceerd op 14 aug. 2025 om 10:32 uur`, `Bijgewerkt: 14-08-2025, 10:32`.
 *
 * @example
 * ```ts
 * import { nl } from "./nl.js";
 * nl.time.agoAfter; // ["geleden"]
 * ```
 */
export const nl: Locale = {
  code: "nl",
  time: {
    code: "nl",
    // `uur` is singular and plural (`3 uur geleden`). The Flemish `u` is left out: a one-letter
    // word every page has, looked up as a possible end of a stamp.
    units: {
      sec: "second", seconde: "second", seconden: "second",
      min: "minute", minuut: "minute", minuten: "minute",
      // `3 u geleden`: the hour abbreviated, before `geleden` only (no compact `3u`).
      uur: "hour", uren: "hour", u: "hour",
      dag: "day", dgn: "day", dagen: "day",
      week: "week", weken: "week",
      mnd: "month", maand: "month", maanden: "month",
      jr: "year", jaar: "year", jaren: "year",
    },
    countedUnits: {
      "een half uur": { count: 30, unit: "minute" }, "half uur": { count: 30, unit: "minute" },
      "een kwartier": { count: 15, unit: "minute" }, "anderhalf uur": { count: 90, unit: "minute" },
      "een halfjaar": { count: 6, unit: "month" }, "een half jaar": { count: 6, unit: "month" },
    },
    agoBefore: [],
    agoAfter: ["geleden"],
    numberWords: {
      een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
      // Vague amounts resolve to 3, as in English.
      enkele: 3, "een paar": 3, paar: 3, "een aantal": 3,
    },
    qualifiers: ["ongeveer", "circa", "bijna", "ruim", "meer dan", "minder dan", "zo'n", "pakweg"],
    and: ["en"],
    now: ["zojuist", "zonet", "enkele ogenblikken geleden", "een ogenblik geleden", "enkele momenten geleden"],
    dayWords: {
      vandaag: 0, gisteren: 1, eergisteren: 2, vanochtend: 0, vanmorgen: 0, vanmiddag: 0, vanavond: 0,
      gisterochtend: 1, gistermorgen: 1, gistermiddag: 1, gisteravond: 1,
    },
    lastPeriods: {
      "vorige week": "week", "afgelopen week": "week", "vorige maand": "month", "afgelopen maand": "month",
      "vorig jaar": "year", "afgelopen jaar": "year",
    },
    months: {
      januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5,
      juni: 6, jun: 6, juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9,
      oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
    },
    weekdays: {
      zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
    },
    // Dutch writes a weekday and a part of the day as one word (`zondagavond`): read as the day.
    weekdayCompounds: ["ochtend", "morgen", "middag", "avond", "nacht"],
    // The two-letter abbreviations (`zo`, `ma`, `wo`, `vr`, `za`) are left out: the glued-word search
    // finds them at the end of English words (`two - 1 December 2020`).
    // Read only next to a date (`tor. 14. aug. 2025`); those that are words of other languages (`man`, `pet`) are left out.
    weekdayAbbreviations: { zo: 0, ma: 1, di: 2, wo: 3, do: 4, vr: 5, za: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["om", "op"],
    dayParts: ["ochtend", "morgen", "middag", "avond", "nacht"],
    weekdayBefore: ["op", "vorige", "afgelopen"],
    // `om 10:32 uur`.
    clockSuffixes: ["uur"],
    labels: [
      "gepubliceerd", "gepubliceerd op", "bijgewerkt", "bijgewerkt op", "laatst bijgewerkt",
      "laatst bijgewerkt op", "laatste update", "aangepast", "aangepast op", "geplaatst", "geplaatst op",
      "gewijzigd", "gewijzigd op", "datum",
    ],
    ordinalSuffixes: ["e", "ste"],
  },
};
