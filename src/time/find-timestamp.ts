/**
 * Finding timestamps glued to other text: Daily8 prints `<Source><stamp>` with no separator
 * (`NBC Sports18 hours ago`, `News2419-07-2025`), the `time` icon label glued to the stamp
 * (`timean hour ago`), and stamps glued to a following section word (`2 days agoScotland`).
 * Wire stories open with a dateline (`WASHINGTON, July 15 (Reuters) -`).
 */
import type { GrammarMode, Parsed } from "./grammar.js";
import { type Token, normalizeWord, tokenize } from "./lexer.js";
import { MAX_TIMESTAMP_LENGTH, mayBeTimestamp, readTokens } from "./parse-timestamp.js";
import type { Timestamp, TimestampOptions } from "./types.js";
import { type Vocabulary, vocabulariesFor } from "./vocabulary.js";

/** A timestamp found inside a line, with where it sits and what surrounds it. */
export interface FoundTimestamp {
  /** The timestamp; `timestamp.raw === text.slice(start, end)`. */
  timestamp: Timestamp;
  /** Offset of the stamp's first code unit in the text. */
  start: number;
  /** Offset one past the stamp's last code unit. */
  end: number;
  /** The text before the stamp, whitespace-trimmed (`NBC Sports`, `time`, or `""`). */
  before: string;
  /** The text after the stamp, whitespace-trimmed (`Scotland`, or `""`). */
  after: string;
}

/** A wire dateline found at the start of a body. */
export interface FoundDateline {
  /** The date of the dateline: absolute, day precision (year-less ones take the most recent past year). */
  timestamp: Timestamp;
  /** Offset of the date's first code unit (`July` in `WASHINGTON, July 15 (Reuters) -`). */
  start: number;
  /** Offset one past the date. */
  end: number;
  /** Offset one past the whole dateline: after the dash and the spaces that follow it. */
  datelineEnd: number;
}

/**
 * Forms that stand alone only as a whole line are off when searching inside one: `Sunday` in
 * `Sunday Times`, `3D` and month-year pairs in titles would be false positives.
 */
const FIND_MODE: Omit<GrammarMode, "dateOrder"> = { compact: false, bareWeekday: false, monthYear: false };
/** Longest word we look inside for a glued keyword; longer runs are not a source name plus a stamp. */
const MAX_GLUED_WORD = 40;

function isLetterAt(text: string, i: number): boolean {
  return /\p{L}/u.test(text.charAt(i));
}

/** A place a stamp may start, and whether it splits digits glued to a name (`News24|18 hours ago`). */
interface Start {
  readonly at: number;
  readonly splitsDigits: boolean;
}

/**
 * Where a stamp may start: any token, any digit inside a number glued to what precedes it
 * (`News24|19-07-2025`), any point inside a word where a starting keyword begins (`time|an hour ago`).
 */
function candidateStarts(text: string, tokens: readonly Token[], startWords: ReadonlySet<string>): { starts: Start[]; insideWords: boolean } {
  const out = new Map<number, boolean>();
  let insideWords = false;
  tokens.forEach((t, index) => {
    const prev = tokens[index - 1];
    const gluedDigits = (t.kind === "num" || t.kind === "date" || t.kind === "time") && t.glued && prev !== undefined && prev.kind !== "punct";
    out.set(t.start, gluedDigits);
    if (gluedDigits) {
      const run = t.kind === "num" ? t.digits : t.kind === "date" ? (t.partDigits[0] ?? 0) : String(t.value).length;
      for (let k = 1; k < run; k++) out.set(t.start + k, true);
    }
    if (t.kind === "word" && t.end - t.start <= MAX_GLUED_WORD) {
      for (let k = t.start + 1; k < t.end; k++) {
        if (isLetterAt(text, k) && startWords.has(normalizeWord(text.slice(k, t.end)))) {
          out.set(k, false);
          insideWords = true;
        }
      }
    }
  });
  const starts = [...out].map(([at, splitsDigits]) => ({ at, splitsDigits })).sort((a, b) => a.at - b.at);
  return { starts, insideWords };
}

/**
 * The largest count a "time ago" display prints before moving to the next unit (moment.js,
 * timeago.js). Used only to choose where to cut digits glued to a name: `News2418 hours ago`
 * is News24 and 18 hours, not 2418 hours.
 */
const ROLLOVER: Readonly<Record<string, number>> = { second: 59, minute: 59, hour: 23, day: 31, week: 5, month: 11, year: Infinity };
const displayable = (p: Parsed): boolean => p.type !== "ago" || p.amounts.every((a) => a.count <= (ROLLOVER[a.unit] ?? 0));

/** Where a stamp may end: any token end, or inside a word after an ending keyword (`ago|Scotland`). */
function candidateEnds(text: string, tokens: readonly Token[], endWords: ReadonlySet<string>): number[] {
  const out = new Set<number>();
  for (const t of tokens) {
    out.add(t.end);
    if (t.kind === "word" && t.end - t.start <= MAX_GLUED_WORD) {
      for (let k = t.start + 1; k < t.end; k++) {
        if (isLetterAt(text, k) && endWords.has(normalizeWord(text.slice(t.start, k)))) out.add(k);
      }
    }
  }
  return [...out].sort((a, b) => b - a);
}

const keywordCache = new WeakMap<readonly Vocabulary[], { startWords: ReadonlySet<string>; endWords: ReadonlySet<string> }>();

/** The words stamps start and end with, over the locales tried, computed once per locale set. */
function keywordsOf(vocabularies: readonly Vocabulary[]): { startWords: ReadonlySet<string>; endWords: ReadonlySet<string> } {
  let words = keywordCache.get(vocabularies);
  if (words === undefined) {
    words = {
      startWords: new Set(vocabularies.flatMap((v) => [...v.startWords])),
      endWords: new Set(vocabularies.flatMap((v) => [...v.endWords])),
    };
    keywordCache.set(vocabularies, words);
  }
  return words;
}

/** Reads `text[start, end)` as a whole timestamp in find mode. */
function tryRange(
  text: string,
  start: number,
  end: number,
  options: TimestampOptions,
  mode: Omit<GrammarMode, "dateOrder">,
  accept?: (p: Parsed) => boolean,
): { timestamp: Timestamp; start: number; end: number } | null {
  const tokens = tokenize(text, start, end);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined) return null;
  const timestamp = readTokens(text, tokens, options, mode, accept);
  return timestamp ? { timestamp, start: first.start, end: last.end } : null;
}

function found(text: string, hit: { timestamp: Timestamp; start: number; end: number }): FoundTimestamp {
  return { ...hit, before: text.slice(0, hit.start).trim(), after: text.slice(hit.end).trim() };
}

/**
 * Finds a timestamp at the start or the end of a short line, glued or not to the text around
 * it: `NBC Sports18 hours ago` (before `NBC Sports`), `News2419-07-2025` (before `News24`, the
 * stamp `19-07-2025`: a glued number is split where the date is valid, trying the longest first,
 * so the two-digit day of `DD-MM-YYYY` wins), `time11-06-2025` and `timean hour ago` (before
 * `time`), `2 days agoScotland` (after `Scotland`), `Al Jazeeraمنذ 21 ساعات`.
 *
 * A stamp ending the line is preferred to one starting it; among those, the longest. The stamp
 * must touch one end of the line: stamps in the middle of prose are not looked for. Forms that
 * only make sense alone (a bare weekday, compact `3h`, a month and year) are not found here.
 *
 * @param text - A short line (over 200 characters gives `null`).
 * @param options - As for {@link parseTimestamp}.
 * @returns The stamp with its offsets (`timestamp.raw === text.slice(start, end)`) and the
 *   trimmed text before and after it, or `null` when there is none.
 * @example
 * ```ts
 * findTimestamp("NBC Sports18 hours ago", { referenceTime: "2025-08-14T18:00:00Z" });
 * // { timestamp: { raw: "18 hours ago", kind: "relative", iso: "2025-08-14T00:00:00.000Z",
 * //   precision: "hour" }, start: 10, end: 22, before: "NBC Sports", after: "" }
 * ```
 */
export function findTimestamp(text: string, options: TimestampOptions = {}): FoundTimestamp | null {
  if (typeof text !== "string" || text.length > MAX_TIMESTAMP_LENGTH * 2) return null;
  const tokens = tokenize(text);
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first === undefined || last === undefined || last.end - first.start > MAX_TIMESTAMP_LENGTH) return null;
  const opts = options ?? {};
  const vocabularies = vocabulariesFor(typeof opts.locale === "string" ? opts.locale : undefined);
  const { startWords, endWords } = keywordsOf(vocabularies);
  const { starts, insideWords } = candidateStarts(text, tokens, startWords);
  if (!insideWords && !mayBeTimestamp(tokens)) return null;
  // Stamps ending the line, longest first. Where digits glued to a name must be split, prefer a
  // count a display would print; keep the first other reading as a fallback.
  let fallback: ReturnType<typeof tryRange> = null;
  for (const start of starts) {
    const hit = tryRange(text, start.at, last.end, opts, FIND_MODE, start.splitsDigits ? displayable : undefined);
    if (hit) return found(text, hit);
    if (start.splitsDigits && fallback === null) fallback = tryRange(text, start.at, last.end, opts, FIND_MODE);
  }
  if (fallback) return found(text, fallback);
  for (const end of candidateEnds(text, tokens, endWords)) {
    if (end === last.end) continue; // tried above
    const hit = tryRange(text, first.start, end, opts, FIND_MODE);
    if (hit) return found(text, hit);
  }
  return null;
}

/** The dash ending a dateline: an em or en dash, `--`, or a hyphen followed by a space. */
const DATELINE_DASH = /[\u2014\u2013]|--|-(?=\s)/;
/** The agency credit before the dash: `(Reuters)`, `(AP)`, `(AFP)`. */
const AGENCY = /\(\s*\p{L}[\p{L}\p{N} .&'’-]{0,40}\)\s*$/u;
/** A place before the date: `WASHINGTON`, `New York`, `PARIS`. */
const PLACE = /^\p{Lu}[\p{L} .'’-]{0,48}$/u;
const DATELINE_MODE: Omit<GrammarMode, "dateOrder"> = { compact: false, bareWeekday: false, monthYear: false };
const isDatelineDate = (p: Parsed): boolean => p.type === "date" && p.named && p.day !== null && p.clock === null;

/**
 * Finds a wire dateline at the start of a body: `Jun. 10—`, `July 15 (Reuters) -`,
 * `WASHINGTON, July 15 (Reuters) -`, `PARIS, 15 juillet (AFP) -`. The date must be written with a
 * month name. The dateline dates the story; its text stays in the body (removing it is the
 * caller's choice, `datelineEnd` says where it ends).
 *
 * @param text - The body text (only its first 160 characters are looked at).
 * @param options - As for {@link parseTimestamp}; the year of a year-less dateline comes from
 *   `referenceTime` (the most recent past occurrence), so without it `iso` is `null`.
 * @returns The date with its offsets and the end of the dateline, or `null`.
 * @example
 * ```ts
 * findDateline("WASHINGTON, July 15 (Reuters) - The Senate voted ...", { referenceTime: "2025-08-14T18:00:00Z" });
 * // { timestamp: { raw: "July 15", kind: "absolute", iso: "2025-07-15T00:00:00.000Z", precision: "day" },
 * //   start: 12, end: 19, datelineEnd: 32 }
 * ```
 */
export function findDateline(text: string, options: TimestampOptions = {}): FoundDateline | null {
  if (typeof text !== "string") return null;
  const head = text.slice(0, 160);
  const dash = DATELINE_DASH.exec(head);
  if (dash === null) return null;
  let datelineEnd = dash.index + dash[0].length;
  while (datelineEnd < text.length && /\s/.test(text.charAt(datelineEnd))) datelineEnd++;
  const agency = AGENCY.exec(head.slice(0, dash.index));
  const dateEnd = agency ? agency.index : dash.index;
  // The date is the whole prefix (`July 15, 2025`) or what follows a place and a comma.
  let from = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    const hit = tryRange(text, from, dateEnd, options ?? {}, DATELINE_MODE, isDatelineDate);
    if (hit && (from === 0 || PLACE.test(text.slice(0, from - 1).trim()))) {
      return { ...hit, datelineEnd };
    }
    const comma = text.indexOf(",", from);
    if (comma < 0 || comma >= dateEnd) return null;
    from = comma + 1;
  }
  return null;
}
