/**
 * `parseTimestamp`: one short line (a whole timestamp, optionally labelled) to a `Timestamp`.
 */
import { type GrammarMode, type Parsed, isReadable, readTimestamp } from "./grammar.js";
import { type Token, tokenize } from "./lexer.js";
import { readReference, readZone, resolve } from "./resolve.js";
import type { DateOrder, Timestamp, TimestampOptions } from "./types.js";
import { ALL_WORDS, mayHoldTimestamp, vocabulariesFor } from "./vocabulary.js";

/**
 * Lines longer than this are never timestamps: the longest real form
 * (`Updated 1:39 am EST, Wednesday, November 20, 2019`) is about 50 characters. Checked before
 * any work, so paragraphs cost nothing.
 *
 * @example
 * ```ts
 * if (line.length <= MAX_TIMESTAMP_LENGTH) parseTimestamp(line, options);
 * ```
 */
export const MAX_TIMESTAMP_LENGTH = 200;
/**
 * More tokens than this is prose, not a timestamp.
 *
 * @example
 * ```ts
 * tokenize("Updated 1:39 am EST, Wednesday, November 20, 2019").length; // 10, well under MAX_TOKENS
 * ```
 */
export const MAX_TOKENS = 24;

/** Whole-line reading accepts every form. */
export const LINE_MODE: Omit<GrammarMode, "dateOrder"> = { compact: true, bareWeekday: true, monthYear: true };

/**
 * `true` for a token every timestamp holds at least one of (see {@link mayBeTimestamp}): a clock
 * time, a numeric date, or a word some locale uses in timestamps.
 *
 * @param t - A token.
 * @returns `false` for numbers, punctuation and other words.
 * @example
 * ```ts
 * tokenize("5 hours").map(isKeyToken); // [false, true]
 * ```
 */
export function isKeyToken(t: Token): boolean {
  return t.kind === "time" || t.kind === "date" || ALL_WORDS.has(t.text);
}

/**
 * `true` when the tokens could hold a timestamp at all: a time, a date, or a word some locale
 * uses in timestamps ({@link isKeyToken}). Most lines of a page, and runs of bare numbers (a row of a
 * results table, `Channel 418`), fail this with a few set lookups.
 *
 * Why a number alone is not enough: every grammar rule that accepts a run reads a clock or date
 * token, or looks up a phrase of some locale whose first word is in `ALL_WORDS` (`now`, day
 * words, last periods, "ago" before the amount, counted units, units, months, weekdays, labels),
 * or an am/pm phrase whose last word is (it ends stamps). A number is read only next to one of
 * those (a count before a unit, a day or year beside a month, an hour before `pm`). A property
 * test (`test/time/pre-check.test.ts`) holds the grammar to this.
 *
 * @param tokens - Tokens of a line.
 * @param from - First token to look at (default 0).
 * @param to - One past the last token to look at (default all).
 * @returns `false` when no timestamp can be made of them.
 * @example
 * ```ts
 * mayBeTimestamp(tokenize("Related Articles")); // false
 * mayBeTimestamp(tokenize("1 Team Blue 4812 6 2 19"), 3); // false (numbers only)
 * ```
 */
export function mayBeTimestamp(tokens: readonly Token[], from = 0, to = tokens.length): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t === undefined) break;
    if (isKeyToken(t)) return true;
  }
  return false;
}

const modes = new WeakMap<object, Record<DateOrder, GrammarMode>>();

/** The grammar mode with a date order, built once per mode (this runs for every line of a page). */
function withOrder(mode: Omit<GrammarMode, "dateOrder">, dateOrder: DateOrder): GrammarMode {
  let both = modes.get(mode);
  if (both === undefined) {
    both = { DMY: { ...mode, dateOrder: "DMY" }, MDY: { ...mode, dateOrder: "MDY" } };
    modes.set(mode, both);
  }
  return both[dateOrder];
}

/**
 * Reads `tokens[from, to)` as one timestamp with each candidate locale in turn. Shared with
 * `findTimestamp`, which reads many runs of the same tokens.
 *
 * @param text - The text the tokens come from (for `raw`).
 * @param tokens - Tokens of the text.
 * @param from - First token of the candidate.
 * @param to - One past its last token.
 * @param options - Parser options.
 * @param mode - Forms accepted.
 * @param accept - Optional filter on what was read (datelines accept dates only).
 * @returns The timestamp or `null`.
 * @example
 * ```ts
 * const tokens = tokenize("2 hours ago");
 * readTokens("2 hours ago", tokens, 0, tokens.length, { referenceTime: ref }, LINE_MODE);
 * ```
 */
export function readTokens(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  options: TimestampOptions,
  mode: Omit<GrammarMode, "dateOrder">,
  accept?: (parsed: Parsed) => boolean,
): Timestamp | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined || to - from > MAX_TOKENS || !mayBeTimestamp(tokens, from, to)) return null;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t !== undefined && !isReadable(t)) return null; // no rule reads it, and rules read whole runs
  }
  const grammarMode = withOrder(mode, options.dateOrder === "MDY" ? "MDY" : "DMY");
  for (const v of vocabulariesFor(typeof options.locale === "string" ? options.locale : undefined)) {
    const parsed = readTimestamp(tokens, from, to, v, grammarMode);
    if (parsed === null || (accept !== undefined && !accept(parsed))) continue;
    const zone = readZone(options.timeZone);
    if (zone === null) return null;
    return resolve(parsed, text.slice(first.start, last.end), readReference(options.referenceTime), zone);
  }
  return null;
}

/**
 * Parses a line that is exactly one timestamp, as news pages print them, into an instant.
 *
 * The whole trimmed text must be the timestamp, optionally after a label (`Updated`,
 * `Published on`, `Posted:`, `Publié le`, `نشر في`); anything else around it gives `null`
 * (use `findTimestamp` for stamps glued to other text).
 *
 * Accepted forms:
 * - relative: `11 minutes ago`, `an hour ago`, `2 hrs ago`, `10H ago`, `3h`, `1d 21h ago`,
 *   `a few minutes ago`, `about 1 hour ago`, `over 1 year ago`, `just now`, `moments ago`,
 *   `less than a minute ago`, `today`, `yesterday`, `yesterday at 5:30 PM`, `2 days ago at 07:54 am`,
 *   `last week`, `Sunday` (the most recent past Sunday, never the reference day itself),
 *   `Updated 3:26 pm` (a labelled clock: today, or yesterday if still to come);
 *   French `il y a 5 minutes`, `hier`; Arabic `منذ 5 دقائق`, `منذ يومين`, `أمس`;
 * - absolute: ISO 8601 (`2025-08-14T10:32:00+02:00`), RFC 2822 (`Thu, 14 Aug 2025 10:32:00 GMT`),
 *   `August 9, 2018`, `13 June 2025 | 8:46 pm`, `Aug. 9`, `Sept 3` (year-less: the most recent
 *   past occurrence), `September 2019` (month precision), numeric `19-07-2025`, `07/15/2025`,
 *   `2022-04-07 14:57`, Arabic-Indic digits `٠٩-٠٦-٢٠٢٥`, 12- and 24-hour clocks, `a.m.`,
 *   French `17h30`, zone abbreviations (`GMT`, `BST`, `EDT`, `ET` with daylight saving, `CEST` ...)
 *   and offsets (`+02:00`, `GMT+1`).
 *
 * Numeric dates: four digits first is year-month-day; otherwise when the first number is over 12
 * it is day first, when the second is over 12 it is month first, and when both are 12 or less
 * `dateOrder` decides, defaulting to day first (`DD-MM-YYYY`, as Daily8 prints).
 *
 * Resolution: relative forms are `referenceTime` minus the amount, computed in `timeZone` with
 * date-fns (months clamp: 31 May − 3 months = 28 February) and floored to the minute (to the
 * second for `30 seconds ago`); `yesterday`, `today` and weekdays are the start of that day in
 * `timeZone`; dates without a clock are midnight in `timeZone`; a printed zone wins over
 * `timeZone`. A relative form never lands after the reference: `today at 11 pm` read at 6 pm is `null`.
 *
 * Precision: the unit of the printed form: `11 minutes ago` → `minute`, `2 hours ago` → `hour`,
 * `2 days ago`, `2 weeks ago`, `yesterday`, `19-07-2025` → `day`, a clock → `minute` (`second`
 * when seconds are printed, `hour` for `8 PM`).
 *
 * Never throws, for any input. `null` means "not exactly one timestamp": durations
 * (`two hours of talks`), future phrases (`in 2 hours`), `24/7`, `9/11`, `The Sun`,
 * `Sunday Times`, bare years, scores, prices, phone numbers, reading times (`1 min read`),
 * impossible dates (`31-02-2025`), lines over 200 characters. It is also `null` for relative and
 * year-less forms when `referenceTime` is invalid (not a Date, or not an ISO 8601 string with a
 * zone), and for dates needing `timeZone` when it is not an IANA zone. With no `referenceTime`
 * at all, relative and year-less forms keep `raw`, `kind` and `precision` and get `iso: null`.
 *
 * @param text - One line of text.
 * @param options - `referenceTime` (the moment the page was scraped), `timeZone` (IANA, default
 *   `UTC`), `dateOrder` (`"DMY"` default, or `"MDY"`), `locale` (`"en"`, `"fr"`, `"ar"`; all when absent).
 * @returns The timestamp, or `null` when the text is not one.
 * @example
 * ```ts
 * import { parseTimestamp } from "news-text-parser";
 * parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" });
 * // { raw: "11 minutes ago", kind: "relative", iso: "2025-08-14T17:49:00.000Z", precision: "minute" }
 * parseTimestamp("Posted June 20, 2025 5:04 pm", { timeZone: "America/New_York" })?.iso;
 * // "2025-06-20T21:04:00.000Z"
 * parseTimestamp("9/11 memorial", {}); // null
 * ```
 */
export function parseTimestamp(text: string, options: TimestampOptions = {}): Timestamp | null {
  const tokens = lineTokens(text);
  return tokens === null ? null : readTokens(text, tokens, 0, tokens.length, options ?? {}, LINE_MODE);
}

/**
 * The tokens of a line that may hold a timestamp, or `null` when it cannot: paragraphs and lines
 * without a digit or a time word are rejected before any lexing (most lines of a page).
 *
 * @param text - One line.
 * @returns Its tokens, or `null`.
 * @example
 * ```ts
 * lineTokens("Related Articles"); // null
 * ```
 */
export function lineTokens(text: string): Token[] | null {
  return lineMayHoldTimestamp(text) ? lexLine(text) : null;
}

/**
 * The checks {@link lineTokens} makes before lexing: a string, not over `MAX_TIMESTAMP_LENGTH`
 * once trimmed, holding a digit or a time word (see `mayHoldTimestamp`).
 *
 * @param text - One line.
 * @returns `false` when no timestamp can be in it.
 * @example
 * ```ts
 * lineMayHoldTimestamp("Related Articles"); // false
 * ```
 */
export function lineMayHoldTimestamp(text: string): boolean {
  if (typeof text !== "string" || text.length > MAX_TIMESTAMP_LENGTH * 2) return false;
  if (text.length > MAX_TIMESTAMP_LENGTH && text.trim().length > MAX_TIMESTAMP_LENGTH) return false;
  return mayHoldTimestamp(text);
}

/**
 * The rest of {@link lineTokens}, for a line that passed {@link lineMayHoldTimestamp}: its tokens,
 * or `null` when they span over `MAX_TIMESTAMP_LENGTH`.
 *
 * @param text - One line.
 * @returns Its tokens, or `null`.
 * @example
 * ```ts
 * lexLine("3 hours ago")?.length; // 3
 * ```
 */
export function lexLine(text: string): Token[] | null {
  const tokens = tokenize(text);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined || last.end - first.start > MAX_TIMESTAMP_LENGTH) return null;
  return tokens;
}
