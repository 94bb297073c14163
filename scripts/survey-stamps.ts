/**
 * Survey of the timestamp forms real pages print: finds candidate stamp lines in every page of
 * `../shared/corpus/*\/` (short lines holding a month or weekday name, a relative word, a clock or
 * a numeric date, in any built-in language, plus lines holding the day and month of a page's
 * truth `publishDate`), reduces each to a shape (`9 hours ago`, `MON 9, 9999`, `WD, 9 MON 9999 9:99`)
 * and prints the shapes grouped, most frequent first, with whether `parseTimestamp` reads the line
 * whole or `findTimestamp` finds a stamp at one of its ends.
 *
 *   npx tsx scripts/survey-stamps.ts [--examples] [--misses]
 *
 * Output is for review by hand; nothing here is copied into the repository (the case table holds
 * invented values in the shapes found). `--examples` prints one line per shape (to the terminal only).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { locales } from "../src/locales/index.js";
import { findTimestamp } from "../src/time/find-timestamp.js";
import { parseTimestamp } from "../src/time/parse-timestamp.js";

const CORPUS = join(import.meta.dirname, "..", "..", "shared", "corpus");
const showExamples = process.argv.includes("--examples");
const onlyMisses = process.argv.includes("--misses");

if (!existsSync(CORPUS)) {
  process.stderr.write(`no corpus at ${CORPUS}: nothing to survey\n`);
  process.exit(0);
}

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const words = (o: Record<string, unknown>) => Object.keys(o).map(fold);
const MONTHS = new Set(locales.flatMap((l) => words(l.time.months)));
const WEEKDAYS = new Set(locales.flatMap((l) => [...words(l.time.weekdays), ...words(l.time.weekdayAbbreviations)]));
const UNITS = new Set(locales.flatMap((l) => words(l.time.units)));
const RELATIVE = new Set(locales.flatMap((l) => [...l.time.agoAfter, ...l.time.agoBefore, ...Object.keys(l.time.dayWords), ...l.time.now].map(fold)));
const LABELS = new Set(locales.flatMap((l) => l.time.labels.map(fold)));
const EXTRA = ["ago", "updated", "published", "posted", "modified", "edited", "reviewed", "last", "this", "morning", "tonight", "earlier"];

const CLOCK = /\b\d{1,2}[:h]\d{2}\b/u;
const NUMERIC_DATE = /\b\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}\b/u;

/** The line with values replaced by classes: the shape to group by. */
function shape(line: string): string {
  return line
    .replace(/\d{4}/gu, "9999")
    .replace(/\d+/gu, "9")
    .split(/(\p{L}+)/u)
    .map((w) => {
      const f = fold(w);
      if (MONTHS.has(f)) return "MON";
      if (WEEKDAYS.has(f)) return "WD";
      if (UNITS.has(f) && f.length > 2) return "UNIT";
      return w;
    })
    .join("")
    .replace(/\s+/gu, " ")
    .trim();
}

function isCandidate(line: string, truthDay: RegExp | null): boolean {
  if (line.length === 0 || line.length > 90) return false;
  if (truthDay !== null && truthDay.test(line)) return true;
  if (CLOCK.test(line) || NUMERIC_DATE.test(line)) return true;
  const tokens = fold(line).split(/[^\p{L}]+/u).filter((w) => w !== "");
  if (tokens.length > 12) return false;
  return tokens.some((w) => MONTHS.has(w) || WEEKDAYS.has(w) || RELATIVE.has(w) || LABELS.has(w) || EXTRA.includes(w));
}

interface Group {
  count: number;
  read: number;
  example: string;
}

const groups = new Map<string, Group>();
const REF = "2026-01-15T12:00:00Z";
let pages = 0;
let candidates = 0;
for (const set of readdirSync(CORPUS)) {
  const dir = join(CORPUS, set);
  if (!existsSync(join(dir, "truth.json"))) continue;
  const truth = JSON.parse(readFileSync(join(dir, "truth.json"), "utf8")) as Record<string, { publishDate?: string | null }>;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".txt"))) {
    pages++;
    const date = truth[file.replace(/\.txt$/u, "")]?.publishDate;
    // The day number of the truth date, as a word: lines holding it are worth a look.
    const truthDay = typeof date === "string" && /^\d{4}-\d{2}-\d{2}/u.test(date) ? new RegExp(`\\b0?${Number(date.slice(8, 10))}\\b`, "u") : null;
    for (const raw of readFileSync(join(dir, file), "utf8").split("\n")) {
      const line = raw.trim();
      if (!isCandidate(line, truthDay)) continue;
      candidates++;
      const read = parseTimestamp(line, { referenceTime: REF }) !== null || findTimestamp(line, { referenceTime: REF }) !== null;
      const key = shape(line);
      const g = groups.get(key) ?? { count: 0, read: 0, example: line };
      g.count++;
      if (read) g.read++;
      groups.set(key, g);
    }
  }
}

const out = [`${pages} pages, ${candidates} candidate lines, ${groups.size} shapes`, ""];
for (const [key, g] of [...groups].sort((a, b) => b[1].count - a[1].count)) {
  if (onlyMisses && g.read === g.count) continue;
  if (g.count < 2 && !showExamples) continue;
  out.push(`${String(g.count).padStart(5)} ${String(g.read).padStart(5)} read  ${key}${showExamples ? `   e.g. ${g.example}` : ""}`);
}
process.stdout.write(`${out.join("\n")}\n`);
