import type { Locale } from "./types.js";

/**
 * Bengali: `৫ মিনিট আগে`, `৩ ঘণ্টা আগে`, `গতকাল`, `১৪ আগস্ট ২০২৫`, `বৃহস্পতিবার, ১৪ আগস্ট ২০২৫`,
 * `প্রকাশ: ১৪ আগস্ট ২০২৫, ১০:৩২`, with Bengali or Latin digits, and abbreviated months with a full stop
 * (`১৪ জানু. ২০২৫`).
 *
 * @example
 * ```ts
 * import { bn } from "./bn.js";
 * bn.time.agoAfter; // ["আগে", "পূর্বে"]
 * ```
 */
export const bn: Locale = {
  code: "bn",
  time: {
    code: "bn",
    units: {
      সেকেন্ড: "second", মিনিট: "minute", ঘণ্টা: "hour", ঘন্টা: "hour", দিন: "day", সপ্তাহ: "week", মাস: "month",
      বছর: "year",
    },
    countedUnits: { "আধা ঘণ্টা": { count: 30, unit: "minute" }, "আধ ঘণ্টা": { count: 30, unit: "minute" } },
    agoBefore: [],
    agoAfter: ["আগে", "পূর্বে"],
    numberWords: { এক: 1, দুই: 2, তিন: 3, চার: 4, পাঁচ: 5, দশ: 10, কয়েক: 3 },
    qualifiers: ["প্রায়", "আনুমানিক"],
    and: ["এবং", "ও"],
    now: ["এইমাত্র", "এখনই", "এই মাত্র"],
    dayWords: { আজ: 0, গতকাল: 1, "গত কাল": 1, গতপরশু: 2 },
    lastPeriods: { "গত সপ্তাহ": "week", "গত সপ্তাহে": "week", "গত মাসে": "month", "গত মাস": "month", "গত বছর": "year" },
    months: {
      জানুয়ারি: 1, জানুয়ারী: 1, ফেব্রুয়ারি: 2, ফেব্রুয়ারী: 2, মার্চ: 3, এপ্রিল: 4, মে: 5, জুন: 6, জুলাই: 7, আগস্ট: 8,
      আগষ্ট: 8, সেপ্টেম্বর: 9, অক্টোবর: 10, নভেম্বর: 11, ডিসেম্বর: 12,
      // Abbreviations, printed with a full stop (`১৪ জানু. ২০২৫`): the stop is dropped in lookup.
      জানু: 1, ফেব্রু: 2, ফেব: 2, এপ্রি: 4, আগ: 8, সেপ্টে: 9, সেপ: 9, অক্টো: 10, অক্ট: 10, নভে: 11, ডিসে: 12,
    },
    weekdays: { রবিবার: 0, সোমবার: 1, মঙ্গলবার: 2, বুধবার: 3, বৃহস্পতিবার: 4, শুক্রবার: 5, শনিবার: 6 },
    weekdayAbbreviations: {},
    // A part of the day before the clock (`সকাল ১০:৩০` morning, `বিকেল ৫:৩০` afternoon); `রাত` (night) is
    // left out, as in Hindi: both 10 pm and 2 am.
    meridiem: { am: ["am", "a.m.", "সকাল", "ভোর"], pm: ["pm", "p.m.", "দুপুর", "বিকেল", "বিকাল", "সন্ধ্যা"], before: true },
    connectors: [],
    weekdayBefore: ["গত"],
    labels: ["প্রকাশ", "প্রকাশিত", "আপডেট", "হালনাগাদ", "প্রকাশের সময়", "সর্বশেষ আপডেট"],
    ordinalSuffixes: [],
    digits: ["০১২৩৪৫৬৭৮৯"],
  },
};
