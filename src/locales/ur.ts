import type { Locale } from "./types.js";

/**
 * Urdu: `2 گھنٹے پہلے`, `ایک گھنٹہ قبل`, `5 منٹ پہلے`, `آج`, `14 اگست 2025`, `14 اگست، 2025`,
 * `شائع 14 اگست 2025 10:32`, `اپ ڈیٹ 13 اگست 2025`, with Western or Eastern Arabic digits (`۱۴`).
 *
 * @example
 * ```ts
 * import { ur } from "./ur.js";
 * ur.time.agoAfter; // ["پہلے", "قبل"]
 * ```
 */
export const ur: Locale = {
  code: "ur",
  time: {
    code: "ur",
    units: {
      سیکنڈ: "second", سیکنڈز: "second",
      منٹ: "minute", منٹوں: "minute",
      گھنٹہ: "hour", گھنٹے: "hour", گھنٹوں: "hour", گھنٹا: "hour",
      دن: "day", دنوں: "day", روز: "day",
      ہفتہ: "week", ہفتے: "week", ہفتوں: "week",
      ماہ: "month", مہینہ: "month", مہینے: "month", مہینوں: "month",
      سال: "year", سالوں: "year", برس: "year",
    },
    countedUnits: { "آدھا گھنٹہ": { count: 30, unit: "minute" }, "آدھے گھنٹے": { count: 30, unit: "minute" } },
    agoBefore: [],
    agoAfter: ["پہلے", "قبل"],
    numberWords: { ایک: 1, دو: 2, تین: 3, چار: 4, پانچ: 5, دس: 10, چند: 3, کچھ: 3 },
    qualifiers: ["تقریباً", "تقریبا", "لگ بھگ", "قریب"],
    and: ["اور"],
    now: ["ابھی", "ابھی ابھی", "چند لمحے پہلے"],
    // `کل` is left out: it means both yesterday and tomorrow. `گزشتہ روز` is "the previous day".
    dayWords: { آج: 0, "گزشتہ روز": 1, "گذشتہ روز": 1, "گزشتہ رات": 1 },
    lastPeriods: { "گزشتہ ہفتے": "week", "پچھلے ہفتے": "week", "گزشتہ ماہ": "month", "پچھلے مہینے": "month", "گزشتہ سال": "year", "پچھلے سال": "year" },
    months: {
      جنوری: 1, فروری: 2, مارچ: 3, اپریل: 4, مئی: 5, جون: 6, جولائی: 7, اگست: 8, ستمبر: 9, اکتوبر: 10, نومبر: 11, دسمبر: 12,
    },
    // `ہفتہ` (Saturday) is the week too: left out, as a unit it needs a count or `پہلے`.
    weekdays: { اتوار: 0, پیر: 1, سوموار: 1, منگل: 2, بدھ: 3, جمعرات: 4, جمعہ: 5 },
    weekdayAbbreviations: {},
    // A part of the day before the clock (`شام 5 بجے`, evening), as Hindi prints it.
    meridiem: { am: ["am", "صبح"], pm: ["pm", "شام", "دوپہر", "سہ پہر"], before: true },
    connectors: ["کو", "بجے"],
    clockSuffixes: ["بجے"],
    weekdayBefore: ["گزشتہ", "پچھلے"],
    labels: ["شائع", "شائع شدہ", "شائع ہوا", "اپ ڈیٹ", "اپڈیٹ", "آخری اپ ڈیٹ", "تاریخ اشاعت", "اشاعت"],
    ordinalSuffixes: [],
    digits: ["۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"],
  },
};
