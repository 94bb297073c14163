import type { Locale } from "./types.js";

/**
 * Latvian: `pirms 2 stundām`, `pirms stundas`, `vakar plkst. 17:30`, `5. marts 2025`,
 * `2025. gada 5. martā`, `Publicēts: 14.08.2025 10:32`, `Atjaunināts 13.08.2025 plkst. 21:05`.
 *
 * @example
 * ```ts
 * import { lv } from "./lv.js";
 * lv.time.agoBefore; // ["pirms"]
 * ```
 */
export const lv: Locale = {
  code: "lv",
  time: {
    code: "lv",
    // `pirms` takes the genitive singular (`pirms stundas`) and the dative plural (`pirms 2 stundām`).
    units: {
      sek: "second", sekundes: "second", sekundēm: "second",
      min: "minute", minūtes: "minute", minūtēm: "minute",
      st: "hour", h: "hour", stundas: "hour", stundām: "hour",
      d: "day", dienas: "day", dienām: "day", diennakts: "day",
      ned: "week", nedēļas: "week", nedēļām: "week",
      mēn: "month", mēneša: "month", mēnešiem: "month",
      gada: "year", gadiem: "year",
    },
    countedUnits: { "pusstundas": { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: ["pirms"],
    agoAfter: [],
    numberWords: { vienas: 1, viena: 1, divām: 2, diviem: 2, trim: 3, četrām: 4, četriem: 4, piecām: 5, pieciem: 5, desmit: 10, dažām: 3, dažiem: 3, pāris: 2 },
    qualifiers: ["apmēram", "gandrīz", "vairāk nekā", "mazāk nekā", "aptuveni"],
    and: ["un"],
    now: ["tikko", "tieši tagad", "nupat"],
    dayWords: { šodien: 0, vakar: 1, aizvakar: 2, "vakar vakarā": 1, "šorīt": 0 },
    lastPeriods: { "pagājušajā nedēļā": "week", "pagājušajā mēnesī": "month", "pagājušajā gadā": "year", pērn: "year" },
    // The nominative (`5. marts`), the locative (`5. martā`) and the genitive (`marta`); abbreviations.
    months: {
      janvāris: 1, janvārī: 1, janvāra: 1, janv: 1, februāris: 2, februārī: 2, februāra: 2, febr: 2,
      marts: 3, martā: 3, marta: 3, aprīlis: 4, aprīlī: 4, aprīļa: 4, apr: 4, maijs: 5, maijā: 5, maija: 5,
      jūnijs: 6, jūnijā: 6, jūnija: 6, jūn: 6, jūlijs: 7, jūlijā: 7, jūlija: 7, jūl: 7, augusts: 8, augustā: 8, augusta: 8, aug: 8,
      septembris: 9, septembrī: 9, septembra: 9, sept: 9, oktobris: 10, oktobrī: 10, oktobra: 10, okt: 10,
      novembris: 11, novembrī: 11, novembra: 11, nov: 11, decembris: 12, decembrī: 12, decembra: 12, dec: 12,
    },
    weekdays: {
      svētdiena: 0, svētdien: 0, pirmdiena: 1, pirmdien: 1, otrdiena: 2, otrdien: 2, trešdiena: 3, trešdien: 3,
      ceturtdiena: 4, ceturtdien: 4, piektdiena: 5, piektdien: 5, sestdiena: 6, sestdien: 6,
    },
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    connectors: ["plkst", "pulksten"],
    dayParts: ["no rīta", "vakarā", "pēcpusdienā", "naktī"],
    weekdayBefore: ["pagājušajā"],
    // `2025. gada 5. martā`: the word "year's" after a year first.
    yearSuffixes: ["gada", "g"],
    labels: ["publicēts", "atjaunināts", "atjaunots", "publicēšanas datums", "pēdējās izmaiņas", "labots"],
    ordinalSuffixes: [],
  },
};
