import type { Locale } from "./types.js";

/**
 * Hebrew: `לפני 5 דקות`, `לפני שעה`, `לפני שעתיים`, `אתמול 17:30`, `14 באוגוסט 2025`,
 * `יום חמישי, 14 באוגוסט 2025, 10:32`, `פורסם: 14.08.2025 10:32`, abbreviated months with a
 * geresh (`14 בינו׳ 2025`, `3 באוק' 2024`). A month after a day takes the prefix `ב` ("in") glued
 * to it, so both forms are listed. `שבת` alone (the Sabbath) is not a
 * weekday stamp: only `יום שבת` is.
 *
 * @example
 * ```ts
 * import { he } from "./he.js";
 * he.time.agoBefore; // ["לפני"]
 * ```
 */
const MONTHS = ["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"];
/** Abbreviations, printed with a geresh (`ינו׳`, or an apostrophe: `ינו'`), by month; the short months have none. */
const ABBREVIATIONS: ReadonlyArray<readonly [string, number]> = [
  ["ינו'", 1], ["פבר'", 2], ["אפר'", 4], ["אוג'", 8], ["ספט'", 9], ["אוק'", 10], ["נוב'", 11], ["דצמ'", 12],
];
const months: Record<string, number> = {};
for (const [m, n] of [...MONTHS.map((m, i) => [m, i + 1] as const), ...ABBREVIATIONS]) {
  months[m] = n;
  months[`ב${m}`] = n;
  months[`ב-${m}`] = n;
}

export const he: Locale = {
  code: "he",
  time: {
    code: "he",
    units: {
      שנייה: "second", שניות: "second", דקה: "minute", דקות: "minute", שעה: "hour", "שע'": "hour", "שע׳": "hour", "דק'": "minute", "דק׳": "minute", שעות: "hour", יום: "day", ימים: "day",
      שבוע: "week", שבועות: "week", חודש: "month", חודשים: "month", שנה: "year", שנים: "year",
    },
    countedUnits: {
      שעתיים: { count: 2, unit: "hour" }, יומיים: { count: 2, unit: "day" }, שבועיים: { count: 2, unit: "week" },
      חודשיים: { count: 2, unit: "month" }, שנתיים: { count: 2, unit: "year" }, "חצי שעה": { count: 30, unit: "minute" },
      "רבע שעה": { count: 15, unit: "minute" },
    },
    bareUnitMeansOne: true,
    agoBefore: ["לפני"],
    agoAfter: [],
    numberWords: { כמה: 3 },
    qualifiers: ["כ", "כ-", "בערך", "יותר מ"],
    and: ["ו"],
    now: ["עכשיו", "ממש עכשיו", "לפני רגע", "לפני כמה רגעים"],
    dayWords: { היום: 0, אתמול: 1, שלשום: 2 },
    lastPeriods: { "שבוע שעבר": "week", "בשבוע שעבר": "week", "חודש שעבר": "month", "בחודש שעבר": "month", "שנה שעברה": "year", "בשנה שעברה": "year" },
    months,
    weekdays: {
      "יום ראשון": 0, "יום שני": 1, "יום שלישי": 2, "יום רביעי": 3, "יום חמישי": 4, "יום שישי": 5, "יום שבת": 6,
    },
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    connectors: ["בשעה", "ב", "ב-"],
    labels: ["פורסם", "פורסם ב", "פורסם ב-", "עודכן", "עודכן ב", "עודכן לאחרונה", "עדכון אחרון"],
    ordinalSuffixes: [],
  },
};
