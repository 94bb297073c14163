/**
 * The lexer: cuts a short line into tokens (words, numbers, clock times, numeric dates,
 * punctuation) and remembers where each token sits in the original string.
 *
 * It works on the original text, character by character, so offsets stay exact for
 * `findTimestamp`, and normalises only token text: lower case, accents and Arabic diacritics
 * removed, Arabic-Indic digits read as ASCII digits. One pass, no regular expression over the
 * whole line, hence linear in the input length.
 */
import { locales } from "../locales/index.js";

/**
 * The kinds of token the grammar reads. `other` is anything that cannot be part of a timestamp.
 *
 * @example
 * ```ts
 * tokenize("5:04 pm")[0]?.kind; // "time"
 * ```
 */
/**
 * `decimal` is the `.` or `,` glued between a number and one or two digits (`1.5`, `1,5`): a mark
 * of its own, so a full stop elsewhere stays punctuation no rule reads.
 */
export type TokenKind = "word" | "num" | "time" | "date" | "punct" | "offset" | "other" | "decimal";

/**
 * One token of a line.
 *
 * @example
 * ```ts
 * tokenize("Aug. 9")[0]; // { kind: "word", text: "aug", start: 0, end: 4, ... }
 * ```
 */
export interface Token {
  /** What the token is. */
  kind: TokenKind;
  /** Normalised text: lower-case word without accents or dots, ASCII digits, punctuation with dashes as `-`. */
  text: string;
  /** Offset of the first code unit in the lexed string. */
  start: number;
  /** Offset one past the last code unit (a trailing full stop of a word is included). */
  end: number;
  /** `true` when no whitespace separates this token from the previous one (`3h`, `Sports18`). */
  glued: boolean;
  /** Words: `true` when printed all in lower case (compact units must be, so `3D` is not 3 days). */
  lower: boolean;
  /** Words: `true` when printed all in capitals (zone abbreviations that are English words must be: `ART`, not `art`). */
  upper: boolean;
  /** Numbers: the number of digits. */
  digits: number;
  /** Numbers: `true` with an ordinal suffix (`1st`, `1er`). */
  ordinal: boolean;
  /** Numbers: the value. Times: the hour. Offsets: minutes east of UTC. */
  value: number;
  /** Times: minute, second (-1 when not printed) and milliseconds. Dates: the three parts. */
  parts: readonly number[];
  /** Dates: the digit count of each part. */
  partDigits: readonly number[];
}

/** Digit values of every digit character the built-in locales declare, plus ASCII. */
const DIGITS: ReadonlyMap<number, number> = (() => {
  const map = new Map<number, number>();
  for (let d = 0; d < 10; d++) map.set(48 + d, d);
  // Fullwidth digits (`２０２５年５月２０日`), printed by Chinese, Japanese and Korean pages.
  for (let d = 0; d < 10; d++) map.set(0xff10 + d, d);
  for (const locale of locales) {
    for (const set of locale.time.digits ?? []) {
      [...set].forEach((ch, d) => map.set(ch.codePointAt(0) ?? 0, d));
    }
  }
  return map;
})();

/** Ordinal suffixes of every locale (`st`, `er` ...), so `1st` lexes as one number. */
const ORDINALS: ReadonlySet<string> = new Set(locales.flatMap((l) => l.time.ordinalSuffixes));

const LETTER = /[\p{L}\p{M}]/u;
/**
 * Combining marks and the Arabic tatweel, ignored in words: accents, Arabic and Hebrew vowel points.
 * The vowel signs and viramas of the Indic scripts and Thai (U+0900 to U+0E7F) are letters' parts
 * that tell words apart (Hindi `जून` June and `जन.` January, Bengali `জুন` and `জানু.`), so they stay;
 * their nuktas go (`फ़रवरी` and `फरवरी` are one word).
 */
const MARKS = /(?![\u0900-\u0e7f])[\p{M}\u0640]|[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/gu;
const APOSTROPHES = new Set([0x27, 0x2019, 0x2bc]);
/** Punctuation a timestamp may contain, mapped to its normalised text. */
const PUNCT: ReadonlyMap<number, string> = new Map([
  [0x2c, ","], [0x7c, "|"], [0x2f, "/"], [0xb7, "·"], [0x2022, "•"], [0x3b, ";"], [0x60c, ","],
  [0x3a, ":"], [0x28, "("], [0x29, ")"], [0x40, "@"], [0x2d, "-"], [0x2010, "-"], [0x2011, "-"],
  [0x2012, "-"], [0x2013, "-"], [0x2014, "-"], [0x2015, "-"], [0x2212, "-"],
  // Fullwidth colon and comma of CJK text (`１０：３０`, `2025年5月20日，10:30`).
  [0xff1a, ":"], [0xff0c, ","],
]);

/**
 * Whitespace and invisible formatting characters (NBSP, zero-width, bidi marks) between tokens:
 * the lexer skips them and no token holds one, nor looks past one to decide where it ends.
 *
 * @param c - A UTF-16 code unit.
 * @returns `true` when the lexer treats it as space.
 * @example
 * ```ts
 * isSpace(0x200b); // true (zero-width space)
 * ```
 */
export function isSpace(c: number): boolean {
  return (
    c <= 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
    c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202f) || c === 0x205f ||
    (c >= 0x2060 && c <= 0x2069) || c === 0x3000 || c === 0xfeff || c === 0x61c
  );
}

/** The lowest code of a digit outside ASCII: below it only ASCII digits need looking at. */
const FIRST_OTHER_DIGIT = Math.min(0x10ffff, ...[...DIGITS.keys()].filter((c) => c >= 0x80));

/** The value of the digit with code `c`, or -1. */
function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  return c < FIRST_OTHER_DIGIT ? -1 : (DIGITS.get(c) ?? -1);
}

/** `true` for the code unit of a Hebrew letter (`א` to `ת`). */
const isHebrewLetter = (c: number): boolean => c >= 0x5d0 && c <= 0x5ea;

/** `LETTER` answers for the basic multilingual plane, filled as characters are met (0 = not yet asked). */
const LETTER_CACHE = new Uint8Array(0x10000);

function isLetter(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c > 0xffff) return LETTER.test(String.fromCodePoint(c));
  let known = LETTER_CACHE[c];
  if (known === undefined || known === 0) {
    known = LETTER.test(String.fromCodePoint(c)) ? 2 : 1;
    LETTER_CACHE[c] = known;
  }
  return known === 2;
}

function digitAt(s: string, i: number): number {
  return i < s.length ? digitValue(s.charCodeAt(i)) : -1;
}

/**
 * Normalises a word for lookup: lower case, accents and Arabic diacritics dropped, `ى` as `ي`,
 * curly apostrophes and the Hebrew geresh as `'`, full stops dropped (`a.m.` = `am`, `Aug.` = `aug`).
 *
 * @param raw - The word as printed.
 * @returns The lookup key.
 * @example
 * ```ts
 * normalizeWord("Août"); // "aout"
 * normalizeWord("أيام"); // "ايام"
 * ```
 */
export function normalizeWord(raw: string): string {
  // ASCII without capitals or full stops (most words) is its own key.
  let plain = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 0x80 || c === 0x2e || (c >= 0x41 && c <= 0x5a)) {
      plain = false;
      break;
    }
  }
  if (plain) return raw;
  let w = raw.toLowerCase();
  if (w.includes(".")) w = w.replaceAll(".", "");
  if (!isKeptText(w)) {
    w = w.normalize("NFD").replace(MARKS, "").replaceAll("ى", "ي").replace(/[\u2019\u02bc\u05f3]/g, "'");
  }
  return w;
}

function isAsciiText(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** {@link isKeptUnit} answers outside ASCII, filled as code units are met (0 = not yet asked). */
const KEPT_CACHE = new Uint8Array(0x10000);

/**
 * `true` when the code unit `c` is a character the rest of {@link normalizeWord} leaves alone
 * wherever it stands: ASCII, or a character that NFD leaves as it is, that is no mark (so its
 * canonical combining class is 0 and NFD never reorders it: a test checks this for every such
 * character), and that is none of the characters replaced (`U+0640`, `ى`, curly apostrophes, the Hebrew geresh).
 * Surrogates are never kept (their pair is a character of its own).
 */
function isKeptUnit(c: number): boolean {
  if (c < 0x80) return true;
  let known = KEPT_CACHE[c] ?? 0;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    const kept = !(c >= 0xd800 && c <= 0xdfff) && ch.normalize("NFD") === ch && !ONE_MARK.test(ch) && c !== 0x649 && c !== 0x2019 && c !== 0x2bc && c !== 0x5f3;
    known = kept ? 2 : 1;
    KEPT_CACHE[c] = known;
  }
  return known === 2;
}

/** One combining mark or the tatweel: a word holding one takes the full normalisation (see {@link MARKS}). */
const ONE_MARK = /^[\p{M}\u0640]$/u;

/**
 * `true` when every code unit of `w` is kept (see {@link isKeptUnit}): then NFD, dropping marks
 * and the replacements change nothing, and `w` (already lower case, without full stops) is its
 * own key. Most words outside ASCII skip the normalisation this way (Cyrillic, unaccented Greek,
 * CJK; not precomposed accented letters such as `é`, nor Hangul syllables, which decompose).
 */
export function isKeptText(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (!isKeptUnit(w.charCodeAt(i))) return false;
  return true;
}

function hasAsciiCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

const NONE: readonly number[] = Object.freeze([]);

function makeToken(kind: TokenKind, text: string, start: number, end: number, glued: boolean): Token {
  return { kind, text, start, end, glued, lower: false, upper: false, digits: 0, ordinal: false, value: 0, parts: NONE, partDigits: NONE };
}

/**
 * A number token of the ASCII digits `text`: {@link makeToken} with the number's fields set in the
 * object literal (the same fields, in the same order, so the same shape) rather than stored after.
 * Stores into a fresh token on the rare glued-year path left V8 without feedback there, and
 * optimised code gave up (deoptimised) each time a page held such a stamp.
 */
function numberToken(text: string, start: number, end: number, glued: boolean, ordinal: boolean): Token {
  const digits = text.length;
  return { kind: "num", text, start, end, glued, lower: false, upper: false, digits, ordinal, value: digits <= 15 ? Number(text) : Number.NaN, parts: NONE, partDigits: NONE };
}

/** The signs of year, month and day: Chinese and Japanese, then Korean. */
const CJK_SIGNS: ReadonlyArray<readonly [number, number, readonly number[]]> = [
  [0x5e74, 0x6708, [0x65e5, 0x53f7]],
  [0xb144, 0xc6d4, [0xc77c]],
];

/**
 * Eras whose years Chinese and Japanese pages print before `年`, and the Gregorian year before
 * their first: the Republic of China (Minguo, Taiwan: `民國113年` = 2024), Japan's Reiwa
 * (`令和6年` = 2024), Heisei and Showa.
 *
 * @example
 * ```ts
 * CJK_ERAS.get("民國"); // 1911
 * ```
 */
export const CJK_ERAS: ReadonlyMap<string, number> = new Map([
  ["民國", 1911], ["民国", 1911], ["中華民國", 1911], ["中华民国", 1911], ["令和", 2018], ["平成", 1988], ["昭和", 1925],
]);

/**
 * `2024年3月5日`, `2024年03月05日`, `2024년3월5일` at `i` (after the year `run`), as a date token.
 * A year of one to three digits is an era's: after an era's name glued before it (`民國113年5月18日`,
 * `令和6年5月18日`; `era` is the year before the era's first), or, of three digits from 100 alone
 * before `年`, the Minguo year Taiwanese pages print bare (`113年5月18日` = 2024; no other calendar
 * in use numbers its years so).
 */
function lexCjkDate(s: string, i: number, run: string, glued: boolean, era = 0): Token | null {
  const signs = CJK_SIGNS.find(([y]) => y === s.charCodeAt(i + run.length));
  if (!signs) return null;
  let year = Number(run);
  if (run.length < 4) {
    const minguo = run.length === 3 && run.startsWith("1") && signs === CJK_SIGNS[0];
    if ((era === 0 && !minguo) || year < 1) return null;
    year += era === 0 ? 1911 : era;
  }
  // No space inside the token: the tail lexer reads a line's space-separated runs one by one.
  let j = i + run.length + 1;
  const month = readDigits(s, j);
  if (month.length < 1 || month.length > 2 || s.charCodeAt(j + month.length) !== signs[1]) return null;
  j += month.length + 1;
  const day = readDigits(s, j);
  if (day.length < 1 || day.length > 2 || !signs[2].includes(s.charCodeAt(j + day.length))) return null;
  const t = makeToken("date", `${year}-${month}-${day}`, i, j + day.length + 1, glued);
  t.parts = [year, Number(month), Number(day)];
  t.partDigits = [4, month.length, day.length];
  return t;
}

/** Hour signs of Japanese (`時`), Chinese (`时`, `点`) and Korean (`시`) clocks; the minute signs after them. */
const CJK_HOUR_SIGNS: readonly number[] = [0x6642, 0x65f6, 0x70b9, 0xc2dc];
const CJK_MINUTE_SIGNS: readonly number[] = [0x5206, 0xbd84];

/** `10時30分`, `9时05分`, `10시30분` at `i` (the hour `run` first), as a time token; seconds are not read. */
function lexCjkClock(s: string, i: number, run: string, glued: boolean): Token | null {
  const at = i + run.length + 1;
  const mm = readDigits(s, at);
  if (mm.length < 1 || mm.length > 2 || !CJK_MINUTE_SIGNS.includes(s.charCodeAt(at + mm.length))) return null;
  const t = makeToken("time", `${run}:${mm.padStart(2, "0")}`, i, at + mm.length + 1, glued);
  t.value = Number(run);
  t.parts = [Number(mm), -1, 0];
  return t;
}

/**
 * Weekdays printed in brackets after a CJK date (`2025年5月20日（火）`, `2025.05.20(화)`, `(周二)`): the
 * bracketed name is one token, whose text is the name in ASCII brackets, so `Email (required)`
 * keeps its brackets as tokens no rule reads.
 *
 * @example
 * ```ts
 * CJK_BRACKET_WEEKDAYS.get("(火)"); // 2 (Tuesday)
 * ```
 */
export const CJK_BRACKET_WEEKDAYS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const names = ["日月火水木金土", "일월화수목금토", "日一二三四五六"];
  for (let d = 0; d < 7; d++) {
    map.set(`(${names[0]![d]})`, d);
    map.set(`(${names[1]![d]})`, d);
    for (const lead of ["周", "星期", "週"]) map.set(`(${lead}${names[2]![d]})`, d);
    map.set(`(${names[0]![d]}曜日)`, d);
    map.set(`(${names[1]![d]}요일)`, d);
  }
  map.set("(周天)", 0);
  map.set("(星期天)", 0);
  return map;
})();

/**
 * The same weekday names printed without brackets, between or after a date and a clock
 * (`2025年5月20日 星期二 10:30`, `2025年5月20日 火曜日`, `2025년 5월 20일 화요일`): the names of two
 * or more signs only (`火`, `화` alone are words of their own). Read only beside a date.
 *
 * @example
 * ```ts
 * CJK_WEEKDAYS.get("星期二"); // 2 (Tuesday)
 * ```
 */
export const CJK_WEEKDAYS: ReadonlyMap<string, number> = new Map(
  // Keys as the lexer gives word tokens (Hangul decomposed).
  [...CJK_BRACKET_WEEKDAYS].filter(([k]) => k.length >= 4).map(([k, d]): [string, number] => [normalizeWord(k.slice(1, -1)), d]),
);

/** A bracketed CJK weekday at `i` (`(`, `（`), as a word token, or null. */
function lexBracketWeekday(s: string, i: number, glued: boolean): Token | null {
  let j = i + 1;
  while (j < s.length && j - i <= 4 && s.charCodeAt(j) >= 0x3000 && s.charCodeAt(j) !== 0xff09) j++;
  const close = s.charCodeAt(j);
  if (close !== 0x29 && close !== 0xff09) return null;
  const text = `(${s.slice(i + 1, j)})`;
  return CJK_BRACKET_WEEKDAYS.has(text) ? makeToken("word", text, i, j + 1, glued) : null;
}

/** Chinese numerals and their values; `〇`, `零` are zero, `两` two, `十` ten. */
const CJK_NUMERALS: ReadonlyMap<number, number> = new Map(
  [..."〇一二三四五六七八九"].map((ch, d): [number, number] => [ch.charCodeAt(0), d]).concat([[0x96f6, 0], [0x4e24, 2], [0x5341, 10]]),
);
/** The signs a number written in Chinese numerals may precede to be read as one: year, month, day, hour, minute, and the units of `五分钟前`. */
const CJK_NUMERAL_SIGNS: ReadonlySet<number> = new Set([..."年月日号時时点分秒小天周週个個か"].map((ch) => ch.charCodeAt(0)));

/**
 * A number in Chinese numerals at `i` followed by a sign (`二〇二五年`, `二十日`, `五分钟前`): digit
 * by digit for four figures (a year), else with `十` (tens) as counted: `十五` 15, `二十一` 21.
 *
 * @param s - The text.
 * @param i - Where the numerals start.
 * @returns The value, where the run ends and its digit count (4 for a year), or null.
 * @example
 * ```ts
 * readCjkNumeral("二十日", 0); // { value: 20, end: 2, digits: 2 }
 * ```
 */
export function readCjkNumeral(s: string, i: number): { value: number; end: number; digits: number } | null {
  let j = i;
  while (j < s.length && j - i < 5 && CJK_NUMERALS.has(s.charCodeAt(j))) j++;
  if (j === i || !CJK_NUMERAL_SIGNS.has(s.charCodeAt(j))) return null;
  const vals = [...s.slice(i, j)].map((ch) => CJK_NUMERALS.get(ch.charCodeAt(0)) ?? 0);
  const ten = vals.indexOf(10);
  if (ten < 0) {
    if (vals.length === 4) return { value: Number(vals.join("")), end: j, digits: 4 };
    return vals.length === 1 ? { value: vals[0]!, end: j, digits: 1 } : null;
  }
  if (vals.lastIndexOf(10) !== ten || ten > 1 || vals.length > 3) return null;
  const tens = ten === 0 ? 1 : vals[0]!;
  const ones = ten === vals.length - 1 ? 0 : vals[ten + 1]!;
  if (tens === 10 || ones === 10) return null;
  return { value: tens * 10 + ones, end: j, digits: 2 };
}

/**
 * The text of the token a full stop after a year makes (`2025.` before a space or the end): not
 * `.`, so nothing but the year-first dates (`2025. 5. 20.`) reads it.
 *
 * @example
 * ```ts
 * tokenize("2025. 5. 20.")[1]?.text === YEAR_STOP; // true
 * ```
 */
export const YEAR_STOP = "year.";

/** Whether `min` (a reading time's unit) follows at `i`, maybe after one space. */
function readsMinutes(s: string, i: number): boolean {
  const j = s.charCodeAt(i) === 0x20 ? i + 1 : i;
  return (s.charCodeAt(j) | 0x20) === 0x6d && (s.charCodeAt(j + 1) | 0x20) === 0x69 && (s.charCodeAt(j + 2) | 0x20) === 0x6e;
}

/** Whether four digits of a year (19xx, 20xx) start at `i`, with no digit or `.` after them. */
function isYearAt(s: string, i: number): boolean {
  const y = readDigits(s, i);
  const after = s.charCodeAt(i + y.length);
  return y.length === 4 && (y.startsWith("19") || y.startsWith("20")) && after !== 0x2e;
}

/** Reads a run of digits at `i`; returns its ASCII text (possibly empty). */
function readDigits(s: string, i: number): string {
  let j = i;
  while (j < s.length && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
  if (digitAt(s, j) < 0) return s.slice(i, j); // ASCII only: no copy digit by digit
  let out = s.slice(i, j);
  for (let d = digitAt(s, j); d >= 0; d = digitAt(s, ++j)) out += String(d);
  return out;
}

/** `hh:mm[:ss[.fff]]` starting at `i` (after an hour of `hourText`), or null. */
function lexClock(s: string, hourStart: number, hourText: string, glued: boolean): Token | null {
  let i = hourStart + hourText.length + 1; // past ':'
  const mm = readDigits(s, i);
  if (mm.length !== 2) return null;
  i += 2;
  let second = -1;
  let ms = 0;
  if ((s.charCodeAt(i) === 0x3a || s.charCodeAt(i) === 0xff1a) && readDigits(s, i + 1).length === 2) {
    second = Number(readDigits(s, i + 1));
    i += 3;
    const c = s.charCodeAt(i);
    if (c === 0x2e || c === 0x2c) {
      const frac = readDigits(s, i + 1);
      if (frac.length > 0 && frac.length <= 9) {
        ms = Math.floor(Number(`0.${frac}`) * 1000);
        i += 1 + frac.length;
      }
    }
  }
  if (digitAt(s, i) >= 0) return null;
  const token = makeToken("time", hourText + ":" + mm, hourStart, i, glued);
  token.value = Number(hourText);
  token.parts = [Number(mm), second, ms];
  return token;
}

/** The separators of numbers, for {@link lexMinguoNumeric}: a date's year glued after one is part of something else. */
const NUMBER_JOINERS: ReadonlySet<number> = new Set([0x2e, 0x2f, 0x2d, 0x3a, 0x2c]);

/**
 * A Minguo date printed with numbers, as Taiwanese pages do (`114/12/07`, `114.12.07`: year 114 of
 * the Republic, 7 December 2025), at `i` as a date token: a year of three digits from 100, or of
 * one to three after the era's name (`民國114/12/07`, `民國 99/12/31`, the name joining the token),
 * then month and day of one or two digits after the same separator, `/` or `.`. A year glued to
 * letters, digits or a separator (`v114.12.07`, `1.114.12.07`), or a date followed by another
 * separated number (`114.12.07.1`, a version), is none.
 */
function lexMinguoNumeric(s: string, i: number, run: string, glued: boolean, out: Token[]): Token | null {
  const sep = s.charCodeAt(i + run.length);
  const prev = out[out.length - 1];
  let era: Token | undefined;
  if (prev !== undefined && prev.kind === "word" && CJK_ERAS.get(prev.text) === 1911) {
    era = prev;
    for (let k = prev.end; k < i; k++) if (!isSpace(s.charCodeAt(k))) era = undefined;
  }
  if (era === undefined) {
    if (run.length !== 3 || run.charCodeAt(0) !== 0x31) return null;
    const before = i > 0 ? s.charCodeAt(i - 1) : 0x20;
    if (isLetter(before) || digitValue(before) >= 0 || NUMBER_JOINERS.has(before)) return null;
  }
  const month = readDigits(s, i + run.length + 1);
  let j = i + run.length + 1 + month.length;
  if (month.length < 1 || month.length > 2 || s.charCodeAt(j) !== sep) return null;
  const day = readDigits(s, j + 1);
  j += 1 + day.length;
  if (day.length < 1 || day.length > 2 || (NUMBER_JOINERS.has(s.charCodeAt(j)) && digitAt(s, j + 1) >= 0)) return null;
  const year = Number(run) + 1911;
  if (year === 1911) return null;
  const t = makeToken("date", `${year}-${month}-${day}`, era?.start ?? i, j, era?.glued ?? glued);
  t.parts = [year, Number(month), Number(day)];
  t.partDigits = [4, month.length, day.length];
  if (era !== undefined) out.pop();
  return t;
}

/** Tokens starting with a digit: a clock time, a numeric date, a number (maybe ordinal). */
function lexNumber(s: string, i: number, glued: boolean, out: Token[]): number {
  const run = readDigits(s, i);
  const end = i + run.length;
  const next = s.charCodeAt(end);
  if ((next === 0x3a || next === 0xff1a) && readDigits(s, end + 1).length >= 2) {
    if (run.length <= 2) {
      const t = lexClock(s, i, run, glued);
      if (t) return push(out, t);
    } else if ((run.length === 5 || run.length === 6) && /^(19|20)/.test(run)) {
      // A year glued to the clock, `NOV 20 20194:29 AM` (seen on wire pages): split it.
      const t = lexClock(s, i + 4, run.slice(4), true);
      if (t) {
        out.push(numberToken(run.slice(0, 4), i, i + 4, glued, false));
        return push(out, t);
      }
    }
  }
  // ISO 8601 basic format with a clock, `20240518T143000Z`, `20240518T1430`: a date and a time token,
  // only when the clock is one and no letter is glued before (`ID20240518T1430` is an identifier).
  if (run.length === 8 && (next === 0x54 || next === 0x74) && /^(19|20)/.test(run) && !(i > 0 && isLetter(s.charCodeAt(i - 1)))) {
    const clock = readDigits(s, end + 1);
    if ((clock.length === 4 || clock.length === 6) && /^(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$/.test(clock)) {
      const d = makeToken("date", `${run.slice(0, 4)}-${run.slice(4, 6)}-${run.slice(6)}`, i, end, glued);
      d.parts = [Number(run.slice(0, 4)), Number(run.slice(4, 6)), Number(run.slice(6))];
      d.partDigits = [4, 2, 2];
      out.push(d);
      const t = makeToken("time", `${clock.slice(0, 2)}:${clock.slice(2, 4)}`, end + 1, end + 1 + clock.length, true);
      t.value = Number(clock.slice(0, 2));
      t.parts = [Number(clock.slice(2, 4)), clock.length === 6 ? Number(clock.slice(4)) : -1, 0];
      return push(out, t);
    }
  }
  // Year, month and day with their signs (`2024年3月5日`, `2024년3월5일`): the same order in
  // Chinese, Japanese and Korean, whatever the page's language.
  if (run.length === 4 && (next === 0x5e74 || next === 0xb144)) {
    const t = lexCjkDate(s, i, run, glued);
    if (t) return push(out, t);
  }
  // An era's year (`民國113年5月18日`, `令和6年5月18日`, `113年5月18日`): the era's name, glued before, joins the date.
  if (run.length <= 3 && next === 0x5e74) {
    const prev = out[out.length - 1];
    const era = prev !== undefined && prev.kind === "word" && prev.end === i ? (CJK_ERAS.get(prev.text) ?? 0) : 0;
    const t = lexCjkDate(s, i, run, glued, era);
    if (t) {
      if (era > 0) {
        out.pop();
        t.start = prev!.start;
        t.glued = prev!.glued;
      }
      return push(out, t);
    }
  }
  // A clock with hour and minute signs (`10時30分`, `10时30分`, `10点30分`, `10시30분`): the minute
  // sign must follow, so `3時間` (three hours) and `5点` stay numbers and words.
  if (run.length <= 2 && CJK_HOUR_SIGNS.includes(next)) {
    const t = lexCjkClock(s, i, run, glued);
    if (t) return push(out, t);
  }
  // A year glued to the reading time after it (`Mar 27, 20255 mins`): the year alone.
  if (run.length >= 5 && run.length <= 7 && /^(19|20)/.test(run) && readsMinutes(s, end)) {
    out.push(numberToken(run.slice(0, 4), i, i + 4, glued, false));
    return push(out, numberToken(run.slice(4), i + 4, end, true, false));
  }
  // French clock `17h30`, but not a compact duration `2h15m`.
  if (run.length <= 2 && (next === 0x68 || next === 0x48) && readDigits(s, end + 1).length === 2 && (s.charCodeAt(end + 3) | 0x20) !== 0x6d) {
    const t = makeToken("time", `${run}:${readDigits(s, end + 1)}`, i, end + 3, glued);
    t.value = Number(run);
    t.parts = [Number(readDigits(s, end + 1)), -1, 0];
    return push(out, t);
  }
  if ((next === 0x2f || next === 0x2e) && run.length <= 3) {
    const t = lexMinguoNumeric(s, i, run, glued, out);
    if (t) return push(out, t);
  }
  // Numeric date `19-07-2025`, `07/15/2025`, `2025-08-14`, `05.10.18`: three parts, one separator;
  // a bullet too when a part is a year (`2025•01•08`, `08•01•2025`).
  if ((next === 0x2d || next === 0x2f || next === 0x2e || next === 0x2022) && run.length <= 4) {
    const second = readDigits(s, end + 1);
    const sepAt = end + 1 + second.length;
    if (second.length > 0 && second.length <= 2 && s.charCodeAt(sepAt) === next) {
      const third = readDigits(s, sepAt + 1);
      if (third.length > 0 && third.length <= 4 && (next !== 0x2022 || run.length === 4 || third.length === 4)) {
        const t = makeToken("date", `${run}-${second}-${third}`, i, sepAt + 1 + third.length, glued);
        t.parts = [Number(run), Number(second), Number(third)];
        t.partDigits = [run.length, second.length, third.length];
        // `2025.05.20.` (Korean, Hungarian): a full stop closes a year-first dotted date, before a space
        // or the end (after `14.08.2025` it is a sentence's).
        if (next === 0x2e && run.length === 4 && s.charCodeAt(t.end) === 0x2e && (t.end + 1 >= s.length || isSpace(s.charCodeAt(t.end + 1)))) t.end++;
        out.push(t);
        // ISO 8601: `2025-08-14T10:32`; the `T` only joins date and time.
        const after = t.end;
        const c = s.charCodeAt(after);
        if (run.length === 4 && (c === 0x54 || c === 0x74) && digitAt(s, after + 1) >= 0) return after + 1;
        return after;
      }
    }
  }
  // A full stop joining a day to its month name or year, as a dash would (`25.Jun.2019`,
  // `Jun.25.2019`): a day of one or two digits, the stop, then letters, or a year after a stop
  // before the day. The stop inside the month's abbreviation stays the word's own.
  if (run.length <= 2 && next === 0x2e && ((end + 1 < s.length && s.charCodeAt(end + 1) !== 0xba && s.charCodeAt(end + 1) !== 0xaa && isLetter(s.charCodeAt(end + 1))) || (i > 0 && s.charCodeAt(i - 1) === 0x2e && isYearAt(s, end + 1)))) {
    out.push(numberToken(run, i, end, glued, false));
    return push(out, makeToken("punct", "-", end, end + 1, true));
  }
  // `2025. augusztus 14.`, `2025. 5. 20.` (Hungarian, Korean): a year and a full stop before a space
  // or the end. The stop is a token of its own ({@link YEAR_STOP}) that only year-first dates read,
  // so a sentence's stop after a year (`in 2019.`) stays outside any stamp.
  if (run.length === 4 && next === 0x2e && (run.startsWith("19") || run.startsWith("20")) && (end + 1 >= s.length || isSpace(s.charCodeAt(end + 1)))) {
    out.push(numberToken(run, i, end, glued, false));
    return push(out, makeToken("punct", YEAR_STOP, end, end + 1, true));
  }
  // Ordinal indicators of es/pt/it days: `1°` (a degree sign standing in for `º`), `1.º`, `1.ª`.
  if (run.length <= 2 && next === 0xb0) return push(out, numberToken(run, i, end + 1, glued, true));
  if (run.length <= 2 && next === 0x2e && (s.charCodeAt(end + 1) === 0xba || s.charCodeAt(end + 1) === 0xaa)) {
    return push(out, numberToken(run, i, end + 2, glued, true));
  }
  // German day `14.` (`14. August`): a full stop after a day number, then a space or the end.
  if (run.length <= 2 && next === 0x2e && (end + 1 >= s.length || isSpace(s.charCodeAt(end + 1)))) {
    return push(out, numberToken(run, i, end + 1, glued, true));
  }
  // Ordinal suffix `1st`, `22nd`, `1er`: only when the letters end there.
  let j = end;
  while (j < s.length && j - end < 3 && isLetter(s.charCodeAt(j))) j++;
  // The suffix is cut and lower-cased only when it may be one (most numbers have no letter after them).
  const ordinal = j > end && run.length <= 2 && ORDINALS.has(s.slice(end, j).toLowerCase()) && !(j < s.length && isLetter(s.charCodeAt(j)));
  if (!ordinal && run.length <= 6 && (next === 0x2e || next === 0x2c)) {
    // `1.5 hours`, `1,5 Stunden`: one or two decimals, then no digit, `.` or `,` (`1,500`, `1.2.3` are no fraction).
    const frac = readDigits(s, end + 1);
    const after = s.charCodeAt(end + 1 + frac.length);
    if (frac.length >= 1 && frac.length <= 2 && after !== 0x2e && after !== 0x2c) {
      push(out, numberToken(run, i, end, glued, false));
      return push(out, makeToken("decimal", s[end] ?? ".", end, end + 1, true));
    }
  }
  return push(out, numberToken(run, i, ordinal ? j : end, glued, ordinal));
}

/** First characters of the Chinese and Japanese half-day words (`下午`, `上午`, `晚上`, `午後`, `早上`, `凌晨`, `傍晚`). */
const HALF_DAY_FIRST: ReadonlySet<number> = new Set([..."上下晚午早凌傍"].map((ch) => ch.charCodeAt(0)));
const HALF_DAY_WORDS: ReadonlySet<string> = new Set(["下午", "午後", "晚上", "晚间", "傍晚", "上午", "午前", "早上", "凌晨", "早晨"]);
const GLUED_DAY_WORDS: ReadonlySet<string> = new Set(["今天", "今日", "昨天", "昨日", "前天", "一昨日"]);

/**
 * A day word glued to a half-day word (`昨天下午3点`, `今日午後3時`): two words, as printed apart
 * (`昨天 下午3点`). Only after a day word, so other Han runs stay one word.
 */
function splitsHalfDay(s: string, start: number, i: number): boolean {
  return i - start <= 3 && HALF_DAY_WORDS.has(s.slice(i, i + 2)) && GLUED_DAY_WORDS.has(s.slice(start, i));
}

/** A word: letters and marks, with `a.m.`-style inner dots, elisions (`l'`) split off. */
function lexWord(s: string, i: number, glued: boolean, out: Token[]): number {
  const start = i;
  // Fast path: a run of ASCII letters ended by anything but an apostrophe or a full stop (most
  // words) is its own key once lower-cased, and printed in lower case when it has no capital.
  let capital = false;
  let small = false;
  let c0 = s.charCodeAt(i);
  while ((c0 >= 0x61 && c0 <= 0x7a) || (c0 >= 0x41 && c0 <= 0x5a)) {
    if (c0 <= 0x5a) capital = true;
    else small = true;
    c0 = s.charCodeAt(++i);
  }
  if (i > start && !(c0 >= 0x80) && c0 !== 0x2e && !APOSTROPHES.has(c0)) {
    const raw = s.slice(start, i);
    const t = makeToken("word", capital ? raw.toLowerCase() : raw, start, i, glued);
    t.lower = !capital;
    t.upper = !small;
    return push(out, t);
  }
  i = start;
  let segment = 0; // letters since the start or the last inner dot
  while (i < s.length) {
    const c = s.codePointAt(i) ?? 0;
    if (i > start && CJK_NUMERALS.has(c) && readCjkNumeral(s, i) !== null) break;
    if (i > start && HALF_DAY_FIRST.has(c) && splitsHalfDay(s, start, i)) break;
    if (isLetter(c)) {
      i += c > 0xffff ? 2 : 1;
      segment++;
      continue;
    }
    const nextIsLetter = i + 1 < s.length && isLetter(s.codePointAt(i + 1) ?? 0);
    if (APOSTROPHES.has(c) && nextIsLetter) {
      const before = s.slice(start, i).toLowerCase();
      // Latin letters only: the Ukrainian apostrophe is inside a word (`пʼятниця`, Friday).
      if ((before.length === 1 && before.charCodeAt(0) < 0x250) || before === "qu" || before === "un") {
        i++; // Elision: French `l'instant` is `l'` + `instant`, Italian `un'ora` is `un'` + `ora`
        break;
      }
      i++;
      continue;
    }
    if (c === 0x2e && nextIsLetter && segment === 1) {
      i++; // `a.m.`, `p.m.`
      segment = 0;
      continue;
    }
    // A geresh closing a Hebrew abbreviation (`ינו׳`, `אוג'`, January, August) is part of the word.
    if ((c === 0x5f3 || c === 0x27 || c === 0x2019) && !nextIsLetter && i > start && isHebrewLetter(s.charCodeAt(i - 1))) i++;
    break;
  }
  const raw = s.slice(start, i);
  let end = i;
  if (s.charCodeAt(end) === 0x2e && !APOSTROPHES.has(raw.charCodeAt(raw.length - 1))) end++; // `Aug.`, `hr.`
  const t = makeToken("word", normalizeWord(raw), start, end, glued);
  t.lower = isAsciiText(raw) ? !hasAsciiCapital(raw) : raw === raw.toLowerCase();
  t.upper = raw === raw.toUpperCase() && !t.lower;
  return push(out, t);
}

/**
 * `+05:30`, `-0400`, or after `GMT`/`UTC` also `+1`; returns minutes east of UTC. Hours alone
 * (ISO 8601's short offset, `14:30:00+02`, `10:30 +03`) after a clock when `hoursOnly`.
 */
function lexOffset(s: string, i: number, glued: boolean, afterZoneWord: boolean, hoursOnly = false): Token | null {
  const sign = s.charCodeAt(i) === 0x2b ? 1 : -1;
  const hh = readDigits(s, i + 1);
  let j = i + 1 + hh.length;
  let mm = "00";
  if (hh.length === 4) {
    mm = hh.slice(2);
  } else if (hh.length === 2 || (afterZoneWord && hh.length === 1)) {
    if (s.charCodeAt(j) === 0x3a && readDigits(s, j + 1).length === 2) {
      mm = readDigits(s, j + 1);
      j += 3;
    } else if (!afterZoneWord && !(hoursOnly && hh.length === 2)) {
      return null;
    }
  } else {
    return null;
  }
  if (digitAt(s, j) >= 0) return null;
  const hours = Number(hh.length === 4 ? hh.slice(0, 2) : hh);
  if (hours > 14 || Number(mm) > 59) return null;
  const t = makeToken("offset", s.slice(i, j), i, j, glued);
  t.value = sign * (hours * 60 + Number(mm));
  return t;
}

function push(out: Token[], t: Token): number {
  out.push(t);
  return t.end;
}

/**
 * Cuts `s[from, to)` into tokens. Never throws; characters that cannot be part of a timestamp
 * become `other` tokens, which no grammar rule accepts.
 *
 * @param s - The text.
 * @param from - Offset to start at (default 0).
 * @param to - Offset to stop at (default `s.length`).
 * @returns The tokens, with offsets into `s`.
 * @example
 * ```ts
 * tokenize("Sports18 hours ago").map((t) => t.text); // ["sports", "18", "hours", "ago"]
 * ```
 */
export function tokenize(s: string, from = 0, to = s.length): Token[] {
  const out: Token[] = [];
  const text = to < s.length ? s.slice(0, to) : s;
  lexInto(text, from, text.length, out);
  return out;
}

/**
 * {@link tokenize} of a run that ends at a space, without copying the text. The same tokens as
 * `tokenize(s, from, to)` when `s.charCodeAt(to)` is a space (see {@link isSpace}) or
 * `to >= s.length`, and `s.charCodeAt(to - 1)` is no high surrogate: past the end of what it lexes
 * the lexer only compares a code unit with digits, letters and punctuation, which a space is not
 * (as it is not the end of the text); only a lone high surrogate takes the code unit after it
 * into its token.
 *
 * @param s - The text.
 * @param from - Offset to start at.
 * @param to - Offset to stop at, as said above.
 * @returns The tokens, with offsets into `s`.
 * @example
 * ```ts
 * lexRun("in 2019", 0, 2).map((t) => t.text); // ["in"]
 * ```
 */
export function lexRun(s: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  lexRunInto(s, from, to, out);
  return out;
}

/**
 * {@link lexRun} appending to `out` instead of a new array: the tokens appended are those
 * `lexRun(s, from, to)` returns (the lexer reads no token of `out` it did not append itself).
 *
 * @param s - The text.
 * @param from - Offset to start at.
 * @param to - Offset to stop at, as for {@link lexRun}.
 * @param out - Tokens to append to (of other runs, or none).
 * @example
 * ```ts
 * const out: Token[] = [];
 * lexRunInto("in 2019", 3, 7, out); // out: ["2019"]
 * lexRunInto("in 2019", 0, 2, out); // out: ["2019", "in"]
 * ```
 */
export function lexRunInto(s: string, from: number, to: number, out: Token[]): void {
  lexInto(s, from, Math.min(to, s.length), out, out.length);
}

/**
 * The loop of {@link tokenize}: tokens of `text[from, to)` appended to `out`, whose tokens from
 * index `first` on are this call's (the token before a sign is looked at only among those).
 */
function lexInto(text: string, from: number, to: number, out: Token[], first = 0): void {
  let i = from;
  let glued = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      glued = false;
      continue;
    }
    const prev = (c === 0x2b || c === 0x2d || c === 0x2212) && out.length > first ? out[out.length - 1] : undefined;
    const numeral = c >= 0x3007 && CJK_NUMERALS.has(c) ? readCjkNumeral(text, i) : null;
    const bracket = (c === 0x28 || c === 0xff08) && text.charCodeAt(i + 1) >= 0x3000 ? lexBracketWeekday(text, i, glued) : null;
    if (digitValue(c) >= 0) {
      i = lexNumber(text, i, glued, out);
    } else if (numeral !== null) {
      const t = numberToken(String(numeral.value), i, numeral.end, glued, false);
      t.digits = numeral.digits;
      i = push(out, t);
    } else if (bracket !== null) {
      i = push(out, bracket);
    } else if (prev !== undefined && digitAt(text, i + 1) >= 0 && (prev.kind === "time" || ZONE_WORDS.has(prev.text))) {
      // Hours alone glued to an ISO clock (`2024-05-18T14:30+02`, `14:30:00-03`) or spaced with a
      // plus sign (`10:30 +03`): `10:30-11` and `Mon 10:30+11` are ranges.
      const iso = (prev.parts[1] ?? -1) >= 0 || (prev.glued && out.length - 2 >= first && out[out.length - 2]?.kind === "date");
      const hoursOnly = prev.kind === "time" && (glued ? iso : c === 0x2b);
      const t = lexOffset(text, i, glued, prev.kind === "word", hoursOnly);
      if (t) i = push(out, t);
      else i = push(out, makeToken(c === 0x2b ? "other" : "punct", c === 0x2b ? "+" : "-", i, i + 1, glued));
    } else if (isLetter(text.codePointAt(i) ?? 0)) {
      i = lexWord(text, i, glued, out);
    } else {
      const p = PUNCT.get(c);
      const size = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      i = push(out, makeToken(p === undefined ? "other" : "punct", p ?? text.slice(i, i + size), i, i + size, glued));
    }
    glued = true;
  }
}

/** Zone words a numeric offset may follow (`GMT+1`, `UTC-05:00`). */
const ZONE_WORDS: ReadonlySet<string> = new Set(["gmt", "utc"]);
