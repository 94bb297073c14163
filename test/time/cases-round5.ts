/**
 * Timestamp table, part 6: the families round 5 of issue 14 adds to the grammar, each with its
 * look-alike non-dates. Values are invented; the source of each family's shape is noted
 * ("page corpus" = shapes met under headlines of `../shared/corpus` pages; "parser suites" =
 * chrono-node, dateparser and the Moment/date-fns locales).
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type TimestampCase, rows } from "./case-rows.js";

export const ROUND5_CASES: readonly TimestampCase[] = [
  // Source: page corpus (journal and blog heads print `25.Jun.2019`), parser suites (dotted
  // month abbreviations). A full stop joins the day, the month's name and the year as a dash would.
  ...rows("dotted-month-dates", [
    ["25.Jun.2019", "2019-06-25T00:00:00", "day"], ["Jun.25.2019", "2019-06-25T00:00:00", "day"],
    ["04.Apr.2019", "2019-04-04T00:00:00", "day"], ["Published on 3.Mar.2024", "2024-03-03T00:00:00", "day"],
    ["3.Mai.2025", "2025-05-03T00:00:00", "day"], ["Sep.3.2024", "2024-09-03T00:00:00", "day"],
    ["12.Aug", "2025-08-12T00:00:00", "day"], ["Aug.12", "2025-08-12T00:00:00", "day"],
    // A version, a section number, a product code: no month name, or letters that are none.
    ["v2.Jun", null], ["Vol.25.2019", null], ["Sec.12.2019 rules", null], ["Fig.2.2019", null],
  ]),
  // Source: page corpus (bullets between the parts of a date under a headline).
  // Only with a year among the parts: `3•2•1` is a countdown.
  ...rows("bullet-numeric-dates", [
    ["2025•01•08", "2025-01-08T00:00:00", "day"], ["08•01•2025", "2025-01-08T00:00:00", "day"],
    ["2024•12•31", "2024-12-31T00:00:00", "day"], ["Posted 2025•07•04", "2025-07-04T00:00:00", "day"],
    ["3•2•1", null], ["12•05•18", null], ["2025•13•01", null], ["2025•01", null],
  ]),
  // Source: parser suites (dateparser's zh/ja/ko tests), news pages in Chinese, Japanese and Korean.
  // Year, month and day signs: one order in all three languages. Korean printed with spaces
  // between the parts (`2024년 3월 5일`) is not read yet (the signs are no words of any locale).
  ...rows("cjk-dates", [
    ["2024年3月5日", "2024-03-05T00:00:00", "day"], ["2024年03月05日", "2024-03-05T00:00:00", "day"],
    ["2024年3月5日 14:30", "2024-03-05T14:30:00", "minute"], ["2025年8月1号", "2025-08-01T00:00:00", "day"],
    ["2024년3월5일", "2024-03-05T00:00:00", "day"],
    ["2024年2月30日", null], ["2024年13月5日", null], ["2024年3月", null], ["2024年", null],
  ]),
  // Source: page corpus (`Mar 27, 20255 mins`: a reading time glued to the year in innerText).
  ...rows("year-glued-to-reading-time", [
    ["Mar 27, 20255 mins", "2025-03-27T00:00:00", "day", { raw: "Mar 27, 2025" }],
    ["May 2nd 202511 mins", "2025-05-02T00:00:00", "day", { raw: "May 2nd 2025" }],
    ["20255 mins", null], ["202511 mins read", null],
  ]),
];
