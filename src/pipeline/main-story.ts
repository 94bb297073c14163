import { markRepeatedIgnoringCase, SIMPLE_LIMIT, SIMPLE_LOWER } from "../features/case-fold.js";
import { isStopWord, LanguageTally, STOPWORDS } from "../features/stopwords/index.js";
import { pushWordTokens } from "../features/tokens.js";
import type { Caption, Removed } from "../model/article.js";
import type { ClassifiedLine } from "../model/block.js";
import { findTimestamp, type FoundTimestamp } from "../time/find-timestamp.js";
import type { Timestamp } from "../time/types.js";
import { isHeadline, type ArticleDraft } from "./draft.js";
import type { ParseContext } from "./context.js";
import { cleanBodyLines } from "./inline.js";
import { endMark, lineEnd, lineRemoved } from "./lines.js";
import { BLANK, decodeStory, OTHER, TEXT } from "./story-decoder.js";
import { lineScorer, storyModel, storyRecorder, type StoryModel, type StoryRecord, type TitleModel } from "./story-model.js";
import { titleModel } from "./title-model.js";

/**
 * Sentence punctuation ending a line: `.`, `!`, `?`, `…`, the ideographic and full-width marks
 * (`。`, `！`, `？`, `｡`), the Indic danda (`।`, `॥`, Hindi, Bengali), the Arabic question mark and
 * full stop (`؟`, `۔`) or the Ethiopic full stop (`።`), before a closing quote or bracket or not.
 * Exported for tests.
 */
export const SENTENCE_END = /[.!?…。！？｡।॥؟۔።]["”’)»]?$/u;

/**
 * `SENTENCE_END.test(text)` read from the last two code units (about half the cost of the regex;
 * {@link isParagraph} asks it of most text lines, the head and caption readers of others): the mark at the end, or right before a closing
 * `"`, `”`, `’`, `)` or `»` that ends the text. Every character of the pattern is one code unit
 * outside the surrogates, so reading code units is reading its code points. Exported for tests
 * (property-tested against {@link SENTENCE_END}).
 */
export function endsSentence(text: string): boolean {
  const c = endMark(text, true);
  if (c === 0x2e || c === 0x21 || c === 0x3f) return true;
  if (c < 0x0600) return false;
  return c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff61 || c === 0x0964 || c === 0x0965 || c === 0x061f || c === 0x06d4 || c === 0x1362;
}

/**
 * A line's word count as the story model reads it. Scripts written without spaces between words
 * (Han, kana, Thai, Lao, Myanmar, Khmer) give a whole sentence one or two space-separated words,
 * so that a Chinese or Japanese paragraph would read as a short line: each of their characters
 * counts as half a word (about the length of a word in them) on top of the spaced words. Only a
 * line whose space-separated pieces are long on average is scanned, so Latin text costs one test.
 */
export function storyWords(text: string, words: number): number {
  if (text.length < 8 * (words + 1)) return words;
  return words + (spacelessChars(text) >> 1);
}

/** How many characters of a text belong to scripts written without spaces (see {@link storyWords}). */
function spacelessChars(text: string): number {
  let spaceless = 0;
  for (let i = 0, n = text.length; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0e00) continue;
    if (c <= 0x0eff || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) spaceless++;
  }
  return spaceless;
}

/**
 * A line's length in words as the head reads it: counted as {@link storyWords} counts them, a
 * character of a space-less script as half a word, but for short lines too (a headline of twelve
 * Chinese characters is six words, not one), which the story's fast path leaves at their spaced words.
 */
function headWords(l: ClassifiedLine): number {
  return l.words + (spacelessChars(l.text) >> 1);
}

/**
 * Whether a line ends in a full stop of a script other than Latin: the ideographic and half-width
 * `。` `｡`, the Indic danda `।` `॥`, the Urdu `۔` or the Ethiopic `።` (before a closing quote or
 * bracket or not). Such a line reads as a sentence, as a line ending in `.` does; the question and
 * exclamation marks are left to the headline readers, as `?` and `!` are.
 */
function endsFullStop(text: string): boolean {
  const c = endMark(text, true);
  return c === 0x3002 || c === 0xff61 || c === 0x0964 || c === 0x0965 || c === 0x06d4 || c === 0x1362;
}
const HASHTAG_LINE = /^#?[\p{L}\p{N}_]{1,60}(?: #[\p{L}\p{N}_]{1,60}){0,20}$/u;
// A caption that ends in its credit: "… keyboard via iFixit", "… at the pier / AFP".
export const TRAILING_CREDIT = /^(.{3,300}?)\s(?:via|\/|\|)\s(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/u;
// A caption that ends in a bracketed or ©-marked credit: "… (AP Photo/Jane Doe)", "… © Reuters / Jane Doe".
export const BRACKET_CREDIT = /^(.{10,600}?)\s?(?:\(((?:AP Photo|Photo|Foto|Image|Picture|Credit|Getty Images|Reuters|AFP|EPA|Bloomberg)[^()]{0,80})\)|©\s?([\p{L}\p{N} /.&'’-]{2,60}))$/u;
const BYLINE_START = /^(?:by|par|von|por|oleh|di)\s(\p{Lu}.*)$/iu;
// A name on its own line under a headline: two to four capitalised words ("Jane Q. Doe").
const NAME_LINE = /^\p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,3}$/u;
const HANDLE_LINE = /^@[\w.]{2,30}$/u;
// The label in front of a credit line: "Photo: ", "Credit...", "Image credit: ".
const CREDIT_LABEL = /^(?:credit|photo|image|picture|photograph|foto|crédit|crédito)s?(?: credit)?\s?(?::|\.\.\.|…)\s?/iu;
// A line of hashtags only: "#ferry #harbour".
const HASHTAGS_ONLY = /^#[\p{L}\p{N}_]{1,60}(?: #[\p{L}\p{N}_]{1,60}){0,20}$/u;
// A credit standing alone under its caption: "Jane Doe / Harbour Press", "Jane Doe | Agency | Images".
const CREDIT_LINE = /^\p{Lu}[\p{L}.'’ -]{1,40}(?: ?[/|] ?[\p{L}\p{N}.'’& -]{2,40}){1,3}$/u;

/** How far above the body the headline may sit (bylines, dates, key points and captions come between). */
const TITLE_LOOKBACK = 14;
/**
 * Below this share of stop words a long line is a run of labels (a menu flattened onto one line),
 * not prose: jusText's observation, with a threshold well under its 0.30 because innerText lines
 * are whole paragraphs with names and numbers in them.
 */
const MIN_PROSE_STOP_DENSITY = 0.12;
/** How many of the first body lines may still be the story's head (a headline, its date, its byline). */
const HEAD_REACH = 4;
/** A page prints its story twice when at least this many of the story's paragraphs (and half of them) are printed more than once. */
const DOUBLED_STORY_PARAGRAPHS = 3;
/** Key points sit right under their header: at most this many lines. */
const MAX_KEY_POINTS = 8;

/** Shared state for one page: page language, and per-line features computed once per page. */
interface PageView {
  lines: ClassifiedLine[];
  inBlock: Uint8Array;
  lang: string;
  keyPoint: Uint8Array;
  /** Per line: 1 for a line that appears more than once on the page (see {@link markDuplicates}). */
  duplicate: Uint8Array;
  /** Per line: whether it reads as a paragraph (see {@link paragraph}): 0 not yet known, 1 no, 2 yes. */
  paragraph: Uint8Array;
  /** The page's {@link StampMemo}. */
  stamps: StampMemo;
  /** Per text line: its word count as the model reads it ({@link storyWords}; set by storyFeatures). */
  words: Int32Array;
  /** Per line: the model's story probability (set once the lines are scored). */
  p?: Float64Array;
  /** Inside the story's span, a line with at least this probability is body. */
  bodyThreshold?: number;
  /** Per line: 1 inside a segment the decoder chose. */
  inSpan?: Uint8Array;
  /** {@link usedInLowerCase} answers by word: the head's name tests ask about the same words again. */
  lowerUse?: Map<string, boolean>;
}

/**
 * `findTimestamp` results by line text, for one page: the head is read again when a headline
 * opens the run or a standfirst is found, and the page again when the logo header was masked
 * (3-9 µs a search). The search depends on the text and the page's options alone.
 */
export type StampMemo = Map<string, FoundTimestamp | null>;

/** `findTimestamp(text)` with the page's options, through the page's memo. */
function stampIn(view: PageView, text: string, ctx: ParseContext): FoundTimestamp | null {
  let found = view.stamps.get(text);
  if (found === undefined) {
    found = findTimestamp(text, { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder });
    view.stamps.set(text, found);
  }
  return found;
}

/** The main story's lines, as located by {@link findMainStory}. */
export interface MainStory {
  first: number;
  last: number;
  titleLine: number;
  timestampLine: number;
  timestamp: Timestamp | null;
  /** The publisher, when the stamp line glues it to the date (`Harbour Gazette11 minutes ago`). */
  source: string | null;
  bylineLine: number;
  byline: string | null;
  bodyLines: number[];
  keyPointLines: number[];
  /** A standfirst printed above the byline, kept out of the body. */
  standfirstLines: number[];
  /** Caption lines, each with its credit (from a credit line below it, or printed at its end). */
  captionLines: Array<{ line: number; text: string; credit: string | null; creditLine: number }>;
  hashtags: string[];
  hashtagLines: number[];
}

/**
 * Marks the text lines of four or more characters whose text (ignoring case) appears more than
 * once on the page: menus, teasers repeated in lists (see {@link markRepeatedIgnoringCase}).
 * @param input - The page the lines were cut from. Normalisation only turns spacing into spaces
 *   and drops byte-order marks, so a line holds an `İ` only when the page does: one scan of the
 *   page tells whether the lines need to be scanned for it.
 * @param texts - Per line: the text of a text line of four or more characters, else nothing
 *   (gathered in storyFeatures' first pass over the lines).
 * @param marks - Zeros, one per line, to write the marks into (see markRepeatedIgnoringCase).
 */
function markDuplicates(texts: ReadonlyArray<string | undefined>, input: string, marks: Uint8Array): Uint8Array {
  return markRepeatedIgnoringCase(texts, input.includes("\u0130"), marks);
}

function isDuplicate(view: PageView, l: ClassifiedLine): boolean {
  return view.duplicate[l.index] === 1;
}

/** Long lines must also read as prose: enough stop words for the page's language. */
function readsAsProse(view: PageView, l: ClassifiedLine): boolean {
  if (!STOPWORDS[view.lang] || l.words < 12) return true;
  // The first 300 characters (about 50 words) say whether a line is prose as well as all of it.
  const head = l.text.length > 300 ? l.text.slice(0, 300) : l.text;
  // The line's word count bounds the words of its head (each word of the head is all or the start
  // of one of the line's space-separated words), so the reading can stop sooner.
  return stopDensity(head, view.lang, MIN_PROSE_STOP_DENSITY, l.words) >= MIN_PROSE_STOP_DENSITY;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code unit at `i` is a letter or digit: a char-code test for ASCII, {@link WORD_CHAR} beyond. */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return WORD_CHAR.test(s[i]!);
}

/** For each character below {@link SIMPLE_LIMIT}: 1 when it is a letter or digit once lower-cased (see {@link SIMPLE_LOWER}). */
const SIMPLE_WORD = new Uint8Array(SIMPLE_LIMIT);
for (let c = 1; c < SIMPLE_LIMIT; c++) if (SIMPLE_LOWER[c] !== 0) SIMPLE_WORD[c] = WORD_CHAR.test(String.fromCharCode(SIMPLE_LOWER[c]!)) ? 1 : 0;

/** General punctuation (U+2010–U+2027: dashes, curly quotes, bullets, `…`): no case, no letters or digits. */
const PUNCTUATION_FIRST = 0x2010;
const PUNCTUATION_LAST = 0x2027;

/**
 * Share of stop words in a text. For languages whose stop words stand alone, a split on spaces
 * and a set lookup is enough (and several times cheaper than the full tokenizer); Korean particles
 * and Arabic clitics are glued to words, so those go through the tokenizer and its folding.
 *
 * Each piece between spaces, lower-cased, without the punctuation around it, is one word (loops,
 * not regexes: a trailing-run regex is quadratic). Lower-casing is per character except for final
 * sigma, whose context does not reach across a space, so a piece may be lower-cased on its own:
 * a piece of characters with a simple mapping (nearly all Latin and Cyrillic text) is read in one
 * pass, its word walked through a trie of the stop list as it goes, with no copy; any other piece
 * is lower-cased by `toLowerCase` and looked up in the set. The general punctuation of
 * {@link PUNCTUATION_FIRST}–{@link PUNCTUATION_LAST} (curly quotes, dashes, `…`) is read in the
 * first pass too: it has no case and is no letter or digit, so it is trimmed at a word's edges,
 * and a word with one inside is in no stop list (the lists fold `’` to `'`).
 *
 * With `enough`, the reading stops as soon as the share is sure to reach it whatever the rest of
 * the text holds (the words to come are at most half its characters), and the lower bound that
 * reaches it is returned: `stopDensity(t, l, x) >= x` exactly when `stopDensity(t, l) >= x`.
 * With `maxWords` as well, the words to come are also at most `maxWords` less the pieces read so
 * far, a much closer bound on short texts: a prose line of 40 words is settled once 5 of its
 * stop words are read, wherever they are.
 * Exported for tests.
 * @param enough - A share at which the answer may stop being exact (default: never).
 * @param maxWords - At least the number of non-empty pieces between spaces in `text`, e.g. its
 *   `countWords` (default: unknown). A smaller number may give a wrong answer.
 */
export function stopDensity(text: string, lang: string, enough = Infinity, maxWords = Infinity): number {
  if (lang === "ko" || lang === "ar") {
    // The tokens of wordTokens, counted as countStopWords counts them; with `enough`, the count
    // stops once the stop words read so far make that share of all the tokens.
    const tokens: string[] = [];
    pushWordTokens(text, tokens, Infinity);
    if (tokens.length === 0) return 1;
    let stops = 0;
    for (const t of tokens) {
      if (!isStopWord(t, lang)) continue;
      stops++;
      if (stops / tokens.length >= enough) return stops / tokens.length;
    }
    return stops / tokens.length;
  }
  const set = STOPWORDS[lang];
  if (!set) return 1;
  const { code, width, next, final } = stopTrie(set);
  let words = 0;
  let stops = 0;
  // Non-empty pieces read so far, with or without a letter or digit: the words to come are at
  // most `maxWords - pieces`.
  let pieces = 0;
  const n = text.length;
  for (let start = 0; start <= n; ) {
    let i = start;
    let seen = false; // a letter or digit was met: the word has started
    let node = 0; // the trie node after the characters walked so far, -1 once off the trie
    let atWordEnd = -1; // the node after the word's last letter or digit so far
    let simple = true;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x20) break;
      const k = c < SIMPLE_LIMIT ? code[c]! : -1;
      if (k < 0) {
        if (c >= PUNCTUATION_FIRST && c <= PUNCTUATION_LAST) {
          // Curly quotes, dashes, an ellipsis: not part of the word at its edges, and no stop
          // word holds one inside it.
          if (seen) node = -1;
          continue;
        }
        simple = false;
        break;
      }
      const wordChar = (k & 1) === 1;
      if (!seen) {
        if (!wordChar) continue;
        seen = true;
      }
      if (node >= 0) {
        const sym = (k >> 1) - 1;
        node = sym < 0 ? -1 : next[node * width + sym]! || -1;
      }
      if (wordChar) atWordEnd = node;
    }
    if (simple) {
      if (i > start) pieces++;
      start = i + 1;
      if (seen) {
        words++;
        if (atWordEnd > 0 && final[atWordEnd] === 1) {
          stops++;
          // The words still to come number at most half the characters left (one and a space
          // each), and at most the pieces not read yet.
          const bound = stops / (words + Math.min((n - start + 1) >> 1, maxWords - pieces));
          if (bound >= enough) return bound;
        }
      }
      continue;
    }
    let end = text.indexOf(" ", i);
    if (end < 0) end = n;
    const lower = text.slice(start, end).toLowerCase();
    let a = 0;
    let b = lower.length;
    while (a < b && !isWordChar(lower, a)) a++;
    while (b > a && !isWordChar(lower, b - 1)) b--;
    if (end > start) pieces++;
    start = end + 1;
    if (a < b) {
      words++;
      if (set.has(lower.slice(a, b))) {
        stops++;
        const bound = stops / (words + Math.min((n - start + 1) >> 1, maxWords - pieces));
        if (bound >= enough) return bound;
      }
    }
  }
  return words === 0 ? 1 : stops / words;
}

/**
 * The words of a stop list made of characters below {@link SIMPLE_LIMIT}, as a trie over the
 * characters they use: `symbol` numbers those characters from 0 (-1 for any other),
 * `next[node * width + symbol]` is a child (0 for none: the root is no one's child), `final[node]`
 * marks the end of a word. `code` reads a character below {@link SIMPLE_LIMIT} as it comes, in one
 * look-up: -1 when it needs the case tables ({@link SIMPLE_LOWER} 0), else twice one more than the
 * symbol of its lower case (0 for none), plus 1 when it is a letter or digit ({@link SIMPLE_WORD}).
 */
interface StopTrie {
  symbol: Int16Array;
  code: Int16Array;
  width: number;
  next: Uint16Array | Uint32Array;
  final: Uint8Array;
}

const TRIES = new WeakMap<ReadonlySet<string>, StopTrie>();

function stopTrie(set: ReadonlySet<string>): StopTrie {
  let trie = TRIES.get(set);
  if (trie) return trie;
  const words = [...set].filter((w) => [...w].every((ch) => ch.charCodeAt(0) < SIMPLE_LIMIT && ch.length === 1));
  const symbol = new Int16Array(SIMPLE_LIMIT).fill(-1);
  let width = 0;
  let nodes = 1;
  for (const w of words) {
    nodes += w.length;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      if (symbol[c] === -1) symbol[c] = width++;
    }
  }
  const next = nodes <= 0xffff ? new Uint16Array(nodes * width) : new Uint32Array(nodes * width);
  const final = new Uint8Array(nodes);
  let used = 1;
  for (const w of words) {
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const k = node * width + symbol[w.charCodeAt(i)]!;
      if (next[k] === 0) next[k] = used++;
      node = next[k]!;
    }
    final[node] = 1;
  }
  const code = new Int16Array(SIMPLE_LIMIT).fill(-1);
  for (let c = 0; c < SIMPLE_LIMIT; c++) {
    const lower = SIMPLE_LOWER[c]!;
    if (lower !== 0) code[c] = (symbol[lower]! + 1) * 2 + SIMPLE_WORD[c]!;
  }
  trie = { symbol, code, width, next, final };
  TRIES.set(set, trie);
  return trie;
}

/** A line that reads as a paragraph of prose: enough words, and a sentence ending unless it is long. */
export function isParagraph(line: ClassifiedLine): boolean {
  if (line.cls !== "text") return false;
  if (line.words >= 25) return true;
  return line.words >= 8 && endsSentence(line.text);
}

/**
 * An ALL-CAPS line of several words inside a story is a promo or a teaser link, not a crosshead:
 * five words or more, no lower-case letter (`\p{Ll}`), and capitals (`\p{Lu}`) making at least 60%
 * of its letters (`\p{L}`), so that only cased scripts can shout (in Korean or Arabic text a few
 * Latin capitals mean nothing).
 *
 * One pass over the code points, each read from {@link CASE_UNIT} (a surrogate pair through
 * {@link caseOfPoint}): it stops at the first lower-case letter, as a `\p{Ll}` test would, and
 * otherwise counts the letters and capitals that `text.match(/\p{L}/gu)` and `/\p{Lu}/gu` would
 * find. Lines of caseless scripts used to take two regex scans of the whole line; they now take one
 * table look-up a character. Exported for tests (see {@link isShoutingByRegex}).
 */
export function isShouting(line: ClassifiedLine): boolean {
  if (line.words < 5) return false;
  const text = line.text;
  const n = text.length;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let k = CASE_UNIT[c]!;
    if (k === 0) k = caseOfUnit(c);
    if (k === CASE_SURROGATE) {
      // A well-formed pair is one code point; a lone surrogate is no letter (as the regexes read it).
      const d = text.charCodeAt(i + 1);
      if (c >= 0xdc00 || !(d >= 0xdc00 && d <= 0xdfff)) continue;
      k = caseOfPoint(text.slice(i, i + 2));
      i++;
    }
    if (k === CASE_LOWER) return false;
    if (k === CASE_UPPER) {
      upper++;
      letters++;
    } else if (k === CASE_LETTER) letters++;
  }
  return upper > 0 && upper >= 0.6 * letters;
}

/** {@link isShouting} as its regexes define it (the reference the tests hold it to). Exported for tests. */
export function isShoutingByRegex(line: ClassifiedLine): boolean {
  if (line.words < 5 || /\p{Ll}/u.test(line.text)) return false;
  if (!/\p{Lu}/u.test(line.text)) return false;
  const letters = line.text.match(/\p{L}/gu)?.length ?? 0;
  const upper = line.text.match(/\p{Lu}/gu)?.length ?? 0;
  return upper > 0 && upper >= 0.6 * letters;
}

/** Kinds of code point for {@link isShouting} (0: not known yet): lower-case, capital, other letter, no letter, surrogate. */
const CASE_LOWER = 1;
const CASE_UPPER = 2;
const CASE_LETTER = 3;
const CASE_NONE = 4;
const CASE_SURROGATE = 5;

/**
 * For each BMP code unit, its kind (see {@link CASE_LOWER} …), 0 until it is first met: a property
 * of the character, the same for every text, filled in by {@link caseOfUnit}.
 */
const CASE_UNIT = new Uint8Array(0x10000);

const LOWER_LETTER = /^\p{Ll}$/u;
const UPPER_LETTER = /^\p{Lu}$/u;
const ANY_LETTER = /^\p{L}$/u;

/** The kind of a code point given as a string, by the property regexes. */
function caseOfPoint(point: string): number {
  if (LOWER_LETTER.test(point)) return CASE_LOWER;
  if (UPPER_LETTER.test(point)) return CASE_UPPER;
  return ANY_LETTER.test(point) ? CASE_LETTER : CASE_NONE;
}

/** Fills in {@link CASE_UNIT} for a BMP code unit (surrogates are read in pairs by the caller). */
function caseOfUnit(c: number): number {
  const k = c >= 0xd800 && c <= 0xdfff ? CASE_SURROGATE : caseOfPoint(String.fromCharCode(c));
  CASE_UNIT[c] = k;
  return k;
}

/** A paragraph of the story: {@link isParagraph}, reads as prose, not shouting. Decided once per line and page. */
function paragraph(view: PageView, l: ClassifiedLine): boolean {
  const known = view.paragraph[l.index];
  if (known !== 0) return known === 2;
  const v = isParagraph(l) && readsAsProse(view, l) && !isShouting(l);
  view.paragraph[l.index] = v ? 2 : 1;
  return v;
}

/**
 * The page's language from the tokens of its first few prose-length lines (about 60 tokens is
 * plenty): `detectLanguage` of the first 61 word tokens of those lines (of each line's first 2,000
 * characters), counted in place by a {@link LanguageTally} rather than copied out first.
 */
function pageLanguage(lines: readonly ClassifiedLine[]): string {
  const tally = new LanguageTally(60);
  let sample = "";
  for (const l of lines) {
    if (l.cls !== "text" || l.words < 12) continue;
    // Tokens are read one at a time up to the 61st, not the whole line (a line may hold 200k words).
    const text = l.text.length > 2000 ? l.text.slice(0, 2000) : l.text;
    tally.add(text);
    if (sample.length < FOREIGN_SAMPLE) sample += text.slice(0, FOREIGN_SAMPLE - sample.length);
    if (tally.full) break;
  }
  // No stop word of any list: the page's language has none (its stop density would read 0 and
  // every long line as a menu).
  if (tally.hits() === 0) return UNKNOWN_LANGUAGE;
  const lang = tally.language();
  return foreignLetters(sample, lang) ? UNKNOWN_LANGUAGE : lang;
}

/** A language with no stop list: its lines are read without stop densities. */
const UNKNOWN_LANGUAGE = "und";
/** Characters of the page's first prose-length lines read for {@link foreignLetters}. */
const FOREIGN_SAMPLE = 2000;
/**
 * Letters beyond ASCII that the Latin-script languages with a stop list write. Polish, Czech,
 * Swedish, Turkish or Vietnamese share short words with them ("a", "i", "na", "do", "to") and
 * were read as English or German: then no line of theirs had the stop words of prose.
 */
const NATIVE_LETTERS: Record<string, ReadonlySet<number>> = Object.fromEntries(
  Object.entries({ en: "", id: "", fr: "àâæçéèêëîïôœùûüÿ", de: "äöüß", it: "àèéìíîòóù", pt: "áâãàçéêíóôõú", es: "áéíñóúü" }).map(([k, v]) => [
    k,
    new Set([...v, ...v.toUpperCase()].map((c) => c.charCodeAt(0))),
  ]),
);
/** A share of letters outside the detected language's alphabet that says the page is in another language. */
const FOREIGN_SHARE = 0.02;
const LETTER = /\p{L}/u;

/** Whether the sample's letters beyond ASCII are too many, and not the detected Latin-script language's. */
function foreignLetters(sample: string, lang: string): boolean {
  const native = NATIVE_LETTERS[lang];
  if (!native) return false;
  let letters = 0;
  let foreign = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) letters++;
    } else if (native.has(c)) letters++;
    else if (LETTER.test(sample[i]!)) (letters++, foreign++);
  }
  return foreign > FOREIGN_SHARE * letters;
}

/** Names of the per-line features the story model reads, in vector order (see {@link storyFeatures}). */
export const STORY_FEATURES = [
  "text",
  "boilerplate",
  "related-header",
  "end-of-story",
  "after-end",
  "key-point",
  "duplicate",
  "paragraph",
  "paragraph-shape",
  "shouting",
  "sentence-end",
  "log-words",
  "log-chars",
  "short",
  "stop-density",
  "position",
  "stamp",
  "list-shape",
  "colon-end",
  "heading-shape",
  "chrome-kind",
  "aside-kind",
  "prev-paragraph",
  "next-paragraph",
  "prev-short",
  "next-short",
  "near-boilerplate",
  "prose-before",
  "prose-middle",
  "in-block",
  "long-not-prose",
  "under-related",
] as const;

const F = STORY_FEATURES.length;
const LIST_SHAPE = /^(?:[•·▪●◦‣∙*+–—-]\s|\d{1,3}[.)]\s|#\d)/u;
const CHROME_KINDS = new Set(["share", "follow", "ad", "navigation", "cookie", "site-chrome", "stub", "credit"]);
const ASIDE_KINDS = new Set(["related", "promo", "newsletter", "comments", "tags", "bio", "legal", "disclosure", "syndication", "gallery"]);
/** Neighbours read on each side (non-blank lines). */
const WINDOW = 3;

/** `Math.log1p` of the counts below {@link LOG1P_CACHED}, computed once each (0 until first asked: log1p(0) is 0 anyway). */
const LOG1P_CACHED = 4096;
const LOG1P = new Float64Array(LOG1P_CACHED);

/** `Math.log1p(k)` of a count `k` (the same value: small counts are looked up, not computed again). */
function log1pOf(k: number): number {
  if (k >= LOG1P_CACHED) return Math.log1p(k);
  const v = LOG1P[k]!;
  return v !== 0 || k === 0 ? v : (LOG1P[k] = Math.log1p(k));
}

/**
 * `LIST_SHAPE.test(text)`: the regex runs only on a line that opens with a character one of its
 * branches can open with (a bullet or dash, an ASCII digit, `#`), not on every line.
 */
function listShape(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80 ? !((c >= 0x30 && c <= 0x39) || c === 0x23 || c === 0x2a || c === 0x2b || c === 0x2d) : !LIST_OPENERS.has(c)) return false;
  return LIST_SHAPE.test(text);
}
/** The characters beyond ASCII that open a branch of {@link LIST_SHAPE}: bullets and dashes. */
const LIST_OPENERS: ReadonlySet<number> = new Set([..."•·▪●◦‣∙–—"].map((ch) => ch.charCodeAt(0)));

/** The per-line arrays of {@link findMainStory} and {@link storyFeatures}: views of one buffer. */
interface StoryArrays {
  /** The model's story probability. */
  p: Float64Array;
  /** The stop density of a text line's head (the feature). */
  densities: Float64Array;
  /** The line's length. */
  chars: Int32Array;
  /** The lines that matter for the story's shape, in order (see storyFeatures). */
  nonBlank: Int32Array;
  /** A line's rank among them. */
  rank: Int32Array;
  /** The decoder's kind of line ({@link BLANK}, {@link TEXT}, {@link OTHER}). */
  kind: Uint8Array;
  /** 1 for a line that ends stories. */
  stop: Uint8Array;
  /** storyFeatures' flags (see {@link FLAG_PARAGRAPH}). */
  flags: Uint8Array;
}

/** Bytes a line of the arrays of {@link findMainStory}: two doubles, four 32-bit integers (with the view's words), four bytes. */
const LINE_BYTES = 36;
/** Pages of more lines than this get a buffer of their own (see {@link storyBuffer}). */
const MAX_KEPT_LINES = 1 << 16;
let keptBuffer = new ArrayBuffer(0);

/**
 * `bytes` zeros at the start of a buffer: the same buffer from page to page (a page's arrays are
 * dropped when findMainStory returns), so that a page costs one fill rather than a dozen typed
 * arrays of its own. A page of more than {@link MAX_KEPT_LINES} lines gets its own, so one huge
 * input does not pin its memory for the life of the process.
 */
function storyBuffer(bytes: number): ArrayBuffer {
  if (bytes > LINE_BYTES * MAX_KEPT_LINES) return new ArrayBuffer(bytes);
  if (keptBuffer.byteLength < bytes) keptBuffer = new ArrayBuffer(Math.ceil(bytes / 4096) * 4096);
  else new Uint8Array(keptBuffer, 0, bytes).fill(0);
  return keptBuffer;
}

/** Per-line flags of {@link storyFeatures}' first pass, the values a line's neighbours read. */
const FLAG_PARAGRAPH = 1;
const FLAG_SHAPE = 2;
const FLAG_SHOUTING = 4;
const FLAG_ENDS = 8;
const FLAG_NOT_PROSE = 16;
const FLAG_SHORT = 32;
const FLAG_BOILERPLATE = 64;

/**
 * Scores a page's lines with the story model: writes each line's story probability into `p`,
 * from its feature row (`STORY_FEATURES.length` values; blank lines get zeros). Everything in a
 * row is what the stage already knew about a line (its class and rule, prose shape, stop words,
 * duplicates, position), plus the same read over its neighbours.
 *
 * The rows are streamed: a first pass keeps, per line, only what another line's row reads (a
 * byte of flags, the stop density, the rank among the lines that matter), and the second builds
 * each row in one buffer and scores it at once. Only training (`keep`) gets the whole matrix:
 * before, every page allocated 256 bytes a line for it (640 MB for 2.5 million one-word lines).
 * @param keep - Return the feature matrix (for the training recorder) rather than null.
 * @returns The feature rows when `keep`, else null.
 */
function storyFeatures(view: PageView, model: StoryModel, arrays: StoryArrays, keep: boolean, input: string): Float64Array | null {
  const { lines, inBlock } = view;
  const n = lines.length;
  // Neighbours and position are read over the lines that matter for the story's shape: blank
  // lines and boilerplate without a signal (a share bar, an ad label) are skipped, so inserting
  // one between two paragraphs changes no other line's features.
  const { p, densities, chars, nonBlank, rank, kind: decoderKind, stop, flags } = arrays;
  let m = 0;
  // The texts markDuplicates compares, gathered in the same pass.
  const texts = new Array<string | undefined>(n);
  const stops = Boolean(STOPWORDS[view.lang]);
  const wordsOf = view.words;
  let totalProse = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    chars[i] = l.text.length;
    // The decoder's kind (zero, BLANK, for blank lines): boilerplate without a signal (a share
    // bar, an ad label) says nothing about where the story ends, so it passes it like a blank line.
    if (l.rule?.signal === "key-points") markKeyPointsAfter(lines, i, view.keyPoint);
    if (l.cls === "blank") continue;
    if (l.cls === "text" && l.text.length >= 4) texts[i] = l.text;
    decoderKind[i] = l.cls === "boilerplate" && l.rule?.signal === undefined ? BLANK : l.cls === "text" ? TEXT : OTHER;
    if (l.cls === "boilerplate" && l.rule?.signal === "end-of-story") stop[i] = 1;
    rank[i] = m;
    let f = 0;
    let w = l.words;
    if (l.cls === "text") {
      // Each text line's shape is read once here, and its paragraph verdict settled from it (the
      // verdict `paragraph` would reach: `isParagraph`, `readsAsProse`, not `isShouting`): the stop
      // density of its head is the feature and the prose test at once, since
      // `stopDensity(t, l, x) >= x` exactly when `stopDensity(t, l) >= x`.
      const ends = endsSentence(l.text);
      w = storyWords(l.text, l.words);
      wordsOf[i] = w;
      const shape = w >= 25 || (w >= 8 && ends);
      const density = l.words >= 4 && stops ? stopDensity(l.text.length > 300 ? l.text.slice(0, 300) : l.text, view.lang) : 0;
      const notProse = stops && l.words >= 12 && density < MIN_PROSE_STOP_DENSITY;
      const shouting = isShouting(l);
      const para = shape && !notProse && !shouting;
      view.paragraph[i] = para ? 2 : 1;
      densities[i] = density;
      if (para) (f |= FLAG_PARAGRAPH), (totalProse += l.text.length);
      if (shape) f |= FLAG_SHAPE;
      if (shouting) f |= FLAG_SHOUTING;
      if (ends) f |= FLAG_ENDS;
      if (notProse) f |= FLAG_NOT_PROSE;
    } else {
      if (endsSentence(l.text)) f |= FLAG_ENDS;
      if (l.cls === "boilerplate") f |= FLAG_BOILERPLATE;
    }
    if (w <= 3) f |= FLAG_SHORT;
    flags[i] = f;
    if (l.cls === "boilerplate" && l.rule?.signal === undefined) continue;
    nonBlank[m++] = i;
  }
  // The marks come back in a new array when the page holds an `İ` (see markRepeatedIgnoringCase).
  view.duplicate = markDuplicates(texts, input, view.duplicate);
  const x = keep ? new Float64Array(n * F) : null;
  const row = x ?? new Float64Array(F);
  const score = lineScorer(model);
  // A blank line's row is all zeros: one score for all of them.
  const blankP = score(new Float64Array(F), 0);
  let afterEnd = 0;
  let underRelated = 0;
  let proseSeen = 0;
  let k = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (l.cls === "blank") {
      p[i] = blankP;
      continue;
    }
    const o = x ? i * F : 0;
    const f = flags[i]!;
    const text = l.cls === "text";
    const signal = l.rule?.signal;
    const kind = l.rule?.kind ?? "";
    const para = (f & FLAG_PARAGRAPH) !== 0;
    row[o] = text ? 1 : 0;
    row[o + 1] = l.cls === "boilerplate" ? 1 : 0;
    row[o + 2] = signal === "related-header" ? 1 : 0;
    row[o + 3] = signal === "end-of-story" ? 1 : 0;
    row[o + 4] = afterEnd;
    row[o + 5] = view.keyPoint[i] ? 1 : 0;
    row[o + 6] = text && isDuplicate(view, l) ? 1 : 0;
    row[o + 7] = para ? 1 : 0;
    row[o + 8] = f & FLAG_SHAPE ? 1 : 0;
    row[o + 9] = f & FLAG_SHOUTING ? 1 : 0;
    row[o + 10] = f & FLAG_ENDS ? 1 : 0;
    const w = text ? wordsOf[i]! : l.words;
    row[o + 11] = log1pOf(w);
    row[o + 12] = log1pOf(l.text.length);
    row[o + 13] = f & FLAG_SHORT ? 1 : 0;
    row[o + 14] = densities[i]!;
    row[o + 15] = m > 1 ? Math.min(1, rank[i]! / (m - 1)) : 0;
    row[o + 16] = l.cls === "timestamp" || l.cls === "source-timestamp" || l.cls === "source-echo" ? 1 : 0;
    row[o + 17] = listShape(l.text) ? 1 : 0;
    row[o + 18] = l.text.charCodeAt(l.text.length - 1) === 0x3a ? 1 : 0; // ends with ":"
    row[o + 19] = text && w >= 2 && w <= 14 && (f & FLAG_ENDS) === 0 ? 1 : 0;
    row[o + 20] = kind !== "" && CHROME_KINDS.has(kind) ? 1 : 0;
    row[o + 21] = kind !== "" && ASIDE_KINDS.has(kind) ? 1 : 0;
    let pp = 0;
    let np = 0;
    let ps = 0;
    let ns = 0;
    let nb = 0;
    if (k < m && nonBlank[k] === i) {
      for (let d = 1; d <= WINDOW; d++) {
        if (k - d >= 0) {
          const a = flags[nonBlank[k - d]!]!;
          pp += a & FLAG_PARAGRAPH ? 1 : 0;
          ps += a & FLAG_SHORT ? 1 : 0;
          nb += a & FLAG_BOILERPLATE ? 1 : 0;
        }
        if (k + d < m) {
          const b = flags[nonBlank[k + d]!]!;
          np += b & FLAG_PARAGRAPH ? 1 : 0;
          ns += b & FLAG_SHORT ? 1 : 0;
          nb += b & FLAG_BOILERPLATE ? 1 : 0;
        }
      }
      k++;
      row[o + 22] = pp / WINDOW;
      row[o + 23] = np / WINDOW;
      row[o + 24] = ps / WINDOW;
      row[o + 25] = ns / WINDOW;
      row[o + 26] = nb / (2 * WINDOW);
    } else {
      row[o + 22] = row[o + 23] = row[o + 24] = row[o + 25] = row[o + 26] = 0;
    }
    row[o + 27] = totalProse > 0 ? proseSeen / totalProse : 0;
    row[o + 28] = 4 * row[o + 27]! * (1 - row[o + 27]!);
    row[o + 29] = inBlock[i] ? 1 : 0;
    row[o + 30] = f & FLAG_NOT_PROSE ? 1 : 0;
    row[o + 31] = underRelated;
    p[i] = score(row, o);
    if (para) proseSeen += l.text.length;
    if (signal === "end-of-story") afterEnd = 1;
    // Under a related-articles header until prose resumes (the related box's links).
    if (signal === "related-header") underRelated = 1;
    else if (para) underRelated = 0;
  }
  return x;
}

/**
 * A paragraph of prose (see {@link paragraph}) touching the story, blank lines aside, is story
 * whatever its probability: the model learned that the first paragraphs under a head are often a
 * standfirst, but a full paragraph right under a byline is the story's opening. Widens the first
 * and the last segment over such lines; returns the new first and last line.
 */
function widenOverProse(view: PageView, inSpan: Uint8Array, a: number, b: number): [number, number] {
  const { lines, inBlock } = view;
  // Blank lines and boilerplate a rule recognised (a share bar, an ad label) say nothing about
  // where the story ends; a related-articles header or a line that ends stories does.
  const passable = (l: ClassifiedLine) => l.cls === "blank" || (l.cls === "boilerplate" && l.rule?.signal === undefined);
  for (let i = a - 1; i >= 0 && !inBlock[i]; i--) {
    const l = lines[i]!;
    if (passable(l)) continue;
    if (l.cls !== "text" || !paragraph(view, l)) break;
    inSpan[i] = 1;
    a = i;
  }
  for (let i = b + 1; i < lines.length && !inBlock[i]; i++) {
    const l = lines[i]!;
    if (passable(l)) continue;
    if (l.cls !== "text" || !paragraph(view, l)) break;
    inSpan[i] = 1;
    b = i;
  }
  return [a, b];
}

/** Marks the lines under the key-points header at `i` (consecutive text lines, no blank line between), in `marks` (one per line). */
function markKeyPointsAfter(lines: readonly ClassifiedLine[], i: number, marks: Uint8Array): void {
  for (let j = i + 1, n = 0; j < lines.length && n < MAX_KEY_POINTS; j++, n++) {
    const l = lines[j]!;
    if (l.cls !== "text" || l.words < 4) break;
    marks[j] = 1;
  }
}

/**
 * Locates the main story among the lines that belong to no story block: the best-scoring run of
 * lines (a maximum-sum subarray, as in boilerpipe's densest-block idea), cut at lines whose rules
 * close a story (comment widgets, tag lists, copyright), then the headline, date, byline and key
 * points above it.
 * @param stamps - Timestamp searches already made on this page (see {@link StampMemo}); filled in.
 * @param scratch - Memory for the per-line arrays of the page view: three bytes a line, any content
 *   (it is cleared here). The caller's, so that a page's arrays share one buffer (see `assemble`).
 * @returns the story's lines, or `null` when nothing on the page reads as a story
 */
export function findMainStory(
  lines: ClassifiedLine[],
  inBlock: Uint8Array,
  ctx: ParseContext,
  stamps: StampMemo = new Map(),
  scratch: Uint8Array = new Uint8Array(3 * lines.length),
): MainStory | null {
  const n = lines.length;
  scratch.fill(0, 0, 3 * n);
  const view: PageView = {
    stamps,
    lines,
    inBlock,
    lang: pageLanguage(lines),
    // Both marked in storyFeatures' first pass over the lines (see markKeyPointsAfter, markDuplicates).
    keyPoint: scratch.subarray(0, n),
    duplicate: scratch.subarray(n, 2 * n),
    paragraph: scratch.subarray(2 * n, 3 * n),
    words: new Int32Array(0),
  };

  // Score every line with the learned model, then decode the story's lines as a whole (see
  // story-decoder.ts): the path through before / in / after the story with the largest sum of
  // `chars × (p − span)`, re-entering costing `gap`. Lines owned by another story block are walls.
  const model = storyModel();
  const record = storyRecorder();
  // The per-line arrays of this call share one zeroed buffer (see storyBuffer); training keeps
  // what it records, so it gets a new one.
  const mem = record ? new ArrayBuffer(LINE_BYTES * n) : storyBuffer(LINE_BYTES * n);
  const arrays: StoryArrays = {
    p: new Float64Array(mem, 0, n),
    densities: new Float64Array(mem, 8 * n, n),
    chars: new Int32Array(mem, 16 * n, n),
    nonBlank: new Int32Array(mem, 20 * n, n),
    rank: new Int32Array(mem, 24 * n, n),
    kind: new Uint8Array(mem, 32 * n, n),
    stop: new Uint8Array(mem, 33 * n, n),
    flags: new Uint8Array(mem, 34 * n, n),
  };
  view.words = new Int32Array(mem, 28 * n, n);
  const inSpan = new Uint8Array(mem, 35 * n, n);
  const { p, chars, kind, stop } = arrays;
  const x = storyFeatures(view, model, arrays, record !== null, ctx.input);
  let fallback = -1;
  if (record) record({ texts: lines.map((l) => l.text), x: x!, chars });
  view.p = p;
  view.bodyThreshold = model.body;
  view.inSpan = inSpan;
  let [bestA, bestB] = decodeStory(kind, inBlock, chars, p, model.span, model.body, model.gap ?? Infinity, inSpan, stop);
  if (bestA < 0) {
    // No line clears the entry price: the likeliest line of prose still makes the story, so a page
    // with any prose never comes back empty, in any script. Prose: a paragraph (see storyFeatures:
    // words of space-less scripts counted by storyWords), or a sentence of 40 characters or 8
    // words or more; failing those, a long unpunctuated line that reads as prose (10 words, and 50
    // characters unless a space-less script makes the words; the stop words of prose where the
    // page's language has a list: Thai writes no full stops). A headline alone is not prose: a page of titles and stamps is a listing, and
    // inventing a main story there would swallow an item.
    let loose = -1;
    for (let i = 0; i < n; i++) {
      if (inBlock[i] || kind[i] !== TEXT) continue;
      const l = lines[i]!;
      const w = view.words[i]!;
      if (view.paragraph[i] === 2 || (endsSentence(l.text) && (l.text.length >= 40 || w >= 8))) {
        if (fallback < 0 || p[i]! * chars[i]! > p[fallback]! * chars[fallback]!) fallback = i;
      } else if (fallback < 0 && w >= 10 && (l.text.length >= 50 || w > l.words) && !isShouting(l) && readsAsProse(view, l)) {
        if (loose < 0 || p[i]! * chars[i]! > p[loose]! * chars[loose]!) loose = i;
      }
    }
    if (fallback < 0) fallback = loose;
    if (fallback >= 0) {
      bestA = bestB = fallback;
      inSpan[fallback] = 1;
    }
  }
  if (bestA >= 0) [bestA, bestB] = widenOverProse(view, inSpan, bestA, bestB);
  if (bestA < 0) {
    ctx.messages.push({ code: "no_main_story", severity: "warning", message: "no line on the page reads as a story paragraph" });
    return null;
  }

  const selected = selectBody(view, bestA, bestB);
  // The span's edges are trimmed to its body: a headline or a date line at the top of the span
  // is head, read by findHead from above the first body line.
  if (selected.body.length > 0 || selected.captions.length > 0) {
    let lo = Infinity;
    let hi = -1;
    for (const j of selected.body) (lo = Math.min(lo, j)), (hi = Math.max(hi, j));
    for (const c of selected.captions) (lo = Math.min(lo, c.line)), (hi = Math.max(hi, c.line));
    bestA = lo;
    bestB = hi;
  }
  // A date or byline line among the first body lines closes the story's head: what comes
  // before it (a headline, a section label) is head, read by findHead from above the body.
  let headEnd = -1;
  for (let k = 0; k < Math.min(HEAD_REACH, selected.body.length - 1); k++) {
    const j = selected.body[k]!;
    const l = lines[j]!;
    if (l.cls === "timestamp" || (l.cls === "text" && headWords(l) <= 16 && (BYLINE_START.test(l.text) || stampIn(view, l.text, ctx)?.before === ""))) headEnd = k;
  }
  // The story opens with a sentence: short unpunctuated lines at its top (a headline, a kicker)
  // are head too.
  while (headEnd + 2 < Math.min(HEAD_REACH, selected.body.length)) {
    const l = lines[selected.body[headEnd + 1]!]!;
    if (l.cls !== "text" || headWords(l) > 14 || l.text.length >= 120 || endsSentence(l.text)) break;
    headEnd++;
  }
  if (headEnd >= 0) {
    selected.body.splice(0, headEnd + 1);
    bestA = Math.min(selected.body[0]!, ...selected.captions.map((c) => c.line).filter((c) => c > bestA));
  }
  const head = findHead(view, bestA, ctx);
  if (head.bylineLine < 0 || head.timestampLine < 0) readWideHead(view, bestA, head, ctx);
  const ranker = titleModel();
  // The ranker's choice is used only where the head rules found a headline (below), so it runs
  // only there, or when training records the candidates.
  if ((ranker && head.titleLine >= 0) || record) {
    const t = rankTitle(view, bestA, bestB, head, ranker ?? undefined, record, ctx, headlineOpening(view, selected.body));
    // The ranker chooses among headlines the head rules saw: a page where they found none (a
    // listing, a digest) keeps none, and the head's other rules (a "?" headline opening the
    // run) still read its strength from the head rules.
    if (t >= 0 && head.titleLine >= 0 && t !== head.titleLine) {
      head.titleLine = t;
      if (t >= bestA) {
        // A headline the body had kept: what is above it goes, and so does the head it had read
        // from above the body; its own byline and date lines, under it, are head.
        selected.body.splice(0, selected.body.indexOf(t) + 1);
        head.strong = true;
        head.timestampLine = -1;
        head.timestamp = null;
        head.bylineLine = -1;
        head.byline = null;
        while (selected.body.length > 1) {
          const j = selected.body[0]!;
          const kind = headLineKind(view, j, ctx);
          if (kind !== HEAD_META && kind !== HEAD_NAME) break;
          readHeadLine(view, j, head, ctx);
          if (kind === HEAD_NAME && head.bylineLine < 0) {
            head.bylineLine = j;
            head.byline = lines[j]!.text;
            head.weakByline = true;
          }
          selected.body.shift();
        }
        bestA = selected.body[0] ?? bestA;
      }
    }
  }
  // An update stamp is not the publication date when the head prints another date: the nearest
  // non-update stamp below the headline (or above the body, when there is no headline) wins.
  if (head.timestampLine >= 0 && UPDATED.test(lines[head.timestampLine]!.text)) {
    const from = head.titleLine >= 0 && head.titleLine < bestA ? head.titleLine + 1 : Math.max(0, bestA - WIDE_HEAD_LOOKBACK);
    for (let j = from; j < bestA; j++) {
      const l = lines[j]!;
      if (j === head.timestampLine || inBlock[j] || l.cls === "blank" || l.words > 16 || UPDATED.test(l.text)) continue;
      const stamp = l.cls === "timestamp" || l.cls === "source-timestamp" ? l.timestamp && publicationStamp(view, l.text, l.timestamp, ctx) : l.cls === "text" ? (stampIn(view, l.text, ctx)?.timestamp ?? null) : null;
      if (stamp && stamp.kind === "absolute" && stamp.precision !== "year" && stamp.precision !== "month") {
        head.timestampLine = j;
        head.timestamp = stamp;
        break;
      }
    }
  }
  // The ranker may pick a headline above the one the head rules read from: a labelled byline
  // ("By …", "Written by …", "Author: …") between it and the body is the story's.
  // A labelled byline wins over a bare name guessed from its shape; the body's first line may be
  // one the body kept for its length (`By Jane Doe, CFP – Updated … | Fact-checked by John Roe`).
  if (head.titleLine >= 0 && (head.bylineLine < head.titleLine || head.weakByline || (head.bylineLine > head.titleLine && !BYLINE_START.test(lines[head.bylineLine]!.text)))) {
    for (let j = head.titleLine + 1; j <= bestA && j < lines.length; j++) {
      const named = labelledAt(view, j, bestA, ctx);
      if (named !== null) {
        head.bylineLine = named.line;
        head.byline = named.name;
        head.weakByline = false;
        break;
      }
    }
  }
  if (head.titleLine >= 0 && head.titleLine < bestA && (head.bylineLine < head.titleLine || head.weakByline)) {
    const named = headName(view, head.titleLine, bestA, ctx);
    // A name read from its slot alone yields to an author box naming someone.
    const box = named?.slot ? authorBox(view, bestB) : null;
    if (box) {
      head.bylineLine = box.line;
      head.byline = box.name;
      head.weakByline = false;
    } else if (named) {
      head.bylineLine = named.line;
      head.byline = named.name;
      head.weakByline = false;
    } else if (head.weakByline && head.byline !== null && !(isPersonName(view, head.byline) && nameInPlace(view, head.bylineLine, head.titleLine, ctx))) {
      // A bare line guessed as a name that reads as a label ("Our Clients", "Key Highlights").
      head.bylineLine = -1;
      head.byline = null;
      head.weakByline = false;
    }
  }
  if (head.titleLine >= 0 && head.titleLine < bestA && head.timestampLine <= head.titleLine) headDate(view, head, bestA, ctx);
  else if (head.titleLine >= 0 && head.timestampLine > head.titleLine + 1) nearerHeadDate(view, head, ctx);
  if (head.titleLine >= 0 && head.bylineLine <= head.titleLine) head.bylineAbove = bylineAbove(view, head.titleLine, ctx);
  if (head.titleLine >= 0 && head.bylineLine <= head.titleLine && !head.bylineAbove) {
    const box = authorBox(view, bestB);
    if (box) {
      head.bylineLine = box.line;
      head.byline = box.name;
      head.weakByline = false;
    }
  }
  let bodyLines = selected.body;
  const opening = bodyLines[0] !== undefined ? lines[bodyLines[0]]! : null;
  if (opening && bodyLines.length > 1 && headWords(opening) <= 20 && EXCLAIMED.test(opening.text) && (!head.strong || headMetaAfter(view, bodyLines[0]!, ctx))) {
    // A headline that ends in "!" or "?" reads as a sentence and opens the run; with no better
    // headline above (or when its own date or byline follows it, the shape of a story's head),
    // it is the title, and the date or byline under it belongs to the head.
    head.titleLine = bodyLines.shift()!;
    // Its date or meta line may have joined the run as a short line: it belongs to the head.
    const meta = bodyLines[0]!;
    let next = head.titleLine + 1;
    while (next < meta && lines[next]!.cls === "blank") next++;
    if (next === meta && lines[meta]!.cls === "text" && headMetaAfter(view, head.titleLine, ctx)) {
      readHeadLine(view, meta, head, ctx);
      if ((head.timestampLine === meta || head.bylineLine === meta) && bodyLines.length > 1) bodyLines.shift();
    }
    for (let j = head.titleLine + 1; j < bodyLines[0]!; j++) readHeadLine(view, j, head, ctx);
  }
  // A page of story blocks (a digest, a roundup) may have no main story; any other page has one.
  const storyBlocks = inBlock.includes(1);
  if (bodyLines.length === 0) {
    // Nothing in the span passed as body (duplicates, captions, weak lines): its text lines are
    // the body all the same, so that a page with prose always has a story to show.
    const span: number[] = [];
    const seen = new Set<string>();
    for (let j = bestA; j <= bestB; j++) {
      const l = lines[j]!;
      // A text printed twice is taken once.
      if (l.cls !== "text" || j === head.titleLine || view.keyPoint[j] || seen.has(l.text)) continue;
      seen.add(l.text);
      span.push(j);
    }
    if (span.length > bodyLines.length) bodyLines = span;
  }
  let first = head.titleLine;
  if (first < 0) {
    // No headline above the body: the first body line stands in as the title.
    first = bodyLines.length > 1 || storyBlocks ? (bodyLines.shift() ?? -1) : (bodyLines[0] ?? -1);
    if (first < 0 || (storyBlocks && bodyLines.length === 0)) {
      ctx.messages.push({ code: "no_main_story", severity: "warning", message: "the only story-like line has no headline and no body" });
      return null;
    }
  }
  const title = lines[first]!;
  // The headline repeated inside the body (a print headline, a gallery title) is not body text.
  // (Unless the title is all the story there is: a one-line page is its own headline and body.)
  const withoutTitle = bodyLines.filter((j) => lines[j]!.text !== title.text);
  if (withoutTitle.length > 0) bodyLines = withoutTitle;
  const standfirst = findStandfirst(lines, bodyLines, bestA);
  if (standfirst.length > 0) {
    bodyLines = bodyLines.filter((j) => !standfirst.includes(j));
    // The byline or date that followed the standfirst sits inside the run: read it from there.
    const bodyStart = bodyLines[0] ?? bestB;
    for (let j = bestA; j < bodyStart; j++) if (!standfirst.includes(j) || lines[j]!.words <= 16) readHeadLine(view, j, head, ctx);
  }
  // The list may start inside the body (its first entries read as story) and run on below it:
  // read it from its first entry.
  let listFrom = bodyLines.length;
  while (listFrom > 0 && NUMBERED.test(lines[bodyLines[listFrom - 1]!]!.text)) listFrom--;
  const listStart = listFrom < bodyLines.length ? bodyLines[listFrom]! - 1 : bestB;
  const list = numberedListAfter(lines, listStart, inBlock).filter((j) => j > bestB);
  if (list.length > 0) {
    bodyLines.push(...list);
    bestB = list[list.length - 1]!;
  }
  const keyPointLines: number[] = [];
  for (let j = first + 1; j < bestB; j++) if (view.keyPoint[j]) keyPointLines.push(j);
  bodyLines = bodyLines.filter((j) => !view.keyPoint[j]);
  const { hashtags, hashtagLines } = collectHashtags(lines, bestB + 1);
  return {
    first,
    last: bestB + 1,
    titleLine: first,
    timestampLine: head.timestampLine > first ? head.timestampLine : -1,
    timestamp: pageOrder(head.timestampLine > first ? head.timestamp : first === head.titleLine ? (head.stampAbove ?? null) : null, ctx),
    source:
      head.timestampLine > first && lines[head.timestampLine]!.cls === "source-timestamp" && head.bylineLine !== head.timestampLine
        ? lines[head.timestampLine]!.source
        : null,
    bylineLine: head.bylineLine > first ? head.bylineLine : -1,
    byline: head.bylineLine > first ? head.byline : first === head.titleLine ? (head.bylineAbove ?? null) : null,
    bodyLines,
    keyPointLines,
    standfirstLines: standfirst,
    captionLines: selected.captions,
    hashtags,
    hashtagLines,
  };
}

interface Head {
  /** Whether the headline is a line of four or more words found above the body. */
  strong: boolean;
  titleLine: number;
  timestampLine: number;
  timestamp: Timestamp | null;
  bylineLine: number;
  byline: string | null;
  /** The byline is a bare name guessed from its shape: a `By …` line met later replaces it. */
  weakByline: boolean;
  /**
   * A date printed off the head's lines, used when the head under the headline has none: right
   * above the headline (a dated kicker), or opening the body's first line.
   */
  stampAbove?: Timestamp | null;
  /** A byline printed right above the headline, used when the head under it has none. */
  bylineAbove?: string | null;
}

// The full-width marks (`！`, `？`) and the Arabic `؟` ask and exclaim as `!` and `?` do.
const EXCLAIMED = /[!?！？؟]["”’)»」』]?$/u;

/**
 * Whether the line after `i` (blank lines aside) is a story's head meta: a stamp, a byline, or a
 * short line that opens with a date (`October 12, 2018/0 Comments/in News /by admin`).
 */
function headMetaAfter(view: PageView, i: number, ctx: ParseContext): boolean {
  const { lines } = view;
  let j = i + 1;
  while (j < lines.length && lines[j]!.cls === "blank") j++;
  const l = lines[j];
  if (l === undefined) return false;
  if (l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "boilerplate" && l.rule?.kind === "byline")) return true;
  if (l.cls !== "text" || headWords(l) > 16) return false;
  if (BYLINE_START.test(l.text)) return true;
  const found = stampIn(view, l.text, ctx);
  return found !== null && found.before === "";
}

/** Takes a date or byline from one line between a headline and its body, when the head has none yet. */
function readHeadLine(view: PageView, j: number, head: Head, ctx: ParseContext): void {
  const l = view.lines[j]!;
  if (l.cls === "timestamp" || l.cls === "source-timestamp") {
    if (head.timestampLine < 0) {
      head.timestampLine = j;
      head.timestamp = l.timestamp && publicationStamp(view, l.text, l.timestamp, ctx);
    }
    // "By Jane Doe November 19, 2019": what is glued to the date is a byline, not a publisher.
    const byline = l.source !== null ? BYLINE_START.exec(l.source) : null;
    if (byline && (head.bylineLine < 0 || head.weakByline)) {
      head.bylineLine = j;
      head.byline = byline[1]!.trim();
      head.weakByline = false;
    }
    return;
  }
  if (headWords(l) > 16 || (l.cls !== "text" && l.rule?.kind !== "byline")) return;
  // "By Jane Doe November 19, 2019, 07:47 PM EST": a byline and a date can share a line.
  const found = stampIn(view, l.text, ctx);
  const byline = BYLINE_START.exec(found && found.after === "" ? found.before : l.text);
  if (byline && (head.bylineLine < 0 || head.weakByline)) {
    head.bylineLine = j;
    head.byline = byline[1]!.trim();
    head.weakByline = false;
  }
  if (found && head.timestampLine < 0) {
    head.timestampLine = j;
    head.timestamp = publicationStamp(view, l.text, found.timestamp, ctx);
  }
}

/**
 * Reads the lines above the body, nearest first: the first date met dates the story (a stamp
 * alone, or a dateline such as `Monday November 18, 2019 7:45 am PST by Jane Doe`); a `By …`
 * line or a bare name is the byline; the headline is the nearest line that reads as one, with
 * four or more words preferred over shorter ones (a two-word line under a headline is usually a name).
 */
function findHead(view: PageView, bodyStart: number, ctx: ParseContext): Head {
  const { lines, inBlock } = view;
  const head: Head = { strong: false, titleLine: -1, timestampLine: -1, timestamp: null, bylineLine: -1, byline: null, weakByline: false };
  let shortCandidate = -1;
  const doubled = doubledHeadline(view, bodyStart);
  if (doubled === bodyStart) {
    // The run opens with the headline's second copy: what follows it is the head (read from the run).
    head.titleLine = doubled;
    head.strong = true;
    return head;
  }
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - TITLE_LOOKBACK; i--) {
    const line = lines[i]!;
    if (inBlock[i]) break;
    if (i === doubled) {
      // The headline printed twice (the page's title and its heading): whatever it ends with.
      head.titleLine = i;
      head.strong = true;
      break;
    }
    if (line.cls === "timestamp" || line.cls === "source-timestamp") {
      if (head.timestampLine < 0) {
        head.timestampLine = i;
        head.timestamp = line.timestamp && publicationStamp(view, line.text, line.timestamp, ctx);
      }
      continue;
    }
    if (line.cls === "boilerplate") {
      if (line.rule?.kind === "byline") {
        // "By Jane Doe | May 19, 2024", "Posted by Jane Doe on Tuesday, August 29, 2023": the
        // byline's date dates the story, and the name stops before it.
        const dated = head.timestampLine < 0 ? bylineDate(view, line.text, ctx) : null;
        if (dated) {
          head.timestampLine = i;
          head.timestamp = dated.timestamp;
        }
        const m = head.bylineLine < 0 ? BYLINE_START.exec(dated ? dated.before : line.text) : null;
        if (m) {
          head.bylineLine = i;
          head.byline = m[1]!.trim();
        }
      }
      continue;
    }
    if (line.cls !== "text" || view.keyPoint[i]) continue;
    // Words as the story counts them: a Chinese headline is one space-separated word.
    const words = headWords(line);
    if (words <= 16) {
      const found = stampIn(view, line.text, ctx);
      if (found) {
        // A dateline: the stamp dates the story; the line is not the headline.
        if (head.timestampLine < 0) {
          head.timestampLine = i;
          head.timestamp = publicationStamp(view, line.text, found.timestamp, ctx);
        }
        continue;
      }
    }
    const byline = BYLINE_START.exec(line.text);
    if (byline && words <= 12) {
      // "By Jane Doe on 19 Dec 2025": the date the time finder leaves after a leading "By".
      const dated = head.bylineLine < 0 || head.timestampLine < 0 ? bylineDate(view, line.text, ctx) : null;
      if (dated && head.timestampLine < 0) {
        head.timestampLine = i;
        head.timestamp = dated.timestamp;
      }
      if (head.bylineLine < 0) {
        head.bylineLine = i;
        head.byline = ((dated && BYLINE_START.exec(dated.before)) ?? byline)[1]!.trim();
      }
      continue;
    }
    if (HANDLE_LINE.test(line.text)) continue;
    // A label ("Publish date:") or a sentence is not a headline, unless it ends in "!" or "?"
    // and its date or byline follows it: the shape of a story's head.
    const exclaimed = words <= 20 && EXCLAIMED.test(line.text) && headMetaAfter(view, i, ctx);
    if (!exclaimed && (endsSentence(line.text) || line.text.endsWith(":") || !isHeadline(line))) continue;
    // Below a doubled headline, lines are standfirsts, captions or labels, not the headline.
    if (doubled >= 0) continue;
    if (words >= 4) {
      head.titleLine = i;
      head.strong = true;
      break;
    }
    if (NAME_LINE.test(line.text) && head.bylineLine < 0 && head.titleLine < 0 && shortCandidate < 0 && i > bodyStart - 5) {
      head.bylineLine = i;
      head.byline = line.text;
      head.weakByline = true;
      continue;
    }
    if (shortCandidate < 0 && words >= 2 && !isDuplicate(view, line)) shortCandidate = i;
  }
  if (head.titleLine < 0) head.titleLine = shortCandidate;
  if (head.titleLine < 0) {
    // Fall back to a one-word headline right above the body.
    for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - 3; i--) {
      const line = lines[i]!;
      if (inBlock[i]) break;
      if (line.cls === "text" && !isDuplicate(view, line) && !endsSentence(line.text) && i !== head.bylineLine) {
        head.titleLine = i;
        break;
      }
    }
  }
  return head;
}

/** Names of the features of a title candidate (see {@link rankTitle}). */
export const TITLE_FEATURES = [
  "head-title",
  "log-words",
  "log-distance",
  "duplicate",
  "meta-below",
  "sentence-end",
  "colon-end",
  "shouting",
  "capitalised",
  "separator",
  "body-overlap",
  "story-p",
  "boilerplate",
  "position",
  "one-or-two-words",
  "doubled",
  "body-topic",
  "candidate-rank",
  "page-repeat",
  "headline-shape",
  "log-chars",
  "meta-near",
  "name-near",
  "breadcrumb",
  "crumb-above",
  "heading-below",
  "prose-below",
  "in-body",
  "body-repeat",
  "doc-title",
  "heading-above",
  "longer-below",
  "past-block",
  "short-neighbours",
  "question",
  "inner-colon",
  "ends-with-other",
  "words-above",
] as const;
const TF = TITLE_FEATURES.length;
/**
 * Boilerplate a rule names as a notice, a promo or legal text (a paywall notice under the
 * headline, say), or a line learned as the site's template (printed on most of its pages, so no
 * one page's headline): never a headline.
 */
const NOT_HEADLINE_KINDS = new Set(["paywall", "promo", "legal", "template"]);
/** How far above the body title candidates are looked for. */
const TITLE_WINDOW = 60;
const SITE_SEPARATOR = / [|–—-] | [|–—-]$|^[|–—-] /u;
// A separator after a space anywhere on a line (" |", " -", " –", " —"): one scan, where four
// `includes` were four.
const SPACED_SEPARATOR = / [|–—-]/u;
/** The longest title candidate, in UTF-16 units. */
const TITLE_MAX_CHARS = 300;
/** Size of the word filters of {@link rankTitle} (see {@link wordKey}). */
const WORD_FILTER_SIZE = 64 * 256;

/**
 * A word's slot in a word filter: its length as printed (capped) and its first code unit
 * lower-cased, folded to a byte. A filter, not a test: the words that pass are compared exactly.
 * (A word whose lower case has another length, `İ` → `i̇`, could be told apart from an equal one;
 * no page of the corpora has one.)
 */
function wordKey(t: string, a: number, b: number): number {
  if (a >= b) return 0;
  let c = t.charCodeAt(a);
  if (c >= 0x41 && c <= 0x5a) c |= 0x20;
  else if (c >= 0x80) c = lowerUnit(c);
  return (Math.min(b - a, 63) << 8) | (c & 255);
}

/** Lower-case code units of non-ASCII units, filled as they are met (0 = not yet asked). */
const LOWER_UNIT = new Uint16Array(0x10000);
function lowerUnit(c: number): number {
  let v = LOWER_UNIT[c]!;
  if (v === 0) {
    v = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    LOWER_UNIT[c] = v;
  }
  return v;
}

/** How much of the story the topic feature reads. */
const TOPIC_CHARS = 20000;
/** How much of the body's opening the overlap feature reads. */
const OPENING_CHARS = 3000;
/**
 * Characters read past a cap within the line that crosses it: the words of a long line are read
 * a little beyond the cap (as when the cap was checked per line), but never a whole line of megabytes.
 */
const LINE_READ_SLACK = 20000;
/** A word without the punctuation at its edges (`"story,"` → `story`); a scan, not a regex, so it stays linear. */
function stripPunctuation(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && !isWordChar(w, a)) a++;
  while (b > a && !isWordChar(w, b - 1)) b--;
  return a === 0 && b === w.length ? w : w.slice(a, b);
}

/**
 * Picks the headline among the lines above the body with the learned title ranker: each
 * candidate (a line of one to 30 words within {@link TITLE_WINDOW} lines above the body) is
 * scored by a logistic model over its shape, its distance from the body, whether a date or byline
 * sits under it, whether it is printed twice, and how many of its words the body's opening uses.
 * @returns the chosen line, or -1 when there is no candidate
 */
function rankTitle(
  view: PageView,
  bodyStart: number,
  bodyEnd: number,
  head: Head,
  m: TitleModel | undefined,
  record: ((r: StoryRecord) => void) | null,
  ctx: ParseContext,
  openingLines: readonly number[],
): number {
  const { lines, inBlock } = view;
  const cands: number[] = [];
  // Candidates past another story block (a teaser the layouts read between headline and body):
  // from this index up, each is marked as such.
  let pastBlock = -1;
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - TITLE_WINDOW; i--) {
    if (inBlock[i]) {
      if (pastBlock < 0) pastBlock = cands.length;
      continue;
    }
    const l = lines[i]!;
    if (l.cls === "blank" || l.text.length > TITLE_MAX_CHARS) continue;
    // Words counted as the story counts them: a Chinese or Japanese paragraph is one
    // space-separated "word", and would otherwise pass for a one-word headline.
    const w = headWords(l);
    if (w < 1 || w > 30) continue;
    // Page chrome (a share bar, a credit, navigation) and text a rule names as closing a story (a
    // copyright line, a comment widget) are never the story's headline.
    if (l.cls === "boilerplate" && (l.rule?.signal === "end-of-story" || CHROME_KINDS.has(l.rule?.kind ?? "") || NOT_HEADLINE_KINDS.has(l.rule?.kind ?? ""))) continue;
    cands.push(i);
  }
  // The body's first lines when they read as a headline (a long one, or one ending in "?", that
  // the body kept): appended, so that the other candidates keep their rank.
  for (const i of openingLines) cands.push(i);
  if (cands.length === 0) return -1;
  // The candidates' long words, lower-cased (for the overlap feature) and without their edge
  // punctuation (for the topic feature): the body is then searched for these few words only, rather
  // than every body word being put in a set (the same answers, a fraction of the hashing).
  const wanted = new Set<string>();
  const wantedBare = new Set<string>();
  // Length and first code unit of the wanted words: most body words fail this test, and are then
  // neither sliced nor hashed.
  const maybe = new Uint8Array(WORD_FILTER_SIZE);
  const maybeBare = new Uint8Array(WORD_FILTER_SIZE);
  for (const i of cands) {
    for (const w of lines[i]!.text.split(" ")) {
      if (w.length < 4) continue;
      const lw = w.toLowerCase();
      wanted.add(lw);
      maybe[wordKey(w, 0, w.length)] = 1;
      wantedBare.add(stripPunctuation(lw));
      let x = 0;
      let y = w.length;
      while (x < y && !isWordChar(w, x)) x++;
      while (y > x && !isWordChar(w, y - 1)) y--;
      maybeBare[wordKey(w, x, y)] = 1;
    }
  }
  // The body's opening words, lower-cased, for the overlap feature.
  const opening = new Set<string>();
  for (let i = bodyStart, c = 0; i < lines.length && c < OPENING_CHARS; i++) {
    const l = lines[i]!;
    if (l.cls !== "text") continue;
    const t = l.text;
    // The cap holds within a line too (a story flattened onto one line is megabytes long).
    const stop = Math.min(t.length, OPENING_CHARS - c + LINE_READ_SLACK);
    c += t.length;
    for (let a = 0; a <= stop; ) {
      let b = t.indexOf(" ", a);
      if (b < 0) b = t.length;
      if (b - a >= 4 && maybe[wordKey(t, a, b)] === 1) {
        const w = t.slice(a, b).toLowerCase();
        if (wanted.has(w)) opening.add(w);
      }
      a = b + 1;
    }
  }
  // The story's words, for the topic feature: a headline names what the body is about.
  const topic = new Set<string>();
  for (let i = bodyStart, c = 0; i <= bodyEnd && i < lines.length && c < TOPIC_CHARS; i++) {
    const l = lines[i]!;
    if (l.cls !== "text") continue;
    const t = l.text;
    const stop = Math.min(t.length, TOPIC_CHARS - c + LINE_READ_SLACK);
    c += t.length;
    for (let a = 0; a <= stop; ) {
      let b = t.indexOf(" ", a);
      if (b < 0) b = t.length;
      if (b - a >= 4) {
        // The word without its edge punctuation, read in place for the filter; only a word that
        // passes it is lower-cased and stripped as the candidates' words were.
        let x = a;
        let y = b;
        while (x < y && !isWordChar(t, x)) x++;
        while (y > x && !isWordChar(t, y - 1)) y--;
        if (maybeBare[wordKey(t, x, y)] === 1) {
          const bare = stripPunctuation(t.slice(a, b).toLowerCase());
          if (wantedBare.has(bare)) topic.add(bare);
        }
      }
      a = b + 1;
    }
  }
  // How often each candidate is printed on the page (case-blind), a "Title | Site" line counting
  // for its title: pages repeat their headline (the document title, a breadcrumb, a share text).
  // Only the candidates' texts are counted: a line longer than every candidate and without a
  // separator (" |", " -", " –", " —") can match none, and is not even lower-cased.
  const printed = new Map<string, number>();
  // Per candidate text: printed again as a line of the body (a section heading the page also
  // lists above the story, in a table of contents), and printed as the head of a document-title
  // string elsewhere ("Title | Site", "Site – Title").
  const inBodyAgain = new Set<string>();
  const docTitle = new Set<string>();
  // The lengths of the candidates, as printed and lower-cased (`İ` lower-cases to two units): a
  // line of another length without a separator can equal none, and is not even lower-cased.
  const lengths = new Uint8Array(TITLE_MAX_CHARS + 2);
  for (const i of cands) {
    const s = lines[i]!.text;
    const k = s.toLowerCase();
    printed.set(k, 0);
    lengths[Math.min(s.length, TITLE_MAX_CHARS + 1)] = 1;
    lengths[Math.min(k.length, TITLE_MAX_CHARS + 1)] = 1;
  }
  for (let q = 0; q < lines.length; q++) {
    const l = lines[q]!;
    if (l.cls === "blank" || l.words > 30) continue;
    const s = l.text;
    const separated = SPACED_SEPARATOR.test(s);
    if (!separated && (s.length > TITLE_MAX_CHARS || lengths[s.length] === 0)) continue;
    const t = s.toLowerCase();
    const n = printed.get(t);
    if (n !== undefined) {
      printed.set(t, n + 1);
      if (q >= bodyStart && q <= bodyEnd) inBodyAgain.add(t);
    }
    if (!separated) continue;
    const cut = SITE_SEPARATOR.exec(t);
    if (cut && cut.index > 0) {
      const lead = t.slice(0, cut.index);
      const m = printed.get(lead);
      if (m !== undefined) {
        printed.set(lead, m + 1);
        docTitle.add(lead);
      }
      const last = lastSeparator(t);
      if (last >= 0) {
        const tail = t.slice(last);
        if (printed.has(tail)) docTitle.add(tail);
      }
    }
  }
  // Position on the page counted in text lines, so that chrome inserted anywhere moves nothing.
  const textBefore = new Int32Array(lines.length);
  let textTotal = 0;
  for (let i = 0; i < lines.length; i++) {
    textBefore[i] = textTotal;
    if (lines[i]!.cls === "text") textTotal++;
  }
  const doubled = doubledHeadline(view, bodyStart);
  // Per line from the highest candidate to a few lines into the body: what kind of head line it
  // is (see headLineKind), read once and shared by every candidate above it.
  let top = cands[0]!;
  for (const i of cands) top = Math.min(top, i);
  const kinds = new Uint8Array(Math.min(lines.length, bodyStart + 6) - top);
  const kindOf = (j: number): number => {
    const at = j - top;
    if (at >= kinds.length) return HEAD_OTHER;
    if (kinds[at] === 0) kinds[at] = headLineKind(view, j, ctx);
    return kinds[at]!;
  };
  const x = new Float64Array(cands.length * TF);
  // A candidate that ends with another, after a label or a breadcrumb (`Label: Title`,
  // `Home » Title`): the other is the headline it repeats.
  const keys = cands.map((i) => lines[i]!.text.toLowerCase());
  const endsWithOther = new Uint8Array(cands.length);
  for (let k = 0; k < cands.length; k++) {
    const a = keys[k]!;
    for (let q = 0; q < cands.length; q++) {
      const b = keys[q]!;
      if (b.length < 8 || b.length >= a.length) continue;
      if (a.charCodeAt(a.length - b.length - 1) === 32 && a.endsWith(b)) {
        endsWithOther[k] = 1;
        break;
      }
    }
  }
  cands.forEach((i, k) => {
    const l = lines[i]!;
    const o = k * TF;
    let j = i + 1;
    while (j < lines.length && lines[j]!.cls === "blank") j++;
    const below = lines[j];
    const words = l.text.split(" ");
    const lw = headWords(l);
    let caps = 0;
    // Words that open with a letter of a caseless script (Han, kana, Hangul, Thai, Arabic,
    // Devanagari …): they say nothing of capitalisation, and are left out of its share.
    let caseless = 0;
    let long = 0;
    let shared = 0;
    let inTopic = 0;
    for (const w of words) {
      const c = w.charCodeAt(0);
      const kc = CASE_UNIT[c] || caseOfUnit(c);
      if (kc === CASE_UPPER) caps++;
      else if (kc === CASE_LETTER) caseless++;
      if (w.length >= 4) {
        long++;
        const lw = w.toLowerCase();
        if (opening.has(lw)) shared++;
        if (topic.has(stripPunctuation(lw))) inTopic++;
      }
    }
    x[o] = i === head.titleLine ? 1 : 0;
    x[o + 1] = Math.log1p(lw);
    x[o + 2] = Math.log1p(Math.max(0, bodyStart - i));
    x[o + 3] = l.cls === "text" && isDuplicate(view, l) ? 1 : 0;
    x[o + 4] =
      below && (below.cls === "timestamp" || below.cls === "source-timestamp" || j === head.bylineLine || j === head.timestampLine || BYLINE_START.test(below.text) || WIDE_BYLINE.test(below.text)) ? 1 : 0;
    x[o + 5] = endsSentence(l.text) ? 1 : 0;
    x[o + 6] = l.text.endsWith(":") ? 1 : 0;
    x[o + 7] = isShouting(l) ? 1 : 0;
    // A line of caseless words only reads as the corpus average: neither capitalised nor not.
    x[o + 8] = words.length > caseless ? caps / (words.length - caseless) : caseless > 0 ? (m ? m.mean[8]! : 0) : 0;
    x[o + 9] = SITE_SEPARATOR.test(l.text) ? 1 : 0;
    x[o + 10] = long > 0 ? shared / long : 0;
    x[o + 11] = view.p ? view.p[i]! : 0;
    x[o + 12] = l.cls === "text" ? 0 : 1;
    x[o + 13] = textTotal > 0 ? textBefore[i]! / textTotal : 0;
    x[o + 14] = lw <= 2 ? 1 : 0;
    x[o + 15] = i === doubled ? 1 : 0;
    x[o + 16] = long > 0 ? inTopic / long : 0;
    x[o + 17] = Math.log1p(k);
    const key = l.text.toLowerCase();
    x[o + 18] = Math.log1p((printed.get(key) ?? 1) - 1);
    x[o + 19] = l.cls === "text" && lw >= 3 && lw <= 25 && !endsSentence(l.text) && !l.text.endsWith(":") ? 1 : 0;
    x[o + 20] = Math.log1p(l.text.length);
    // The head under a headline: a byline, a date, a reading time, or a bare name within the next
    // few lines; a subtitle or a section heading is followed by prose or by the next heading.
    let meta = 0;
    let name = 0;
    for (let q = j, seen = 0; q < lines.length && seen < HEAD_ZONE; q++) {
      if (lines[q]!.cls === "blank") continue;
      seen++;
      const kind = kindOf(q);
      if (kind === HEAD_META) meta = 1;
      else if (kind === HEAD_NAME) name = 1;
    }
    x[o + 21] = meta;
    x[o + 22] = name;
    x[o + 23] = isBreadcrumb(l.text) ? 1 : 0;
    let crumb = 0;
    for (let q = i - 1, seen = 0; q >= 0 && seen < 3; q--) {
      const t = lines[q]!.text;
      if (lines[q]!.cls === "blank") continue;
      seen++;
      if (t.length > l.text.length && t.endsWith(l.text)) crumb = 1;
    }
    x[o + 24] = crumb;
    const belowKind = below ? kindOf(j) : HEAD_OTHER;
    x[o + 25] = belowKind === HEAD_HEADING ? 1 : 0;
    x[o + 26] = belowKind === HEAD_PROSE ? 1 : 0;
    x[o + 27] = i >= bodyStart ? 1 : 0;
    x[o + 28] = inBodyAgain.has(key) && i < bodyStart ? 1 : 0;
    x[o + 29] = docTitle.has(key) ? 1 : 0;
    // A dek under its headline: the line above is a heading, or the line below a longer one.
    let above = i - 1;
    while (above >= 0 && lines[above]!.cls === "blank") above--;
    x[o + 30] = above >= 0 && (above >= top ? kindOf(above) : headLineKind(view, above, ctx)) === HEAD_HEADING ? 1 : 0;
    const bw = below ? headWords(below) : 0;
    x[o + 31] = below && below.cls === "text" && bw > lw && bw <= 40 ? 1 : 0;
    x[o + 32] = pastBlock >= 0 && k >= pastBlock && i < bodyStart ? 1 : 0;
    // A line of a menu or a tag list: the lines on both sides are a word or three.
    const aw = above >= 0 ? headWords(lines[above]!) : 0;
    x[o + 33] = (above >= 0 && aw <= 3 ? 0.5 : 0) + (below && bw <= 3 ? 0.5 : 0);
    // A headline may ask its question; a line of prose rarely ends in one (`sentence-end` holds both).
    x[o + 34] = l.text.endsWith("?") ? 1 : 0;
    // "Topic: what about it", the two-part shape of many headlines (a full-width colon in CJK).
    x[o + 35] = l.text.indexOf(": ") > 0 || l.text.indexOf("：") > 0 ? 1 : 0;
    x[o + 36] = endsWithOther[k]!;
    // How long the line above is: a headline sits under chrome and short labels, a section
    // heading under a paragraph.
    x[o + 37] = above >= 0 ? Math.log1p(aw) : 0;
  });
  if (record) record({ texts: [], x: new Float64Array(0), chars: new Int32Array(0), title: { lines: cands, texts: cands.map((i) => lines[i]!.text), x } });
  // Training reads the candidates before a ranker exists: the head's own choice stands.
  if (!m) return head.titleLine;
  let best = -1;
  let bestZ = -Infinity;
  for (let k = 0; k < cands.length; k++) {
    let z = m.bias;
    for (let f = 0; f < TF; f++) z += m.weights[f]! * (x[k * TF + f]! - m.mean[f]!) * m.scale[f]!;
    if (z > bestZ) {
      bestZ = z;
      best = cands[k]!;
    }
  }
  return best;
}

/** Where the text after a line's last site separator (` | `, ` – `, ` — `, ` - `) starts, or -1. */
function lastSeparator(t: string): number {
  for (let k = t.length - 3; k > 0; k--) {
    if (t.charCodeAt(k - 1) === 32 && t.charCodeAt(k + 1) === 32 && "|–—-".includes(t[k]!)) return k + 2;
  }
  return -1;
}

// Two sentences on one line ("… alone. #ad"): prose, not a headline.
const SENTENCE_BREAK = /[.!?] \p{Lu}/u;

/**
 * The body's first lines (up to two) that could be its headline: short enough, no full stop, and
 * something of the body left under them.
 */
function headlineOpening(view: PageView, body: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < 2 && k + 1 < body.length; k++) {
    const l = view.lines[body[k]!]!;
    if (l.cls !== "text" || headWords(l) > 30 || l.text.length > 300 || l.text.endsWith(".") || endsFullStop(l.text) || SENTENCE_BREAK.test(l.text) || view.keyPoint[body[k]!]) break;
    out.push(body[k]!);
  }
  return out;
}

/** How many non-blank lines under a title candidate are read for its head (byline, date, name). */
const HEAD_ZONE = 6;
const HEAD_OTHER = 1;
const HEAD_META = 2;
const HEAD_NAME = 3;
const HEAD_HEADING = 4;
const HEAD_PROSE = 5;
// "Home » Recipes » Title", "HomeTitle" (the space lost), "Main > Blog > Title": a breadcrumb trail.
const CRUMB_START = /^(?:Home|HOME)(?![a-z])/u;

/** Whether a line reads as a breadcrumb trail: `Home…`, a `»` or `›`, or two ` > ` / ` / ` separators. */
function isBreadcrumb(t: string): boolean {
  if (CRUMB_START.test(t) || t.includes("»") || t.includes("›")) return true;
  const gt = t.indexOf(" > ");
  if (gt >= 0 && t.includes(" > ", gt + 3)) return true;
  const sl = t.indexOf(" / ");
  return sl >= 0 && t.includes(" / ", sl + 3);
}
// "8 min read", "15 min", "3 MIN. READ", "11 Minute Read".
const READ_TIME = /^\d{1,3} ?(?:min|mins|minutes?)\.?(?: read)?$|\b\d{1,3} ?(?:min|mins|minutes?)\.? read\b/iu;
// A label alone ("By", "Written by", "Last updated", "Published on:") whose value is on the next line.
const META_LABEL = /^(?:(?:written|posted|reviewed|edited|fact[- ]checked) by|by|author|authors|last updated|updated|published|posted|date)(?: on)?:?$/iu;

/**
 * What a line under a title candidate is: head meta (a stamp, a byline, a reading time, a label
 * such as `Last updated`), a bare name, a heading (short, no full stop), prose, or anything else.
 */
function headLineKind(view: PageView, j: number, ctx: ParseContext): number {
  const l = view.lines[j];
  if (l === undefined) return HEAD_OTHER;
  if (l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "boilerplate" && l.rule?.kind === "byline")) return HEAD_META;
  if (l.cls !== "text") return HEAD_OTHER;
  const w = headWords(l);
  if (w <= 16) {
    const t = l.text;
    if (BYLINE_START.test(t) || WIDE_BYLINE.test(t) || META_LABEL.test(t) || READ_TIME.test(t)) return HEAD_META;
    // "Jane Doe • Updated on Jul 4, 2024": a date with at most a name or a label before it.
    const found = stampIn(view, t, ctx);
    if (found && found.before.length <= 40) return HEAD_META;
    if (NAME_LINE.test(t)) return HEAD_NAME;
    if (!endsSentence(t)) return HEAD_HEADING;
  }
  return endsSentence(l.text) || w > 16 ? HEAD_PROSE : HEAD_OTHER;
}

/** How many non-blank lines above the headline are read for a byline printed over it. */
const ABOVE_REACH = 3;

/**
 * A byline printed right above the headline (the head's meta block set over it): a labelled
 * byline (`by Jane Doe`, `Written by Jane Doe`), a name glued to a date (`Jane Doe October 14,
 * 2025`, `Dec 17, 2025Jane Doe`), or a bare person's name with a date line next to it
 * (`Jane Doe` / `September 4, 2025` / headline). Within {@link ABOVE_REACH} lines, outside story
 * blocks.
 * @returns the name, or null
 */
function bylineAbove(view: PageView, titleLine: number, ctx: ParseContext): string | null {
  const { lines, inBlock } = view;
  for (let j = titleLine - 1, seen = 0; j >= 0 && seen < ABOVE_REACH; j--) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    seen++;
    if (inBlock[j] || l.words > HEAD_DATE_WORDS) return null;
    const labelled = labelledByline(view, j, ctx);
    if (labelled !== null) return labelled;
    if (l.cls === "source-timestamp") {
      const name = stripNameTail((l.source ?? "").trim());
      if (name.length >= 4 && isPersonName(view, name)) return name;
      const segment = metaSegmentName(view, l.text, ctx);
      if (segment !== null) return segment;
      continue;
    }
    if (l.cls !== "text") continue;
    const text = l.text.trim();
    const found = stampInHeadLine(view, text, ctx);
    if (found) {
      const name = found.before !== "" ? stripNameTail(cutJoin(found.before, true)) : found.after.replace(/^[\s|•·,;:–—-]+/u, "");
      if (name.length >= 4 && name.length <= 80 && isPersonName(view, name)) return name;
      // `Posted on May 2, 2025 by Jane Doe - 5 Comments`, `12 Comments | Jane Doe | Last Updated: …`.
      const segment = metaSegmentName(view, text, ctx);
      if (segment !== null) return segment;
      continue;
    }
    if (text.length >= 4 && text.length <= 80 && isPersonName(view, text) && (datedNeighbour(view, j, -1, titleLine, ctx) || datedNeighbour(view, j, 1, titleLine, ctx))) return text;
  }
  return null;
}

/**
 * Whether the nearest non-blank line on one side of `j` (not the headline) is a head meta line;
 * with `stamped`, one that holds a date (not a label such as `Written by`, whose name follows it).
 */
function datedNeighbour(view: PageView, j: number, step: 1 | -1, titleLine: number, ctx: ParseContext, stamped = false): boolean {
  let k = j + step;
  while (k >= 0 && k < view.lines.length && view.lines[k]!.cls === "blank") k += step;
  if (k < 0 || k === titleLine || headLineKind(view, k, ctx) !== HEAD_META) return false;
  const l = view.lines[k]!;
  return !stamped || l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "text" && stampInHeadLine(view, l.text, ctx) !== null);
}

/** How many non-blank lines under the headline are read for a bare name. */
const NAME_ZONE = 8;
/** How many of those may be the body's first lines. */
const NAME_BODY_LINES = 3;
// One word of a person's name: "Jane", "O'Neil", "Greene-Lewis", "MacFarlane", an initial "Q.".
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?\.?|\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}\p{Lu}+(?:['’-]\p{Lu}+)*)$/u;
const NAME_JOIN = / and | & /u;
const NAME_PARTICLES = new Set(["de", "da", "di", "van", "von", "der", "del", "la", "le", "bin", "al", "el", "dos", "du"]);
// What may sit between a name and the date glued to it: "Jane Doe • Updated on", "Jane Doe |".
const NAME_TAIL_WORDS = ["on", "updated", "published", "posted", "last"];

/** A name without what a meta line glues after it: separators and labels (`Jane Doe • Last updated on`). */
function stripNameTail(text: string): string {
  let t = text;
  for (;;) {
    let end = t.length;
    while (end > 0 && " \t|•·,:–—-".includes(t[end - 1]!)) end--;
    t = t.slice(0, end);
    const low = t.toLowerCase();
    const word = NAME_TAIL_WORDS.find((w) => low.endsWith(" " + w));
    if (word === undefined) return t;
    t = t.slice(0, t.length - word.length - 1);
  }
}

/**
 * Whether a text is a person's name: two to four capitalised words (initials and particles
 * allowed), credentials after a comma (`Jane Doe, MS, RD`), none of whose words the body uses in
 * lower case (`Key Highlights`, `Review Analysis`: words of the story, not of a name).
 */
function isPersonName(view: PageView, text: string): boolean {
  // "Jane Doe and John Roe", "Jane Doe & John Roe": every name must be one.
  const joined = text.split(NAME_JOIN);
  if (joined.length > 1) return joined.length <= 4 && joined.every((part) => isPersonName(view, part.trim()));
  const comma = text.indexOf(",");
  const name = (comma >= 0 ? text.slice(0, comma) : text).trim();
  if (comma >= 0 && text.length - comma > 60) return false;
  const words = name.split(" ").filter((w) => w !== "");
  if (words.length < 2 || words.length > 4) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    capitalised++;
  }
  if (capitalised < 2) return false;
  for (const w of words) {
    const lower = stripPunctuation(w).toLowerCase();
    if (NAME_PARTICLES.has(w)) continue;
    if (isStopWord(lower, view.lang) || isStopWord(lower, "en")) return false;
    if (w.length >= 3 && usedInLowerCase(view, lower)) return false;
  }
  return true;
}

/** How much of the page {@link usedInLowerCase} reads. */
const NAME_CHECK_CHARS = 60000;

/** Whether the page's text (its first {@link NAME_CHECK_CHARS}) holds `word` as a whole lower-case word. */
function usedInLowerCase(view: PageView, word: string): boolean {
  view.lowerUse ??= new Map();
  let used = view.lowerUse.get(word);
  if (used === undefined) {
    used = scanLowerCase(view, word);
    view.lowerUse.set(word, used);
  }
  return used;
}

/** {@link usedInLowerCase} without the memo. */
function scanLowerCase(view: PageView, word: string): boolean {
  const { lines } = view;
  for (let i = 0, c = 0; i < lines.length && c < NAME_CHECK_CHARS; i++) {
    const t = lines[i]!.text;
    c += t.length;
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      if ((at === 0 || !isWordChar(t, at - 1)) && (at + word.length === t.length || !isWordChar(t, at + word.length))) return true;
    }
  }
  return false;
}

/**
 * A bare name in the head, under the headline: a line that is a person's name ({@link isPersonName}),
 * or a name with the date glued to it (`Jane Doe • Updated on Jul 4, 2024 • 28 min read`,
 * `Jane Doe December 9, 2024 0 Comments`).
 * @returns the name and its line, or null
 */
function headName(view: PageView, titleLine: number, bodyStart: number, ctx: ParseContext): { line: number; name: string; slot?: true } | null {
  const { lines } = view;
  // The zone runs into the body's first lines: a subtitle the body kept may sit above the name.
  for (let j = titleLine + 1, seen = 0, inBody = 0; j < view.lines.length && seen < NAME_ZONE && inBody < NAME_BODY_LINES; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    seen++;
    if (j >= bodyStart) inBody++;
    if (l.words > 16 || (l.cls !== "text" && l.cls !== "source-timestamp" && l.rule?.kind !== "byline")) continue;
    // A stamp line's source may be cut inside a glued word ("Jane Doea•Oct 20"): its segments
    // first; a byline rule's line too (`by jdoe | Apr 21, 2025`).
    const segmented = l.cls !== "text" ? metaSegmentName(view, l.text, ctx) : null;
    if (segmented !== null) return { line: j, name: segmented };
    if (l.cls === "boilerplate") continue;
    let text = l.cls === "source-timestamp" ? (l.source ?? "") : l.text.trim();
    if (l.cls === "text") {
      const found = l.words <= 12 ? stampInHeadLine(view, text, ctx) : null;
      if (found && found.before !== "") {
        // A stamp read from inside a word ("Jane Doea•Oct 20") leaves the word whole in the name.
        let end = found.start;
        while (end < text.length && isLowerAt(text, end)) end++;
        text = stripNameTail(text.slice(0, end).trim());
      }
    }
    const glued = text !== l.text.trim();
    if (text.length >= 4 && text.length <= 80 && isPersonName(view, text) && (glued || nameInPlace(view, j, titleLine, ctx))) return { line: j, name: text };
    const named = metaSegmentName(view, l.text, ctx);
    if (named !== null) return { line: j, name: named };
    // The slot of a byline: one of the first two lines under the headline, next to its date
    // (`Headline` / `Everfit Team` / `Nov 08, 2025`): a team, a desk, a one-word pen name.
    if (seen <= 2 && l.cls === "text" && (datedNeighbour(view, j, -1, titleLine, ctx, true) || datedNeighbour(view, j, 1, titleLine, ctx, true)) && slotName(view, text)) {
      return { line: j, name: text, slot: true };
    }
  }
  return null;
}

/**
 * Whether a short line in a byline's slot reads as who wrote the story: one to four capitalised
 * words (`Everfit Team`, `Illinois Admissions`, `Stefan`) or a one-word lower-case handle
 * (`jdoe`), no stop word first, no digits, no sentence, and at least one word the page never
 * uses in lower case (a proper name: `Cloud Computing`, `Living Healthy` are the page's words).
 */
function slotName(view: PageView, text: string): boolean {
  if (text.length < 3 || text.length > 60 || /[\d:!?.,;]$|\d/u.test(text) || META_LABEL.test(text) || READ_TIME.test(text) || BYLINE_LABEL.test(text)) return false;
  const words = text.split(" ");
  if (words.length > 4) return false;
  if (words.length === 1 && HANDLE.test(text)) return !isStopWord(text, view.lang) && !isStopWord(text, "en");
  if (!words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w))) return false;
  const first = stripPunctuation(words[0]!).toLowerCase();
  if (isStopWord(first, view.lang) || isStopWord(first, "en")) return false;
  return words.some((w) => w.length >= 3 && !NAME_PARTICLES.has(w) && !usedInLowerCase(view, stripPunctuation(w).toLowerCase()));
}

// A one-word handle printed as the author (`jdoe`, `admin_team`).
const HANDLE = /^[\p{Ll}][\p{Ll}\d_.]{2,29}$/u;

// The separators of a head meta line: "Dec 20, 2025 · 3 min read · By Jane Doe", "Jane Doe | Guest Columnist".
const META_SEPARATOR = /[|•·]| [–—] /u;
const SEGMENT_BY = /^(?:by|By|BY):?\s+(\S.*)$/u;

/**
 * A name among the segments of a meta line that also holds a date or separators:
 * `March 15, 2022 · 3 min read · By Jane Doe`, `October 11, 2023 by Jane Doe`,
 * `December 15, 2025 · 30 min · Jane Doe`, `Jane Doe | Guest Columnist`. A segment labelled
 * `By` may hold one capitalised word (`by Amanda`).
 */
function metaSegmentName(view: PageView, text: string, ctx: ParseContext): string | null {
  const segments = text.split(META_SEPARATOR);
  if (segments.length > 6) return null;
  let dated = false;
  for (let k = 0; k < segments.length; k++) {
    let t = segments[k]!.trim();
    const found = t.length > 0 ? stampInHeadLine(view, t, ctx) : null;
    if (found) (t = found.after !== "" ? found.after : found.before), (dated = true);
    if (segments.length === 1 && !found) return null;
    const by = SEGMENT_BY.exec(t);
    if (by) t = by[1]!;
    t = stripNameTail(t.split(NAME_END)[0]!.trim());
    if (t.length < 3 || t.length > 80) continue;
    if (isPersonName(view, t)) return t;
    if (by && dated && NAME_WORD.test(t) && !isStopWord(t.toLowerCase(), view.lang) && !usedInLowerCase(view, t.toLowerCase())) return t;
    // A name its `By` label vouches for, in a dated meta line, may hold words the page uses in
    // lower case (`By The Travel Desk`, `By City Online`): the label, not the shape, says name.
    if (by && dated && (labelledName(view, t) || HANDLE.test(t))) return t;
  }
  return null;
}

/** A name a byline label introduces: one to five capitalised words ({@link WIDE_NAME}), the first no stop word. */
function labelledName(view: PageView, t: string): boolean {
  if (!WIDE_NAME.test(t) || t.includes(",") || t.split(" ").length > 5) return false;
  const first = stripPunctuation(t.split(" ")[0]!).toLowerCase();
  return !isStopWord(first, view.lang) && !isStopWord(first, "en");
}

const LOWER = /\p{Ll}/u;
const isLowerAt = (text: string, k: number): boolean => LOWER.test(text.charAt(k));

/**
 * Whether a bare name on line `j` sits where a byline does: first under the headline, or next to
 * the head's meta (a date, a `By` label, a reading time), not in a menu that happens to follow it.
 */
function nameInPlace(view: PageView, j: number, titleLine: number, ctx: ParseContext): boolean {
  const { lines } = view;
  // A name above the headline is not its byline.
  if (j <= titleLine || j >= lines.length) return false;
  let above = j - 1;
  while (above > titleLine && lines[above]!.cls === "blank") above--;
  if (above === titleLine) return true;
  let below = j + 1;
  while (below < lines.length && lines[below]!.cls === "blank") below++;
  // Next to the head's meta, or at least not in a run of short labels (a menu).
  const a = headLineKind(view, above, ctx);
  const b = below < lines.length ? headLineKind(view, below, ctx) : HEAD_OTHER;
  if (a === HEAD_META || b === HEAD_META) return true;
  return a !== HEAD_HEADING && a !== HEAD_NAME && b !== HEAD_HEADING && b !== HEAD_NAME;
}

// A year, where a date inside a head line may end ("Jane Doe December 9, 2024 0 Comments").
const YEAR_END = /\b(?:19|20)\d\d(?:\b|(?=\d{1,3} ?min))/gu;

// A byline's label at a head line's start, the name next: "By ", "Posted by ", "Written by: ".
const HEAD_BY_LABEL = /^(?:(?:posted|written|published|story|words) )?(?:by|par|von|por|di):? (?=\p{Lu})/iu;

/**
 * A stamp in a head line: at its start or end ({@link stampIn}), or ending at a printed year with
 * more after it (`Jane Doe December 9, 2024 0 Comments`, `Written By Feb 11, 2019 · 3 min read`,
 * `By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe`).
 */
function stampInHeadLine(view: PageView, text: string, ctx: ParseContext): FoundTimestamp | null {
  const found = stampInLine(view, text, ctx);
  if (found) return found;
  // The timestamp finder does not read past a leading "By" (`By Jane Doe on 19 Dec 2025`,
  // `Posted by Jane Doe on August 21, 2019`): read
  // the rest of the line, and give back what precedes the date with the "By" in front.
  const by = HEAD_BY_LABEL.exec(text);
  if (!by) return null;
  const rest = stampInLine(view, text.slice(by[0].length), ctx);
  if (rest) return { ...rest, before: `${by[0]}${rest.before}` };
  // `By Jane Doe, John Roe on March 12, 2026 | Comments`: several names before the joiner read
  // as prose to the finder; the date is read from the joiner on.
  let at = -1;
  DATE_JOIN.lastIndex = 0;
  for (let m = DATE_JOIN.exec(text); m; m = DATE_JOIN.exec(text)) at = m.index + m[0].length;
  if (at < 0) return null;
  const after = stampInLine(view, text.slice(at), ctx);
  return after && after.before === "" ? { ...after, before: text.slice(0, at).trim() } : null;
}

// The word joining a byline to its date, in the time locales' languages: `on`, `le`, `am`, `el`, `em`, `il`.
const DATE_JOIN = / (?:on|le|am|el|em|il) (?=\d|\p{L})/gu;

/** {@link stampInHeadLine} without its leading-`By` retry. */
function stampInLine(view: PageView, text: string, ctx: ParseContext): FoundTimestamp | null {
  const found = stampIn(view, text, ctx);
  // "Published on December 2nd, 2025 by Jane Doe": the stamp read at the start stops before
  // its year (the finder's year-less form); the year printed right after it completes it.
  if (found && (found.after === "" || !/^,? ?(?:19|20)\d\d\b/u.test(found.after))) return found;
  YEAR_END.lastIndex = 0;
  for (let m = YEAR_END.exec(text), tries = 0; m && tries < 3; m = YEAR_END.exec(text), tries++) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    const cut = stampIn(view, text.slice(0, end), ctx);
    if (cut) return { ...cut, after: text.slice(end).trim() };
  }
  return found;
}

/** Characters that join two elements of a head line (`Jane Doe | May 19, 2024`). */
const JOINERS = " \t\u00a0|•·,;:–—-";

/** The text without the joiners at its end (and, with `on`, a last word `on`: `Jane Doe on`). */
function cutJoin(text: string, on = false): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && JOINERS.includes(text[end - 1]!)) end--;
    if (on && end >= 3 && text.slice(end - 3, end) === " on") end -= 3;
    else break;
  }
  return text.slice(0, end);
}

/**
 * The date a byline line carries (`By Jane Doe | May 19, 2024`, `By Dr. Jane Doe - Mar 27, 2024`,
 * `By Jane Doe on 19 Dec 2025`, `Posted on July 1, 2024 by jdoe`), a full date only, and the
 * line's text around it that may hold the name: the text before the date with the joining
 * separators cut, or, when the date opens the line, the text after it. Null when the line holds
 * no such date.
 */
function bylineDate(view: PageView, text: string, ctx: ParseContext): { timestamp: Timestamp; before: string } | null {
  const found = stampInHeadLine(view, text, ctx);
  if (!found) return null;
  if (found.timestamp.kind !== "absolute" || found.timestamp.precision === "year" || found.timestamp.precision === "month") return null;
  const stamp = publicationStamp(view, text, found.timestamp, ctx);
  const at = stamp === found.timestamp ? -1 : text.indexOf(stamp.raw);
  const before = cutJoin(at >= 0 ? text.slice(0, at) : found.before, true);
  if (before === "") {
    let start = 0;
    while (start < found.after.length && JOINERS.includes(found.after[start]!)) start++;
    return { timestamp: stamp, before: found.after.slice(start) };
  }
  return { timestamp: stamp, before };
}

/**
 * The publication date of a head stamp line that prints two full dates, the stamp found at its
 * end being the later one: `Posted on June 29, 2020November 12, 2021`,
 * `June 29, 2020 - Updated July 9, 2025`, or three (`July 30, 2019January 18, 2023 January 18,
 * 2023`). A story is updated after it is published, so the earliest date is the publication;
 * otherwise the line's own stamp stands.
 */
function publicationStamp(view: PageView, text: string, stamp: Timestamp, ctx: ParseContext): Timestamp {
  if (stamp.kind !== "absolute" || stamp.iso === null) return stamp;
  // Up to three dates (published, updated, updated again: `Jane Doe July 30, 2019January 18,
  // 2023 January 18, 2023`): peel them off from the end while each earlier one is a full date.
  let best = stamp;
  let rest = text;
  let last = stamp;
  for (let k = 0; k < 2; k++) {
    const at = rest.lastIndexOf(last.raw);
    if (at <= 0) break;
    rest = cutJoin(rest.slice(0, at));
    if (rest.length < 6) break;
    const found = stampIn(view, rest, ctx);
    if (!found || found.after !== "") break;
    const earlier = found.timestamp;
    if (earlier.kind !== "absolute" || earlier.iso === null || earlier.precision === "year" || earlier.precision === "month") break;
    if (earlier.iso < best.iso!) best = earlier;
    last = earlier;
  }
  return best;
}

/**
 * The publication date of a head text line: its stamp ({@link stampInHeadLine}, the earlier of two
 * full dates by {@link publicationStamp}); failing that, the stamps of its segments between meta
 * separators (`Published: Mar 8, 2024 · Modified: May 19, 2025 by Jane Doe · This post may contain
 * affiliate links`, `Essay - Published: 2025.12.17 | tag | tag`), the first that is no update.
 */
function headLineStamp(view: PageView, text: string, ctx: ParseContext): Timestamp | null {
  const found = stampInHeadLine(view, text, ctx);
  if (found) return publicationStamp(view, text, found.timestamp, ctx);
  const segments = text.split(META_SEPARATOR);
  if (segments.length < 2 || segments.length > 8) return null;
  let update: Timestamp | null = null;
  for (const segment of segments) {
    const t = segment.trim();
    if (t.length < 4) continue;
    const stamp = stampInHeadLine(view, t, ctx)?.timestamp;
    if (!stamp || stamp.kind !== "absolute" || stamp.precision === "year" || stamp.precision === "month") continue;
    if (!UPDATED.test(t) && !UPDATED.test(stamp.raw)) return stamp;
    update ??= stamp;
  }
  return update;
}

// A numeric date (`03/01/2017`, `09.10.2024`) whose first two numbers may each be a month.
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/gu;

/**
 * The story's stamp read in the page's own order of day and month, when the parse was given
 * none: a numeric date either order reads (`03/01/2017`) follows the order of the page's other
 * numeric dates that only one order reads (`12/27/2016` says month first). Day first stays the
 * default when the page says nothing or more of its dates say day first.
 */
function pageOrder(stamp: Timestamp | null, ctx: ParseContext): Timestamp | null {
  if (stamp === null || ctx.dateOrder !== undefined || stamp.kind !== "absolute") return stamp;
  NUMERIC_DATE.lastIndex = 0;
  const own = NUMERIC_DATE.exec(stamp.raw);
  if (!own) return stamp;
  const a = Number(own[1]);
  const b = Number(own[3]);
  if (a > 12 || b > 12 || a === b) return stamp;
  let monthFirst = 0;
  let dayFirst = 0;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(ctx.input); m; m = NUMERIC_DATE.exec(ctx.input)) {
    const x = Number(m[1]);
    const y = Number(m[3]);
    if (x <= 12 && y > 12 && y <= 31) monthFirst++;
    else if (x > 12 && x <= 31 && y <= 12) dayFirst++;
  }
  if (monthFirst <= dayFirst) return stamp;
  const read = findTimestamp(stamp.raw, { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: "MDY" });
  return read && read.before === "" && read.after === "" ? read.timestamp : stamp;
}

const DIGIT = /\p{Nd}/u;

/** How far into the body's first line a stamp may start and still date the story (after a label or a name). */
const OPENING_STAMP_AT = 40;

/** The full date (day precision or finer) of a head line, as {@link headDate} reads it, or null. */
function headLineDate(view: PageView, j: number, ctx: ParseContext): Timestamp | null {
  const l = view.lines[j]!;
  // A full date prints a day number (in any script's digits): a line without one holds none,
  // and is not read (a head line's reading tries the finder several times).
  if (l.cls !== "timestamp" && l.cls !== "source-timestamp" && !DIGIT.test(l.text)) return null;
  const stamp =
    l.cls === "timestamp" || l.cls === "source-timestamp"
      ? l.timestamp && publicationStamp(view, l.text, l.timestamp, ctx)
      : l.cls === "text" && l.words <= HEAD_DATE_WORDS
        ? headLineStamp(view, l.text, ctx)
        : l.cls === "boilerplate" && l.rule?.kind === "byline" && l.words <= HEAD_DATE_WORDS
          ? (bylineDate(view, l.text, ctx)?.timestamp ?? null)
          : null;
  return stamp && stamp.kind === "absolute" && stamp.precision !== "year" && stamp.precision !== "month" ? stamp : null;
}

/**
 * When the head's date was read further down than the headline's own meta line: the first full
 * publication date right under the headline wins (`Headline` / `by Jane Doe · Dec 20, 2025` /
 * … / `Released: June 17, 2025` over a list's line; `June 3, 2024 39` over `Today: …`).
 */
function nearerHeadDate(view: PageView, head: Head, ctx: ParseContext): void {
  const { lines } = view;
  for (let j = head.titleLine + 1, seen = 0; j < head.timestampLine && seen < NEAR_HEAD_LINES; j++) {
    if (lines[j]!.cls === "blank") continue;
    seen++;
    const stamp = headLineDate(view, j, ctx);
    if (stamp && !UPDATED.test(lines[j]!.text) && !UPDATED.test(stamp.raw)) {
      head.timestampLine = j;
      head.timestamp = stamp;
      return;
    }
  }
}

/** How many non-blank lines under the headline {@link nearerHeadDate} reads. */
const NEAR_HEAD_LINES = 3;

/** Words a head line may have and still be read for a date (`By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe`). */
const HEAD_DATE_WORDS = 24;

/**
 * When the head under the headline has no date yet: the first dated line between the headline and
 * the body (`Jane Doe December 9, 2024 0 Comments`, `Written By Feb 11, 2019 · 3 min read`), a
 * publication date preferred to an update; failing that, a date printed right above the headline
 * (a dated kicker), which dates the story without joining its span.
 */
function headDate(view: PageView, head: Head, bodyStart: number, ctx: ParseContext): void {
  const { lines } = view;
  let updated = -1;
  let updatedStamp: Timestamp | null = null;
  const dated = (j: number): Timestamp | null => headLineDate(view, j, ctx);
  for (let j = head.titleLine + 1; j < bodyStart; j++) {
    if (lines[j]!.cls === "blank") continue;
    const stamp = dated(j);
    if (!stamp) continue;
    if (!UPDATED.test(lines[j]!.text) && !UPDATED.test(stamp.raw)) {
      head.timestampLine = j;
      head.timestamp = stamp;
      return;
    }
    if (updated < 0) (updated = j), (updatedStamp = stamp);
  }
  if (updated >= 0) {
    head.timestampLine = updated;
    head.timestamp = updatedStamp;
    return;
  }
  // The body's first line may be the head's meta line the body kept for its length
  // (`Posted on November 25, 2024 in Health, Nutrition, Research …`): a stamp opening it, on a
  // line that is no sentence, dates the story (the line stays where the body put it).
  // So may the byline's line the body kept (`ByJane DoeMar 5, 2025 | 6 comments`).
  for (const j of [bodyStart, head.bylineLine]) {
    const l = lines[j];
    if (j < bodyStart || l === undefined || l.cls !== "text" || endsSentence(l.text) || UPDATED.test(l.text)) continue;
    const stamp = headLineDate(view, j, ctx);
    if (stamp && l.text.indexOf(stamp.raw) <= OPENING_STAMP_AT) {
      head.stampAbove = stamp;
      return;
    }
  }
  for (let j = head.titleLine - 1, seen = 0; j >= 0 && seen < ABOVE_REACH; j--) {
    if (lines[j]!.cls === "blank") continue;
    seen++;
    const stamp = view.inBlock[j] ? null : dated(j);
    if (stamp) {
      head.stampAbove = stamp;
      return;
    }
  }
}

/** How far above the body the wider byline and date search reaches. */
const WIDE_HEAD_LOOKBACK = 40;
// Bylines in the forms the narrow search leaves: "Written by Jane Doe", "Posted by …", "Author: …",
// "ByJane Doe" (the space lost between two elements), "By Jane Doe | Section | 8 min read",
// "By Jane Doe – Updated Sep 9, 2025". The name runs to a separator or a date-ish word.
// A reviewer or fact-checker ("Reviewed by", "Medically reviewed by") is not the author.
const WIDE_BYLINE = /^(?:(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Ss]tory|[Pp]ublished|[Tt]ext|[Aa]rticle|[Rr]ecipe|[Gg]uide|[Ee]ssay|[Cc]olumn|[Rr]eport) (?:[Bb]y|BY)|WRITTEN BY|POSTED BY|[Bb]y|BY):?|[Aa]uthors?:) ?(\p{Lu}[^|•·–—]{1,100})/u;
// Where a name run by WIDE_BYLINE ends: a date-ish word or a comma before one, or a "Published:"
// label glued to the name (the space between two elements lost in innerText).
const NAME_END = / (?:on|[Uu]pdated|[Pp]ublished|[Ll]ast|at|in) |,? (?=\d)|(?=(?:PUBLISHED|UPDATED|Published|Updated)[: ])/u;
/** How many lines under the body an author box is looked for in. */
const AUTHOR_BOX_REACH = 80;
// An author box's label, the name on the next line: "Written by", "About the author", "Author".
const BOX_LABEL = /^(?:[Ww]ritten [Bb]y|WRITTEN BY|[Aa]bout the [Aa]uthor|ABOUT THE AUTHOR|[Aa]uthor|AUTHOR):?$/u;
// "Written by Jane Doe" under the story (a plain "By Jane Doe" there is more often a teaser's).
const BOX_WRITTEN = /^(?:[Ww]ritten|WRITTEN) (?:[Bb]y|BY):? ?(\p{Lu}[^|•·]{1,80})$/u;
// A bio opening with the name: "Jane Doe is a reporter …", "Jane Doe writes about …".
const BOX_BIO = /^(\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){1,3}) (?:is|was|has been|writes|covers|joined)\b/u;

/**
 * When the head gave no byline: the author box under the story (`Written by Jane Doe`, a label
 * and the name on the next line, a bio opening with the name), outside any other story block.
 * @returns the name and its line, or null
 */
function authorBox(view: PageView, bodyEnd: number): { line: number; name: string } | null {
  const { lines, inBlock } = view;
  for (let j = bodyEnd + 1; j < lines.length && j <= bodyEnd + AUTHOR_BOX_REACH; j++) {
    const l = lines[j]!;
    if (l.cls === "blank" || inBlock[j] || l.words > 80) continue;
    const written = l.words <= 14 ? BOX_WRITTEN.exec(l.text) : null;
    if (written) {
      const name = written[1]!.split(NAME_END)[0]!.trim();
      if (WIDE_NAME.test(name) && name.split(" ").length <= 5) return { line: j, name };
      continue;
    }
    if (BOX_LABEL.test(l.text)) {
      let k = j + 1;
      while (k < lines.length && lines[k]!.cls === "blank") k++;
      const next = lines[k];
      if (next && next.cls !== "blank" && next.words <= 6 && WIDE_NAME.test(next.text) && isPersonName(view, next.text)) return { line: k, name: next.text };
      continue;
    }
    const bio = l.words >= 6 ? BOX_BIO.exec(l.text) : null;
    if (bio && isPersonName(view, bio[1]!)) return { line: j, name: bio[1]! };
  }
  return null;
}

// A label alone on its line, the name on the next: "By" / "Written by" / "Author".
const BYLINE_LABEL = /^(?:(?:written|posted|article|story|words|text) by|by|authors?)\s?:?$/iu;
// A name of one to five words, each capitalised (initials and particles allowed).
const WIDE_NAME = /^\p{Lu}[\p{L}.'’-]{0,30}(?: (?:\p{Lu}[\p{L}.'’-]{0,30}|de|da|van|von|der|del|la|le|bin|al)){0,4}(?:,.*)?$/u;
// An update stamp is not the publication date when another date is printed.
const UPDATED = /^(?:updated|last updated|modified|last modified)/iu;

/** The name of a labelled byline line ({@link WIDE_BYLINE}), or null. */
function labelledByline(view: PageView, i: number, ctx: ParseContext): string | null {
  const l = view.lines[i]!;
  if (l.cls === "blank" || l.words > 20) return null;
  // "BY JANE DOEPUBLISHED: JAN 29, 2025": the stamp line's source is the byline.
  const text = l.cls === "source-timestamp" ? l.source : l.cls === "text" || l.rule?.kind === "byline" ? l.text : null;
  const m = text !== null && !endsSentence(text) ? WIDE_BYLINE.exec(text) : null;
  if (!m) return null;
  const found = stampIn(view, m[1]!, ctx);
  // "Posted by Jane Doe on August 21, 2019": the "on" left before the date is not the name's.
  const name = cutJoin((found && found.before !== "" ? found.before : m[1]!).split(NAME_END)[0]!, true);
  if (name.length < 2) return null;
  // A longer line (`By Jane Doe, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by
  // John Roe`) is a byline when what its label introduces is a name.
  return l.words <= 12 || labelledName(view, name.split(",")[0]!.trim()) ? name : null;
}

/**
 * A labelled byline on line `j`: `By Jane Doe` and the other forms of {@link WIDE_BYLINE}, or a
 * label alone on its line ({@link BYLINE_LABEL}) with the name on the next line before `limit`.
 */
function labelledAt(view: PageView, j: number, limit: number, ctx: ParseContext): { line: number; name: string } | null {
  const name = labelledByline(view, j, ctx);
  if (name !== null) return { line: j, name };
  const { lines } = view;
  if (lines[j]!.cls === "blank" || !BYLINE_LABEL.test(lines[j]!.text)) return null;
  let k = j + 1;
  while (k < limit && lines[k]!.cls === "blank") k++;
  const next = lines[k];
  return next && k < limit && next.cls === "text" && next.words <= 8 && WIDE_NAME.test(next.text) ? { line: k, name: next.text } : null;
}

/**
 * When the head above the body gave no byline or no date (the body was found below a table of
 * contents, a share bar or a summary box, out of the narrow head's reach), reads the lines above
 * the body again, nearest first, for the byline forms of {@link WIDE_BYLINE} and {@link BYLINE_LABEL}
 * and for a dated line (a publication date preferred to an update).
 */
function readWideHead(view: PageView, bodyStart: number, head: Head, ctx: ParseContext): void {
  const { lines, inBlock } = view;
  const needByline = head.bylineLine < 0;
  const needDate = head.timestampLine < 0;
  let updated = -1;
  let updatedStamp: Timestamp | null = null;
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - WIDE_HEAD_LOOKBACK; i--) {
    if (inBlock[i]) break;
    const l = lines[i]!;
    if (l.cls === "blank" || l.words > 20) continue;
    if (needByline && head.bylineLine < 0 && (l.cls === "text" || l.rule?.kind === "byline")) {
      const name = labelledByline(view, i, ctx);
      if (name !== null) {
        head.bylineLine = i;
        head.byline = name;
      } else if (BYLINE_LABEL.test(l.text)) {
        let j = i + 1;
        while (j < bodyStart && lines[j]!.cls === "blank") j++;
        const name = lines[j];
        if (name && j < bodyStart && name.cls === "text" && name.words <= 8 && WIDE_NAME.test(name.text)) {
          head.bylineLine = j;
          head.byline = name.text;
        }
      }
    }
    if (needDate && head.timestampLine < 0) {
      const found = l.cls === "timestamp" || l.cls === "source-timestamp" ? l.timestamp : l.words <= 16 && l.cls === "text" ? (stampIn(view, l.text, ctx)?.timestamp ?? null) : null;
      const stamp = found && publicationStamp(view, l.text, found, ctx);
      if (stamp && stamp.kind === "absolute" && stamp.precision !== "year" && stamp.precision !== "month") {
        if (UPDATED.test(l.text)) {
          if (updated < 0) {
            updated = i;
            updatedStamp = stamp;
          }
        } else {
          head.timestampLine = i;
          head.timestamp = stamp;
        }
      }
    }
  }
  if (needDate && head.timestampLine < 0 && updated >= 0) {
    head.timestampLine = updated;
    head.timestamp = updatedStamp;
  }
}

/** Words a doubled headline may have: a headline, not a caption or a paragraph printed twice. */
const DOUBLED_WORDS = { min: 3, max: 25 };

/**
 * The lower copy of a line printed twice in a row (blank lines aside) above the body, within the
 * headline's reach: innerText often gives a story's headline twice (the page title, then the
 * heading; a mobile and a desktop header). Such a line is the headline even when a standfirst
 * without a full stop sits between it and the byline, or when it ends in `?`, `!` or `.`.
 * @returns its index, or -1
 */
function doubledHeadline(view: PageView, bodyStart: number): number {
  const { lines, inBlock } = view;
  // Non-blank lines upwards from the body, so that neighbours are one step apart.
  // From the body's first line up: the run may open with the headline's second copy.
  const seen: number[] = [];
  for (let i = bodyStart; i >= 0 && i >= bodyStart - TITLE_LOOKBACK - 2; i--) {
    if (inBlock[i]) break;
    if (lines[i]!.cls !== "blank") seen.push(i);
  }
  const same = (a: number | undefined, b: number | undefined): boolean =>
    a !== undefined && b !== undefined && lines[a]!.cls === "text" && lines[a]!.text === lines[b]!.text;
  for (let k = 0; k + 1 < seen.length && seen[k]! >= bodyStart - TITLE_LOOKBACK; k++) {
    const lower = lines[seen[k]!]!;
    if (!same(seen[k], seen[k + 1]) || lower.words < DOUBLED_WORDS.min || lower.words > DOUBLED_WORDS.max) continue;
    // A run of doubled lines is a menu or a form printed twice (`Search in posts`, `Search in
    // pages`), not a headline.
    if (same(seen[k + 2], seen[k + 3]) || (k >= 2 && same(seen[k - 1], seen[k - 2]))) continue;
    return seen[k]!;
  }
  return -1;
}

/**
 * A standfirst (dek) printed between the headline and the byline or date reads like prose but is
 * not the story: when a byline or a stamp follows one or two prose lines at the top of the run,
 * those lines are dropped from the body.
 */
function findStandfirst(lines: ClassifiedLine[], bodyLines: readonly number[], from: number): number[] {
  const head = bodyLines.slice(0, 2);
  if (head.length === 0) return [];
  const limit = bodyLines[2] ?? Infinity;
  for (let i = from; i < limit && i < lines.length; i++) {
    const l = lines[i]!;
    const dateOrByline =
      l.cls === "timestamp" ||
      l.cls === "source-timestamp" ||
      (l.cls === "boilerplate" && l.rule?.kind === "byline") ||
      (l.cls === "text" && l.words <= 16 && BYLINE_START.test(l.text));
    if (!dateOrByline) continue;
    const before = head.filter((j) => j < i);
    // Keep it when nothing of the story would be left after it. A byline or date taken as a short
    // body line goes with the standfirst (the head reads it).
    if (before.length === 0 || !bodyLines.some((j) => j > i)) return [];
    return bodyLines.includes(i) ? [...before, i] : before;
  }
  return [];
}

// "1) Item", "2. Item", "#3 Item": the numbered entries of a listicle.
const NUMBERED = /^#?(\d{1,3})[.)]\s?\S/u;

/**
 * A numbered list that runs on right after the last paragraph (a listicle's items, a ranking)
 * belongs to the story even though its lines are short: entries numbered 1, 2, 3 … in order,
 * with at most two unnumbered lines (a link, a note) after each.
 * @returns the list's text lines, or `[]`
 */
function numberedListAfter(lines: ClassifiedLine[], last: number, inBlock: Uint8Array): number[] {
  const out: number[] = [];
  let expected = -1;
  let gap = 0;
  for (let j = last + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (inBlock[j] || l.cls !== "text") break;
    const m = NUMBERED.exec(l.text);
    const n = m ? Number(m[1]) : -1;
    if (m && (expected < 0 ? n === 1 : n === expected)) {
      expected = n + 1;
      gap = 0;
      out.push(j);
      continue;
    }
    if (expected < 0 || ++gap > 2) break;
    out.push(j);
  }
  // Trailing unnumbered lines after the last entry are not part of it.
  while (out.length > 0 && !NUMBERED.test(lines[out[out.length - 1]!]!.text)) out.pop();
  return expected >= 4 ? out : [];
}

/**
 * How far from the end of a line the `©` of a {@link BRACKET_CREDIT} match can be: the sign, a
 * space, and a name of up to 60 code points (a code point may take two code units).
 */
const COPYRIGHT_REACH = 1 + 1 + 2 * 60;
/**
 * How far from the end of a line the `via`, `/` or `|` of a {@link TRAILING_CREDIT} match can
 * start: the separator (`via` at most), a space, and a capital and up to 40 more code points.
 */
const CREDIT_SEPARATOR_REACH = 3 + 1 + 2 + 2 * 40;

/**
 * Cheap tests a line passes whenever {@link BRACKET_CREDIT} matches it: it ends with `)`, or it
 * holds a `©` within {@link COPYRIGHT_REACH} of its end (only the tail is searched, so a long
 * paragraph costs no more than a short one). Exported for tests.
 */
export function mayEndInBracketCredit(text: string): boolean {
  return text.endsWith(")") || text.includes("©", text.length - COPYRIGHT_REACH);
}

/**
 * Cheap tests a line passes whenever {@link TRAILING_CREDIT} matches it: `via`, `/` or `|` starts
 * within {@link CREDIT_SEPARATOR_REACH} of its end. Exported for tests.
 */
export function mayEndInTrailingCredit(text: string): boolean {
  const from = text.length - CREDIT_SEPARATOR_REACH;
  return text.includes("via", from) || text.includes("/", from) || text.includes("|", from);
}

/** A caption whose credit is printed at its end, or `null`. */
function captionWithCredit(line: ClassifiedLine): { text: string; credit: string } | null {
  const text = line.text;
  // Cheap tests first (see mayEndInBracketCredit, mayEndInTrailingCredit): most body lines fail them.
  if (line.words <= 80 && mayEndInBracketCredit(text)) {
    const bracket = BRACKET_CREDIT.exec(text);
    if (bracket) return { text: bracket[1]!.trim(), credit: (bracket[2] ?? bracket[3]!).trim() };
  }
  // The sentence end first: most body lines are sentences, and it reads two characters.
  if (line.words <= 30 && !endsSentence(text) && mayEndInTrailingCredit(text)) {
    const trailing = TRAILING_CREDIT.exec(text);
    if (trailing) return { text: trailing[1]!, credit: trailing[2]! };
  }
  return null;
}

/**
 * Chooses the body lines inside the decoded story: a line right above a credit line, or ending in
 * its own credit, is a caption; a duplicate or a key point is not body; any other text line inside
 * a chosen segment is body when the model gives it `p ≥ body`.
 */
function selectBody(view: PageView, from: number, to: number): { body: number[]; captions: MainStory["captionLines"] } {
  const { lines } = view;
  const text: number[] = [];
  for (let i = from; i <= to; i++) {
    const cls = lines[i]!.cls;
    if (cls === "text" || cls === "boilerplate" || cls === "source-timestamp") text.push(i);
  }
  const body: number[] = [];
  const captions: MainStory["captionLines"] = [];
  // The lines the model itself took: a weaker paragraph outside them was added by widenOverProse.
  let firstStrong = -1;
  let lastStrong = -1;
  for (let i = from; i <= to; i++) {
    if (view.inSpan![i] !== 1 || view.p![i]! < view.bodyThreshold! || lines[i]!.cls !== "text") continue;
    if (firstStrong < 0) firstStrong = i;
    lastStrong = i;
  }
  if (firstStrong < 0) firstStrong = lastStrong = to + 1;
  let inList = false;
  // The story printed twice: most of the segments' paragraphs (and several) are printed more
  // than once. (A gallery printing its captions twice doubles a few of them.)
  let paragraphs = 0;
  let doubledParagraphs = 0;
  for (const i of text) {
    if (view.inSpan![i] !== 1 || lines[i]!.cls !== "text" || !paragraph(view, lines[i]!)) continue;
    paragraphs++;
    if (view.duplicate[i] === 1) doubledParagraphs++;
  }
  const doubled = doubledParagraphs >= DOUBLED_STORY_PARAGRAPHS && 2 * doubledParagraphs >= paragraphs;
  const taken = new Set<string>();
  const push = (i: number) => {
    body.push(i);
    if (view.duplicate[i] === 1) taken.add(lines[i]!.text);
  };
  for (let k = 0; k < text.length; k++) {
    const i = text[k]!;
    const line = lines[i]!;
    if (line.cls === "boilerplate") {
      if (line.rule?.signal === "related-header") inList = true;
      continue;
    }
    if (view.keyPoint[i]) continue;
    if (line.cls === "source-timestamp") {
      // Inside a story, a name glued to a date is an embed's attribution ("— Jane Doe (@jane) May 2, 2019").
      if (body.length > 0) body.push(i);
      continue;
    }
    const next = text[k + 1] !== undefined ? lines[text[k + 1]!]! : null;
    if (next && next.cls === "boilerplate" && next.rule?.kind === "credit" && line.words <= 80) {
      captions.push({ line: i, text: line.text, credit: next.text.replace(CREDIT_LABEL, "") || next.text, creditLine: text[k + 1]! });
      continue;
    }
    // A text printed more than once is not body (a headline or a caption printed twice, a label)
    // unless the page prints its story twice: then each paragraph is taken where it first appears.
    if (isDuplicate(view, line) && !(doubled && paragraph(view, line) && !taken.has(line.text))) continue;
    // CREDIT_LINE needs a `/` or `|` (its first run holds neither): the quick scans rule out most lines.
    if (line.words <= 8 && (line.text.includes("/") || line.text.includes("|")) && CREDIT_LINE.test(line.text)) {
      // A credit line: the line right above it (already taken as body) is its caption.
      const prevIndex = k > 0 ? text[k - 1] : undefined;
      if (prevIndex !== undefined && body[body.length - 1] === prevIndex && lines[prevIndex]!.words <= 40) {
        body.pop();
        captions.push({ line: prevIndex, text: lines[prevIndex]!.text, credit: line.text, creditLine: i });
      }
      continue;
    }
    const credited = captionWithCredit(line);
    if (credited) {
      captions.push({ line: i, text: credited.text, credit: credited.credit, creditLine: -1 });
      continue;
    }
    // The model decides the rest: a line inside a chosen segment with p ≥ body is story text;
    // but under a related-articles header, short lines are its links until prose resumes, and a
    // shouting line is a promo.
    if (view.inSpan![i] !== 1) continue;
    if (view.p![i]! < view.bodyThreshold! && !(paragraph(view, line) && (i < firstStrong || i > lastStrong))) continue;
    if (paragraph(view, line)) {
      inList = false;
      push(i);
      continue;
    }
    // A long line without the stop words of prose and no full stop is a menu flattened onto one line.
    if (inList || isShouting(line) || (line.words >= 12 && !endsSentence(line.text) && !readsAsProse(view, line))) continue;
    push(i);
  }
  return { body, captions };
}

/** Tag lines right after a hashtags header belong to the main story. */
function collectHashtags(lines: ClassifiedLine[], from: number): { hashtags: string[]; hashtagLines: number[] } {
  const hashtags: string[] = [];
  const hashtagLines: number[] = [];
  let i = from;
  while (i < lines.length && lines[i]!.cls === "blank") i++;
  const header = lines[i];
  // Tags printed right under the story without a header ("#ferry #harbour").
  if (header && header.cls === "text" && HASHTAGS_ONLY.test(header.text)) i--;
  else if (!header || header.cls !== "boilerplate" || !header.rule?.id.endsWith("hashtags-header")) return { hashtags, hashtagLines };
  for (i = i + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cls === "blank") continue;
    if (line.cls !== "text" || !HASHTAG_LINE.test(line.text)) break;
    for (const tag of line.text.split(" ")) hashtags.push(tag.replace(/^#/u, ""));
    hashtagLines.push(i);
  }
  return { hashtags, hashtagLines };
}

/**
 * Builds the main article: title, date, byline and key points from the head, captions and body
 * from the run; every other line inside the article's span is recorded as removed.
 */
export function buildMain(lines: ClassifiedLine[], main: MainStory, ctx: ParseContext): ArticleDraft {
  const title = lines[main.titleLine]!;
  const removed: Removed[] = [];
  // Per line of the article's span (`first` to `last`), 1 when its text is in a field. Only lines
  // of the span are asked about below, so a mark outside it is dropped (a hashtag line, say):
  // the same answers as a set of all the indices, without hashing each one.
  const { first, last } = main;
  const inField = new Array<number>(Math.max(0, last - first)).fill(0);
  const mark = (j: number) => {
    if (j >= first && j < last) inField[j - first] = 1;
  };
  mark(main.titleLine);
  for (const j of main.bodyLines) mark(j);
  for (const j of main.keyPointLines) mark(j);
  for (const c of main.captionLines) mark(c.line);
  // A credit line is in a field (the caption's credit) when it is printed in full there.
  for (const c of main.captionLines) if (c.creditLine >= 0 && lines[c.creditLine]!.text === c.credit) mark(c.creditLine);
  // A stamp line is in fields when it is the stamp alone, or the stamp and the source; a stamp
  // glued to a byline ("By Jane Doe November 19, 2019") is recorded as a removed dateline.
  const stampLine = main.timestampLine >= 0 ? lines[main.timestampLine]! : null;
  if (stampLine && (stampLine.cls === "timestamp" || (stampLine.cls === "source-timestamp" && main.source !== null))) {
    mark(main.timestampLine);
  }
  if (main.bylineLine >= 0 && lines[main.bylineLine]!.cls === "text" && lines[main.bylineLine]!.text === main.byline) mark(main.bylineLine);
  // Hashtag lines: the tags live in `hashtags` without their `#`, so the printed line is recorded too.
  for (const j of main.hashtagLines) removed.push(lineRemoved(lines[j]!, ctx.input, "hashtags", "structure/hashtags"));
  for (let j = first; j < last; j++) {
    const l = lines[j]!;
    if (inField[j - first] === 1 || l.cls === "blank") continue;
    const role = j === main.timestampLine ? "dateline" : j === main.bylineLine ? "byline" : main.standfirstLines.includes(j) ? "standfirst" : null;
    const kind = l.rule?.kind ?? role ?? "furniture";
    const ruleId = l.rule?.id ?? (role ? `structure/${role}` : "structure/inside-story");
    removed.push(lineRemoved(l, ctx.input, kind, ruleId));
  }
  const cleaned = cleanBodyLines(
    main.bodyLines.map((j) => lines[j]!),
    ctx.rules,
    ctx.input,
    { title: title.text, flattened: main.bodyLines.length === 1, outOfTime: ctx.outOfTime },
  );
  const captions: Caption[] = main.captionLines.map((c) => ({ text: c.text, credit: c.credit }));
  return {
    role: "main",
    title: title.text,
    truncated: /(?:…|\.\.\.)$/u.test(title.text),
    source: main.source,
    timestamp: main.timestamp,
    kicker: cleaned.kicker,
    byline: main.byline,
    keyPoints: main.keyPointLines.map((j) => lines[j]!.text),
    paragraphs: cleaned.paragraphs,
    captions: [...captions, ...cleaned.captions],
    hashtags: main.hashtags,
    categories: [],
    removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
    start: title.textStart,
    end: lineEnd(lines[main.last - 1]!),
  };
}
