/**
 * The Solar Hijri (Persian) calendar, as Iranian and Afghan news pages print their dates
 * (`۲۱ مرداد ۱۴۰۴` = 12 August 2025), converted to the Gregorian one with the 33-year arithmetic
 * rule of jalaali-js (exact for the years 1300–1499 this parser reads).
 */

/** The first and last Solar Hijri years read (1921–2121). */
export const SOLAR_HIJRI_YEARS = { min: 1300, max: 1499 } as const;

/**
 * Converts a Solar Hijri date to the Gregorian one.
 *
 * @param jy - Year (1404).
 * @param jm - Month, 1 = Farvardin.
 * @param jd - Day of the month.
 * @returns `[year, month, day]` in the Gregorian calendar, or `null` when the day does not exist
 *   in that month (Farvardin to Shahrivar have 31 days, Mehr to Bahman 30, Esfand 29 or 30).
 * @example
 * ```ts
 * solarHijriToGregorian(1404, 5, 21); // [2025, 8, 12]
 * ```
 */
export function solarHijriToGregorian(jy: number, jm: number, jd: number): [number, number, number] | null {
  if (jm < 1 || jm > 12 || jd < 1 || jd > (jm <= 6 ? 31 : 30)) return null;
  const y = jy + 1595;
  let days = -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let gy = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    gy += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  gy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    gy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  let gd = days + 1;
  const leap = (gy % 4 === 0 && gy % 100 !== 0) || gy % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let gm = 0;
  while (gm < 12 && gd > lengths[gm]!) gd -= lengths[gm++]!;
  // Esfand 30 of a common year falls on the next Farvardin 1: not a date.
  if (jm === 12 && jd === 30 && solarHijriToGregorian(jy + 1, 1, 1)?.join() === [gy, gm + 1, gd].join()) return null;
  return [gy, gm + 1, gd];
}
