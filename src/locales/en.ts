import type { Locale } from "./types.js";

/** Each verb with the forms pages print around it: `edited`, `edited on`, `last edited at`, `first edited`. */
function verbs(list: readonly string[]): string[] {
  return list.flatMap((v) => [v, `${v} on`, `${v} at`, `last ${v}`, `last ${v} on`, `last ${v} at`, `first ${v}`, `first ${v} on`, `originally ${v}`, `originally ${v} on`]);
}

/**
 * English: the language of most news pages and of Daily8's related-story times
 * (`11 minutes ago`, `an hour ago`), which stay English even on French pages.
 *
 * @example
 * ```ts
 * import { en } from "./en.js";
 * en.time.units["hrs"]; // "hour"
 * ```
 */
export const en: Locale = {
  code: "en",
  time: {
    code: "en",
    units: {
      s: "second", sec: "second", secs: "second", second: "second", seconds: "second",
      m: "minute", min: "minute", mins: "minute", minute: "minute", minutes: "minute",
      h: "hour", hr: "hour", hrs: "hour", hour: "hour", hours: "hour",
      d: "day", day: "day", days: "day",
      w: "week", wk: "week", wks: "week", week: "week", weeks: "week",
      mo: "month", mos: "month", mth: "month", mths: "month", month: "month", months: "month",
      y: "year", yr: "year", yrs: "year", year: "year", years: "year",
    },
    // Fractions: one word group standing for a count of a finer unit.
    countedUnits: {
      "half an hour": { count: 30, unit: "minute" }, "half hour": { count: 30, unit: "minute" },
      "a half hour": { count: 30, unit: "minute" }, "a half-hour": { count: 30, unit: "minute" },
      "half-hour": { count: 30, unit: "minute" }, "a quarter of an hour": { count: 15, unit: "minute" },
      "quarter of an hour": { count: 15, unit: "minute" }, "a quarter hour": { count: 15, unit: "minute" },
      "three quarters of an hour": { count: 45, unit: "minute" },
      "an hour and a half": { count: 90, unit: "minute" }, "half a minute": { count: 30, unit: "second" },
      "half a day": { count: 12, unit: "hour" }, "a day and a half": { count: 36, unit: "hour" },
      "half a year": { count: 6, unit: "month" }, "a year and a half": { count: 18, unit: "month" },
    },
    // Twitter-style and live-blog stamps: `3h`, `12m`, `1d 21h`. Not `s`: `1990s`, `80s` are decades.
    compactUnits: ["m", "h", "d", "w", "y", "mo", "min", "mins", "hr", "hrs", "wk"],
    agoBefore: [],
    agoAfter: ["ago"],
    numberWords: {
      a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
      nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
      forty: 40, fifty: 50,
      // Vague amounts resolve to 3: "a few" is rarely more than a handful.
      "a few": 3, few: 3, several: 3, "a couple of": 2, "a couple": 2, "couple of": 2, couple: 2,
    },
    qualifiers: [
      "about", "around", "approximately", "approx", "roughly", "over", "more than", "less than",
      "nearly", "almost", "just over", "just under", "under", "some",
    ],
    and: ["and"],
    now: [
      "just now", "moments ago", "a moment ago", "a few moments ago", "few moments ago",
      "less than a minute ago", "under a minute ago", "seconds ago", "a few seconds ago",
    ],
    // Day parts resolve to the start of their day (day precision).
    dayWords: {
      today: 0, yesterday: 1, "the day before yesterday": 2, "day before yesterday": 2,
      "this morning": 0, "this afternoon": 0, "this evening": 0, tonight: 0, "earlier today": 0,
      "yesterday morning": 1, "yesterday afternoon": 1, "yesterday evening": 1,
      "last night": 1, "late last night": 1, "earlier this morning": 0, "early this morning": 0,
    },
    lastPeriods: { "last week": "week", "last month": "month", "last year": "year" },
    // The Hijri lunar calendar in Latin letters, read with a day and a year from 1350 to 1500
    // (`12 Ramadan 1445 AH`, `Dhul Qadah 12, 1445`); `Ramadan` or `Rajab` alone are names.
    lunarHijriMonths: {
      muharram: 1, safar: 2, "rabi al-awwal": 3, "rabi ul awwal": 3, "rabi al-thani": 4, "rabi al-akhir": 4, "rabi ul akhir": 4,
      "jumada al-awwal": 5, "jumada al-ula": 5, "jumada al-thani": 6, "jumada al-akhirah": 6, "jumada al-akhira": 6,
      rajab: 7, shaban: 8, "sha'ban": 8, ramadan: 9, ramadhan: 9, ramazan: 9, shawwal: 10,
      "dhu al-qadah": 11, "dhu al-qi'dah": 11, "dhul qadah": 11, "dhul-qadah": 11, "dhul qaada": 11, "zul qadah": 11,
      "dhu al-hijjah": 12, "dhul hijjah": 12, "dhul-hijjah": 12, "zul hijjah": 12,
    },
    months: {
      january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
      june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
      october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
    },
    weekdays: {
      sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
    },
    weekdayAbbreviations: {
      sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
    },
    meridiem: { am: ["am", "a.m."], pm: ["pm", "p.m."] },
    connectors: ["at", "on", "@", "the"],
    // `10:32 hrs` (South Asian and military pages): a word that only says "o'clock".
    clockSuffixes: ["hrs"],
    // `at noon`, `12 midnight`.
    clockWords: { noon: 12, midday: 12, midnight: 0 },
    // `Sunday night`, `Monday morning`, `last Friday evening`.
    dayParts: ["morning", "afternoon", "evening", "night", "overnight", "late night"],
    weekdayBefore: ["last", "on", "this past", "past"],
    dateJoiners: ["of"],
    gluedWords: true,
    labels: [
      "date", "pub date",
      // Any verb of editing or publishing, alone or with `on`/`at`, `last`, `first`, `originally`.
      ...verbs([
        "updated", "published", "posted", "modified", "edited", "revised", "reviewed", "written",
        "filed", "submitted", "released", "issued", "amended", "corrected", "changed", "refreshed",
        "uploaded", "added", "created", "launched", "dated", "reported", "aired", "broadcast",
        "recorded", "checked", "fact checked", "fact-checked", "medically reviewed", "verified",
        "printed", "sent", "shared", "archived",
      ]),
      "date published", "date modified", "date posted", "date updated", "publish date",
      "published date", "publication date", "posted date", "release date", "last update",
      "latest update", "page updated", "article updated", "story updated",
      "page last updated", "page last reviewed", "content last updated", "this page was last updated",
      "last updated date",
    ],
    ordinalSuffixes: ["st", "nd", "rd", "th"],
  },
};
