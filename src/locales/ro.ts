import type { Locale } from "./types.js";

/**
 * Romanian: `acum 5 minute`, `acum o oră`, `ieri la 17:30`, `14 august 2025`,
 * `Publicat: 14.08.2025, 10:32`, `Actualizat joi, 14 august 2025, ora 10:32`.
 *
 * @example
 * ```ts
 * import { ro } from "./ro.js";
 * ro.time.agoBefore; // ["acum"]
 * ```
 */
export const ro: Locale = {
  code: "ro",
  time: {
    code: "ro",
    // `luni` is both months and Monday: as a unit it follows a number, as a weekday it stands alone.
    units: {
      sec: "second", secundă: "second", secunde: "second",
      min: "minute", minut: "minute", minute: "minute",
      oră: "hour", h: "hour", ore: "hour",
      zi: "day", zile: "day",
      săptămână: "week", săptămâni: "week",
      lună: "month", luni: "month",
      an: "year", ani: "year",
    },
    countedUnits: { "jumătate de oră": { count: 30, unit: "minute" } },
    agoBefore: ["acum", "acum aproximativ", "acum circa"],
    agoAfter: [],
    numberWords: { o: 1, un: 1, două: 2, doi: 2, trei: 3, patru: 4, cinci: 5, zece: 10, câteva: 3, câțiva: 3 },
    qualifiers: ["aproximativ", "circa", "peste", "aproape", "mai bine de"],
    and: ["și"],
    now: ["chiar acum", "acum câteva momente", "adineauri"],
    dayWords: { azi: 0, astăzi: 0, ieri: 1, alaltăieri: 2, "ieri seară": 1, "azi-noapte": 0, "aseară": 1 },
    lastPeriods: { "săptămâna trecută": "week", "luna trecută": "month", "anul trecut": "year" },
    // `noi` (November) is left out: the word "we"; so is `ian` (January), an English name (`Ian 5`).
    months: {
      ianuarie: 1, februarie: 2, feb: 2, martie: 3, mar: 3, aprilie: 4, apr: 4, mai: 5, iunie: 6, iun: 6,
      iulie: 7, iul: 7, august: 8, aug: 8, septembrie: 9, sep: 9, sept: 9, octombrie: 10, oct: 10,
      noiembrie: 11, nov: 11, decembrie: 12, dec: 12,
    },
    // January abbreviated (`5 ian. 2024`), between a day and a year only (it ends names: `Adrian`).
    monthsBeforeYear: { ian: 1 },
    weekdays: { duminică: 0, luni: 1, marți: 2, miercuri: 3, joi: 4, vineri: 5, sâmbătă: 6 },
    // Abbreviations are left out: `mar` is March too, and `vin`, `sam` end English words (`Kevin`).
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    connectors: ["la", "ora", "la ora", "orele", "la orele"],
    dayParts: ["dimineață", "seara", "după-amiază", "noaptea"],
    weekdayAfter: ["trecută", "trecut"],
    labels: ["publicat", "actualizat", "data publicării", "ultima actualizare", "postat", "data actualizării"],
    ordinalSuffixes: [],
  },
};
