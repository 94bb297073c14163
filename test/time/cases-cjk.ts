/**
 * Timestamp table, part 8: Chinese, Japanese and Korean stamps read by the lexer and grammar
 * without a locale (as the glued `2024年3月5日` of round 5): a clock after a CJK date, Korean
 * dates with spaces and the `입력`/`수정` (filed/updated) labels, year-less `5月20日`, and counts
 * with their unit glued (`5分钟前`, `3時間前`, `5분 전`), `刚刚`, `昨天`, `昨日`, `어제`. Values are invented; the shapes are those
 * news heads in these languages print. Look-alikes that must stay unread: the future (`后`,
 * `後`, `후`), durations without `ago` (`用时5分钟`, `3時間`), years before a sign (`2020年前`,
 * "before 2020"), impossible dates and clocks.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC. Tokyo and Seoul are UTC+9 all year.
 */
import { type Extra, type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
const TOKYO: Extra = { timeZone: "Asia/Tokyo" };
const SEOUL: Extra = { timeZone: "Asia/Seoul" };

export const CJK_CASES: readonly TimestampCase[] = [
  ...rows("cjk-zh", [
    ["2025年5月20日 10:30", "2025-05-20T10:30:00", "minute"], ["2025年05月20日 10:30", "2025-05-20T10:30:00", "minute"],
    ["2025年5月20日 10时30分", "2025-05-20T10:30:00", "minute"], ["2025年5月20日10:30", "2025-05-20T10:30:00", "minute"],
    ["2025年5月20日 9点05分", "2025-05-20T09:05:00", "minute"],
    ["5月20日", "2025-05-20T00:00:00", "day"], ["8月14日", `${D}00:00:00`, "day"], ["12月25日", "2024-12-25T00:00:00", "day"],
    ["5分钟前", `${D}17:55:00`, "minute"], ["30秒前", `${D}17:59:30`, "second"], ["3小时前", `${D}15:00:00`, "hour"],
    ["2个小时前", `${D}16:00:00`, "hour"], ["2天前", "2025-08-12T18:00:00", "day"], ["1周前", "2025-08-07T18:00:00", "day"],
    ["3个月前", "2025-05-14T18:00:00", "month"], ["1年前", "2024-08-14T18:00:00", "year"],
    ["刚刚", `${D}18:00:00`, "minute"], ["昨天", "2025-08-13T00:00:00", "day"], ["前天", "2025-08-12T00:00:00", "day"],
    ["今天", `${D}00:00:00`, "day"], ["昨天 10:30", "2025-08-13T10:30:00", "minute"], ["昨天10:30", "2025-08-13T10:30:00", "minute"],
  ]),
  ...rows("cjk-ja", [
    ["2025年5月20日 10時30分", "2025-05-20T10:30:00", "minute"], ["2025年5月20日 10時30分", "2025-05-20T01:30:00", "minute", TOKYO],
    ["2025年8月1日 7時5分", "2025-08-01T07:05:00", "minute"],
    ["5分前", `${D}17:55:00`, "minute"], ["3時間前", `${D}15:00:00`, "hour"], ["2日前", "2025-08-12T18:00:00", "day"],
    ["3週間前", "2025-07-24T18:00:00", "day"], ["3か月前", "2025-05-14T18:00:00", "month"], ["2ヶ月前", "2025-06-14T18:00:00", "month"],
    ["昨日", "2025-08-13T00:00:00", "day"], ["一昨日", "2025-08-12T00:00:00", "day"], ["たった今", `${D}18:00:00`, "minute"],
  ]),
  ...rows("cjk-ko", [
    ["2025년 5월 20일 10:30", "2025-05-20T10:30:00", "minute"], ["2024년 3월 5일", "2024-03-05T00:00:00", "day"],
    ["2025년 5월 20일 10시30분", "2025-05-20T10:30:00", "minute"], ["5월 20일", "2025-05-20T00:00:00", "day"],
    ["입력 2025.05.20 10:30", "2025-05-20T10:30:00", "minute"], ["수정 2025.05.20 10:30", "2025-05-20T10:30:00", "minute"],
    ["입력 2025.05.20 10:30", "2025-05-20T01:30:00", "minute", SEOUL], ["입력 2025-08-14 09:12", `${D}09:12:00`, "minute"],
    ["5분 전", `${D}17:55:00`, "minute"], ["3시간 전", `${D}15:00:00`, "hour"], ["2일 전", "2025-08-12T18:00:00", "day"],
    ["5분전", `${D}17:55:00`, "minute"], ["1년 전", "2024-08-14T18:00:00", "year"],
    ["어제", "2025-08-13T00:00:00", "day"], ["방금", `${D}18:00:00`, "minute"], ["어제 10:30", "2025-08-13T10:30:00", "minute"],
  ]),
  ...rows("cjk-zh", [
    ["5分钟后", null], ["3小时后", null], ["用时5分钟", null], ["5分钟", null], ["3小时", null], ["2020年前", null],
    ["1000年前", null], ["5月", null], ["13月20日", null], ["2月30日", null], ["3小时前发布", null], ["2025年5月20日 25时30分", null],
    ["昨天的新闻", null], ["明天", null], ["刚刚更新", null],
  ]),
  ...rows("cjk-ja", [
    ["3時間後", null], ["5分後", null], ["3時間", null], ["10時30分", null], ["5月20日に", null], ["今日のニュース", null], ["明日", null],
  ]),
  ...rows("cjk-ko", [
    ["5분 후", null], ["3시간 후", null], ["5분", null], ["2월 30일", null], ["입력", null], ["5분 전에 출발", null], ["내일", null], ["어제 오늘", null],
  ]),
];
