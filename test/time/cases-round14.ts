/**
 * Timestamp table, part 15 (round fourteen): Finnish, Catalan, Bulgarian, Serbian in Cyrillic,
 * Slovenian, Lithuanian, Latvian, Estonian, Urdu and Tamil, family by family (relative amounts with
 * the unit in the case the language prints after its "ago", the one-unit form, day words with a
 * clock, dates with month names in the cases printed beside a day, numeric dates in the local order
 * with the local clock words and year words, published and updated labels), each with look-alikes
 * held to `null` (the future, durations, names). Then a relative amount shorter than a day with a
 * clock beside it (`2 hours ago (10:32 AM)`): the amount decides. Values are invented; the shapes
 * are those the Moment, date-fns and dateparser locales document.
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC.
 */
import { type Extra, type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
// In August: Helsinki, Sofia, Vilnius, Riga and Tallinn are UTC+3; Madrid, Belgrade and Ljubljana
// UTC+2; Karachi UTC+5; Chennai UTC+5:30. Helsinki in March is UTC+2.
const HELSINKI: Extra = { timeZone: "Europe/Helsinki" };
const MADRID: Extra = { timeZone: "Europe/Madrid" };
const SOFIA: Extra = { timeZone: "Europe/Sofia" };
const BELGRADE: Extra = { timeZone: "Europe/Belgrade" };
const LJUBLJANA: Extra = { timeZone: "Europe/Ljubljana" };
const VILNIUS: Extra = { timeZone: "Europe/Vilnius" };
const RIGA: Extra = { timeZone: "Europe/Riga" };
const TALLINN: Extra = { timeZone: "Europe/Tallinn" };
const KARACHI: Extra = { timeZone: "Asia/Karachi" };
const CHENNAI: Extra = { timeZone: "Asia/Kolkata" };

export const ROUND14_CASES: readonly TimestampCase[] = [
  ...rows("locale-fi", [
    ["2 tuntia sitten", `${D}16:00:00`, "hour"], ["tunti sitten", `${D}17:00:00`, "hour"],
    ["5 minuuttia sitten", `${D}17:55:00`, "minute"], ["minuutti sitten", `${D}17:59:00`, "minute"],
    ["12 min sitten", `${D}17:48:00`, "minute"], ["3 päivää sitten", "2025-08-11T18:00:00", "day"],
    ["viikko sitten", "2025-08-07T18:00:00", "day"], ["2 viikkoa sitten", "2025-07-31T18:00:00", "day"],
    ["kuukausi sitten", "2025-07-14T18:00:00", "month"], ["vuosi sitten", "2024-08-14T18:00:00", "year"],
    ["noin 3 tuntia sitten", `${D}15:00:00`, "hour"], ["juuri nyt", `${D}18:00:00`, "minute"],
    ["tänään", `${D}00:00:00`, "day"], ["eilen", "2025-08-13T00:00:00", "day"],
    ["eilen klo 17.30", "2025-08-13T17:30:00", "minute"], ["tänään klo 9.05", `${D}09:05:00`, "minute"],
    ["5. maaliskuuta 2025", "2025-03-05T00:00:00", "day"], ["14. elokuuta 2025", `${D}00:00:00`, "day"],
    ["5.3.2025 klo 14.20", "2025-03-05T12:20:00", "minute", HELSINKI],
    ["Julkaistu 14.8.2025 10:32", `${D}07:32:00`, "minute", HELSINKI],
    ["Päivitetty: 13.8.2025 klo 21.05", "2025-08-13T18:05:00", "minute", HELSINKI],
    ["torstaina 7.8.2025", "2025-08-07T00:00:00", "day"], ["ti 12.8.2025", "2025-08-12T00:00:00", "day"],
    ["maanantaina", "2025-08-11T00:00:00", "day"], ["elokuussa 2025", "2025-08-01T00:00:00", "month"],
    // The future (`päästä`, `kuluttua`), a duration, a count of things, names.
    ["2 tunnin päästä", null], ["tunnin kuluttua", null], ["2 tuntia", null], ["sitten", null],
    ["Eilen ja tänään", null], ["Tunti", null],
  ]),
  ...rows("locale-ca", [
    ["fa 3 hores", `${D}15:00:00`, "hour"], ["fa una hora", `${D}17:00:00`, "hour"],
    ["fa 5 minuts", `${D}17:55:00`, "minute"], ["fa un minut", `${D}17:59:00`, "minute"],
    ["fa 2 dies", "2025-08-12T18:00:00", "day"], ["fa una setmana", "2025-08-07T18:00:00", "day"],
    ["fa 2 mesos", "2025-06-14T18:00:00", "month"], ["fa un any", "2024-08-14T18:00:00", "year"],
    ["fa uns minuts", `${D}17:57:00`, "minute"], ["ara mateix", `${D}18:00:00`, "minute"],
    ["avui", `${D}00:00:00`, "day"], ["ahir", "2025-08-13T00:00:00", "day"],
    ["ahir a les 17:30", "2025-08-13T17:30:00", "minute"], ["avui a les 9:05", `${D}09:05:00`, "minute"],
    ["5 de març de 2025", "2025-03-05T00:00:00", "day"], ["14 d'agost de 2025", `${D}00:00:00`, "day"],
    ["1 d'octubre de 2024", "2024-10-01T00:00:00", "day"], ["dijous, 7 d'agost de 2025", "2025-08-07T00:00:00", "day"],
    ["12 de gen. de 2025", "2025-01-12T00:00:00", "day"],
    ["Publicat el 14/08/2025 a les 10:32", `${D}08:32:00`, "minute", MADRID],
    ["Actualitzat: 13.08.2025 - 21:05 h", "2025-08-13T19:05:00", "minute", MADRID],
    ["14 d'agost de 2025, 10:32", `${D}08:32:00`, "minute", MADRID], ["dilluns", "2025-08-11T00:00:00", "day"],
    // The future (`d'aquí a`, `en`), a duration, a note of the scale, a name.
    ["d'aquí a 3 hores", null], ["en 3 hores", null], ["3 hores", null], ["fa", null], ["Fa sostingut", null],
    ["Sant Jordi", null], ["set 3", null],
  ]),
  ...rows("locale-bg", [
    ["преди 2 часа", `${D}16:00:00`, "hour"], ["преди час", `${D}17:00:00`, "hour"],
    ["преди 5 минути", `${D}17:55:00`, "minute"], ["преди минута", `${D}17:59:00`, "minute"],
    ["преди 3 дни", "2025-08-11T18:00:00", "day"], ["преди седмица", "2025-08-07T18:00:00", "day"],
    ["преди месец", "2025-07-14T18:00:00", "month"], ["преди 2 години", "2023-08-14T18:00:00", "year"],
    ["преди около 3 часа", `${D}15:00:00`, "hour"], ["току-що", `${D}18:00:00`, "minute"],
    ["днес", `${D}00:00:00`, "day"], ["вчера", "2025-08-13T00:00:00", "day"],
    ["вчера в 17:30", "2025-08-13T17:30:00", "minute"], ["днес в 9:05", `${D}09:05:00`, "minute"],
    ["14 август 2025 г.", `${D}00:00:00`, "day"], ["5 март 2025", "2025-03-05T00:00:00", "day"],
    ["05.03.2025 г.", "2025-03-05T00:00:00", "day"], ["четвъртък, 7 август 2025", "2025-08-07T00:00:00", "day"],
    ["Публикувано: 14.08.2025 10:32", `${D}07:32:00`, "minute", SOFIA],
    ["Обновено 13 август 2025, 21:05 ч.", "2025-08-13T18:05:00", "minute", SOFIA],
    ["14.08.2025 г., 10:32 ч.", `${D}07:32:00`, "minute", SOFIA], ["понеделник", "2025-08-11T00:00:00", "day"],
    // The future (`след`, `за`), a duration, a name.
    ["след 2 часа", null], ["за 3 дни", null], ["2 часа", null], ["преди", null], ["преди срещата", null],
  ]),
  ...rows("locale-sr", [
    ["пре 3 сата", `${D}15:00:00`, "hour"], ["пре сат времена", `${D}17:00:00`, "hour"],
    ["пре 5 минута", `${D}17:55:00`, "minute"], ["пре 2 дана", "2025-08-12T18:00:00", "day"],
    ["пре недељу дана", "2025-08-07T18:00:00", "day"], ["пре месец дана", "2025-07-14T18:00:00", "month"],
    ["пре годину дана", "2024-08-14T18:00:00", "year"], ["pre godinu dana", "2024-08-14T18:00:00", "year"],
    ["данас", `${D}00:00:00`, "day"], ["јуче", "2025-08-13T00:00:00", "day"],
    ["јуче у 17:30", "2025-08-13T17:30:00", "minute"], ["14. августа 2025", `${D}00:00:00`, "day"],
    ["3. децембра 2024.", "2024-12-03T00:00:00", "day", { raw: "3. децембра 2024" }],
    ["четвртак, 7. августа 2025", "2025-08-07T00:00:00", "day"],
    ["Објављено: 14.08.2025. у 10:32", `${D}08:32:00`, "minute", BELGRADE],
    ["Ажурирано 13. августа 2025, 21:05", "2025-08-13T19:05:00", "minute", BELGRADE],
    ["управо", `${D}18:00:00`, "minute"],
    // The future (`за`), a duration, a name.
    ["за 5 минута", null], ["5 минута", null], ["пре утакмице", null], ["Дан државности", null],
  ]),
  ...rows("locale-sl", [
    ["pred 2 urama", `${D}16:00:00`, "hour"], ["pred uro", `${D}17:00:00`, "hour"],
    ["pred 5 minutami", `${D}17:55:00`, "minute"], ["pred minuto", `${D}17:59:00`, "minute"],
    ["pred 3 dnevi", "2025-08-11T18:00:00", "day"], ["pred tednom", "2025-08-07T18:00:00", "day"],
    ["pred mesecem", "2025-07-14T18:00:00", "month"], ["pred 2 letoma", "2023-08-14T18:00:00", "year"],
    ["pravkar", `${D}18:00:00`, "minute"], ["danes", `${D}00:00:00`, "day"], ["včeraj", "2025-08-13T00:00:00", "day"],
    ["včeraj ob 17:30", "2025-08-13T17:30:00", "minute"], ["14. avgusta 2025", `${D}00:00:00`, "day"],
    ["5. marca 2025", "2025-03-05T00:00:00", "day"], ["četrtek, 7. avgusta 2025", "2025-08-07T00:00:00", "day"],
    ["Objavljeno: 14. 8. 2025 ob 10:32", `${D}08:32:00`, "minute", LJUBLJANA],
    ["Posodobljeno 13. avgusta 2025, 21:05", "2025-08-13T19:05:00", "minute", LJUBLJANA],
    // The future (`čez`, `v`), a duration, a name.
    ["čez 2 uri", null], ["v 5 minutah", null], ["2 uri", null], ["pred tekmo", null], ["pred", null],
  ]),
  ...rows("locale-lt", [
    ["prieš 2 valandas", `${D}16:00:00`, "hour"], ["prieš valandą", `${D}17:00:00`, "hour"],
    ["prieš 12 valandų", `${D}06:00:00`, "hour"], ["prieš 5 minutes", `${D}17:55:00`, "minute"],
    ["prieš 15 minučių", `${D}17:45:00`, "minute"], ["prieš 3 dienas", "2025-08-11T18:00:00", "day"],
    ["prieš savaitę", "2025-08-07T18:00:00", "day"], ["prieš mėnesį", "2025-07-14T18:00:00", "month"],
    ["prieš 2 metus", "2023-08-14T18:00:00", "year"], ["ką tik", `${D}18:00:00`, "minute"],
    ["šiandien", `${D}00:00:00`, "day"], ["vakar", "2025-08-13T00:00:00", "day"],
    ["vakar 17:30", "2025-08-13T17:30:00", "minute"], ["2025 m. kovo 5 d.", "2025-03-05T00:00:00", "day"],
    ["2025 m. rugpjūčio 14 d. 10:32", `${D}07:32:00`, "minute", VILNIUS], ["rugpjūčio 7 d.", "2025-08-07T00:00:00", "day"],
    ["Paskelbta: 2025-08-14 10:32", `${D}07:32:00`, "minute", VILNIUS],
    ["Atnaujinta 2025 m. rugpjūčio 13 d. 21:05", "2025-08-13T18:05:00", "minute", VILNIUS],
    ["pirmadienį", "2025-08-11T00:00:00", "day"],
    // The future (`po`, `už`), a duration, a year alone, a name.
    ["po 2 valandų", null], ["už 3 dienų", null], ["2 valandas", null], ["2025 m.", null], ["prieš rungtynes", null],
  ]),
  ...rows("locale-lv", [
    ["pirms 2 stundām", `${D}16:00:00`, "hour"], ["pirms stundas", `${D}17:00:00`, "hour"],
    ["pirms 5 minūtēm", `${D}17:55:00`, "minute"], ["pirms minūtes", `${D}17:59:00`, "minute"],
    ["pirms 3 dienām", "2025-08-11T18:00:00", "day"], ["pirms nedēļas", "2025-08-07T18:00:00", "day"],
    ["pirms mēneša", "2025-07-14T18:00:00", "month"], ["pirms 2 gadiem", "2023-08-14T18:00:00", "year"],
    ["tikko", `${D}18:00:00`, "minute"], ["šodien", `${D}00:00:00`, "day"],
    ["vakar plkst. 17:30", "2025-08-13T17:30:00", "minute"], ["5. marts 2025", "2025-03-05T00:00:00", "day"],
    ["2025. gada 5. martā", "2025-03-05T00:00:00", "day"], ["2025. gada 14. augusts, 10:32", `${D}07:32:00`, "minute", RIGA],
    ["Publicēts: 14.08.2025 10:32", `${D}07:32:00`, "minute", RIGA],
    ["Atjaunināts 13.08.2025 plkst. 21:05", "2025-08-13T18:05:00", "minute", RIGA],
    ["ceturtdiena, 7. augusts 2025", "2025-08-07T00:00:00", "day"],
    // The future (`pēc`), a duration, a year alone, a name.
    ["pēc 2 stundām", null], ["2 stundas", null], ["2025. gada", null], ["pirms spēles", null], ["Marts", null],
  ]),
  ...rows("locale-et", [
    ["2 tundi tagasi", `${D}16:00:00`, "hour"], ["tund tagasi", `${D}17:00:00`, "hour"],
    ["5 minutit tagasi", `${D}17:55:00`, "minute"], ["5 minuti eest", `${D}17:55:00`, "minute"],
    ["3 päeva tagasi", "2025-08-11T18:00:00", "day"], ["nädal tagasi", "2025-08-07T18:00:00", "day"],
    ["kuu tagasi", "2025-07-14T18:00:00", "month"], ["2 aastat tagasi", "2023-08-14T18:00:00", "year"],
    ["just praegu", `${D}18:00:00`, "minute"], ["täna", `${D}00:00:00`, "day"], ["eile", "2025-08-13T00:00:00", "day"],
    ["eile kell 17:30", "2025-08-13T17:30:00", "minute"], ["5. märts 2025", "2025-03-05T00:00:00", "day"],
    ["14. august 2025", `${D}00:00:00`, "day"], ["14.08.2025 kell 10:32", `${D}07:32:00`, "minute", TALLINN],
    ["Avaldatud: 14.08.2025, 10:32", `${D}07:32:00`, "minute", TALLINN],
    ["Uuendatud 13. august 2025 kell 21:05", "2025-08-13T18:05:00", "minute", TALLINN],
    ["esmaspäeval", "2025-08-11T00:00:00", "day"],
    // The future (`pärast`), a duration, a name.
    ["2 tunni pärast", null], ["2 tundi", null], ["tagasi", null], ["Eile ja täna", null],
  ]),
  ...rows("locale-ur", [
    ["2 گھنٹے پہلے", `${D}16:00:00`, "hour"], ["ایک گھنٹہ قبل", `${D}17:00:00`, "hour"],
    ["5 منٹ پہلے", `${D}17:55:00`, "minute"], ["3 دن پہلے", "2025-08-11T18:00:00", "day"],
    ["ایک ہفتہ پہلے", "2025-08-07T18:00:00", "day"], ["2 ماہ قبل", "2025-06-14T18:00:00", "month"],
    ["ایک سال پہلے", "2024-08-14T18:00:00", "year"], ["۵ منٹ پہلے", `${D}17:55:00`, "minute"],
    ["ابھی", `${D}18:00:00`, "minute"], ["آج", `${D}00:00:00`, "day"], ["گزشتہ روز", "2025-08-13T00:00:00", "day"],
    ["14 اگست 2025", `${D}00:00:00`, "day"], ["5 مارچ، 2025", "2025-03-05T00:00:00", "day"],
    ["شائع 14 اگست 2025 10:32", `${D}05:32:00`, "minute", KARACHI], ["اپ ڈیٹ 13 اگست 2025", "2025-08-12T19:00:00", "day", KARACHI],
    ["پیر", "2025-08-11T00:00:00", "day"],
    // The future (`بعد`, `میں`), a duration, a word alone.
    ["2 گھنٹے بعد", null], ["2 گھنٹوں میں", null], ["2 گھنٹے", null], ["پہلے", null], ["کل", null],
  ]),
  ...rows("locale-ta", [
    ["2 மணி நேரத்திற்கு முன்பு", `${D}16:00:00`, "hour"], ["ஒரு மணி நேரத்திற்கு முன்பு", `${D}17:00:00`, "hour"],
    ["5 நிமிடங்களுக்கு முன்", `${D}17:55:00`, "minute"], ["3 நாட்களுக்கு முன்பு", "2025-08-11T18:00:00", "day"],
    ["2 வாரங்களுக்கு முன்பு", "2025-07-31T18:00:00", "day"], ["ஒரு மாதத்திற்கு முன்பு", "2025-07-14T18:00:00", "month"],
    ["2 ஆண்டுகளுக்கு முன்பு", "2023-08-14T18:00:00", "year"], ["சற்று முன்", `${D}18:00:00`, "minute"],
    ["இன்று", `${D}00:00:00`, "day"], ["நேற்று", "2025-08-13T00:00:00", "day"],
    ["14 ஆகஸ்ட் 2025", `${D}00:00:00`, "day"], ["ஆகஸ்ட் 14, 2025 10:32 AM", `${D}05:02:00`, "minute", CHENNAI],
    ["வெளியிடப்பட்டது: 14 ஆகஸ்ட் 2025", "2025-08-13T18:30:00", "day", CHENNAI],
    ["புதுப்பிக்கப்பட்டது: 14.08.2025 10:32", `${D}05:02:00`, "minute", CHENNAI],
    ["திங்கட்கிழமை", "2025-08-11T00:00:00", "day"],
    // The future (`பிறகு`, `இல்`), a duration, a word alone.
    ["2 மணி நேரத்திற்கு பிறகு", null], ["2 மணி நேரம்", null], ["முன்பு", null], ["வெள்ளி", null],
  ]),
  // More shapes of the same pages: labels before a relative amount, a comma before the clock, the
  // weekday abbreviations and year words, the source name before the stamp.
  // Slovak's `Vydané` (issued) label, read since round fourteen.
  ...rows("locale-sk", [["Vydané 14. 8. 2025", `${D}00:00:00`, "day"], ["Vydané", null]]),
  ...rows("locale-fi", [
    ["Julkaistu 2 tuntia sitten", `${D}16:00:00`, "hour"], ["Uutistoimisto · 2 tuntia sitten", `${D}16:00:00`, "hour", { raw: "2 tuntia sitten" }],
    ["14.8.2025 10.32", `${D}10:32:00`, "minute"], ["ke 13.8.2025 klo 18.45", "2025-08-13T18:45:00", "minute"],
    ["tänään 10:32", `${D}10:32:00`, "minute"], ["2 t sitten", `${D}16:00:00`, "hour"],
  ]),
  ...rows("locale-ca", [
    ["14 d'agost del 2025", `${D}00:00:00`, "day"], ["dijous, 14 d'agost del 2025, 10:32 h", `${D}10:32:00`, "minute"],
    ["Publicat fa 3 hores", `${D}15:00:00`, "hour"], ["fa menys d'un minut", `${D}18:00:00`, "minute"],
    ["fa 30 segons", `${D}17:59:30`, "second"], ["ahir a les 9.30", "2025-08-13T09:30:00", "minute"],
    ["del 2025", null], ["AG1", null], ["14 ag. 2025", `${D}00:00:00`, "day"],
  ]),
  ...rows("locale-bg", [
    ["Публикувано преди 2 часа", `${D}16:00:00`, "hour"], ["14.08.2025 г. в 10:32 ч.", `${D}10:32:00`, "minute"],
    ["вчера, 17:30", "2025-08-13T17:30:00", "minute"], ["14 авг 2025", `${D}00:00:00`, "day"],
  ]),
  ...rows("locale-sr", [
    ["Објављено пре 3 сата", `${D}15:00:00`, "hour"], ["данас у 10:32", `${D}10:32:00`, "minute"],
    ["14. августа 2025. у 10:32", `${D}10:32:00`, "minute"],
  ]),
  ...rows("locale-lt", [
    ["Paskelbta prieš 2 valandas", `${D}16:00:00`, "hour"], ["rugpjūčio 14 d., 10:32", `${D}10:32:00`, "minute"],
    ["prieš 2 val.", `${D}16:00:00`, "hour"], ["14 rugp. 2025", `${D}00:00:00`, "day"], ["Bal 5", null], ["Vakar, 17:30", "2025-08-13T17:30:00", "minute"],
  ]),
  ...rows("locale-lv", [
    ["Publicēts pirms 2 stundām", `${D}16:00:00`, "hour"], ["Šodien, 10:32", `${D}10:32:00`, "minute"],
    ["pirms 5 min.", `${D}17:55:00`, "minute"], ["augusts 2025", "2025-08-01T00:00:00", "month"],
  ]),
  ...rows("locale-et", [
    ["Avaldatud 2 tundi tagasi", `${D}16:00:00`, "hour"], ["Täna, 10:32", `${D}10:32:00`, "minute"],
    ["14. august 2025, 10:32", `${D}10:32:00`, "minute"], ["täna kell 10:32", `${D}10:32:00`, "minute"],
  ]),
  ...rows("locale-ur", [
    ["2 گھنٹے قبل", `${D}16:00:00`, "hour"], ["جمعرات 7 اگست 2025", "2025-08-07T00:00:00", "day"],
    ["آج 10:32", `${D}10:32:00`, "minute"], ["14 اگست 2025، 10:32", `${D}10:32:00`, "minute"],
  ]),
  ...rows("locale-ta", [
    ["ஆக 14, 2025", `${D}00:00:00`, "day"], ["இன்று 10:32 AM", `${D}10:32:00`, "minute"],
    ["நேற்று 5:30 PM", "2025-08-13T17:30:00", "minute"], ["14 ஆக. 2025", `${D}00:00:00`, "day"],
  ]),
  // An amount shorter than a day with a clock beside it: the amount against the reference decides
  // (the clock only repeats it, maybe in the site's zone); a day or more still takes the clock.
  ...rows("ago-with-clock", [
    ["2 hours ago (10:32 AM)", `${D}16:00:00`, "hour"], ["3 hours ago (9:15 PM)", `${D}15:00:00`, "hour"],
    ["5 minutes ago (17:55)", `${D}17:55:00`, "minute"], ["2 hours ago, 10:32", `${D}16:00:00`, "hour"],
    ["vor 2 Stunden (10:32 Uhr)", `${D}16:00:00`, "hour"], ["il y a 3 heures (14h30)", `${D}15:00:00`, "hour"],
    ["2 days ago at 07:54 am", "2025-08-12T07:54:00", "minute"], ["yesterday (10:32 AM)", "2025-08-13T10:32:00", "minute"],
    // A clock still to come after a day's amount is no stamp; nor is a clock without an amount.
    ["2 days ago (Sun)", null], ["(10:32 AM)", null],
  ]),
];
