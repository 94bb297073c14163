import type { Locale } from "./types.js";

/**
 * German: `vor 5 Minuten`, `vor einer Stunde`, `gestern um 17:30 Uhr`, `14. August 2025`,
 * `14.08.2025, 10:32 Uhr`, `Aktualisiert am 14.08.2025`, `Stand: 14.08.2025 10:32 Uhr`.
 *
 * @example
 * ```ts
 * import { de } from "./de.js";
 * de.time.agoBefore; // ["vor"]
 * ```
 */
export const de: Locale = {
  code: "de",
  time: {
    code: "de",
    units: {
      sek: "second", sekunde: "second", sekunden: "second",
      min: "minute", minute: "minute", minuten: "minute",
      std: "hour", h: "hour", stunde: "hour", stunden: "hour",
      tag: "day", tg: "day", tage: "day", tagen: "day",
      woche: "week", wo: "week", wochen: "week",
      monat: "month", mon: "month", monate: "month", monaten: "month",
      jahr: "year", jahre: "year", jahren: "year",
    },
    countedUnits: {
      "einer halben stunde": { count: 30, unit: "minute" }, "einer viertelstunde": { count: 15, unit: "minute" },
      "einer dreiviertelstunde": { count: 45, unit: "minute" }, "anderthalb stunden": { count: 90, unit: "minute" },
      "eineinhalb stunden": { count: 90, unit: "minute" }, "einem halben jahr": { count: 6, unit: "month" },
    },
    agoBefore: ["vor"],
    agoAfter: [],
    numberWords: {
      einer: 1, einem: 1, ein: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7,
      acht: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12, fünfzehn: 15, zwanzig: 20, dreißig: 30,
      // Vague amounts resolve to 3, as in English.
      wenigen: 3, "ein paar": 3, einigen: 3, mehreren: 3,
    },
    qualifiers: ["etwa", "rund", "ungefähr", "über", "mehr als", "weniger als", "knapp", "fast", "gut"],
    and: ["und"],
    now: ["gerade eben", "soeben", "vor kurzem", "vor wenigen sekunden", "vor einem moment"],
    dayWords: {
      heute: 0, gestern: 1, vorgestern: 2, "heute morgen": 0, "heute früh": 0, "heute nachmittag": 0,
      "heute abend": 0, "heute nacht": 0, "gestern morgen": 1, "gestern abend": 1, "gestern nachmittag": 1,
      "letzte nacht": 1,
    },
    lastPeriods: {
      "letzte woche": "week", "vergangene woche": "week", "letzten monat": "month",
      "vergangenen monat": "month", "letztes jahr": "year", "vergangenes jahr": "year",
    },
    months: {
      januar: 1, jänner: 1, jan: 1, februar: 2, feb: 2, märz: 3, mär: 3, mrz: 3, april: 4, apr: 4,
      mai: 5, juni: 6, jun: 6, juli: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
      oktober: 10, okt: 10, november: 11, nov: 11, dezember: 12, dez: 12,
    },
    weekdays: {
      sonntag: 0, montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6,
    },
    // German writes a weekday and a part of the day as one word (`Sonntagabend`): read as the day.
    weekdayCompounds: ["morgen", "nachmittag", "abend", "nacht"],
    weekdayAbbreviations: { so: 0, mo: 1, di: 2, mi: 3, do: 4, fr: 5, sa: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["um", "am", "den", "ab"],
    // `Sonntag Abend` (the compound `Sonntagabend` is in `weekdays`), `am Montagmorgen`.
    dayParts: ["morgen", "früh", "vormittag", "mittag", "nachmittag", "abend", "nacht"],
    weekdayBefore: ["am", "letzten", "letzter", "vergangenen", "vergangener"],
    clockSuffixes: ["uhr", "h"],
    labels: [
      "aktualisiert", "aktualisiert am", "aktualisiert um", "zuletzt aktualisiert", "zuletzt aktualisiert am",
      "veröffentlicht", "veröffentlicht am", "veröffentlicht um", "erstveröffentlichung", "erstellt",
      "erstellt am", "geändert", "geändert am", "zuletzt geändert", "zuletzt geändert am", "bearbeitet",
      "bearbeitet am", "publiziert", "publiziert am", "stand", "datum", "letzte aktualisierung",
      "erschienen", "erschienen am", "gepostet", "gepostet am",
    ],
    // `14. August`: the full stop after a day number is read by the lexer.
    ordinalSuffixes: [],
  },
};
