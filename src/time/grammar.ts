/**
 * The grammar: reads a run of tokens as one timestamp, or rejects it.
 *
 * Every rule must consume the whole run, so a timestamp followed by any other word
 * (`two hours of talks`, `9/11 memorial`, `Sunday Times`) is rejected: this is what keeps
 * false positives at zero. Rules only move forward over the tokens and never backtrack more
 * than a phrase, so the cost is linear in the number of tokens.
 */
import type { TimeUnit } from "../locales/types.js";
import type { Precision } from "../model/article.js";
import type { DateOrder } from "./types.js";
import { CJK_BRACKET_WEEKDAYS, CJK_WEEKDAYS, type Token, YEAR_STOP } from "./lexer.js";
import { LUNAR_HIJRI_YEARS, lunarHijriToGregorian } from "./lunar-hijri.js";
import { SOLAR_HIJRI_YEARS, solarHijriToGregorian } from "./solar-hijri.js";
import { CJK_AGO, CJK_AM, CJK_DAY, CJK_HOUR, CJK_MINUTE, CJK_PM, CJK_DAY_WORDS, CJK_LABELS, CJK_NOW, CJK_MONTH, CJK_WORDS, CJK_YEAR, HIJRI_ERAS, KO_AGO, KO_UNITS, type PhraseMatch, type PhraseTable, type Vocabulary, VOCABULARIES, lookup } from "./vocabulary.js";
import { CAPITALS_ONLY, type Zone, ZONE_NAME_WORDS, ZONE_NAMES, ZONES } from "./zones.js";

/**
 * A printed clock time, in 24-hour form, with its zone when one is printed.
 *
 * @example
 * ```ts
 * // `5:04 pm EDT`
 * const c: Clock = { hour: 17, minute: 4, second: 0, ms: 0, precision: "minute", zone: { kind: "offset", minutes: -240 } };
 * ```
 */
export interface Clock {
  /** Hour, 0–23. */
  readonly hour: number;
  /** Minute, 0–59. */
  readonly minute: number;
  /** Second, 0–59 (0 when not printed). */
  readonly second: number;
  /** Milliseconds (ISO fractions). */
  readonly ms: number;
  /** `second` when seconds are printed, `hour` for `8 PM`, otherwise `minute`. */
  readonly precision: Precision;
  /** The printed zone, or `null` to use the `timeZone` option. */
  readonly zone: Zone | null;
}

/**
 * An amount of one unit in a relative form (`2 hours`).
 *
 * @example
 * ```ts
 * const a: Amount = { unit: "hour", count: 2 };
 * ```
 */
export interface Amount {
  /** The unit. */
  readonly unit: TimeUnit;
  /** How many. */
  readonly count: number;
}

/**
 * What the grammar understood, before it is resolved to an instant.
 *
 * @example
 * ```ts
 * const p: Parsed = { type: "ago", amounts: [{ unit: "hour", count: 2 }], clock: null };
 * ```
 */
export type Parsed =
  | {
      /** `just now`, `moments ago`. */
      readonly type: "now";
    }
  | {
      /** `2 hours ago`, `1d 21h ago`, `2 days ago at 07:54 am`. */
      readonly type: "ago";
      /** The amounts to subtract, one per unit. */
      readonly amounts: readonly Amount[];
      /** A clock printed after the amount, or `null`. */
      readonly clock: Clock | null;
    }
  | {
      /** `today`, `yesterday`, `hier à 17h30`. */
      readonly type: "day";
      /** Calendar days back from the reference day. */
      readonly daysBack: number;
      /** A clock printed after the day word, or `null`. */
      readonly clock: Clock | null;
    }
  | {
      /** `last week`, `le mois dernier`. */
      readonly type: "last";
      /** The period. */
      readonly unit: TimeUnit;
    }
  | {
      /** `Sunday`, `Monday at 5:30 PM`. */
      readonly type: "weekday";
      /** 0 (Sunday) to 6. */
      readonly weekday: number;
      /** A clock printed with it, or `null`. */
      readonly clock: Clock | null;
    }
  | {
      /** A labelled clock alone: `Updated 3:26 pm`. */
      readonly type: "clock";
      /** The clock. */
      readonly clock: Clock;
    }
  | {
      /** A printed date, with or without a clock. */
      readonly type: "date";
      /** The year, or `null` when not printed (`Aug. 9`). */
      readonly year: number | null;
      /** 1–12. */
      readonly month: number;
      /** Day of the month, or `null` for a month and year (`September 2019`). */
      readonly day: number | null;
      /** The clock, or `null` for a day-precision date. */
      readonly clock: Clock | null;
      /** `true` when the month was printed as a name (`Jun. 10`), not a number. */
      readonly named: boolean;
    };

/**
 * Which forms a caller accepts.
 *
 * @example
 * ```ts
 * const lineMode: GrammarMode = { compact: true, bareWeekday: true, monthYear: true, dateOrder: "DMY" };
 * ```
 */
export interface GrammarMode {
  /** Compact stamps without "ago" (`3h`): only as a whole line. */
  readonly compact: boolean;
  /** A full weekday name alone (`Sunday`): only as a whole line. */
  readonly bareWeekday: boolean;
  /** A month and year without a day (`September 2019`). */
  readonly monthYear: boolean;
  /** The order of ambiguous numeric dates. */
  readonly dateOrder: DateOrder;
}

/** Punctuation allowed between the parts of a date (`Thu, 14 Aug`, `13 June 2025 | 8:46 pm`). */
const SEPARATORS: ReadonlySet<string> = new Set([",", "|", "-", "/", "·", "•", ";", "@"]);
const MAX_COUNT = 100_000;


/** A token run `[i, end)` and the vocabulary to read it with. */
interface Run {
  readonly t: readonly Token[];
  readonly end: number;
  readonly v: Vocabulary;
  readonly mode: GrammarMode;
}

function tok(r: Run, i: number): Token | undefined {
  return i < r.end ? r.t[i] : undefined;
}

/** Skips separators and connector words (`at`, `à`, `في`); returns the next index. */
function skipSeparators(r: Run, i: number): number {
  for (;;) {
    const t = tok(r, i);
    if (t === undefined) return i;
    if (t.kind === "punct" && SEPARATORS.has(t.text)) {
      i++;
      continue;
    }
    const c = lookup(r.v.connectors, r.t, i, r.end);
    if (c === null) return i;
    i = c.next;
  }
}

/**
 * A clock: `5:04 pm`, `14:57`, `10:32:00 GMT`, `8 PM`, `17h30`, with an optional zone; `military`
 * for four digits before a zone (`1430 GMT`, `0915Z`), which the caller reads only beside a date.
 */
function readClock(r: Run, i: number): { clock: Clock; next: number; dotted?: true; military?: true } | null {
  const t = tok(r, i);
  if (t === undefined) return null;
  if (t.kind === "num" && t.digits === 4 && !t.ordinal) return readMilitaryClock(r, i, t);
  // `noon`, `midnight`: a clock in one word, at the hour.
  const word = t.kind === "word" ? lookup(r.v.clockWords, r.t, i, r.end) : null;
  // Not in title case: `High Noon`, `Sunday Noon` are titles.
  if (word !== null && (t.lower || t.upper)) {
    const zone = readZone(r, word.next);
    return { clock: { hour: word.value, minute: 0, second: 0, ms: 0, precision: "hour", zone: zone?.zone ?? null }, next: zone?.next ?? word.next };
  }
  if (t.kind === "word" && (CJK_PM.has(t.text) || CJK_AM.has(t.text))) return readCjkHalfDay(r, i, CJK_PM.has(t.text));
  if (t.kind === "word" && r.v.meridiemBefore) return readMeridiemFirst(r, i);
  if (t.kind === "num" && t.digits <= 2 && !t.ordinal && tok(r, i + 1)?.glued === true && CJK_HOUR.has(tok(r, i + 1)!.text)) return readCjkClock(r, i);
  let hour: number;
  let minute = 0;
  let second = -1;
  let ms = 0;
  let precision: Precision = "minute";
  let next = i + 1;
  let dotted = false;
  if (t.kind === "time") {
    hour = t.value;
    minute = t.parts[0] ?? 0;
    second = t.parts[1] ?? -1;
    ms = t.parts[2] ?? 0;
    if (second >= 0) precision = "second";
  } else if (t.kind === "num" && t.digits <= 2 && !t.ordinal) {
    hour = t.value; // `8 PM`: only with a meridiem, checked below
    precision = "hour";
    const spaced = lookup(r.v.spacedClockWords, r.t, next, r.end);
    if (spaced) {
      // `14 h 30`, `9 h`: the word says clock, so no meridiem is needed.
      const m = tok(r, spaced.next);
      const withMinutes = m?.kind === "num" && m.digits === 2 && !m.ordinal;
      if (hour > 23 || (withMinutes && m.value > 59)) return null;
      // `10h32min` (Brazilian pages): the minutes' own word after them.
      const after = withMinutes ? spaced.next + 1 : spaced.next;
      const end = (withMinutes ? lookup(r.v.clockSuffixes, r.t, after, r.end)?.next : undefined) ?? after;
      const zone = readZone(r, end);
      return {
        clock: { hour, minute: withMinutes ? m.value : 0, second: 0, ms: 0, precision: withMinutes ? "minute" : "hour", zone: zone?.zone ?? null },
        next: zone?.next ?? end,
      };
    }
    // `10.32` (British and Italian pages): the same shape as a decimal, so the caller decides.
    const m = tok(r, next + 1);
    if (tok(r, next)?.kind === "decimal" && tok(r, next)?.text === "." && m?.kind === "num" && m.digits === 2 && !m.ordinal) {
      minute = m.value;
      precision = "minute";
      dotted = true;
      next += 2;
    }
  } else {
    return null;
  }
  const am = lookup(r.v.am, r.t, next, r.end);
  const pm = am ? null : lookup(r.v.pm, r.t, next, r.end);
  // `12 noon`, `12:00 midnight`: the word names the hour printed (`11 noon` is none).
  const named = am || pm ? null : lookup(r.v.clockWords, r.t, next, r.end);
  if (named !== null) {
    if (hour !== 12 || minute !== 0 || second > 0) return null;
    hour = named.value;
    next = named.next;
  } else if (am || pm) {
    next = (am ?? pm)?.next ?? next;
    if (hour > 12 && am) return null;
    if (hour === 0 && t.kind === "num") return null;
    if (hour <= 12) hour = pm ? (hour % 12) + 12 : hour % 12; // `12 am` is midnight, `12 pm` noon
  } else if (t.kind === "num" && !dotted) {
    return null;
  } else {
    // `10:32 Uhr`, `10:32 h`: a word that only says "o'clock".
    const suffix = lookup(r.v.clockSuffixes, r.t, next, r.end);
    if (suffix) next = suffix.next;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = readZone(r, next);
  const clock: Clock = { hour, minute, second: Math.max(second, 0), ms, precision, zone: zone?.zone ?? null };
  return dotted && !(am || pm) && zone === null ? { clock, next, dotted } : { clock, next: zone?.next ?? next };
}

/**
 * `1430 GMT`, `0915 UTC`, `2200Z`: a 24-hour clock of four digits, as wire copy prints it, only
 * with a zone after it (`1430 people`, `in 1430` are numbers).
 */
function readMilitaryClock(r: Run, i: number, t: Token): { clock: Clock; next: number; military: true } | null {
  const hour = Math.floor(t.value / 100);
  const minute = t.value % 100;
  const zone = hour <= 23 && minute <= 59 ? readZone(r, i + 1) : null;
  if (zone === null) return null;
  return { clock: { hour, minute, second: 0, ms: 0, precision: "minute", zone: zone.zone }, next: zone.next, military: true };
}

/**
 * A clock with an hour sign and a minute sign printed apart (`10시 30분`, `15時 30分`) or an hour
 * sign alone (`15時`, `下午3点`: hour precision).
 */
function readCjkClock(r: Run, i: number): { clock: Clock; next: number } | null {
  const hour = tok(r, i)!.value;
  const m = tok(r, i + 2);
  const sign = tok(r, i + 3);
  const withMinutes = m?.kind === "num" && m.digits <= 2 && !m.ordinal && sign?.glued === true && CJK_MINUTE.has(sign.text);
  if (hour > 23 || (withMinutes && m.value > 59)) return null;
  const next = withMinutes ? i + 4 : i + 2;
  const zone = readZone(r, next);
  return {
    clock: { hour, minute: withMinutes ? m.value : 0, second: 0, ms: 0, precision: withMinutes ? "minute" : "hour", zone: zone?.zone ?? null },
    next: zone?.next ?? next,
  };
}

/**
 * A part of the day, then a 12-hour clock (Hindi `शाम 5:30`, `सुबह 10 बजे`; Bengali `সকাল ১০:৩০`), in
 * the languages whose meridiem words stand first (`LocaleTime.meridiem.before`). An hour alone needs
 * the word saying "o'clock" (`बजे`).
 */
function readMeridiemFirst(r: Run, i: number): { clock: Clock; next: number } | null {
  const am = lookup(r.v.am, r.t, i, r.end);
  const half = am ?? lookup(r.v.pm, r.t, i, r.end);
  const t = half === null ? undefined : tok(r, half.next);
  if (half === null || t === undefined) return null;
  let next = half.next + 1;
  const suffix = lookup(r.v.clockSuffixes, r.t, next, r.end);
  const hourOnly = t.kind === "num" && t.digits <= 2 && !t.ordinal && suffix !== null;
  // A 24-hour clock after an afternoon word keeps its hour (`शाम 17:30`, as `17:30 pm` does).
  const afternoon24 = am === null && t.kind === "time" && t.value > 12 && t.value <= 23;
  if ((t.kind !== "time" && !hourOnly) || t.value < 1 || (t.value > 12 && !afternoon24)) return null;
  next = suffix?.next ?? next;
  const second = t.kind === "time" ? (t.parts[1] ?? -1) : -1;
  const zone = readZone(r, next);
  const clock: Clock = {
    hour: am ? t.value % 12 : afternoon24 ? t.value : (t.value % 12) + 12, minute: t.kind === "time" ? (t.parts[0] ?? 0) : 0, second: Math.max(second, 0),
    ms: t.kind === "time" ? (t.parts[2] ?? 0) : 0, precision: hourOnly ? "hour" : second >= 0 ? "second" : "minute", zone: zone?.zone ?? null,
  };
  return { clock, next: zone?.next ?? next };
}

/** `下午3:30`, `午後3時`, `오후 3:30`, `上午10点05分`: a half-day word, then a 12-hour clock. */
function readCjkHalfDay(r: Run, i: number, pm: boolean): { clock: Clock; next: number } | null {
  const t = tok(r, i + 1);
  if (t === undefined || (t.kind !== "time" && t.kind !== "num")) return null;
  const c = t.kind === "time" ? readClock(r, i + 1) : readCjkClock(r, i + 1);
  if (c === null || c.clock.hour > 12) return c !== null && c.clock.hour > 12 && pm ? c : null;
  const hour = pm ? (c.clock.hour % 12) + 12 : c.clock.hour % 12;
  return { clock: { ...c.clock, hour }, next: c.next };
}

/** A zone after a clock: `GMT`, `EDT`, `+02:00`, `GMT+1`, `Z` (glued only), `Eastern Time`. */
function readZone(r: Run, i: number): { zone: Zone; next: number } | null {
  const t = tok(r, i);
  if (t === undefined) return null;
  if (t.kind === "offset") return { zone: { kind: "offset", minutes: t.value }, next: i + 1 };
  if (t.kind !== "word") return null;
  // A zone named in words, the longest name first (`Central European Summer Time` before `Central`).
  let name = "";
  let named: { zone: Zone; next: number } | null = null;
  for (let j = i; j < i + ZONE_NAME_WORDS && tok(r, j)?.kind === "word"; j++) {
    name = j === i ? t.text : `${name} ${tok(r, j)!.text}`;
    const zone = ZONE_NAMES.get(name);
    if (zone !== undefined) named = { zone, next: j + 1 };
  }
  if (named !== null) return named;
  const zone = ZONES.get(t.text);
  if (zone === undefined || (t.text === "z" && !t.glued) || (!t.upper && CAPITALS_ONLY.has(t.text))) return null;
  const after = tok(r, i + 1);
  if ((t.text === "gmt" || t.text === "utc") && after?.kind === "offset") {
    return { zone: { kind: "offset", minutes: after.value }, next: i + 2 };
  }
  return { zone, next: i + 1 };
}

/** Optional clock after a relative or weekday form: `[at|,|à] 5:30 PM`; must reach the end. */
function readClockTail(r: Run, i: number, dottedOk = false): { clock: Clock | null } | null {
  if (i === r.end) return { clock: null };
  const c = readClock(r, skipSeparators(r, i));
  // A bare `10.32` only after a day word (`yesterday at 10.32`): after a weekday it is a score or a listing.
  // `1430 GMT` only beside a printed date.
  return c && c.next === r.end && (dottedOk || c.dotted !== true) && c.military !== true ? { clock: c.clock } : null;
}

function daysInMonth(year: number | null, month: number): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The value of a four-digit year token (1900–2100), or null; in a language with an era
 * (`eraOffset`, Thai Buddhist `2568`), a year in that era's range is read back to the Gregorian one.
 */
function yearOf(r: Run, t: Token | undefined): number | null {
  if (t === undefined || t.kind !== "num" || t.digits !== 4 || t.ordinal) return null;
  const year = t.value >= 1900 && t.value <= 2100 ? t.value : t.value - r.v.eraOffset;
  return year >= 1900 && year <= 2100 ? year : null;
}

/** The value of a day-of-month token (`9`, `09`, `1st`), or null. */
function dayOf(t: Token | undefined): number | null {
  return t !== undefined && t.kind === "num" && t.digits <= 2 && t.value >= 1 && t.value <= 31 ? t.value : null;
}

interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
  named: boolean;
  /** Day-first parts closed by full stops (`14. 8. 2025`): numbers only, so read only beside a clock, a weekday or a label. */
  bare?: true;
}

const inYears = (y: number) => y >= 1900 && y <= 2100;

/**
 * A numeric date. Four digits first is year-month-day (ISO). Otherwise the year is last and the
 * order of day and month is decided by the numbers when they can decide (`25-12-2025` is day
 * first, `12/25/2025` month first) and by `dateOrder` when both are 12 or less.
 */
function numericDate(t: Token, order: DateOrder, era: number, solarHijri: boolean): DateParts | null {
  const [a = 0, b = 0, c = 0] = t.parts;
  const [la = 0, lb = 0, lc = 0] = t.partDigits;
  // A Solar Hijri year first, in a language that prints that calendar (`۱۴۰۴/۰۵/۲۱`).
  if (solarHijri && la === 4 && lc <= 2 && a >= SOLAR_HIJRI_YEARS.min && a <= SOLAR_HIJRI_YEARS.max) return solarHijriParts(a, b, c);
  // A four-digit year past 2100 in a language with an era is that era's (Thai `12/08/2568` = 2025);
  // other years outside 1900–2100 are not read (`1404/05/21` is a Persian Solar Hijri date).
  const full = (y: number) => (y > 2100 && era > 0 ? y - era : y);
  if (la === 4) return lc <= 2 && inYears(full(a)) ? { year: full(a), month: b, day: c, named: false } : null;
  if (la > 2 || (lc !== 4 && lc !== 2)) return null;
  // Two-digit years (`05.10.18`): 00–69 are 2000s, 70–99 the 1900s.
  const year = lc === 4 ? full(c) : c < 70 ? 2000 + c : 1900 + c;
  if (!inYears(year)) return null;
  let dayFirst = order === "DMY";
  if (a > 12 && b <= 12) dayFirst = true;
  else if (b > 12 && a <= 12) dayFirst = false;
  return dayFirst ? { year, month: b, day: a, named: false } : { year, month: a, day: b, named: false };
}

/** A date: numeric, `Month D[, YYYY]`, `D Month [YYYY]`, `Month YYYY`. */
function readDate(r: Run, i: number): { date: DateParts; next: number } | null {
  const t = tok(r, i);
  if (t === undefined) return null;
  if (t.kind === "date") {
    const d = numericDate(t, r.mode.dateOrder, r.v.eraOffset, r.v.solarHijriMonths.map.size > 0);
    // `14.08.2025 г.`, `14.08.2025 r.`: the year word after a year printed last.
    const suffix = d !== null && t.partDigits[2] === 4 ? lookup(r.v.yearSuffixes, r.t, i + 1, r.end) : null;
    return d ? { date: d, next: suffix?.next ?? i + 1 } : null;
  }
  const monthDay = readMonthDayWeekday(r, i);
  if (monthDay) return monthDay;
  if (t.kind === "num" && t.digits <= 4 && !t.ordinal) {
    const cjk = readCjkDate(r, i);
    if (cjk) return cjk;
  }
  if (t.kind === "num" && (t.ordinal || tok(r, i + 1)?.text === YEAR_STOP)) {
    const dotted = readDottedDate(r, i);
    if (dotted) return dotted;
  }
  const yearFirst = readYearFirst(r, i);
  if (yearFirst) return yearFirst;
  const month = readMonth(r, i);
  // `Ramadan 12, 1445 AH`: a Hijri month first, as English pages print it.
  const lunarFirst = month === null && r.v.lunarHijriMonths.map.size > 0 ? lookup(r.v.lunarHijriMonths, r.t, i, r.end) : null;
  const lunarDay = lunarFirst && dayOf(tok(r, lunarFirst.next));
  if (lunarFirst && lunarDay) return readOtherCalendar(r, i, lunarDay, LUNAR_HIJRI, lunarFirst.next + 1);
  if (month) {
    const at = skipDash(r, month.next);
    const day = dayOf(tok(r, at));
    if (day !== null) {
      // `kovo 5 d.` (Lithuanian): the day's word closes a date of this year.
      const daySuffix = lookup(r.v.daySuffixes, r.t, at + 1, r.end);
      if (daySuffix !== null) return { date: { year: null, month: month.value, day, named: true }, next: daySuffix.next };
      // `Jun-25-2019`, `Jun.25.2019`: a day glued to its month takes its year the same way.
      const year = readYear(r, at === month.next && !tok(r, at)!.glued ? at + 1 : skipDash(r, at + 1), true);
      return { date: { year: year?.year ?? null, month: month.value, day, named: true }, next: year?.next ?? at + 1 };
    }
    // `September 2019`, `January, 2024`, `agosto de 2025`.
    const year = r.mode.monthYear ? readYear(r, month.next) : null;
    return year ? { date: { year: year.year, month: month.value, day: null, named: true }, next: year.next } : null;
  }
  const day = dayOf(t);
  if (day !== null) {
    // `3rd of May`, `14 de agosto`.
    const dash = skipDash(r, i + 1);
    const at = dash > i + 1 ? dash : (lookup(r.v.dateJoiners, r.t, i + 1, r.end)?.next ?? i + 1);
    const m = readMonth(r, at);
    const other = m === null ? ((r.v.solarHijriMonths.map.size > 0 ? readOtherCalendar(r, at, day, SOLAR_HIJRI) : null) ??
      (r.v.lunarHijriMonths.map.size > 0 ? readOtherCalendar(r, at, day, LUNAR_HIJRI) : null)) : null;
    if (other) return other;
    if (m === null) {
      // `14 set. 2025`: an abbreviation that is a word elsewhere, only with the year.
      const word = lookup(r.v.monthsBeforeYear, r.t, at, r.end);
      const year = word && readYear(r, dash > i + 1 ? skipDash(r, word.next) : word.next);
      return word && year ? { date: { year: year.year, month: word.value, day, named: true }, next: year.next } : null;
    }
    const yearAt = dash > i + 1 ? skipDash(r, m.next) : m.next;
    const year = readYear(r, yearAt, true, dash > i + 1 && yearAt > m.next);
    return { date: { year: year?.year ?? null, month: m.value, day, named: true }, next: year?.next ?? m.next };
  }
  return null;
}

/**
 * `8/14(木)`: a month and a day, glued to a CJK weekday in brackets, as Japanese pages print a
 * date of this year (month first, as Japanese writes dates). The weekday is what says date: a bare
 * `8/14` is as often a fraction or a score.
 */
function readMonthDayWeekday(r: Run, i: number): { date: DateParts; next: number } | null {
  const t = tok(r, i);
  const slash = tok(r, i + 1);
  const day = tok(r, i + 2);
  if (t?.kind !== "num" || t.digits > 2 || slash?.text !== "/" || !slash.glued || day?.kind !== "num" || day.digits > 2 || !day.glued) return null;
  const weekday = tok(r, i + 3);
  if (weekday === undefined || !weekday.glued || !CJK_BRACKET_WEEKDAYS.has(weekday.text) || t.ordinal || day.ordinal) return null;
  return { date: { year: null, month: t.value, day: day.value, named: false }, next: i + 3 };
}

/**
 * A year, its month's name and the day (`2025 Aug 14`, `2025-Aug-14`, `2025, August 14`), the order
 * of pages that print dates big-endian with a month's name; or a year, the word for "year" after it,
 * then the month's name and the day, maybe with the day's word (Lithuanian `2025 m. kovo 5 d.`), or
 * the day and the month's name (Latvian `2025. gada 5. martā`).
 */
function readYearFirst(r: Run, i: number): { date: DateParts; next: number } | null {
  const year = yearOf(r, tok(r, i));
  if (year === null) return null;
  const word = lookup(r.v.yearSuffixes, r.t, tok(r, i + 1)?.text === YEAR_STOP ? i + 2 : i + 1, r.end);
  if (word !== null) {
    const first = dayOf(tok(r, word.next));
    const m = readMonth(r, first === null ? word.next : word.next + 1);
    const day = first ?? (m === null ? null : dayOf(tok(r, m.next)));
    if (m === null || day === null) return null;
    if (first !== null) return { date: { year, month: m.value, day, named: true }, next: m.next };
    return { date: { year, month: m.value, day, named: true }, next: lookup(r.v.daySuffixes, r.t, m.next + 1, r.end)?.next ?? m.next + 1 };
  }
  const dashed = skipDash(r, i + 1);
  const m = readMonth(r, dashed > i + 1 ? dashed : tok(r, i + 1)?.text === "," ? i + 2 : i + 1);
  if (m === null) return null;
  const at = skipDash(r, m.next);
  const day = dayOf(tok(r, at));
  // The day glued to a dash only when the year was (`2025-Aug-14`, not `2025 Aug-14`).
  if (day === null || (at > m.next) !== (dashed > i + 1)) return null;
  return { date: { year, month: m.value, day, named: true }, next: at + 1 };
}

/** Gregorian date parts of a Solar Hijri date, or null when it does not exist. */
function solarHijriParts(year: number, month: number, day: number): DateParts | null {
  const g = solarHijriToGregorian(year, month, day);
  return g ? { year: g[0], month: g[1], day: g[2], named: false } : null;
}

/** A calendar other than the Gregorian one: its month names, the years read, the conversion, eras after the year. */
interface OtherCalendar {
  readonly months: (v: Vocabulary) => PhraseTable<number>;
  readonly years: { readonly min: number; readonly max: number };
  readonly toGregorian: (year: number, month: number, day: number) => [number, number, number] | null;
  readonly eras: readonly string[];
}

const SOLAR_HIJRI: OtherCalendar = { months: (v) => v.solarHijriMonths, years: SOLAR_HIJRI_YEARS, toGregorian: solarHijriToGregorian, eras: [] };
const LUNAR_HIJRI: OtherCalendar = { months: (v) => v.lunarHijriMonths, years: LUNAR_HIJRI_YEARS, toGregorian: lunarHijriToGregorian, eras: HIJRI_ERAS };

/**
 * A date of another calendar from its month at `i` (after the day, or before it when `dayEnd`, one
 * past the day, is given): the month's name, a year of the range read, maybe an era after it,
 * converted to Gregorian. Solar Hijri `۲۱ مرداد ۱۴۰۴`; Hijri lunar `12 ذو القعدة 1445 هـ` (tabular
 * calendar), `Ramadan 12, 1445 AH`.
 */
function readOtherCalendar(r: Run, i: number, day: number, calendar: OtherCalendar, dayEnd = -1): { date: DateParts; next: number } | null {
  const m = lookup(calendar.months(r.v), r.t, i, r.end);
  if (m === null) return null;
  // The year after the month, or after the day when the month comes first (`dayEnd`).
  const after = dayEnd < 0 ? m.next : dayEnd;
  const j = tok(r, after)?.text === "," ? after + 1 : after;
  const y = tok(r, j);
  if (y?.kind !== "num" || y.digits !== 4 || y.ordinal || y.value < calendar.years.min || y.value > calendar.years.max) return null;
  const g = calendar.toGregorian(y.value, m.value, day);
  if (g === null) return null;
  const era = tok(r, j + 1);
  const next = era?.kind === "word" && calendar.eras.includes(era.text) ? j + 2 : j + 1;
  return { date: { year: g[0], month: g[1], day: g[2], named: true }, next };
}

/** A number closed by a full stop (`14.`, `8.`; not `14th`), of at most `digits` digits. */
function dottedNumber(t: Token | undefined, digits: number): number | null {
  return t !== undefined && t.kind === "num" && t.ordinal && t.digits <= digits && t.end - t.start === t.digits + 1 ? t.value : null;
}

/**
 * Dates whose parts are closed by full stops and spaced: year first (Hungarian, Korean:
 * `2025. augusztus 14.`, `2025. 08. 14.`, `2025. 5. 20.`) or day first (Czech, Slovak, German:
 * `14. 8. 2025`). The lexer marks a number followed by a full stop and a space as such.
 */
function readDottedDate(r: Run, i: number): { date: DateParts; next: number } | null {
  const first = tok(r, i)!;
  if (first.digits === 4) {
    const year = yearOf(r, first);
    if (year === null || tok(r, i + 1)?.text !== YEAR_STOP) return null;
    const m = readMonth(r, i + 2);
    if (m) {
      const day = dayOf(tok(r, m.next));
      return day === null ? null : { date: { year, month: m.value, day, named: true }, next: m.next + 1 };
    }
    const month = dottedNumber(tok(r, i + 2), 2);
    const day = dottedNumber(tok(r, i + 3), 2);
    return month !== null && day !== null ? { date: { year, month, day, named: false }, next: i + 4 } : null;
  }
  const day = dottedNumber(first, 2);
  const month = dottedNumber(tok(r, i + 1), 2);
  const year = yearOf(r, tok(r, i + 2));
  return day !== null && month !== null && year !== null ? { date: { year, month, day, named: false, bare: true }, next: i + 3 } : null;
}

/** A month's name, or a month word and its number (`tháng 8`). */
function readMonth(r: Run, i: number): PhraseMatch<number> | null {
  const named = lookup(r.v.months, r.t, i, r.end);
  if (named !== null || r.v.monthWords.map.size === 0) return named;
  const word = lookup(r.v.monthWords, r.t, i, r.end);
  const n = word && word.next < r.end ? tok(r, word.next) : undefined;
  if (word === null || n?.kind !== "num" || n.ordinal || n.digits > 2 || n.value < 1 || n.value > 12) return null;
  return { value: n.value, next: word.next + 1 };
}

/** A number with a CJK sign glued after it (`5月`, `2024년`), from the set `signs`. */
function signed(r: Run, i: number, signs: ReadonlySet<string>, maxDigits: number): number | null {
  const n = tok(r, i);
  const sign = tok(r, i + 1);
  if (n?.kind !== "num" || n.ordinal || n.digits > maxDigits || sign?.kind !== "word" || !sign.glued || !signs.has(sign.text)) return null;
  return n.value;
}

/**
 * `2024년 3월 5일` (the signs apart, as Korean prints them) and year-less `5月20日`, `5월 20일`; the
 * glued `2024年3月5日` is one token of the lexer's.
 */
function readCjkDate(r: Run, i: number): { date: DateParts; next: number } | null {
  const year = tok(r, i)?.digits === 4 ? signed(r, i, CJK_YEAR, 4) : null;
  // A month glued after a year sign whose year was not read (`6年5月18日`, an era's year without
  // its era; `民國 0年`): the date has a year, just not one read, so it is no year-less date.
  const before = r.t[i - 1];
  if (year === null && before !== undefined && tok(r, i)?.glued === true && before.kind === "word" && CJK_YEAR.has(before.text)) return null;
  const at = year === null ? i : i + 2;
  const month = signed(r, at, CJK_MONTH, 2);
  const day = month === null ? null : signed(r, at + 2, CJK_DAY, 2);
  if (month === null || day === null) return null;
  return { date: { year, month, day, named: false }, next: at + 4 };
}

/**
 * `20250814` (ISO 8601 basic form), only after a label (`Updated 20250814`): alone, eight digits
 * are as often an order number, a phone number or a document id, so the label is what says date.
 */
function readCompactDate(r: Run, i: number): { date: DateParts; next: number } | null {
  const t = tok(r, i);
  if (t?.kind !== "num" || t.digits !== 8 || t.ordinal) return null;
  const year = Math.floor(t.value / 10_000);
  if (year < 1990 || year > 2100) return null;
  return { date: { year, month: Math.floor(t.value / 100) % 100, day: t.value % 100, named: false }, next: i + 1 };
}

/**
 * Past a `-` or `/` glued on both sides inside a date written with a month name (`14-Aug-2025`,
 * `14/Aug/2025`; the lexer gives the full stops of `25.Jun.2019` and `Jun.25.2019` as `-`).
 */
function skipDash(r: Run, i: number): number {
  const t = tok(r, i);
  const next = tok(r, i + 1);
  return t?.kind === "punct" && (t.text === "-" || t.text === "/") && t.glued && next?.glued === true ? i + 1 : i;
}

/**
 * A year after a month or a day, maybe after a comma or a joining word (`, 2025`, `de 2025`); with
 * `elided`, also two digits after an apostrophe (`18 May '24`: 00–69 are the 2000s, 70–99 the 1900s);
 * with `dashed` (the day, month and year joined by dashes: `18-May-24`), two digits glued after it.
 */
function readYear(r: Run, i: number, elided = false, dashed = false): { year: number; next: number } | null {
  let j = tok(r, i)?.text === "," ? i + 1 : i;
  j = lookup(r.v.dateJoiners, r.t, j, r.end)?.next ?? j;
  const t = tok(r, j);
  const two = tok(r, j + 1);
  if (elided && t?.kind === "other" && (t.text === "'" || t.text === "’") && two?.kind === "num" && two.glued && two.digits === 2 && !two.ordinal) {
    return { year: two.value < 70 ? 2000 + two.value : 1900 + two.value, next: j + 2 };
  }
  if (dashed && j === i && t?.kind === "num" && t.glued && t.digits === 2 && !t.ordinal && r.v.eraOffset === 0) {
    return { year: t.value < 70 ? 2000 + t.value : 1900 + t.value, next: j + 1 };
  }
  // Two digits after a month name are a year of the language's era (Thai `ส.ค. 68` = 2568 = 2025).
  const year = r.v.eraOffset > 0 && t?.kind === "num" && t.digits === 2 && !t.ordinal ? 2500 + t.value - r.v.eraOffset : yearOf(r, t);
  if (year === null) return null;
  return { year, next: lookup(r.v.yearSuffixes, r.t, j + 1, r.end)?.next ?? j + 1 };
}

function validDate(d: DateParts): boolean {
  return d.month >= 1 && d.month <= 12 && (d.day === null || (d.day >= 1 && d.day <= daysInMonth(d.year, d.month)));
}

/**
 * A weekday, maybe after a word such as `last`, `on`, `el pasado` and before one such as `pasado`:
 * `alone` when it may stand without a date (a full name, or any name after such a word).
 */
function readWeekday(r: Run, i: number): { weekday: number; alone: boolean; next: number } | null {
  const lead = lookup(r.v.weekdayBefore, r.t, i, r.end);
  for (const at of lead ? [lead.next, i] : [i]) {
    const full = lookup(r.v.weekdays, r.t, at, r.end);
    const w = full ?? lookup(r.v.weekdayAbbreviations, r.t, at, r.end);
    if (w === null) continue;
    const trail = lookup(r.v.weekdayAfter, r.t, w.next, r.end);
    return { weekday: w.value, alone: full !== null || at !== i || trail !== null, next: trail?.next ?? w.next };
  }
  return null;
}

/**
 * Absolute forms: a date, a weekday and a clock in any order, each at most once, separated by
 * punctuation or connector words (`Thu, 14 Aug 2025 10:32:00 GMT`, `1:39 am EST, Wednesday,
 * November 20, 2019`). Weekday abbreviations count only next to a date; a clock alone only
 * after a label (`Updated 3:26 pm`).
 */
function readAbsolute(r: Run, i: number, labelled: boolean): Parsed | null {
  let date: DateParts | null = null;
  let weekday = -1;
  let fullWeekday = false;
  let clock: Clock | null = null;
  let bareDotted = false;
  // Unlabelled, the line must start with the timestamp itself, not with `|` or `-`.
  if (!labelled && tok(r, i)?.kind === "punct") return null;
  while (i < r.end) {
    i = skipSeparators(r, i);
    if (i === r.end) return null; // a trailing separator: not a whole timestamp
    const d: ReturnType<typeof readDate> = date === null ? (readDate(r, i) ?? (labelled ? readCompactDate(r, i) : null)) : null;
    if (d) {
      date = d.date;
      i = d.next;
      continue;
    }
    // `Thu Aug 14 10:32:00 UTC 2025` (C's asctime, Unix `date`): the year of a named date closes the line, after the clock.
    const late: number | null = date !== null && date.year === null && date.named && clock !== null && i + 1 === r.end ? yearOf(r, tok(r, i)) : null;
    if (late !== null) {
      date = { ...date!, year: late };
      i++;
      continue;
    }
    const text = tok(r, i)?.text ?? "";
    const bracketed = CJK_BRACKET_WEEKDAYS.get(text);
    // A full CJK weekday name unbracketed (`星期二`, `火曜日`, `화요일`) is read as a full English name is.
    const full = CJK_WEEKDAYS.get(text);
    if (weekday < 0 && ((bracketed !== undefined && date !== null) || full !== undefined)) {
      weekday = bracketed ?? full!;
      fullWeekday = full !== undefined;
      i++;
      continue;
    }
    if (weekday < 0) {
      const w = readWeekday(r, i);
      if (w) {
        weekday = w.weekday;
        fullWeekday = w.alone;
        i = w.next;
        continue;
      }
    }
    const c: ReturnType<typeof readClock> = clock === null ? readClock(r, i) : null;
    if (c) {
      clock = c.clock;
      bareDotted = c.dotted === true || c.military === true;
      i = c.next;
      continue;
    }
    return null;
  }
  // `10.32` with no meridiem or zone is a clock only beside a date (`Updated 10.32` may be a version),
  // and so is `1430 GMT` (`Updated 1430 GMT` is no wire copy's form).
  if (bareDotted && date === null) return null;
  if (date) {
    if (!validDate(date) || (date.bare === true && !labelled && clock === null && weekday < 0)) return null;
    return { type: "date", ...date, clock };
  }
  // An abbreviation with a clock (`Mon 10:30`) only as a whole line, and with minutes: `Sun 5 pm` is a listing.
  if (clock && weekday >= 0) {
    return fullWeekday || (r.mode.bareWeekday && clock.precision !== "hour") ? { type: "weekday", weekday, clock } : null;
  }
  if (clock && labelled) return { type: "clock", clock };
  return null;
}

/** Reads one amount: `2 hours`, `an hour`, `a few minutes`, `يومين`, `ساعة واحدة`. */
function readAmount(r: Run, i: number): { amount: Amount; next: number } | null {
  const counted = lookup(r.v.countedUnits, r.t, i, r.end);
  if (counted) return { amount: counted.value, next: counted.next };
  const t = tok(r, i);
  if (t === undefined) return null;
  let count: number | null = null;
  let next = i;
  let fraction: { value: number; digits: number } | null = null;
  if (t.kind === "num" && !t.ordinal && t.digits <= 6) {
    count = t.value;
    next = i + 1;
    const f = readFraction(r, next);
    if (f) {
      fraction = f;
      next += 2;
    }
  } else {
    const word = lookup(r.v.numbers, r.t, i, r.end);
    if (word) {
      count = word.value;
      next = word.next;
    }
  }
  const unit = lookup(r.v.units, r.t, next, r.end);
  if (unit === null) return null;
  if (count === null) {
    if (!r.v.bareUnitMeansOne) return null;
    const after = lookup(r.v.numbersAfterUnit, r.t, unit.next, r.end);
    return { amount: { unit: unit.value, count: after?.value ?? 1 }, next: after?.next ?? unit.next };
  }
  if (count > MAX_COUNT) return null;
  if (fraction === null) return { amount: { unit: unit.value, count }, next: unit.next };
  const smaller = decimalAmount(count, fraction, unit.value);
  return smaller ? { amount: smaller, next: unit.next } : null;
}

/** `.5`, `,5` glued on both sides after a count: the fraction of `1.5 hours`, `vor 1,5 Stunden`. */
function readFraction(r: Run, i: number): { value: number; digits: number } | null {
  const p = tok(r, i);
  const d = tok(r, i + 1);
  // The lexer marks a decimal only before one or two digits (`1,500` is a thousand separator).
  if (p?.kind !== "decimal" || d?.kind !== "num" || !d.glued || d.ordinal || d.digits > 2) return null;
  const after = tok(r, i + 2);
  if (after !== undefined && after.glued && after.kind !== "word") return null; // `1.5/2`; a unit may be glued (`1.5h`)
  return { value: d.value, digits: d.digits };
}

/** The next smaller unit and how many of it make one (no smaller unit for months: they differ in length). */
const SMALLER: Readonly<Partial<Record<TimeUnit, readonly [TimeUnit, number]>>> = {
  minute: ["second", 60], hour: ["minute", 60], day: ["hour", 24], week: ["day", 7], year: ["month", 12],
};

/**
 * `1.5 hours` as 90 minutes: a decimal amount in the next smaller unit, so the instant is exact
 * and the precision says what was printed to the tenth. `null` when the result is no whole number
 * of that unit (`1.3 weeks`), as a printed stamp never means that.
 */
function decimalAmount(count: number, fraction: { value: number; digits: number }, unit: TimeUnit): Amount | null {
  const smaller = SMALLER[unit];
  if (smaller === undefined) return null;
  const scale = 10 ** fraction.digits;
  const total = (count * scale + fraction.value) * smaller[1];
  return total % scale === 0 ? { unit: smaller[0], count: total / scale } : null;
}

/** One or more amounts (`1 day and 3 hours`, `1d 21h`), after an optional hedge (`about`). */
function readAmounts(r: Run, i: number): { amounts: Amount[]; next: number } | null {
  const q = lookup(r.v.qualifiers, r.t, i, r.end);
  if (q) i = q.next;
  const amounts: Amount[] = [];
  for (;;) {
    const a = readAmount(r, i);
    if (a === null) break;
    if (amounts.some((x) => x.unit === a.amount.unit)) return null;
    amounts.push(a.amount);
    i = a.next;
    // Parts of a compound follow each other directly (`1d 21h`) or after `,` / `and`.
    const sep = tok(r, i)?.text === "," ? { next: i + 1 } : (lookup(r.v.and, r.t, i, r.end) ?? { next: i });
    if (readAmount(r, sep.next) === null) break;
    i = sep.next;
  }
  return amounts.length > 0 ? { amounts, next: i } : null;
}

/** The largest count a compact display prints before it moves to the next unit. */
const COMPACT_ROLLOVER: Readonly<Partial<Record<TimeUnit, number>>> = { second: 59, minute: 59, hour: 23, day: 31 };

/** `3h`, `1d 21h`: numbers glued to lower-case unit abbreviations, nothing else. */
function readCompact(r: Run, i: number): Amount[] | null {
  const amounts: Amount[] = [];
  while (i < r.end) {
    const n = tok(r, i);
    const u = tok(r, i + 1);
    // Two digits at most: live stamps count up to `59m`, `23h`; `100m` and `400m` are distances.
    if (n?.kind !== "num" || n.ordinal || n.digits > 2 || u?.kind !== "word" || !u.glued || !u.lower) return null;
    // `2h15m`: the next part may be glued; anything else glued (`3hx`) is no stamp.
    const after = i + 2 < r.end ? tok(r, i + 2) : undefined;
    if (!r.v.compactUnits.has(u.text) || (after?.glued === true && after.kind !== "num")) return null;
    const unit = lookup(r.v.units, r.t, i + 1, i + 2);
    if (unit === null || amounts.some((x) => x.unit === unit.value)) return null;
    // A live display rolls over to the next unit (`23h`, then `1d`): `24h` and `48h` are durations.
    if (n.value > (COMPACT_ROLLOVER[unit.value] ?? Infinity)) return null;
    amounts.push({ unit: unit.value, count: n.value });
    i += 2;
  }
  return amounts.length > 0 ? amounts : null;
}

/**
 * `5分钟前`, `3時間前`, `5분 전`, `5분전` as the whole run: a count of at most three digits (two for
 * years: `2020年前` is "before 2020"), its unit glued after it.
 */
function readCjkAgo(r: Run, i: number): Parsed | null {
  const n = tok(r, i);
  const w = tok(r, i + 1);
  if (n?.kind !== "num" || n.ordinal || n.digits > 3 || w?.kind !== "word" || !w.glued) return null;
  let unit = CJK_AGO.get(w.text);
  let next = i + 2;
  if (unit === undefined && tok(r, i + 2)?.text === KO_AGO) {
    unit = KO_UNITS.get(w.text);
    next = i + 3;
  }
  if (unit === undefined || next !== r.end || (unit === "year" && n.digits > 2)) return null;
  return { type: "ago", amounts: [{ unit, count: n.value }], clock: null };
}

/**
 * A count and a unit word that says "ago" itself (Hungarian `5 perce`, `egy órája`), maybe after
 * a hedge and before a clock tail.
 */
function readAgoUnit(r: Run, i: number): Parsed | null {
  if (r.v.agoUnits.map.size === 0) return null;
  const q = lookup(r.v.qualifiers, r.t, i, r.end);
  const at = q?.next ?? i;
  const t = tok(r, at);
  let count: number | null = null;
  let next = at;
  if (t?.kind === "num" && !t.ordinal && t.digits <= 3) {
    count = t.value;
    next = at + 1;
  } else {
    const word = lookup(r.v.numbers, r.t, at, r.end);
    if (word) [count, next] = [word.value, word.next];
  }
  const unit = count === null ? null : lookup(r.v.agoUnits, r.t, next, r.end);
  const tail = unit && readClockTail(r, unit.next);
  return unit && tail && count !== null ? { type: "ago", amounts: [{ unit: unit.value, count }], clock: tail.clock } : null;
}

/** Relative forms; `null` when the run is not one. */
function readRelative(r: Run, i: number): Parsed | null {
  const now = lookup(r.v.now, r.t, i, r.end);
  if (now?.next === r.end) return { type: "now" };
  const last = lookup(r.v.lastPeriods, r.t, i, r.end);
  if (last?.next === r.end) return { type: "last", unit: last.value };
  // `3pm yesterday`, `at 10:32 today`: a clock before the day word.
  const clockFirst = readClock(r, skipSeparators(r, i));
  if (clockFirst && clockFirst.military !== true) {
    const d = lookup(r.v.dayWords, r.t, skipSeparators(r, clockFirst.next), r.end);
    if (d?.next === r.end) return { type: "day", daysBack: d.value, clock: clockFirst.clock };
  }
  const first = tok(r, i)!;
  if (first.kind === "word") {
    if (CJK_NOW.has(first.text) && i + 1 === r.end) return { type: "now" };
    const back = CJK_DAY_WORDS.get(first.text);
    const tail = back === undefined ? null : readClockTail(r, i + 1, true);
    if (back !== undefined) return tail ? { type: "day", daysBack: back, clock: tail.clock } : null;
  }
  const day = lookup(r.v.dayWords, r.t, i, r.end);
  if (day) {
    const tail = readClockTail(r, day.next, true);
    return tail ? { type: "day", daysBack: day.value, clock: tail.clock } : null;
  }
  const before = lookup(r.v.agoBefore, r.t, i, r.end);
  if (before) {
    const a = readAmounts(r, before.next);
    // `há 2 horas atrás`: both words, as Portuguese pages print it.
    const after = a && lookup(r.v.agoAfter, r.t, a.next, r.end);
    const tail = a && readClockTail(r, after?.next ?? a.next);
    return a && tail ? { type: "ago", amounts: a.amounts, clock: tail.clock } : null;
  }
  const cjk = readCjkAgo(r, i);
  if (cjk) return cjk;
  const fused = readAgoUnit(r, i);
  if (fused) return fused;
  const a = readAmounts(r, i);
  if (a) {
    const ago = lookup(r.v.agoAfter, r.t, a.next, r.end);
    const tail = ago && readClockTail(r, ago.next);
    if (tail) return { type: "ago", amounts: a.amounts, clock: tail.clock };
  }
  if (r.mode.compact) {
    const compact = readCompact(r, i);
    if (compact) return { type: "ago", amounts: compact, clock: null };
  }
  // `Sunday`, `last Sunday`, `on Mon`, `lunes pasado`, `this past Friday at 9:30`: only as a whole line.
  const weekday = r.mode.bareWeekday ? readWeekday(r, i) : null;
  if (weekday?.alone) {
    const tail = readClockTail(r, weekday.next);
    if (tail) return { type: "weekday", weekday: weekday.weekday, clock: tail.clock };
    // `Sunday night`, `lundi soir`, `domingo por la noche`: the part names no clock, so day precision.
    // Printed in lower case only: `Sunday Morning`, `Saturday Night Live` are titles of shows.
    const part = lookup(r.v.dayParts, r.t, weekday.next, r.end);
    if (part?.next === r.end && r.t.slice(weekday.next, r.end).every((t) => t.kind !== "word" || t.lower)) {
      return { type: "weekday", weekday: weekday.weekday, clock: null };
    }
  }
  // `مساء الأحد` (Sunday evening): the part of the day first.
  const partFirst = r.mode.bareWeekday ? lookup(r.v.dayPartsBefore, r.t, i, r.end) : null;
  const after = partFirst && readWeekday(r, partFirst.next);
  if (after?.alone && after.next === r.end) return { type: "weekday", weekday: after.weekday, clock: null };
  return null;
}

/** Punctuation a rule consumes: separators, the `,` of dates, the `:`, `-`, `|` after a label. */
const READ_PUNCT: readonly string[] = [...SEPARATORS, ",", ":", "-", "|", "'", "’"];

/**
 * Every token text a rule of this grammar can consume as a word or punctuation: the tokens of
 * every phrase of every locale, zone names and the punctuation above. Rules read word and
 * punctuation tokens only through these (numbers, clocks, dates and offsets by their kind).
 */
const READABLE_TEXT: ReadonlySet<string> = readableText(VOCABULARIES);

function readableText(vocabularies: readonly Vocabulary[]): Set<string> {
  const out = new Set<string>([...READ_PUNCT, YEAR_STOP, ...ZONES.keys(), ...[...ZONE_NAMES.keys()].flatMap((k) => k.split(" ")), ...CJK_WORDS]);
  for (const v of vocabularies) {
    const tables: readonly PhraseTable<unknown>[] = [v.units, v.countedUnits, v.agoUnits, v.agoBefore, v.agoAfter, v.numbers,
      v.numbersAfterUnit, v.qualifiers, v.and, v.now, v.dayWords, v.lastPeriods, v.months, v.monthWords, v.monthsBeforeYear, v.weekdays,
      v.weekdayAbbreviations, v.am, v.pm, v.connectors, v.labels, v.weekdayBefore, v.weekdayAfter, v.dateJoiners,
      v.clockSuffixes, v.clockWords, v.yearSuffixes, v.daySuffixes, v.dayParts, v.dayPartsBefore, v.spacedClockWords, v.solarHijriMonths, v.lunarHijriMonths];
    for (const t of tables) for (const key of t.map.keys()) for (const w of key.split(" ")) out.add(w);
    if (v.lunarHijriMonths.map.size > 0) for (const w of HIJRI_ERAS) out.add(w);
    for (const w of v.compactUnits) out.add(w);
  }
  return out;
}

/**
 * The 32-bit slots of a set of built-in vocabularies ({@link localesReadingAll}): vocabulary `i` is
 * bit `1 << (i & 31)` of slot `i >>> 5`, so that every one has a bit of its own however many
 * there are.
 */
export const LOCALE_SLOTS: number = Math.max(1, Math.ceil(VOCABULARIES.length / 32));

/**
 * Per token text of {@link READABLE_TEXT}: where its set of vocabularies (those whose rules can
 * consume it) starts in {@link WORD_LOCALES}, {@link LOCALE_SLOTS} slots long.
 */
const LOCALE_SETS: ReadonlyMap<string, number> = new Map();
/** The sets of {@link LOCALE_SETS}, one after another. */
const WORD_LOCALES: Int32Array = (() => {
  const byWord = LOCALE_SETS as Map<string, number>;
  const sets: number[] = [];
  VOCABULARIES.forEach((v, i) => {
    for (const w of readableText([v])) {
      let at = byWord.get(w);
      if (at === undefined) {
        at = sets.length;
        byWord.set(w, at);
        for (let s = 0; s < LOCALE_SLOTS; s++) sets.push(0);
      }
      sets[at + (i >>> 5)]! |= 1 << (i & 31);
    }
  });
  return Int32Array.from(sets);
})();

/** Index of each built-in vocabulary in {@link localesReadingAll}'s answer. */
const VOCABULARY_INDEX: ReadonlyMap<Vocabulary, number> = new Map(VOCABULARIES.map((v, i) => [v, i]));

/**
 * The built-in locales whose rules can consume every word, punctuation and `other` token of
 * `tokens[from, to)`, as a bit set written into `out` (bit `i & 31` of slot `i >>> 5` for
 * `VOCABULARIES[i]`; see {@link localeIndex}): one map lookup per token instead of one set per
 * locale. Empty when some token no rule of any locale reads (then no locale reads the run: see
 * {@link isReadable}).
 *
 * @param tokens - Tokens of the line.
 * @param from - First token of the run.
 * @param to - One past the last token.
 * @param out - Where the set is written: {@link LOCALE_SLOTS} slots.
 * @returns `false` when the set is empty.
 * @example
 * ```ts
 * const out = new Int32Array(LOCALE_SLOTS);
 * localesReadingAll(tokenize("vor 5 Minuten"), 0, 3, out); // true: German reads it (and no other locale)
 * ```
 */
export function localesReadingAll(tokens: readonly Token[], from: number, to: number, out: Int32Array): boolean {
  out.fill(-1, 0, LOCALE_SLOTS);
  // The last slot holds only the bits of vocabularies there are.
  const rest = VOCABULARIES.length & 31;
  if (rest !== 0) out[LOCALE_SLOTS - 1] = (1 << rest) - 1;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t !== undefined && (t.kind === "word" || t.kind === "punct" || t.kind === "other")) {
      const at = LOCALE_SETS.get(t.text);
      if (at === undefined) return false;
      let any = 0;
      for (let s = 0; s < LOCALE_SLOTS; s++) any |= out[s]! &= WORD_LOCALES[at + s]!;
      if (any === 0) return false;
    }
  }
  let any = 0;
  for (let s = 0; s < LOCALE_SLOTS; s++) any |= out[s]!;
  return any !== 0;
}

/**
 * The index of a vocabulary in {@link localesReadingAll}'s answer: `localeReadsAll(tokens, from,
 * to, v)` is bit `i & 31` of slot `i >>> 5` of that answer for a built-in `v` of index `i`;
 * `-1` for a vocabulary that is not built in (`readTimestamp` checks it itself).
 *
 * @param v - A compiled locale.
 * @returns Its index, or -1.
 * @example
 * ```ts
 * localeIndex(VOCABULARIES[0]!); // 0
 * ```
 */
export function localeIndex(v: Vocabulary): number {
  return VOCABULARY_INDEX.get(v) ?? -1;
}

/** {@link READABLE_TEXT} of one locale: the word and punctuation tokens its rules can consume. */
const readableByLocale = new WeakMap<Vocabulary, ReadonlySet<string>>();

function readableBy(v: Vocabulary): ReadonlySet<string> {
  let set = readableByLocale.get(v);
  if (set === undefined) {
    set = readableText([v]);
    readableByLocale.set(v, set);
  }
  return set;
}

/**
 * `false` for a token no rule of any locale can consume (a word outside every vocabulary, a
 * quote, a bracket): every rule consumes its whole run, so no run holding such a token is a
 * timestamp. Lets callers skip runs without reading them.
 *
 * @param t - A token.
 * @returns `true` when some rule may read it.
 * @example
 * ```ts
 * tokenize("Related 3 hours ago").map(isReadable); // [false, true, true, true]
 * ```
 */
export function isReadable(t: Token): boolean {
  return (t.kind !== "word" && t.kind !== "punct" && t.kind !== "other") || READABLE_TEXT.has(t.text);
}

/**
 * {@link isReadable} for a word, punctuation or `other` token known only by its normalised text
 * (callers that have not lexed the line).
 *
 * @param text - The token's normalised text (`Token.text`).
 * @returns `true` when some rule may read such a token.
 * @example
 * ```ts
 * isReadableText("ago"); // true
 * isReadableText("articles"); // false
 * ```
 */
export function isReadableText(text: string): boolean {
  return READABLE_TEXT.has(text);
}

/**
 * Reads `tokens[from, to)` as one timestamp with one locale's words.
 *
 * @param tokens - Tokens of the line.
 * @param from - First token of the run.
 * @param to - One past the last token.
 * @param v - The compiled locale.
 * @param mode - Which forms are accepted.
 * @returns What was understood, or `null` when the run is not exactly one timestamp.
 * @example
 * ```ts
 * readTimestamp(tokenize("2 hours ago"), 0, 3, VOCABULARIES[0], mode); // { type: "ago", ... }
 * ```
 */
export function readTimestamp(tokens: readonly Token[], from: number, to: number, v: Vocabulary, mode: GrammarMode): Parsed | null {
  // Every rule consumes its whole run, reading words and punctuation only through this locale's
  // tables, its compact units, zone names and READ_PUNCT: a run holding another one is not read.
  return localeReadsAll(tokens, from, to, v) ? readTimestampUngated(tokens, from, to, v, mode) : null;
}

/**
 * `false` when some word, punctuation or `other` token of `tokens[from, to)` is one no rule reads
 * with locale `v` (then {@link readTimestamp} gives `null` with it).
 *
 * @param tokens - Tokens of the line.
 * @param from - First token of the run.
 * @param to - One past the last token.
 * @param v - The compiled locale.
 * @returns `true` when every token may be read with `v`.
 * @example
 * ```ts
 * localeReadsAll(tokenize("il y a 5 minutes"), 0, 5, VOCABULARIES[0]); // false ("il" is no English word)
 * ```
 */
export function localeReadsAll(tokens: readonly Token[], from: number, to: number, v: Vocabulary): boolean {
  const readable = readableBy(v);
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t !== undefined && (t.kind === "word" || t.kind === "punct" || t.kind === "other") && !readable.has(t.text)) return false;
  }
  return true;
}

/**
 * {@link readTimestamp} without the check of {@link localeReadsAll} (exported for the property test
 * that the check changes nothing).
 *
 * @param tokens - Tokens of the line.
 * @param from - First token of the run.
 * @param to - One past the last token.
 * @param v - The compiled locale.
 * @param mode - Which forms are accepted.
 * @returns As {@link readTimestamp}.
 * @example
 * ```ts
 * readTimestampUngated(tokenize("2 hours ago"), 0, 3, VOCABULARIES[0], mode); // { type: "ago", ... }
 * ```
 */
export function readTimestampUngated(tokens: readonly Token[], from: number, to: number, v: Vocabulary, mode: GrammarMode): Parsed | null {
  const r: Run = { t: tokens, end: to, v, mode };
  let i = from;
  const label = lookup(v.labels, tokens, i, to) ?? (CJK_LABELS.has(tokens[i]?.text ?? "") ? { next: i + 1 } : null);
  if (label && label.next < to) {
    i = label.next;
    const sep = tok(r, i);
    if (sep?.kind === "punct" && (sep.text === ":" || sep.text === "-" || sep.text === "|")) i++;
  }
  if (i >= to) return null;
  return readRelative(r, i) ?? readAbsolute(r, i, i > from);
}
