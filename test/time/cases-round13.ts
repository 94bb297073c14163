/**
 * Timestamp table, part 14 (round thirteen): forms generated family by family for the languages
 * read (weekday, day, month, year and clock in the orders and with the marks pages print), that
 * the table did not hold: the year of `asctime` after the clock (`Thu Aug 14 10:32:00 UTC 2025`);
 * year-first dates with a month's name (`2025 Aug 14`, `2025-Aug-14`); a weekday in brackets after a
 * date (`2025-08-14 (Thu)`, `14.08.2025 (Do.)`); the year word after a numeric date (`14.08.2025 г.`);
 * clocks in one word (`at noon`, `à midi`, `12 midnight`); Japanese month and day with the weekday
 * in brackets (`8/14(木) 10:32`); reading times and comment counts beside a stamp (`5 min read · Aug
 * 14, 2025`, `14.08.2025, 10:32 Uhr | Lesezeit: 3 Min.`); and the source labels of CJK heads after a
 * stamp (`2025-08-14 10:32 来源：新华网`). Each family holds look-alikes that stay `null`.
 * Values are invented; the shapes are those news pages print.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type TimestampCase, rows } from "./case-rows.js";

export const ROUND13_CASES: readonly TimestampCase[] = [
  // C's asctime and the Unix `date` command: weekday, month, day, clock, maybe a zone, then the year.
  ...rows("asctime", [
    ["Thu Aug 14 10:32:00 UTC 2025", "2025-08-14T10:32:00", "second"], ["Wed Aug 13 22:05:09 2025", "2025-08-13T22:05:09", "second"],
    ["Mon Jun 2 08:15:00 EDT 2025", "2025-06-02T12:15:00", "second"], ["Aug 14 10:32 2025", "2025-08-14T10:32:00", "minute"],
    ["Tue May 6 17:45:12 CEST 2025", "2025-05-06T15:45:12", "second"],
    // The year must close the line after a clock; a second year, or a number that is none, is no stamp.
    ["Aug 14 10:32 2025 people", null], ["Aug 14 2025 2025", null], ["Aug 14 10:32 12", null], ["Aug 14, 2025 10:32 2026", null],
    ["Thu Aug 14 10:32 1850", null],
  ]),
  // Year first, then the month's name and the day, apart or joined by dashes or slashes.
  ...rows("year-first-named", [
    ["2025 Aug 14", "2025-08-14T00:00:00", "day"], ["2025-Aug-14", "2025-08-14T00:00:00", "day"],
    ["2025/Aug/14", "2025-08-14T00:00:00", "day"], ["2025 August 14", "2025-08-14T00:00:00", "day"],
    ["2025, August 14", "2025-08-14T00:00:00", "day"], ["2025 Aug 14 10:32", "2025-08-14T10:32:00", "minute"],
    ["2025-Aug-14 10:32:15", "2025-08-14T10:32:15", "second"], ["Published 2025 Aug 14", "2025-08-14T00:00:00", "day"],
    ["2024 Dec 31", "2024-12-31T00:00:00", "day"], ["2025 augusztus 14", "2025-08-14T00:00:00", "day"],
    ["2024-Feb-29", "2024-02-29T00:00:00", "day"], ["2025 JUL 4, 09:15 UTC", "2025-07-04T09:15:00", "minute"],
    // A dash on one side only, a month without a day, a day out of range, words after, a year out of range.
    ["2025 Aug-14", null], ["2025-Aug 14", null], ["2025 Aug", null], ["2025 May 14 runners", null], ["2025 Aug 32", null],
    ["2025 Feb 29", null], ["1825 Aug 14", null], ["2025 May Day", null], ["2025 Mar-a-Lago", null],
  ]),
  // A weekday's name in brackets after a date, maybe before a clock, in any language read.
  ...rows("bracketed-weekday", [
    ["2025-08-14 (Thu)", "2025-08-14T00:00:00", "day", { raw: "2025-08-14 (Thu)" }],
    ["14.08.2025 (Do.)", "2025-08-14T00:00:00", "day", { raw: "14.08.2025 (Do.)" }],
    ["14 Aug 2025 (Thu) 10:32", "2025-08-14T10:32:00", "minute", { raw: "14 Aug 2025 (Thu) 10:32" }],
    ["Aug 14, 2025 (Thursday)", "2025-08-14T00:00:00", "day", { raw: "Aug 14, 2025 (Thursday)" }],
    ["14/08/2025 (jeu.)", "2025-08-14T00:00:00", "day", { raw: "14/08/2025 (jeu.)" }],
    ["13.08.2025 (Mi) 18:45", "2025-08-13T18:45:00", "minute", { raw: "13.08.2025 (Mi) 18:45" }],
    ["2025-08-12 (Tue) 09:00 UTC", "2025-08-12T09:00:00", "minute", { raw: "2025-08-12 (Tue) 09:00 UTC" }],
    ["12/08/2025 (martes)", "2025-08-12T00:00:00", "day", { raw: "12/08/2025 (martes)" }],
    // A name that is no weekday, a weekday before no date, a relative stamp, a title in brackets.
    ["14 Aug 2025 (Sunday Times)", null], ["2025-08-14 (AP)", null], ["Top 10 (Thu)", null], ["2 hours ago (Sun)", null],
    ["(Thu)", null], ["2025 (Thu)", null], ["Chapter 3 (Friday)", null],
  ]),
  // The year word after a numeric date (Russian `г.`, Ukrainian `р.`, Polish `r.`).
  ...rows("numeric-year-word", [
    ["14.08.2025 г.", "2025-08-14T00:00:00", "day"], ["14.08.2025 г. 10:32", "2025-08-14T10:32:00", "minute"],
    ["14.08.2025 р.", "2025-08-14T00:00:00", "day"], ["14.08.2025 r.", "2025-08-14T00:00:00", "day"],
    ["Опубликовано 14.08.2025 г.", "2025-08-14T00:00:00", "day"], ["Opublikowano: 14.08.2025 r., 10:32", "2025-08-14T10:32:00", "minute"],
    ["2025 г.", null], ["14.08 г.", null], ["14.08.2025 г. рождения", null],
  ]),
  // Clocks in one word: noon and midnight where a clock is, and after the hour they name.
  ...rows("clock-words", [
    ["Aug 14, 2025 at noon", "2025-08-14T12:00:00", "hour"], ["Aug 14, 2025 noon", "2025-08-14T12:00:00", "hour"],
    ["August 14, 2025 12:00 noon", "2025-08-14T12:00:00", "minute"], ["August 14, 2025, 12 noon ET", "2025-08-14T16:00:00", "hour"],
    ["yesterday at noon", "2025-08-13T12:00:00", "hour"], ["Yesterday at midnight", "2025-08-13T00:00:00", "hour"],
    ["Sunday at noon", "2025-08-10T12:00:00", "hour"], ["Published Aug 13, 2025 at midnight", "2025-08-13T00:00:00", "hour"],
    ["AUG 14, 2025 AT NOON", "2025-08-14T12:00:00", "hour"], ["Aug 12, 2025 12 midnight", "2025-08-12T00:00:00", "hour"],
    ["hier à midi", "2025-08-13T12:00:00", "hour"], ["le 14 août 2025 à midi", "2025-08-14T12:00:00", "hour"],
    ["hier à minuit", "2025-08-13T00:00:00", "hour"], ["ayer a mediodía", "2025-08-13T12:00:00", "hour"],
    ["14 de agosto de 2025 a medianoche", "2025-08-14T00:00:00", "hour"], ["ontem ao meio-dia", "2025-08-13T12:00:00", "hour"],
    ["14 agosto 2025 a mezzogiorno", "2025-08-14T12:00:00", "hour"], ["ieri a mezzanotte", "2025-08-13T00:00:00", "hour"],
    // The word alone, in a title's capitals, after another hour, or after minutes.
    ["noon", null], ["midnight", null], ["at noon", null], ["High Noon", null], ["Midnight Express", null], ["Sunday Noon", null],
    ["11 noon", null], ["Aug 14, 2025 11:30 noon", null], ["Aug 14, 2025 12:30 midnight", null], ["Noon", null],
  ]),
  // Japanese month and day of this year with the weekday in brackets (the weekday says date).
  ...rows("month-day-weekday-ja", [
    ["8/14(木) 10:32", "2025-08-14T10:32:00", "minute"], ["8/14(木)", "2025-08-14T00:00:00", "day"],
    ["8/13（水） 21:05", "2025-08-13T21:05:00", "minute"], ["12/31(水)", "2024-12-31T00:00:00", "day"],
    ["8/14(木) 10:32配信", "2025-08-14T10:32:00", "minute", { raw: "8/14(木) 10:32" }],
    ["13/14(木)", null], ["8/14 10:32", null], ["8/32(木)", null], ["0/14(木)", null], ["8/14(x) 10:32", null], ["8/14 (木)", null],
  ]),
  // A reading time or a count of comments or views beside a stamp, after or before a separator.
  ...rows("meta-segments", [
    ["5 min read · Aug 14, 2025", "2025-08-14T00:00:00", "day", { raw: "Aug 14, 2025" }],
    ["By Jane Doe • August 14, 2025 • 5 min read", "2025-08-14T00:00:00", "day", { raw: "August 14, 2025" }],
    ["August 14, 2025 / 3 Comments", "2025-08-14T00:00:00", "day", { raw: "August 14, 2025" }],
    ["August 14, 2025 | No Comments", "2025-08-14T00:00:00", "day", { raw: "August 14, 2025" }],
    ["August 14, 2025 / 3 Comments / Leave a comment", "2025-08-14T00:00:00", "day", { raw: "August 14, 2025" }],
    ["14.08.2025, 10:32 Uhr | Lesezeit: 3 Min.", "2025-08-14T10:32:00", "minute", { raw: "14.08.2025, 10:32 Uhr" }],
    ["Il y a 3 heures · Lecture 3 min", "2025-08-14T15:00:00", "hour", { raw: "Il y a 3 heures" }],
    ["14 août 2025 · Lecture : 4 min", "2025-08-14T00:00:00", "day", { raw: "14 août 2025" }],
    ["14 de agosto de 2025 · 3 min de lectura", "2025-08-14T00:00:00", "day", { raw: "14 de agosto de 2025" }],
    ["14/08/2025 - 5 minutos de leitura", "2025-08-14T00:00:00", "day", { raw: "14/08/2025" }],
    ["Aug 14, 2025 · 5-minute read", "2025-08-14T00:00:00", "day", { raw: "Aug 14, 2025" }],
    ["Aug 14, 2025 · 1.2K views", "2025-08-14T00:00:00", "day", { raw: "Aug 14, 2025" }],
    ["Jane Doe · Aug 14, 2025 · 4 min read", "2025-08-14T00:00:00", "day", { raw: "Aug 14, 2025" }],
    ["Reading time: 5 minutes | Aug 14, 2025", "2025-08-14T00:00:00", "day", { raw: "Aug 14, 2025" }],
    ["3 dk okuma | 14 Ağustos 2025", "2025-08-14T00:00:00", "day", { raw: "14 Ağustos 2025" }],
    ["Updated 2 hours ago · 12 comments", "2025-08-14T16:00:00", "hour", { raw: "Updated 2 hours ago" }],
    ["By Ann Poe — November 18, 2024  6 min read", "2024-11-18T00:00:00", "day", { raw: "November 18, 2024" }],
    ["12 commentaires | Publié le 14 août 2025", "2025-08-14T00:00:00", "day", { raw: "Publié le 14 août 2025" }],
    ["14 agosto 2025 · 3 min di lettura", "2025-08-14T00:00:00", "day", { raw: "14 agosto 2025" }],
    // The segment alone, beside no stamp, beside a number that is none, or another unit.
    ["5 min read", null], ["5 min read · Sponsored", null], ["The talks began · 5 min read", null], ["Top 10 · 5 min read", null],
    ["2025 · 5 min read", null], ["3-1 · 5 min read", null], ["Aug 14, 2025 · 5 min drive", null], ["3 Comments", null],
    ["Aug 14, 2025 · 3 comments on the plan", null], ["12 views · 3 comments", null],
  ]),
  // The source, author or editor labels of Chinese, Japanese and Korean heads after a stamp.
  ...rows("cjk-source-after", [
    ["2025-08-14 10:32:15 来源：新华社", "2025-08-14T10:32:15", "second", { raw: "2025-08-14 10:32:15" }],
    ["2025年08月14日 10:32 来源：人民网", "2025-08-14T10:32:00", "minute", { raw: "2025年08月14日 10:32" }],
    ["2025-08-14 10:32 | 来源：新华网", "2025-08-14T10:32:00", "minute", { raw: "2025-08-14 10:32" }],
    ["2025-08-14 10:32 來源：中央社 作者：王小明", "2025-08-14T10:32:00", "minute", { raw: "2025-08-14 10:32" }],
    ["2025/08/14 10:32 出典：共同通信", "2025-08-14T10:32:00", "minute", { raw: "2025/08/14 10:32" }],
    ["2025.08.14 10:32 출처 : 연합뉴스", "2025-08-14T10:32:00", "minute", { raw: "2025.08.14 10:32" }],
    ["2025年8月14日 10:32 来源: 新华网 编辑: 李四", "2025-08-14T10:32:00", "minute", { raw: "2025年8月14日 10:32" }],
    // No stamp before the label (a clock alone is none), or nothing after it.
    ["10:32 来源：新华网", null], ["新华网 来源：人民网", null], ["2025-08-14 10:32 来源：", null], ["来源：新华网", null],
  ]),
  // Units abbreviated as each language's pages print them before or after its "ago".
  ...rows("unit-abbreviations", [
    ["vor 2 Tg.", "2025-08-12T18:00:00", "day"], ["vor 2 Wo.", "2025-07-31T18:00:00", "day"], ["vor 2 Mon.", "2025-06-14T18:00:00", "month"],
    ["vor 2 h", "2025-08-14T16:00:00", "hour"], ["2 г. назад", "2023-08-14T18:00:00", "year"], ["2 tyg. temu", "2025-07-31T18:00:00", "day"],
    ["3 h temu", "2025-08-14T15:00:00", "hour"], ["2 dgn geleden", "2025-08-12T18:00:00", "day"], ["2 hf önce", "2025-07-31T18:00:00", "day"],
    ["2 hr lalu", "2025-08-12T18:00:00", "day"], ["3 mgg lalu", "2025-07-24T18:00:00", "day"], ["2 t. siden", "2025-08-14T16:00:00", "hour"],
    ["for 2 t siden", "2025-08-14T16:00:00", "hour"], ["acum 2 h", "2025-08-14T16:00:00", "hour"], ["2 मि. पहले", "2025-08-14T17:58:00", "minute"],
    ["3 घं. पहले", "2025-08-14T15:00:00", "hour"], ["לפני 2 שע'", "2025-08-14T16:00:00", "hour"], ["לפני 5 דק׳", "2025-08-14T17:55:00", "minute"],
    ["prije 2 h", "2025-08-14T16:00:00", "hour"], ["pred 2 h", "2025-08-14T16:00:00", "hour"],
    // The abbreviations without "ago", or with the future's word, stay durations.
    ["2 Tg.", null], ["in 2 Wo.", null], ["2 hr", null], ["za 2 tyg.", null], ["om 2 t.", null], ["2 г.", null], ["через 2 г.", null],
  ]),
  // Weekday abbreviations of the Nordic, Czech, Slovak, Croatian and Dutch pages, beside a date only.
  ...rows("weekday-abbreviations", [
    ["tor. 14. aug. 2025", "2025-08-14T00:00:00", "day"], ["tor. 14. aug. 2025 kl. 10:32", "2025-08-14T10:32:00", "minute"],
    ["ons 13. aug. 2025", "2025-08-13T00:00:00", "day"], ["tors 14 aug. 2025 10:32", "2025-08-14T10:32:00", "minute"],
    ["sön 10 aug 2025", "2025-08-10T00:00:00", "day"], ["čt 14. 8. 2025", "2025-08-14T00:00:00", "day"], ["čt 14. srpna 2025", "2025-08-14T00:00:00", "day"],
    ["st 13. 8. 2025 18:45", "2025-08-13T18:45:00", "minute"], ["št 14. augusta 2025", "2025-08-14T00:00:00", "day"],
    ["čet, 14. kolovoza 2025.", "2025-08-14T00:00:00", "day", { raw: "čet, 14. kolovoza 2025" }], ["do 14 aug 2025", "2025-08-14T00:00:00", "day"],
    ["wo 13-08-2025 18:45", "2025-08-13T18:45:00", "minute"],
    // Alone (or with a clock as a listing prints it), or a word of another language, they date nothing.
    ["tor", null], ["ons", null], ["st 5 pm", null], ["tor. 14.", null], ["Editor 14", null],
  ]),
  // Brazilian clocks with the minutes' word (`10h32min`).
  ...rows("clock-minutes-word-pt", [
    ["14/08/2025 às 10h32min", "2025-08-14T10:32:00", "minute"], ["14/08/2025 10h32min", "2025-08-14T10:32:00", "minute"],
    ["ontem às 17h05min", "2025-08-13T17:05:00", "minute"], ["Publicado em 14/08/2025 - 10h32min", "2025-08-14T10:32:00", "minute"],
    ["Duração 10:32 min", null],
  ]),
];
