import type { Locale } from "./types.js";

/**
 * Slovenian: `pred 2 urama`, `pred uro`, `včeraj ob 17:30`, `14. avgusta 2025`,
 * `Objavljeno: 14. 8. 2025 ob 10:32`, `Posodobljeno 13. avgusta 2025, 21:05`.
 *
 * @example
 * ```ts
 * import { sl } from "./sl.js";
 * sl.time.agoBefore; // ["pred"]
 * ```
 */
export const sl: Locale = {
  code: "sl",
  time: {
    code: "sl",
    // `pred` takes the instrumental, singular, dual and plural: `pred uro`, `pred 2 urama`, `pred 5 urami`.
    units: {
      sek: "second", sekundo: "second", sekundama: "second", sekundami: "second",
      min: "minute", minuto: "minute", minutama: "minute", minutami: "minute",
      h: "hour", uro: "hour", urama: "hour", urami: "hour",
      dnem: "day", dnevoma: "day", dnevi: "day",
      tednom: "week", tednoma: "week", tedni: "week",
      mesecem: "month", mesecema: "month", meseci: "month",
      letom: "year", letoma: "year", leti: "year",
    },
    countedUnits: { "pol ure": { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: ["pred"],
    agoAfter: [],
    numberWords: { eno: 1, enim: 1, dvema: 2, tremi: 3, štirimi: 4, petimi: 5, desetimi: 10, nekaj: 3, nekaterimi: 3 },
    qualifiers: ["približno", "skoraj", "več kot", "manj kot", "okoli"],
    // `in` (and: `pred 2 urama in 5 minutami`) is left out: as an English word it would send every
    // line ending `in 2019` to the lexer, and stamps seldom print two amounts.
    and: [],
    now: ["pravkar", "ravnokar", "zdaj"],
    // `včeraj ob 17:30`: the `ob` is a connector.
    dayWords: { danes: 0, včeraj: 1, predvčerajšnjim: 2, "včeraj zvečer": 1, "danes zjutraj": 0 },
    lastPeriods: { "prejšnji teden": "week", "prejšnji mesec": "month", "lani": "year", "prejšnje leto": "year" },
    months: {
      januar: 1, januarja: 1, februar: 2, februarja: 2, marec: 3, marca: 3, april: 4, aprila: 4, maj: 5, maja: 5,
      junij: 6, junija: 6, julij: 7, julija: 7, avgust: 8, avgusta: 8, september: 9, septembra: 9,
      oktober: 10, oktobra: 10, november: 11, novembra: 11, december: 12, decembra: 12,
    },
    weekdays: { nedelja: 0, nedeljo: 0, ponedeljek: 1, torek: 2, sreda: 3, sredo: 3, četrtek: 4, petek: 5, sobota: 6, soboto: 6 },
    weekdayAbbreviations: { ned: 0, tor: 2, sre: 3, čet: 4 },
    meridiem: { am: [], pm: [] },
    connectors: ["ob"],
    dayParts: ["zjutraj", "zvečer", "popoldne", "ponoči"],
    weekdayBefore: ["v", "prejšnji", "prejšnjo"],
    labels: ["objavljeno", "posodobljeno", "datum objave", "zadnja posodobitev", "spremenjeno", "osveženo"],
    ordinalSuffixes: [],
  },
};
