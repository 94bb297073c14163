/**
 * Resolution: turns what the grammar read into an instant, using `referenceTime` and the zone.
 *
 * Calendar arithmetic is date-fns' (`subMonths` clamps 31 May − 3 months to 28 February), run on
 * the wall clock of the zone, never on the process's local zone, so results do not depend on
 * `TZ`. Zone offsets come from `@date-fns/tz`'s `tzOffset`, cached by quarter hour: building a
 * `TZDate` per call costs 20–70 µs (and far more for offset zones), more than the whole parse.
 */
import { tzOffset } from "@date-fns/tz";
// One module per function rather than the package root: importing "date-fns" loads all of its
// few hundred modules (about 130 ms of a cold start), and the parser needs four.
import { subDays } from "date-fns/subDays";
import { subMonths } from "date-fns/subMonths";
import { subWeeks } from "date-fns/subWeeks";
import { subYears } from "date-fns/subYears";
import type { TimeUnit } from "../locales/types.js";
import type { Precision } from "../model/article.js";
import type { Amount, Clock, Parsed } from "./grammar.js";
import type { Timestamp } from "./types.js";
import type { Zone } from "./zones.js";

/**
 * A reference instant in ms, `undefined` when absent, `null` when given but invalid.
 *
 * @example
 * ```ts
 * const ref: Reference = readReference("2025-08-14T18:00:00Z"); // 1755194400000
 * ```
 */
export type Reference = number | null | undefined;

const ISO_REFERENCE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))?$/;

/**
 * Reads the `referenceTime` option. Strings must be ISO 8601 with a zone (`2025-08-14T18:00:00Z`)
 * or a bare date (read as UTC midnight): a zone-less date-time would be read in the process's
 * local zone, which the library never depends on.
 *
 * @param ref - The option value.
 * @returns Milliseconds since the epoch, `undefined` when absent, `null` when invalid.
 * @example
 * ```ts
 * readReference("2025-08-14T18:00:00Z"); // 1755194400000
 * readReference("yesterday"); // null
 * ```
 */
export function readReference(ref: unknown): Reference {
  // Callers pass the same option string for every line: remember the last one read (a Date may change, so only strings).
  if (typeof ref === "string" && ref === lastReference.text) return lastReference.value;
  const value = readReferenceUncached(ref);
  if (typeof ref === "string") lastReference = { text: ref, value };
  return value;
}

let lastReference: { text: string; value: Reference } = { text: "", value: null };

function readReferenceUncached(ref: unknown): Reference {
  if (ref === undefined) return undefined;
  let ms = Number.NaN;
  if (ref instanceof Date) ms = ref.getTime();
  else if (typeof ref === "string" && ISO_REFERENCE.test(ref)) ms = Date.parse(ref);
  return Number.isFinite(ms) ? ms : null;
}

const validZones = new Map<string, boolean>();

/**
 * Reads the `timeZone` option as a zone; `UTC` and `GMT` become a fixed zero offset (fast path).
 *
 * @param name - An IANA zone name, or undefined for UTC.
 * @returns The zone, or `null` when the name is not a zone.
 * @example
 * ```ts
 * readZone("Europe/London"); // { kind: "iana", name: "Europe/London" }
 * ```
 */
export function readZone(name: string | undefined): Zone | null {
  if (name === undefined || name === "UTC" || name === "Etc/UTC" || name === "GMT") return UTC;
  let ok = validZones.get(name);
  if (ok === undefined) {
    ok = typeof name === "string" && /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) && Number.isFinite(tzOffset(name, new Date(0)));
    if (validZones.size < 256) validZones.set(name, ok);
  }
  return ok ? { kind: "iana", name } : null;
}

const UTC: Zone = { kind: "offset", minutes: 0 };
const QUARTER_HOUR = 900_000;
const offsetCache = new Map<string, Map<number, number>>();

/**
 * Minutes east of UTC in `zone` at instant `ms`. Offsets change on quarter hours at the finest,
 * so one lookup per zone and quarter hour is enough.
 */
function offsetAt(zone: Zone, ms: number): number {
  if (zone.kind === "offset") return zone.minutes;
  let byQuarter = offsetCache.get(zone.name);
  if (byQuarter === undefined) {
    byQuarter = new Map();
    offsetCache.set(zone.name, byQuarter);
  }
  const quarter = Math.floor(ms / QUARTER_HOUR);
  let minutes = byQuarter.get(quarter);
  if (minutes === undefined) {
    minutes = tzOffset(zone.name, new Date(quarter * QUARTER_HOUR));
    if (byQuarter.size > 20_000) byQuarter.clear(); // bounded memory for long-running processes
    byQuarter.set(quarter, minutes);
  }
  return minutes;
}

/**
 * A date whose "local" fields are its UTC fields, so date-fns functions (which use local
 * getters and setters) do wall-clock arithmetic without touching the process's zone
 * (the idea of `@date-fns/utc`'s `UTCDate`). It holds a wall clock shifted into UTC.
 */
class WallClock extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(...a: Parameters<Date["setUTCFullYear"]>): number { return this.setUTCFullYear(...a); }
  override setMonth(...a: Parameters<Date["setUTCMonth"]>): number { return this.setUTCMonth(...a); }
  override setDate(...a: Parameters<Date["setUTCDate"]>): number { return this.setUTCDate(...a); }
  override setHours(...a: Parameters<Date["setUTCHours"]>): number { return this.setUTCHours(...a); }
  override setMinutes(...a: Parameters<Date["setUTCMinutes"]>): number { return this.setUTCMinutes(...a); }
  override setSeconds(...a: Parameters<Date["setUTCSeconds"]>): number { return this.setUTCSeconds(...a); }
  override setMilliseconds(...a: Parameters<Date["setUTCMilliseconds"]>): number { return this.setUTCMilliseconds(...a); }
}

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

/** The calendar day an instant falls on in a zone. */
function calendarDay(ms: number, zone: Zone): CalendarDay {
  const d = new Date(ms + offsetAt(zone, ms) * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** `days` calendar days before `day` (proleptic Gregorian, no zone involved). */
function daysBefore(day: CalendarDay, days: number): CalendarDay {
  const d = new Date(0);
  d.setUTCFullYear(day.year, day.month - 1, day.day - days);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/**
 * The instant a wall-clock reading (given as UTC fields in `wall` ms) names in a zone. For zones
 * with daylight saving the offset is looked up twice: once at a first guess, once at the result,
 * which settles readings next to a change; a reading inside a skipped hour lands an hour early.
 */
function wallToInstant(wall: number, zone: Zone): number {
  if (zone.kind === "offset") return wall - zone.minutes * 60_000;
  const guess = wall - offsetAt(zone, wall) * 60_000;
  const offset = offsetAt(zone, guess);
  return wall - offset * 60_000;
}

/** The instant of a wall-clock time in a zone (midnight when there is no clock); NaN if impossible. */
function wallTime(year: number, month: number, day: number, clock: Clock | null, zone: Zone): number {
  return wallToInstant(wallMs(year, month, day, clock?.hour ?? 0, clock?.minute ?? 0, clock?.second ?? 0, clock?.ms ?? 0), zone);
}

/**
 * The wall clock `year-month-day hour:minute:second.ms` as UTC milliseconds, as `setUTCFullYear`
 * then `setUTCHours` on `new Date(0)` give it. For years 100 to 9999 one `Date.UTC` call gives the
 * same (it reads years 0 to 99 as 1900 to 1999, and only far outside these years could the
 * intermediate clipping of the two setters differ), with no `Date` object made.
 */
export function wallMs(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number {
  if (year >= 100 && year <= 9999) return Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

const SUBTRACT: Readonly<Record<string, (d: WallClock, n: number) => WallClock>> = {
  day: subDays, week: subWeeks, month: subMonths, year: subYears,
};
const EXACT_MS: Readonly<Record<string, number>> = { hour: 3_600_000, minute: 60_000, second: 1000 };
const UNIT_ORDER: readonly TimeUnit[] = ["year", "month", "week", "day", "hour", "minute", "second"];
const UNIT_PRECISION: Readonly<Record<TimeUnit, Precision>> = {
  second: "second", minute: "minute", hour: "hour", day: "day", week: "day", month: "month", year: "year",
};

/**
 * Drops what the printed form cannot carry: sub-second for `second` precision, seconds for all
 * coarser ones (`11 minutes ago` from 18:00:30 is 17:49:00), so re-parsing gives stable output.
 */
function floorTo(ms: number, precision: Precision): number {
  const step = precision === "second" ? 1000 : 60_000;
  return Math.floor(ms / step) * step;
}

/**
 * The clock printed after an amount, when it names the time of the day counted back to (`2 days ago
 * at 07:54 am`); `null` when every amount is shorter than a day (`2 hours ago (10:32 AM)`): the
 * amount then names the instant itself, and the clock only repeats it, maybe in another zone than
 * `timeZone` (the site's), so the amount against the reference decides, as it does without the clock.
 */
function agoClock(p: Extract<Parsed, { type: "ago" }>): Clock | null {
  return p.clock !== null && p.amounts.some((a) => EXACT_MS[a.unit] === undefined) ? p.clock : null;
}

function precisionOf(p: Parsed): Precision {
  switch (p.type) {
    case "now":
      return "minute";
    case "ago": {
      const clock = agoClock(p);
      if (clock) return clock.precision;
      const finest = UNIT_ORDER.filter((u) => p.amounts.some((a) => a.unit === u)).at(-1) ?? "minute";
      return UNIT_PRECISION[finest];
    }
    case "last":
      return UNIT_PRECISION[p.unit];
    case "clock":
      return p.clock.precision;
    case "date":
      return p.clock ? p.clock.precision : p.day === null ? "month" : "day";
    default:
      return p.clock ? p.clock.precision : "day";
  }
}

/** ISO strings of instants already written: a page prints the same few instants on many lines. */
const isoCache = new Map<number, string>();

function iso(ms: number): string | null {
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  let value = isoCache.get(ms);
  if (value === undefined) {
    value = new Date(ms).toISOString();
    if (isoCache.size >= 4096) isoCache.clear(); // bounded memory for long-running processes
    isoCache.set(ms, value);
  }
  return value;
}

const CALENDAR_UNITS: ReadonlySet<TimeUnit> = new Set(["year", "month", "week", "day"]);

/**
 * `ref` minus the amounts, as date-fns does it in the zone: calendar units on the wall clock
 * (`1 day ago` across a daylight-saving change keeps the clock time), then hours, minutes and
 * seconds as exact durations.
 */
function subtract(ref: number, amounts: readonly Amount[], zone: Zone): number {
  let wall: WallClock | null = null;
  for (const unit of UNIT_ORDER) {
    const a = amounts.find((x) => x.unit === unit);
    if (a === undefined || !CALENDAR_UNITS.has(unit)) continue;
    const sub = SUBTRACT[unit];
    if (sub) wall = sub(wall ?? new WallClock(ref + offsetAt(zone, ref) * 60_000), a.count);
  }
  let ms = wall === null ? ref : wallToInstant(wall.getTime(), zone);
  // Hours, minutes and seconds are exact durations (date-fns' subHours is millisecond arithmetic too).
  for (const a of amounts) ms -= a.count * (EXACT_MS[a.unit] ?? 0);
  return ms;
}

/** A relative form against a valid reference; NaN when it would land after the reference. */
function relativeInstant(p: Parsed, ref: number, zone: Zone): number {
  switch (p.type) {
    case "now":
      return floorTo(ref, "minute");
    case "ago": {
      const instant = subtract(ref, p.amounts, zone);
      const clock = agoClock(p);
      if (clock === null) return floorTo(instant, precisionOf(p));
      const clockZone = clock.zone ?? zone;
      const day = calendarDay(instant, clockZone);
      const ms = wallTime(day.year, day.month, day.day, clock, clockZone);
      return ms <= ref ? ms : Number.NaN;
    }
    case "last":
      return floorTo(subtract(ref, [{ unit: p.unit, count: 1 }], zone), "minute");
    case "day":
    case "weekday": {
      const clockZone = p.clock?.zone ?? zone;
      const today = calendarDay(ref, clockZone);
      // A bare weekday is the most recent past one, never today: a page shows today's stories with a time.
      const back = p.type === "day" ? p.daysBack : (today.weekday - p.weekday + 7) % 7 || 7;
      const day = daysBefore(today, back);
      const ms = wallTime(day.year, day.month, day.day, p.clock, clockZone);
      return ms <= ref ? ms : Number.NaN;
    }
    case "clock": {
      // `Updated 3:26 pm`: today at that time, or yesterday if that is still to come.
      const clockZone = p.clock.zone ?? zone;
      const today = calendarDay(ref, clockZone);
      const ms = wallTime(today.year, today.month, today.day, p.clock, clockZone);
      if (ms <= ref) return ms;
      const y = daysBefore(today, 1);
      return wallTime(y.year, y.month, y.day, p.clock, clockZone);
    }
    default:
      return Number.NaN;
  }
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeap(year) ? 1 : 0);
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** A year-less date: its most recent occurrence at or before the reference. */
function yearlessInstant(p: Extract<Parsed, { type: "date" }>, ref: number, zone: Zone): number {
  const start = calendarDay(ref, zone).year;
  for (let year = start; year >= start - 8; year--) {
    if ((p.day ?? 1) > daysInMonth(year, p.month)) continue; // 29 February: the last leap year
    const ms = wallTime(year, p.month, p.day ?? 1, p.clock, zone);
    if (ms <= ref) return ms;
  }
  return Number.NaN;
}

/**
 * Resolves a parsed timestamp to a {@link Timestamp}.
 *
 * @param p - What the grammar read.
 * @param raw - The text it was read from.
 * @param ref - The reference instant (see {@link readReference}).
 * @param zone - The zone for forms printed without one.
 * @returns The timestamp, or `null` when it cannot be resolved (invalid reference, a relative
 *   form landing after the reference, an impossible wall time).
 * @example
 * ```ts
 * resolve({ type: "now" }, "just now", Date.parse("2025-08-14T18:00:00Z"), { kind: "offset", minutes: 0 });
 * // { raw: "just now", kind: "relative", iso: "2025-08-14T18:00:00.000Z", precision: "minute" }
 * ```
 */
export function resolve(p: Parsed, raw: string, ref: Reference, zone: Zone): Timestamp | null {
  const precision = precisionOf(p);
  if (p.type === "date" && p.year !== null) {
    const value = iso(wallTime(p.year, p.month, p.day ?? 1, p.clock, p.clock?.zone ?? zone));
    return value === null ? null : { raw, kind: "absolute", iso: value, precision };
  }
  const kind = p.type === "date" ? "absolute" : "relative";
  if (ref === undefined) return { raw, kind, iso: null, precision };
  if (ref === null) return null;
  const ms = p.type === "date" ? yearlessInstant(p, ref, p.clock?.zone ?? zone) : relativeInstant(p, ref, zone);
  const value = iso(ms);
  return value === null ? null : { raw, kind, iso: value, precision };
}
