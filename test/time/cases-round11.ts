/**
 * Timestamp table, part 12 (round eleven): wire clocks of four digits before a zone (`1430 GMT`)
 * beside a date; more zone abbreviations (`AST`, settled by the page's zone; `ADT`, `NST`, `IRST`,
 * `TRT`, and `ART`, `PET` ... in capitals only); ISO 8601's short offset (`+02`) and basic format
 * with a clock (`20240518T143000Z`). Values are invented; the shapes are those news pages print.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type TimestampCase, rows } from "./case-rows.js";

export const ROUND11_CASES: readonly TimestampCase[] = [
  // Four-digit 24-hour clocks, as wire copy prints them, with a zone and beside a date only.
  ...rows("wire-clock", [
    ["18 May 2024 1430 GMT", "2024-05-18T14:30:00", "minute"], ["May 18, 2024 1430 GMT", "2024-05-18T14:30:00", "minute"],
    ["18 May 2024, 0915 UTC", "2024-05-18T09:15:00", "minute"], ["18/05/2024 2200 GMT", "2024-05-18T22:00:00", "minute"],
    ["Updated: 18 May 2024 1430 GMT", "2024-05-18T14:30:00", "minute"], ["18 May 2024 0630Z", "2024-05-18T06:30:00", "minute"],
    ["1430 GMT, 18 May 2024", "2024-05-18T14:30:00", "minute"], ["Sat 18 May 2024 1430 BST", "2024-05-18T13:30:00", "minute"],
    // A four-digit number without a zone or a date, a clock out of range, a count of people, a year.
    ["1430 GMT", null], ["Updated 1430 GMT", null], ["18 May 2024 1430", null], ["18 May 2024 2530 GMT", null],
    ["18 May 2024 1475 GMT", null], ["1430 people", null], ["18 May 2024 1430 people", null], ["yesterday 1430 GMT", null],
    ["in 1430", null], ["Room 1430 GMT", null],
  ]),
  // More zone abbreviations after a clock.
  ...rows("zones-more", [
    ["18 May 2024 10:30 AST", "2024-05-18T07:30:00", "minute"],
    ["18 May 2024 10:30 AST", "2024-05-18T14:30:00", "minute", { timeZone: "America/Halifax" }],
    ["May 18, 2024 10:30 AM ADT", "2024-05-18T13:30:00", "minute"], ["May 18, 2024 10:30 AM NDT", "2024-05-18T13:00:00", "minute"],
    ["January 18, 2024 10:30 AM NST", "2024-01-18T14:00:00", "minute"], ["18 May 2024 10:30 IRST", "2024-05-18T07:00:00", "minute"],
    ["18.05.2024 10:30 TRT", "2024-05-18T07:30:00", "minute"], ["18 May 2024 10:30 ART", "2024-05-18T13:30:00", "minute"],
    ["18 May 2024 10:30 PET", "2024-05-18T15:30:00", "minute"], ["18 May 2024 10:30 CLT", "2024-05-18T14:30:00", "minute"],
    ["18 May 2024 10:30 PM BDT", "2024-05-18T16:30:00", "minute"], ["18 May 2024 10:30 SLST", "2024-05-18T05:00:00", "minute"],
    ["18 May 2024 10:30 MMT", "2024-05-18T04:00:00", "minute"], ["18.05.2024 10:30 OEZ", "2024-05-18T08:30:00", "minute"],
    ["18 mai 2024 10 h 30 HAE", "2024-05-18T14:30:00", "minute"], ["18 мая 2024, 14:30 МСК", "2024-05-18T11:30:00", "minute"],
    ["18.05.2024 14:30 (МСК)", "2024-05-18T11:30:00", "minute"],
    // The English words among them, in lower case or capitalised; a zone with no clock.
    ["18 May 2024 10:30 art", null], ["18 May 2024 10:30 Art", null], ["18 May 2024 10:30 pet", null],
    ["18 May 2024 10:30 Vet", null], ["18 May 2024 AST", null], ["10:30 AST", null], ["18 мая 2024 (МСК)", null], ["Москва (МСК)", null],
  ]),
  // ISO 8601: the offset in hours alone, and the basic format with a clock.
  ...rows("iso-more", [
    ["2024-05-18T14:30:00+02", "2024-05-18T12:30:00", "second"], ["2024-05-18T14:30+02", "2024-05-18T12:30:00", "minute"],
    ["2024-05-18T14:30:00-03", "2024-05-18T17:30:00", "second"], ["2024-05-18 14:30:00 +02", "2024-05-18T12:30:00", "second"],
    ["May 18, 2024 10:30 +03", "2024-05-18T07:30:00", "minute"],
    ["20240518T143000Z", "2024-05-18T14:30:00", "second"], ["20240518T1430Z", "2024-05-18T14:30:00", "minute"],
    ["20240518T143000", "2024-05-18T14:30:00", "second"], ["20240518T1430+0200", "2024-05-18T12:30:00", "minute"],
    ["Published: 20240518T143000Z", "2024-05-18T14:30:00", "second"],
    // A time range, an impossible basic date, a basic date glued to letters, hours as a range.
    ["Mon 10:30-11", null], ["Mon 10:30+11", null], ["10:30 -03", null], ["20241318T143000Z", null], ["20240532T1430Z", null],
    ["20240518T2530Z", null], ["20240518T14", null], ["ID20240518T143000Z", null], ["18.05.2024 10:30 -03", null],
  ]),
  // Years of the Republic of China (Minguo: 113 = 2024) and of Japan's eras, before `年`.
  ...rows("cjk-eras", [
    ["民國113年5月18日", "2024-05-18T00:00:00", "day"], ["中華民國113年5月18日", "2024-05-18T00:00:00", "day"],
    ["民国113年5月18日", "2024-05-18T00:00:00", "day"], ["113年5月18日", "2024-05-18T00:00:00", "day"],
    ["民國113年5月18日 10:30", "2024-05-18T10:30:00", "minute"], ["中華民國113年05月18日 星期六", "2024-05-18T00:00:00", "day"],
    ["發布時間：113年5月18日 10:30", "2024-05-18T10:30:00", "minute"], ["民國99年12月31日", "2010-12-31T00:00:00", "day"],
    ["令和6年5月18日", "2024-05-18T00:00:00", "day"], ["平成31年4月30日", "2019-04-30T00:00:00", "day"],
    ["令和6年5月18日 10時30分", "2024-05-18T10:30:00", "minute"],
    // A year of an era not named, or out of the bare Minguo range, is no year-less date either.
    ["6年5月18日", null], ["13年5月18日", null], ["213年5月18日", null], ["民國0年5月18日", null], ["民國113年2月30日", null],
    ["113년5월18일", null], ["113年", null], ["民國113年", null],
  ]),
  // Published and updated on one line: the publication's stamp, `raw` that stamp alone.
  ...rows("published-updated", [
    ["Published 3 May 2024, 10:02 · Updated 4 May 2024", "2024-05-03T10:02:00", "minute", { raw: "Published 3 May 2024, 10:02" }],
    ["Published 3 May 2024, 10:02 | Updated 4 May 2024, 11:00", "2024-05-03T10:02:00", "minute", { raw: "Published 3 May 2024, 10:02" }],
    ["Published: May 3, 2024 Updated: May 4, 2024", "2024-05-03T00:00:00", "day", { raw: "Published: May 3, 2024" }],
    ["Updated 4 May 2024 · Published 3 May 2024", "2024-05-03T00:00:00", "day", { raw: "Published 3 May 2024" }],
    ["3 May 2024 | Updated 2 hours ago", "2024-05-03T00:00:00", "day", { raw: "3 May 2024" }],
    ["Posted 2 hours ago, updated 1 hour ago", "2025-08-14T16:00:00", "hour", { raw: "Posted 2 hours ago" }],
    // The year printed once, with the update: the publication's is the most recent at or before it.
    ["Published May 3, 10:02 · Updated May 4, 2024", "2024-05-03T10:02:00", "minute", { raw: "Published May 3, 10:02" }],
    ["Updated May 4 · Published May 3, 2024", "2024-05-03T00:00:00", "day", { raw: "Published May 3, 2024" }],
    ["Publié le 3 mai 2024 à 10h02, mis à jour le 4 mai 2024 à 11h00", "2024-05-03T10:02:00", "minute", { raw: "Publié le 3 mai 2024 à 10h02" }],
    ["Veröffentlicht am 03.05.2024 | Aktualisiert am 04.05.2024", "2024-05-03T00:00:00", "day", { raw: "Veröffentlicht am 03.05.2024" }],
    ["Publicado el 3 de mayo de 2024 | Actualizado el 4 de mayo de 2024", "2024-05-03T00:00:00", "day", { raw: "Publicado el 3 de mayo de 2024" }],
    ["Опубликовано: 03.05.2024 10:02 | Обновлено: 04.05.2024 11:00", "2024-05-03T10:02:00", "minute", { raw: "Опубликовано: 03.05.2024 10:02" }],
    ["입력 2024.05.03 10:02 | 수정 2024.05.04 11:00", "2024-05-03T10:02:00", "minute", { raw: "입력 2024.05.03 10:02" }],
    ["发布时间：2024-05-03 10:02 更新时间：2024-05-04 11:00", "2024-05-03T10:02:00", "minute", { raw: "发布时间：2024-05-03 10:02" }],
    ["18 May 2024 (updated 19 May 2024)", "2024-05-18T00:00:00", "day", { raw: "18 May 2024" }],
    ["Updated 19 May 2024 (published 18 May 2024)", "2024-05-18T00:00:00", "day", { raw: "published 18 May 2024" }],
    ["18 May (updated 19 May 2024)", "2024-05-18T00:00:00", "day", { raw: "18 May" }],
    ["18 May 2024 (updated daily)", null], ["18 May 2024 (updated 19 May 2024", null],
    // A number, a score or a page before an update, the future after a publication, a range.
    ["Score 3-1 · Updated 4 May 2024", null], ["Page 2 | Updated 4 May 2024", null], ["24/7 · Updated 4 May 2024", null],
    ["2024 · Updated 4 May 2024", null], ["Published 3 May 2024 · Updated in 2 hours", null], ["Aug 12 - Aug 14, 2025", null],
  ]),
  // Hijri lunar dates (tabular calendar: 12 Dhu al-Qadah 1445 = 20 May 2024, 1 Ramadan 1446 = 1 March 2025).
  ...rows("hijri-lunar", [
    ["12 ذو القعدة 1445 هـ", "2024-05-20T00:00:00", "day"], ["12 ذو القعدة 1445", "2024-05-20T00:00:00", "day"],
    ["الاثنين 12 ذو القعدة 1445 هـ", "2024-05-20T00:00:00", "day"], ["١٢ ذو القعدة ١٤٤٥ هـ", "2024-05-20T00:00:00", "day"],
    ["1 رمضان 1446 هـ", "2025-03-01T00:00:00", "day"], ["نشر في 12 ذي القعدة 1445 هـ", "2024-05-20T00:00:00", "day"],
    ["30 ذو الحجة 1445", "2024-07-07T00:00:00", "day"], ["15 ربيع الأول 1447 هـ", "2025-09-08T00:00:00", "day"],
    ["12 ذو القعدة 1445 هـ 10:30", "2024-05-20T10:30:00", "minute"],
    ["۱۲ ذی‌القعده ۱۴۴۵", "2024-05-20T00:00:00", "day"], ["۱۲ ذی‌القعده ۱۴۴۵ ق", "2024-05-20T00:00:00", "day"],
    // In Latin letters, day or month first, with or without the era; the month first in Arabic too.
    ["12 Ramadan 1445 AH", "2024-03-22T00:00:00", "day"], ["Ramadan 12, 1445 AH", "2024-03-22T00:00:00", "day"],
    ["Dhul Qadah 12, 1445", "2024-05-20T00:00:00", "day"], ["12 Dhu al-Qadah 1445 AH", "2024-05-20T00:00:00", "day"],
    ["Muharram 1, 1446 AH", "2024-07-08T00:00:00", "day"], ["Friday, 12 Ramadan 1445 AH", "2024-03-22T00:00:00", "day"],
    ["رمضان 12، 1445", "2024-03-22T00:00:00", "day"],
    // The same day in both calendars: the Gregorian date, exact, in either order.
    ["الاثنين 12 ذو القعدة 1445 هـ - 20 مايو 2024 م", "2024-05-20T00:00:00", "day", { raw: "20 مايو 2024 م" }],
    ["20 مايو 2024 م - 12 ذو القعدة 1445 هـ", "2024-05-20T00:00:00", "day", { raw: "20 مايو 2024 م" }],
    ["20 مايو 2024 م", "2024-05-20T00:00:00", "day"],
    // A month without a year (`صفر` is also "zero"), a Gregorian year, a day the tabular month lacks
    // (1444 is no leap year), dates of two calendars a year apart, a Hijri year alone.
    ["12 صفر", null], ["12 رمضان", null], ["5 صفر 2024", null], ["30 صفر 1447", null], ["30 ذو الحجة 1444", null],
    ["12 ذو القعدة 1445 هـ - 20 مايو 2025", null], ["1445 هـ", null], ["رمضان 1445", null], ["صفر 5", null],
    ["Ramadan 12", null], ["12 Ramadan", null], ["Ramadan 2024", null], ["Ramadan 12, 2024", null], ["Rajab 5", null], ["Safar 1445", null],
    ["Ramadan Mubarak 2024", null],
  ]),
  // Hour abbreviations of Dutch (`u`) and Czech (`h`) before or after "ago".
  ...rows("hour-abbreviations", [
    ["3 u geleden", "2025-08-14T15:00:00", "hour"], ["před 2 h", "2025-08-14T16:00:00", "hour"],
    ["3 u", null], ["2 h", null], ["u 3 u", null],
  ]),
  // A two-digit year after an apostrophe, beside a day (not a month alone: `May '24`, `Class of '24`).
  ...rows("year-elided", [
    ["18 May '24", "2024-05-18T00:00:00", "day"], ["18 May ’24", "2024-05-18T00:00:00", "day"], ["18th May '24", "2024-05-18T00:00:00", "day"],
    ["May 18, '24", "2024-05-18T00:00:00", "day"], ["Sat 18 May '24 14:30", "2024-05-18T14:30:00", "minute"], ["3 Dec '98", "1998-12-03T00:00:00", "day"],
    ["May '24", null], ["'24", null], ["Class of '24", null], ["18 May '24 people", null], ["18 May '2024", null], ["18 May '124", null],
  ]),
  // A CJK verb after a dated stamp (published, updated, filed): `raw` is the stamp.
  ...rows("cjk-verb-after", [
    ["2024年5月18日 14時30分 配信", "2024-05-18T14:30:00", "minute", { raw: "2024年5月18日 14時30分" }],
    ["2024/05/18 14:30 更新", "2024-05-18T14:30:00", "minute", { raw: "2024/05/18 14:30" }],
    ["2024.05.18 14:30 발행", "2024-05-18T14:30:00", "minute", { raw: "2024.05.18 14:30" }],
    ["5分前 更新", "2025-08-14T17:55:00", "minute", { raw: "5分前" }],
    ["更新", null], ["2024年 更新", null], ["14:30 更新", null], ["2024/05/18 14:30 更新情報", null],
  ]),
  // Czech `v` between a date and its clock.
  ...rows("czech-v", [
    ["18.5.2024 v 14:30", "2024-05-18T14:30:00", "minute"], ["18. května 2024 v 14:30", "2024-05-18T14:30:00", "minute"],
    ["May 2024 v 14:30", null], ["18.5.2024 v Praze", null], ["Season 2024 v 14:30", null],
  ]),
  // Month abbreviations of Turkish, Romanian and Czech between a day and a year; Vietnamese `thg`.
  ...rows("month-abbreviations", [
    ["5 Şub 2024", "2024-02-05T00:00:00", "day"], ["5 Ara 2024", "2024-12-05T00:00:00", "day"], ["5 ian. 2024", "2024-01-05T00:00:00", "day"],
    ["5. led. 2024", "2024-01-05T00:00:00", "day"], ["5. dub. 2024 14:30", "2024-04-05T14:30:00", "minute"],
    ["5 thg 1, 2024", "2024-01-05T00:00:00", "day"], ["5 thg 1 2024", "2024-01-05T00:00:00", "day"],
    // Alone or without the year they are words (`ara` search, `led` ice, `pro` for).
    ["Ara 5", null], ["5 Ara", null], ["led 5", null], ["5 led", null], ["5 pro", null], ["thg 1", null], ["5 thg 13, 2024", null],
  ]),
];
