import type { Locale } from "./types.js";

/**
 * Portuguese: `há 3 dias`, `há uma hora`, `5 minutos atrás`, `ontem às 17h30`,
 * `14 de agosto de 2025`, `Atualizado em 14/08/2025 às 10h32`, `segunda-feira, 11 de agosto de 2025`.
 *
 * @example
 * ```ts
 * import { pt } from "./pt.js";
 * pt.time.agoBefore; // ["há", "faz"]
 * ```
 */
export const pt: Locale = {
  code: "pt",
  time: {
    code: "pt",
    units: {
      seg: "second", segundo: "second", segundos: "second",
      min: "minute", mins: "minute", minuto: "minute", minutos: "minute",
      h: "hour", hr: "hour", hrs: "hour", hora: "hour", horas: "hour",
      d: "day", dia: "day", dias: "day",
      sem: "week", semana: "week", semanas: "week",
      mês: "month", meses: "month",
      ano: "year", anos: "year",
    },
    countedUnits: {
      "meia hora": { count: 30, unit: "minute" }, "um quarto de hora": { count: 15, unit: "minute" },
      "uma hora e meia": { count: 90, unit: "minute" }, "meio minuto": { count: 30, unit: "second" },
      "meio dia": { count: 12, unit: "hour" }, "meio ano": { count: 6, unit: "month" },
    },
    // `ha` and `atras`: the same words printed without their accent (keys ignore accents; the pre-check does not).
    agoBefore: ["há", "ha", "faz"],
    agoAfter: ["atrás", "atras"],
    numberWords: {
      um: 1, uma: 1, dois: 2, duas: 2, três: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8,
      nove: 9, dez: 10, onze: 11, doze: 12, quinze: 15, vinte: 20, trinta: 30,
      // Vague amounts resolve to 3, as in English.
      alguns: 3, algumas: 3, poucos: 3, poucas: 3, vários: 3, várias: 3,
    },
    qualifiers: ["cerca de", "quase", "mais de", "menos de", "aproximadamente", "por volta de"],
    and: ["e"],
    now: [
      "agora mesmo", "há pouco", "há instantes", "há alguns instantes", "há alguns segundos",
      "há poucos segundos", "neste momento", "há menos de um minuto",
    ],
    dayWords: {
      hoje: 0, ontem: 1, anteontem: 2, "antes de ontem": 2, "esta manhã": 0, "nesta manhã": 0,
      "esta tarde": 0, "nesta tarde": 0, "esta noite": 0, "hoje de manhã": 0, "hoje à tarde": 0,
      "hoje à noite": 0, "ontem de manhã": 1, "ontem à tarde": 1, "ontem à noite": 1,
    },
    lastPeriods: {
      "semana passada": "week", "na semana passada": "week", "mês passado": "month",
      "no mês passado": "month", "ano passado": "year", "no ano passado": "year",
    },
    // `set` (setembro) and `out` (outubro) are left out: English words a day number follows. They
    // are read between a day and a year only (`monthsBeforeYear`: `14 set. 2025`, `3 de out de 2025`).
    months: {
      janeiro: 1, jan: 1, fevereiro: 2, fev: 2, março: 3, mar: 3, abril: 4, abr: 4, maio: 5, mai: 5,
      junho: 6, jun: 6, julho: 7, jul: 7, agosto: 8, ago: 8, setembro: 9, outubro: 10,
      novembro: 11, nov: 11, dezembro: 12, dez: 12,
    },
    monthsBeforeYear: { set: 9, out: 10 },
    weekdays: {
      domingo: 0, "segunda-feira": 1, "terça-feira": 2, "quarta-feira": 3, "quinta-feira": 4,
      "sexta-feira": 5, sábado: 6, segunda: 1, terça: 2, quarta: 3, quinta: 4, sexta: 5,
    },
    weekdayAbbreviations: { dom: 0, seg: 1, ter: 2, qua: 3, qui: 4, sex: 5, sáb: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["às", "as", "a", "em", "no", "na"],
    // `domingo à noite`, `segunda-feira de manhã`.
    // `à midi`, `a mediodía`: a clock in one word (see `LocaleTime.clockWords`).
    clockWords: { "meio-dia": 12, "ao meio-dia": 12, "meia-noite": 0, "à meia-noite": 0 },
    dayParts: ["de manhã", "pela manhã", "à tarde", "de tarde", "à noite", "de noite", "de madrugada"],
    weekdayBefore: ["na", "no", "na última", "no último", "nesta", "neste"],
    weekdayAfter: ["passada", "passado"],
    dateJoiners: ["de"],
    // `10h32min` (Brazilian pages): the hour's `h` between hours and minutes, the minutes' `min` after them.
    spacedClockWords: ["h"],
    clockSuffixes: ["h", "min"],
    labels: [
      "atualizado", "atualizado em", "atualizado às", "atualizada", "atualizada em", "publicado",
      "publicado em", "publicado às", "publicada", "publicada em", "modificado", "modificado em",
      "última atualização", "última atualização em", "postado", "postado em", "data", "criado em",
      "editado em", "escrito em",
    ],
    ordinalSuffixes: ["º"],
  },
};
