import type { Locale } from "./types.js";

/**
 * Spanish: `hace 2 horas`, `hace una hora`, `ayer a las 17:30`, `14 de agosto de 2025`,
 * `14/08/2025 10:32 h`, `Actualizado el 14 de agosto de 2025 a las 10:32`.
 *
 * @example
 * ```ts
 * import { es } from "./es.js";
 * es.time.agoBefore; // ["hace"]
 * ```
 */
export const es: Locale = {
  code: "es",
  time: {
    code: "es",
    units: {
      seg: "second", segundo: "second", segundos: "second",
      min: "minute", mins: "minute", minuto: "minute", minutos: "minute",
      h: "hour", hr: "hour", hrs: "hour", hora: "hour", horas: "hour",
      d: "day", dia: "day", dias: "day",
      sem: "week", semana: "week", semanas: "week",
      mes: "month", meses: "month",
      año: "year", años: "year",
    },
    countedUnits: {
      "media hora": { count: 30, unit: "minute" }, "un cuarto de hora": { count: 15, unit: "minute" },
      "cuarto de hora": { count: 15, unit: "minute" }, "hora y media": { count: 90, unit: "minute" },
      "una hora y media": { count: 90, unit: "minute" }, "medio minuto": { count: 30, unit: "second" },
      "medio dia": { count: 12, unit: "hour" }, "medio año": { count: 6, unit: "month" },
    },
    agoBefore: ["hace"],
    agoAfter: [],
    numberWords: {
      un: 1, una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8,
      nueve: 9, diez: 10, once: 11, doce: 12, quince: 15, veinte: 20, treinta: 30,
      // Vague amounts resolve to 3, as in English.
      unos: 3, unas: 3, algunos: 3, algunas: 3, varios: 3, varias: 3, pocos: 3, pocas: 3,
      "unos pocos": 3, "unas pocas": 3,
    },
    qualifiers: ["alrededor de", "cerca de", "casi", "más de", "menos de", "aproximadamente"],
    and: ["y"],
    now: [
      "ahora mismo", "justo ahora", "hace un momento", "hace unos momentos", "hace instantes",
      "hace unos instantes", "hace unos segundos", "hace pocos segundos", "hace menos de un minuto",
    ],
    dayWords: {
      hoy: 0, ayer: 1, anteayer: 2, antier: 2, "antes de ayer": 2,
      "esta mañana": 0, "esta tarde": 0, "esta noche": 0, "hoy por la mañana": 0, anoche: 1,
      "ayer por la mañana": 1, "ayer por la tarde": 1, "ayer por la noche": 1,
    },
    lastPeriods: {
      "la semana pasada": "week", "semana pasada": "week", "el mes pasado": "month",
      "mes pasado": "month", "el año pasado": "year", "año pasado": "year",
    },
    months: {
      enero: 1, ene: 1, febrero: 2, feb: 2, marzo: 3, mar: 3, abril: 4, abr: 4, mayo: 5, may: 5,
      junio: 6, jun: 6, julio: 7, jul: 7, agosto: 8, ago: 8, septiembre: 9, setiembre: 9, sep: 9,
      sept: 9, octubre: 10, oct: 10, noviembre: 11, nov: 11, diciembre: 12, dic: 12,
    },
    weekdays: {
      domingo: 0, lunes: 1, martes: 2, miércoles: 3, jueves: 4, viernes: 5, sábado: 6,
    },
    // `mar.` (martes) is left out: it is also the abbreviation of `marzo`.
    weekdayAbbreviations: { dom: 0, lun: 1, mié: 3, jue: 4, vie: 5, sáb: 6 },
    meridiem: { am: ["a. m.", "a.m.", "am"], pm: ["p. m.", "p.m.", "pm"] },
    connectors: ["a las", "a la", "el", "las", "a"],
    // `domingo por la noche`, `el lunes por la mañana`.
    // `à midi`, `a mediodía`: a clock in one word (see `LocaleTime.clockWords`).
    clockWords: { mediodía: 12, medianoche: 0 },
    dayParts: ["por la mañana", "por la tarde", "por la noche", "en la mañana", "en la tarde", "en la noche", "de madrugada"],
    weekdayBefore: ["el", "el pasado", "este"],
    weekdayAfter: ["pasado"],
    dateJoiners: ["de", "del"],
    clockSuffixes: ["h", "hs", "hrs"],
    labels: [
      "actualizado", "actualizado el", "actualizado a las", "actualizada", "actualizada el",
      "publicado", "publicado el", "publicado a las", "publicada", "publicada el", "modificado",
      "modificado el", "última actualización", "ultima modificación", "fecha", "fecha de publicación",
      "creado", "creado el", "editado", "editado el", "escrito el",
    ],
    ordinalSuffixes: ["º"],
  },
};
