/**
 * Timestamp table, part 5: the families round 2 of issue 16 adds (weekdays with a part of the
 * day, decimal amounts, labelled ISO basic dates, French spaced clocks, es/pt/it ordinal
 * indicators, a byline after a stamp) and guard rows for forms checked and already read, each
 * family with its look-alike non-dates. Values are invented; the source of each family's shape
 * is noted ("parser suites" = chrono-node, dateparser and the Moment/date-fns locales; "page
 * corpus" = shapes `scripts/survey-stamps.ts` finds in `../shared/corpus`).
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC. The weekdays before it: Wed 13, Tue 12, Mon 11,
 * Sun 10, Sat 9, Fri 8, and Thursday 7 August (never the reference day itself).
 */
import { type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
const NY = { timeZone: "America/New_York" } as const;
const PARIS = { timeZone: "Europe/Paris" } as const;

export const ROUND2_CASES: readonly TimestampCase[] = [
  // Source: parser suites (chrono-node `Sunday night`, dateparser `lundi soir`); news stamps of live pages.
  // A part of the day names no clock: the weekday at day precision.
  ...rows("weekday-daypart-en", [
    ["Sunday night", "2025-08-10T00:00:00", "day"], ["Monday morning", "2025-08-11T00:00:00", "day"],
    ["Tuesday afternoon", "2025-08-12T00:00:00", "day"], ["Wednesday evening", "2025-08-13T00:00:00", "day"],
    ["Thursday night", "2025-08-07T00:00:00", "day"], ["Friday night", "2025-08-08T00:00:00", "day"],
    ["Saturday morning", "2025-08-09T00:00:00", "day"], ["last Friday evening", "2025-08-08T00:00:00", "day"],
    ["on Sunday morning", "2025-08-10T00:00:00", "day"], ["this past Saturday night", "2025-08-09T00:00:00", "day"],
    ["Monday late night", "2025-08-11T00:00:00", "day"], ["Sunday night", "2025-08-10T04:00:00", "day", NY],
    // Title case is a show or a column, not a stamp; abbreviations need a date.
    ["Sunday Night", null], ["Monday Morning", null], ["Monday Night Football", null], ["Saturday Night Fever", null],
    ["Monday morning briefing", null], ["Sunday night football", null], ["Sun night", null], ["Fri morning", null],
    ["every Sunday night", null], ["Sunday nights", null], ["Sunday night and Monday morning", null],
    ["morning Sunday", null], ["Sunday night?", null],
  ]),
  ...rows("weekday-daypart-fr", [
    ["lundi soir", "2025-08-11T00:00:00", "day"], ["dimanche matin", "2025-08-10T00:00:00", "day"],
    ["samedi après-midi", "2025-08-09T00:00:00", "day"], ["vendredi dernier au soir", "2025-08-08T00:00:00", "day"],
    ["mercredi en soirée", "2025-08-13T00:00:00", "day"], ["le mardi matin", "2025-08-12T00:00:00", "day"],
    ["dimanche soir", "2025-08-09T22:00:00", "day", PARIS],
    ["Le Dimanche Soir", null], ["Lundi Matin", null], ["dimanche soir et lundi", null], ["soir de lundi", null],
  ]),
  ...rows("weekday-daypart-es", [
    ["domingo por la noche", "2025-08-10T00:00:00", "day"], ["el lunes por la mañana", "2025-08-11T00:00:00", "day"],
    ["sábado por la tarde", "2025-08-09T00:00:00", "day"], ["el pasado viernes por la noche", "2025-08-08T00:00:00", "day"],
    ["miércoles de madrugada", "2025-08-13T00:00:00", "day"],
    ["Domingo Por La Noche", null], ["noche de sábado", null], ["domingo por la noche en directo", null],
  ]),
  ...rows("weekday-daypart-pt", [
    ["domingo à noite", "2025-08-10T00:00:00", "day"], ["segunda-feira de manhã", "2025-08-11T00:00:00", "day"],
    ["sábado à tarde", "2025-08-09T00:00:00", "day"], ["na sexta-feira à noite", "2025-08-08T00:00:00", "day"],
    ["Domingo À Noite", null], ["noite de sábado", null],
  ]),
  ...rows("weekday-daypart-it", [
    ["domenica sera", "2025-08-10T00:00:00", "day"], ["lunedì mattina", "2025-08-11T00:00:00", "day"],
    ["sabato pomeriggio", "2025-08-09T00:00:00", "day"], ["venerdì notte", "2025-08-08T00:00:00", "day"],
    ["Domenica Sera", null], ["sabato sera in tv", null],
  ]),
  ...rows("weekday-daypart-de", [
    ["Sonntagabend", "2025-08-10T00:00:00", "day"], ["am Montagmorgen", "2025-08-11T00:00:00", "day"],
    ["Samstagnachmittag", "2025-08-09T00:00:00", "day"], ["am Freitagabend", "2025-08-08T00:00:00", "day"],
    ["Sonntag früh", "2025-08-10T00:00:00", "day"],
    ["Sonntagabend-Krimi", null], ["Samstagabend Show", null], ["jeden Sonntagabend", null],
  ]),
  ...rows("weekday-daypart-ar", [
    ["مساء الأحد", "2025-08-10T00:00:00", "day"], ["صباح الاثنين", "2025-08-11T00:00:00", "day"],
    ["مساء يوم السبت", "2025-08-09T00:00:00", "day"], ["صباح الجمعة", "2025-08-08T00:00:00", "day"],
    // `good evening`, `good morning`; `ليلة الأحد` is the night before Sunday, so not read.
    ["مساء الخير", null], ["صباح الخير", null], ["ليلة الأحد", null], ["مساء الأحد المقبل", null],
  ]),
  // Source: parser suites (dateparser `1.5 hours ago`, `vor 1,5 Stunden`); social and forum stamps.
  // The amount moves to the next smaller unit, so the instant is exact and the precision is that unit.
  ...rows("decimal-amounts", [
    ["1.5 hours ago", `${D}16:30:00`, "minute"], ["2.5 hours ago", `${D}15:30:00`, "minute"],
    ["0.5 hours ago", `${D}17:30:00`, "minute"], ["1.25 hours ago", `${D}16:45:00`, "minute"],
    ["1.5h ago", `${D}16:30:00`, "minute"], ["1.5 min ago", `${D}17:58:30`, "second"],
    ["1.5 days ago", "2025-08-13T06:00:00", "hour"], ["2.5 days ago", "2025-08-12T06:00:00", "hour"],
    ["1.5 years ago", "2024-02-14T18:00:00", "month"], ["vor 1,5 Stunden", `${D}16:30:00`, "minute"],
    ["il y a 1,5 heure", `${D}16:30:00`, "minute"], ["hace 1,5 horas", `${D}16:30:00`, "minute"],
    ["há 2,5 horas", `${D}15:30:00`, "minute"], ["1,5 ore fa", `${D}16:30:00`, "minute"],
    ["منذ 1.5 ساعة", `${D}16:30:00`, "minute"],
    ["1.5 hours", null], ["2.5 days", null], ["1.5 hours of footage", null], ["4.5 out of 5", null],
    ["Version 1.5", null], ["1.5x", null], ["1.5h", null], ["0.5h", null], ["1.5.2 hours ago", null],
    ["2.5 million views", null], ["3.5 stars", null], ["1,5 Stunden", null], ["$1.50", null],
  ]),
  // Source: page corpus (CMS footers print `Updated 20250814`), htmldate's compact-date tests.
  // Only after a label: eight digits alone are an order number or an id.
  ...rows("labelled-basic-date", [
    ["Updated 20250814", `${D}00:00:00`, "day"], ["Published: 20250731", "2025-07-31T00:00:00", "day"],
    ["Date: 20250812 10:32", "2025-08-12T10:32:00", "minute"], ["Veröffentlicht 20250810", "2025-08-10T00:00:00", "day"],
    ["20250814", null], ["Order 20250814", null], ["Updated 20251332", null], ["Updated 12345678", null],
    ["Ref. 20250814", null], ["Updated 202508140", null], ["Updated 20250230", null],
  ]),
  // Source: page corpus (French regional publishers print `14 h 30`), dateparser's French tests.
  ...rows("spaced-clock-fr", [
    ["hier à 17 h 30", "2025-08-13T17:30:00", "minute"], ["Publié le 3 août 2025 à 14 h 30", "2025-08-03T14:30:00", "minute"],
    ["Publié le 3 août 2025 à 14 h 30", "2025-08-03T12:30:00", "minute", PARIS],
    ["Mis à jour le 12 août 2025 à 9 h", "2025-08-12T09:00:00", "hour"], ["Mis à jour à 14 h 30", `${D}14:30:00`, "minute"],
    ["lundi à 8 h 15", "2025-08-11T08:15:00", "minute"], ["12/08/2025 à 10 h 05", "2025-08-12T10:05:00", "minute"],
    ["14 h 30", null], ["de 9 h à 18 h", null], ["24 h sur 24", null], ["Ouvert à 9 h", null],
    ["Publié le 3 août 2025 à 14 h 75", null], ["3 août 2025 à 25 h", null],
  ]),
  // Source: parser suites (Moment/date-fns es/pt/it ordinals), Italian and Spanish news stamps.
  ...rows("ordinal-indicators", [
    ["1° marzo 2025", "2025-03-01T00:00:00", "day"], ["1° agosto", "2025-08-01T00:00:00", "day"],
    ["Aggiornato il 1° agosto 2025 alle 10:32", "2025-08-01T10:32:00", "minute"],
    ["1.º de agosto de 2025", "2025-08-01T00:00:00", "day"], ["1.º de mayo", "2025-05-01T00:00:00", "day"],
    ["1.º de julho de 2025", "2025-07-01T00:00:00", "day"],
    ["25° C", null], ["30°", null], ["1° posto", null], ["1.º lugar", null], ["1° premio 2025", null], ["1°C marzo", null],
  ]),
  // Source: page corpus (`Posted 3 hours ago by ...` under headlines), dateparser's byline tests.
  // `raw` is the stamp alone; the name is the byline's.
  ...rows("byline-after-stamp", [
    ["Posted 3 hours ago by Jane Doe", `${D}15:00:00`, "hour", { raw: "Posted 3 hours ago" }],
    ["2 hours ago by Sam Rivers", `${D}16:00:00`, "hour", { raw: "2 hours ago" }],
    ["Updated Aug 12, 2025 by Lee Park", "2025-08-12T00:00:00", "day", { raw: "Updated Aug 12, 2025" }],
    ["il y a 2 heures par Marie Dupont", `${D}16:00:00`, "hour", { raw: "il y a 2 heures" }],
    ["vor 3 Stunden von Max Muster", `${D}15:00:00`, "hour", { raw: "vor 3 Stunden" }],
    ["hace 2 horas por Ana López", `${D}16:00:00`, "hour", { raw: "hace 2 horas" }],
    // Round 1 kept these two as no timestamp; a byline is the rest of the line, as a source name is.
    ["Updated 2 hours ago by Jane", `${D}16:00:00`, "hour", { raw: "Updated 2 hours ago" }],
    ["Edited 2 hours ago by Jane", `${D}16:00:00`, "hour", { raw: "Edited 2 hours ago" }],
    ["3 hours ago by car", null], ["2 days ago by the river", null], ["3 hours ago by Jane Doe and friends", null],
    ["by Jane Doe", null], ["Posted by Jane Doe", null], ["2025 by Jane Doe", null],
  ]),
  // Source: page corpus and parser suites (British pages print `Thu 14 Aug 2025 10.32 BST`,
  // Italian ones `alle 10.32`). A dotted clock is a clock only beside a date, a day word, a
  // meridiem or a zone: `Updated 10.32` may be a version, `10.32` a price.
  ...rows("dotted-clock", [
    ["Thu 14 Aug 2025 10.32 BST", `${D}09:32:00`, "minute"], ["14 August 2025 10.32", `${D}10:32:00`, "minute"],
    ["Aggiornato il 14 agosto 2025 alle 10.32", `${D}10:32:00`, "minute"], ["14/08/2025 ore 10.32", `${D}10:32:00`, "minute"],
    ["yesterday at 10.32", "2025-08-13T10:32:00", "minute"], ["Updated 10.32am", `${D}10:32:00`, "minute"],
    ["Updated 10.32 BST", `${D}09:32:00`, "minute"], ["Wed 13 Aug 2025 21.05 BST", "2025-08-13T20:05:00", "minute"],
    ["10.32", null], ["Updated 10.32", null], ["10.32 BST", null], ["Mon 10.32", null], ["Aug 14, 2025 10.75", null],
    ["Aug 14, 2025 24.10", null], ["14 August 2025 1.5", null], ["Version 2.10 BST", null], ["2.25 pm", null],
  ]),
  ...rows("vague-amounts-en", [
    ["couple hours ago", `${D}16:00:00`, "hour"], ["couple of days ago", "2025-08-12T18:00:00", "day"],
    ["couple hours", null], ["a couple", null], ["Couple of the Year 2025", null],
  ]),
  // Forms the round-2 brief asked to check: read already, kept here as guards.
  // Source: parser suites (chrono-node, dateparser), page corpus (labels, Levantine and Maghreb months).
  ...rows("checked-forms", [
    ["Updated: 2 hrs ago", `${D}16:00:00`, "hour"], ["Today, 10:15", `${D}10:15:00`, "minute"],
    ["10:15 Today", `${D}10:15:00`, "minute"], ["3 days, 4 hours ago", "2025-08-11T14:00:00", "hour"],
    ["2025-08-14t10:32:00z", `${D}10:32:00`, "second"], ["1er mars 2025", "2025-03-01T00:00:00", "day"],
    ["3 آذار 2025", "2025-03-03T00:00:00", "day"], ["5 نيسان 2025", "2025-04-05T00:00:00", "day"],
    ["3 مارس 2025", "2025-03-03T00:00:00", "day"], ["5 أبريل 2025", "2025-04-05T00:00:00", "day"],
    ["منذ ٣ ساعات", `${D}15:00:00`, "hour"], ["Sept. 3, 2024", "2024-09-03T00:00:00", "day"],
    // Unix timestamps, ISO week dates, a bare Arabic duration, a reading time: no stamps.
    ["1723658400", null], ["1755194400000", null], ["2025-W33", null], ["2025-W33-4", null],
    ["٣ ساعات", null], ["5 min read", null], ["12 min read", null],
  ]),
];
