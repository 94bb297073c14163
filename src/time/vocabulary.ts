/**
 * Locale data compiled for the grammar: every phrase list becomes a map keyed by its
 * normalised tokens, built once at module load.
 */
import { getLocale, locales } from "../locales/index.js";
import { escapeRegExp } from "../rules/escape.js";
import type { CountedUnit, LocaleTime, TimeUnit } from "../locales/types.js";
import { CJK_BRACKET_WEEKDAYS, CJK_WEEKDAYS, type Token, YEAR_STOP, normalizeWord, tokenize } from "./lexer.js";

/** Phrases (one or more tokens) mapped to values, matched longest first. */
export interface PhraseTable<T> {
  /** Normalised tokens joined by one space → value. */
  readonly map: ReadonlyMap<string, T>;
  /** The first token of every phrase, to reject most positions with one lookup. */
  readonly first: ReadonlySet<string>;
  /** Every proper prefix of every phrase, so a lookup stops as soon as no phrase can match. */
  readonly prefixes: ReadonlySet<string>;
  /** Every token of every phrase but the first, so a lookup stops before joining a token no phrase goes on with. */
  readonly later: ReadonlySet<string>;
  /**
   * `1` at `w.charCodeAt(0) & 0xff` for every word `w` of `first`: a token whose text gives a 0
   * there is no first word (one array read instead of hashing its text into the set, for most
   * of the tokens asked about).
   */
  readonly firstUnits: Uint8Array;
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
  const later = new Set<string>();
  for (const [phrase, value] of entries) {
    const key = phraseKey(phrase);
    if (key.length === 0 || key[0] === undefined) continue;
    map.set(key.join(" "), value);
    first.add(key[0]);
    for (let n = 1; n < key.length; n++) {
      prefixes.add(key.slice(0, n).join(" "));
      later.add(key[n]!);
    }
  }
  const firstUnits = new Uint8Array(256);
  for (const w of first) firstUnits[w.charCodeAt(0) & 0xff] = 1;
  return { map, first, prefixes, later, firstUnits };
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
  if (head === undefined || i >= end) return null;
  const text = head.text;
  // `NaN & 0xff` is 0 for an empty text, as for an empty first word.
  if (t.firstUnits[text.charCodeAt(0) & 0xff] === 0 || !t.first.has(text)) return null;
  // Grow the key a token at a time while it is still the start of some phrase; keep the longest hit.
  let key = text;
  let best: PhraseMatch<T> | null = null;
  for (let j = i + 1; ; j++) {
    const value = t.map.get(key);
    if (value !== undefined) best = { value, next: j };
    const next = tokens[j];
    // A key grown by a token that is no later token of any phrase is neither a phrase nor a
    // prefix of one (token texts hold no space, but for a lone high surrogate's token, which no
    // phrase holds, so keys split into tokens one way): the next round would find nothing and
    // stop, so stop now, without joining the strings.
    if (j >= end || next === undefined || !t.later.has(next.text) || !t.prefixes.has(key)) return best;
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
  /** Unit words that say "ago" themselves (Hungarian `perce`). */
  readonly agoUnits: PhraseTable<TimeUnit>;
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
  /** Month abbreviations read only between a day and a year (`set` of `14 set 2025`). */
  readonly monthsBeforeYear: PhraseTable<number>;
  /** Words before a month's number (`tháng` of `tháng 8`). */
  readonly monthWords: PhraseTable<true>;
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
  /** Words before a weekday that keep it the most recent past one (`last`, `on`). */
  readonly weekdayBefore: PhraseTable<true>;
  /** Words after a weekday with the same meaning (`pasado`). */
  readonly weekdayAfter: PhraseTable<true>;
  /** Parts of the day after a weekday (`night` in `Sunday night`). */
  readonly dayParts: PhraseTable<true>;
  /** Parts of the day before a weekday (`مساء` in `مساء الأحد`). */
  readonly dayPartsBefore: PhraseTable<true>;
  /** Words joining day, month and year (`of`, `de`). */
  readonly dateJoiners: PhraseTable<true>;
  /** Words after a year that add nothing (`года`). */
  readonly yearSuffixes: PhraseTable<true>;
  /** Words after a day that add nothing (Lithuanian `d.`). */
  readonly daySuffixes: PhraseTable<true>;
  /** Words between hours and minutes of a spaced clock (`h` in `14 h 30`). */
  readonly spacedClockWords: PhraseTable<true>;
  /** Words after a clock that add nothing (`Uhr`). */
  readonly clockSuffixes: PhraseTable<true>;
  /** Words that are a clock by themselves → their hour (`noon` → 12). */
  readonly clockWords: PhraseTable<number>;
  /** First words of anything a timestamp can start with (for finding glued stamps). */
  readonly startWords: ReadonlySet<string>;
  /** Month names of the Solar Hijri calendar (Persian), read only with a day and a year of it. */
  readonly solarHijriMonths: PhraseTable<number>;
  /** Month names of the Hijri lunar calendar, read only with a day and a year of it. */
  readonly lunarHijriMonths: PhraseTable<number>;
  /** Years the language's era is ahead of the Gregorian calendar (Thai: 543), or 0. */
  readonly eraOffset: number;
  /** Whether the meridiem words stand before the clock too (see `LocaleTime.meridiem.before`). */
  readonly meridiemBefore: boolean;
  /** Whether the language's pages glue stamps to the word before them (see `LocaleTime.gluedWords`). */
  readonly glued: boolean;
  /** Words a timestamp can end with (for finding stamps glued to a following word). */
  readonly endWords: ReadonlySet<string>;
}

/**
 * The era after a Hijri lunar year (`1445 هـ`, `1445 AH`, Persian `۱۴۴۵ ق`, `ه.ق`), as the lexer
 * keys it: read after such a year only.
 *
 * @example
 * ```ts
 * HIJRI_ERAS.includes("ah"); // true
 * ```
 */
export const HIJRI_ERAS: readonly string[] = ["ه", "هجري", "هجرية", "هجری", "ق", "هق", "ah"];

function lastWords(phrases: Iterable<string>): string[] {
  return [...phrases].map((p) => phraseKey(p).at(-1) ?? "").filter((w) => w !== "");
}

/** Full weekday names, with the one-word compounds of a weekday and a part of the day (`sonntagabend`). */
function weekdayNames(time: LocaleTime): [string, number][] {
  const names = Object.entries(time.weekdays);
  return names.concat((time.weekdayCompounds ?? []).flatMap((part) => names.map(([w, d]): [string, number] => [w + part, d])));
}

function compile(time: LocaleTime): Vocabulary {
  const v = {
    code: time.code,
    units: table(Object.entries(time.units)),
    countedUnits: table(Object.entries(time.countedUnits ?? {})),
    agoUnits: table(Object.entries(time.agoUnits ?? {})),
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
    monthWords: list(time.monthWords ?? []),
    monthsBeforeYear: table(Object.entries(time.monthsBeforeYear ?? {})),
    weekdays: table(weekdayNames(time)),
    weekdayAbbreviations: table(Object.entries(time.weekdayAbbreviations)),
    am: list(time.meridiem.am),
    pm: list(time.meridiem.pm),
    connectors: list(time.connectors),
    labels: list(time.labels),
    weekdayBefore: list(time.weekdayBefore ?? []),
    weekdayAfter: list(time.weekdayAfter ?? []),
    dayParts: list(time.dayParts ?? []),
    dayPartsBefore: list(time.dayPartsBefore ?? []),
    dateJoiners: list(time.dateJoiners ?? []),
    clockSuffixes: list(time.clockSuffixes ?? []),
    clockWords: table(Object.entries(time.clockWords ?? {})),
    yearSuffixes: list(time.yearSuffixes ?? []),
    daySuffixes: list(time.daySuffixes ?? []),
    spacedClockWords: list(time.spacedClockWords ?? []),
    eraOffset: time.eraOffset ?? 0,
    meridiemBefore: time.meridiem.before === true,
    solarHijriMonths: table(Object.entries(time.solarHijriMonths ?? {})),
    lunarHijriMonths: table(Object.entries(time.lunarHijriMonths ?? {})),
  };
  const startWords = new Set<string>();
  for (const t of [v.numbers, v.qualifiers, v.now, v.dayWords, v.lastPeriods, v.months, v.monthWords, v.weekdays,
    v.weekdayAbbreviations, v.agoBefore, v.labels, v.countedUnits, v.dayPartsBefore]) {
    // Where "ago" comes first, a number opens no stamp: a number word of one letter (Romanian `o`)
    // would only be found at the end of names before a date (`Carreiro - 2024-12-17`).
    for (const w of t.first) if (!(t === v.numbers && time.agoAfter.length === 0 && w.length === 1)) startWords.add(w);
  }
  // A unit alone means one (`tunti sitten`); a unit's abbreviation of one letter (Finnish and Estonian
  // `t`, `h`) is printed after a number only, and as a start word would end every word in `t` or `h`
  // (`Budget 2020`), which the scanner's fast paths then leave to the lexer.
  if (v.bareUnitMeansOne) for (const w of v.units.first) if (w.length > 1) startWords.add(w);
  // The language's own part-of-day words open a stamp (`शाम 5:30`); the Latin `am` and `pm` it also
  // lists stand after the clock, and as start words would open stamps inside words (`Te|am, Mar 3`).
  if (v.meridiemBefore) for (const w of [...v.am.first, ...v.pm.first]) if (!/^[a-z.]+$/u.test(w)) startWords.add(w);
  const endWords = new Set<string>([
    ...lastWords(time.agoAfter), ...lastWords(time.now), ...lastWords(Object.keys(time.dayWords)),
    ...lastWords(Object.keys(time.lastPeriods)), ...lastWords(Object.keys(time.months)),
    ...lastWords(time.meridiem.am), ...lastWords(time.meridiem.pm), ...lastWords(Object.keys(time.clockWords ?? {})),
    ...lastWords(Object.keys(time.numberWordsAfterUnit ?? {})),
    ...lastWords(Object.keys(time.countedUnits ?? {})), ...lastWords(time.clockSuffixes ?? []),
    ...lastWords(time.yearSuffixes ?? []), ...lastWords(time.daySuffixes ?? []), ...lastWords(Object.keys(time.agoUnits ?? {})),
    ...lastWords(Object.keys(time.solarHijriMonths ?? {})), ...lastWords(Object.keys(time.lunarHijriMonths ?? {})),
    ...(time.lunarHijriMonths === undefined ? [] : HIJRI_ERAS),
  ]);
  // Where "ago" comes first (French, Arabic) the unit word ends the stamp.
  if (time.agoBefore.length > 0) for (const w of lastWords(Object.keys(time.units))) endWords.add(w);
  return { ...v, startWords, endWords, glued: time.gluedWords === true };
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
 * Chinese, Japanese and Korean words, read by every locale as the glued `2024年3月5日` is (the
 * lexer's): these scripts print no space between a number and its unit, so the lexer leaves
 * `5分钟前` as the number `5` and the word `分钟前`, unit and `ago` in one. Year, month and day
 * signs read apart (`2024년 3월 5일`, year-less `5月20日`). Keyed as the lexer keys words
 * ({@link normalizeWord} decomposes Hangul syllables).
 */
const keys = (words: readonly string[]): Set<string> => new Set(words.map(normalizeWord));
export const CJK_YEAR: ReadonlySet<string> = keys(["年", "년"]);
export const CJK_MONTH: ReadonlySet<string> = keys(["月", "월"]);
export const CJK_DAY: ReadonlySet<string> = keys(["日", "号", "일"]);
/** Unit and `ago` glued (`5分钟前`, `3時間前`, `5분전`); the future (`后`, `後`, `후`) is absent on purpose. */
export const CJK_AGO: ReadonlyMap<string, TimeUnit> = new Map([
  ...["秒前", "秒钟前", "秒鐘前", "초전"].map((w) => [normalizeWord(w), "second"] as const),
  ...["分前", "分钟前", "分鐘前", "분전"].map((w) => [normalizeWord(w), "minute"] as const),
  ...["小时前", "小時前", "个小时前", "個小時前", "時間前", "시간전"].map((w) => [normalizeWord(w), "hour"] as const),
  ...["天前", "日前", "일전"].map((w) => [normalizeWord(w), "day"] as const),
  ...["周前", "週前", "週間前", "个星期前", "주전"].map((w) => [normalizeWord(w), "week"] as const),
  ...["个月前", "個月前", "ヶ月前", "か月前", "カ月前", "개월전", "달전"].map((w) => [normalizeWord(w), "month"] as const),
  ...["年前", "년전"].map((w) => [normalizeWord(w), "year"] as const),
]);
/** Korean units printed apart from `전` (ago): `5분 전`, `3시간 전`. */
export const KO_UNITS: ReadonlyMap<string, TimeUnit> = new Map(
  ([["초", "second"], ["분", "minute"], ["시간", "hour"], ["일", "day"], ["주", "week"], ["개월", "month"], ["달", "month"], ["년", "year"]] as const)
    .map(([w, unit]) => [normalizeWord(w), unit]),
);
export const KO_AGO: string = normalizeWord("전");
/**
 * Labels of Korean heads: `입력 2025.05.20 10:30` (filed), `수정 …` (updated); of Chinese and
 * Japanese heads: `发布时间：2025-08-14 10:32` (published), `更新时间` (updated), `公開日` (published).
 */
export const CJK_LABELS: ReadonlySet<string> = keys(["입력", "수정", "기사입력", "최종수정", "업데이트",
  "发布时间", "發布時間", "發佈時間", "发布于", "發佈於", "发表时间", "發表時間", "更新时间", "更新時間", "发布日期", "發布日期",
  "發佈日期", "发表日期", "發表日期", "更新日期", "刊登日期", "公開日", "公開日時", "更新日", "更新日時", "配信日時",
  // The Republic's era before a year apart by a space (`民國 113/05/18`, `民國 113年5月18日`): read as a label.
  "民國", "民国", "中華民國", "中华民国"]);
/** `just now`, printed alone. */
const CJK_NOW_PRINTED: readonly string[] = ["刚刚", "剛剛", "刚才", "たった今", "방금"];
export const CJK_NOW: ReadonlySet<string> = keys(CJK_NOW_PRINTED);
/** Today, yesterday, the day before (days back), alone or before a clock (`昨天 10:30`). */
const CJK_DAY_PRINTED: readonly (readonly [string, number])[] = [
  ["今天", 0], ["今日", 0], ["오늘", 0], ["昨天", 1], ["昨日", 1], ["어제", 1], ["前天", 2], ["一昨日", 2], ["그제", 2], ["그저께", 2],
];
export const CJK_DAY_WORDS: ReadonlyMap<string, number> = new Map(CJK_DAY_PRINTED.map(([w, n]) => [normalizeWord(w), n]));
/** Hour and minute signs of a clock printed apart (`10시 30분`, `15時 30分`, `下午3点`). */
export const CJK_HOUR: ReadonlySet<string> = keys(["時", "时", "点", "點", "시"]);
export const CJK_MINUTE: ReadonlySet<string> = keys(["分", "분"]);
/** Half-day words printed before a clock (`下午3:30`, `午後3時`, `오후 3:30`): after noon, then before. */
export const CJK_PM: ReadonlySet<string> = keys(["下午", "午後", "오후", "晚上", "晚间", "夜", "傍晚"]);
export const CJK_AM: ReadonlySet<string> = keys(["上午", "午前", "오전", "早上", "凌晨", "早晨"]);
/** Every word above, for the grammar's readable words. */
export const CJK_WORDS: readonly string[] = [...CJK_YEAR, ...CJK_MONTH, ...CJK_DAY, ...CJK_AGO.keys(), ...KO_UNITS.keys(), KO_AGO, ...CJK_LABELS, ...CJK_NOW, ...CJK_DAY_WORDS.keys(),
  ...CJK_HOUR, ...CJK_MINUTE, ...CJK_PM, ...CJK_AM, ...CJK_BRACKET_WEEKDAYS.keys(), ...CJK_WEEKDAYS.keys()];

/**
 * Every word any locale knows, for the quick "could this be a timestamp at all?" check.
 *
 * @example
 * ```ts
 * ALL_WORDS.has("ago"); // true
 * ```
 */
export const ALL_WORDS: ReadonlySet<string> = new Set([
  ...VOCABULARIES.flatMap((v) => [...v.startWords, ...v.endWords, ...v.units.first, ...v.monthsBeforeYear.first]),
  // Every CJK stamp but a bare glued date (a `date` token) holds one of these.
  ...CJK_MONTH, ...CJK_AGO.keys(), ...KO_UNITS.keys(), ...CJK_LABELS, ...CJK_NOW, ...CJK_DAY_WORDS.keys(),
  // A clock with signs (`10시 30분`), or a half-day word before a clock (`오후`, read with it).
  ...CJK_HOUR, ...CJK_PM, ...CJK_AM,
  // The weekday in brackets of a month and day of this year (`8/14(木)`).
  ...CJK_BRACKET_WEEKDAYS.keys(),
  // A year closed by a full stop before more (`2025. 5. 20.`): the year-first dates' mark.
  YEAR_STOP,
]);

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

/** The pieces the pre-check looks for, as printed (case aside). */
interface PreCheckPieces {
  /** Relative words, matched anywhere (glued forms: `timeyesterday`). */
  readonly glued: ReadonlySet<string>;
  /** Month and weekday names, matched only as whole words. */
  readonly names: ReadonlySet<string>;
  /**
   * Glued pieces that stand for nothing but the first word of phrases whose other words are
   * single ASCII letters (`il` of `il y a`) → those letters, one string per phrase (`"ya"`).
   */
  readonly weak: ReadonlyMap<string, readonly string[]>;
}

function preCheckPieces(times: readonly LocaleTime[]): PreCheckPieces {
  const glued = new Set<string>();
  const names = new Set<string>();
  const tails = new Map<string, string[]>();
  const strong = new Set<string>();
  // The longest piece of a phrase is its most selective part that must appear as printed
  // ("à l'instant" → "instant"; apostrophes vary between ' and ’, so they split pieces too).
  const words = (w: string) => w.trim().toLowerCase().split(/[\s'’]+/u);
  const piece = (w: string) => [...words(w)].sort((a, b) => b.length - a.length)[0] ?? "";
  // Names stand as whole words, so their pieces are cut at hyphens too (`segunda-feira` → `segunda`).
  const namePiece = (w: string) => [...w.trim().toLowerCase().split(/[\s'’-]+/u)].sort((a, b) => b.length - a.length)[0] ?? "";
  for (const t of times) {
    const relative = [...t.agoBefore, ...t.agoAfter, ...Object.keys(t.agoUnits ?? {}), ...t.now, ...Object.keys(t.dayWords), ...Object.keys(t.lastPeriods)];
    // Month and weekday names must stand as words: "Mar" in "Marathon" is not March.
    for (const w of [...Object.keys(t.months), ...(t.monthWords ?? []), ...weekdayNames(t).map(([w]) => w)]) names.add(namePiece(w));
    // Abbreviations stand alone after a word such as `last` or `on` (`on Mon`); those of two
    // letters (German `So`, `Do`) only next to a date, which holds a digit.
    for (const w of Object.keys(t.weekdayAbbreviations)) if (namePiece(w).length >= 3) names.add(namePiece(w));
    // Relative words of a language whose pages print them apart are whole words too ("ieri" is
    // not looked for inside "Algieri").
    if (t.gluedWords !== true) {
      for (const w of relative) names.add(namePiece(w));
      continue;
    }
    // Relative words may be glued to a source or an icon label ("timeyesterday", "Reutersan hour ago").
    for (const w of relative) {
      const p = piece(w);
      glued.add(p);
      const [head, ...rest] = words(w);
      if (head === p && rest.length > 0 && rest.every((r) => /^[a-z]$/.test(r))) tails.set(p, [...(tails.get(p) ?? []), rest.join("")]);
      else strong.add(p);
    }
  }
  glued.delete("");
  names.delete("");
  const weak = new Map([...tails].filter(([p]) => !strong.has(p) && /^[a-z]+$/.test(p)));
  return { glued, names, weak };
}

const PIECES = withCjkWords(preCheckPieces(locales.map((l) => l.time)));

/** The CJK words that carry a stamp without a digit (`昨天`, `어제`), as whole words. */
function withCjkWords(pieces: PreCheckPieces): PreCheckPieces {
  const names = new Set(pieces.names);
  for (const w of [...CJK_NOW_PRINTED, ...CJK_DAY_PRINTED.map(([p]) => p)]) names.add(w);
  // Stamps in Chinese numerals hold no digit (`二〇二五年五月二十日`, `五分钟前`): their month sign or
  // glued "ago" unit, found anywhere (these scripts print no space).
  const glued = new Set(pieces.glued);
  for (const w of ["月", "秒前", "分前", "分钟前", "分鐘前", "小时前", "小時前", "時間前", "天前", "日前", "周前", "週前", "个月前", "個月前", "年前"]) glued.add(w);
  return { ...pieces, glued, names };
}

/**
 * A cheap pre-check run before any lexing: every timestamp holds a digit or one of the words that
 * can carry a date without digits (`ago`, `yesterday`, `just now`, a month or weekday name, their
 * French and Arabic forms). Matched as substrings, so glued forms (`timeyesterday`) pass; the test
 * only rejects lines that cannot hold a stamp, which is most lines of a page. The lexer runs
 * {@link mayHoldTimestamp}, which answers the same, faster (and stricter on one piece: see there).
 *
 * @example
 * ```ts
 * MAY_HOLD_TIMESTAMP.test("Related Articles"); // false
 * MAY_HOLD_TIMESTAMP.test("timean hour ago"); // true
 * ```
 */
export const MAY_HOLD_TIMESTAMP: RegExp = buildPreCheck(PIECES);

function buildPreCheck({ glued, names }: PreCheckPieces): RegExp {
  const alt = (set: ReadonlySet<string>) =>
    [...set]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
  return new RegExp(`\\p{Nd}|${alt(glued)}|(?<!\\p{L})(?:${alt(names)})(?!\\p{L})`, "iu");
}

/**
 * The pre-check without the regular expression. In ASCII, case-insensitive matching is ASCII
 * lower-casing and `\p{L}` is `[A-Za-z]`, and a piece holding any other character cannot match.
 * Outside ASCII, a character that is no digit, not a surrogate, and matches no character of any
 * piece under the expression's flags (`iu`: the Kelvin sign and the long s fold to ASCII
 * letters, so they do match) is only a letter or not (as `\p{L}` under `iu` says): it can be in
 * no match, and only decides where whole words end. Any other character is left to the regular
 * expression.
 */
interface AsciiPreCheck {
  /** Index: ASCII code `| 0x20` → the glued pieces of two characters starting with it. */
  readonly shortByFirst: readonly (readonly string[])[];
  /** Index: ASCII code `| 0x20` → the longer glued pieces starting with it (a piece holding a shorter, not weak one is left out). */
  readonly longByFirst: readonly (readonly string[])[];
  /**
   * Index: {@link codes5} of three ASCII characters → `LONG` when a longer glued piece starts with
   * all three, plus `SHORT` when a glued piece of two characters is the last two.
   */
  readonly windows: Uint8Array;
  /** `1` at `(a | 0x20) << 7 | (b | 0x20)` when a name starts with ASCII codes `a`, `b` (as printed, case aside). */
  readonly namePairs: Uint8Array;
  /** The weak pieces (see {@link PreCheckPieces}) → the letters that must follow them. */
  readonly weak: ReadonlyMap<string, readonly string[]>;
  /** ASCII names; each is letters only, so "a whole word" is "a whole run of letters". */
  readonly names: ReadonlySet<string>;
  /** {@link runHash} of every name, lower case, to look a run up without slicing it. */
  readonly nameHashes: ReadonlySet<number>;
  /** `1` at `hash & NAME_BITS` for the hash of every name: most runs are rejected without the set. */
  readonly nameHashBits: Uint8Array;
  /** Length of the shortest name. */
  readonly shortestName: number;
  /** Length of the longest name. */
  readonly longestName: number;
  /** Every character of every piece, as a class under the expression's flags. */
  readonly pieceChar: RegExp;
}

const isAscii = (w: string): boolean => [...w].every((ch) => ch.charCodeAt(0) < 0x80);
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
/** Adds a lower-case letter code to the hash of a run of letters. */
const runHash = (hash: number, c: number): number => (Math.imul(hash, 31) + c) | 0;
/** Mask of the name-hash bitmap index. */
const NAME_BITS = 0xfff;
/**
 * Five bits of an ASCII code, the same for both cases of a letter (`a` and `A` give 1). Other
 * codes share values with letters: tables indexed by it may answer yes for text that holds no
 * piece (then the piece is compared), never no for text that does.
 */
const code5 = (c: number): number => (c | 0x20) & 0x1f;
/** The table index of ASCII codes `a`, `b`, `c`, five bits each. */
const codes5 = (a: number, b: number, c: number): number => (code5(a) << 10) | (code5(b) << 5) | code5(c);
/** Flags of `AsciiPreCheck.windows`. */
const LONG = 1;
const SHORT = 2;

function buildAsciiPreCheck({ glued, names, weak }: PreCheckPieces): AsciiPreCheck {
  const pieces = [...glued].filter(isAscii);
  const kept = pieces.filter((p) => !pieces.some((q) => q !== p && !weak.has(q) && p.includes(q)));
  const shortByFirst: string[][] = Array.from({ length: 0x80 }, () => []);
  const longByFirst: string[][] = Array.from({ length: 0x80 }, () => []);
  const windows = new Uint8Array(0x8000);
  const pairOf = (w: string) => ((w.charCodeAt(0) | 0x20) << 7) | (w.charCodeAt(1) | 0x20);
  for (const p of kept) {
    if (p.length < 2) throw new Error(`pre-check piece is shorter than two characters: ${p}`);
    // No piece starts with a character whose five bits are 0 (space, `@`): the rolling window of
    // mayHoldTimestamp starts from 0, and is set back to 0 after a character outside ASCII.
    if (code5(p.charCodeAt(0)) === 0) throw new Error(`pre-check piece starts with a character of code 0: ${p}`);
    if (p.length === 2) {
      shortByFirst[p.charCodeAt(0) | 0x20]?.push(p);
      for (let a = 0; a < 32; a++) windows[(a << 10) | (code5(p.charCodeAt(0)) << 5) | code5(p.charCodeAt(1))]! |= SHORT;
    } else {
      longByFirst[p.charCodeAt(0) | 0x20]?.push(p);
      windows[codes5(p.charCodeAt(0), p.charCodeAt(1), p.charCodeAt(2))]! |= LONG;
    }
  }
  const asciiNames = [...names].filter(isAscii);
  const namePairs = new Uint8Array(0x4000);
  for (const n of asciiNames) {
    if (![...n].every((ch) => isAsciiLetter(ch.charCodeAt(0)))) throw new Error(`pre-check name is not letters only: ${n}`);
    if (n.length < 2) throw new Error(`pre-check name is shorter than two letters: ${n}`);
    namePairs[pairOf(n)] = 1;
  }
  const nameHashes = new Set(asciiNames.map((n) => [...n].reduce((h, ch) => runHash(h, ch.charCodeAt(0)), 0)));
  const nameHashBits = new Uint8Array(NAME_BITS + 1);
  for (const h of nameHashes) nameHashBits[h & NAME_BITS] = 1;
  const chars = new Set([...glued, ...names].flatMap((p) => [...p]));
  const pieceChar = new RegExp(`^[${[...chars].map((ch) => `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`).join("")}]$`, "iu");
  return {
    shortByFirst,
    longByFirst,
    windows,
    namePairs,
    weak,
    names: new Set(asciiNames),
    nameHashes,
    nameHashBits,
    shortestName: Math.min(...asciiNames.map((n) => n.length)),
    longestName: Math.max(0, ...asciiNames.map((n) => n.length)),
    pieceChar,
  };
}

const ASCII_PRE_CHECK = buildAsciiPreCheck(PIECES);

/** What a code unit outside ASCII is to the pre-check, in `KINDS` (0: not yet asked). */
const Kind = {
  Unknown: 0,
  /** A surrogate, or a character some piece may match: the regular expression decides. */
  Fallback: 1,
  /** A decimal digit: the expression matches. */
  Digit: 2,
  /** A letter in no piece. */
  Letter: 3,
  /** Anything else in no piece. */
  Other: 4,
} as const;

const KINDS = new Uint8Array(0x10000);
const ND = /^\p{Nd}$/iu;
const LETTER = /^\p{L}$/iu;

function kindOf(c: number): number {
  let kind = KINDS[c] ?? Kind.Fallback;
  if (kind === Kind.Unknown) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) kind = Kind.Fallback;
    else if (ND.test(ch)) kind = Kind.Digit;
    else if (ASCII_PRE_CHECK.pieceChar.test(ch)) kind = Kind.Fallback;
    else kind = LETTER.test(ch) ? Kind.Letter : Kind.Other;
    KINDS[c] = kind;
  }
  return kind;
}

/** `true` when lower-case ASCII `piece` is at `i` in `text`, ignoring ASCII case, and ends by `end`. */
function asciiPieceAt(text: string, i: number, piece: string, end: number): boolean {
  if (i + piece.length > end) return false;
  for (let k = 0; k < piece.length; k++) {
    let c = text.charCodeAt(i + k);
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== piece.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * `true` when the run of letters `text[start, end)`, whose {@link runHash} (ASCII letters lower-cased,
 * other code units as they are) is `hash`, is an ASCII name. The hash and the first two letters
 * only filter: the answer is the set lookup of the lower-cased run.
 */
function isNameRun(text: string, start: number, end: number, hash: number): boolean {
  const { names, namePairs, nameHashes, nameHashBits, shortestName, longestName } = ASCII_PRE_CHECK;
  const length = end - start;
  if (length < shortestName || length > longestName || nameHashBits[hash & NAME_BITS] !== 1 || !nameHashes.has(hash)) return false;
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (a >= 0x80 || b >= 0x80 || namePairs[((a | 0x20) << 7) | (b | 0x20)] !== 1) return false;
  return names.has(text.slice(start, end).toLowerCase());
}

/**
 * `true` when ASCII `text` holds the one-letter words `letters` (lower case) one after the other,
 * as the lexer would cut them into tokens: the first after no letter, each next one after a full
 * stop and/or spaces (without them the letters would be one word), the last before no letter.
 */
function hasLetterWords(text: string, letters: string): boolean {
  const n = text.length;
  const first = letters.charCodeAt(0);
  for (let s = 0; s < n; s++) {
    if ((text.charCodeAt(s) | 0x20) !== first || (s > 0 && isAsciiLetter(text.charCodeAt(s - 1)))) continue;
    let k = s + 1;
    let j = 1;
    for (; j < letters.length; j++) {
      const sep = k;
      if (text.charCodeAt(k) === 0x2e) k++;
      while (k < n && text.charCodeAt(k) <= 0x20) k++;
      if (k === sep || k >= n || (text.charCodeAt(k) | 0x20) !== letters.charCodeAt(j)) break;
      k++;
    }
    if (j === letters.length && (k >= n || !isAsciiLetter(text.charCodeAt(k)))) return true;
  }
  return false;
}

/**
 * `true` when the text may hold a timestamp: the same answer as `MAY_HOLD_TIMESTAMP.test(text)`,
 * found by one scan of the character codes (see {@link AsciiPreCheck}; at the first character it
 * cannot decide, the regular expression does), with one exception. In ASCII text, a weak piece
 * (`il`, which the expression finds in `Email`, `will`, `April`) counts only when the letters
 * that follow it in its phrases are there as words (`y a`): a timestamp holding no digit, no
 * name and no other piece holds `il y a` as tokens (`agoBefore`), and in ASCII the tokens `y`
 * and `a` are printed so. Text outside ASCII keeps the expression's answer.
 *
 * @param text - One line.
 * @returns `false` when no timestamp can be in it.
 * @example
 * ```ts
 * mayHoldTimestamp("Related Articles"); // false
 * mayHoldTimestamp("NBC Sports18 hours ago"); // true
 * mayHoldTimestamp("Email"); // false (MAY_HOLD_TIMESTAMP finds `il`)
 * ```
 */
export function mayHoldTimestamp(text: string): boolean {
  return mayHoldTimestampIn(text, 0, text.length, text);
}

/**
 * {@link mayHoldTimestamp} of `text`, read from `src[from, to)`, which holds the same code units
 * (`src.slice(from, to) === text`): the pipeline passes the page for a line that is a verbatim
 * piece of it, so that the scan reads a flat string instead of going through the line's slice.
 * The scan never looks outside `[from, to)`; the rare fallbacks read `text`.
 *
 * @param src - A string holding the text.
 * @param from - Offset of the text's first code unit in `src`.
 * @param to - Offset one past its last.
 * @param text - The text itself.
 * @returns The same as `mayHoldTimestamp(text)`.
 */
export function mayHoldTimestampIn(src: string, from: number, to: number, text: string): boolean {
  const { windows } = ASCII_PRE_CHECK;
  let run = 0; // letters since the last non-letter
  let hash = 0; // their runHash, computed as they are read (see isNameRun)
  let ascii = true;
  let weak = false; // a weak piece seen
  // codes5 of the last three code units read (0 for those outside ASCII and before the text,
  // which no piece starts with): pieces are looked for where their first three (or two)
  // characters have been read.
  let window = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x30 && c <= 0x39) return true;
      window = ((window << 5) | code5(c)) & 0x7fff;
      const flags = windows[window] ?? 0;
      if (flags !== 0) {
        if ((flags & LONG) !== 0) {
          const found = pieceAt(src, i - 2, ASCII_PRE_CHECK.longByFirst[src.charCodeAt(i - 2) | 0x20], to);
          if (found === STRONG) return true;
          if (found === WEAK) weak = true;
        }
        if ((flags & SHORT) !== 0) {
          const found = pieceAt(src, i - 1, ASCII_PRE_CHECK.shortByFirst[src.charCodeAt(i - 1) | 0x20], to);
          if (found === STRONG) return true;
          if (found === WEAK) weak = true;
        }
      }
      const lower = c | 0x20; // an ASCII letter in lower case when `c` is one (no other code maps into a-z)
      if (lower >= 0x61 && lower <= 0x7a) {
        run++;
        hash = runHash(hash, lower);
        continue;
      }
    } else {
      window = 0;
      // Characters the expression cannot match: only letters or not (a match found so far is
      // one the expression finds too).
      const kind = kindOf(c);
      if (kind === Kind.Fallback) return MAY_HOLD_TIMESTAMP.test(text);
      if (kind === Kind.Digit) return true;
      ascii = false;
      if (kind === Kind.Letter) {
        run++;
        hash = runHash(hash, c);
        continue;
      }
    }
    // Neither a letter nor a digit: a run of letters ends here.
    if (run > 0 && isNameRun(src, i - run, i, hash)) return true;
    run = 0;
    hash = 0;
  }
  if (run > 0 && isNameRun(src, to - run, to, hash)) return true;
  if (!weak) return false;
  if (!ascii) return true;
  return weakPieceHolds(text);
}

const NONE = 0;
const WEAK = 1;
const STRONG = 2;

/** Whether one of `pieces` (lower-case ASCII) is at `i` in `text` and ends by `end`, case aside: `STRONG`, `WEAK` (only weak ones) or `NONE`. */
function pieceAt(text: string, i: number, pieces: readonly string[] | undefined, end: number): number {
  let found = NONE;
  if (pieces === undefined) return found;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k] ?? "";
    if (!asciiPieceAt(text, i, p, end)) continue;
    if (!ASCII_PRE_CHECK.weak.has(p)) return STRONG;
    found = WEAK;
  }
  return found;
}

/** A weak piece was found in ASCII `text`: `true` when the letters of one of its phrases follow somewhere. */
function weakPieceHolds(text: string): boolean {
  for (const tails of ASCII_PRE_CHECK.weak.values()) for (const t of tails) if (hasLetterWords(text, t)) return true;
  return false;
}
