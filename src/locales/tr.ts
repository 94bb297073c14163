import type { Locale } from "./types.js";

/**
 * Turkish: `5 dakika önce`, `bir saat önce`, `dün 17:30`, `14 Ağustos 2025`,
 * `Güncelleme: 14.08.2025 10:32`, `Yayınlanma: 12 Ağustos 2025, 10:32`.
 *
 * @example
 * ```ts
 * import { tr } from "./tr.js";
 * tr.time.agoAfter; // ["önce", "evvel"]
 * ```
 */
export const tr: Locale = {
  code: "tr",
  time: {
    code: "tr",
    // Turkish keeps the singular after a number (`5 dakika`).
    units: {
      sn: "second", saniye: "second",
      dk: "minute", dakika: "minute",
      sa: "hour", saat: "hour",
      gün: "day",
      hafta: "week", hf: "week",
      ay: "month",
      yıl: "year", sene: "year",
    },
    countedUnits: {
      "yarım saat": { count: 30, unit: "minute" }, "bir buçuk saat": { count: 90, unit: "minute" },
      "çeyrek saat": { count: 15, unit: "minute" },
    },
    agoBefore: [],
    agoAfter: ["önce", "evvel"],
    numberWords: {
      bir: 1, iki: 2, üç: 3, dört: 4, beş: 5, altı: 6, yedi: 7, sekiz: 8, dokuz: 9,
      // `on` (ten) is left out: every locale's words are tried on every page, and English `on`
      // before a date would be read as part of the stamp. Vague amounts resolve to 3, as in English.
      birkaç: 3, "bir kaç": 3,
    },
    qualifiers: ["yaklaşık", "yaklaşık olarak", "neredeyse", "yaklasik", "tam"],
    and: ["ve"],
    now: ["az önce", "biraz önce", "az evvel", "demin", "hemen şimdi", "şu anda"],
    dayWords: {
      bugün: 0, dün: 1, "önceki gün": 2, "evvelsi gün": 2, "bu sabah": 0, "dün sabah": 1,
      "dün akşam": 1, "dün gece": 1,
    },
    lastPeriods: {
      "geçen hafta": "week", "geçtiğimiz hafta": "week", "geçen ay": "month", "geçtiğimiz ay": "month",
      "geçen yıl": "year", "geçen sene": "year", "geçtiğimiz yıl": "year",
    },
    // `ara` (Aralık) and `may` (Mayıs) are words of their own; abbreviations are read only beside a
    // day number and a year by the grammar, and the full names cover the rest.
    months: {
      ocak: 1, oca: 1, şubat: 2, mart: 3, mar: 3, nisan: 4, nis: 4, mayıs: 5, haziran: 6, haz: 6,
      temmuz: 7, tem: 7, ağustos: 8, ağu: 8, eylül: 9, eyl: 9, ekim: 10, eki: 10, kasım: 11, kas: 11,
      aralık: 12,
    },
    // `Şub` and `Ara` (`ara`: "search", "between") abbreviated, between a day and a year only (`5 Şub 2024`).
    monthsBeforeYear: { şub: 2, ara: 12 },
    weekdays: {
      pazar: 0, pazartesi: 1, salı: 2, çarşamba: 3, perşembe: 4, cuma: 5, cumartesi: 6,
    },
    // Only the abbreviations no English word ends in: `per`, `sal`, `çar` (as `car`) would be found
    // at the end of `Shopper`, `Oscar` by the glued-word search.
    weekdayAbbreviations: { pzt: 1, cmt: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["saat"],
    dayParts: ["sabah", "sabahı", "öğleden sonra", "akşam", "akşamı", "gece", "gecesi"],
    weekdayBefore: ["geçen", "geçtiğimiz"],
    labels: [
      "yayınlanma", "yayınlanma tarihi", "yayın tarihi", "yayınlandı", "güncelleme", "güncelleme tarihi",
      "son güncelleme", "güncellendi", "güncellenme", "güncellenme tarihi", "oluşturulma tarihi", "giriş",
      "eklenme tarihi",
    ],
    ordinalSuffixes: [],
  },
};
