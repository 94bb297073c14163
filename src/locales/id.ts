import type { Locale } from "./types.js";

/**
 * Indonesian: `5 menit yang lalu`, `sejam yang lalu`, `kemarin pukul 17.30`, `14 Agustus 2025`,
 * `Kamis, 14 Agu 2025 10:32 WIB`, `Diperbarui: 14/08/2025, 10:32`.
 *
 * @example
 * ```ts
 * import { id } from "./id.js";
 * id.time.agoAfter; // ["yang lalu", "lalu"]
 * ```
 */
export const id: Locale = {
  code: "id",
  time: {
    code: "id",
    // `minggu` is both the week and Sunday: as a unit it follows a number, as a weekday it stands alone.
    units: {
      dtk: "second", detik: "second",
      mnt: "minute", menit: "minute",
      jam: "hour",
      hari: "day", hr: "day",
      minggu: "week", mgg: "week", pekan: "week",
      bln: "month", bulan: "month",
      thn: "year", tahun: "year",
    },
    // `se-` is "one": `sejam yang lalu`, `sehari yang lalu`.
    countedUnits: {
      sedetik: { count: 1, unit: "second" }, semenit: { count: 1, unit: "minute" }, sejam: { count: 1, unit: "hour" },
      "setengah jam": { count: 30, unit: "minute" }, "satu setengah jam": { count: 90, unit: "minute" },
      sehari: { count: 1, unit: "day" }, seminggu: { count: 1, unit: "week" }, sepekan: { count: 1, unit: "week" },
      sebulan: { count: 1, unit: "month" }, setahun: { count: 1, unit: "year" },
    },
    agoBefore: [],
    agoAfter: ["yang lalu", "lalu"],
    numberWords: {
      satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10,
      // Vague amounts resolve to 3, as in English.
      beberapa: 3,
    },
    qualifiers: ["sekitar", "kurang lebih", "hampir", "lebih dari", "kurang dari"],
    and: ["dan"],
    now: ["baru saja", "beberapa saat lalu", "beberapa saat yang lalu", "sesaat lalu", "sesaat yang lalu"],
    dayWords: {
      "hari ini": 0, kemarin: 1, "kemarin lusa": 2, "tadi pagi": 0, "pagi ini": 0, "kemarin malam": 1,
      "kemarin sore": 1, "tadi malam": 1,
    },
    lastPeriods: {
      "minggu lalu": "week", "pekan lalu": "week", "bulan lalu": "month", "tahun lalu": "year",
    },
    months: {
      januari: 1, jan: 1, februari: 2, feb: 2, pebruari: 2, maret: 3, mar: 3, april: 4, apr: 4, mei: 5,
      juni: 6, jun: 6, juli: 7, jul: 7, agustus: 8, agu: 8, agt: 8, ags: 8, september: 9, sep: 9, sept: 9,
      oktober: 10, okt: 10, november: 11, nov: 11, nopember: 11, desember: 12, des: 12,
    },
    weekdays: {
      minggu: 0, ahad: 0, senin: 1, selasa: 2, rabu: 3, kamis: 4, jumat: 5, "jum'at": 5, sabtu: 6,
    },
    // `min` (minute) and `sel`, `sen`, `kam` (ends of English words) are left out.
    weekdayAbbreviations: { rab: 3, jum: 5, sab: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["pukul", "jam"],
    dayParts: ["pagi", "siang", "sore", "malam"],
    weekdayBefore: ["hari", "pada", "pada hari"],
    weekdayAfter: ["lalu", "kemarin"],
    labels: [
      "diterbitkan", "diterbitkan pada", "dipublikasikan", "dipublikasikan pada", "diperbarui", "diperbarui pada",
      "terbit", "terbit pada", "diunggah", "diunggah pada", "dibuat", "pembaruan terakhir", "tanggal",
    ],
    ordinalSuffixes: [],
  },
};
