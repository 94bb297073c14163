/**
 * Timestamp table, part 8: the locales round 7 adds (Polish, Dutch, Turkish, Indonesian), each
 * with look-alikes that must stay unread (durations, the future, names, words that fold onto a
 * month abbreviation once accents are dropped). Values are invented. Source of the shapes: the
 * forms the Moment, date-fns and dateparser locales document for these languages, and the stamp
 * shapes news heads print (day, month name, year; `N units ago`; `yesterday at hh:mm`; a
 * `Published`/`Updated` label).
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC. The weekdays before it: Wed 13, Tue 12,
 * Mon 11, Sun 10, Sat 9, Fri 8, Thu 7.
 */
import { type Extra, type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
// Warsaw in August is CEST (UTC+2).
const WARSAW: Extra = { timeZone: "Europe/Warsaw" };
// Amsterdam in August is CEST (UTC+2).
const AMSTERDAM: Extra = { timeZone: "Europe/Amsterdam" };

export const ROUND7_CASES: readonly TimestampCase[] = [
  ...rows("locale-pl", [
    ["5 minut temu", `${D}17:55:00`, "minute"], ["1 minutę temu", `${D}17:59:00`, "minute"],
    ["minutę temu", `${D}17:59:00`, "minute"], ["godzinę temu", `${D}17:00:00`, "hour"],
    ["2 godziny temu", `${D}16:00:00`, "hour"], ["5 godzin temu", `${D}13:00:00`, "hour"],
    ["3 dni temu", "2025-08-11T18:00:00", "day"], ["tydzień temu", "2025-08-07T18:00:00", "day"],
    ["2 tygodnie temu", "2025-07-31T18:00:00", "day"], ["miesiąc temu", "2025-07-14T18:00:00", "month"],
    ["3 miesiące temu", "2025-05-14T18:00:00", "month"], ["rok temu", "2024-08-14T18:00:00", "year"],
    ["5 lat temu", "2020-08-14T18:00:00", "year"], ["2 lata temu", "2023-08-14T18:00:00", "year"],
    ["30 sekund temu", `${D}17:59:30`, "second"], ["5 min temu", `${D}17:55:00`, "minute"],
    ["5 min. temu", `${D}17:55:00`, "minute"], ["2 godz. temu", `${D}16:00:00`, "hour"],
    ["pół godziny temu", `${D}17:30:00`, "minute"], ["półtorej godziny temu", `${D}16:30:00`, "minute"],
    ["kilka minut temu", `${D}17:57:00`, "minute"], ["około 2 godzin temu", `${D}16:00:00`, "hour"],
    ["dwie godziny temu", `${D}16:00:00`, "hour"], ["przed chwilą", `${D}18:00:00`, "minute"],
    ["chwilę temu", `${D}18:00:00`, "minute"], ["Zaktualizowano 5 minut temu", `${D}17:55:00`, "minute"],
    ["1 godzinę i 20 minut temu", `${D}16:40:00`, "minute"], ["1,5 godziny temu", `${D}16:30:00`, "minute"],
    ["dziś", `${D}00:00:00`, "day"], ["Dzisiaj", `${D}00:00:00`, "day"], ["Wczoraj", "2025-08-13T00:00:00", "day"],
    ["przedwczoraj", "2025-08-12T00:00:00", "day"], ["wczoraj o 17:30", "2025-08-13T17:30:00", "minute"],
    ["dzisiaj o 09:15", `${D}09:15:00`, "minute"], ["wczoraj wieczorem", "2025-08-13T00:00:00", "day"],
    ["w zeszłym tygodniu", "2025-08-07T18:00:00", "day"], ["w ubiegłym roku", "2024-08-14T18:00:00", "year"],
    ["w piątek", "2025-08-08T00:00:00", "day"], ["poniedziałek", "2025-08-11T00:00:00", "day"],
    ["w środę", "2025-08-13T00:00:00", "day"], ["we wtorek", "2025-08-12T00:00:00", "day"],
    ["w piątek wieczorem", "2025-08-08T00:00:00", "day"], ["w zeszłą niedzielę", "2025-08-10T00:00:00", "day"],
    ["5 marca 2024", "2024-03-05T00:00:00", "day"], ["5 marca 2024 r.", "2024-03-05T00:00:00", "day"],
    ["5 marca 2024 roku", "2024-03-05T00:00:00", "day"], ["12 lip 2025", "2025-07-12T00:00:00", "day"],
    ["1 stycznia 2025", "2025-01-01T00:00:00", "day"], ["31 grudnia 2024 r.", "2024-12-31T00:00:00", "day"],
    ["12 sierpnia", "2025-08-12T00:00:00", "day"], ["3 października 2024", "2024-10-03T00:00:00", "day"],
    ["maj 2024", "2024-05-01T00:00:00", "month"], ["wrzesień 2024", "2024-09-01T00:00:00", "month"],
    ["12 wrz. 2024", "2024-09-12T00:00:00", "day"], ["20 lis 2024", "2024-11-20T00:00:00", "day"],
    ["wtorek, 12 sierpnia 2025", "2025-08-12T00:00:00", "day"], ["Pt, 8 sierpnia 2025", "2025-08-08T00:00:00", "day"],
    ["5 marca 2024 r. o 10:32", "2024-03-05T10:32:00", "minute"], ["12 sierpnia 2025, 10:32", "2025-08-12T10:32:00", "minute"],
    ["Opublikowano: 14.08.2025 10:32", `${D}10:32:00`, "minute"],
    ["Aktualizacja: 13 sierpnia 2025, 21:05", "2025-08-13T21:05:00", "minute"],
    ["Data publikacji: 12.08.2025, 10:32", "2025-08-12T10:32:00", "minute"],
    ["14.08.2025, 10:32", `${D}08:32:00`, "minute", WARSAW],
    ["Kurier Dnia · 3 godziny temu", `${D}15:00:00`, "hour", { raw: "3 godziny temu" }],
  ]),
  ...rows("locale-pl", [
    ["za 5 minut", null], ["za godzinę", null], ["5 minut", null], ["2 godziny", null], ["jutro", null],
    ["5 minut czytania", null], ["w przyszłym tygodniu", null], ["24 godziny na dobę", null],
    ["Godzina zero", null], ["Wczoraj i dziś", null], ["Wiadomości dnia", null],
    ["Maj 2024 był gorący", null], ["2 godziny temu w Krakowie", null], ["za 2 dni", null],
    ["5 lat później", null], ["przez 5 minut", null], ["Dziś w numerze", null],
    // `się` folds onto `sie`, the August abbreviation no Polish entry keeps.
    ["12 się", null], ["12 się 2025", null], ["Stało się 12", null], ["Piątek, 13-ego", null],
  ]),
  ...rows("locale-nl", [
    ["5 minuten geleden", `${D}17:55:00`, "minute"], ["1 minuut geleden", `${D}17:59:00`, "minute"],
    ["een minuut geleden", `${D}17:59:00`, "minute"], ["een uur geleden", `${D}17:00:00`, "hour"],
    ["2 uur geleden", `${D}16:00:00`, "hour"], ["5 uur geleden", `${D}13:00:00`, "hour"],
    ["3 dagen geleden", "2025-08-11T18:00:00", "day"], ["een week geleden", "2025-08-07T18:00:00", "day"],
    ["2 weken geleden", "2025-07-31T18:00:00", "day"], ["een maand geleden", "2025-07-14T18:00:00", "month"],
    ["3 maanden geleden", "2025-05-14T18:00:00", "month"], ["een jaar geleden", "2024-08-14T18:00:00", "year"],
    ["5 jaar geleden", "2020-08-14T18:00:00", "year"], ["30 seconden geleden", `${D}17:59:30`, "second"],
    ["5 min geleden", `${D}17:55:00`, "minute"], ["5 min. geleden", `${D}17:55:00`, "minute"],
    ["een half uur geleden", `${D}17:30:00`, "minute"], ["anderhalf uur geleden", `${D}16:30:00`, "minute"],
    ["een kwartier geleden", `${D}17:45:00`, "minute"], ["enkele minuten geleden", `${D}17:57:00`, "minute"],
    ["ongeveer 2 uur geleden", `${D}16:00:00`, "hour"], ["twee uur geleden", `${D}16:00:00`, "hour"],
    ["ruim een jaar geleden", "2024-08-14T18:00:00", "year"], ["1 uur en 20 minuten geleden", `${D}16:40:00`, "minute"],
    ["1,5 uur geleden", `${D}16:30:00`, "minute"], ["zojuist", `${D}18:00:00`, "minute"], ["Zonet", `${D}18:00:00`, "minute"],
    ["Bijgewerkt 5 minuten geleden", `${D}17:55:00`, "minute"],
    ["vandaag", `${D}00:00:00`, "day"], ["Gisteren", "2025-08-13T00:00:00", "day"],
    ["eergisteren", "2025-08-12T00:00:00", "day"], ["gisteren om 17:30", "2025-08-13T17:30:00", "minute"],
    ["vandaag om 09:15", `${D}09:15:00`, "minute"], ["gisteravond", "2025-08-13T00:00:00", "day"],
    ["vorige week", "2025-08-07T18:00:00", "day"], ["vorig jaar", "2024-08-14T18:00:00", "year"],
    ["vrijdag", "2025-08-08T00:00:00", "day"], ["op maandag", "2025-08-11T00:00:00", "day"],
    ["vorige zondag", "2025-08-10T00:00:00", "day"], ["zondagavond", "2025-08-10T00:00:00", "day"],
    ["14 augustus 2025", `${D}00:00:00`, "day"], ["5 maart 2024", "2024-03-05T00:00:00", "day"],
    ["5 mrt 2024", "2024-03-05T00:00:00", "day"], ["12 aug. 2025", "2025-08-12T00:00:00", "day"],
    ["1 januari 2025", "2025-01-01T00:00:00", "day"], ["31 dec. 2024", "2024-12-31T00:00:00", "day"],
    ["12 augustus", "2025-08-12T00:00:00", "day"], ["3 okt 2024", "2024-10-03T00:00:00", "day"],
    ["mei 2024", "2024-05-01T00:00:00", "month"], ["september 2024", "2024-09-01T00:00:00", "month"],
    ["dinsdag 12 augustus 2025", "2025-08-12T00:00:00", "day"], ["vr 8 aug 2025", "2025-08-08T00:00:00", "day"],
    ["14 augustus 2025 om 10:32", `${D}10:32:00`, "minute"], ["12 augustus 2025, 10:32 uur", "2025-08-12T10:32:00", "minute"],
    ["Gepubliceerd op 14 aug. 2025 om 10:32 uur", `${D}10:32:00`, "minute"],
    ["Bijgewerkt: 14-08-2025, 10:32", `${D}10:32:00`, "minute"],
    ["Laatst bijgewerkt op 13 augustus 2025", "2025-08-13T00:00:00", "day"],
    ["Geplaatst: 12-08-2025 10:32", "2025-08-12T10:32:00", "minute"],
    ["14-08-2025, 10:32", `${D}08:32:00`, "minute", AMSTERDAM],
    ["Dagblad Noord · 3 uur geleden", `${D}15:00:00`, "hour", { raw: "3 uur geleden" }],
  ]),
  ...rows("locale-nl", [
    ["over 5 minuten", null], ["over een uur", null], ["5 minuten", null], ["2 uur", null], ["morgen", null],
    ["5 minuten leestijd", null], ["volgende week", null], ["24 uur per dag", null], ["Het uur U", null],
    ["Gisteren en vandaag", null], ["Nieuws van de dag", null], ["Mei 2024 was warm", null],
    ["2 uur geleden in Utrecht", null], ["binnen 2 dagen", null], ["5 jaar later", null],
    ["na 10 minuten", null], ["Vandaag in de krant", null], ["Vrijdag de 13e", null], ["zojuist gelezen", null],
  ]),
];
