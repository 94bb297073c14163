/**
 * Timestamp table, part 10: Slovak, Croatian with the Serbian and Bosnian Latin forms, a stamp in
 * brackets after an optional label (`[2025-08-14 10:32]`, `(14.08.2025)`, `Label :[ 2025-08-14 10:32 ]`),
 * a day-first date closed by a full stop (`14. kolovoza 2025.`), and a verb after a relative stamp
 * (`3 dakika önce güncellendi`), a Chinese or Japanese day word glued to a half-day word (`昨天下午3点`), and
 * Chinese and Japanese labels before a clock (`发布时间：下午3:05`), names or a byline before a dated
 * stamp (`Jane Doe Harbour Times May 2nd 2025`, `Posted by: Jane at December 19, 2024`), a year glued to
 * the next word (`townJune 17, 2021lavender`), and a year apart after a dash (`12/19 — 2024`). Each family has look-alikes that must stay unread. Values are
 * invented; the shapes are those the Moment, date-fns and dateparser locales document.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type Extra, type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
// Bratislava and Zagreb in August are CEST (UTC+2).
const CEST: Extra = { timeZone: "Europe/Bratislava" };

export const ROUND9_CASES: readonly TimestampCase[] = [
  ...rows("locale-sk", [
    ["pred 5 minútami", `${D}17:55:00`, "minute"], ["pred minútou", `${D}17:59:00`, "minute"],
    ["pred hodinou", `${D}17:00:00`, "hour"], ["pred 2 hodinami", `${D}16:00:00`, "hour"],
    ["pred 3 dňami", "2025-08-11T18:00:00", "day"], ["pred týždňom", "2025-08-07T18:00:00", "day"],
    ["pred rokom", "2024-08-14T18:00:00", "year"], ["dnes", `${D}00:00:00`, "day"], ["včera", "2025-08-13T00:00:00", "day"],
    ["včera o 17:30", "2025-08-13T17:30:00", "minute"], ["14. augusta 2025", `${D}00:00:00`, "day"],
    ["štvrtok 7. augusta 2025", "2025-08-07T00:00:00", "day"], ["3. decembra 2024", "2024-12-03T00:00:00", "day"],
    ["Publikované: 14. 8. 2025 10:32", `${D}08:32:00`, "minute", CEST],
    ["Aktualizované 13. augusta 2025, 21:05", "2025-08-13T19:05:00", "minute", CEST],
    ["práve teraz", `${D}18:00:00`, "minute"],
    ["o 5 minút", null], ["pred domom", null], ["5 minút", null], ["o 2 hodiny", null],
  ]),
  ...rows("locale-hr", [
    ["prije 5 minuta", `${D}17:55:00`, "minute"], ["pre 5 minuta", `${D}17:55:00`, "minute"],
    ["prije sat vremena", `${D}17:00:00`, "hour"], ["prije 2 sata", `${D}16:00:00`, "hour"],
    ["prije 3 dana", "2025-08-11T18:00:00", "day"], ["pre 2 nedelje", "2025-07-31T18:00:00", "day"],
    ["prije mjesec dana", "2025-07-14T18:00:00", "month"],
    ["danas", `${D}00:00:00`, "day"], ["jučer", "2025-08-13T00:00:00", "day"], ["juče", "2025-08-13T00:00:00", "day"],
    ["jučer u 17:30", "2025-08-13T17:30:00", "minute"], ["juče u 17:30", "2025-08-13T17:30:00", "minute"],
    ["14. kolovoza 2025", `${D}00:00:00`, "day"], ["14. avgusta 2025", `${D}00:00:00`, "day"],
    ["3. prosinca 2024", "2024-12-03T00:00:00", "day"], ["četvrtak, 7. kolovoza 2025", "2025-08-07T00:00:00", "day"],
    ["Objavljeno: 14.08.2025 10:32", `${D}08:32:00`, "minute", CEST],
    ["Ažurirano 13. kolovoza 2025, 21:05", "2025-08-13T19:05:00", "minute", CEST],
    ["za 5 minuta", null], ["5 minuta", null], ["prije utakmice", null], ["sat", null], ["Dan Brown", null],
  ]),
  ...rows("year-full-stop", [
    ["14. kolovoza 2025.", `${D}00:00:00`, "day", { raw: "14. kolovoza 2025" }],
    ["14.08.2025.", `${D}00:00:00`, "day", { raw: "14.08.2025" }],
    ["3. avgusta 2024.", "2024-08-03T00:00:00", "day", { raw: "3. avgusta 2024" }],
    // Then a clock, after the stop or the one-letter `u` (Croatian, Serbian) or `o` (Slovak).
    ["14.08.2025. u 10:32", `${D}08:32:00`, "minute", CEST], ["14. kolovoza 2025. u 10:32", `${D}08:32:00`, "minute", CEST],
    ["Objavljeno: 14.08.2025. u 10:32", `${D}08:32:00`, "minute", CEST], ["14. augusta 2025 o 10:32", `${D}08:32:00`, "minute", CEST],
    ["14.08.2025. 10:32", `${D}08:32:00`, "minute", CEST],
    ["May 2025 o 10:32", null], ["Season 2025 u 10:32", null], ["in 2019. 10:32", null],
    // A year closing a sentence is no date.
    ["in 2019.", null], ["2025.", null], ["Season 2025.", null], ["May 2019.", null],
  ]),
  ...rows("bracketed", [
    ["[2025-08-14 10:32]", `${D}10:32:00`, "minute"], ["(14.08.2025)", `${D}00:00:00`, "day"],
    ["( 14 August 2025 )", `${D}00:00:00`, "day"], ["【2025-08-14】", `${D}00:00:00`, "day"],
    ["기사입력 :[ 2025-08-14 10:32 ]", `${D}10:32:00`, "minute"], ["Updated (14.08.2025)", `${D}00:00:00`, "day"],
    ["[14.08.2025 10:32]", `${D}10:32:00`, "minute"],
    // What brackets hold beside a stamp's look-alikes: a year, a footnote, a source, a score.
    ["(2025)", null], ["[1]", null], ["(14.08)", null], ["Photo (Harbour Gazette)", null], ["[3-1]", null],
    ["(see page 12)", null],
  ]),
  ...rows("cjk-glued-half-day", [
    ["昨天下午3点", "2025-08-13T15:00:00", "hour"], ["今天下午3:05", `${D}15:05:00`, "minute"],
    ["今天上午10:30", `${D}10:30:00`, "minute"], ["昨日午後3時", "2025-08-13T15:00:00", "hour"],
    ["前天晚上8点", "2025-08-12T20:00:00", "hour"],
    ["发布时间：下午3:05", `${D}15:05:00`, "minute"], ["发布时间：15:05", `${D}15:05:00`, "minute"],
    ["發布時間：2025-08-14 10:32", `${D}10:32:00`, "minute"], ["更新時間：2025年8月14日 10:32", `${D}10:32:00`, "minute"],
    ["公開日：2025年8月14日", `${D}00:00:00`, "day"],
    // A half-day word without a clock, a clock without a day word or a label, a label alone.
    ["昨天下午茶", null], ["今天下午", null], ["下午茶", null], ["发布时间", null], ["发布时间：下午", null],
  ]),
  ...rows("names-before", [
    ["Jane Doe Harbour Times May 2nd 2025", "2025-05-02T00:00:00", "day", { raw: "May 2nd 2025" }],
    ["Posted by: Jane at December 19, 2024 12:15 PM", "2024-12-19T12:15:00", "minute", { raw: "December 19, 2024 12:15 PM" }],
    ["Ann Poe Valley Ledger Staff August 13, 2025", "2025-08-13T00:00:00", "day", { raw: "August 13, 2025" }],
    ["Par Marie Durand le 13 août 2025", "2025-08-13T00:00:00", "day", { raw: "le 13 août 2025" }],
    // Prose before a date, a month alone, a version, a relative stamp after bare names.
    ["The talks resumed on May 2nd 2025", null], ["Chapter Five May 2025", null], ["Node 1.1.10", null],
    ["Apple iPhone 16 September 9, 2025", null], ["Jane Doe 3 hours ago", null],
  ]),
  ...rows("glued-year-end", [
    ["HealthDECEMBER 22, 2022Updated:", "2022-12-22T00:00:00", "day", { raw: "DECEMBER 22, 2022" }],
    ["townJune 17, 2021lavender", "2021-06-17T00:00:00", "day", { raw: "June 17, 2021" }],
    ["August 13, 2025Share", "2025-08-13T00:00:00", "day", { raw: "August 13, 2025" }],
    ["14.08.2025Updated", `${D}00:00:00`, "day", { raw: "14.08.2025" }],
    // A year alone, or a month and year, glued to a word: a season, an edition, a version.
    ["Since 2021lavender", null], ["2022Updated:", null], ["Season 2024Finals", null], ["May 2025Edition", null], ["v1.1.2025beta", null],
  ]),
  ...rows("year-apart", [
    ["12/19 — 2024", "2024-12-19T00:00:00", "day", { dateOrder: "MDY" }], ["19.12 – 2024", "2024-12-19T00:00:00", "day"],
    ["14/8 - 2025", `${D}00:00:00`, "day"],
    ["12/45 — 2025", null], ["12/19 — 2125", null], ["12/19 — 20255", null],
  ]),
  ...rows("verb-after", [
    ["3 dakika önce güncellendi", `${D}17:57:00`, "minute", { raw: "3 dakika önce" }],
    ["2 saat önce yayınlandı", `${D}16:00:00`, "hour", { raw: "2 saat önce" }],
    ["vor 3 Stunden aktualisiert", `${D}15:00:00`, "hour", { raw: "vor 3 Stunden" }],
    ["3 dakika önce geldi", null], ["güncellendi", null], ["3 dakika güncellendi", null],
  ]),
];
