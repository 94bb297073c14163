import type { Locale } from "./types.js";

/**
 * Russian: `5 минут назад`, `час назад`, `вчера в 17:30`, `5 марта 2024`, `5 марта 2024 года`,
 * `Опубликовано: 14.08.2025 10:32`, `вторник, 12 августа 2025`.
 *
 * @example
 * ```ts
 * import { ru } from "./ru.js";
 * ru.time.agoAfter; // ["назад", "тому назад"]
 * ```
 */
export const ru: Locale = {
  code: "ru",
  time: {
    code: "ru",
    // Nominative, genitive singular and genitive plural: the three forms a number takes.
    units: {
      сек: "second", секунду: "second", секунды: "second", секунд: "second",
      мин: "minute", минуту: "minute", минуты: "minute", минут: "minute",
      ч: "hour", час: "hour", часа: "hour", часов: "hour",
      дн: "day", день: "day", дня: "day", дней: "day",
      нед: "week", неделю: "week", недели: "week", недель: "week",
      мес: "month", месяц: "month", месяца: "month", месяцев: "month",
      год: "year", г: "year", года: "year", лет: "year",
    },
    countedUnits: {
      полчаса: { count: 30, unit: "minute" }, "полтора часа": { count: 90, unit: "minute" },
    },
    // `час назад`, `минуту назад`: a unit word alone is one of it.
    bareUnitMeansOne: true,
    agoBefore: [],
    agoAfter: ["назад", "тому назад"],
    numberWords: {
      один: 1, одну: 1, два: 2, две: 2, три: 3, четыре: 4, пять: 5, десять: 10,
      // Vague amounts resolve to 3, as in English; `пару` is two.
      несколько: 3, пару: 2,
    },
    qualifiers: ["около", "почти", "примерно", "более", "больше", "меньше"],
    and: ["и"],
    now: ["только что", "прямо сейчас"],
    dayWords: {
      сегодня: 0, вчера: 1, позавчера: 2, "сегодня утром": 0, "вчера утром": 1, "вчера вечером": 1,
    },
    lastPeriods: {
      "на прошлой неделе": "week", "в прошлом месяце": "month", "в прошлом году": "year",
    },
    // News prints the genitive (`5 марта`); the nominative names a month alone (`март 2024`).
    months: {
      январь: 1, января: 1, янв: 1, февраль: 2, февраля: 2, фев: 2, февр: 2, март: 3, марта: 3, мар: 3,
      апрель: 4, апреля: 4, апр: 4, май: 5, мая: 5, июнь: 6, июня: 6, июн: 6, июль: 7, июля: 7, июл: 7,
      август: 8, августа: 8, авг: 8, сентябрь: 9, сентября: 9, сен: 9, сент: 9, октябрь: 10, октября: 10,
      окт: 10, ноябрь: 11, ноября: 11, ноя: 11, нояб: 11, декабрь: 12, декабря: 12, дек: 12,
    },
    // Nominative and the accusative `в среду`, `в пятницу`.
    weekdays: {
      воскресенье: 0, понедельник: 1, вторник: 2, среда: 3, среду: 3, четверг: 4, пятница: 5, пятницу: 5,
      суббота: 6, субботу: 6,
    },
    weekdayAbbreviations: { вс: 0, пн: 1, вт: 2, ср: 3, чт: 4, пт: 5, сб: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["в"],
    dayParts: ["утром", "днем", "вечером", "ночью"],
    weekdayBefore: ["в", "в прошлый", "в прошлую", "в прошлое"],
    // `5 марта 2024 года`, `5 марта 2024 г.`: the year word after the year.
    yearSuffixes: ["года", "г"],
    labels: ["опубликовано", "обновлено", "изменено", "дата публикации", "дата обновления", "последнее обновление"],
    ordinalSuffixes: [],
  },
};
