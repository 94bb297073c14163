import type { Locale } from "./types.js";

/**
 * Polish: `5 minut temu`, `godzinę temu`, `wczoraj o 17:30`, `5 marca 2024`, `5 marca 2024 r.`,
 * `Opublikowano: 14.08.2025 10:32`, `wtorek, 12 sierpnia 2025`.
 *
 * @example
 * ```ts
 * import { pl } from "./pl.js";
 * pl.time.agoAfter; // ["temu"]
 * ```
 */
export const pl: Locale = {
  code: "pl",
  time: {
    code: "pl",
    // Nominative, accusative (`minutę temu`), the plural after 2–4 and the genitive plural after 5+.
    units: {
      sek: "second", sekunda: "second", sekundę: "second", sekundy: "second", sekund: "second",
      min: "minute", minuta: "minute", minutę: "minute", minuty: "minute", minut: "minute",
      godz: "hour", h: "hour", godzina: "hour", godzinę: "hour", godziny: "hour", godzin: "hour",
      dzień: "day", dnia: "day", dni: "day",
      tydz: "week", tyg: "week", tydzień: "week", tygodnie: "week", tygodni: "week",
      mies: "month", miesiąc: "month", miesiące: "month", miesięcy: "month",
      rok: "year", lata: "year", lat: "year",
    },
    countedUnits: {
      "pół godziny": { count: 30, unit: "minute" }, "półtorej godziny": { count: 90, unit: "minute" },
      "kwadrans": { count: 15, unit: "minute" },
    },
    // `godzinę temu`, `tydzień temu`: a unit word alone is one of it.
    bareUnitMeansOne: true,
    agoBefore: [],
    agoAfter: ["temu"],
    numberWords: {
      jedną: 1, jeden: 1, dwa: 2, dwie: 2, trzy: 3, cztery: 4, pięć: 5, dziesięć: 10,
      // Vague amounts resolve to 3, as in English; `parę` is two.
      kilka: 3, kilku: 3, parę: 2,
    },
    qualifiers: ["około", "prawie", "niemal", "ponad", "blisko", "mniej niż"],
    and: ["i"],
    now: ["przed chwilą", "chwilę temu", "właśnie teraz"],
    dayWords: {
      dziś: 0, dzisiaj: 0, wczoraj: 1, przedwczoraj: 2, "dziś rano": 0, "wczoraj rano": 1,
      "wczoraj wieczorem": 1, "wczoraj w nocy": 1,
    },
    lastPeriods: {
      "w zeszłym tygodniu": "week", "w ubiegłym tygodniu": "week", "w zeszłym miesiącu": "month",
      "w ubiegłym miesiącu": "month", "w zeszłym roku": "year", "w ubiegłym roku": "year",
    },
    // News prints the genitive (`5 marca`); the nominative names a month alone (`marzec 2024`).
    // `sie` (sierpień) is left out: accents are dropped before lookup, and `się` is the commonest
    // word of the language.
    months: {
      styczeń: 1, stycznia: 1, sty: 1, luty: 2, lutego: 2, lut: 2, marzec: 3, marca: 3, mar: 3,
      kwiecień: 4, kwietnia: 4, kwi: 4, maj: 5, maja: 5, czerwiec: 6, czerwca: 6, cze: 6,
      lipiec: 7, lipca: 7, lip: 7, sierpień: 8, sierpnia: 8, wrzesień: 9, września: 9, wrz: 9,
      październik: 10, października: 10, paź: 10, listopad: 11, listopada: 11, lis: 11,
      grudzień: 12, grudnia: 12, gru: 12,
    },
    // Nominative and the accusative `w środę`, `w niedzielę`.
    weekdays: {
      niedziela: 0, niedzielę: 0, poniedziałek: 1, wtorek: 2, środa: 3, środę: 3, czwartek: 4,
      piątek: 5, sobota: 6, sobotę: 6,
    },
    weekdayAbbreviations: { niedz: 0, pn: 1, pon: 1, wt: 2, śr: 3, czw: 4, pt: 5, sob: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["o", "godz", "o godz"],
    dayParts: ["rano", "wieczorem", "po południu", "w nocy"],
    weekdayBefore: ["w", "we", "w zeszły", "w zeszłą", "w ubiegły", "w ubiegłą", "w ostatni", "w ostatnią"],
    // `5 marca 2024 r.`, `5 marca 2024 roku`: the year word after the year.
    yearSuffixes: ["r", "roku"],
    labels: [
      "opublikowano", "zaktualizowano", "aktualizacja", "data publikacji", "data aktualizacji",
      "ostatnia aktualizacja", "dodano", "publikacja", "zmieniono",
    ],
    ordinalSuffixes: [],
  },
};
