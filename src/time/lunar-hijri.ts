/**
 * The Islamic (Hijri) lunar calendar, as Arabic and Persian news pages print it beside or instead
 * of the Gregorian date (`12 ذو القعدة 1445 هـ`), converted with the arithmetic (tabular) calendar:
 * months of 30 and 29 days in turn, the twelfth of 30 days in the 11 leap years of each 30-year
 * cycle (2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), day 1 of year 1 on 16 July 622 (Julian), the
 * "civil" epoch. This is ICU's `islamic-civil`. The calendars countries use (Saudi Umm al-Qura,
 * or a month begun when the new moon is sighted) may differ from it by a day or two: the date is
 * read at day precision, and may be that far off.
 */

/** The first and last Hijri years read (1931–2077). */
export const LUNAR_HIJRI_YEARS = { min: 1350, max: 1500 } as const;

/**
 * Converts a Hijri date of the tabular calendar to the Gregorian one.
 *
 * @param year - Hijri year (1445).
 * @param month - Month, 1 = Muharram, 12 = Dhu al-Hijjah.
 * @param day - Day of the month.
 * @returns `[year, month, day]` in the Gregorian calendar, or `null` when the day does not exist in
 *   that month of the tabular calendar (even months have 29 days, the twelfth 30 in a leap year).
 * @example
 * ```ts
 * lunarHijriToGregorian(1445, 11, 12); // [2024, 5, 20]
 * ```
 */
export function lunarHijriToGregorian(year: number, month: number, day: number): [number, number, number] | null {
  const leap = (14 + 11 * year) % 30 < 11;
  const length = month % 2 === 1 || (month === 12 && leap) ? 30 : 29;
  if (month < 1 || month > 12 || day < 1 || day > length) return null;
  // The Julian day number, then the Gregorian date (Richards' algorithm).
  const jdn = day + Math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + 1948439;
  const f = jdn + 1401 + Math.floor((Math.floor((4 * jdn + 274277) / 146097) * 3) / 4) - 38;
  const e = 4 * f + 3;
  const h = 5 * Math.floor((e % 1461) / 4) + 2;
  const d = Math.floor((h % 153) / 5) + 1;
  const m = ((Math.floor(h / 153) + 2) % 12) + 1;
  const y = Math.floor(e / 1461) - 4716 + Math.floor((14 - m) / 12);
  return [y, m, d];
}
