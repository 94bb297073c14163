/**
 * Timestamp benchmark: this library's `parseTimestamp` against chrono-node on the same table
 * (`test/time/cases.ts`), in one run. Prints accuracy, false positives and calls per second
 * side by side. Figures are for notes, never assertions.
 *
 *   npx tsx bench/timestamps.bench.ts      (npm run bench:timestamps)
 *
 * chrono-node gets every advantage the table allows: the same reference instant, the zone's
 * offset at that instant, `chrono.en.GB` for day-first numeric dates, `chrono.fr` for French
 * rows, `chrono.ar` for Arabic ones and `chrono.de`/`es`/`pt`/`it` for the rows of those locales.
 */
import { TZDate } from "@date-fns/tz";
import * as chrono from "chrono-node";
import { Bench } from "tinybench";
import { parseTimestamp } from "../src/time/parse-timestamp.js";
import type { TimestampOptions } from "../src/time/types.js";
import { REFERENCE, TIMESTAMP_CASES, type TimestampCase } from "../test/time/cases.js";

// chrono reads zone-less dates in the process's local zone: pin it so the run is reproducible.
process.env.TZ = "UTC";

interface Prepared {
  readonly c: TimestampCase;
  readonly ours: TimestampOptions;
  readonly ref: Date;
  readonly chronoRef: chrono.ParsingReference;
  readonly chronoParse: (text: string, ref: chrono.ParsingReference) => Date | null;
}

const DAY_FIRST_NUMERIC = /\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}/;
const ARABIC = /[\u0600-\u06ff]/;

/** The chrono parser of each of the four locales added in issue 16, picked by the row's family. */
const CHRONO_LOCALES: Readonly<Record<string, chrono.Chrono>> = { de: chrono.de.casual, es: chrono.es.casual, pt: chrono.pt.casual, it: chrono.it.casual };

/** The chrono parser a fair user would pick for the row. */
function chronoFor(c: TimestampCase): Prepared["chronoParse"] {
  const locale = CHRONO_LOCALES[c.group.replace(/^locale-/, "")];
  if (locale !== undefined) return (t, r) => locale.parseDate(t, r);
  if (ARABIC.test(c.input)) return (t, r) => chrono.ar.parseDate(t, r);
  if (c.group.endsWith("-fr") || /[àâçéèêëîïôûùüÿœ]|il y a|hier|aujourd/i.test(c.input)) return (t, r) => chrono.fr.parseDate(t, r);
  if (DAY_FIRST_NUMERIC.test(c.input) && c.dateOrder !== "MDY") return (t, r) => chrono.en.GB.parseDate(t, r);
  return (t, r) => chrono.parseDate(t, r);
}

function prepare(c: TimestampCase): Prepared {
  const ref = new Date(c.ref ?? REFERENCE);
  const zone = c.timeZone ?? "UTC";
  const offset = -new TZDate(ref.getTime(), zone).getTimezoneOffset();
  return {
    c,
    ours: { referenceTime: ref, timeZone: zone, ...(c.dateOrder ? { dateOrder: c.dateOrder } : {}) },
    ref,
    chronoRef: { instant: ref, timezone: offset },
    chronoParse: chronoFor(c),
  };
}

const rows = TIMESTAMP_CASES.map(prepare);

/** One unit of each precision, for the lenient score. */
const UNIT_MS: Readonly<Record<string, number>> = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000, month: 31 * 86_400_000, year: 366 * 86_400_000 };

interface Score {
  /** Right instants and nulls, the instant exactly as expected. */
  correct: number;
  /**
   * Right within one unit of the printed precision (chrono puts a day-precision date at noon,
   * and keeps the reference's clock for `yesterday`): a fairer count for a general-purpose parser.
   */
  lenient: number;
  falsePositives: number;
  wrong: string[];
}

function score(answer: (p: Prepared) => number | null): Score {
  const s: Score = { correct: 0, lenient: 0, falsePositives: 0, wrong: [] };
  for (const p of rows) {
    let got: number | null;
    try {
      got = answer(p);
    } catch {
      got = Number.NaN; // a throw counts as wrong
    }
    const want = p.c.iso === null ? null : Date.parse(p.c.iso);
    if (got === want) s.correct++;
    if (got === want || (got !== null && want !== null && Math.abs(got - want) < (UNIT_MS[p.c.precision ?? "second"] ?? 1000))) s.lenient++;
    else s.wrong.push(`${JSON.stringify(p.c.input)} → ${got === null || Number.isNaN(got) ? String(got) : new Date(got).toISOString()} (want ${p.c.iso})`);
    if (want === null && got !== null) s.falsePositives++;
  }
  return s;
}

const ourAnswer = (p: Prepared): number | null => {
  const iso = parseTimestamp(p.c.input, p.ours)?.iso;
  return iso ? Date.parse(iso) : null;
};
const chronoAnswer = (p: Prepared): number | null => p.chronoParse(p.c.input, p.chronoRef)?.getTime() ?? null;

/** Accuracy of both parsers per family of the table (negatives of a locale family apart). */
function families(): string[] {
  const by = new Map<string, { n: number; ours: number; chrono: number }>();
  for (const p of rows) {
    const key = p.c.iso === null ? `${p.c.group.startsWith("locale-") ? p.c.group : "negative"} (no stamp)` : p.c.group;
    const want = p.c.iso === null ? null : Date.parse(p.c.iso);
    const f = by.get(key) ?? { n: 0, ours: 0, chrono: 0 };
    f.n++;
    const safe = (answer: (q: Prepared) => number | null) => {
      try {
        return answer(p);
      } catch {
        return Number.NaN;
      }
    };
    if (safe(ourAnswer) === want) f.ours++;
    if (safe(chronoAnswer) === want) f.chrono++;
    by.set(key, f);
  }
  const pct = (a: number, n: number) => `${Math.round((100 * a) / n)}%`;
  return [...by].map(([k, f]) => `  ${k.padEnd(28)}${String(f.n).padStart(5)}${pct(f.ours, f.n).padStart(7)}${pct(f.chrono, f.n).padStart(7)}`);
}

async function main(): Promise<void> {
  const ours = score(ourAnswer);
  const theirs = score(chronoAnswer);

  // Three alternating rounds, best of each: other work on the machine then slows both alike
  // instead of whichever task happened to run during a spike.
  const best = { ours: 0, chrono: 0 };
  for (let round = 0; round < 3; round++) {
    const bench = new Bench({ time: 700, warmupTime: 200 });
    bench.add("news-text-parser", () => {
      for (const p of rows) parseTimestamp(p.c.input, p.ours);
    });
    bench.add("chrono-node", () => {
      for (const p of rows) p.chronoParse(p.c.input, p.chronoRef);
    });
    await bench.run();
    const callsPerSecond = (name: string): number => {
      const result = bench.tasks.find((t) => t.name === name)?.result;
      return result && "period" in result ? (rows.length * 1000) / result.period : 0;
    };
    best.ours = Math.max(best.ours, callsPerSecond("news-text-parser"));
    best.chrono = Math.max(best.chrono, callsPerSecond("chrono-node"));
  }
  const oursCps = best.ours;
  const chronoCps = best.chrono;

  const negatives = rows.filter((p) => p.c.iso === null).length;
  const pct = (n: number) => `${((100 * n) / rows.length).toFixed(1)}%`;
  const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
  const line = (label: string, a: string, b: string) => `${label.padEnd(22)}${a.padStart(20)}${b.padStart(20)}`;
  const out = [
    `Timestamp table: ${rows.length} cases (${rows.length - negatives} timestamps, ${negatives} negatives), reference ${REFERENCE}`,
    "correct = same instant as expected, or null when null is expected; calls/s = best of 3 alternating tinybench rounds",
    "",
    line("", "news-text-parser", "chrono-node"),
    line("accuracy", `${pct(ours.correct)} (${ours.correct})`, `${pct(theirs.correct)} (${theirs.correct})`),
    line("within the precision", `${pct(ours.lenient)} (${ours.lenient})`, `${pct(theirs.lenient)} (${theirs.lenient})`),
    line("false positives", String(ours.falsePositives), String(theirs.falsePositives)),
    line("calls / second", fmt(oursCps), fmt(chronoCps)),
    line("throughput ratio", `${(oursCps / chronoCps).toFixed(1)}x`, "1.0x"),
    "",
    "Right per family (ours / chrono):",
    ...families(),
    "",
    `news-text-parser misses (${ours.wrong.length}):`,
    ...ours.wrong.map((w) => `  ${w}`),
    "",
    `chrono-node misses (${theirs.wrong.length}, first 25):`,
    ...theirs.wrong.slice(0, 25).map((w) => `  ${w}`),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

void main();
