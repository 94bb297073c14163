import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/time/lexer.js";
import { findDateline, findTimestamp } from "../../src/time/find-timestamp.js";
import { parseTimestamp } from "../../src/time/parse-timestamp.js";
import { measureWork } from "../helpers/work-meter.js";

const SEED = 42;
/** References from 1990 to 2090, whole milliseconds. */
const reference = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });

const MS: Record<string, number> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, week: 604_800_000 };

/**
 * Expected instant computed independently of date-fns: fixed units are plain millisecond
 * arithmetic (UTC days are 24 hours); months and years shift the UTC calendar and clamp the
 * day to the month's length.
 */
function expected(ref: number, unit: string, n: number): number {
  let ms: number;
  if (unit in MS) {
    ms = ref - n * (MS[unit] ?? 0);
  } else {
    const d = new Date(ref);
    const months = d.getUTCFullYear() * 12 + d.getUTCMonth() - (unit === "year" ? 12 * n : n);
    const year = Math.floor(months / 12);
    const month = months - year * 12;
    const last = new Date(0);
    last.setUTCFullYear(year, month + 1, 0);
    const out = new Date(ref);
    out.setUTCFullYear(year, month, Math.min(d.getUTCDate(), last.getUTCDate()));
    ms = out.getTime();
  }
  const step = unit === "second" ? 1000 : 60_000;
  return Math.floor(ms / step) * step;
}

/** Ways of writing "N <unit> ago", per unit, in the three locales. */
const TEMPLATES: Record<string, readonly ((n: number) => string)[]> = {
  second: [(n) => `${n} seconds ago`, (n) => `${n} secs ago`, (n) => `il y a ${n} secondes`, (n) => `منذ ${n} ثانية`],
  minute: [(n) => `${n} minutes ago`, (n) => `${n} mins ago`, (n) => `${n} min. ago`, (n) => `${n}m ago`, (n) => `il y a ${n} minutes`, (n) => `منذ ${n} دقائق`],
  hour: [(n) => `${n} hours ago`, (n) => `${n} hrs ago`, (n) => `${n} hr. ago`, (n) => `${n}h ago`, (n) => `il y a ${n} heures`, (n) => `منذ ${n} ساعات`],
  day: [(n) => `${n} days ago`, (n) => `${n}d ago`, (n) => `il y a ${n} jours`, (n) => `منذ ${n} أيام`],
  week: [(n) => `${n} weeks ago`, (n) => `${n} wks ago`, (n) => `il y a ${n} semaines`, (n) => `منذ ${n} أسابيع`],
  month: [(n) => `${n} months ago`, (n) => `${n} mos ago`, (n) => `il y a ${n} mois`, (n) => `منذ ${n} أشهر`],
  year: [(n) => `${n} years ago`, (n) => `${n} yrs ago`, (n) => `il y a ${n} ans`, (n) => `منذ ${n} سنوات`],
};

/** Pieces of timestamps and near-misses, to build strings the grammar has to think about. */
const PIECES = [
  "ago", "il y a", "منذ", "5", "12", "2025", "٠٩", "-", "/", ":", ".", ",", " ", "  ", "Aug", "Sept.", "août",
  "pm", "a.m.", "GMT", "+02:00", "-0400", "T", "Z", "hours", "h", "min", "yesterday", "hier", "أمس", "Sunday",
  "Sun", "at", "à", "Updated", "Published on", "|", "—", "(Reuters)", "WASHINGTON", "a few", "an", "1st", "يومين",
  "ساعة", "واحدة", "20194:29", "17h30", "in", "The", "\u200f", "\u00a0", "𝟘", "é", "e\u0301",
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }).map((xs) => xs.join(""));

describe("properties", () => {
  it("`N <unit> ago` resolves to the reference minus N units, for N up to 10,000", () => {
    const units = Object.keys(TEMPLATES);
    const property = fc.property(
      reference,
      fc.integer({ min: 1, max: 10_000 }),
      fc.constantFrom(...units),
      fc.nat(),
      (ref, n, unit, pick) => {
        const templates = TEMPLATES[unit] ?? [];
        const text = templates[pick % templates.length]?.(n) ?? "";
        const ts = parseTimestamp(text, { referenceTime: new Date(ref) });
        expect(ts?.kind).toBe("relative");
        expect(ts?.iso).toBe(new Date(expected(ref, unit, n)).toISOString());
        expect(Date.parse(ts?.iso ?? "")).toBeLessThanOrEqual(ref);
      },
    );
    fc.assert(property, { seed: SEED, numRuns: 10_000 });
  });

  it("never throws on any string, and returns well-formed results", () => {
    const ref = Date.UTC(2025, 7, 14, 18);
    const check = (text: string) => {
      const ts = parseTimestamp(text, { referenceTime: new Date(ref) });
      if (ts !== null) {
        expect(ts.raw).toBe(text.slice(text.indexOf(ts.raw), text.indexOf(ts.raw) + ts.raw.length));
        if (ts.iso !== null) expect(new Date(ts.iso).toISOString()).toBe(ts.iso);
        if (ts.kind === "relative" && ts.iso !== null) expect(Date.parse(ts.iso)).toBeLessThanOrEqual(ref);
      }
      const found = findTimestamp(text, { referenceTime: new Date(ref) });
      if (found !== null) expect(found.timestamp.raw).toBe(text.slice(found.start, found.end));
      const dateline = findDateline(text, { referenceTime: new Date(ref) });
      if (dateline !== null) expect(dateline.timestamp.raw).toBe(text.slice(dateline.start, dateline.end));
    };
    const options = { seed: SEED, numRuns: 3_000 };
    fc.assert(fc.property(fc.string(), check), options);
    fc.assert(fc.property(fc.string({ unit: "binary" }), check), options);
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), check), options);
    fc.assert(fc.property(soup, check), { ...options, numRuns: 10_000 });
  });

  it("does work linear in the input length (counted, not timed: 100k vs 10k characters, at most 13x the work)", () => {
    const shapes = [
      (n: number) => "1 ".repeat(n / 2),
      (n: number) => "a".repeat(n),
      (n: number) => "12:30-".repeat(n / 6),
      (n: number) => "il y a ".repeat(n / 7),
      (n: number) => "1-1-1-".repeat(n / 6),
      (n: number) => "Aug. 9, ".repeat(n / 8),
      (n: number) => "منذ ٥ ".repeat(n / 6),
    ];
    for (const shape of shapes) {
      const small = shape(10_000);
      const large = shape(100_000);
      for (const fn of [
        (s: string) => tokenize(s),
        (s: string) => parseTimestamp(s, {}),
        (s: string) => findTimestamp(s, {}),
        (s: string) => findDateline(s, {}),
      ]) {
        const ratio = measureWork(() => fn(large)).units / Math.max(1, measureWork(() => fn(small)).units);
        expect(ratio, `${JSON.stringify(small.slice(0, 12))} ${fn.toString()}`).toBeLessThan(13);
      }
    }
  });
});
