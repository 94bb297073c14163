import type { Locale } from "./types.js";

/**
 * Slovak: `pred 5 minútami`, `pred hodinou`, `včera o 17:30`, `14. augusta 2025`,
 * `Publikované: 14. 8. 2025 10:32`, `Aktualizované 13. augusta 2025`.
 *
 * @example
 * ```ts
 * import { sk } from "./sk.js";
 * sk.time.agoBefore; // ["pred"]
 * ```
 */
export const sk: Locale = {
  code: "sk",
  time: {
    code: "sk",
    // `pred` takes the instrumental: `pred minútou`, `pred 5 minútami`, `pred 3 dňami`.
    units: {
      sek: "second", sekundou: "second", sekundami: "second",
      min: "minute", minútou: "minute", minútami: "minute",
      hod: "hour", h: "hour", hodinou: "hour", hodinami: "hour",
      dňom: "day", dňami: "day",
      týždňom: "week", týždňami: "week",
      mesiacom: "month", mesiacmi: "month",
      rokom: "year", rokmi: "year",
    },
    countedUnits: { "pol hodinou": { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: ["pred"],
    agoAfter: [],
    numberWords: { jednou: 1, dvoma: 2, dvomi: 2, troma: 3, tromi: 3, štyrmi: 4, piatimi: 5, desiatimi: 10, niekoľkými: 3, pár: 2 },
    qualifiers: ["asi", "takmer", "približne", "zhruba", "viac ako"],
    and: ["a"],
    now: ["práve teraz", "pred chvíľou", "teraz"],
    // `včera o 17:30`: the `o` is kept with the day word (alone, one letter the glued-stamp search finds at the end of words).
    dayWords: { dnes: 0, včera: 1, predvčerom: 2, "dnes ráno": 0, "včera večer": 1, "dnes o": 0, "včera o": 1 },
    lastPeriods: { "minulý týždeň": "week", "minulý mesiac": "month", "minulý rok": "year", vlani: "year" },
    // News prints the genitive (`14. augusta`); the nominative names a month alone (`august 2025`).
    months: {
      január: 1, januára: 1, február: 2, februára: 2, marec: 3, marca: 3, apríl: 4, apríla: 4, máj: 5, mája: 5,
      jún: 6, júna: 6, júl: 7, júla: 7, august: 8, augusta: 8, september: 9, septembra: 9, október: 10, októbra: 10,
      november: 11, novembra: 11, december: 12, decembra: 12,
    },
    weekdays: {
      nedeľa: 0, nedeľu: 0, pondelok: 1, utorok: 2, streda: 3, stredu: 3, štvrtok: 4, piatok: 5, sobota: 6, sobotu: 6,
    },
    // Read only next to a date (`tor. 14. aug. 2025`); those that are words of other languages (`man`, `pet`) are left out.
    weekdayAbbreviations: { ne: 0, po: 1, ut: 2, st: 3, št: 4, pi: 5, so: 6 },
    meridiem: { am: [], pm: [] },
    connectors: [],
    dayParts: ["ráno", "večer", "popoludní", "v noci"],
    weekdayBefore: ["v", "vo", "minulý", "minulú", "minulé"],
    labels: ["publikované", "aktualizované", "uverejnené", "vydané", "dátum publikácie", "aktualizácia", "posledná aktualizácia", "zverejnené"],
    ordinalSuffixes: [],
  },
};
