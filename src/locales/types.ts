/**
 * Locale data: the words a language uses to print dates and times, as plain data.
 *
 * The timestamp parser (`src/time/`) is generic over this data: it never names an English,
 * French or Arabic word itself, so a new language is a new file here (the approach of
 * chrono-node's `locales/<lang>/constants.ts` and date-fns' locale `match` objects).
 *
 * Every key is compared after the same normalisation as the input: lower case, accents and
 * Arabic diacritics removed, `ى` read as `ي`, curly apostrophes read as `'`, a trailing full
 * stop ignored (`Aug.` = `aug`). Keys may contain several words (`published on`, `il y a`).
 */

/**
 * A unit of relative time. `week` has no precision of its own and reports `"day"`.
 *
 * @example
 * ```ts
 * import type { TimeUnit } from "news-text-parser";
 * const unit: TimeUnit = "hour";
 * ```
 */
export type TimeUnit = "second" | "minute" | "hour" | "day" | "week" | "month" | "year";

/**
 * A unit word that carries its own count, such as the Arabic dual `يومين` (two days).
 *
 * @example
 * ```ts
 * import type { CountedUnit } from "news-text-parser";
 * const twoDays: CountedUnit = { count: 2, unit: "day" };
 * ```
 */
export interface CountedUnit {
  /** How many units the word stands for. */
  readonly count: number;
  /** The unit. */
  readonly unit: TimeUnit;
}

/**
 * The time vocabulary of one language. See `src/locales/en.ts` for a complete example.
 *
 * @example
 * ```ts
 * import type { LocaleTime } from "news-text-parser";
 * const ago: Pick<LocaleTime, "agoBefore" | "agoAfter"> = { agoBefore: [], agoAfter: ["ago"] };
 * ```
 */
export interface LocaleTime {
  /** BCP 47 code of the language (`"en"`). */
  readonly code: string;
  /** Unit words, singular, plural and abbreviated, mapped to their unit (`hrs` → `hour`). */
  readonly units: Readonly<Record<string, TimeUnit>>;
  /** Unit words that include their count (Arabic duals: `ساعتين` = 2 hours). */
  readonly countedUnits?: Readonly<Record<string, CountedUnit>>;
  /**
   * Unit abbreviations accepted glued to a number with no "ago" word, as a whole line
   * (`3h`, `1d 21h`), the compact style of social and live pages. Only when printed in lower case,
   * so `3D` or `4K` are never read as times.
   */
  readonly compactUnits?: readonly string[];
  /** `true` when a unit word alone means one of it (Arabic `منذ ساعة` = an hour ago). */
  readonly bareUnitMeansOne?: boolean;
  /**
   * Unit words that say "ago" themselves, after a count (Hungarian `5 perce`, five minutes ago;
   * `2 órája`); with {@link LocaleTime.bareUnitMeansOne}, a count word before them is read as for units.
   */
  readonly agoUnits?: Readonly<Record<string, TimeUnit>>;
  /** Words printed before the amount to mean "ago" (`il y a`, `منذ`). */
  readonly agoBefore: readonly string[];
  /** Words printed after the amount to mean "ago" (`ago`). */
  readonly agoAfter: readonly string[];
  /** Number words before a unit (`a`, `an`, `one`, `a few` = 3, `several` = 3, `une`). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Number words printed after the unit (Arabic `ساعة واحدة`, "one hour"). */
  readonly numberWordsAfterUnit?: Readonly<Record<string, number>>;
  /** Hedges allowed before the amount and ignored (`about`, `over`, `less than`, `environ`). */
  readonly qualifiers: readonly string[];
  /** Words joining the parts of a compound amount (`2 hours and 5 minutes ago`). */
  readonly and: readonly string[];
  /** Whole phrases meaning "now" (`just now`, `moments ago`, `à l'instant`). */
  readonly now: readonly string[];
  /** Calendar-day words and how many days back they point (`today` 0, `yesterday` 1). */
  readonly dayWords: Readonly<Record<string, number>>;
  /** Whole phrases naming the previous period (`last week`, `la semaine dernière`). */
  readonly lastPeriods: Readonly<Record<string, TimeUnit>>;
  /** Month names and abbreviations, 1 = January. */
  readonly months: Readonly<Record<string, number>>;
  /**
   * Month abbreviations that are common words of other languages (Italian `set`, `gen`, `mag`,
   * Portuguese `out`), read only between a day number and a year (`14 set. 2025`), never alone
   * or without the year (`Set 3`, `Gen 2` are a set and a generation).
   */
  readonly monthsBeforeYear?: Readonly<Record<string, number>>;
  /**
   * Words printed before a month's number in place of its name (Vietnamese `tháng 8`, "month 8"):
   * the word and a number from 1 to 12 are read as that month. (Time words hold no digit, so
   * such months cannot be keys of {@link LocaleTime.months}.)
   */
  readonly monthWords?: readonly string[];
  /** Full weekday names, 0 = Sunday. A full name alone is read as the most recent past such day. */
  readonly weekdays: Readonly<Record<string, number>>;
  /** Weekday abbreviations, 0 = Sunday. Only accepted next to a date (`Sun` alone is a newspaper). */
  readonly weekdayAbbreviations: Readonly<Record<string, number>>;
  /** Words marking a 12-hour clock (`am`, `a.m.`, `pm`). */
  readonly meridiem: {
    /** Before noon (`am`, `a.m.`, Arabic `ص`). */
    readonly am: readonly string[];
    /** After noon (`pm`, `p.m.`, Arabic `م`). */
    readonly pm: readonly string[];
    /** `true` when the words stand before the clock too, as parts of the day do (Hindi `शाम 5:30`, evening). */
    readonly before?: boolean;
  };
  /** Small words allowed between the parts of a date (`at`, `on`, `à`, `le`, `في`). */
  readonly connectors: readonly string[];
  /**
   * Words printed before a weekday that keep it the most recent past such day (`last`, `on`,
   * `this past`, `le`, `el pasado`, `am`): `last Sunday`, `on Mon`.
   */
  readonly weekdayBefore?: readonly string[];
  /** Words printed after a weekday with the same meaning (`dernier`, `pasado`, `scorso`): `lunes pasado`. */
  readonly weekdayAfter?: readonly string[];
  /**
   * Parts of the day printed after a weekday (`morning`, `night`, `soir`, `por la noche`):
   * `Sunday night` is that day, read at day precision like `Sunday` (the part names no clock).
   */
  readonly dayParts?: readonly string[];
  /**
   * Parts of the day written as one word with a full weekday name (German `Sonntagabend`): every
   * weekday of {@link LocaleTime.weekdays} followed by one of them is read as that weekday.
   */
  readonly weekdayCompounds?: readonly string[];
  /** Parts of the day printed before a weekday with the same meaning (Arabic `مساء` in `مساء الأحد`). */
  readonly dayPartsBefore?: readonly string[];
  /** Words joining a day number, a month name and a year (`of`: `3rd of May`; `de`: `14 de agosto de 2025`). */
  readonly dateJoiners?: readonly string[];
  /** Words printed after a year that add nothing to it (Russian `года`, `г.`; Polish `r.`): `5 марта 2024 г.`. */
  readonly yearSuffixes?: readonly string[];
  /**
   * Words printed after a day's number that add nothing to it (Lithuanian `d.`, diena: `2025 m. kovo 5 d.`,
   * `kovo 5 d.`), read after the day of a date whose month's name comes first.
   */
  readonly daySuffixes?: readonly string[];
  /** Words between the hours and minutes of a clock printed with spaces (French `14 h 30`, `à 9 h`). */
  readonly spacedClockWords?: readonly string[];
  /** Words printed after a clock time that add nothing to it (German `Uhr`, Spanish `h`). */
  readonly clockSuffixes?: readonly string[];
  /**
   * Words that are a clock by themselves, mapped to their hour (`noon` → 12, `midnight` → 0): read
   * where a clock is (`Aug 14, 2025 at noon`, `yesterday at midnight`), and after the same hour
   * printed as a number (`12 noon`, `12:00 midnight`), at the precision printed.
   */
  readonly clockWords?: Readonly<Record<string, number>>;
  /**
   * `true` when pages in this language glue relative words to the text before them
   * (`timeyesterday`, `Reutersan hour ago`), so the pre-check must find them inside words.
   * Otherwise they count only as whole words (`ieri` is not looked for inside `Algieri`).
   */
  readonly gluedWords?: boolean;
  /** Labels allowed before a timestamp (`updated`, `published on`, `publié le`). */
  readonly labels: readonly string[];
  /** Suffixes of ordinal day numbers (`st`, `nd`, `rd`, `th`, French `er`). */
  readonly ordinalSuffixes: readonly string[];
  /** Extra digit sets, each a string of the ten digits 0–9 (Arabic-Indic `٠١٢٣٤٥٦٧٨٩`). */
  readonly digits?: readonly string[];
  /**
   * Years this language prints in a calendar era ahead of the Gregorian one by this many years
   * (Thai Buddhist era: 543, `2568` = 2025). A four-digit year is read in this era when the
   * Gregorian reading is out of range (1900–2100) and the era reading is in it; a two-digit
   * year after a month name (`ส.ค. 68`) is the era's (2568 = 2025).
   */
  readonly eraOffset?: number;
  /**
   * Month names of the Solar Hijri calendar, 1 = Farvardin (Persian `مرداد`). A date with one of
   * them is read only with its day and a year from 1300 to 1499 (`۲۱ مرداد ۱۴۰۴`) and converted to
   * the Gregorian calendar; a numeric date with such a year first (`۱۴۰۴/۰۵/۲۱`) is read the same way.
   */
  readonly solarHijriMonths?: Readonly<Record<string, number>>;
  /**
   * Month names of the Islamic (Hijri) lunar calendar, 1 = Muharram (Arabic `ذو القعدة`). A date
   * with one of them is read only with its day and a year from 1350 to 1500 (`12 ذو القعدة 1445 هـ`),
   * maybe followed by the era (`هـ`, `AH`), and converted to the Gregorian calendar with the
   * tabular calendar (`src/time/lunar-hijri.ts`).
   */
  readonly lunarHijriMonths?: Readonly<Record<string, number>>;
}

/**
 * A language's data: time words for the timestamp parser, and page-chrome phrases that other
 * parts of the library fill in.
 *
 * @example
 * ```ts
 * import { getLocale, type Locale } from "news-text-parser";
 * const en = getLocale("en")!;
 * const mine: Locale = { ...en, code: "en-x-mine", chrome: { comments: ["Leave a Reply"] } };
 * ```
 */
export interface Locale {
  /** BCP 47 code of the language (`"en"`, `"fr"`, `"ar"`). */
  readonly code: string;
  /** Time vocabulary. */
  readonly time: LocaleTime;
  /** Interface strings of the page furniture, grouped by family (`comments`, `related` ...). */
  readonly chrome?: Readonly<Record<string, readonly string[]>>;
}
