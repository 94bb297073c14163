/**
 * Finding timestamps glued to other text: Daily8 prints `<Source><stamp>` with no separator
 * (`NBC Sports18 hours ago`, `News2419-07-2025`), the `time` icon label glued to the stamp
 * (`timean hour ago`), and stamps glued to a following section word (`2 days agoScotland`).
 * Wire stories open with a dateline (`WASHINGTON, July 15 (Reuters) -`).
 *
 * The line is lexed once; candidate stamps are runs of its tokens, so trying a candidate costs
 * a grammar pass over at most `MAX_TOKENS` tokens. Only a start or end inside a glued word needs
 * that one word lexed again.
 */
import { type GrammarMode, type Parsed, isReadable, isReadableText } from "./grammar.js";
import { CJK_BRACKET_WEEKDAYS, type Token, isSpace as isLexerSpace, lexRunInto, normalizeWord, tokenize } from "./lexer.js";
import { LINE_MODE, MAX_TIMESTAMP_LENGTH, MAX_TOKENS, isKeyToken, lexLine, lineMayHoldTimestamp, lineTokens, readTokens } from "./read.js";
import type { Timestamp, TimestampOptions } from "./types.js";
import { CJK_AGO, CJK_DAY, CJK_DAY_WORDS, CJK_LABELS, CJK_NOW, KO_AGO, type Vocabulary, vocabulariesFor } from "./vocabulary.js";
import { ZONE_NAMES, ZONES } from "./zones.js";

/**
 * A timestamp found inside a line, with where it sits and what surrounds it.
 *
 * @example
 * ```ts
 * import { findTimestamp } from "news-text-parser";
 * const f = findTimestamp("time11-06-2025", {});
 * f?.before; // "time"
 * ```
 */
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

/**
 * A wire dateline found at the start of a body.
 *
 * @example
 * ```ts
 * import { findDateline } from "news-text-parser";
 * const d = findDateline("Jun. 10—The council met.", { referenceTime: "2025-08-14T18:00:00Z" });
 * d?.timestamp.iso; // "2025-06-10T00:00:00.000Z"
 * ```
 */
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
 *
 * @example
 * ```ts
 * readTokens("2 hours ago", tokenize("2 hours ago"), 0, 3, {}, FIND_MODE); // { raw: "2 hours ago", ... }
 * ```
 */
export const FIND_MODE: Omit<GrammarMode, "dateOrder"> = { compact: false, bareWeekday: false, monthYear: false };
/** Longest word we look inside for a glued keyword; longer runs are not a source name plus a stamp. */
const MAX_GLUED_WORD = 40;

/**
 * The largest count a "time ago" display prints before moving to the next unit (moment.js,
 * timeago.js). Used only to choose where to cut digits glued to a name: `News2418 hours ago`
 * is News24 and 18 hours, not 2418 hours.
 */
const ROLLOVER: Readonly<Record<string, number>> = { second: 59, minute: 59, hour: 23, day: 31, week: 5, month: 11, year: Infinity };
const displayable = (p: Parsed): boolean => p.type !== "ago" || p.amounts.every((a) => a.count <= (ROLLOVER[a.unit] ?? 0));

/** The words stamps start and end with, over the locales tried. */
export interface Keywords {
  /** First words of anything a stamp can start with (labels, number words, months ...). */
  readonly startWords: ReadonlySet<string>;
  /**
   * The start words looked for inside a word (`time|an hour ago`): all of them but the one-letter
   * words of languages whose pages glue no stamp to a word (Swedish `i` of `i dag`, Polish `w`),
   * which would be found at the end of every other word.
   */
  readonly innerStartWords: ReadonlySet<string>;
  /** Words a stamp can end with (`ago`, units after `il y a`, months, meridiems, zones ...). */
  readonly endWords: ReadonlySet<string>;
}

const keywordCache = new WeakMap<readonly Vocabulary[], Keywords>();

/** The keywords of a set of locales, computed once per set. */
export function keywordsOf(vocabularies: readonly Vocabulary[]): Keywords {
  let words = keywordCache.get(vocabularies);
  if (words === undefined) {
    // Weekday abbreviations of the languages whose pages glue no stamp (`son` is Swedish Sunday's and Turkish "last").
    const abbreviations = new Set(vocabularies.flatMap((v) => (v.glued ? [] : [...v.weekdayAbbreviations.first])));
    words = {
      // The CJK words every locale reads (see `CJK_WORDS`): labels and day words start stamps; day
      // signs, `ago` words and day words end them.
      startWords: new Set([...vocabularies.flatMap((v) => [...v.startWords]), ...CJK_LABELS, ...CJK_NOW, ...CJK_DAY_WORDS.keys()]),
      innerStartWords: new Set([
        // A weekday's abbreviation of a language whose pages glue no stamp ends too many words to
        // start one inside a word (`Al|so 14 Aug 2025`, `Edi|tor 14. aug. 2025`).
        ...vocabularies.flatMap((v) => [...v.startWords].filter((w) => v.glued || (w.length > 1 && !abbreviations.has(w)))),
        ...CJK_LABELS, ...CJK_NOW, ...CJK_DAY_WORDS.keys(),
      ]),
      endWords: new Set([...vocabularies.flatMap((v) => [...v.endWords]), ...ZONES.keys(), ...[...ZONE_NAMES.keys()].map((k) => k.split(" ").at(-1)!), ...CJK_DAY, ...CJK_AGO.keys(), KO_AGO, ...CJK_NOW, ...CJK_DAY_WORDS.keys(),
        // A month and day of this year closed by its weekday in brackets (`8/14(木)`).
        ...CJK_BRACKET_WEEKDAYS.keys()]),
    };
    keywordCache.set(vocabularies, words);
  }
  return words;
}

/** A token a stamp can start with: a number, a clock, a date or a start keyword. */
function canStart(t: Token, words: Keywords): boolean {
  return t.kind === "num" || t.kind === "time" || t.kind === "date" || (t.kind === "word" && words.startWords.has(t.text));
}

/**
 * A token a stamp can end with: a number (year, day), a clock, a date, an offset or an end keyword.
 * `findEnding` tries only runs ending with one. (The grammar also reads a few longer runs ending
 * with a weekday, `1:39 am EST, Wednesday`, which are not looked for inside a line; a run of one
 * token that it reads always ends with one: a property test holds it to this.)
 *
 * @param t - A token.
 * @param words - The keywords of the locales tried.
 * @returns `false` when stamps found inside a line do not end with `t`.
 * @example
 * ```ts
 * canEnd(tokenize("ago")[0]!, keywordsOf(VOCABULARIES)); // true
 * ```
 */
export function canEnd(t: Token, words: Keywords): boolean {
  return t.kind === "num" || t.kind === "time" || t.kind === "date" || t.kind === "offset" || (t.kind === "word" && words.endWords.has(t.text));
}

const isLetter = (ch: string): boolean => /\p{L}/u.test(ch);
const isUpper = (ch: string): boolean => /\p{Lu}/u.test(ch);

/** {@link isUpper} answers for code units outside ASCII, filled as they are met (0 = not yet asked). */
const UPPER_CACHE = new Uint8Array(0x10000);

/**
 * `isUpper(text.charAt(k))` for `0 <= k < text.length`, by code unit: in ASCII `\p{Lu}` is `A-Z`;
 * any other code unit is asked once (the answer depends on it alone) and kept.
 */
export function isUpperAt(text: string, k: number): boolean {
  const c = text.charCodeAt(k);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  let known = UPPER_CACHE[c] ?? 0;
  if (known === 0) {
    known = isUpper(String.fromCharCode(c)) ? 2 : 1;
    UPPER_CACHE[c] = known;
  }
  return known === 2;
}

/** `true` for the code units `/\s/u` matches (what `String.prototype.trim` removes). */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `text.slice(from, to).trim() !== ""`, without the copies. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Prose around a stamp: several words, and the last word before it (or the first after it) in
 * lower case, as in `... two spotted just 2 days ago`. A source name or a label is short or ends
 * in a capital or punctuation (`NBC Sports`, `Reuters ·`, `By Jane Doe`).
 */
function isProse(side: string, atEnd: boolean): boolean {
  const words = side.split(/\s+/u).filter((w) => w !== "");
  const edge = atEnd ? side.charAt(side.length - 1) : side.charAt(0);
  if (words.length < 4 || !isLetter(edge) || isUpper(edge)) return false;
  // Before the stamp, names (`Jane Doe Harbour Times May 2nd 2025`) or a byline ending in `at`/`on`
  // (`Posted by: Jane at December 19, 2025`) are no prose: every word capitalised but the byline's.
  return atEnd ? !NAMES_BEFORE.test(side) : !BYLINE_AFTER.test(side);
}

/**
 * Names before a stamp: capitalised words, maybe after a byline word (`Posted by:`), maybe ending
 * in a word for "at"/"on". Exported for `parseTimestamp`, which reads a stamp after them.
 *
 * @example
 * ```ts
 * NAMES_BEFORE.test("Posted by: Jane at"); // true
 * NAMES_BEFORE.test("the talks resumed on"); // false
 * ```
 */
export const NAMES_BEFORE = /^(?:\p{Lu}\p{L}* )?(?:(?:by|par|von|por|door|av|przez|oleh):? )?\p{Lu}[\p{L}'’.&-]*(?: \p{Lu}[\p{L}'’.&-]*){0,5}(?: (?:at|on|am|le|el|il))?$/u;

/**
 * A byline after a stamp (`… December 2nd, 2025 by Ann Poe and Tom Hart`): the word for "by" of
 * a locale, then a capitalised name. Lower-case words, yet no prose around the stamp.
 */
const BYLINE_AFTER = /^(?:by|par|von|por|door|av|przez|oleh):? \p{Lu}/u;

/** {@link tryTokens}' answer for a stamp that reads but sits in prose. */
const IN_PROSE = "prose" as const;

/** A day word standing alone (`today`, `last year`): a timestamp only when glued or alone on its line. */
const isLoneDayWord = (p: Parsed): boolean => (p.type === "day" && p.clock === null) || p.type === "last";

/** Filters for a candidate set apart by spaces, built once (this runs for every candidate). */
const SPACED: Readonly<Record<"any" | "displayable", (p: Parsed) => boolean>> = {
  any: (p) => !isLoneDayWord(p),
  displayable: (p) => displayable(p) && !isLoneDayWord(p),
};

/**
 * The candidate at `tokens[from, to)`, accepted unless prose surrounds it or it is a bare day
 * word (`today`, `last year`) set apart by spaces, which in a sentence or a show name
 * (`Fantasy Football Today`) is not a timestamp. The grammar runs first: most candidates fail there.
 */
function tryTokens(text: string, tokens: readonly Token[], from: number, to: number, options: TimestampOptions, onlyDisplayable: boolean): FoundTimestamp | null;
/** With `prose`, a stamp that reads but sits in prose answers {@link IN_PROSE} instead of null. */
function tryTokens(text: string, tokens: readonly Token[], from: number, to: number, options: TimestampOptions, onlyDisplayable: boolean, prose: true): FoundTimestamp | typeof IN_PROSE | null;
function tryTokens(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  options: TimestampOptions,
  onlyDisplayable: boolean,
  prose?: true,
): FoundTimestamp | typeof IN_PROSE | null {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (first === undefined || last === undefined) return null;
  const spacedBefore = first.start > 0 && isSpaceCode(text.charCodeAt(first.start - 1)) && hasText(text, 0, first.start);
  const spacedAfter = last.end < text.length && isSpaceCode(text.charCodeAt(last.end)) && hasText(text, last.end, text.length);
  const filter = spacedBefore || spacedAfter
    ? (onlyDisplayable ? SPACED.displayable : SPACED.any)
    : (onlyDisplayable ? displayable : undefined);
  const timestamp = readTokens(text, tokens, from, to, options, FIND_MODE, filter);
  if (timestamp === null) return null;
  const before = text.slice(0, first.start).trim();
  const after = text.slice(last.end).trim();
  if ((spacedBefore && isProse(before, true)) || (spacedAfter && isProse(after, false))) return prose ? IN_PROSE : null;
  return { timestamp, start: first.start, end: last.end, before, after };
}

/** Digits glued to a word or number before them (`News24|19`), where a source name may end. */
function gluedDigits(t: Token, prev: Token | undefined): number {
  if (!t.glued || prev === undefined || prev.kind === "punct") return 0;
  if (t.kind === "num") return t.digits;
  if (t.kind === "date") return t.partDigits[0] ?? 0;
  if (t.kind === "time") return String(t.value).length;
  return 0;
}

/**
 * Stamps ending the line, longest first: from each token start, from each digit inside digits
 * glued to a name, from each point inside a word where a starting keyword begins
 * (`time|an hour ago`). Where glued digits must be cut, a count a display would print wins;
 * the first other reading is kept as a fallback.
 */
function findEnding(text: string, tokens: readonly Token[], options: TimestampOptions, words: Keywords): FoundTimestamp | null {
  const n = tokens.length;
  let fallback: FoundTimestamp | null = null;
  const lastToken = tokens[n - 1];
  if (lastToken === undefined) return null;
  // A last token no stamp ends with can still hold a whole stamp glued inside it (`timeyesterday`),
  // but is no stamp itself: only the points inside it are tried.
  const lastCanEnd = canEnd(lastToken, words);
  const firstCandidate = lastCanEnd ? Math.max(0, n - MAX_TOKENS) : n - 1;
  // A run holding a token no rule reads is no stamp: candidates start at the last such token
  // (only inside it, where it is lexed again) or after it.
  let lastUnreadable = -1;
  for (let j = n - 1; j >= firstCandidate; j--) {
    const t = tokens[j];
    if (t !== undefined && !isReadable(t)) {
      lastUnreadable = j;
      break;
    }
  }
  // Every stamp holds a key token (a clock, a date or a time word: see mayBeTimestamp), so a run
  // starting after the last one is none (readTokens would say so after more work); nor is one
  // starting inside a number after it, as the digits of a number lex as numbers again (a start
  // inside a word is a start keyword, itself a key token, and is still tried).
  let lastKey = -1;
  for (let j = n - 1; j >= firstCandidate; j--) {
    const t = tokens[j];
    if (t !== undefined && isKeyToken(t)) {
      lastKey = j;
      break;
    }
  }
  for (let j = Math.max(firstCandidate, lastUnreadable); j < n; j++) {
    const t = tokens[j];
    if (t === undefined) break;
    const noKey = j > lastKey;
    if (noKey && t.kind !== "word") continue;
    const digits = gluedDigits(t, j > 0 ? tokens[j - 1] : undefined);
    if (lastCanEnd && j !== lastUnreadable && !noKey && canStart(t, words)) {
      const hit = tryTokens(text, tokens, j, n, options, digits > 0);
      if (hit) return hit;
      if (digits > 0) fallback ??= tryTokens(text, tokens, j, n, options, false);
    }
    for (const k of innerStarts(text, t, digits, words.innerStartWords)) {
      const run = [...tokenize(text, k, t.end), ...tokens.slice(j + 1)];
      const insideDigits = k - t.start < digits;
      // A date cut out of glued digits has a year of four digits (`News24|19-07-2025`): a cut
      // leaving two-digit parts only reads a version or a Minguo year's tail (`v1|14.12.07`).
      if (insideDigits && run[0]?.kind === "date" && !run[0].partDigits.includes(4)) continue;
      const inner = tryTokens(text, run, 0, run.length, options, insideDigits);
      if (inner) return inner;
      if (insideDigits) fallback ??= tryTokens(text, run, 0, run.length, options, false);
    }
  }
  return fallback;
}

/**
 * Stamps starting the line, longest first: up to each token end, or to a point inside a word
 * where an ending keyword stops and a capital starts a new word (`ago|Scotland`), never inside
 * a plain word (`2 Mar|tin`).
 */
function findStarting(text: string, tokens: readonly Token[], options: TimestampOptions, words: Keywords): FoundTimestamp | null {
  const firstToken = tokens[0];
  if (firstToken === undefined || !canStart(firstToken, words)) return null;
  // A run holding a token no rule reads is no stamp: candidates end at the first such token
  // (only inside it, where it is lexed again) or before it.
  const firstUnreadable = tokens.findIndex((t) => !isReadable(t));
  const lastEnd = Math.min(tokens.length, MAX_TOKENS, firstUnreadable < 0 ? Infinity : firstUnreadable + 1);
  for (let j = lastEnd - 1; j >= 0; j--) {
    const t = tokens[j];
    if (t === undefined) continue;
    if (j < tokens.length - 1 && j !== firstUnreadable && canEnd(t, words)) {
      const hit = tryTokens(text, tokens, 0, j + 1, options, false, true);
      // The longest stamp starting the line sits in prose: a shorter one (`December 2nd` of
      // `December 2nd, 2025 was the day we …`) would cut a date the sentence holds whole.
      if (hit === IN_PROSE) return null;
      if (hit) return hit;
    }
    if (t.kind !== "word" || t.end - t.start > MAX_GLUED_WORD) continue;
    for (let k = t.end - 1; k > t.start; k--) {
      if (!isUpperAt(text, k) || isUpperAt(text, k - 1) || !words.endWords.has(normalizeWord(text.slice(t.start, k)))) continue;
      const run = [...tokens.slice(0, j), ...tokenize(text, t.start, k)];
      const hit = tryTokens(text, run, 0, run.length, options, false);
      if (hit) return hit;
    }
  }
  return null;
}

/** Start keywords by first letter, and the longest one, to test few points inside a word. */
interface StartIndex {
  readonly words: ReadonlySet<string>;
  readonly firstLetters: ReadonlySet<string>;
  readonly longest: number;
  /**
   * By code unit `c`: 2 when `firstLetters.has(normalizeWord(ch)) && isLetter(ch)` for
   * `ch = String.fromCharCode(c)`, 1 when not, 0 when not yet asked (the answer depends on `c` alone).
   */
  readonly mayStart: Uint8Array;
  /**
   * 1 at `c * (longest + 1) + n` when some keyword of `n` code units starts with the ASCII code
   * unit `c`: a suffix of a lower-case ASCII word that fails it is no keyword, without slicing it.
   */
  readonly asciiFirstAndLength: Uint8Array;
}

const startIndexCache = new WeakMap<ReadonlySet<string>, StartIndex>();

function startIndex(words: ReadonlySet<string>): StartIndex {
  let index = startIndexCache.get(words);
  if (index === undefined) {
    const list = [...words];
    const longest = Math.max(0, ...list.map((w) => w.length));
    const asciiFirstAndLength = new Uint8Array(0x80 * (longest + 1));
    for (const w of list) if (w.length > 0 && w.charCodeAt(0) < 0x80) asciiFirstAndLength[w.charCodeAt(0) * (longest + 1) + w.length] = 1;
    index = {
      words,
      firstLetters: new Set(list.map((w) => w.charAt(0))),
      longest,
      mayStart: new Uint8Array(0x10000),
      asciiFirstAndLength,
    };
    startIndexCache.set(words, index);
  }
  return index;
}

/**
 * `index.firstLetters.has(normalizeWord(ch)) && isLetter(ch)` for the code unit `c` (`ch` its
 * one-character string), asked once per code unit and kept in `index.mayStart`.
 */
function mayStartAt(index: StartIndex, c: number): boolean {
  let known = index.mayStart[c] ?? 0;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = index.firstLetters.has(normalizeWord(ch)) && isLetter(ch) ? 2 : 1;
    index.mayStart[c] = known;
  }
  return known === 2;
}

/**
 * `false` when `w.slice(k)`, for lower-case ASCII letters `w` and `w.length - k <= index.longest`,
 * is surely no keyword of `index`: no keyword of its length starts with its first letter. (A
 * filter: `true` says only that the set must be asked.)
 */
function mayBeAsciiKeyword(index: StartIndex, w: string, k: number): boolean {
  return index.asciiFirstAndLength[w.charCodeAt(k) * (index.longest + 1) + (w.length - k)] === 1;
}

/** {@link mayBeAsciiKeyword} of `text.slice(k, end).toLowerCase()` (ASCII letters, `end - k <= index.longest`), without the copy. */
function mayBeAsciiKeywordAt(index: StartIndex, text: string, k: number, end: number): boolean {
  return index.asciiFirstAndLength[(text.charCodeAt(k) | 0x20) * (index.longest + 1) + (end - k)] === 1;
}

/** `true` when `text[start, end)` is ASCII letters only (then a word token's text is it in lower case). */
function isAsciiLetters(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isAsciiLetterCode(text.charCodeAt(i))) return false;
  return end > start;
}

/**
 * Points inside token `t` where a stamp may start: each digit of digits glued to a name, and each
 * letter where a start keyword begins and runs to the end of the word (`time|an`).
 *
 * @param text - The line.
 * @param t - One of its tokens.
 * @param digits - How many of its first digits are glued to a name (see `gluedDigits`).
 * @param startWords - Start keywords of the locales tried.
 * @returns Offsets into `text`, ascending.
 * @example
 * ```ts
 * innerStarts("timeyesterday", tokenize("timeyesterday")[0]!, 0, words.startWords); // [4]
 * ```
 */
export function innerStarts(text: string, t: Token, digits: number, startWords: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (let k = t.start + 1; k < t.start + digits; k++) out.push(k);
  if (t.kind !== "word" || t.end - t.start > MAX_GLUED_WORD) return out;
  const index = startIndex(startWords);
  // A full stop ending the word (`Monday.`) is in the token but not in its text, and starts no keyword.
  const wordEnd = t.end - 1 > t.start && text.charCodeAt(t.end - 1) === 0x2e ? t.end - 1 : t.end;
  if (isAsciiLetters(text, t.start, wordEnd)) {
    // Printed as ASCII letters only (and maybe that full stop): the normalised suffix from `k` is
    // the token text's suffix, as normalizeWord drops the full stop and lower-cases the rest.
    for (let k = Math.max(t.start + 1, wordEnd - index.longest); k < wordEnd; k++) {
      if (mayBeAsciiKeyword(index, t.text, k - t.start) && startWords.has(t.text.slice(k - t.start))) out.push(k);
    }
    return out;
  }
  // Marks (Arabic vowel signs) may make the printed suffix longer than the keyword.
  // From `asciiFrom` on the word is ASCII letters, so a suffix starting there normalises to itself
  // in lower case: mayBeAsciiKeyword filters it by letter and length without normalizeWord.
  let asciiFrom = t.end;
  while (asciiFrom > t.start && isAsciiLetterCode(text.charCodeAt(asciiFrom - 1))) asciiFrom--;
  for (let k = Math.max(t.start + 1, t.end - index.longest - 4); k < t.end; k++) {
    if (k >= asciiFrom) {
      if (t.end - k > index.longest || !mayBeAsciiKeywordAt(index, text, k, t.end)) continue;
    } else if (!mayStartAt(index, text.charCodeAt(k))) {
      continue;
    }
    if (startWords.has(normalizeWord(text.slice(k, t.end)))) out.push(k);
  }
  return out;
}

/**
 * Finds a timestamp at the start or the end of a short line, glued or not to the text around
 * it: `NBC Sports18 hours ago` (before `NBC Sports`), `News2419-07-2025` (before `News24`, the
 * stamp `19-07-2025`: a glued number is cut where the date is valid, trying the longest first,
 * so the two-digit day of `DD-MM-YYYY` wins; for a count, where a "time ago" display would
 * print it: `News2418 hours ago` is 18 hours), `time11-06-2025` and `timean hour ago` (before
 * `time`), `2 days agoScotland` (after `Scotland`), `Al Jazeeraمنذ 21 ساعات`.
 *
 * A stamp ending the line is preferred to one starting it; among those, the longest. The stamp
 * must touch one end of the line: stamps in the middle of prose are not looked for, nor stamps
 * closing a sentence (`... spotted just 2 days ago`), nor a lone `today` or `last year` set apart
 * by spaces. Forms that only make sense alone (a bare weekday, compact `3h`, a month and year)
 * are left to `parseTimestamp`.
 *
 * @param text - A short line (over 200 characters gives `null`).
 * @param options - As for `parseTimestamp`.
 * @returns The stamp with its offsets (`timestamp.raw === text.slice(start, end)`) and the
 *   trimmed text before and after it, or `null` when there is none.
 * @example
 * ```ts
 * import { findTimestamp } from "news-text-parser";
 * findTimestamp("NBC Sports18 hours ago", { referenceTime: "2025-08-14T18:00:00Z" });
 * // { timestamp: { raw: "18 hours ago", kind: "relative", iso: "2025-08-14T00:00:00.000Z",
 * //   precision: "hour" }, start: 10, end: 22, before: "NBC Sports", after: "" }
 * ```
 */
export function findTimestamp(text: string, options: TimestampOptions = {}): FoundTimestamp | null {
  const tokens = lineTokens(text);
  if (tokens === null) return null;
  const opts = options ?? {};
  const words = keywordsOf(vocabulariesFor(typeof opts.locale === "string" ? opts.locale : undefined));
  // No gate on the tokens here: findEnding looks only at the tokens a stamp can end with and
  // findStarting stops at once unless the first token can start one.
  return findEnding(text, tokens, opts, words) ?? findStarting(text, tokens, opts, words);
}

/**
 * What the pipeline asks of every short line, with one tokenisation instead of two: is the whole
 * line a timestamp (as {@link parseTimestamp} reads it), and if not, is one glued to its start or
 * end (as {@link findTimestamp} finds it)?
 *
 * @param text - A short line.
 * @param options - As for `parseTimestamp`.
 * @returns `whole` when the line is a timestamp, otherwise `found` when a stamp touches an end, or both `null`.
 * @example
 * ```ts
 * scanTimestampLine("NBC Sports18 hours ago", { referenceTime: "2025-08-14T18:00:00Z" }).found?.before; // "NBC Sports"
 * ```
 */
export function scanTimestampLine(text: string, options: TimestampOptions = {}): { whole: Timestamp | null; found: FoundTimestamp | null } {
  const none = { whole: null, found: null };
  const tokens = lineTokens(text);
  if (tokens === null) return none;
  const opts = options ?? {};
  const whole = readTokens(text, tokens, 0, tokens.length, opts, LINE_MODE);
  if (whole) return { whole, found: null };
  const words = keywordsOf(vocabulariesFor(typeof opts.locale === "string" ? opts.locale : undefined));
  return { whole: null, found: findEnding(text, tokens, opts, words) ?? findStarting(text, tokens, opts, words) };
}

/**
 * What may follow a stamp that starts a line for it to date the line: a dash, bar or bullet, then
 * a source or category (`3 hours ago · Harbour Gazette`).
 *
 * @example
 * ```ts
 * SOURCE_AFTER.exec("· Harbour Gazette")?.[1]; // "Harbour Gazette"
 * ```
 */
export const SOURCE_AFTER = /^[-–—|·•]\s?(\S.{0,58})$/u;

const NO_STAMP: { whole: null; found: null } = Object.freeze({ whole: null, found: null });

/** `true` for the characters `SOURCE_AFTER` opens with. */
const isSourceSeparator = (c: number): boolean => c === 0x2d || c === 0x7c || c === 0xb7 || c === 0x2013 || c === 0x2014 || c === 0x2022;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isAsciiLetterCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * `true` when some tail of the line, from a separator on, matches {@link SOURCE_AFTER} and holds no
 * ASCII digit: the only text after a stamp starting the line that the pipeline keeps (as the
 * stamp's source). Scans back from the end and stops at the last digit.
 *
 * @param text - One line.
 * @returns `false` when no stamp starting the line can be followed by a source.
 * @example
 * ```ts
 * hasSourceTail("3 hours ago · Harbour Gazette"); // true
 * hasSourceTail("Week 12 - 2019"); // false (a digit after the separator)
 * ```
 */
export function hasSourceTail(text: string): boolean {
  for (let p = text.length - 1; p >= 0; p--) {
    const c = text.charCodeAt(p);
    if (isAsciiDigit(c)) return false;
    if (isSourceSeparator(c) && SOURCE_AFTER.test(text.slice(p).trim())) return true;
  }
  return false;
}

/**
 * `true` when the first token of the line, read from the text without lexing it, is a word no
 * stamp starts with, so that `findStarting` finds nothing (it stops at once unless `canStart`
 * accepts the first token). Only the plain case is decided: ASCII letters opening the line, ended
 * by the end of the line or by an ASCII code unit that is no full stop or apostrophe (the lexer's
 * plain-word path cuts exactly those letters), that are no start keyword once in lower case.
 *
 * @param text - One line.
 * @param words - Start and end keywords of the locales tried.
 * @returns `true` only when the first token `tokenize` gives is a word that `canStart` rejects.
 * @example
 * ```ts
 * firstWordStartsNoStamp("Harbour Gazette - Home", words); // true
 * firstWordStartsNoStamp("Yesterday - Harbour Gazette", words); // false
 * ```
 */
export function firstWordStartsNoStamp(text: string, words: Keywords): boolean {
  let e = 0;
  while (e < text.length && isAsciiLetterCode(text.charCodeAt(e))) e++;
  if (e === 0) return false;
  if (e < text.length) {
    const c = text.charCodeAt(e);
    if (c >= 0x80 || c === 0x2e || c === 0x27) return false;
  }
  return !words.startWords.has(text.slice(0, e).toLowerCase());
}

/**
 * `true` when the last token of the line, read from the text without lexing the line, is one that
 * no rule reads, that no stamp ends with, and that hides no glued stamp: then the line is no
 * timestamp as a whole and no stamp ends it (`findEnding` finds none). Only the plain cases
 * are decided: a last run of ASCII letters (maybe with a final full stop) after a space or ASCII
 * punctuation, or a last ASCII punctuation character. Anything else (a digit, text outside ASCII,
 * a dot or apostrophe inside the word) gives `false`, and the caller lexes the line.
 *
 * @param text - One line.
 * @param words - Start and end keywords of the locales tried.
 * @returns `true` only when the tokens `tokenize` would give end in such a token.
 * @example
 * ```ts
 * lastTokenEndsNoStamp("© 2019 Harbour Gazette", words); // true
 * lastTokenEndsNoStamp("NBC Sports18 hours ago", words); // false ("ago" ends stamps)
 * ```
 */
export function lastTokenEndsNoStamp(text: string, words: Keywords): boolean {
  let e = text.length;
  while (e > 0 && text.charCodeAt(e - 1) <= 0x20) e--;
  if (e === 0) return false;
  const c = text.charCodeAt(e - 1);
  if (c >= 0x80 || isAsciiDigit(c)) return false;
  const before = e >= 2 ? text.charCodeAt(e - 2) : -1;
  // A full stop after digits may end a day number (`14.` of `14. August`) or a year (`2025.` of `2025. 5. 20.`).
  if (c === 0x2e && isAsciiDigit(before)) return false;
  if (!isAsciiLetterCode(c) && !(c === 0x2e && isAsciiLetterCode(before))) {
    // One punctuation character, a token of its own (a full stop after a word would be part of
    // it: the test above; after anything else outside ASCII it might be too; a lone high
    // surrogate before it would take it into its token).
    // A bracket closing CJK signs may close a weekday's token (`(木)`).
    if (isHighSurrogate(before) || ((c === 0x2e || c === 0x29) && before >= 0x80)) return false;
    return !isReadableText(String.fromCharCode(c));
  }
  return plainWordIsNoStamp(text, c === 0x2e ? e - 1 : e, words, true);
}

/**
 * `true` when the ASCII letters ending at `wordEnd` are a word token of their own that no rule
 * reads, that no stamp ends with and that hides no glued stamp start; `false` when unsure.
 *
 * When the word is `last` (the line's last token), a start keyword ending it counts only if it is
 * an end keyword too: the run findEnding tries from inside the last token is that keyword's one
 * token alone, and a one-token run the grammar reads is an end keyword (see `canEnd`), so
 * `title` hides no stamp in its `le`, and `timeyesterday` may in its `yesterday`.
 */
function plainWordIsNoStamp(text: string, wordEnd: number, words: Keywords, last = false): boolean {
  // A word (`Gazette`, `show.`): the lexer starts it after a space or ASCII punctuation other than
  // the full stop and the apostrophe (`a.m.`, `o'clock` join across them) and digits (`21st`).
  let s = wordEnd;
  while (s > 0 && isAsciiLetterCode(text.charCodeAt(s - 1))) s--;
  if (s > 0) {
    const p = text.charCodeAt(s - 1);
    if (p >= 0x80 || p === 0x2e || p === 0x27 || isAsciiDigit(p)) return false;
  }
  const w = text.slice(s, wordEnd).toLowerCase();
  if (isReadableText(w) || words.endWords.has(w)) return false;
  // A start keyword ending the word may open a glued stamp (`timeyesterday`): see innerStarts.
  const index = startIndex(words.startWords);
  for (let k = Math.max(1, w.length - index.longest); k < w.length; k++) {
    if (!mayBeAsciiKeyword(index, w, k)) continue;
    const suffix = w.slice(k);
    if (words.startWords.has(suffix) && (!last || words.endWords.has(suffix))) return false;
  }
  return true;
}

/**
 * `true` when the line ends with bare numbers (runs of ASCII digits apart by spaces), alone on the
 * line or after a plain word that no rule reads (`Budget 2020`, `Shopper51`, a row of a results
 * table): such a line is no timestamp as a whole and no stamp ends it, and `findEnding` has no
 * candidate. Why: numbers are no key token (see `mayBeTimestamp`), so no run of them alone is a
 * stamp; a run reaching back to the word holds a token no rule reads; and the word hides no start
 * keyword (the test of {@link lastTokenEndsNoStamp}). Digits next to anything else (`5:04`,
 * `19-07-2025`, `21st`, `+1`) give `false`, and the caller lexes the line.
 *
 * @param text - One line.
 * @param words - Start and end keywords of the locales tried.
 * @returns `true` only when the tokens `tokenize` would give end so.
 * @example
 * ```ts
 * numbersEndNoStamp("Budget 2020", words); // true
 * numbersEndNoStamp("May 2020", words); // false ("may" is read)
 * numbersEndNoStamp("Week 12 - 2019", words); // false (a dash between the numbers)
 * ```
 */
export function numbersEndNoStamp(text: string, words: Keywords): boolean {
  let p = text.length;
  while (p > 0 && text.charCodeAt(p - 1) <= 0x20) p--;
  if (p === 0 || !isAsciiDigit(text.charCodeAt(p - 1))) return false;
  for (;;) {
    while (p > 0 && isAsciiDigit(text.charCodeAt(p - 1))) p--;
    let q = p;
    while (q > 0 && text.charCodeAt(q - 1) <= 0x20) q--;
    if (q === 0) return true; // numbers only
    const c = text.charCodeAt(q - 1);
    if (isAsciiDigit(c)) {
      p = q; // the number before, apart by spaces
      continue;
    }
    // Letters glued to the digits or apart from them: a word lexed alone (its letters end at a
    // digit or a space, so the lexer's plain-word path reads it).
    return isAsciiLetterCode(c) && plainWordIsNoStamp(text, q, words);
  }
}

/**
 * {@link scanTimestampLine} narrowed to what the pipeline's line classification keeps, and
 * cheaper: `whole` is the same; `found` is the same whenever it is a stamp ending the line after
 * other text (`after === ""`, `before !== ""`) or one starting the line (`before === ""`) whose
 * `after` matches {@link SOURCE_AFTER} and holds no ASCII digit. Any other `found` may come back
 * as `null`: a stamp starting the line is looked for only when such a tail exists (see
 * {@link hasSourceTail}) and the first token may start one (see {@link firstWordStartsNoStamp});
 * otherwise a line whose last token ends no stamp (see `lastTokenEndsNoStamp`) or that ends with
 * bare numbers after such a word (see `numbersEndNoStamp`) is not lexed at all.
 *
 * @param text - A short line.
 * @param options - As for `parseTimestamp`.
 * @returns `whole` when the line is a timestamp, otherwise `found` as described, or both `null`.
 * @example
 * ```ts
 * scanTimestampEdges("3 hours ago · Harbour Gazette", { referenceTime: "2025-08-14T18:00:00Z" }).found?.after; // "· Harbour Gazette"
 * scanTimestampEdges("2 days ago on Mac Blog", {}).found; // null (scanTimestampLine finds `2 days ago`)
 * ```
 */
export function scanTimestampEdges(text: string, options: TimestampOptions = {}): EdgeScan {
  return lineMayHoldTimestamp(text) ? scanCandidateEdges(text, options) : NO_STAMP;
}

/** What {@link scanTimestampEdges} gives: the line as a whole stamp, or a stamp found at an edge. */
export interface EdgeScan {
  /** The line as a timestamp, or `null`. */
  readonly whole: Timestamp | null;
  /** A stamp touching an end of the line (see {@link scanTimestampEdges} for which are kept), or `null`. */
  readonly found: FoundTimestamp | null;
}

/**
 * {@link scanTimestampEdges} for a line that passed `lineMayHoldTimestamp` (the caller asked it
 * first, and this does not ask again): the same answer.
 *
 * @param text - A short line for which `lineMayHoldTimestamp(text)` is `true`.
 * @param options - As for `parseTimestamp`.
 * @returns As {@link scanTimestampEdges}.
 */
export function scanCandidateEdges(text: string, options: TimestampOptions = {}): EdgeScan {
  const opts = options ?? {};
  const words = keywordsOf(vocabulariesFor(typeof opts.locale === "string" ? opts.locale : undefined));
  // A stamp starting the line is kept only before a source tail, and none starts with a plain
  // first word that is no start keyword.
  const sourceTail = hasSourceTail(text) && !firstWordStartsNoStamp(text, words);
  if (!sourceTail && (lastTokenEndsNoStamp(text, words) || numbersEndNoStamp(text, words))) return NO_STAMP;
  let tokens: Token[] | null;
  if (sourceTail || text.length >= MAX_TIMESTAMP_LENGTH) {
    tokens = lexLine(text);
  } else {
    const tail = tailTokens(text);
    // A tail holding a token no rule reads: the line is no stamp, and findEnding looks no further back.
    if (tail !== null && !tail.complete) return { whole: null, found: findEnding(text, tail.tokens, opts, words) };
    tokens = tail === null ? lexLine(text) : tail.tokens;
  }
  if (tokens === null) return NO_STAMP;
  const whole = readTokens(text, tokens, 0, tokens.length, opts, LINE_MODE);
  if (whole) return { whole, found: null };
  // As scanTimestampLine, except that a stamp starting the line is not looked for when nothing
  // after it could be kept.
  return { whole: null, found: findEnding(text, tokens, opts, words) ?? (sourceTail ? findStarting(text, tokens, opts, words) : null) };
}

/**
 * Lexes a line from its end, one run of non-space characters at a time, until the tokens hold one
 * that no rule reads. The lexer never looks across a space and starts every run afresh, so the
 * tokens of the runs lexed are exactly the last tokens of `tokenize(text)`. The exceptions give
 * `null`: a sign opening a run (`GMT +1` reads the offset from the token before), and a lone high
 * surrogate ending a run (its token takes the code unit after it, even a space).
 *
 * When the tokens are not `complete`, they are a tail of the line's tokens that starts a run and
 * holds a token no rule reads: the line as a whole is no timestamp, and `findEnding` gives the same
 * on them as on all the tokens (it searches back from the end for the last such token, at most
 * `MAX_TOKENS` tokens, and the first token of a run is glued to nothing before it).
 *
 * @param text - One line, shorter than `MAX_TIMESTAMP_LENGTH` (so no tokens span longer).
 * @returns The tokens and whether they are all the line's, or `null` (lex the whole line).
 * @example
 * ```ts
 * tailTokens("Top 10 things to do in 2019")?.tokens.map((t) => t.text); // ["in", "2019"] ("in" is read by no rule)
 * tailTokens("November 20, 2019")?.complete; // true (every token may be read: the whole line is lexed)
 * ```
 */
export function tailTokens(text: string): { tokens: Token[]; complete: boolean } | null {
  // The runs' tokens, lexed last run first into one array (no array per run); `bounds[r]` is
  // where the tokens of the r-th run lexed begin.
  const lexed: Token[] = [];
  const bounds: number[] = [];
  let end = text.length;
  let complete = true;
  for (;;) {
    while (end > 0 && isLexerSpace(text.charCodeAt(end - 1))) end--; // trailing spaces, the first time
    if (end === 0) break;
    let start = end;
    while (start > 0 && !isLexerSpace(text.charCodeAt(start - 1))) start--;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    if (first === 0x2b || first === 0x2d || first === 0x2212 || isHighSurrogate(last)) return null;
    // A lone high surrogate is lexed with the code unit after it, a space included: the run
    // after one would be glued to it.
    let before = start;
    while (before > 0 && isLexerSpace(text.charCodeAt(before - 1))) before--;
    if (before > 0 && isHighSurrogate(text.charCodeAt(before - 1))) return null;
    const from = lexed.length;
    bounds.push(from);
    lexRunInto(text, start, end, lexed); // `end` is the text's end or a space, and no high surrogate ends the run
    end = before;
    if (!allReadable(lexed, from)) {
      complete = false;
      break;
    }
  }
  return { tokens: bounds.length <= 1 ? lexed : inTextOrder(lexed, bounds), complete };
}

/** `true` when every token of `tokens` from index `from` on may be read by some rule (see `isReadable`). */
function allReadable(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) if (!isReadable(tokens[k]!)) return false;
  return true;
}

/** The tokens of runs lexed last to first into `lexed` (run `r` from `bounds[r]` on), in text order. */
function inTextOrder(lexed: readonly Token[], bounds: readonly number[]): Token[] {
  const out: Token[] = [];
  for (let r = bounds.length - 1; r >= 0; r--) {
    const stop = r + 1 < bounds.length ? bounds[r + 1]! : lexed.length;
    for (let k = bounds[r]!; k < stop; k++) out.push(lexed[k]!);
  }
  return out;
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
 * @param options - As for `parseTimestamp`; the year of a year-less dateline comes from
 *   `referenceTime` (the most recent past occurrence), so without it `iso` is `null`.
 * @returns The date with its offsets and the end of the dateline, or `null`.
 * @example
 * ```ts
 * import { findDateline } from "news-text-parser";
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
    const tokens = tokenize(text, from, dateEnd);
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    const timestamp = first && last ? readTokens(text, tokens, 0, tokens.length, options ?? {}, DATELINE_MODE, isDatelineDate) : null;
    if (timestamp && first && last && (from === 0 || PLACE.test(text.slice(0, from - 1).trim()))) {
      return { timestamp, start: first.start, end: last.end, datelineEnd };
    }
    const comma = text.indexOf(",", from);
    if (comma < 0 || comma >= dateEnd) return null;
    from = comma + 1;
  }
  return null;
}
