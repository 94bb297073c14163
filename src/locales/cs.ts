import type { Locale } from "./types.js";

/**
 * Czech: `před 5 minutami`, `před hodinou`, `včera v 17:30`, `14. srpna 2025`, `14. 8. 2025`,
 * `Publikováno: 14. 8. 2025 10:32`, `Aktualizováno 13. srpna 2025`.
 *
 * @example
 * ```ts
 * import { cs } from "./cs.js";
 * cs.time.agoBefore; // ["před"]
 * ```
 */
export const cs: Locale = {
  code: "cs",
  time: {
    code: "cs",
    // `před` takes the instrumental: `před minutou`, `před 5 minutami`, `před 3 dny`.
    units: {
      sek: "second", sekundou: "second", sekundami: "second",
      min: "minute", minutou: "minute", minutami: "minute",
      hod: "hour", hodinou: "hour", hodinami: "hour", h: "hour",
      dnem: "day", dny: "day",
      týdnem: "week", týdny: "week",
      měsícem: "month", měsíci: "month",
      rokem: "year", lety: "year", roky: "year",
    },
    countedUnits: { "půl hodinou": { count: 30, unit: "minute" }, půlhodinou: { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: ["před"],
    agoAfter: [],
    numberWords: { jednou: 1, dvěma: 2, třemi: 3, čtyřmi: 4, pěti: 5, deseti: 10, několika: 3, pár: 2 },
    qualifiers: ["asi", "téměř", "přibližně", "zhruba", "více než", "necelou", "necelými"],
    and: ["a"],
    now: ["právě teď", "před chvílí", "nyní"],
    // `včera v 17:30`: the `v` is kept with the day word (alone, a `v` glued to a number is a version, `v1.1`).
    dayWords: { dnes: 0, včera: 1, předevčírem: 2, "dnes ráno": 0, "včera večer": 1, "dnes v": 0, "včera v": 1 },
    lastPeriods: { "minulý týden": "week", "minulý měsíc": "month", "minulý rok": "year", loni: "year" },
    // News prints the genitive (`14. srpna`); the nominative names a month alone (`srpen 2025`).
    months: {
      leden: 1, ledna: 1, únor: 2, února: 2, březen: 3, března: 3, duben: 4, dubna: 4, květen: 5, května: 5,
      červen: 6, června: 6, červenec: 7, července: 7, srpen: 8, srpna: 8, září: 9, říjen: 10, října: 10,
      listopad: 11, listopadu: 11, prosinec: 12, prosince: 12,
    },
    // Abbreviations (`5. led. 2024`), between a day and a year only: most are words (`led` ice, `dub`
    // oak, `pro` for).
    monthsBeforeYear: { led: 1, úno: 2, bře: 3, dub: 4, kvě: 5, čvn: 6, čvc: 7, srp: 8, zář: 9, říj: 10, lis: 11, pro: 12 },
    weekdays: {
      neděle: 0, neděli: 0, pondělí: 1, úterý: 2, středa: 3, středu: 3, čtvrtek: 4, pátek: 5, sobota: 6, sobotu: 6,
    },
    // Read only next to a date (`tor. 14. aug. 2025`); those that are words of other languages (`man`, `pet`) are left out.
    weekdayAbbreviations: { ne: 0, po: 1, út: 2, st: 3, čt: 4, pá: 5, so: 6 },
    meridiem: { am: [], pm: [] },
    // `o` is left out: one letter the glued-stamp search finds at the end of words before a date.
    connectors: ["ve"],
    dayParts: ["ráno", "večer", "odpoledne", "v noci"],
    weekdayBefore: ["v", "ve", "minulý", "minulou", "minulé", "v minulý", "v minulou"],
    labels: ["publikováno", "aktualizováno", "vydáno", "datum publikace", "aktualizace", "poslední aktualizace", "zveřejněno"],
    ordinalSuffixes: [],
  },
};
