/**
 * Timestamp table, part 2: the families the first table missed, in English, French and Arabic
 * (issue 16). Values are invented; the shapes come from the sources noted on each family:
 * "page corpus" = shapes found by `scripts/survey-stamps.ts` in `../shared/corpus`, "parser
 * suites" = forms documented by chrono-node, dateparser, htmldate and the Moment/date-fns locales.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC (14:00 New York EDT, 20:00 Paris CEST). The
 * weekdays before it: Wed 13, Tue 12, Mon 11, Sun 10, Sat 9, Fri 8, and Thursday 7 August (a
 * bare weekday is never the reference day itself).
 */
import { type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
const NY = { timeZone: "America/New_York" } as const;
const PARIS = { timeZone: "Europe/Paris" } as const;
/** A Monday reference, 18 August 2025 12:00 UTC. */
const MONDAY = { ref: "2025-08-18T12:00:00.000Z" } as const;

export const FAMILY_CASES: readonly TimestampCase[] = [
  // Source: page corpus (bare weekday lines), chrono-node's `last Friday`, `on Monday`, `this past`.
  ...rows("weekday-en", [
    ["last Sunday", "2025-08-10T00:00:00", "day"], ["Last Monday", "2025-08-11T00:00:00", "day"],
    ["last Tuesday", "2025-08-12T00:00:00", "day"], ["last Wednesday", "2025-08-13T00:00:00", "day"],
    ["last Thursday", "2025-08-07T00:00:00", "day"], ["last Friday", "2025-08-08T00:00:00", "day"],
    ["last Saturday", "2025-08-09T00:00:00", "day"], ["on Sunday", "2025-08-10T00:00:00", "day"],
    ["On Monday", "2025-08-11T00:00:00", "day"], ["on Wed", "2025-08-13T00:00:00", "day"],
    ["on Fri.", "2025-08-08T00:00:00", "day"], ["this past Sunday", "2025-08-10T00:00:00", "day"],
    ["this past Saturday", "2025-08-09T00:00:00", "day"], ["past Friday", "2025-08-08T00:00:00", "day"],
    ["last Sun", "2025-08-10T00:00:00", "day"], ["last Mon", "2025-08-11T00:00:00", "day"],
    ["last Tue", "2025-08-12T00:00:00", "day"], ["last Thurs", "2025-08-07T00:00:00", "day"],
    ["last Sat", "2025-08-09T00:00:00", "day"], ["SUNDAY", "2025-08-10T00:00:00", "day"],
    ["saturday", "2025-08-09T00:00:00", "day"],
    ["Monday 9:30 AM", "2025-08-11T09:30:00", "minute"], ["Sunday, 10:15 pm", "2025-08-10T22:15:00", "minute"],
    ["Tue 14:05", "2025-08-12T14:05:00", "minute"], ["Wed 9:41 AM", "2025-08-13T09:41:00", "minute"],
    ["Fri, 18:30", "2025-08-08T18:30:00", "minute"], ["Sat 11:00", "2025-08-09T11:00:00", "minute"],
    ["Mon. 7:45 p.m.", "2025-08-11T19:45:00", "minute"], ["Thu 10:32 AM", "2025-08-07T10:32:00", "minute"],
    ["last Friday at 5 pm", "2025-08-08T17:00:00", "hour"], ["on Tuesday at 10:30", "2025-08-12T10:30:00", "minute"],
    ["this past Monday at 8:15 AM", "2025-08-11T08:15:00", "minute"], ["Thursday at 9 AM", "2025-08-07T09:00:00", "hour"],
    ["last Sunday", "2025-08-10T04:00:00", "day", NY],
    // On a Monday, "last Monday" is a week back and "Sunday" is the day before.
    ["last Monday", "2025-08-11T00:00:00", "day", MONDAY], ["Sunday", "2025-08-17T00:00:00", "day", MONDAY],
    ["Mon 09:00", "2025-08-11T09:00:00", "minute", MONDAY],
  ]),
  ...rows("weekday-fr", [
    ["dimanche", "2025-08-10T00:00:00", "day"], ["lundi dernier", "2025-08-11T00:00:00", "day"],
    ["mardi dernier", "2025-08-12T00:00:00", "day"], ["le mercredi", "2025-08-13T00:00:00", "day"],
    ["jeudi", "2025-08-07T00:00:00", "day"], ["vendredi à 18h30", "2025-08-08T18:30:00", "minute"],
    ["samedi dernier à 10:00", "2025-08-09T10:00:00", "minute"], ["dim. 10:30", "2025-08-10T10:30:00", "minute"],
    ["Vendredi", "2025-08-08T00:00:00", "day"],
  ]),
  ...rows("weekday-ar", [
    ["الأحد", "2025-08-10T00:00:00", "day"], ["يوم الاثنين", "2025-08-11T00:00:00", "day"],
    ["الثلاثاء الماضي", "2025-08-12T00:00:00", "day"], ["الجمعة الماضية", "2025-08-08T00:00:00", "day"],
    ["يوم الخميس", "2025-08-07T00:00:00", "day"], ["السبت", "2025-08-09T00:00:00", "day"],
    ["الأربعاء 10:30", "2025-08-13T10:30:00", "minute"],
  ]),
  // Source: page corpus (Daily8 `<Source><stamp>`, the `time` icon label, stamps glued to a section).
  ...rows("glued", [
    ["NBC Sports18 hours ago", `${D}00:00:00`, "hour", { raw: "18 hours ago" }],
    ["Reuters2 hours ago", `${D}16:00:00`, "hour", { raw: "2 hours ago" }],
    ["News2418 hours ago", `${D}00:00:00`, "hour", { raw: "18 hours ago" }],
    ["timean hour ago", `${D}17:00:00`, "hour", { raw: "an hour ago" }],
    ["timeyesterday", "2025-08-13T00:00:00", "day", { raw: "yesterday" }],
    ["time11-06-2025", "2025-06-11T00:00:00", "day", { raw: "11-06-2025" }],
    ["News2419-07-2025", "2025-07-19T00:00:00", "day", { raw: "19-07-2025" }],
    ["2 days agoScotland", "2025-08-12T18:00:00", "day", { raw: "2 days ago" }],
    ["3 hours agoPolitics", `${D}15:00:00`, "hour", { raw: "3 hours ago" }],
    ["Al Jazeeraمنذ 21 ساعات", "2025-08-13T21:00:00", "hour", { raw: "منذ 21 ساعات" }],
    ["BBCمنذ ساعتين", `${D}16:00:00`, "hour", { raw: "منذ ساعتين" }],
    ["Sky News5 mins ago", `${D}17:55:00`, "minute", { raw: "5 mins ago" }],
    ["CNBC45 minutes ago", `${D}17:15:00`, "minute", { raw: "45 minutes ago" }],
    ["ESPN1 day ago", "2025-08-13T18:00:00", "day", { raw: "1 day ago" }],
    ["time5 hours ago", `${D}13:00:00`, "hour", { raw: "5 hours ago" }],
    ["Forbes12-08-2025", "2025-08-12T00:00:00", "day", { raw: "12-08-2025" }],
    ["Finextra3 days ago", "2025-08-11T18:00:00", "day", { raw: "3 days ago" }],
    ["Yahoo Finance20 minutes ago", `${D}17:40:00`, "minute", { raw: "20 minutes ago" }],
    ["5 minutes agoWorld", `${D}17:55:00`, "minute", { raw: "5 minutes ago" }],
    ["1 hour agoTech", `${D}17:00:00`, "hour", { raw: "1 hour ago" }],
    ["Le Mondeil y a 2 heures", `${D}16:00:00`, "hour", { raw: "il y a 2 heures" }],
    ["il y a 3 heuresSport", `${D}15:00:00`, "hour", { raw: "il y a 3 heures" }],
    ["timehier", "2025-08-13T00:00:00", "day", { raw: "hier" }],
  ]),
  // Source: page corpus (`Source · N hours ago`, `Comment•Aug 12, 2025`, `By … | Updated …`) and
  // the labels htmldate looks for (any verb of editing or publishing).
  ...rows("label-source", [
    ["Reuters · 3 hours ago", `${D}15:00:00`, "hour", { raw: "3 hours ago" }],
    ["The Harbour Gazette - 1 day ago", "2025-08-13T18:00:00", "day", { raw: "1 day ago" }],
    ["AP | Aug 14, 2025", `${D}00:00:00`, "day", { raw: "Aug 14, 2025" }],
    ["Bloomberg • 45 minutes ago", `${D}17:15:00`, "minute", { raw: "45 minutes ago" }],
    ["3 hours ago · Reuters", `${D}15:00:00`, "hour", { raw: "3 hours ago" }],
    ["2 days ago | Opinion", "2025-08-12T18:00:00", "day", { raw: "2 days ago" }],
    ["Comment•Aug 12, 2025", "2025-08-12T00:00:00", "day", { raw: "Aug 12, 2025" }],
    ["Jane Doe — 5 min ago", `${D}17:55:00`, "minute", { raw: "5 min ago" }],
    ["Daily Planet / 2 hrs ago", `${D}16:00:00`, "hour", { raw: "2 hrs ago" }],
    ["BBC Sport: 30 minutes ago", `${D}17:30:00`, "minute", { raw: "30 minutes ago" }],
    ["Aug 12, 2025 · 3 min read", "2025-08-12T00:00:00", "day", { raw: "Aug 12, 2025" }],
    ["5 days ago · 4 min read", "2025-08-09T18:00:00", "day", { raw: "5 days ago" }],
    ["By Jane Doe | Updated 2 hours ago", `${D}16:00:00`, "hour", { raw: "Updated 2 hours ago" }],
    ["Le Monde · il y a 2 heures", `${D}16:00:00`, "hour", { raw: "il y a 2 heures" }],
    ["الجزيرة · منذ 3 ساعات", `${D}15:00:00`, "hour", { raw: "منذ 3 ساعات" }],
    ["Edited 2 hours ago", `${D}16:00:00`, "hour"], ["Revised Aug 12, 2025", "2025-08-12T00:00:00", "day"],
    ["Reviewed on August 9, 2025", "2025-08-09T00:00:00", "day"], ["Last reviewed: 12 March 2025", "2025-03-12T00:00:00", "day"],
    ["Written on July 1, 2025", "2025-07-01T00:00:00", "day"],
    // 15:26 EDT today is 19:26Z, still to come at 18:00Z: yesterday's.
    ["Filed 3:26 PM ET", "2025-08-13T19:26:00", "minute"],
    ["Released on 5 August 2025", "2025-08-05T00:00:00", "day"], ["Issued 14/08/2025", `${D}00:00:00`, "day"],
    ["Last edited 3 days ago", "2025-08-11T18:00:00", "day"], ["Originally posted June 2, 2025", "2025-06-02T00:00:00", "day"],
    ["Amended 1 hour ago", `${D}17:00:00`, "hour"], ["Corrected 12 August 2025", "2025-08-12T00:00:00", "day"],
    ["Medically reviewed on July 30, 2025", "2025-07-30T00:00:00", "day"], ["Date published: 2025-08-01", "2025-08-01T00:00:00", "day"],
    ["Release date: 4 July 2025", "2025-07-04T00:00:00", "day"], ["Page last updated: 10 August 2025", "2025-08-10T00:00:00", "day"],
    ["Publication date: 08/01/2025", "2025-01-08T00:00:00", "day"], ["Date modified: 2025-08-13 09:12", "2025-08-13T09:12:00", "minute"],
    ["Fact checked on August 2, 2025", "2025-08-02T00:00:00", "day"], ["Uploaded 4 days ago", "2025-08-10T18:00:00", "day"],
    ["Modifié le 12 août 2025 à 9h15", "2025-08-12T09:15:00", "minute"], ["Mis en ligne le 10 août 2025", "2025-08-10T00:00:00", "day"],
    ["Dernière mise à jour : 13 août 2025", "2025-08-13T00:00:00", "day"], ["Rédigé le 1er juillet 2025", "2025-07-01T00:00:00", "day"],
    ["Publié à 10h32", `${D}10:32:00`, "minute"],
    ["آخر تعديل: 12 أغسطس 2025", "2025-08-12T00:00:00", "day"], ["تم النشر منذ ساعتين", `${D}16:00:00`, "hour"],
    ["كتب في 10 أغسطس 2025", "2025-08-10T00:00:00", "day"],
  ]),
  // Source: page corpus (`MON 9` is the commonest shape, 846 lines), dateparser and chrono suites.
  ...rows("yearless", [
    ["Thursday, August 14", `${D}00:00:00`, "day"], ["Sunday, August 10", "2025-08-10T00:00:00", "day"],
    ["Sun, 10 Aug", "2025-08-10T00:00:00", "day"], ["Tuesday 12 August", "2025-08-12T00:00:00", "day"],
    ["Mon Aug 11", "2025-08-11T00:00:00", "day"], ["12 Aug", "2025-08-12T00:00:00", "day"],
    ["August 12th", "2025-08-12T00:00:00", "day"], ["the 12th of August", "2025-08-12T00:00:00", "day"],
    ["12th of August", "2025-08-12T00:00:00", "day"], ["12th Aug", "2025-08-12T00:00:00", "day"],
    ["Aug. 12 at 3:30 pm", "2025-08-12T15:30:00", "minute"], ["September 2", "2024-09-02T00:00:00", "day"],
    ["Dec. 24", "2024-12-24T00:00:00", "day"], ["Aug 14 at 11 pm", "2024-08-14T23:00:00", "hour"],
    ["Friday, Aug. 8, 10:00 AM", "2025-08-08T10:00:00", "minute"], ["March 1", "2025-03-01T00:00:00", "day"],
    ["1 March", "2025-03-01T00:00:00", "day"], ["Updated Aug 13", "2025-08-13T00:00:00", "day"],
    ["Aug 13", "2025-08-13T04:00:00", "day", NY],
    ["lundi 11 août", "2025-08-11T00:00:00", "day"], ["11 août", "2025-08-11T00:00:00", "day"],
    ["dimanche 10 août à 9h30", "2025-08-10T09:30:00", "minute"], ["1er août", "2025-08-01T00:00:00", "day"],
    ["le 3 septembre", "2024-09-03T00:00:00", "day"], ["10 أغسطس", "2025-08-10T00:00:00", "day"],
    ["الأحد 10 أغسطس", "2025-08-10T00:00:00", "day"], ["12 آب", "2025-08-12T00:00:00", "day"],
  ]),
  // Source: dateparser's relative-day tests (`the day before yesterday`), page corpus (`Tonight`).
  ...rows("day-parts", [
    ["this morning", `${D}00:00:00`, "day"], ["This afternoon", `${D}00:00:00`, "day"],
    ["this evening", `${D}00:00:00`, "day"], ["tonight", `${D}00:00:00`, "day"], ["Tonight", `${D}00:00:00`, "day"],
    ["earlier today", `${D}00:00:00`, "day"], ["Earlier today", `${D}00:00:00`, "day"],
    ["early this morning", `${D}00:00:00`, "day"], ["yesterday morning", "2025-08-13T00:00:00", "day"],
    ["yesterday evening", "2025-08-13T00:00:00", "day"], ["last night", "2025-08-13T00:00:00", "day"],
    ["Last night", "2025-08-13T00:00:00", "day"], ["the day before yesterday", "2025-08-12T00:00:00", "day"],
    ["day before yesterday", "2025-08-12T00:00:00", "day"], ["The day before yesterday", "2025-08-12T00:00:00", "day"],
    ["last night", "2025-08-13T04:00:00", "day", NY], ["this morning", `${D}04:00:00`, "day", NY],
    ["ce matin", `${D}00:00:00`, "day"], ["ce soir", `${D}00:00:00`, "day"], ["hier soir", "2025-08-13T00:00:00", "day"],
    ["hier matin", "2025-08-13T00:00:00", "day"], ["avant hier", "2025-08-12T00:00:00", "day"],
    ["cette nuit", `${D}00:00:00`, "day"], ["la nuit dernière", "2025-08-13T00:00:00", "day"],
    // Paris: 14 August starts at 00:00 CEST = 13 August 22:00Z.
    ["ce matin", "2025-08-13T22:00:00", "day", PARIS],
    ["صباح اليوم", `${D}00:00:00`, "day"], ["مساء أمس", "2025-08-13T00:00:00", "day"],
    ["أول أمس", "2025-08-12T00:00:00", "day"], ["أول من أمس", "2025-08-12T00:00:00", "day"],
    ["الليلة", `${D}00:00:00`, "day"], ["الليلة الماضية", "2025-08-13T00:00:00", "day"],
    // A clock before the day word.
    ["3pm yesterday", "2025-08-13T15:00:00", "hour"], ["at 3:30 pm yesterday", "2025-08-13T15:30:00", "minute"],
    ["10:32 today", `${D}10:32:00`, "minute"], ["17h30 hier", "2025-08-13T17:30:00", "minute"],
  ]),
  // Source: timeago.js and Moment relative-time outputs, page corpus (`9H ago`, `1d 21h`).
  ...rows("compound-fraction", [
    ["2h15m ago", `${D}15:45:00`, "minute"], ["2h15m", `${D}15:45:00`, "minute"], ["1h30m", `${D}16:30:00`, "minute"],
    ["1h 5m ago", `${D}16:55:00`, "minute"], ["1 hr 5 min ago", `${D}16:55:00`, "minute"],
    ["1 hr 5 mins ago", `${D}16:55:00`, "minute"], ["3 hrs 20 mins ago", `${D}14:40:00`, "minute"],
    ["2 hours 10 minutes ago", `${D}15:50:00`, "minute"], ["1 day 2 hours ago", "2025-08-13T16:00:00", "hour"],
    ["1d 2h ago", "2025-08-13T16:00:00", "hour"], ["2 days, 3 hours ago", "2025-08-12T15:00:00", "hour"],
    ["1 week 2 days ago", "2025-08-05T18:00:00", "day"], ["half an hour ago", `${D}17:30:00`, "minute"],
    ["a half hour ago", `${D}17:30:00`, "minute"], ["a half-hour ago", `${D}17:30:00`, "minute"],
    ["a quarter of an hour ago", `${D}17:45:00`, "minute"], ["quarter of an hour ago", `${D}17:45:00`, "minute"],
    ["an hour and a half ago", `${D}16:30:00`, "minute"], ["half a day ago", `${D}06:00:00`, "hour"],
    ["about half an hour ago", `${D}17:30:00`, "minute"], ["three quarters of an hour ago", `${D}17:15:00`, "minute"],
    ["half a minute ago", `${D}17:59:30`, "second"], ["a day and a half ago", "2025-08-13T06:00:00", "hour"],
    ["half a year ago", "2025-02-14T18:00:00", "month"], ["a year and a half ago", "2024-02-14T18:00:00", "month"],
    ["il y a une demi-heure", `${D}17:30:00`, "minute"], ["il y a un quart d'heure", `${D}17:45:00`, "minute"],
    ["il y a une heure et demie", `${D}16:30:00`, "minute"], ["il y a 2 h 15 min", `${D}15:45:00`, "minute"],
    ["منذ نصف ساعة", `${D}17:30:00`, "minute"], ["منذ ربع ساعة", `${D}17:45:00`, "minute"],
    ["منذ ساعة ونصف", `${D}16:30:00`, "minute"], ["منذ ساعة و 20 دقيقة", `${D}16:40:00`, "minute"],
  ]),
  // Source: chrono-node's ordinal tests (`3rd of May`), page corpus (`MON 9th, 9`), abbreviations
  // with a full stop from Moment's English relative-time strings.
  ...rows("ordinal-units", [
    ["3rd of May, 2024", "2024-05-03T00:00:00", "day"], ["the 3rd of May 2024", "2024-05-03T00:00:00", "day"],
    ["3rd May 2024", "2024-05-03T00:00:00", "day"], ["May 3rd, 2024", "2024-05-03T00:00:00", "day"],
    ["May 3rd", "2025-05-03T00:00:00", "day"], ["21st of July", "2025-07-21T00:00:00", "day"],
    ["the 1st of August, 2025", "2025-08-01T00:00:00", "day"], ["22nd June 2025", "2025-06-22T00:00:00", "day"],
    ["June 22nd 2025", "2025-06-22T00:00:00", "day"], ["2nd of Aug", "2025-08-02T00:00:00", "day"],
    ["Aug 2nd, 2025", "2025-08-02T00:00:00", "day"], ["11th August 2025, 9:15 am", "2025-08-11T09:15:00", "minute"],
    ["3 wk. ago", "2025-07-24T18:00:00", "day"], ["2 wks. ago", "2025-07-31T18:00:00", "day"],
    ["1 mo. ago", "2025-07-14T18:00:00", "month"], ["5 mos. ago", "2025-03-14T18:00:00", "month"],
    ["1 yr. ago", "2024-08-14T18:00:00", "year"], ["3 yrs. ago", "2022-08-14T18:00:00", "year"],
    ["4 hrs. ago", `${D}14:00:00`, "hour"], ["20 mins. ago", `${D}17:40:00`, "minute"],
    ["15 secs. ago", `${D}17:59:45`, "second"], ["1 wk ago", "2025-08-07T18:00:00", "day"],
    ["6 mth ago", "2025-02-14T18:00:00", "month"], ["2 mths ago", "2025-06-14T18:00:00", "month"],
    ["le 1er août", "2025-08-01T00:00:00", "day"], ["14-Aug-2025", `${D}00:00:00`, "day"],
    ["Aug-14-2025", `${D}00:00:00`, "day"], ["14/Aug/2025", `${D}00:00:00`, "day"],
    ["12-août-2025", "2025-08-12T00:00:00", "day"],
  ]),
  // Source: chrono-node and dateparser time-zone tests, and what JavaScript's Date prints.
  ...rows("zones-js", [
    ["Thu Aug 14 2025 10:32:00 GMT+0200 (Central European Summer Time)", `${D}08:32:00`, "second", { raw: "Thu Aug 14 2025 10:32:00 GMT+0200" }],
    ["Wed Aug 13 2025 21:15:00 GMT-0400 (Eastern Daylight Time)", `${D}01:15:00`, "second", { raw: "Wed Aug 13 2025 21:15:00 GMT-0400" }],
    ["Thu Aug 14 2025 10:32:00 GMT+0000 (Coordinated Universal Time)", `${D}10:32:00`, "second", { raw: "Thu Aug 14 2025 10:32:00 GMT+0000" }],
    ["Tue Aug 12 2025 09:00:00 GMT+0530 (India Standard Time)", "2025-08-12T03:30:00", "second", { raw: "Tue Aug 12 2025 09:00:00 GMT+0530" }],
    ["Thu Aug 14 2025 10:32:00 GMT+0200", `${D}08:32:00`, "second"], ["Thu, 14 Aug 2025 08:32:00 GMT", `${D}08:32:00`, "second"],
    ["Thu Aug 14 2025", `${D}00:00:00`, "day"], ["8/14/2025, 10:32:00 AM", `${D}10:32:00`, "second"],
    ["14/08/2025, 10:32:00", `${D}10:32:00`, "second"], ["10:32 AM EDT, Aug 14, 2025", `${D}14:32:00`, "minute"],
    ["Aug 14, 2025 10:32 a.m. ET", `${D}14:32:00`, "minute"], ["August 13, 2025 9:00 PM PT", `${D}04:00:00`, "minute"],
    ["Aug 14, 2025 7:00 AM AEST", "2025-08-13T21:00:00", "minute"], ["Aug 14, 2025 10:00 JST", `${D}01:00:00`, "minute"],
    ["Aug 14, 2025 10:00 HKT", `${D}02:00:00`, "minute"], ["Aug 14, 2025 10:00 SGT", `${D}02:00:00`, "minute"],
    ["Aug 14, 2025 10:00 MSK", `${D}07:00:00`, "minute"], ["Aug 14, 2025 10:00 SAST", `${D}08:00:00`, "minute"],
    ["Aug 14, 2025 10:00 WAT", `${D}09:00:00`, "minute"], ["Aug 14, 2025 10:00 EAT", `${D}07:00:00`, "minute"],
    ["Aug 14, 2025 10:00 PKT", `${D}05:00:00`, "minute"], ["Aug 14, 2025 10:00 CDT", `${D}15:00:00`, "minute"],
    ["Aug 14, 2025 10:00 MDT", `${D}16:00:00`, "minute"], ["Aug 14, 2025 10:00 NZST", "2025-08-13T22:00:00", "minute"],
    ["Aug 14, 2025 10:00 ICT", `${D}03:00:00`, "minute"], ["Aug 14, 2025 10:00 BRT", `${D}13:00:00`, "minute"],
    ["Aug 14, 2025 10:00 GST", `${D}06:00:00`, "minute"], ["Aug 14, 2025 10:00 IDT", `${D}07:00:00`, "minute"],
    ["Aug 14, 2025 10:00 NPT", `${D}04:15:00`, "minute"], ["Aug 14, 2025 10:00 UTC+3", `${D}07:00:00`, "minute"],
    ["Aug 14, 2025 10:00 GMT-5", `${D}15:00:00`, "minute"], ["Aug 14, 2025 10:00 Eastern", `${D}14:00:00`, "minute"],
    ["Aug 14, 2025 9:00 AM Pacific", `${D}16:00:00`, "minute"], ["14 août 2025 10:00 CEST", `${D}08:00:00`, "minute"],
  ]),
];
