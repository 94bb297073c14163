/**
 * Zero false positives as a property (issue 16): lines that look like timestamps but date
 * nothing, generated in every locale from the shapes the table's negatives come from (durations
 * without "ago", the future, scores, prices, versions, phone numbers, fractions, ranges, years in
 * titles, names holding day or month words; from round 2: decimal durations, titles naming a
 * weekday and a part of the day, eight-digit ids, French spaced hours, degrees, a stamp followed
 * by lower-case words), must never be read as one.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locales } from "../../src/locales/index.js";
import { parseTimestamp } from "../../src/time/parse-timestamp.js";
import { REFERENCE } from "./cases.js";

/** Words that put an amount in the future or make it a plain duration, per locale. */
const FUTURE: Readonly<Record<string, readonly string[]>> = {
  en: ["in", "within", "for", "next", "every", "after"], fr: ["dans", "pendant", "en", "après", "pour"],
  ar: ["بعد", "خلال", "لمدة"], de: ["in", "nach", "seit", "für", "binnen"], es: ["en", "dentro de", "durante", "tras", "por"],
  pt: ["em", "daqui a", "durante", "por", "após"], it: ["tra", "fra", "per", "entro", "dopo"],
};
/** Words after a duration that make it a quantity (`2 hours long`, `3 days of talks`). */
const TAILS = ["long", "later", "from now", "of talks", "read", "left", "remaining", "plus tard", "de route", "lang", "später", "de duración", "depois", "dopo", "di fila", "restantes"];
const NOUNS = ["Times", "Herald", "Night Football", "Edition", "Show", "Post", "Gras", "Special", "Sale", "Deals", "Club", "Sport"];

const rand = (max: number) => fc.integer({ min: 0, max });
const pick = <T,>(list: readonly T[]) => fc.constantFrom(...list);
const wordsOf = (o: Readonly<Record<string, unknown>>) => Object.keys(o);

/** Look-alike non-dates in one locale. */
function lookAlikes(code: string): fc.Arbitrary<string> {
  const locale = locales.find((l) => l.code === code)!;
  const t = locale.time;
  const units = wordsOf(t.units).filter((u) => u.length > 1);
  const months = wordsOf(t.months);
  const weekdays = wordsOf(t.weekdays);
  const title = (s: string) => s.split(" ").map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}`).join(" ");
  const dayParts = t.dayParts ?? ["night"];
  const ago = t.agoAfter[0] ?? "ago";
  return fc.oneof(
    // The future and durations: `in 5 minutes`, `dans 2 heures`, `2 ore`, `3 days long`.
    fc.tuple(pick(FUTURE[code] ?? ["in"]), rand(59), pick(units)).map(([w, n, u]) => `${w} ${n} ${u}`),
    fc.tuple(rand(99), pick(units)).map(([n, u]) => `${n} ${u}`),
    fc.tuple(rand(99), pick(units), pick(TAILS)).map(([n, u, tail]) => `${n} ${u} ${tail}`),
    // Scores, prices, percentages, versions, fractions.
    fc.tuple(rand(9), rand(9)).map(([a, b]) => `${a}-${b}`),
    fc.tuple(pick(["$", "€", "£", ""]), rand(9999), rand(99)).map(([c, a, b]) => `${c}${a}.${String(b).padStart(2, "0")}`),
    fc.tuple(rand(99), rand(9)).map(([a, b]) => `${a}.${b}%`),
    fc.tuple(pick(["v", "V", "Version ", "iOS ", "Android "]), rand(30), rand(12), rand(9)).map(([p, a, b, c]) => `${p}${a}.${b}.${c}`),
    fc.tuple(pick(["v", "V", "build ", "Node "]), rand(12), rand(12), rand(99)).map(([p, a, b, c]) => `${p}${a}.${b}.${c}`),
    fc.tuple(rand(50), rand(12)).map(([a, b]) => `${a}/${b}`),
    // Phone numbers and codes.
    fc.tuple(rand(99), rand(999), rand(9999)).map(([a, b, c]) => `+${a} ${String(b).padStart(3, "0")} ${String(c).padStart(4, "0")}`),
    fc.tuple(rand(999), rand(999), rand(9999)).map(([a, b, c]) => `(${a}) ${b}-${String(c).padStart(4, "0")}`),
    // Years in titles and seasons.
    fc.tuple(pick(["Top 10 of", "Best of", "Budget", "Class of", "Rio", "Expo", "World Cup", "Copa", "Serie A"]), fc.integer({ min: 1990, max: 2030 })).map(([w, y]) => `${w} ${y}`),
    fc.integer({ min: 1990, max: 2030 }).map((y) => `${y}/${String((y + 1) % 100).padStart(2, "0")}`),
    // Names holding day or month words, and ranges.
    fc.tuple(pick(weekdays), pick(NOUNS)).map(([w, n]) => `${w[0]!.toUpperCase()}${w.slice(1)} ${n}`),
    fc.tuple(pick(months), pick(NOUNS)).map(([m, n]) => `${m[0]!.toUpperCase()}${m.slice(1)} ${n}`),
    fc.tuple(pick(months), fc.integer({ min: 1, max: 27 }), fc.integer({ min: 1, max: 3 })).map(([m, a, d]) => `${m} ${a}-${a + d}`),
    fc.tuple(pick(weekdays), pick(weekdays)).map(([a, b]) => `${a} - ${b}`),
    fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => `${a}am - ${b}pm`),
    // Decimal durations, without "ago" or with a tail: `1.5 hours`, `2,5 Stunden lang`.
    fc.tuple(rand(99), pick([".", ","]), rand(99), pick(units)).map(([a, s, b, u]) => `${a}${s}${b} ${u}`),
    fc.tuple(rand(99), rand(9), pick(units), pick(TAILS)).map(([a, b, u, tail]) => `${a}.${b} ${u} ${tail}`),
    // Titles naming a weekday and a part of the day (`Sunday Night`), or followed by a noun.
    fc.tuple(pick(weekdays), pick(dayParts)).map(([w, p]) => title(`${w} ${p}`)),
    fc.tuple(pick(weekdays), pick(dayParts), pick(NOUNS)).map(([w, p, n]) => `${w} ${p} ${n}`),
    // Eight-digit ids (a basic ISO date is read only after a label) and degrees.
    fc.tuple(pick(["", "Order ", "Ref. ", "ID ", "Ticket ", "No. ", "#"]), fc.integer({ min: 19_900_101, max: 21_001_231 })).map(([w, n]) => `${w}${n}`),
    fc.tuple(rand(45), pick(["°", "° C", "°C", "°F", "° de"])).map(([n, d]) => `${n}${d}`),
    // Hours with spaced `h` that date nothing: alone, or opening hours.
    fc.tuple(rand(23), rand(59)).map(([h, m]) => `${h} h ${String(m).padStart(2, "0")}`),
    fc.tuple(rand(12), fc.integer({ min: 13, max: 23 })).map(([a, b]) => `de ${a} h à ${b} h`),
    // Dotted numbers that could be clocks, with no date beside them: `10.32`, `Mon 10.32`, `Updated 10.32`.
    fc.tuple(rand(23), rand(59)).map(([h, m]) => `${h}.${String(m).padStart(2, "0")}`),
    fc.tuple(pick([...weekdays, ...wordsOf(t.weekdayAbbreviations)]), rand(23), rand(59)).map(([w, h, m]) => `${w} ${h}.${String(m).padStart(2, "0")}`),
    fc.tuple(pick(t.labels), rand(23), rand(59)).map(([l, h, m]) => `${l} ${h}.${String(m).padStart(2, "0")}`),
    // A stamp then lower-case words: not a byline (`3 hours ago by car`).
    fc.tuple(rand(59), pick(units), pick(["by car", "by the river", "by far", "by train", "par le train", "von hier"])).map(([n, u, w]) => `${n} ${u} ${ago} ${w}`),
  );
}

describe("no false positives", () => {
  it.each(locales.map((l) => [l.code]))("look-alike non-dates in %s are never timestamps", (code) => {
    fc.assert(
      fc.property(lookAlikes(code), (text) => {
        expect(parseTimestamp(text, { referenceTime: REFERENCE }), text).toBeNull();
      }),
      { seed: 16, numRuns: 2000 },
    );
  });
});
