import type { Locale } from "./types.js";

/**
 * Persian: `۵ دقیقه پیش`, `۳ ساعت قبل`, `دیروز`, `دیروز ساعت ۱۷:۳۰`, Gregorian month names
 * (`۱۴ اوت ۲۰۲۵`) and dates of the Solar Hijri calendar (`۲۳ مرداد ۱۴۰۴`, `۱۴۰۴/۰۵/۲۳ - ۱۴:۳۰`),
 * converted to Gregorian. Solar Hijri months are words of their own too (`تیر` arrow, `مهر` seal),
 * so they are read only between a day number and a year of that calendar.
 *
 * @example
 * ```ts
 * import { fa } from "./fa.js";
 * fa.time.agoAfter; // ["پیش", "قبل"]
 * ```
 */
export const fa: Locale = {
  code: "fa",
  time: {
    code: "fa",
    units: { ثانیه: "second", دقیقه: "minute", ساعت: "hour", روز: "day", هفته: "week", ماه: "month", سال: "year" },
    countedUnits: { "نیم ساعت": { count: 30, unit: "minute" } },
    agoBefore: [],
    agoAfter: ["پیش", "قبل"],
    numberWords: { یک: 1, دو: 2, سه: 3, چهار: 4, پنج: 5, ده: 10, چند: 3 },
    qualifiers: ["حدود", "حدودا", "تقریبا", "بیش از"],
    and: ["و"],
    now: ["همین الان", "لحظاتی پیش", "دقایقی پیش", "هم اکنون"],
    dayWords: { امروز: 0, دیروز: 1, پریروز: 2 },
    lastPeriods: { "هفته گذشته": "week", "ماه گذشته": "month", "سال گذشته": "year" },
    // Gregorian months as Persian pages print them; `مه` (May) is left out: the word "fog" and a prefix.
    months: {
      ژانویه: 1, فوریه: 2, مارس: 3, آوریل: 4, ژوئن: 6, ژوئیه: 7, جولای: 7, اوت: 8, آگوست: 8, سپتامبر: 9,
      اکتبر: 10, نوامبر: 11, دسامبر: 12,
    },
    solarHijriMonths: {
      فروردین: 1, اردیبهشت: 2, خرداد: 3, تیر: 4, مرداد: 5, امرداد: 5, شهریور: 6, مهر: 7, آبان: 8, آذر: 9, دی: 10,
      بهمن: 11, اسفند: 12,
    },
    // The Hijri lunar calendar (`۱۲ ذی‌القعده ۱۴۴۵`): the zero-width non-joiner reads as a space.
    lunarHijriMonths: {
      محرم: 1, صفر: 2, "ربیع الاول": 3, "ربیع الثانی": 4, "ربیع الآخر": 4, "جمادی الاول": 5, "جمادی الاولی": 5,
      "جمادی الثانی": 6, "جمادی الثانیه": 6, "جمادی الآخر": 6, رجب: 7, شعبان: 8, رمضان: 9, شوال: 10,
      "ذی القعده": 11, "ذیقعده": 11, "ذی الحجه": 12, "ذیحجه": 12,
    },
    // `سه‌شنبه` is printed with a zero-width non-joiner, which the lexer reads as a space.
    weekdays: { یکشنبه: 0, دوشنبه: 1, "سه شنبه": 2, سه‌شنبه: 2, چهارشنبه: 3, پنجشنبه: 4, "پنج شنبه": 4, جمعه: 5, شنبه: 6 },
    weekdayAbbreviations: {},
    meridiem: { am: ["ق.ظ", "صبح"], pm: ["ب.ظ", "عصر"] },
    connectors: ["ساعت", "در"],
    labels: ["منتشر شده", "تاریخ انتشار", "به روز رسانی", "آخرین به روز رسانی", "انتشار"],
    ordinalSuffixes: [],
  },
};
