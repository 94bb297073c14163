import type { Locale } from "./types.js";

/**
 * Lithuanian: `prieš 2 valandas`, `prieš valandą`, `vakar 17:30`, `2025 m. kovo 5 d.`, `kovo 5 d.`,
 * `Paskelbta: 2025-08-14 10:32`, `Atnaujinta 2025 m. rugpjūčio 13 d. 21:05`.
 *
 * @example
 * ```ts
 * import { lt } from "./lt.js";
 * lt.time.agoBefore; // ["prieš"]
 * ```
 */
export const lt: Locale = {
  code: "lt",
  time: {
    code: "lt",
    // `prieš` takes the accusative (`prieš 2 valandas`), the genitive plural after 10 and more (`prieš 12 valandų`).
    units: {
      sek: "second", sekundę: "second", sekundes: "second", sekundžių: "second",
      min: "minute", minutę: "minute", minutes: "minute", minučių: "minute",
      val: "hour", h: "hour", valandą: "hour", valandas: "hour", valandų: "hour",
      d: "day", dieną: "day", dienas: "day", dienų: "day", parą: "day", paras: "day",
      sav: "week", savaitę: "week", savaites: "week", savaičių: "week",
      mėn: "month", mėnesį: "month", mėnesius: "month", mėnesių: "month",
      metus: "year", metų: "year",
    },
    countedUnits: { "pusvalandį": { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: ["prieš"],
    agoAfter: [],
    numberWords: { vieną: 1, dvi: 2, du: 2, tris: 3, keturias: 4, keturis: 4, penkias: 5, penkis: 5, dešimt: 10, kelias: 3, kelis: 3, keletą: 3 },
    qualifiers: ["apie", "beveik", "daugiau nei", "mažiau nei", "maždaug"],
    and: ["ir"],
    now: ["ką tik", "dabar", "šiuo metu"],
    dayWords: { šiandien: 0, vakar: 1, užvakar: 2, "vakar vakare": 1, "šiandien ryte": 0 },
    lastPeriods: { "praėjusią savaitę": "week", "praėjusį mėnesį": "month", "praėjusiais metais": "year", pernai: "year" },
    // The genitive is printed with a day (`kovo 5 d.`), the nominative alone.
    months: {
      sausis: 1, sausio: 1, vasaris: 2, vasario: 2, kovas: 3, kovo: 3, balandis: 4, balandžio: 4,
      gegužė: 5, gegužės: 5, birželis: 6, birželio: 6, liepa: 7, liepos: 7,
      rugpjūtis: 8, rugpjūčio: 8, rugsėjis: 9, rugsėjo: 9, spalis: 10, spalio: 10,
      lapkritis: 11, lapkričio: 11, gruodis: 12, gruodžio: 12,
    },
    // Abbreviations, some of them words or names elsewhere (`Bal 5`, `Vas`): between a day and a year only.
    monthsBeforeYear: { saus: 1, vas: 2, kov: 3, bal: 4, geg: 5, birž: 6, liep: 7, rugp: 8, rugs: 9, spal: 10, lapkr: 11, gruod: 12 },
    weekdays: {
      sekmadienis: 0, sekmadienį: 0, pirmadienis: 1, pirmadienį: 1, antradienis: 2, antradienį: 2, trečiadienis: 3, trečiadienį: 3,
      ketvirtadienis: 4, ketvirtadienį: 4, penktadienis: 5, penktadienį: 5, šeštadienis: 6, šeštadienį: 6,
    },
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    connectors: [],
    dayParts: ["ryte", "vakare", "popiet", "naktį"],
    weekdayBefore: ["praėjusį"],
    // The year's `m.` (metai) and the day's `d.` (diena): `2025 m. kovo 5 d.`.
    yearSuffixes: ["m"],
    daySuffixes: ["d"],
    labels: ["paskelbta", "atnaujinta", "publikuota", "paskutinį kartą atnaujinta", "data", "redaguota"],
    ordinalSuffixes: [],
  },
};
