import type { Locale } from "./types.js";

/**
 * Hungarian: `5 perce`, `egy órája`, `3 napja`, `5 perccel ezelőtt`, `tegnap 17:30`,
 * `2025. augusztus 14.`, `2025. aug. 14. 10:32`, `Frissítve: 2025.08.14. 10:32`.
 *
 * @example
 * ```ts
 * import { hu } from "./hu.js";
 * hu.time.agoUnits?.["perce"]; // "minute"
 * ```
 */
export const hu: Locale = {
  code: "hu",
  time: {
    code: "hu",
    // With `ezelőtt` the unit takes `-val/-vel` (`5 perccel ezelőtt`) or stays bare (`5 perc ezelőtt`).
    units: {
      mp: "second", másodperc: "second", másodperccel: "second",
      perc: "minute", perccel: "minute",
      óra: "hour", órával: "hour",
      nap: "day", nappal: "day",
      hét: "week", héttel: "week",
      hónap: "month", hónappal: "month",
      év: "year", évvel: "year",
    },
    // The commonest form says "ago" in the unit's ending: `5 perce` (five minutes ago), `2 órája`.
    agoUnits: {
      másodperce: "second", perce: "minute", órája: "hour", napja: "day", hete: "week", hónapja: "month", éve: "year",
    },
    agoBefore: [],
    agoAfter: ["ezelőtt"],
    // `öt` (five) is left out: `ot` ends many words, where the glued-stamp search would look for a stamp.
    numberWords: { egy: 1, két: 2, kettő: 2, három: 3, négy: 4, tíz: 10, néhány: 3, pár: 2 },
    qualifiers: ["kb", "körülbelül", "majdnem", "közel", "több mint", "alig"],
    and: ["és"],
    // `épp most` is left out: the pre-check would look for its longest word, `most`, an English word.
    now: ["éppen most", "az imént"],
    // `ma` (today) is left out: two letters found at the end of words of other languages (`okuma`).
    dayWords: { tegnap: 1, tegnapelőtt: 2, "tegnap este": 1 },
    lastPeriods: { "múlt héten": "week", "a múlt héten": "week", "múlt hónapban": "month", tavaly: "year" },
    months: {
      január: 1, jan: 1, február: 2, febr: 2, feb: 2, március: 3, márc: 3, április: 4, ápr: 4, május: 5, máj: 5,
      június: 6, jún: 6, július: 7, júl: 7, augusztus: 8, aug: 8, szeptember: 9, szept: 9, okt: 10, október: 10,
      november: 11, nov: 11, december: 12, dec: 12,
    },
    weekdays: { vasárnap: 0, hétfő: 1, kedd: 2, szerda: 3, csütörtök: 4, péntek: 5, szombat: 6 },
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    connectors: [],
    dayParts: ["reggel", "este", "délután", "éjjel"],
    weekdayBefore: ["múlt"],
    labels: ["közzétéve", "frissítve", "publikálva", "módosítva", "megjelent", "utolsó frissítés", "létrehozva"],
    ordinalSuffixes: [],
  },
};
