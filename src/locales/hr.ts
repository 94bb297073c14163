import type { Locale } from "./types.js";

/**
 * Croatian, with the Serbian and Bosnian Latin forms and Serbian in Cyrillic (one vocabulary reads them all): `prije 5 minuta`
 * (Serbian `pre 5 minuta`), `prije sat vremena`, `jučer u 17:30` (`juče u 17:30`), `14. kolovoza 2025.`,
 * `14. avgusta 2025.`, `Objavljeno: 14.08.2025. u 10:32`, `Ažurirano 13. kolovoza 2025`; Cyrillic `пре 3 сата`,
 * `јуче у 17:30`, `14. августа 2025.`, `Објављено: 14.08.2025. у 10:32`.
 *
 * @example
 * ```ts
 * import { hr } from "./hr.js";
 * hr.time.agoBefore; // ["prije", "pre"]
 * ```
 */
export const hr: Locale = {
  code: "hr",
  time: {
    code: "hr",
    // After `prije` the count takes the genitive: `prije 5 minuta`, `prije 2 sata`, `prije 3 dana`.
    units: {
      sekunde: "second", sekundi: "second", sekundu: "second",
      min: "minute", minute: "minute", minuta: "minute", minutu: "minute",
      sat: "hour", h: "hour", sata: "hour", sati: "hour",
      dan: "day", dana: "day",
      tjedan: "week", tjedna: "week", tjedana: "week", nedelju: "week", nedelje: "week", nedelja: "week", sedmicu: "week", sedmice: "week", sedmica: "week",
      mjesec: "month", mjeseca: "month", mjeseci: "month", mesec: "month", meseca: "month", meseci: "month",
      godinu: "year", godine: "year", godina: "year",
      // Serbian in Cyrillic: `пре 3 сата`, `пре 5 минута`.
      секунди: "second", секунду: "second", секунде: "second", мин: "minute", минута: "minute", минут: "minute", минуту: "minute", минуте: "minute",
      сат: "hour", сата: "hour", сати: "hour", ч: "hour", дан: "day", дана: "day", недељу: "week", недеље: "week", недеља: "week",
      месец: "month", месеца: "month", месеци: "month", годину: "year", године: "year", година: "year",
    },
    countedUnits: { "sat vremena": { count: 1, unit: "hour" }, "mjesec dana": { count: 1, unit: "month" }, "mesec dana": { count: 1, unit: "month" }, "pola sata": { count: 30, unit: "minute" },
      "nedelju dana": { count: 1, unit: "week" }, "godinu dana": { count: 1, unit: "year" },
      "сат времена": { count: 1, unit: "hour" }, "месец дана": { count: 1, unit: "month" }, "недељу дана": { count: 1, unit: "week" },
      "годину дана": { count: 1, unit: "year" }, "пола сата": { count: 30, unit: "minute" },
    },
    bareUnitMeansOne: true,
    agoBefore: ["prije", "pre", "пре"],
    agoAfter: [],
    numberWords: { jedan: 1, jednu: 1, dva: 2, dvije: 2, dve: 2, tri: 3, četiri: 4, pet: 5, deset: 10, nekoliko: 3, један: 1, једну: 1, два: 2, две: 2, три: 3, четири: 4, пет: 5, десет: 10, неколико: 3 },
    qualifiers: ["oko", "otprilike", "gotovo", "skoro", "više od"],
    and: ["i"],
    now: ["upravo sada", "upravo", "maloprije", "malopre", "sada", "управо", "малопре", "сада"],
    // `jučer u 17:30`: the `u` is kept with the day word (alone, one letter the glued-stamp search finds at the end of words).
    dayWords: { danas: 0, jučer: 1, juče: 1, prekjučer: 2, prekjuče: 2, "danas u": 0, "jučer u": 1, "juče u": 1,
      данас: 0, јуче: 1, прекјуче: 2, "данас у": 0, "јуче у": 1,
    },
    lastPeriods: { "prošli tjedan": "week", "prošle sedmice": "week", "prošle nedelje": "week", "prošli mjesec": "month", "prošli mesec": "month", "prošle godine": "year", lani: "year",
      "прошле недеље": "week", "прошлог месеца": "month", "прошле године": "year",
    },
    // Croatian month names in the nominative and genitive, then the Latin names Serbian and Bosnian print.
    months: {
      siječanj: 1, siječnja: 1, veljača: 2, veljače: 2, ožujak: 3, ožujka: 3, travanj: 4, travnja: 4, svibanj: 5, svibnja: 5,
      lipanj: 6, lipnja: 6, srpanj: 7, srpnja: 7, kolovoz: 8, kolovoza: 8, rujan: 9, rujna: 9, listopad: 10, listopada: 10,
      studeni: 11, studenoga: 11, studenog: 11, prosinac: 12, prosinca: 12,
      januar: 1, januara: 1, februar: 2, februara: 2, mart: 3, marta: 3, april: 4, aprila: 4, maj: 5, maja: 5,
      jun: 6, juna: 6, juni: 6, jul: 7, jula: 7, juli: 7, avgust: 8, avgusta: 8, august: 8, augusta: 8,
      septembar: 9, septembra: 9, oktobar: 10, oktobra: 10, novembar: 11, novembra: 11, decembar: 12, decembra: 12,
      јануар: 1, јануара: 1, фебруар: 2, фебруара: 2, март: 3, марта: 3, април: 4, априла: 4, мај: 5, маја: 5, јун: 6, јуна: 6,
      јул: 7, јула: 7, август: 8, августа: 8, септембар: 9, септембра: 9, октобар: 10, октобра: 10, новембар: 11, новембра: 11,
      децембар: 12, децембра: 12,
    },
    weekdays: {
      nedjelja: 0, nedjelju: 0, ponedjeljak: 1, ponedeljak: 1, utorak: 2, srijeda: 3, srijedu: 3, sreda: 3, sredu: 3,
      četvrtak: 4, petak: 5, subota: 6, subotu: 6,
      недеља: 0, недељу: 0, понедељак: 1, уторак: 2, среда: 3, среду: 3, четвртак: 4, петак: 5, субота: 6, суботу: 6,
    },
    // Read only next to a date (`tor. 14. aug. 2025`); those that are words of other languages (`man`, `pet`) are left out.
    weekdayAbbreviations: { pon: 1, uto: 2, sri: 3, čet: 4 },
    meridiem: { am: [], pm: [] },
    connectors: [],
    dayParts: ["ujutro", "ujutru", "navečer", "uveče", "popodne"],
    weekdayBefore: ["u", "prošli", "prošle", "prošlu"],
    labels: ["objavljeno", "ažurirano", "azurirano", "izmijenjeno", "izmenjeno", "datum objave", "zadnja izmjena", "posljednje ažuriranje", "poslednje ažuriranje",
      "објављено", "ажурирано", "измењено", "датум објаве", "последње ажурирање",
    ],
    ordinalSuffixes: [],
  },
};
