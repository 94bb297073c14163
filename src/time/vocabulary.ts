/**
 * Locale data compiled for the grammar: every phrase list becomes a map keyed by its
 * normalised tokens, built once at module load.
 */
import { getLocale, locales } from "../locales/index.js";
import { escapeRegExp } from "../rules/rule.js";
import type { CountedUnit, LocaleTime, TimeUnit } from "../locales/types.js";
import { type Token, normalizeWord, tokenize } from "./lexer.js";

/** Phrases (one or more tokens) mapped to values, matched longest first. */
export interface PhraseTable<T> {
  /** Normalised tokens joined by one space → value. */
  readonly map: ReadonlyMap<string, T>;
  /** The first token of every phrase, to reject most positions with one lookup. */
  readonly first: ReadonlySet<string>;
  /** Every proper prefix of every phrase, so a lookup stops as soon as no phrase can match. */
  readonly prefixes: ReadonlySet<string>;
}

/** A phrase found in the tokens: its value and the index of the token after it. */
export interface PhraseMatch<T> {
  /** The phrase's value. */
  readonly value: T;
  /** Index of the first token after the phrase. */
  readonly next: number;
}

/** Lexes a phrase with the same lexer as the input, so keys and input normalise alike. */
function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.text);
}

function table<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const map = new Map<string, T>();
  const first = new Set<string>();
  const prefixes = new Set<string>();
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key.length === 0 || key[0] === undefined) continue;
    map.set(key.join(" "), value);
    first.add(key[0]);
    for (let n = 1; n < key.length; n++) prefixes.add(key.slice(0, n).join(" "));
  }
  return { map, first, prefixes };
}

const list = (phrases: readonly string[]): PhraseTable<true> => table(phrases.map((p) => [p, true] as const));

/**
 * Finds the longest phrase of `t` starting at token `i` (before `end`).
 *
 * @param t - The table.
 * @param tokens - The tokens.
 * @param i - Where the phrase must start.
 * @param end - Tokens at or after `end` are not looked at.
 * @returns The value and the next token index, or `null`.
 * @example
 * ```ts
 * lookup(vocabulary[0].numbers, tokenize("a few minutes"), 0, 3); // { value: 3, next: 2 }
 * ```
 */
export function lookup<T>(t: PhraseTable<T>, tokens: readonly Token[], i: number, end: number): PhraseMatch<T> | null {
  const head = tokens[i];
  if (head === undefined || i >= end || !t.first.has(head.text)) return null;
  // Grow the key a token at a time while it is still the start of some phrase; keep the longest hit.
  let key = head.text;
  let best: PhraseMatch<T> | null = null;
  for (let j = i + 1; ; j++) {
    const value = t.map.get(key);
    if (value !== undefined) best = { value, next: j };
    const next = tokens[j];
    if (j >= end || next === undefined || !t.prefixes.has(key)) return best;
    key += " " + next.text;
  }
}

/**
 * One locale's time words, compiled.
 *
 * @example
 * ```ts
 * VOCABULARIES[0].units.map.get("hrs"); // "hour"
 * ```
 */
export interface Vocabulary {
  /** BCP 47 code of the locale. */
  readonly code: string;
  /** Unit words → unit. */
  readonly units: PhraseTable<TimeUnit>;
  /** Unit words that carry their count (Arabic duals). */
  readonly countedUnits: PhraseTable<CountedUnit>;
  /** Unit abbreviations accepted glued to a number without "ago" (`3h`). */
  readonly compactUnits: ReadonlySet<string>;
  /** Whether a unit word alone means one of it. */
  readonly bareUnitMeansOne: boolean;
  /** "Ago" words printed before the amount (`il y a`). */
  readonly agoBefore: PhraseTable<true>;
  /** "Ago" words printed after the amount (`ago`). */
  readonly agoAfter: PhraseTable<true>;
  /** Number words before a unit. */
  readonly numbers: PhraseTable<number>;
  /** Number words after a unit (`ساعة واحدة`). */
  readonly numbersAfterUnit: PhraseTable<number>;
  /** Hedges ignored before an amount (`about`). */
  readonly qualifiers: PhraseTable<true>;
  /** Words joining parts of a compound amount. */
  readonly and: PhraseTable<true>;
  /** Phrases meaning "now". */
  readonly now: PhraseTable<true>;
  /** Calendar-day words → days back. */
  readonly dayWords: PhraseTable<number>;
  /** Phrases naming the previous period → unit. */
  readonly lastPeriods: PhraseTable<TimeUnit>;
  /** Month names → 1–12. */
  readonly months: PhraseTable<number>;
  /** Full weekday names → 0 (Sunday)–6. */
  readonly weekdays: PhraseTable<number>;
  /** Weekday abbreviations → 0–6. */
  readonly weekdayAbbreviations: PhraseTable<number>;
  /** Morning meridiem words. */
  readonly am: PhraseTable<true>;
  /** Afternoon meridiem words. */
  readonly pm: PhraseTable<true>;
  /** Small words allowed between the parts of a date. */
  readonly connectors: PhraseTable<true>;
  /** Labels allowed before a stamp. */
  readonly labels: PhraseTable<true>;
  /** First words of anything a timestamp can start with (for finding glued stamps). */
  readonly startWords: ReadonlySet<string>;
  /** Words a timestamp can end with (for finding stamps glued to a following word). */
  readonly endWords: ReadonlySet<string>;
}

function lastWords(phrases: Iterable<string>): string[] {
  return [...phrases].map((p) => phraseKey(p).at(-1) ?? "").filter((w) => w !== "");
}

function compile(time: LocaleTime): Vocabulary {
  const v = {
    code: time.code,
    units: table(Object.entries(time.units)),
    countedUnits: table(Object.entries(time.countedUnits ?? {})),
    compactUnits: new Set((time.compactUnits ?? []).map(normalizeWord)),
    bareUnitMeansOne: time.bareUnitMeansOne ?? false,
    agoBefore: list(time.agoBefore),
    agoAfter: list(time.agoAfter),
    numbers: table(Object.entries(time.numberWords)),
    numbersAfterUnit: table(Object.entries(time.numberWordsAfterUnit ?? {})),
    qualifiers: list(time.qualifiers),
    and: list(time.and),
    now: list(time.now),
    dayWords: table(Object.entries(time.dayWords)),
    lastPeriods: table(Object.entries(time.lastPeriods)),
    months: table(Object.entries(time.months)),
    weekdays: table(Object.entries(time.weekdays)),
    weekdayAbbreviations: table(Object.entries(time.weekdayAbbreviations)),
    am: list(time.meridiem.am),
    pm: list(time.meridiem.pm),
    connectors: list(time.connectors),
    labels: list(time.labels),
  };
  const startWords = new Set<string>();
  for (const t of [v.numbers, v.qualifiers, v.now, v.dayWords, v.lastPeriods, v.months, v.weekdays,
    v.weekdayAbbreviations, v.agoBefore, v.labels, v.countedUnits]) {
    for (const w of t.first) startWords.add(w);
  }
  if (v.bareUnitMeansOne) for (const w of v.units.first) startWords.add(w);
  const endWords = new Set<string>([
    ...lastWords(time.agoAfter), ...lastWords(time.now), ...lastWords(Object.keys(time.dayWords)),
    ...lastWords(Object.keys(time.lastPeriods)), ...lastWords(Object.keys(time.months)),
    ...lastWords(time.meridiem.am), ...lastWords(time.meridiem.pm),
    ...lastWords(Object.keys(time.numberWordsAfterUnit ?? {})),
    ...lastWords(Object.keys(time.countedUnits ?? {})),
  ]);
  // Where "ago" comes first (French, Arabic) the unit word ends the stamp.
  if (time.agoBefore.length > 0) for (const w of lastWords(Object.keys(time.units))) endWords.add(w);
  return { ...v, startWords, endWords };
}

/**
 * Every built-in locale, compiled, in the order they are tried.
 *
 * @example
 * ```ts
 * VOCABULARIES.map((v) => v.code); // ["en", "fr", "ar"]
 * ```
 */
export const VOCABULARIES: readonly Vocabulary[] = locales.map((l) => compile(l.time));

/**
 * Every word any locale knows, for the quick "could this be a timestamp at all?" check.
 *
 * @example
 * ```ts
 * ALL_WORDS.has("ago"); // true
 * ```
 */
export const ALL_WORDS: ReadonlySet<string> = new Set(
  VOCABULARIES.flatMap((v) => [...v.startWords, ...v.endWords, ...v.units.first]),
);

/**
 * The vocabularies to try for a `locale` option: that language only, or all of them when the
 * option is absent or names no built-in locale.
 *
 * @param code - The `locale` option.
 * @returns The compiled vocabularies.
 * @example
 * ```ts
 * vocabulariesFor("fr").map((v) => v.code); // ["fr"]
 * ```
 */
export function vocabulariesFor(code: string | undefined): readonly Vocabulary[] {
  if (code === undefined) return VOCABULARIES;
  const locale = getLocale(code);
  const found = locale && VOCABULARIES.find((v) => v.code === locale.code);
  return found ? [found] : VOCABULARIES;
}

/**
 * A cheap pre-check run before any lexing: every timestamp holds a digit or one of the words that
 * can carry a date without digits (`ago`, `yesterday`, `just now`, a month or weekday name, their
 * French and Arabic forms). Matched as substrings, so glued forms (`timeyesterday`) pass; the test
 * only rejects lines that cannot hold a stamp, which is most lines of a page.
 *
 * @example
 * ```ts
 * MAY_HOLD_TIMESTAMP.test("Related Articles"); // false
 * MAY_HOLD_TIMESTAMP.test("timean hour ago"); // true
 * ```
 */
export const MAY_HOLD_TIMESTAMP: RegExp = buildPreCheck(locales.map((l) => l.time));

function buildPreCheck(times: readonly LocaleTime[]): RegExp {
  const glued = new Set<string>();
  const names = new Set<string>();
  // The longest piece of a phrase is its most selective part that must appear as printed
  // ("à l'instant" → "instant"; apostrophes vary between ' and ’, so they split pieces too).
  const piece = (w: string) => w.trim().toLowerCase().split(/[\s'’]+/u).sort((a, b) => b.length - a.length)[0] ?? "";
  for (const t of times) {
    // Relative words may be glued to a source or an icon label ("timeyesterday", "Reutersan hour ago").
    for (const w of [...t.agoBefore, ...t.agoAfter, ...t.now, ...Object.keys(t.dayWords), ...Object.keys(t.lastPeriods)]) glued.add(piece(w));
    // Month and weekday names must stand as words: "Mar" in "Marathon" is not March.
    for (const w of [...Object.keys(t.months), ...Object.keys(t.weekdays)]) names.add(piece(w));
  }
  const alt = (set: Set<string>) =>
    [...set]
      .filter((w) => w.length > 0)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
  return new RegExp(`\\p{Nd}|${alt(glued)}|(?<!\\p{L})(?:${alt(names)})(?!\\p{L})`, "iu");
}
