import type { Locale } from "./types.js";

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
    // Twitter-style and live-blog stamps: `3h`, `12m`, `1d 21h`. Not `s`: `1990s`, `80s` are decades.
    compactUnits: ["m", "h", "d", "w", "y", "mo", "min", "mins", "hr", "hrs", "wk"],
    agoBefore: [],
    agoAfter: ["ago"],
    numberWords: {
      a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
      nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30,
      forty: 40, fifty: 50,
      // Vague amounts resolve to 3: "a few" is rarely more than a handful.
      "a few": 3, few: 3, several: 3, "a couple of": 2, "a couple": 2, "couple of": 2,
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
    dayWords: { today: 0, yesterday: 1 },
    lastPeriods: { "last week": "week", "last month": "month", "last year": "year" },
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
    connectors: ["at", "on", "@"],
    labels: [
      "updated", "updated on", "updated at", "last updated", "last updated on", "published",
      "published on", "published at", "first published", "first published on",
      "originally published", "originally published on", "posted", "posted on", "posted at",
      "last modified", "modified", "modified on", "created", "date", "pub date",
    ],
    ordinalSuffixes: ["st", "nd", "rd", "th"],
  },
};
