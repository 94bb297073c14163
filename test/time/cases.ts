/**
 * The timestamp table: inputs as news pages print them, with the instant they mean.
 *
 * Shared by `table.test.ts` and `bench/timestamps.bench.ts`, so accuracy is measured on
 * exactly what is tested. Every expected instant was worked out by hand from the reference
 * (Thursday 14 August 2025, 18:00 UTC = 14:00 New York EDT = 19:00 London BST = 20:00 Paris
 * CEST) and checked a second time against an independent `Date.UTC` computation; the zone
 * offsets used are noted on the rows that need them.
 */
import { type Extra, REFERENCE, type TimestampCase, rows } from "./case-rows.js";
import { FAMILY_CASES } from "./cases-families.js";
import { LOCALE_CASES } from "./cases-locales.js";
import { MORE_NEGATIVE_CASES } from "./cases-negatives.js";
import { ROUND2_CASES } from "./cases-round2.js";
import { ROUND5_CASES } from "./cases-round5.js";
import { ROUND6_CASES } from "./cases-round6.js";
import { CJK_CASES } from "./cases-cjk.js";
import { ROUND7_CASES } from "./cases-round7.js";
import { ROUND8_CASES } from "./cases-round8.js";
import { ROUND9_CASES } from "./cases-round9.js";
import { ROUND10_CASES } from "./cases-round10.js";
import { ROUND11_CASES } from "./cases-round11.js";
import { ROUND12_CASES } from "./cases-round12.js";
import { ROUND13_CASES } from "./cases-round13.js";
import { ROUND14_CASES } from "./cases-round14.js";

export { REFERENCE, type TimestampCase };

const D = "2025-08-14T"; // the reference day, to keep rows short

const NY: Extra = { timeZone: "America/New_York" };
const LONDON: Extra = { timeZone: "Europe/London" };
const PARIS: Extra = { timeZone: "Europe/Paris" };

/** The first table (issue 5): the forms Daily8 and the first publishers print. */
const FIRST_POSITIVE_CASES: readonly TimestampCase[] = [
  ...rows("relative-en", [
    ["11 minutes ago", `${D}17:49:00`, "minute"],
    ["12 minutes ago", `${D}17:48:00`, "minute"],
    ["a minute ago", `${D}17:59:00`, "minute"],
    ["1 minute ago", `${D}17:59:00`, "minute"],
    ["an hour ago", `${D}17:00:00`, "hour"],
    ["18 hours ago", `${D}00:00:00`, "hour"],
    ["2 days ago", "2025-08-12T18:00:00", "day"],
    ["2 hrs ago", `${D}16:00:00`, "hour"],
    ["3h", `${D}15:00:00`, "hour"],
    ["Updated 5 mins ago", `${D}17:55:00`, "minute"],
    ["just now", `${D}18:00:00`, "minute"],
    ["yesterday", "2025-08-13T00:00:00", "day"],
    ["30 seconds ago", `${D}17:59:30`, "second"],
    ["45 secs ago", `${D}17:59:15`, "second"],
    ["1 sec ago", `${D}17:59:59`, "second"],
    ["5 min ago", `${D}17:55:00`, "minute"],
    ["5 min. ago", `${D}17:55:00`, "minute"],
    ["10 mins. ago", `${D}17:50:00`, "minute"],
    ["20m ago", `${D}17:40:00`, "minute"],
    ["16M ago", `${D}17:44:00`, "minute"],
    ["updated 16M ago", `${D}17:44:00`, "minute"],
    ["1 hr. ago", `${D}17:00:00`, "hour"],
    ["3 hr ago", `${D}15:00:00`, "hour"],
    ["10H ago", `${D}08:00:00`, "hour"],
    ["5h ago", `${D}13:00:00`, "hour"],
    ["12m", `${D}17:48:00`, "minute"],
    ["1 day ago", "2025-08-13T18:00:00", "day"],
    ["3d ago", "2025-08-11T18:00:00", "day"],
    ["1 week ago", "2025-08-07T18:00:00", "day"],
    ["2 wks ago", "2025-07-31T18:00:00", "day"],
    ["3 wk ago", "2025-07-24T18:00:00", "day"],
    ["1 month ago", "2025-07-14T18:00:00", "month"],
    ["2 mos ago", "2025-06-14T18:00:00", "month"],
    ["6 mo ago", "2025-02-14T18:00:00", "month"],
    ["1 year ago", "2024-08-14T18:00:00", "year"],
    ["2 yrs ago", "2023-08-14T18:00:00", "year"],
    ["3 yr ago", "2022-08-14T18:00:00", "year"],
    ["a few minutes ago", `${D}17:57:00`, "minute"],
    ["several hours ago", `${D}15:00:00`, "hour"],
    ["a few days ago", "2025-08-11T18:00:00", "day"],
    ["one hour ago", `${D}17:00:00`, "hour"],
    ["two days ago", "2025-08-12T18:00:00", "day"],
    ["five minutes ago", `${D}17:55:00`, "minute"],
    ["a day ago", "2025-08-13T18:00:00", "day"],
    ["a week ago", "2025-08-07T18:00:00", "day"],
    ["a month ago", "2025-07-14T18:00:00", "month"],
    ["a year ago", "2024-08-14T18:00:00", "year"],
    ["an hour and 5 minutes ago", `${D}16:55:00`, "minute"],
    ["1d 21h ago", "2025-08-12T21:00:00", "hour"],
    ["1d 21h", "2025-08-12T21:00:00", "hour"],
    ["2h 30m ago", `${D}15:30:00`, "minute"],
    ["1 hour, 20 minutes ago", `${D}16:40:00`, "minute"],
    ["moments ago", `${D}18:00:00`, "minute"],
    ["a moment ago", `${D}18:00:00`, "minute"],
    ["less than a minute ago", `${D}18:00:00`, "minute"],
    ["about 1 hour ago", `${D}17:00:00`, "hour"],
    ["about an hour ago", `${D}17:00:00`, "hour"],
    ["over 1 year ago", "2024-08-14T18:00:00", "year"],
    ["nearly 2 hours ago", `${D}16:00:00`, "hour"],
    ["more than 3 days ago", "2025-08-11T18:00:00", "day"],
    ["today", `${D}00:00:00`, "day"],
    ["Today", `${D}00:00:00`, "day"],
    ["yesterday at 5:30 PM", "2025-08-13T17:30:00", "minute"],
    ["Yesterday at 09:15", "2025-08-13T09:15:00", "minute"],
    ["yesterday, 11:02 am", "2025-08-13T11:02:00", "minute"],
    ["today at 9:00 AM", `${D}09:00:00`, "minute"],
    ["last week", "2025-08-07T18:00:00", "day"],
    ["last month", "2025-07-14T18:00:00", "month"],
    ["last year", "2024-08-14T18:00:00", "year"],
    ["Sunday", "2025-08-10T00:00:00", "day"],
    ["Monday", "2025-08-11T00:00:00", "day"],
    ["Tuesday", "2025-08-12T00:00:00", "day"],
    ["Wednesday", "2025-08-13T00:00:00", "day"],
    // The reference is a Thursday: a bare "Thursday" is last week's.
    ["Thursday", "2025-08-07T00:00:00", "day"],
    ["Friday", "2025-08-08T00:00:00", "day"],
    ["Saturday", "2025-08-09T00:00:00", "day"],
    ["Monday at 5:30 PM", "2025-08-11T17:30:00", "minute"],
    ["Monday, 9:00 AM", "2025-08-11T09:00:00", "minute"],
    ["Posted 2 hours ago", `${D}16:00:00`, "hour"],
    ["Published 3 days ago", "2025-08-11T18:00:00", "day"],
    ["Updated: 2 hours ago", `${D}16:00:00`, "hour"],
    ["2 days ago at 07:54 am", "2025-08-12T07:54:00", "minute"],
    ["Updated 3:26 pm", `${D}15:26:00`, "minute"],
    // 7:30 pm is still to come at 18:00: yesterday's.
    ["Updated 7:30 PM", "2025-08-13T19:30:00", "minute"],
  ]),
  ...rows("relative-arithmetic", [
    // date-fns clamping: 31 May − 3 months = 28 February (2025 is not a leap year).
    ["3 months ago", "2025-02-28T12:00:00", "month", { ref: "2025-05-31T12:00:00Z" }],
    ["1 month ago", "2025-02-28T10:00:00", "month", { ref: "2025-03-31T10:00:00Z" }],
    ["1 year ago", "2023-02-28T10:00:00", "year", { ref: "2024-02-29T10:00:00Z" }],
    // Seconds of the reference are dropped for minute precision.
    ["11 minutes ago", `${D}17:49:00`, "minute", { ref: "2025-08-14T18:00:30Z" }],
    ["just now", `${D}18:00:00`, "minute", { ref: "2025-08-14T18:00:42.123Z" }],
    ["30 seconds ago", `${D}17:59:30`, "second", { ref: "2025-08-14T18:00:00.500Z" }],
    // New York, 10 March 2025 08:00 EDT; two days earlier is 8 March 08:00 EST = 13:00Z.
    ["2 days ago", "2025-03-08T13:00:00", "day", { ref: "2025-03-10T12:00:00Z", ...NY }],
    // London, 30 March 2025 13:00 BST; a day earlier is 29 March 13:00 GMT...
    ["1 day ago", "2025-03-29T13:00:00", "day", { ref: "2025-03-30T12:00:00Z", ...LONDON }],
    // ... while 24 hours earlier is an exact duration.
    ["24 hours ago", "2025-03-29T12:00:00", "hour", { ref: "2025-03-30T12:00:00Z", ...LONDON }],
    // Paris, 30 October 2025 13:00 CET; a week earlier is 23 October 13:00 CEST = 11:00Z.
    ["1 week ago", "2025-10-23T11:00:00", "day", { ref: "2025-10-30T12:00:00Z", ...PARIS }],
    // New York date is 14 August (14:00 EDT): yesterday starts 13 August 00:00 EDT = 04:00Z.
    ["yesterday", "2025-08-13T04:00:00", "day", NY],
    // Tokyo is already at 15 August 03:00 JST: today starts 15 August 00:00 JST = 14 August 15:00Z.
    ["today", `${D}15:00:00`, "day", { timeZone: "Asia/Tokyo" }],
    ["yesterday", "2025-08-12T23:00:00", "day", LONDON],
    ["yesterday at 5:30 PM", "2025-08-13T21:30:00", "minute", NY],
    // Los Angeles: Thursday 14 August 11:00 PDT; last Sunday starts 10 August 00:00 PDT = 07:00Z.
    ["Sunday", "2025-08-10T07:00:00", "day", { timeZone: "America/Los_Angeles" }],
    ["2 hours ago", `${D}16:00:00`, "hour", NY],
  ]),
  ...rows("relative-fr", [
    ["il y a 5 minutes", `${D}17:55:00`, "minute"],
    ["il y a une heure", `${D}17:00:00`, "hour"],
    ["il y a 2 heures", `${D}16:00:00`, "hour"],
    ["il y a 3 jours", "2025-08-11T18:00:00", "day"],
    ["il y a 1 semaine", "2025-08-07T18:00:00", "day"],
    ["il y a 2 mois", "2025-06-14T18:00:00", "month"],
    ["il y a un an", "2024-08-14T18:00:00", "year"],
    ["il y a 30 secondes", `${D}17:59:30`, "second"],
    ["il y a 10 min", `${D}17:50:00`, "minute"],
    ["il y a 4 h", `${D}14:00:00`, "hour"],
    ["il y a quelques minutes", `${D}17:57:00`, "minute"],
    ["il y a environ 2 heures", `${D}16:00:00`, "hour"],
    ["il y a une minute", `${D}17:59:00`, "minute"],
    ["il y a plusieurs heures", `${D}15:00:00`, "hour"],
    ["il y a moins d'une minute", `${D}18:00:00`, "minute"],
    ["Publié il y a 3 heures", `${D}15:00:00`, "hour"],
    ["hier", "2025-08-13T00:00:00", "day"],
    ["aujourd'hui", `${D}00:00:00`, "day"],
    ["Aujourd’hui", `${D}00:00:00`, "day"],
    ["hier à 17h30", "2025-08-13T17:30:00", "minute"],
    ["à l'instant", `${D}18:00:00`, "minute"],
    ["avant-hier", "2025-08-12T00:00:00", "day"],
    ["la semaine dernière", "2025-08-07T18:00:00", "day"],
    // Paris calendar: 14 August 20:00 CEST − 2 days = 12 August 20:00 CEST = 18:00Z.
    ["il y a 2 jours", "2025-08-12T18:00:00", "day", PARIS],
    // Paris: yesterday starts 13 August 00:00 CEST = 12 August 22:00Z.
    ["hier", "2025-08-12T22:00:00", "day", PARIS],
  ]),
  ...rows("relative-ar", [
    ["منذ 5 دقائق", `${D}17:55:00`, "minute"],
    ["منذ ساعة واحدة", `${D}17:00:00`, "hour"],
    ["منذ 21 ساعات", "2025-08-13T21:00:00", "hour"],
    ["منذ يومين", "2025-08-12T18:00:00", "day"],
    ["أمس", "2025-08-13T00:00:00", "day"],
    ["منذ ساعة", `${D}17:00:00`, "hour"],
    ["منذ دقيقة", `${D}17:59:00`, "minute"],
    ["منذ ساعتين", `${D}16:00:00`, "hour"],
    ["منذ 3 أيام", "2025-08-11T18:00:00", "day"],
    ["منذ أسبوع", "2025-08-07T18:00:00", "day"],
    ["منذ شهرين", "2025-06-14T18:00:00", "month"],
    ["منذ سنة", "2024-08-14T18:00:00", "year"],
    ["منذ ٥ دقائق", `${D}17:55:00`, "minute"],
    ["منذ ۳ ساعات", `${D}15:00:00`, "hour"],
    ["قبل 10 دقائق", `${D}17:50:00`, "minute"],
    ["اليوم", `${D}00:00:00`, "day"],
    ["الآن", `${D}18:00:00`, "minute"],
    ["منذ 30 ثانية", `${D}17:59:30`, "second"],
    ["منذ حوالي ساعتين", `${D}16:00:00`, "hour"],
    ["الأسبوع الماضي", "2025-08-07T18:00:00", "day"],
    ["منذ ١٢ ساعة", `${D}06:00:00`, "hour"],
  ]),
  ...rows("absolute-numeric", [
    ["19-07-2025", "2025-07-19T00:00:00", "day"],
    ["12-03-2025", "2025-03-12T00:00:00", "day"],
    ["12-03-2025", "2025-12-03T00:00:00", "day", { dateOrder: "MDY" }],
    ["07/15/2025", "2025-07-15T00:00:00", "day"],
    ["15/07/2025", "2025-07-15T00:00:00", "day"],
    ["15/07/2025", "2025-07-15T00:00:00", "day", { dateOrder: "MDY" }],
    ["01-02-2025", "2025-02-01T00:00:00", "day"],
    ["01/02/2025", "2025-01-02T00:00:00", "day", { dateOrder: "MDY" }],
    ["05.10.18", "2018-10-05T00:00:00", "day"],
    ["29-02-2024", "2024-02-29T00:00:00", "day"],
    ["11-06-2025", "2025-06-11T00:00:00", "day"],
    ["٠٩-٠٦-٢٠٢٥", "2025-06-09T00:00:00", "day"],
    ["١٩-٠٧-٢٠٢٥", "2025-07-19T00:00:00", "day"],
    ["۱۴-۰۸-۲۰۲۵", "2025-08-14T00:00:00", "day"],
    // Midnight in New York (EDT, UTC−4).
    ["19-07-2025", "2025-07-19T04:00:00", "day", NY],
    ["14-08-2025 12:30", `${D}12:30:00`, "minute"],
    ["14/08/2025 à 12h30", `${D}12:30:00`, "minute"],
  ]),
  ...rows("absolute-iso", [
    ["2025-08-14", `${D}00:00:00`, "day"],
    ["2025/08/14", `${D}00:00:00`, "day"],
    ["2022-04-07 14:57", "2022-04-07T14:57:00", "minute"],
    ["2022-04-07 14:57", "2022-04-07T18:57:00", "minute", NY],
    ["2025-08-14T10:32:00Z", `${D}10:32:00`, "second"],
    ["2025-08-14T10:32:00+02:00", `${D}08:32:00`, "second"],
    ["2025-08-14T10:32:00.123Z", `${D}10:32:00.123Z`, "second"],
    ["2025-08-14T10:32:00-0400", `${D}14:32:00`, "second"],
    ["2025-08-14T10:32", `${D}10:32:00`, "minute"],
    ["2025-08-14T10:32:00", `${D}08:32:00`, "second", PARIS],
    ["2025-08-14 12:30:45", `${D}12:30:45`, "second"],
    ["2025-08-14, 12:30", `${D}12:30:00`, "minute"],
    ["Date: 2018-08-09", "2018-08-09T00:00:00", "day"],
    ["Published: 2025-08-14T10:32:00Z", `${D}10:32:00`, "second"],
    ["2025-08-14T10:32:00+05:30", `${D}05:02:00`, "second"],
  ]),
  ...rows("absolute-rfc2822", [
    ["Thu, 14 Aug 2025 10:32:00 GMT", `${D}10:32:00`, "second"],
    ["Thu, 14 Aug 2025 10:32:00 +0200", `${D}08:32:00`, "second"],
    ["Wed, 20 Nov 2019 04:29:00 -0500", "2019-11-20T09:29:00", "second"],
    ["14 Aug 2025 10:32:00 GMT", `${D}10:32:00`, "second"],
    ["Mon, 11 Aug 2025 23:59:59 UTC", "2025-08-11T23:59:59", "second"],
  ]),
  ...rows("absolute-names", [
    ["August 9, 2018", "2018-08-09T00:00:00", "day"],
    ["Aug 9, 2018", "2018-08-09T00:00:00", "day"],
    ["Aug. 9, 2018", "2018-08-09T00:00:00", "day"],
    ["Sept. 3, 2024", "2024-09-03T00:00:00", "day"],
    ["9 August 2018", "2018-08-09T00:00:00", "day"],
    ["13 June 2025", "2025-06-13T00:00:00", "day"],
    ["9th August 2018", "2018-08-09T00:00:00", "day"],
    ["August 9th, 2018", "2018-08-09T00:00:00", "day"],
    ["1st July 2025", "2025-07-01T00:00:00", "day"],
    ["November 16, 2016", "2016-11-16T00:00:00", "day"],
    ["April 09, 2019", "2019-04-09T00:00:00", "day"],
    ["Wednesday 20 Nov 2019", "2019-11-20T00:00:00", "day"],
    ["THU, AUG 14, 2025", `${D}00:00:00`, "day"],
    ["Sun 10 Aug 2025", "2025-08-10T00:00:00", "day"],
    ["Friday, August 8, 2025", "2025-08-08T00:00:00", "day"],
    ["22 September 2025", "2025-09-22T00:00:00", "day"],
    ["Last updated on August 9, 2018", "2018-08-09T00:00:00", "day"],
    ["First published on 9 Aug 2018", "2018-08-09T00:00:00", "day"],
    ["September 2019", "2019-09-01T00:00:00", "month"],
    ["March 2018", "2018-03-01T00:00:00", "month"],
    ["Jun. 10, 2025", "2025-06-10T00:00:00", "day"],
    ["August 9, 2018", "2018-08-09T04:00:00", "day", NY],
    ["14 août 2025", `${D}00:00:00`, "day"],
    ["1er août 2025", "2025-08-01T00:00:00", "day"],
    ["lundi 11 août 2025", "2025-08-11T00:00:00", "day"],
    ["3 sept. 2025", "2025-09-03T00:00:00", "day"],
    ["12 février 2024", "2024-02-12T00:00:00", "day"],
    ["14 أغسطس 2025", `${D}00:00:00`, "day"],
    ["5 تموز 2025", "2025-07-05T00:00:00", "day"],
  ]),
  ...rows("absolute-yearless", [
    // Year-less dates are their most recent occurrence at or before the reference.
    ["Sept 3", "2024-09-03T00:00:00", "day"],
    ["Aug. 9", "2025-08-09T00:00:00", "day"],
    ["Jun. 10", "2025-06-10T00:00:00", "day"],
    ["Aug 14", `${D}00:00:00`, "day"],
    ["Aug 15", "2024-08-15T00:00:00", "day"],
    ["December 25", "2024-12-25T00:00:00", "day"],
    ["January 1", "2025-01-01T00:00:00", "day"],
    ["Feb 29", "2024-02-29T00:00:00", "day"],
    ["Nov 18", "2024-11-18T00:00:00", "day"],
    ["Aug 2nd", "2025-08-02T00:00:00", "day"],
    ["Sun, Aug 10", "2025-08-10T00:00:00", "day"],
    ["Updated Nov 19, 9:41 AM", "2024-11-19T09:41:00", "minute"],
    ["Aug 13, 9:41 AM", "2025-08-13T09:41:00", "minute"],
    // 19:41 on the reference day is still to come: last year's.
    ["Aug 14, 7:41 PM", "2024-08-14T19:41:00", "minute"],
    ["14 juillet", "2025-07-14T00:00:00", "day"],
  ]),
  ...rows("absolute-clock", [
    ["Posted June 20, 2025 5:04 pm", "2025-06-20T17:04:00", "minute"],
    // New York in June is EDT (UTC−4).
    ["Posted June 20, 2025 5:04 pm", "2025-06-20T21:04:00", "minute", NY],
    ["Published on 13 June 2025 | 8:46 pm", "2025-06-13T20:46:00", "minute"],
    // London in June is BST (UTC+1).
    ["Published on 13 June 2025 | 8:46 pm", "2025-06-13T19:46:00", "minute", LONDON],
    ["June 20, 2025 at 5:04 p.m.", "2025-06-20T17:04:00", "minute"],
    ["June 20, 2025 at 5:04 a.m.", "2025-06-20T05:04:00", "minute"],
    ["June 20, 2025 12:00 am", "2025-06-20T00:00:00", "minute"],
    ["June 20, 2025 12:30 pm", "2025-06-20T12:30:00", "minute"],
    ["June 20, 2025 8 PM", "2025-06-20T20:00:00", "hour"],
    ["November 19, 2019, 9:02 AM", "2019-11-19T09:02:00", "minute"],
    ["Posted on Aug 9, 2018 at 10:15 am", "2018-08-09T10:15:00", "minute"],
    ["Updated: 18 Nov 2019 9:38 pm", "2019-11-18T21:38:00", "minute"],
    ["Wednesday 20 November 2019 9:22 am", "2019-11-20T09:22:00", "minute"],
    ["Updated: Sat 8:31 PM, Feb 17, 2018", "2018-02-17T20:31:00", "minute"],
    ["14 August 2025 - 12:30", `${D}12:30:00`, "minute"],
    ["August 14, 2025 · 12:30 PM", `${D}12:30:00`, "minute"],
    ["Aug 14, 2025 @ 12:30", `${D}12:30:00`, "minute"],
    ["Publié le 14 août 2025 à 10h32", `${D}10:32:00`, "minute"],
    ["Mis à jour le 13 juin 2025 à 20:46", "2025-06-13T20:46:00", "minute"],
    // Paris in August is CEST (UTC+2).
    ["Publié le 14 août 2025 à 10h32", `${D}08:32:00`, "minute", PARIS],
  ]),
  ...rows("absolute-zones", [
    ["November 19, 2019, 9:02 AM EST", "2019-11-19T14:02:00", "minute"],
    // ET follows daylight saving: EST (UTC−5) in November, EDT (UTC−4) in July.
    ["Nov 19, 2019 9:02 AM ET", "2019-11-19T14:02:00", "minute"],
    ["Jul 19, 2019 9:02 AM ET", "2019-07-19T13:02:00", "minute"],
    ["August 14, 2025 10:00 BST", `${D}09:00:00`, "minute"],
    ["August 14, 2025 10:00 CEST", `${D}08:00:00`, "minute"],
    ["January 14, 2025 10:00 CET", "2025-01-14T09:00:00", "minute"],
    // PT: PDT (UTC−7) in August, PST (UTC−8) in January.
    ["August 14, 2025 10:00 PT", `${D}17:00:00`, "minute"],
    ["January 14, 2025 10:00 PT", "2025-01-14T18:00:00", "minute"],
    ["August 14, 2025 10:00 EDT", `${D}14:00:00`, "minute"],
    ["August 14, 2025 10:00 UTC", `${D}10:00:00`, "minute"],
    ["August 14, 2025 10:00 GMT+1", `${D}09:00:00`, "minute"],
    // IST is India, UTC+5:30.
    ["August 14, 2025 3:26 pm IST", `${D}09:56:00`, "minute"],
    ["Nov 20 2019, 15:24pm ist", "2019-11-20T09:54:00", "minute"],
    ["PUBLISHED WED, NOV 20 20194:29 AM EST", "2019-11-20T09:29:00", "minute"],
    ["Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20T06:39:00", "minute"],
    // PST is UTC−8: 22:01 on the 19th is 06:01 on the 20th in UTC.
    ["Updated 10:01 pm PST, Tuesday, November 19, 2019", "2019-11-20T06:01:00", "minute"],
    ["12:30 GMT, 14 August 2025", `${D}12:30:00`, "minute"],
    ["Friday August 8 2025 5:00 pm BST", "2025-08-08T16:00:00", "minute"],
    // 20:00 EDT on the 13th is midnight UTC on the 14th.
    ["8 PM ET, August 13, 2025", `${D}00:00:00`, "hour"],
    // A printed zone wins over the timeZone option.
    ["August 14, 2025 10:00 GMT", `${D}10:00:00`, "minute", NY],
  ]),
];

const FIRST_NEGATIVE_CASES: readonly TimestampCase[] = rows("negative", [
  // Durations and future phrases.
  ["two hours of talks", null], ["in 2 hours", null], ["in 5 minutes", null], ["within 2 hours", null],
  ["5 minutes from now", null], ["2 hours later", null], ["2 hours", null], ["48 hours", null],
  ["a few minutes", null], ["several days", null], ["10 years of service", null], ["5 years later", null],
  ["24 hours of Le Mans", null], ["Last 24 hours", null], ["Next 24 hours", null], ["one day", null],
  ["2 hours ago and counting", null], ["2 days ago in Scotland", null],
  // Fractions and dates that are names.
  ["24/7", null], ["9/11", null], ["9/11 memorial", null], ["7/7 bombings", null], ["1/2 cup", null],
  ["50/50", null], ["3/4", null], ["20/20 vision", null],
  // Names that contain day or month words.
  ["The Sun", null], ["Sunday Times", null], ["The Sunday Times", null], ["Sun", null], ["Mon", null],
  ["Sat", null], ["Wed", null], ["Fri", null], ["May", null], ["March", null], ["June", null],
  ["Aug.", null], ["Sept", null], ["Last Week Tonight", null], ["Today show", null],
  ["Yesterday's news", null], ["Friday's game", null], ["Monday Night Football", null],
  ["Mar-a-Lago", null], ["May Day", null], ["March for Our Lives", null], ["Oct 7 attack", null],
  ["June 2025 was hot", null], ["Sun 5 pm", null],
  // Bare years, scores, prices, percentages.
  ["2025", null], ["1999", null], ["in 2025", null], ["Since 2019", null], ["Published in 2019", null],
  ["3-1", null], ["2-2 draw", null], ["Final score: 3-1", null], ["$5.99", null], ["£5.99", null],
  ["€20", null], ["5.99", null], ["3.5%", null], ["+3.2%", null], ["1,000", null],
  ["19 killed in attack", null], ["2 dead, 5 injured", null],
  // Reading times.
  ["1 min read", null], ["5 min read", null], ["10 minute read", null], ["Reading time: 3 min", null],
  // Phone numbers and codes.
  ["020 7946 0958", null], ["+44 20 7946 0958", null], ["(555) 123-4567", null], ["555-123-4567", null],
  ["1-800-555-0199", null], ["Call 911", null], ["Version 2.0.1", null], ["192.168.1.1", null],
  ["ISBN 978-3-16-148410-0", null],
  // Numbers in names.
  ["Top 10", null], ["Chapter 11", null], ["Room 101", null], ["Page 2 of 5", null], ["Week 5", null],
  ["Day 3", null], ["Day 1 of the trial", null], ["Channel 4", null], ["Windows 11", null],
  ["iPhone 16", null], ["Boeing 737", null], ["COVID-19", null], ["G7 summit", null], ["5G", null],
  ["4K", null], ["3D", null], ["MP3", null], ["Q3 2025", null], ["H1 2025", null], ["FY2025", null],
  ["2024/25 season", null], ["2024-25", null], ["1990s", null], ["80s", null], ["100m", null],
  ["400m hurdles", null],
  // Labels and words alone, clocks without a label.
  ["Updated", null], ["Published", null], ["Posted by John Smith", null], ["ago", null], ["days ago", null],
  ["hours ago", null], ["just", null], ["now", null], ["Watch now", null], ["12:30", null], ["10 am", null],
  ["10:30 Report", null],
  // Impossible dates, and a relative form that would land after the reference.
  ["13/13/2025", null], ["32-01-2025", null], ["31-02-2025", null], ["2025-13-01", null],
  ["00-00-0000", null], ["30 February 2025", null], ["Feb 30", null], ["2025-02-29", null],
  ["31-04-2025", null], ["Aug 32", null], ["Today at 11 PM", null],
  // French and Arabic near-misses.
  ["il y a", null], ["depuis 5 minutes", null], ["dans 2 heures", null], ["pendant deux heures", null],
  ["mars", null], ["منذ", null], ["بعد ساعتين", null], ["خلال 5 دقائق", null],
  // Daily8 page chrome.
  ["", null], ["   ", null], ["Related Articles", null], ["Hashtags", null], ["Comments", null],
  ["No comments yet...", null], ["Try Our AI Features", null], ["logo", null], ["#", null], ["time", null],
  ["Finextra", null], ["NBC Sports", null], ["Loading...", null],
]);

/** Every timestamp of the table: the first table, the families of issue 16, the four new locales. */
export const POSITIVE_CASES: readonly TimestampCase[] = [...FIRST_POSITIVE_CASES, ...FAMILY_CASES, ...LOCALE_CASES.filter((c) => c.iso !== null), ...ROUND2_CASES.filter((c) => c.iso !== null), ...ROUND5_CASES.filter((c) => c.iso !== null), ...ROUND6_CASES.filter((c) => c.iso !== null), ...CJK_CASES.filter((c) => c.iso !== null), ...ROUND7_CASES.filter((c) => c.iso !== null), ...ROUND8_CASES.filter((c) => c.iso !== null), ...ROUND9_CASES.filter((c) => c.iso !== null), ...ROUND10_CASES.filter((c) => c.iso !== null), ...ROUND11_CASES.filter((c) => c.iso !== null), ...ROUND12_CASES.filter((c) => c.iso !== null), ...ROUND13_CASES.filter((c) => c.iso !== null), ...ROUND14_CASES.filter((c) => c.iso !== null)];

/** Every line of the table that is no timestamp. */
export const NEGATIVE_CASES: readonly TimestampCase[] = [...FIRST_NEGATIVE_CASES, ...MORE_NEGATIVE_CASES, ...LOCALE_CASES.filter((c) => c.iso === null), ...ROUND2_CASES.filter((c) => c.iso === null), ...ROUND5_CASES.filter((c) => c.iso === null), ...ROUND6_CASES.filter((c) => c.iso === null), ...CJK_CASES.filter((c) => c.iso === null), ...ROUND7_CASES.filter((c) => c.iso === null), ...ROUND8_CASES.filter((c) => c.iso === null), ...ROUND9_CASES.filter((c) => c.iso === null), ...ROUND10_CASES.filter((c) => c.iso === null), ...ROUND11_CASES.filter((c) => c.iso === null), ...ROUND12_CASES.filter((c) => c.iso === null), ...ROUND13_CASES.filter((c) => c.iso === null), ...ROUND14_CASES.filter((c) => c.iso === null)];

/** The whole table. */
export const TIMESTAMP_CASES: readonly TimestampCase[] = [...POSITIVE_CASES, ...NEGATIVE_CASES];
