/**
 * Timestamp table, part 13 (round twelve): abbreviated months of Hindi, Bengali and Hebrew
 * (`14 जन. 2025`, `১৪ জানু. ২০২৫`, `14 בינו׳ 2025`), the vowel signs that tell Indic month names
 * apart (`जून` June is no `जन.` January); Minguo dates printed with numbers (`113/05/18`,
 * `民國 113.05.18`); dates followed by an account's byline (`Posted on May 18, 2024 by admin`);
 * zones named in words (`10:30 a.m. Eastern Time`, `Central European Summer Time`) and Turkey's
 * `TSİ`; day, month and two-digit year joined by dashes (`18-May-24`); Hindi and Bengali parts of the
 * day before a 12-hour clock (`शाम 5:30`, `সকাল ১০:৩০`).
 * Values are invented; the shapes are those news pages print.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type TimestampCase, rows } from "./case-rows.js";

const KOLKATA = { timeZone: "Asia/Kolkata" } as const;
const TAIPEI = { timeZone: "Asia/Taipei" } as const;

export const ROUND12_CASES: readonly TimestampCase[] = [
  // Hindi month abbreviations with their full stop (or without), beside the full names they shorten.
  ...rows("abbrev-hi", [
    ["14 जन. 2025", "2025-01-14T00:00:00", "day"], ["3 फर. 2024", "2024-02-03T00:00:00", "day"],
    ["9 अप्रै. 2024", "2024-04-09T00:00:00", "day"], ["21 जुला. 2024", "2024-07-21T00:00:00", "day"],
    ["5 अग. 2024", "2024-08-05T00:00:00", "day"], ["12 सित. 2024", "2024-09-12T00:00:00", "day"],
    ["3 अक्टू. 2024", "2024-10-03T00:00:00", "day"], ["3 अक्तू. 2024", "2024-10-03T00:00:00", "day"],
    ["14 नव. 2024, 10:30 AM", "2024-11-14T10:30:00", "minute"], ["१४ दिस. २०२४", "2024-12-14T00:00:00", "day"],
    ["14 जन 2025", "2025-01-14T00:00:00", "day"], ["अपडेटेड: 14 जन. 2025, 10:32 AM IST", "2025-01-14T05:02:00", "minute"],
    ["14 जन. 2025 10:30", "2025-01-14T05:00:00", "minute", KOLKATA], ["शनिवार, 14 दिस. 2024", "2024-12-14T00:00:00", "day"],
    // The full names stay apart from the abbreviations: June and January, with and without the nukta.
    ["14 जून 2025", "2025-06-14T00:00:00", "day"], ["14 जनवरी 2025", "2025-01-14T00:00:00", "day"],
    ["14 फ़रवरी 2025", "2025-02-14T00:00:00", "day"], ["14 फरवरी 2025", "2025-02-14T00:00:00", "day"],
    // `जन` (people), `नव` (new), `दिस` before other words are no month.
    ["जन सभा 14", null], ["नव वर्ष 2025", null], ["14 जन सभा", null], ["जन. 14 लोग", null], ["14 नव युवक", null],
  ]),
  // Bengali abbreviations, with Bengali or Latin digits.
  ...rows("abbrev-bn", [
    ["১৪ জানু. ২০২৫", "2025-01-14T00:00:00", "day"], ["৩ ফেব্রু. ২০২৪", "2024-02-03T00:00:00", "day"],
    ["৫ আগ. ২০২৪", "2024-08-05T00:00:00", "day"], ["১২ সেপ্টে. ২০২৪", "2024-09-12T00:00:00", "day"],
    ["৩ অক্টো. ২০২৪", "2024-10-03T00:00:00", "day"], ["14 নভে. 2024", "2024-11-14T00:00:00", "day"],
    ["২১ ডিসে. ২০২৪, ১০:৩০", "2024-12-21T10:30:00", "minute"], ["১৪ জুন ২০২৫", "2025-06-14T00:00:00", "day"],
    ["১৪ জানুয়ারি ২০২৫", "2025-01-14T00:00:00", "day"],
    ["জানু. মাসে ১৪ জন", null], ["১৪ জন", null],
  ]),
  // Hebrew abbreviations with a geresh (or an apostrophe), with and without the prefix `ב`.
  ...rows("abbrev-he", [
    ["14 בינו׳ 2025", "2025-01-14T00:00:00", "day"], ["14 ינו' 2025", "2025-01-14T00:00:00", "day"],
    ["3 בפבר׳ 2024", "2024-02-03T00:00:00", "day"], ["9 באפר' 2024", "2024-04-09T00:00:00", "day"],
    ["5 באוג׳ 2024, 10:30", "2024-08-05T10:30:00", "minute"], ["12 בספט׳ 2024", "2024-09-12T00:00:00", "day"],
    ["3 באוק׳ 2024", "2024-10-03T00:00:00", "day"], ["3 בנוב׳ 2024", "2024-11-03T00:00:00", "day"],
    ["פורסם: 14 בדצמ׳ 2024, 10:32", "2024-12-14T10:32:00", "minute"], ["14 ב-ינו׳ 2025", "2025-01-14T00:00:00", "day"],
    // Without the geresh the short forms are no month; a geresh inside a word transliterates (`ג'ון`, John).
    ["14 ינו 2025", null], ["14 אוג 2025", null], ["ג'ון 14 2025", null], ["14 ג'ון 2025", null],
  ]),
  // Minguo years printed with numbers, as Taiwanese pages do (113 = 2024), bare or after the era's name.
  ...rows("minguo-numeric", [
    ["113/05/18", "2024-05-18T00:00:00", "day"], ["113.05.18", "2024-05-18T00:00:00", "day"],
    ["113/5/8", "2024-05-08T00:00:00", "day"], ["民國113/05/18", "2024-05-18T00:00:00", "day"],
    ["民國 113/05/18", "2024-05-18T00:00:00", "day"], ["民國 113年5月18日", "2024-05-18T00:00:00", "day"], ["中華民國 113.05.18", "2024-05-18T00:00:00", "day"], ["民国113.05.18", "2024-05-18T00:00:00", "day"],
    ["中華民國113/05/18", "2024-05-18T00:00:00", "day"], ["民國99/12/31", "2010-12-31T00:00:00", "day"],
    ["113/05/18 10:30", "2024-05-18T02:30:00", "minute", TAIPEI], ["發布日期：113/05/18", "2024-05-18T00:00:00", "day"],
    ["發布時間：113.05.18 10:30", "2024-05-18T10:30:00", "minute"], ["更新日期：113/05/18", "2024-05-18T00:00:00", "day"],
    ["發布日期：2024/05/18", "2024-05-18T00:00:00", "day"], ["發佈日期：113年5月18日", "2024-05-18T00:00:00", "day"],
    // Versions, addresses, a month or day out of range, a year of three digits from 200, two digits
    // without the era's name, a number glued before or after.
    ["v113.05.18", null], ["1.113.05.18", null], ["113.05.18.2", null], ["113/13/18", null], ["113/02/30", null],
    ["213/05/18", null], ["99/12/31/", null], ["ab113/05/18", null], ["Chrome 113.0.5672", null], ["113.05", null],
    ["IP 113.05.18.7", null], ["民國0/05/18", null], ["113-05-18", null],
  ]),
  // A date, then an account's byline: the date is read. A relative amount so followed is not (see
  // `cases-negatives.ts`), nor a date followed by `by` and a plain lower-case word.
  ...rows("byline-account", [
    ["Posted on May 18, 2024 by admin", "2024-05-18T00:00:00", "day", { raw: "Posted on May 18, 2024" }],
    ["May 18, 2024 by editor", "2024-05-18T00:00:00", "day", { raw: "May 18, 2024" }],
    ["Posted on 18 May 2024 by administrator", "2024-05-18T00:00:00", "day", { raw: "Posted on 18 May 2024" }],
    ["Posted on the 18/05/2024 at 19:00 by @jdoe", "2024-05-18T19:00:00", "minute", { raw: "Posted on the 18/05/2024 at 19:00" }],
    ["Published May 18, 2024 by j_doe", "2024-05-18T00:00:00", "day", { raw: "Published May 18, 2024" }],
    ["May 18, 2024 by admin2", "2024-05-18T00:00:00", "day", { raw: "May 18, 2024" }],
    ["Publié le 18 mai 2024 par admin", "2024-05-18T00:00:00", "day", { raw: "Publié le 18 mai 2024" }],
    ["May 18, 2024 by staff", "2024-05-18T00:00:00", "day", { raw: "May 18, 2024" }],
    ["May 18, 2024 by car", null], ["May 18, 2024 by far", null], ["May 18, 2024 by hand", null], ["May 18, 2024 by 5%", null],
    ["Posted 2 hours ago by editor", null], ["Yesterday by admin", null], ["May 18, 2024 by admin in Local News", null],
    ["May 18, 2024 by the river", null],
  ]),
  // Zones named in words after a clock: the generic US names follow daylight saving (EDT in May,
  // EST in January); names with `standard`, `daylight` or `summer` are one offset.
  ...rows("zone-names", [
    ["May 18, 2024 10:30 Eastern Time", "2024-05-18T14:30:00", "minute"], ["January 18, 2024 10:30 Eastern Time", "2024-01-18T15:30:00", "minute"],
    ["May 18, 2024 10:30 a.m. Eastern Daylight Time", "2024-05-18T14:30:00", "minute"], ["May 18, 2024, 11 a.m. Central", "2024-05-18T16:00:00", "hour"],
    ["May 18, 2024 10:30 AM Central Time", "2024-05-18T15:30:00", "minute"], ["May 18, 2024 10:30 AM Mountain Time", "2024-05-18T16:30:00", "minute"],
    ["May 18, 2024 10:30 AM Pacific Time", "2024-05-18T17:30:00", "minute"], ["Jan 18, 2024 10:30 PM Pacific Standard Time", "2024-01-19T06:30:00", "minute"],
    ["18 May 2024 14:30 British Summer Time", "2024-05-18T13:30:00", "minute"], ["18 May 2024 10:30 Central European Summer Time", "2024-05-18T08:30:00", "minute"],
    ["18 January 2024 10:30 Central European Time", "2024-01-18T09:30:00", "minute"], ["18 May 2024 10:30 Greenwich Mean Time", "2024-05-18T10:30:00", "minute"],
    ["18 May 2024 10:30 India Standard Time", "2024-05-18T05:00:00", "minute"], ["Updated: May 18, 2024 10:30 Eastern Time", "2024-05-18T14:30:00", "minute"],
    ["18 Mayıs 2024, 10:30 TSİ", "2024-05-18T07:30:00", "minute"], ["18.05.2024 10:30 TSİ", "2024-05-18T07:30:00", "minute"],
    // A place after a clock, a zone name with no clock, a name cut short.
    ["May 18, 2024 10:30 Central Park", null], ["May 18, 2024 10:30 Mountain View", null], ["May 18, 2024 Eastern Time", null],
    ["May 18, 2024 10:30 Eastern", "2024-05-18T14:30:00", "minute"], ["May 18, 2024 10:30 Central European", null],
    ["May 18, 2024 10:30 Eastern Standard", null], ["Eastern Time", null], ["Central", null], ["10:30 Central Standard Time Zone", null],
  ]),
  // Day, month name and a two-digit year joined by dashes (`18-May-24`), as spreadsheets and some
  // South Asian pages print them.
  ...rows("dashed-two-digit-year", [
    ["18-May-24", "2024-05-18T00:00:00", "day"], ["18-May-24 10:30", "2024-05-18T10:30:00", "minute"],
    ["18-Sep-24, 10:30 AM IST", "2024-09-18T05:00:00", "minute"], ["Updated: 18-May-24", "2024-05-18T00:00:00", "day"],
    ["18-May-99", "1999-05-18T00:00:00", "day"], ["05-Jan-25", "2025-01-05T00:00:00", "day"], ["18-mai-24", "2024-05-18T00:00:00", "day"],
    // Spaces instead of dashes, one dash only, the month first, a number after.
    ["18 May 24", null], ["18-May 24", null], ["18 May-24", null], ["May-18-24", null], ["18-May-24-2", null], ["18-May-245", null],
    ["31-Feb-24", null],
  ]),
  // Hindi and Bengali print the part of the day before a 12-hour clock (morning, afternoon,
  // evening); `रात`/`রাত` (night) is both 10 pm and 2 am, so it is not read.
  ...rows("meridiem-before", [
    ["18 मई 2024, सुबह 10:30", "2024-05-18T10:30:00", "minute"], ["18 मई 2024, शाम 5:30 बजे", "2024-05-18T17:30:00", "minute"],
    ["18 मई 2024 दोपहर 2 बजे", "2024-05-18T14:00:00", "hour"], ["18 मई 2024 दोपहर 12:15", "2024-05-18T12:15:00", "minute"],
    ["अपडेटेड: 18 मई 2024, शाम 5:30 IST", "2024-05-18T12:00:00", "minute"], ["18 मई 2024, शाम 17:30", "2024-05-18T17:30:00", "minute"],
    ["आज शाम 5:30", "2025-08-14T17:30:00", "minute"], ["१८ मई २०२४, शाम ५:३० बजे", "2024-05-18T17:30:00", "minute"],
    ["১৮ মে ২০২৪, বিকেল ৫:৩০", "2024-05-18T17:30:00", "minute"], ["১৮ মে ২০২৪, সকাল ১০:৩০", "2024-05-18T10:30:00", "minute"],
    ["১৮ মে ২০২৪, সন্ধ্যা ৭:১৫", "2024-05-18T19:15:00", "minute"],
    // An hour alone needs `बजे`; a morning clock past noon; the part of the day alone; night.
    ["18 मई 2024 शाम 5", null], ["18 मई 2024, सुबह 17:30", null], ["18 मई 2024 शाम", null], ["शाम 5:30", null],
    ["18 मई 2024, रात 10:30", null], ["18 मई 2024, सुबह 0:30", null], ["१८ मई २०२४, शाम १३", null],
  ]),
];
