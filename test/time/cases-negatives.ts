/**
 * Timestamp table, part 4: look-alike lines that are no timestamp, in English, French and Arabic,
 * for the families of issue 16. Sources: the page corpus (lines the survey,
 * `scripts/survey-stamps.ts`, found holding month or weekday names, clocks or numbers that date
 * nothing: opening hours, archive counts, newspaper and show names, ranges, titles with years) and
 * the negative tests of chrono-node and dateparser (future phrases, durations). Invented values.
 */
import { type TimestampCase, rows } from "./case-rows.js";

export const MORE_NEGATIVE_CASES: readonly TimestampCase[] = [
  // Opening hours and schedules (page corpus).
  ...rows("negative-schedule", [
    ["Mon-Fri 9AM-10PM ET", null], ["SUN: 10AM - 4PM", null], ["Monday: 8 AM – 5 PM", null], ["Saturday: Closed", null],
    ["Tue – Sat 4PM", null], ["Sat-Sun 8:30AM-5PM ET", null], ["Open daily 9:00-17:00", null], ["Mondays", null],
    ["every Monday", null], ["on Mondays", null], ["Monday to Friday", null], ["Weekdays 9-5", null],
    ["Thu 5 pm", null], ["Fri 10", null], ["Wed 5", null], ["Sat.", null], ["Monday. Rest Day", null],
  ]),
  // Names that hold day or month words (page corpus: newspapers, shows, shopping days).
  ...rows("negative-names", [
    ["Sunday Morning", null], ["Black Friday", null], ["Black Friday deals 2025", null], ["Sun Sentinel", null],
    ["Sunday Herald", null], ["Thursday Night Football", null], ["Saturday Night Live", null], ["Friday Night Lights", null],
    ["The Tonight Show", null], ["Tonight Show", null], ["Lou Dobbs Tonight", null], ["Morning Edition", null],
    ["Good morning", null], ["Last Night in Soho", null], ["This Week in Running", null], ["Most Popular This Month", null],
    ["May-Thurner Syndrome", null], ["You may also like", null], ["Cape May", null], ["Bruno Mars", null],
    ["Mardi Gras", null], ["New Music Friday", null], ["Friday Philosophy", null], ["Monday.com", null],
    ["Sunday's game", null], ["Yesterday's results", null], ["Today's best price", null], ["Tonight's forecast", null],
    ["Le Monde", null], ["Le Soir", null], ["Le Figaro", null], ["الأحد الأسود", null], ["Al Jazeera", null],
  ]),
  // Archive lists and ranges (page corpus).
  ...rows("negative-ranges", [
    ["January (27)", null], ["February 2026 (2)", null], ["► November (4)", null], ["« Nov", null], ["Dec", null],
    ["March 2–5, 2026", null], ["Apr. 28-29", null], ["Aug 12 - Aug 14, 2025", null], ["May 2019 - present", null],
    ["Menu Drops for December 16th & 18th", null], ["Dec 2023–Dec 2024", null], ["2019-2025", null],
    ["10:00 - 12:00", null], ["9am to 5pm", null], ["1–3 August", null], ["from 12 to 14 August", null],
    ["du 12 au 14 août", null], ["من 12 إلى 14 أغسطس", null], ["Chapter 11 - May 5", null], ["Season 3 | Aug 14", null],
  ]),
  // The future and durations (chrono-node and dateparser negatives).
  ...rows("negative-future", [
    ["in 3 days", null], ["3 days from now", null], ["next Sunday", null], ["this Sunday", null], ["tomorrow", null],
    ["Tomorrow", null], ["tomorrow at 5 pm", null], ["next week", null], ["later today", null], ["in half an hour", null],
    ["half an hour", null], ["half an hour later", null], ["a quarter of an hour", null], ["an hour and a half long", null],
    ["2h15m run", null], ["1:30:00", null], ["3 days", null], ["3-day event", null], ["2 hours long", null],
    ["in two weeks", null], ["2 weeks' notice", null], ["365 days", null], ["7 days a week", null],
    ["30-day free trial", null], ["the day after tomorrow", null], ["last Sunday of the month", null],
    ["dans 3 jours", null], ["demain", null], ["lundi prochain", null], ["tous les lundis", null],
    ["pendant 2 heures", null], ["une demi-heure", null], ["à 17h30", null], ["après-demain", null],
    ["بعد يومين", null], ["خلال ساعة", null], ["غدا", null], ["الأسبوع المقبل", null], ["يوم الجمعة المقبل", null],
    ["منذ عام 2019", null], ["نصف ساعة", null], ["كل يوم", null],
  ]),
  // Numbers that date nothing: scores, money, versions, ordinals, phone numbers, years in titles.
  ...rows("negative-numbers", [
    ["5K", null], ["10K run", null], ["2-1 win", null], ["£1.5m", null], ["$2.5bn", null], ["v2.3.1", null],
    ["iOS 17.4", null], ["1080p", null], ["60fps", null], ["3rd place", null], ["21st century", null], ["the 3rd", null],
    ["3rd of 5", null], ["Sat score 1450", null], ["Sun 2 4 6", null], ["Room 101 - 3rd floor", null],
    ["Tel: 020 7946 0958", null], ["+1 (555) 010-2000", null], ["Ext. 2045", null], ["Flight BA 2490", null],
    ["Route 66", null], ["1-0", null], ["Top 10 of 2024", null], ["Best of 2025", null], ["2025-26 season", null],
    ["2024/2025", null], ["12/2025", null], ["ISO 8601", null], ["24h", null], ["24/7 support", null], ["1 in 3", null],
    ["Aged 24", null], ["Step 1.", null], ["11:00 PM today", null], ["8 PM tonight", null], ["3 min read · 5", null], ["No. 10", null], ["Vol. 3, No. 2", null],
    ["Average Rating: 4.5", null], ["Grade 9", null], ["Level 3 Award", null], ["#9", null], ["+4.2%", null],
    ["9.9/10", null], ["Apple AirPods Pro 2", null], ["Windows 11 24H2", null], ["A380", null], ["F1 2025", null],
  ]),
  // Labels and sources without a stamp, stamps with other words around them (page corpus).
  ...rows("negative-labels", [
    ["Updated Privacy Policy", null], ["Stay Updated", null], ["Posted under Car Tires", null], ["Last Updated:", null],
    ["Edited by", null], ["Reviewed by Robert Smith", null], ["Article reviewed by:", null], ["Reuters", null],
    ["Reuters ·", null], ["· 3", null], ["Source - Wikipedia", null], ["AP | Politics", null], ["News24", null],
    ["timeline", null], ["Timeless", null], ["Published in Nature", null], ["Written by Jane Doe", null],
    ["Updated for 2024", null], ["Released in 2019", null],
    ["3 hours ago in Politics", null], ["Posted 5 minutes ago by admin", null], ["Reuters 3 hours ago and counting", null],
    ["We published 2 days ago a report", null], ["Wordle today: Answer, hints for December 20, 2025", null],
    ["Colombia had lost to Belgium on Monday.", null], ["Image from August 2022 review.", null],
    ["Check back in April for details", null], ["mis à jour", null], ["Publié par la rédaction", null],
    ["آخر الأخبار", null], ["تحديث التطبيق", null],
  ]),
];
