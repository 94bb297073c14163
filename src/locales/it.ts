import type { Locale } from "./types.js";

/**
 * Italian: `2 ore fa`, `un'ora fa`, `ieri alle 17:30`, `14 agosto 2025`,
 * `Aggiornato il 14 agosto 2025 alle 10:32`, `lunedì 11 agosto 2025`.
 *
 * @example
 * ```ts
 * import { it } from "./it.js";
 * it.time.agoAfter; // ["fa"]
 * ```
 */
export const it: Locale = {
  code: "it",
  time: {
    code: "it",
    units: {
      sec: "second", secondo: "second", secondi: "second",
      min: "minute", minuto: "minute", minuti: "minute",
      h: "hour", ora: "hour", ore: "hour",
      g: "day", gg: "day", giorno: "day", giorni: "day",
      settimana: "week", settimane: "week",
      mese: "month", mesi: "month",
      anno: "year", anni: "year",
    },
    countedUnits: {
      // `un'ora`: the article elided before the unit (no number word of its own).
      "un'ora": { count: 1, unit: "hour" }, "mezz'ora": { count: 30, unit: "minute" }, "mezzora": { count: 30, unit: "minute" },
      "un quarto d'ora": { count: 15, unit: "minute" }, "un'ora e mezza": { count: 90, unit: "minute" },
      "un'ora e mezzo": { count: 90, unit: "minute" }, "mezza giornata": { count: 12, unit: "hour" },
      "mezzo minuto": { count: 30, unit: "second" },
    },
    agoBefore: [],
    agoAfter: ["fa"],
    numberWords: {
      un: 1, una: 1, uno: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7,
      otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, quindici: 15, venti: 20, trenta: 30,
      // Vague amounts resolve to 3, as in English.
      qualche: 3, alcuni: 3, alcune: 3, pochi: 3, poche: 3, diversi: 3, diverse: 3,
    },
    qualifiers: ["circa", "quasi", "oltre", "più di", "meno di"],
    and: ["e"],
    now: ["poco fa", "proprio ora", "pochi secondi fa", "qualche secondo fa", "pochi istanti fa"],
    dayWords: {
      oggi: 0, ieri: 1, "l'altro ieri": 2, "altro ieri": 2, "ieri l'altro": 2, stamattina: 0,
      stamani: 0, "questa mattina": 0, "questo pomeriggio": 0, stasera: 0, stanotte: 0,
      "ieri mattina": 1, "ieri pomeriggio": 1, "ieri sera": 1,
    },
    lastPeriods: {
      "la settimana scorsa": "week", "settimana scorsa": "week", "il mese scorso": "month",
      "mese scorso": "month", "l'anno scorso": "year", "anno scorso": "year",
    },
    // `gen`, `mag` and `set` are left out: English words and prefixes a number follows (`Gen 2`,
    // `Set 3`); they are read between a day and a year only (`monthsBeforeYear`).
    months: {
      gennaio: 1, febbraio: 2, feb: 2, marzo: 3, mar: 3, aprile: 4, apr: 4, maggio: 5, giugno: 6,
      giu: 6, luglio: 7, lug: 7, agosto: 8, ago: 8, settembre: 9, sett: 9, ottobre: 10, ott: 10,
      novembre: 11, nov: 11, dicembre: 12, dic: 12,
    },
    monthsBeforeYear: { gen: 1, mag: 5, set: 9 },
    weekdays: {
      domenica: 0, lunedì: 1, martedì: 2, mercoledì: 3, giovedì: 4, venerdì: 5, sabato: 6,
    },
    // `mar` (martedì) is left out: it is also the abbreviation of `marzo`.
    weekdayAbbreviations: { dom: 0, lun: 1, mer: 3, gio: 4, ven: 5, sab: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["alle", "ore", "il", "di", "dalle"],
    // `domenica sera`, `lunedì mattina`.
    // Not `in serata`: `in` would become a time word in every line of English.
    // `à midi`, `a mediodía`: a clock in one word (see `LocaleTime.clockWords`).
    clockWords: { mezzogiorno: 12, "a mezzogiorno": 12, mezzanotte: 0, "a mezzanotte": 0 },
    dayParts: ["mattina", "mattino", "pomeriggio", "sera", "notte"],
    weekdayBefore: ["lo scorso", "la scorsa", "il", "questo"],
    weekdayAfter: ["scorso", "scorsa"],
    labels: [
      "aggiornato", "aggiornato il", "aggiornato alle", "aggiornata", "aggiornata il", "pubblicato",
      "pubblicato il", "pubblicato alle", "pubblicata", "pubblicata il", "modificato", "modificato il",
      "ultimo aggiornamento", "ultima modifica", "data", "data di pubblicazione", "creato il",
      "scritto il", "postato il",
    ],
    ordinalSuffixes: ["º"],
  },
};
