/**
 * Reading a run of tokens as one timestamp, shared by `parseTimestamp` and `findTimestamp`: the
 * limits, the pre-checks and `readTokens`.
 */
import { type GrammarMode, type Parsed, LOCALE_SLOTS, localeIndex, localesReadingAll, readTimestamp, readTimestampUngated } from "./grammar.js";
import { type Token, tokenize } from "./lexer.js";
import { readReference, readZone, resolve } from "./resolve.js";
import type { DateOrder, Timestamp, TimestampOptions } from "./types.js";
import { ATLANTIC_OR_ARABIA, type Zone, settleZone } from "./zones.js";
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
 * The locales that read a run, as {@link readTokens} asks (see `localesReadingAll`): one buffer,
 * as nothing readTokens calls while it reads it asks again.
 */
const READERS = new Int32Array(LOCALE_SLOTS);

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
  // The locales that can read every token (rules read whole runs): none when some token is read
  // by no rule of any locale, and with seven locales most runs are readable by one or two.
  const readers = READERS;
  if (!localesReadingAll(tokens, from, to, readers)) return null;
  const grammarMode = withOrder(mode, options.dateOrder === "MDY" ? "MDY" : "DMY");
  for (const v of vocabulariesFor(typeof options.locale === "string" ? options.locale : undefined)) {
    const i = localeIndex(v);
    if (i >= 0 && (readers[i >>> 5]! & (1 << (i & 31))) === 0) continue;
    // A built-in locale's bit already says it reads every token: readTimestamp's own check would
    // repeat it. A locale that is not built in has no bit: readTimestamp checks it.
    const parsed = i >= 0 ? readTimestampUngated(tokens, from, to, v, grammarMode) : readTimestamp(tokens, from, to, v, grammarMode);
    if (parsed === null || (accept !== undefined && !accept(parsed))) continue;
    const zone = readZone(options.timeZone);
    if (zone === null) return null;
    return resolve(settled(parsed, zone), text.slice(first.start, last.end), readReference(options.referenceTime), zone);
  }
  return null;
}

/** `parsed` with a printed `AST` settled by the page's zone (see `settleZone`). */
function settled(parsed: Parsed, page: Zone): Parsed {
  const clock = "clock" in parsed ? parsed.clock : null;
  if (clock === null || clock.zone !== ATLANTIC_OR_ARABIA) return parsed;
  return { ...parsed, clock: { ...clock, zone: settleZone(clock.zone, page) } } as Parsed;
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
