import type { Locale } from "./types.js";

/**
 * Catalan: `fa 3 hores`, `fa una hora`, `ahir a les 17:30`, `5 de març de 2025`, `14 d'agost de 2025`,
 * `Publicat el 14/08/2025 a les 10:32`, `Actualitzat: 13.08.2025 - 21:05 h`.
 *
 * @example
 * ```ts
 * import { ca } from "./ca.js";
 * ca.time.agoBefore; // ["fa"]
 * ```
 */
export const ca: Locale = {
  code: "ca",
  time: {
    code: "ca",
    units: {
      s: "second", seg: "second", segon: "second", segons: "second",
      min: "minute", minut: "minute", minuts: "minute",
      h: "hour", hora: "hour", hores: "hour",
      d: "day", dia: "day", dies: "day",
      setmana: "week", setmanes: "week",
      mes: "month", mesos: "month",
      any: "year", anys: "year",
    },
    countedUnits: { "mitja hora": { count: 30, unit: "minute" }, "una hora i mitja": { count: 90, unit: "minute" } },
    agoBefore: ["fa"],
    agoAfter: [],
    numberWords: { un: 1, una: 1, dos: 2, dues: 2, tres: 3, quatre: 4, cinc: 5, deu: 10, uns: 3, unes: 3, "uns quants": 3, "unes quantes": 3, pocs: 3, poques: 3 },
    qualifiers: ["gairebé", "prop de", "més de", "menys de", "aproximadament", "cosa de"],
    and: ["i"],
    // `ara` (now) alone is left out: it ends words of other languages (`seara`, `vakarā`).
    now: ["ara mateix", "fa un moment", "fa uns moments", "fa uns instants", "fa menys d'un minut"],
    dayWords: { avui: 0, ahir: 1, "abans d'ahir": 2, "abans-d'ahir": 2, "ahir a la nit": 1, "aquest matí": 0, "aquesta tarda": 0 },
    lastPeriods: { "la setmana passada": "week", "el mes passat": "month", "l'any passat": "year" },
    // With the joiner `de`, elided before a vowel (`d'abril`, `d'agost`, `d'octubre`).
    months: {
      gener: 1, febrer: 2, febr: 2, març: 3, abril: 4, "d'abril": 4, abr: 4, maig: 5, juny: 6, juliol: 7, jul: 7,
      agost: 8, "d'agost": 8, setembre: 9, octubre: 10, "d'octubre": 10, oct: 10, novembre: 11, nov: 11, desembre: 12,
    },
    // `gen`, `set`, `des` are words of other languages, `ag` a brand's letters (`AG1`): between a day and a year only.
    monthsBeforeYear: { gen: 1, ag: 8, set: 9, des: 12 },
    weekdays: { diumenge: 0, dilluns: 1, dimarts: 2, dimecres: 3, dijous: 4, divendres: 5, dissabte: 6 },
    weekdayAbbreviations: { dg: 0, dl: 1, dt: 2, dc: 3, dj: 4, dv: 5, ds: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["a les", "a la", "el", "les"],
    clockWords: { migdia: 12, mitjanit: 0 },
    dayParts: ["al matí", "a la tarda", "a la nit", "al vespre"],
    weekdayBefore: ["el", "el passat", "aquest"],
    weekdayAfter: ["passat"],
    dateJoiners: ["de", "del"],
    clockSuffixes: ["h"],
    labels: [
      "publicat", "publicat el", "publicada", "actualitzat", "actualitzat el", "actualitzat a les", "actualitzada",
      "modificat", "data de publicació", "última actualització", "darrera actualització",
    ],
    ordinalSuffixes: ["r"],
  },
};
