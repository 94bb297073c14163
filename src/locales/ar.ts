import type { Locale } from "./types.js";

/**
 * Arabic: Daily8's Arabic pages (`منذ 5 دقائق`, `منذ ساعة واحدة`, `منذ 21 ساعات`, `منذ يومين`,
 * `أمس`) and dates printed in Arabic-Indic digits (`٠٩-٠٦-٢٠٢٥`).
 *
 * Keys are written with their hamza; matching ignores it (`أيام` = `ايام`).
 *
 * @example
 * ```ts
 * import { ar } from "./ar.js";
 * ar.time.countedUnits?.["يومين"]; // { count: 2, unit: "day" }
 * ```
 */
export const ar: Locale = {
  code: "ar",
  time: {
    code: "ar",
    units: {
      ثانية: "second", ثوان: "second", ثواني: "second", ثوانٍ: "second",
      دقيقة: "minute", دقائق: "minute", د: "minute",
      ساعة: "hour", ساعات: "hour", س: "hour",
      يوم: "day", أيام: "day",
      أسبوع: "week", أسابيع: "week",
      شهر: "month", أشهر: "month", شهور: "month",
      سنة: "year", سنوات: "year", سنين: "year", عام: "year", أعوام: "year",
    },
    // The dual: one word for "two units", in the nominative and the oblique case.
    countedUnits: {
      ثانيتين: { count: 2, unit: "second" }, ثانيتان: { count: 2, unit: "second" },
      دقيقتين: { count: 2, unit: "minute" }, دقيقتان: { count: 2, unit: "minute" },
      ساعتين: { count: 2, unit: "hour" }, ساعتان: { count: 2, unit: "hour" },
      يومين: { count: 2, unit: "day" }, يومان: { count: 2, unit: "day" },
      أسبوعين: { count: 2, unit: "week" }, أسبوعان: { count: 2, unit: "week" },
      شهرين: { count: 2, unit: "month" }, شهران: { count: 2, unit: "month" },
      سنتين: { count: 2, unit: "year" }, سنتان: { count: 2, unit: "year" },
      عامين: { count: 2, unit: "year" }, عامان: { count: 2, unit: "year" },
      // Fractions.
      "نصف ساعة": { count: 30, unit: "minute" }, "ربع ساعة": { count: 15, unit: "minute" },
      "ساعة ونصف": { count: 90, unit: "minute" }, "ثلث ساعة": { count: 20, unit: "minute" },
      "نصف يوم": { count: 12, unit: "hour" },
    },
    // `منذ ساعة` is "an hour ago": the singular noun alone means one.
    bareUnitMeansOne: true,
    agoBefore: ["منذ", "قبل"],
    agoAfter: [],
    numberWords: { بضع: 3, بضعة: 3, عدة: 3 },
    numberWordsAfterUnit: { واحد: 1, واحدة: 1 },
    qualifiers: ["حوالي", "نحو", "أكثر من", "أقل من", "قرابة"],
    and: ["و"],
    now: ["الآن", "منذ لحظات", "قبل لحظات", "للتو", "منذ قليل", "منذ لحظة", "قبل قليل"],
    dayWords: {
      اليوم: 0, أمس: 1, البارحة: 1, "أول أمس": 2, "أول من أمس": 2, "صباح اليوم": 0, "مساء اليوم": 0,
      الليلة: 0, "صباح أمس": 1, "مساء أمس": 1, "الليلة الماضية": 1, "ظهر اليوم": 0,
    },
    lastPeriods: {
      "الأسبوع الماضي": "week", "الشهر الماضي": "month", "العام الماضي": "year",
      "السنة الماضية": "year",
    },
    months: {
      يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, مايو: 5, يونيو: 6, يونيه: 6,
      يوليو: 7, يوليه: 7, أغسطس: 8, سبتمبر: 9, أكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
      // Levantine and Iraqi month names.
      "كانون الثاني": 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8,
      أيلول: 9, "تشرين الأول": 10, "تشرين الثاني": 11, "كانون الأول": 12,
    },
    // The Hijri lunar calendar, read with a day and a year (`12 ذو القعدة 1445 هـ`; `صفر` is also "zero").
    lunarHijriMonths: {
      محرم: 1, المحرم: 1, صفر: 2, "ربيع الأول": 3, "ربيع أول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4, "ربيع ثاني": 4,
      "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6, رجب: 7, شعبان: 8,
      رمضان: 9, شوال: 10, "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
    },
    weekdays: {
      الأحد: 0, الاثنين: 1, الإثنين: 1, الثلاثاء: 2, الأربعاء: 3, الخميس: 4, الجمعة: 5, السبت: 6,
    },
    weekdayAbbreviations: {},
    meridiem: { am: ["ص", "صباحا", "صباحاً"], pm: ["م", "مساء", "مساءً"] },
    connectors: ["في", "الساعة", "بتاريخ"],
    // `مساء الأحد`, `صباح يوم الاثنين` (not `ليلة`: `ليلة الأحد` is the night before Sunday).
    dayPartsBefore: ["صباح", "مساء", "ظهر", "عصر", "فجر"],
    weekdayBefore: ["يوم"],
    weekdayAfter: ["الماضي", "الماضية"],
    gluedWords: true,
    labels: [
      "نشر", "نشر في", "نشر بتاريخ", "تاريخ النشر", "آخر تحديث", "تم التحديث", "تحديث", "محدث",
      "نشرت", "نشرت في", "تم النشر", "تم النشر في", "آخر تحديث في", "تاريخ التحديث", "آخر تعديل",
      "تم التعديل", "عدل", "حدث", "حدث في", "كتب", "كتب في", "نشر يوم",
    ],
    // `20 مايو 2024 م` (AD), printed beside the Hijri date.
    yearSuffixes: ["م", "ميلادي", "ميلادية"],
    ordinalSuffixes: [],
    digits: ["٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"],
  },
};
