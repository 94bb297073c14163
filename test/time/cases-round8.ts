/**
 * Timestamp table, part 9: the locales round 8 adds (Swedish, Danish, Norwegian, Czech, Romanian,
 * Hungarian, Greek, Ukrainian, Vietnamese, Hindi, Bengali, Persian), the Chinese, Japanese and Korean forms
 * left unread before (clocks with signs apart, half-day words, fullwidth digits, Chinese numerals,
 * bracketed weekdays, Korean and Hungarian dates closed by full stops), dates with full stops and
 * spaces (`14. 8. 2025`), offsets in brackets (`(GMT+7)`), and the Italian and Portuguese month
 * abbreviations that are English words (`set`, `out`, `gen`, `mag`) between a day and a year.
 * Each family has look-alikes that must stay unread. Values are invented. Source of the shapes:
 * the forms the Moment, date-fns and dateparser locales document for these languages, and the
 * stamp shapes news heads print (day, month name, year; `N units ago`; `yesterday at hh:mm`; a
 * `Published`/`Updated` label).
 *
 * Reference: Thursday 14 August 2025, 18:00 UTC. The weekdays before it: Wed 13, Tue 12,
 * Mon 11, Sun 10, Sat 9, Fri 8, Thu 7.
 */
import { type Extra, type TimestampCase, rows } from "./case-rows.js";

const D = "2025-08-14T";
// Stockholm, Copenhagen, Oslo, Prague in August are CEST (UTC+2).
const CEST: Extra = { timeZone: "Europe/Stockholm" };
// Bucharest, Athens, Kyiv in August are EEST (UTC+3).
const EEST: Extra = { timeZone: "Europe/Bucharest" };
// Ho Chi Minh City is UTC+7, Kolkata UTC+5:30, Dhaka UTC+6, Seoul and Tokyo UTC+9.
const SAIGON: Extra = { timeZone: "Asia/Ho_Chi_Minh" };
const KOLKATA: Extra = { timeZone: "Asia/Kolkata" };
const SEOUL: Extra = { timeZone: "Asia/Seoul" };

export const ROUND8_CASES: readonly TimestampCase[] = [
  ...rows("locale-sv", [
    ["för 5 minuter sedan", `${D}17:55:00`, "minute"], ["5 minuter sedan", `${D}17:55:00`, "minute"],
    ["för en timme sedan", `${D}17:00:00`, "hour"], ["för 3 timmar sedan", `${D}15:00:00`, "hour"],
    ["för 2 dagar sedan", "2025-08-12T18:00:00", "day"], ["för cirka 2 timmar sedan", `${D}16:00:00`, "hour"],
    ["för 2 veckor sedan", "2025-07-31T18:00:00", "day"], ["för ett år sedan", "2024-08-14T18:00:00", "year"],
    ["just nu", `${D}18:00:00`, "minute"], ["idag", `${D}00:00:00`, "day"], ["igår", "2025-08-13T00:00:00", "day"],
    ["igår kl. 17:30", "2025-08-13T17:30:00", "minute"], ["i dag 09:15", `${D}09:15:00`, "minute"],
    ["i fredags", "2025-08-08T00:00:00", "day"], ["måndag", "2025-08-11T00:00:00", "day"],
    ["14 augusti 2025", `${D}00:00:00`, "day"], ["14 aug 2025 kl. 10.32", `${D}08:32:00`, "minute", CEST],
    ["Publicerad 14 augusti 2025 kl. 10:32", `${D}08:32:00`, "minute", CEST],
    ["Uppdaterad: 2025-08-14 10:32", `${D}08:32:00`, "minute", CEST], ["torsdag 7 augusti 2025", "2025-08-07T00:00:00", "day"],
    ["förra veckan", "2025-08-07T18:00:00", "day"],
    // The future, durations and words alone.
    ["om 5 minuter", null], ["för 5 minuter", null], ["i 3 timmar", null], ["sedan", null], ["Idag Nyheter", null],
  ]),
  ...rows("locale-da", [
    ["for 5 minutter siden", `${D}17:55:00`, "minute"], ["for 2 timer siden", `${D}16:00:00`, "hour"],
    ["for en time siden", `${D}17:00:00`, "hour"], ["for 3 dage siden", "2025-08-11T18:00:00", "day"],
    ["for 2 uger siden", "2025-07-31T18:00:00", "day"], ["i dag", `${D}00:00:00`, "day"], ["i går", "2025-08-13T00:00:00", "day"],
    ["i går kl. 17.30", "2025-08-13T17:30:00", "minute"], ["i fredags", "2025-08-08T00:00:00", "day"],
    ["14. august 2025", `${D}00:00:00`, "day"], ["Publiceret 14. aug. 2025 kl. 10.32", `${D}08:32:00`, "minute", CEST],
    ["Opdateret: 14.08.2025 10:32", `${D}08:32:00`, "minute", CEST], ["torsdag den 7. august 2025", "2025-08-07T00:00:00", "day"],
    ["lige nu", `${D}18:00:00`, "minute"],
    ["om 5 minutter", null], ["for 5 minutter", null], ["i 2 timer", null], ["Time Out", null],
  ]),
  ...rows("locale-nb", [
    ["for 5 minutter siden", `${D}17:55:00`, "minute"], ["for 3 timer siden", `${D}15:00:00`, "hour"],
    ["for 2 dager siden", "2025-08-12T18:00:00", "day"], ["for en uke siden", "2025-08-07T18:00:00", "day"],
    ["i går kl. 17.30", "2025-08-13T17:30:00", "minute"], ["i dag", `${D}00:00:00`, "day"],
    ["14. august 2025", `${D}00:00:00`, "day"], ["Publisert 14.08.2025 10:32", `${D}08:32:00`, "minute", CEST],
    ["Oppdatert: 14. aug. 2025, 10:32", `${D}08:32:00`, "minute", CEST], ["14. desember 2024", "2024-12-14T00:00:00", "day"],
    ["akkurat nå", `${D}18:00:00`, "minute"], ["forrige uke", "2025-08-07T18:00:00", "day"],
    ["om 3 timer", null], ["for 3 timer", null],
  ]),
  ...rows("locale-cs", [
    ["před 5 minutami", `${D}17:55:00`, "minute"], ["před minutou", `${D}17:59:00`, "minute"],
    ["před hodinou", `${D}17:00:00`, "hour"], ["před 2 hodinami", `${D}16:00:00`, "hour"],
    ["před 3 dny", "2025-08-11T18:00:00", "day"], ["před týdnem", "2025-08-07T18:00:00", "day"],
    ["před měsícem", "2025-07-14T18:00:00", "month"], ["před rokem", "2024-08-14T18:00:00", "year"],
    ["před dvěma hodinami", `${D}16:00:00`, "hour"], ["před několika minutami", `${D}17:57:00`, "minute"],
    ["dnes", `${D}00:00:00`, "day"], ["včera", "2025-08-13T00:00:00", "day"], ["včera v 17:30", "2025-08-13T17:30:00", "minute"],
    ["14. srpna 2025", `${D}00:00:00`, "day"], ["čtvrtek 7. srpna 2025", "2025-08-07T00:00:00", "day"],
    ["14. 8. 2025 10:32", `${D}08:32:00`, "minute", CEST], ["Publikováno: 14. 8. 2025", `${D}00:00:00`, "day"],
    ["Aktualizováno 13. srpna 2025, 21:05", "2025-08-13T19:05:00", "minute", CEST], ["právě teď", `${D}18:00:00`, "minute"],
    ["za 5 minut", null], ["v1.1.10", null], ["5 minut", null], ["před domem", null],
  ]),
  ...rows("locale-ro", [
    ["acum 5 minute", `${D}17:55:00`, "minute"], ["acum o oră", `${D}17:00:00`, "hour"], ["acum 2 ore", `${D}16:00:00`, "hour"],
    ["acum 3 zile", "2025-08-11T18:00:00", "day"], ["acum o săptămână", "2025-08-07T18:00:00", "day"],
    ["acum 2 luni", "2025-06-14T18:00:00", "month"], ["acum un an", "2024-08-14T18:00:00", "year"],
    ["acum câteva minute", `${D}17:57:00`, "minute"], ["azi", `${D}00:00:00`, "day"], ["ieri", "2025-08-13T00:00:00", "day"],
    ["ieri la 17:30", "2025-08-13T17:30:00", "minute"], ["14 august 2025", `${D}00:00:00`, "day"],
    ["joi, 14 august 2025, ora 10:32", `${D}07:32:00`, "minute", EEST], ["Publicat: 14.08.2025, 10:32", `${D}07:32:00`, "minute", EEST],
    ["14 ianuarie 2025", "2025-01-14T00:00:00", "day"], ["luni", "2025-08-11T00:00:00", "day"],
    ["săptămâna trecută", "2025-08-07T18:00:00", "day"],
    ["peste 5 minute", null], ["în 2 ore", null], ["de 3 zile", null], ["Noi 2025", null], ["Ian 5", null], ["Ian 2025", null],
  ]),
  ...rows("locale-hu", [
    ["5 perce", `${D}17:55:00`, "minute"], ["egy órája", `${D}17:00:00`, "hour"], ["2 órája", `${D}16:00:00`, "hour"],
    ["3 napja", "2025-08-11T18:00:00", "day"], ["2 hete", "2025-07-31T18:00:00", "day"], ["3 hónapja", "2025-05-14T18:00:00", "month"],
    ["1 éve", "2024-08-14T18:00:00", "year"], ["néhány perce", `${D}17:57:00`, "minute"], ["kb. 2 órája", `${D}16:00:00`, "hour"],
    ["5 perccel ezelőtt", `${D}17:55:00`, "minute"], ["2 nappal ezelőtt", "2025-08-12T18:00:00", "day"],
    ["tegnap", "2025-08-13T00:00:00", "day"], ["tegnap 17:30", "2025-08-13T17:30:00", "minute"],
    ["2025. augusztus 14.", `${D}00:00:00`, "day"], ["2025. aug. 14. 10:32", `${D}08:32:00`, "minute", CEST],
    ["2025.08.14. 10:32", `${D}08:32:00`, "minute", CEST], ["Frissítve: 2025. augusztus 13. 21:05", "2025-08-13T19:05:00", "minute", CEST],
    ["2025. 08. 14.", `${D}00:00:00`, "day"], ["csütörtök", "2025-08-07T00:00:00", "day"], ["tavaly", "2024-08-14T18:00:00", "year"],
    ["5 perc", null], ["5 perc múlva", null], ["2025.", null], ["okuma", null], ["5 dakikalık okuma", null],
  ]),
  ...rows("locale-el", [
    ["πριν από 5 λεπτά", `${D}17:55:00`, "minute"], ["πριν 3 ώρες", `${D}15:00:00`, "hour"], ["πριν μία ώρα", `${D}17:00:00`, "hour"],
    ["πριν από 2 ημέρες", "2025-08-12T18:00:00", "day"], ["πριν 2 μέρες", "2025-08-12T18:00:00", "day"],
    ["πριν από 1 εβδομάδα", "2025-08-07T18:00:00", "day"], ["πριν 3 μήνες", "2025-05-14T18:00:00", "month"],
    ["σήμερα", `${D}00:00:00`, "day"], ["χθες", "2025-08-13T00:00:00", "day"], ["χθες στις 17:30", "2025-08-13T17:30:00", "minute"],
    ["14 Αυγούστου 2025", `${D}00:00:00`, "day"], ["Πέμπτη, 7 Αυγούστου 2025", "2025-08-07T00:00:00", "day"],
    ["14 Αυγούστου 2025, 10:32 π.μ.", `${D}07:32:00`, "minute", { timeZone: "Europe/Athens" }],
    ["14/08/2025 5:04 μ.μ.", `${D}17:04:00`, "minute"], ["Ενημερώθηκε: 14/08/2025 10:32", `${D}07:32:00`, "minute", { timeZone: "Europe/Athens" }],
    ["μόλις τώρα", `${D}18:00:00`, "minute"],
    ["σε 5 λεπτά", null], ["μετά από 2 ώρες", null], ["5 λεπτά", null],
  ]),
  ...rows("locale-uk", [
    ["5 хвилин тому", `${D}17:55:00`, "minute"], ["годину тому", `${D}17:00:00`, "hour"], ["2 години тому", `${D}16:00:00`, "hour"],
    ["3 дні тому", "2025-08-11T18:00:00", "day"], ["тиждень тому", "2025-08-07T18:00:00", "day"], ["місяць тому", "2025-07-14T18:00:00", "month"],
    ["рік тому", "2024-08-14T18:00:00", "year"], ["кілька хвилин тому", `${D}17:57:00`, "minute"], ["щойно", `${D}18:00:00`, "minute"],
    ["сьогодні", `${D}00:00:00`, "day"], ["вчора", "2025-08-13T00:00:00", "day"], ["вчора о 17:30", "2025-08-13T17:30:00", "minute"],
    ["14 серпня 2025", `${D}00:00:00`, "day"], ["14 серпня 2025 року, 10:32", `${D}07:32:00`, "minute", { timeZone: "Europe/Kyiv" }],
    ["Опубліковано: 14.08.2025 10:32", `${D}07:32:00`, "minute", { timeZone: "Europe/Kyiv" }], ["у пʼятницю", "2025-08-08T00:00:00", "day"],
    ["через 5 хвилин", null], ["5 хвилин", null], ["тому", null],
  ]),
  ...rows("locale-vi", [
    ["5 phút trước", `${D}17:55:00`, "minute"], ["3 giờ trước", `${D}15:00:00`, "hour"], ["cách đây 3 giờ", `${D}15:00:00`, "hour"],
    ["2 ngày trước", "2025-08-12T18:00:00", "day"], ["1 tuần trước", "2025-08-07T18:00:00", "day"], ["vài phút trước", `${D}17:57:00`, "minute"],
    ["hôm nay", `${D}00:00:00`, "day"], ["hôm qua", "2025-08-13T00:00:00", "day"], ["hôm qua lúc 17:30", "2025-08-13T17:30:00", "minute"],
    ["14 tháng 8, 2025", `${D}00:00:00`, "day"], ["ngày 14 tháng 8 năm 2025", `${D}00:00:00`, "day"],
    ["Thứ năm, 7 tháng 8 năm 2025", "2025-08-07T00:00:00", "day"], ["Cập nhật: 14/08/2025 10:32", `${D}03:32:00`, "minute", SAIGON],
    ["Thứ năm, 14/8/2025 10:32 (GMT+7)", `${D}03:32:00`, "minute"], ["tháng 8 năm 2025", "2025-08-01T00:00:00", "month"],
    ["tuần trước", "2025-08-07T18:00:00", "day"],
    ["5 phút nữa", null], ["tháng 13 năm 2025", null], ["trong 3 giờ", null],
  ]),
  ...rows("locale-hi", [
    ["5 मिनट पहले", `${D}17:55:00`, "minute"], ["3 घंटे पहले", `${D}15:00:00`, "hour"], ["एक घंटा पहले", `${D}17:00:00`, "hour"],
    ["2 दिन पहले", "2025-08-12T18:00:00", "day"], ["1 साल पहले", "2024-08-14T18:00:00", "year"], ["आज", `${D}00:00:00`, "day"],
    ["14 अगस्त 2025", `${D}00:00:00`, "day"], ["गुरुवार, 7 अगस्त 2025", "2025-08-07T00:00:00", "day"],
    ["१४ अगस्त २०२५", `${D}00:00:00`, "day"], ["अपडेटेड: 14 अगस्त 2025, 10:32 AM IST", `${D}05:02:00`, "minute"],
    ["प्रकाशित: 14 अगस्त 2025, 10:32", `${D}05:02:00`, "minute", KOLKATA], ["अभी", `${D}18:00:00`, "minute"],
    ["5 मिनट में", null], ["5 मिनट", null], ["पहले", null],
  ]),
  ...rows("locale-bn", [
    ["৫ মিনিট আগে", `${D}17:55:00`, "minute"], ["৩ ঘণ্টা আগে", `${D}15:00:00`, "hour"], ["2 দিন আগে", "2025-08-12T18:00:00", "day"],
    ["গতকাল", "2025-08-13T00:00:00", "day"], ["আজ", `${D}00:00:00`, "day"], ["১৪ আগস্ট ২০২৫", `${D}00:00:00`, "day"],
    ["বৃহস্পতিবার, ৭ আগস্ট ২০২৫", "2025-08-07T00:00:00", "day"], ["প্রকাশ: ১৪ আগস্ট ২০২৫, ১০:৩২", `${D}04:32:00`, "minute", { timeZone: "Asia/Dhaka" }],
    ["এইমাত্র", `${D}18:00:00`, "minute"],
    ["৫ মিনিট পরে", null], ["৫ মিনিট", null],
  ]),
  ...rows("locale-fa", [
    ["۵ دقیقه پیش", `${D}17:55:00`, "minute"], ["۳ ساعت قبل", `${D}15:00:00`, "hour"], ["یک ساعت پیش", `${D}17:00:00`, "hour"],
    ["2 روز پیش", "2025-08-12T18:00:00", "day"], ["دیروز", "2025-08-13T00:00:00", "day"], ["امروز", `${D}00:00:00`, "day"],
    ["دیروز ساعت ۱۷:۳۰", "2025-08-13T17:30:00", "minute"], ["۱۴ اوت ۲۰۲۵", `${D}00:00:00`, "day"],
    ["پنجشنبه ۷ اوت ۲۰۲۵", "2025-08-07T00:00:00", "day"], ["سه‌شنبه", "2025-08-12T00:00:00", "day"],
    ["همین الان", `${D}18:00:00`, "minute"],
    // The future and durations are not read (Solar Hijri dates are, since round ten: cases-round10.ts).
    ["۵ دقیقه بعد", null], ["۵ دقیقه", null], ["پیش", null],
  ]),
  ...rows("cjk-round8", [
    // Korean dates closed by a full stop, spaced or not, with a half-day word before the clock.
    ["2025.05.20.", "2025-05-20T00:00:00", "day"], ["2025.05.20. 10:30", "2025-05-20T01:30:00", "minute", SEOUL],
    ["2025. 5. 20.", "2025-05-20T00:00:00", "day"], ["2025. 5. 20. 오후 3:30", "2025-05-20T06:30:00", "minute", SEOUL],
    ["입력 2025.05.20. 오전 9:05", "2025-05-20T00:05:00", "minute", SEOUL], ["입력 2025.05.20. 오후 12:10", "2025-05-20T03:10:00", "minute", SEOUL],
    ["2025년 5월 20일 10시 30분", "2025-05-20T10:30:00", "minute"], ["2025년 5월 20일 오후 3시", "2025-05-20T15:00:00", "hour"],
    ["2025年5月20日 10時", "2025-05-20T10:00:00", "hour"],
    ["2025年5月20日 下午3:30", "2025-05-20T15:30:00", "minute"], ["2025年5月20日 上午9:30", "2025-05-20T09:30:00", "minute"],
    ["2025年5月20日 午後3時30分", "2025-05-20T15:30:00", "minute"], ["2025年5月20日 晚上8点", "2025-05-20T20:00:00", "hour"],
    ["２０２５年５月２０日", "2025-05-20T00:00:00", "day"], ["２０２５年５月２０日　１０：３０", "2025-05-20T10:30:00", "minute"],
    ["2025年5月20日（火）", "2025-05-20T00:00:00", "day"], ["2025年5月20日(火) 10:30", "2025-05-20T10:30:00", "minute"],
    ["2025.05.20(화) 10:30", "2025-05-20T10:30:00", "minute"], ["2025年5月20日（周二）", "2025-05-20T00:00:00", "day"],
    ["二〇二五年五月二十日", "2025-05-20T00:00:00", "day"], ["二〇二四年十月一日", "2024-10-01T00:00:00", "day"],
    ["二〇二五年五月十五日 下午三点", "2025-05-15T15:00:00", "hour"], ["五分钟前", `${D}17:55:00`, "minute"],
    ["三小时前", `${D}15:00:00`, "hour"], ["两天前", "2025-08-12T18:00:00", "day"], ["十天前", "2025-08-04T18:00:00", "day"],
    ["昨天 15:30", "2025-08-13T15:30:00", "minute"],
    // A clock alone still needs a label or a date; half-day words alone, Chinese numerals in words, and the future stay unread.
    ["10시 30분", null], ["오후 3:30", null], ["下午3:30", null], ["下午", null], ["一些人", null], ["三月的故事", null],
    ["五分钟后", null], ["十年", null], ["(火)", null], ["2025.05.20(月曜) 10:30", null],
  ]),
  ...rows("family-dotted-dates", [
    // Day, month and year closed by full stops and spaced (Czech, Slovak, German pages): with a clock or a label.
    ["14. 8. 2025 10:32", `${D}10:32:00`, "minute"], ["Publikováno: 14. 8. 2025", `${D}00:00:00`, "day"],
    ["Aktualisiert: 1. 8. 2025, 9:05 Uhr", "2025-08-01T09:05:00", "minute"],
    ["31. 2. 2025 10:32", null], ["1st 8th 2025", null], ["2. 3. 4", null], ["May 2019.", null], ["in 2019.", null],
  ]),
  ...rows("family-bracketed-offsets", [
    ["Aug 14, 2025 10:32 (UTC+05:30)", `${D}05:02:00`, "minute"], ["14/08/2025 10:32 (GMT-3)", `${D}13:32:00`, "minute"],
    ["14/08/2025 (GMT+7)", null], ["(GMT+7)", null], ["Aug 14, 2025 10:32 (UTC+25:00)", null],
  ]),
  ...rows("family-months-before-year", [
    // Italian and Portuguese abbreviations that are English words, only between a day and a year.
    ["14 set. 2025", "2025-09-14T00:00:00", "day"], ["14 set 2024", "2024-09-14T00:00:00", "day"], ["3 de out de 2024", "2024-10-03T00:00:00", "day"],
    ["5 gen 2025", "2025-01-05T00:00:00", "day"], ["14 mag. 2025, 10:32", "2025-05-14T10:32:00", "minute"],
    ["Set 3", null], ["Gen 2", null], ["5 set", null], ["3 out of 2025", null], ["Set 3 2025", null], ["out 2025", null],
  ]),
];
