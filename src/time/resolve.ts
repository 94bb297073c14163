/**
 * Resolution: turns what the grammar read into an instant, using `referenceTime` and the zone.
 *
 * All calendar arithmetic runs in a zone through `TZDate` and date-fns (`subMonths` clamps
 * 31 May − 3 months to 28 February), never in the process's local zone, so results do not
 * depend on `TZ`.
 */
import { TZDate } from "@date-fns/tz";
import { subDays, subHours, subMinutes, subMonths, subSeconds, subWeeks, subYears } from "date-fns";
import type { TimeUnit } from "../locales/types.js";
import type { Precision } from "../model/article.js";
import type { Clock, Parsed } from "./grammar.js";
import type { Timestamp } from "./types.js";
import type { Zone } from "./zones.js";

/** A reference instant in ms, `undefined` when absent, `null` when given but invalid. */
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
  if (name === undefined || name === "UTC" || name === "Etc/UTC" || name === "GMT") return { kind: "offset", minutes: 0 };
  let ok = validZones.get(name);
  if (ok === undefined) {
    ok = typeof name === "string" && !Number.isNaN(new TZDate(2000, 0, 1, 0, 0, 0, 0, name).getTime());
    if (validZones.size < 256) validZones.set(name, ok);
  }
  return ok ? { kind: "iana", name } : null;
}

/** The zone name `TZDate` understands: the IANA name, or an offset such as `+05:30`. */
function tzName(zone: Zone): string {
  if (zone.kind === "iana") return zone.name;
  const m = Math.abs(zone.minutes);
  return `${zone.minutes < 0 ? "-" : "+"}${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly weekday: number;
}

/** The calendar day an instant falls on in a zone. */
function calendarDay(ms: number, zone: Zone): CalendarDay {
  if (zone.kind === "offset") {
    const d = new Date(ms + zone.minutes * 60_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
  }
  const d = new TZDate(ms, zone.name);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), weekday: d.getDay() };
}

/** `days` calendar days before `day` (proleptic Gregorian, no zone involved). */
function daysBefore(day: CalendarDay, days: number): CalendarDay {
  const d = new Date(0);
  d.setUTCFullYear(day.year, day.month - 1, day.day - days);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/** The instant of a wall-clock time in a zone (midnight when there is no clock); NaN if impossible. */
function wallTime(year: number, month: number, day: number, clock: Clock | null, zone: Zone): number {
  const h = clock?.hour ?? 0;
  const mi = clock?.minute ?? 0;
  const s = clock?.second ?? 0;
  const ms = clock?.ms ?? 0;
  if (zone.kind === "offset") {
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(h, mi, s, ms);
    return d.getTime() - zone.minutes * 60_000;
  }
  return new TZDate(year, month - 1, day, h, mi, s, ms, zone.name).getTime();
}

const SUBTRACT: Readonly<Record<TimeUnit, (d: TZDate, n: number) => TZDate>> = {
  second: subSeconds, minute: subMinutes, hour: subHours, day: subDays, week: subWeeks, month: subMonths, year: subYears,
};
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

function precisionOf(p: Parsed): Precision {
  switch (p.type) {
    case "now":
      return "minute";
    case "ago": {
      if (p.clock) return p.clock.precision;
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

function iso(ms: number): string | null {
  return Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : null;
}

/** A relative form against a valid reference; NaN when it would land after the reference. */
function relativeInstant(p: Parsed, ref: number, zone: Zone): number {
  switch (p.type) {
    case "now":
      return floorTo(ref, "minute");
    case "ago": {
      let d = new TZDate(ref, tzName(zone));
      for (const unit of UNIT_ORDER) {
        const a = p.amounts.find((x) => x.unit === unit);
        if (a) d = SUBTRACT[unit](d, a.count);
      }
      if (p.clock === null) return floorTo(d.getTime(), precisionOf(p));
      const clockZone = p.clock.zone ?? zone;
      const day = calendarDay(d.getTime(), clockZone);
      const ms = wallTime(day.year, day.month, day.day, p.clock, clockZone);
      return ms <= ref ? ms : Number.NaN;
    }
    case "last":
      return floorTo(SUBTRACT[p.unit](new TZDate(ref, tzName(zone)), 1).getTime(), "minute");
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
