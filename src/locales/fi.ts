import type { Locale } from "./types.js";

/**
 * Finnish: `2 tuntia sitten`, `tunti sitten`, `eilen klo 17.30`, `5. maaliskuuta 2025`,
 * `5.3.2025 klo 14.20`, `Julkaistu 14.8.2025 10:32`, `Päivitetty: 13.8.2025 klo 21.05`.
 *
 * @example
 * ```ts
 * import { fi } from "./fi.js";
 * fi.time.agoAfter; // ["sitten"]
 * ```
 */
export const fi: Locale = {
  code: "fi",
  time: {
    code: "fi",
    // After a count the unit takes the partitive (`5 minuuttia`); alone, the nominative means one (`tunti sitten`).
    units: {
      sek: "second", sekunti: "second", sekuntia: "second",
      min: "minute", minuutti: "minute", minuuttia: "minute",
      t: "hour", h: "hour", tunti: "hour", tuntia: "hour",
      pv: "day", vrk: "day", päivä: "day", päivää: "day", vuorokausi: "day", vuorokautta: "day",
      vk: "week", viikko: "week", viikkoa: "week",
      kk: "month", kuukausi: "month", kuukautta: "month",
      vuosi: "year", vuotta: "year",
    },
    countedUnits: { "puoli tuntia": { count: 30, unit: "minute" } },
    bareUnitMeansOne: true,
    agoBefore: [],
    agoAfter: ["sitten"],
    numberWords: { yksi: 1, kaksi: 2, kolme: 3, neljä: 4, viisi: 5, kymmenen: 10, muutama: 3, muutamia: 3, pari: 2 },
    qualifiers: ["noin", "yli", "melkein", "lähes", "alle", "vajaa"],
    and: ["ja"],
    now: ["juuri nyt", "hetki sitten", "äsken", "juuri äsken"],
    // `eilen klo 17.30`: the clock word is a connector.
    dayWords: { tänään: 0, eilen: 1, toissapäivänä: 2, "eilen illalla": 1, "tänä aamuna": 0 },
    lastPeriods: { "viime viikolla": "week", "viime kuussa": "month", "viime vuonna": "year" },
    // The partitive after a day (`5. maaliskuuta`), the nominative and the inessive (`maaliskuussa 2025`) alone, abbreviations.
    months: {
      tammikuu: 1, tammikuuta: 1, tammikuussa: 1, tammik: 1, helmikuu: 2, helmikuuta: 2, helmikuussa: 2, helmik: 2,
      maaliskuu: 3, maaliskuuta: 3, maaliskuussa: 3, maalisk: 3, huhtikuu: 4, huhtikuuta: 4, huhtikuussa: 4, huhtik: 4,
      toukokuu: 5, toukokuuta: 5, toukokuussa: 5, toukok: 5, kesäkuu: 6, kesäkuuta: 6, kesäkuussa: 6, kesäk: 6,
      heinäkuu: 7, heinäkuuta: 7, heinäkuussa: 7, heinäk: 7, elokuu: 8, elokuuta: 8, elokuussa: 8, elok: 8,
      syyskuu: 9, syyskuuta: 9, syyskuussa: 9, syysk: 9, lokakuu: 10, lokakuuta: 10, lokakuussa: 10, lokak: 10,
      marraskuu: 11, marraskuuta: 11, marraskuussa: 11, marrask: 11, joulukuu: 12, joulukuuta: 12, joulukuussa: 12, jouluk: 12,
    },
    // The nominative, and the essive pages print before a date (`torstaina 14.8.2025`).
    weekdays: {
      sunnuntai: 0, sunnuntaina: 0, maanantai: 1, maanantaina: 1, tiistai: 2, tiistaina: 2, keskiviikko: 3, keskiviikkona: 3,
      torstai: 4, torstaina: 4, perjantai: 5, perjantaina: 5, lauantai: 6, lauantaina: 6,
    },
    // Read only next to a date (`ti 5.3.2025`); `ma`, `to`, `la` are words of other languages and left out.
    weekdayAbbreviations: { su: 0, ti: 2, ke: 3, pe: 5 },
    meridiem: { am: [], pm: [] },
    connectors: ["klo", "kello"],
    dayParts: ["aamulla", "illalla", "yöllä", "iltapäivällä"],
    weekdayBefore: ["viime"],
    labels: ["julkaistu", "päivitetty", "muokattu", "viimeksi päivitetty", "julkaisupäivä", "päivitys"],
    ordinalSuffixes: [],
  },
};
