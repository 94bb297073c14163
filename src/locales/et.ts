import type { Locale } from "./types.js";

/**
 * Estonian: `2 tundi tagasi`, `tund tagasi`, `5 minuti eest`, `eile kell 17:30`, `5. märts 2025`,
 * `14.08.2025 kell 10:32`, `Avaldatud: 14.08.2025, 10:32`, `Uuendatud 13. august 2025`.
 *
 * @example
 * ```ts
 * import { et } from "./et.js";
 * et.time.agoAfter; // ["tagasi", "eest"]
 * ```
 */
export const et: Locale = {
  code: "et",
  time: {
    code: "et",
    // `tagasi` after the partitive (`2 tundi tagasi`) or the nominative alone (`tund tagasi`); `eest` after the genitive (`5 minuti eest`).
    units: {
      sek: "second", sekund: "second", sekundit: "second", sekundi: "second",
      min: "minute", minut: "minute", minutit: "minute", minuti: "minute",
      h: "hour", t: "hour", tund: "hour", tundi: "hour", tunni: "hour",
      päev: "day", päeva: "day",
      näd: "week", nädal: "week", nädalat: "week", nädala: "week",
      kuu: "month", kuud: "month",
      aasta: "year", aastat: "year",
    },
    countedUnits: { "pool tundi": { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: [],
    agoAfter: ["tagasi", "eest"],
    numberWords: { üks: 1, ühe: 1, kaks: 2, kahe: 2, kolm: 3, kolme: 3, neli: 4, viis: 5, kümme: 10, mõni: 3, mõne: 3, paar: 2, paari: 2 },
    qualifiers: ["umbes", "peaaegu", "üle", "alla", "ligi"],
    and: ["ja"],
    now: ["just praegu", "hetk tagasi", "äsja", "praegu"],
    dayWords: { täna: 0, eile: 1, üleeile: 2, "eile õhtul": 1, "täna hommikul": 0 },
    lastPeriods: { "eelmisel nädalal": "week", "eelmisel kuul": "month", "eelmisel aastal": "year", "möödunud nädalal": "week" },
    // The nominative (`5. märts 2025`), the adessive (`5. märtsil`) and abbreviations.
    months: {
      jaanuar: 1, jaanuaril: 1, jaan: 1, veebruar: 2, veebruaril: 2, veebr: 2, märts: 3, märtsil: 3, aprill: 4, aprillil: 4, apr: 4,
      mai: 5, mail: 5, juuni: 6, juunil: 6, juuli: 7, juulil: 7, august: 8, augustil: 8, aug: 8,
      september: 9, septembril: 9, sept: 9, oktoober: 10, oktoobril: 10, okt: 10, november: 11, novembril: 11, nov: 11,
      detsember: 12, detsembril: 12, dets: 12,
    },
    weekdays: { pühapäev: 0, pühapäeval: 0, esmaspäev: 1, esmaspäeval: 1, teisipäev: 2, teisipäeval: 2, kolmapäev: 3, kolmapäeval: 3, neljapäev: 4, neljapäeval: 4, reede: 5, reedel: 5, laupäev: 6, laupäeval: 6 },
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    connectors: ["kell"],
    dayParts: ["hommikul", "õhtul", "päeval", "öösel"],
    weekdayBefore: ["eelmisel", "möödunud"],
    labels: ["avaldatud", "uuendatud", "muudetud", "viimati uuendatud", "viimati muudetud", "avaldamise kuupäev"],
    ordinalSuffixes: [],
  },
};
