import type { Locale } from "./types.js";

/**
 * Thai: `5 นาทีที่แล้ว`, `3 ชั่วโมงที่ผ่านมา`, `เมื่อวาน 14:30 น.`, `12 สิงหาคม 2568`,
 * `12 ส.ค. 68`, `วันอังคารที่ 12 สิงหาคม พ.ศ. 2568`, with Latin or Thai digits (`๑๒ ส.ค. ๒๕๖๘`).
 * Thai pages print years of the Buddhist era (`2568` = 2025): {@link LocaleTime.eraOffset} is 543.
 * The unit and the word for "ago" are written without a space (`ชั่วโมงที่แล้ว`), so they are
 * also listed together as units that say "ago" themselves.
 *
 * @example
 * ```ts
 * import { th } from "./th.js";
 * th.time.eraOffset; // 543
 * ```
 */
const UNITS = {
  วินาที: "second", นาที: "minute", ชั่วโมง: "hour", ชม: "hour", "ชม.": "hour", วัน: "day", สัปดาห์: "week", อาทิตย์: "week", เดือน: "month", ปี: "year",
} as const;
const AGO = ["ที่แล้ว", "ที่ผ่านมา", "ก่อน"];
const agoUnits: Record<string, (typeof UNITS)[keyof typeof UNITS]> = {};
for (const [word, unit] of Object.entries(UNITS)) for (const ago of AGO) agoUnits[word + ago] = unit;

export const th: Locale = {
  code: "th",
  time: {
    code: "th",
    units: UNITS,
    agoUnits,
    agoBefore: [],
    agoAfter: AGO,
    numberWords: { หนึ่ง: 1, สอง: 2, สาม: 3, ห้า: 5, สิบ: 10 },
    qualifiers: ["ประมาณ", "เกือบ"],
    and: ["และ"],
    now: ["เมื่อสักครู่", "เมื่อครู่", "ขณะนี้", "เมื่อกี้"],
    dayWords: { วันนี้: 0, เมื่อวาน: 1, เมื่อวานนี้: 1 },
    lastPeriods: { สัปดาห์ที่แล้ว: "week", เดือนที่แล้ว: "month", ปีที่แล้ว: "year" },
    months: {
      มกราคม: 1, กุมภาพันธ์: 2, มีนาคม: 3, เมษายน: 4, พฤษภาคม: 5, มิถุนายน: 6, กรกฎาคม: 7, สิงหาคม: 8, กันยายน: 9,
      ตุลาคม: 10, พฤศจิกายน: 11, ธันวาคม: 12,
      "ม.ค.": 1, "ก.พ.": 2, "มี.ค.": 3, "เม.ย.": 4, "พ.ค.": 5, "มิ.ย.": 6, "ก.ค.": 7, "ส.ค.": 8, "ก.ย.": 9,
      "ต.ค.": 10, "พ.ย.": 11, "ธ.ค.": 12,
    },
    weekdays: {
      วันอาทิตย์: 0, วันจันทร์: 1, วันอังคาร: 2, วันพุธ: 3, วันพฤหัสบดี: 4, วันพฤหัส: 4, วันศุกร์: 5, วันเสาร์: 6,
    },
    // `วันอังคารที่ 12` (Tuesday the 12th): `ที่` glued to the weekday.
    weekdayCompounds: ["ที่"],
    weekdayAbbreviations: {},
    meridiem: { am: [], pm: [] },
    // `วันที่` (the day) before the day number, `เวลา` (time) before the clock.
    connectors: ["วันที่", "ที่", "เวลา"],
    // `พ.ศ.` (Buddhist era) before the year.
    dateJoiners: ["พ.ศ.", "พ.ศ"],
    // `น.` (นาฬิกา, o'clock) after a clock.
    clockSuffixes: ["น.", "น"],
    labels: ["เผยแพร่", "อัปเดต", "อัพเดท", "อัปเดตล่าสุด", "อัพเดทล่าสุด", "เผยแพร่เมื่อ", "วันที่เผยแพร่"],
    ordinalSuffixes: [],
    digits: ["๐๑๒๓๔๕๖๗๘๙"],
    eraOffset: 543,
  },
};
