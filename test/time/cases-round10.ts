/**
 * Timestamp table, part 11 (round ten): Thai stamps, with years of the Buddhist era
 * (`2568` = 2025, two digits `68` after a month name), Thai digits, the unit glued to "ago"
 * (`ชั่วโมงที่แล้ว`), `เมื่อวาน`/`วันนี้` with a clock and `น.`; and numeric dates whose year is
 * outside 1900–2100, which are no longer taken for Gregorian dates; CJK weekday names unbracketed;
 * zone abbreviations in brackets; Persian dates of the Solar Hijri calendar (`۲۱ مرداد ۱۴۰۴`,
 * `۱۴۰۴/۰۵/۲۱`), converted to Gregorian. Values are invented; the shapes are
 * those Thai news heads print.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";

export const ROUND10_CASES: readonly TimestampCase[] = [
  ...rows("locale-th", [
    ["5 นาทีที่แล้ว", `${D}17:55:00`, "minute"], ["3 ชั่วโมงที่แล้ว", `${D}15:00:00`, "hour"], ["3 ชั่วโมง ที่แล้ว", `${D}15:00:00`, "hour"],
    ["2 ชม.ที่แล้ว", `${D}16:00:00`, "hour"], ["2 วันที่แล้ว", "2025-08-12T18:00:00", "day"], ["1 สัปดาห์ที่ผ่านมา", "2025-08-07T18:00:00", "day"],
    ["เมื่อสักครู่", `${D}18:00:00`, "minute"], ["วันนี้ 09:15", `${D}09:15:00`, "minute"], ["เมื่อวานนี้", "2025-08-13T00:00:00", "day"],
    ["เมื่อวาน 14:30 น.", "2025-08-13T14:30:00", "minute"], ["เมื่อวาน เวลา 14:30 น.", "2025-08-13T14:30:00", "minute"],
    ["3 สิงหาคม 2568", "2025-08-03T00:00:00", "day"], ["3 ส.ค. 2568", "2025-08-03T00:00:00", "day"], ["3 ส.ค. 68", "2025-08-03T00:00:00", "day"],
    ["21 ม.ค. 2567", "2024-01-21T00:00:00", "day"], ["วันที่ 9 มีนาคม พ.ศ. 2567", "2024-03-09T00:00:00", "day"],
    ["วันอังคารที่ 12 สิงหาคม 2568", "2025-08-12T00:00:00", "day"], ["วันอังคาร 12 สิงหาคม 2568", "2025-08-12T00:00:00", "day"],
    ["12 ส.ค. 2568 เวลา 10:45 น.", "2025-08-12T10:45:00", "minute"], ["12 ส.ค. 2568 - 10:45", "2025-08-12T10:45:00", "minute"],
    ["๑๒ ส.ค. ๖๘", "2025-08-12T00:00:00", "day"], ["๑๒ สิงหาคม ๒๕๖๘ ๑๐:๔๕ น.", "2025-08-12T10:45:00", "minute"],
    ["อัปเดต 12/08/2568 10:45", "2025-08-12T10:45:00", "minute"], ["12/08/2568", "2025-08-12T00:00:00", "day"],
    ["เผยแพร่: 5 ก.ค. 2568", "2025-07-05T00:00:00", "day"], ["5 ก.ค. 2025", "2025-07-05T00:00:00", "day"],
    // Look-alikes: a bare era year, a duration without "ago", an era year in another language.
    ["2568", null], ["3 ชั่วโมง", null], ["12 August 2568", null], ["12 Aug 68", null], ["12 สิงหาคม 2999", null],
  ]),
  // CJK weekday names printed without brackets, after a date or before a clock.
  ...rows("cjk-weekdays", [
    ["2025年5月20日 星期二 10:30", "2025-05-20T10:30:00", "minute"], ["2025年5月20日 周二 10:30", "2025-05-20T10:30:00", "minute"],
    ["2025年5月20日 星期二", "2025-05-20T00:00:00", "day"], ["2025-05-20 10:30 星期二", "2025-05-20T10:30:00", "minute"],
    ["2025年5月20日 火曜日 10:30", "2025-05-20T10:30:00", "minute"], ["2025년 5월 20일 화요일 오후 3:05", "2025-05-20T15:05:00", "minute"],
    ["2025년 5월 20일 화요일", "2025-05-20T00:00:00", "day"], ["星期二 10:30", "2025-08-12T10:30:00", "minute"],
    ["화요일 오후 3:05", "2025-08-12T15:05:00", "minute"], ["木曜日 9時05分", "2025-08-07T09:05:00", "minute"],
    // A weekday name alone or inside a phrase, and one sign alone, are not read.
    ["星期二", null], ["本周二", null], ["周二发布", null], ["2025年5月20日 火 10:30", null], ["화 3:05", null],
  ]),
  // A zone abbreviation in brackets closing the line, and `hrs` after a clock.
  ...rows("zone-bracketed", [
    ["2025-05-20 10:30:00 (JST)", "2025-05-20T01:30:00", "second"], ["2025年5月20日 10:30 (JST)", "2025-05-20T01:30:00", "minute"],
    ["20 May 2025 | 10:30 (IST)", "2025-05-20T05:00:00", "minute"], ["20 May 2025 10:30 (GMT)", "2025-05-20T10:30:00", "minute"],
    ["May 20, 2025 3:05 PM (ET)", "2025-05-20T19:05:00", "minute"], ["Updated 10:30 (JST)", `${D}01:30:00`, "minute"],
    ["20/05/2025 10:30 (gmt+7)", "2025-05-20T03:30:00", "minute"],
    ["20 May 2025, 10:30 hrs", "2025-05-20T10:30:00", "minute"], ["20 May 2025 10:30 hrs IST", "2025-05-20T05:00:00", "minute"],
    ["Updated: 20 May 2025 10:30 hrs", "2025-05-20T10:30:00", "minute"],
    // Brackets holding no zone, a zone with no clock, a clock alone; `hrs` as a duration.
    ["May 20, 2025 (AP)", null], ["May 20, 2025 (PT)", null], ["May 20, 2025 10:30 (CNN)", null], ["10:30 (JST)", null],
    ["10:30 hrs", null], ["2 hrs", null], ["May 20, 2025 3:05 PM hrs", null],
  ]),
  // Persian dates of the Solar Hijri calendar (1404/05/21 = 12 August 2025; 1403 is a leap year).
  ...rows("locale-fa-hijri", [
    ["۲۱ مرداد ۱۴۰۴", "2025-08-12T00:00:00", "day"], ["21 مرداد 1404", "2025-08-12T00:00:00", "day"],
    ["21 مرداد 1404 - 10:45", "2025-08-12T10:45:00", "minute"], ["سه‌شنبه ۲۱ مرداد ۱۴۰۴", "2025-08-12T00:00:00", "day"],
    ["سه‌شنبه ۲۱ مرداد ۱۴۰۴ ساعت ۱۰:۴۵", "2025-08-12T10:45:00", "minute"], ["تاریخ انتشار: ۱ فروردین ۱۴۰۴", "2025-03-21T00:00:00", "day"],
    ["۳۰ اسفند ۱۴۰۳", "2025-03-20T00:00:00", "day"], ["۱۱ دی ۱۳۹۹", "2020-12-31T00:00:00", "day"],
    ["۱۴۰۴/۰۵/۲۱", "2025-08-12T00:00:00", "day"], ["۱۴۰۴/۰۵/۲۱ - ۱۰:۴۵", "2025-08-12T10:45:00", "minute"],
    ["1404-05-21 10:45", "2025-08-12T10:45:00", "minute"],
    // Days a month does not have, a month without its day or year, a month name before a Gregorian year.
    ["۲۳ مرداد ۱۴۰۴", "2025-08-14T00:00:00", "day"], ["۳۰ اسفند ۱۴۰۴", null], ["۳۱ مهر ۱۴۰۴", null], ["۲۱ مرداد", null], ["مرداد ۱۴۰۴", null], ["تیر ۱۴۰۴", null],
    ["۲۱ تیر ۲۰۲۵", null], ["۲۱ مرداد ۲۰۲۵", null], ["1404/13/01", null],
  ]),
  ...rows("numeric-year-range", [
    ["21/05/1404", null], ["1850-01-01", null],
    ["2025/05/21", "2025-05-21T00:00:00", "day"], ["21/05/1999", "1999-05-21T00:00:00", "day"],
  ]),
];
