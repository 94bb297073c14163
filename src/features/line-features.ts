/**
 * Shallow text features of a line, for what no phrase list names. Two anchors:
 *
 * - jusText (Pomikálek, 2011): a block's length class and stop-word density give a context-free
 *   class (good, near-good, short, bad); context smoothing then lets short and near-good blocks
 *   take the class of their neighbours, so a short sentence inside a story stays and a long
 *   sentence inside a footer goes.
 * - boilerpipe (Kohlschütter et al., 2010): the word counts of the previous, current and next
 *   block alone separate content from boilerplate surprisingly well ({@link numWordsRule}).
 *
 * We work from text, so there are no tags and no link density: {@link LineFeatures.linkLike} and
 * {@link LineFeatures.hasUrl} stand in for the latter.
 *
 * All functions are pure and allocate little: one token regex pass per line, then plain loops over
 * char codes (no regex per word).
 *
 * @module
 */

import { DETECT_SAMPLE, countStopWords, detectLanguage } from "./stopwords/index.js";
import { wordTokens } from "./tokens.js";

/** Shallow features of one line. */
export interface LineFeatures {
  /** Length in UTF-16 code units with surrounding whitespace trimmed and inner whitespace runs counted as one (jusText's length). */
  chars: number;
  /** Number of word tokens (see `wordTokens`). */
  words: number;
  /** Number of tokens that are stop words of {@link LineFeatures.lang}. */
  stopWords: number;
  /** `stopWords / words`, 0 for a line without words. jusText's main signal. */
  stopDensity: number;
  /** The line ends like a sentence: `. ! ? … :` (or CJK/Arabic `。！？؟`), optionally followed by closing quotes or brackets (`.”`, `?)`). */
  endsWithPunctuation: boolean;
  /** Share of words whose first character is an upper-case letter (0 for a line without words). */
  capitalisedRatio: number;
  /** Share of letters that are upper case (0 for a line without cased letters). */
  upperRatio: number;
  /** Share of non-whitespace characters that are decimal digits (ASCII, Arabic-Indic, full-width). */
  digitRatio: number;
  /** Contains `http://`, `https://`, `www.` or a bare domain such as `example.com`. */
  hasUrl: boolean;
  /** Contains something shaped like an e-mail address. */
  hasEmail: boolean;
  /** Contains `©` or `(c) 20xx`-style copyright, which jusText treats as boilerplate outright. */
  hasCopyright: boolean;
  /** Starts with a list bullet (`•`, `·`, `▪`, `-`, `*`, `–`). */
  startsWithBullet: boolean;
  /**
   * Looks like the text of a link or menu entry standing alone: a URL or e-mail, or 1 to 4 words
   * without sentence punctuation, mostly capitalised (always true for uncased scripts such as Korean
   * or Arabic when the other conditions hold). A text-only stand-in for boilerpipe's link density.
   */
  linkLike: boolean;
  /** The language whose stop list was used. */
  lang: string;
}

/** jusText-style length class of a line. */
export type LengthClass = "short" | "medium" | "long";

/** jusText's context-free and smoothed labels. `near-good` is jusText's `neargood`. */
export type BlockLabel = "good" | "bad" | "near-good" | "short";

/** Thresholds of {@link classifyLength} and {@link contextFreeClass}. */
export interface ClassifyOptions {
  /** Lines with fewer words are `short`. Default {@link LENGTH_LOW_WORDS}. */
  lengthLow?: number;
  /** Lines with more words are `long`. Default {@link LENGTH_HIGH_WORDS}. */
  lengthHigh?: number;
  /** Stop-word density below which a line is `bad`. Default {@link STOP_DENSITY_LOW}. */
  stopLow?: number;
  /** Stop-word density at or above which a long line is `good`. Default {@link STOP_DENSITY_HIGH}. */
  stopHigh?: number;
}

/**
 * Below this many words a line is `short`. jusText's threshold is 70 characters; the median
 * news paragraph of the dev corpus has 6.0 characters per word (space included), so 70 characters
 * is about 12 words. A word threshold rather than a character one also treats Korean and German
 * (long words) more like English.
 */
export const LENGTH_LOW_WORDS = 12;

/** Above this many words a line is `long`: jusText's 200 characters at 6 characters per word. */
export const LENGTH_HIGH_WORDS = 33;

/** jusText's `stopwords_low`: below this density a block is boilerplate. */
export const STOP_DENSITY_LOW = 0.3;

/** jusText's `stopwords_high`: at or above this density a long block is content. */
export const STOP_DENSITY_HIGH = 0.32;

/** jusText's `max_heading_distance`, in characters. */
export const MAX_HEADING_DISTANCE = 200;

// ---------------------------------------------------------------------------------------------
// character classes by code, so the per-character loop needs no regex

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isDigit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || // ASCII
    (c >= 0x660 && c <= 0x669) || // Arabic-Indic
    (c >= 0x6f0 && c <= 0x6f9) || // Extended Arabic-Indic (Persian, Urdu)
    (c >= 0xff10 && c <= 0xff19) // full-width
  );
}

const UNCASED = 0;
const LOWER = 1;
const UPPER = 2;

/**
 * Case of the letter at `s[i]` (code `c`): ranges for ASCII, Latin-1, Cyrillic and the big uncased
 * scripts (Arabic, Hangul, CJK, Hebrew, Thai), so only rarer letters need a `toLowerCase` string.
 */
function caseOf(c: number, s: string, i: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? UPPER : c >= 0x61 && c <= 0x7a ? LOWER : UNCASED;
  if (c >= 0xc0 && c <= 0xff) return c === 0xd7 || c === 0xf7 ? UNCASED : c <= 0xde ? UPPER : LOWER;
  if (c >= 0x400 && c <= 0x45f) return c <= 0x42f ? UPPER : LOWER;
  if (
    (c >= 0x590 && c <= 0x8ff) || // Hebrew, Arabic, Syriac, Thaana …
    (c >= 0xe00 && c <= 0xe7f) || // Thai
    (c >= 0x1100 && c <= 0x11ff) || // Hangul Jamo
    (c >= 0x3040 && c <= 0x9fff) || // kana, CJK, Hangul compatibility Jamo
    (c >= 0xac00 && c <= 0xd7a3) // Hangul syllables
  ) {
    return UNCASED;
  }
  const ch = s[i] ?? "";
  const lower = ch.toLowerCase();
  if (lower === ch.toUpperCase()) return UNCASED;
  return ch === lower ? LOWER : UPPER;
}

/** Sentence terminators, including the full-width CJK forms and the Arabic question mark. */
const TERMINATORS = new Set([".", "!", "?", "…", ":", "。", "！", "？", "؟", "．", "｡", "‼", "⁇"]);

/** Closers that may follow a terminator: `He left.”`, `(see below.)`. */
const CLOSERS = new Set(['"', "'", "”", "’", "»", "›", ")", "]", "」", "』", "）"]);

const BULLETS = new Set(["•", "·", "▪", "■", "●", "◦", "‣", "-", "*", "–", "—", "►", "▶", "→"]);

/**
 * Bare domains: a label, a dot and a TLD, standing alone (not `e.g.` or `U.S.`). Two-letter TLDs
 * that are also words (`it`, `in`, `me`, `us`, `de`, `es`, `co`, `au` …) are left out: scraped
 * text often runs sentences together (`said.It`), and that must not read as a URL.
 * Linear: the labels cannot contain `.`, so each dot is matched one way only.
 */
const DOMAIN_RE =
  /(?:^|[^\p{L}\p{N}@.-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|net|org|gov|edu|info|io|news|tv|ly|uk|ru|fr|br|kr|jp|cn|nl|pl)(?![\p{L}\p{N}])/iu;

// The lookbehind makes every attempt start at the beginning of a run of name characters, so a
// long run without "@" is scanned once, not once per start position.
const EMAIL_RE = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]+/u;

const COPYRIGHT_RE = /\(c\)\s*(?:19|20)\d\d|&copy;?/i;

/** A `.` directly followed by an ASCII letter or digit: the only lines where a bare domain can be. */
function hasDotBeforeLetter(lowered: string): boolean {
  for (let i = lowered.indexOf("."); i !== -1; i = lowered.indexOf(".", i + 1)) {
    const c = lowered.charCodeAt(i + 1);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return false;
}

function endsLikeSentence(trimmed: string): boolean {
  let i = trimmed.length - 1;
  // Step back over closing quotes and brackets; a terminator must come before them.
  while (i >= 0 && CLOSERS.has(trimmed[i] ?? "")) i--;
  if (i < 0) return false;
  return TERMINATORS.has(trimmed[i] ?? "");
}

/**
 * Compute the shallow features of one line.
 *
 * @param text - The line (surrounding whitespace is ignored).
 * @param lang - Language of the stop list to use; when omitted it is detected from this line's
 *   own tokens, which is noisy for short lines: pass the page's language (see
 *   {@link documentFeatures}) when you have it.
 * @returns The line's features.
 * @example
 * ```ts
 * lineFeatures("The minister said that the plan would be ready by the end of the year.", "en").stopDensity; // ≈ 0.5
 * lineFeatures("Home News Sport", "en"); // { words: 3, stopDensity: 0, linkLike: true, … }
 * ```
 */
export function lineFeatures(text: string, lang?: string): LineFeatures {
  const trimmed = text.trim();
  const tokens = wordTokens(trimmed);
  const language = lang ?? detectLanguage(tokens);

  // chars (whitespace runs count once), non-space and digit counts in one pass
  let chars = 0;
  let nonSpace = 0;
  let digits = 0;
  let prevSpace = false;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (isSpace(c)) {
      if (!prevSpace) chars++;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    chars++;
    nonSpace++;
    if (isDigit(c)) digits++;
  }

  // letters, case and capitalised words from the tokens only
  let letters = 0;
  let upper = 0;
  let lowerOrUpper = 0;
  let capitalised = 0;
  for (const token of tokens) {
    for (let i = 0; i < token.length; i++) {
      const c = token.charCodeAt(i);
      if (isDigit(c) || c === 0x27 || c === 0x2019) continue;
      letters++;
      const kind = caseOf(c, token, i);
      if (kind !== UNCASED) lowerOrUpper++;
      if (kind === UPPER) {
        upper++;
        if (i === 0) capitalised++;
      }
    }
  }

  const words = tokens.length;
  const stopWords = countStopWords(tokens, language);
  const endsWithPunctuation = endsLikeSentence(trimmed);
  const capitalisedRatio = words > 0 ? capitalised / words : 0;
  const lowered = trimmed.toLowerCase();
  const hasUrl =
    lowered.includes("http://") ||
    lowered.includes("https://") ||
    lowered.includes("www.") ||
    (hasDotBeforeLetter(lowered) && DOMAIN_RE.test(lowered));
  const hasEmail = trimmed.includes("@") && EMAIL_RE.test(trimmed);
  const hasCopyright = trimmed.includes("©") || ((lowered.includes("(c)") || lowered.includes("&copy")) && COPYRIGHT_RE.test(lowered));
  const first = trimmed[0] ?? "";
  const startsWithBullet = BULLETS.has(first) && (trimmed.length === 1 || isSpace(trimmed.charCodeAt(1)) || first === "•" || first === "·");
  const uncased = letters > 0 && lowerOrUpper === 0;
  const linkLike =
    hasUrl ||
    hasEmail ||
    (words >= 1 && words <= 4 && !endsWithPunctuation && digits < nonSpace / 2 && (uncased || capitalisedRatio >= 0.5));

  return {
    chars,
    words,
    stopWords,
    stopDensity: words > 0 ? stopWords / words : 0,
    endsWithPunctuation,
    capitalisedRatio,
    upperRatio: lowerOrUpper > 0 ? upper / lowerOrUpper : 0,
    digitRatio: nonSpace > 0 ? digits / nonSpace : 0,
    hasUrl,
    hasEmail,
    hasCopyright,
    startsWithBullet,
    linkLike,
    lang: language,
  };
}

/**
 * jusText-like length class from a word count.
 *
 * @param words - Number of words of the line.
 * @param options - `lengthLow` / `lengthHigh` thresholds (defaults {@link LENGTH_LOW_WORDS}, {@link LENGTH_HIGH_WORDS}).
 * @returns `"short"` below `lengthLow`, `"long"` above `lengthHigh`, `"medium"` otherwise.
 * @example
 * ```ts
 * classifyLength(3); // "short"
 * classifyLength(20); // "medium"
 * classifyLength(50); // "long"
 * ```
 */
export function classifyLength(words: number, options: Pick<ClassifyOptions, "lengthLow" | "lengthHigh"> = {}): LengthClass {
  const low = options.lengthLow ?? LENGTH_LOW_WORDS;
  const high = options.lengthHigh ?? LENGTH_HIGH_WORDS;
  if (words < low) return "short";
  if (words > high) return "long";
  return "medium";
}

/**
 * jusText's context-free class of a line, from its length and stop-word density:
 * copyright lines are `bad`; short lines are `short` (or `bad` when they hold a URL, as jusText
 * marks short blocks with link text bad); long dense lines are `good`; medium dense lines and lines
 * between the two density thresholds are `near-good`; the rest are `bad`.
 *
 * @param features - From {@link lineFeatures}.
 * @param options - Thresholds (see {@link ClassifyOptions}).
 * @returns The context-free label, to be revised by {@link smooth}.
 * @example
 * ```ts
 * contextFreeClass(lineFeatures("Home News Sport", "en")); // "short"
 * ```
 */
export function contextFreeClass(
  features: Pick<LineFeatures, "words" | "stopDensity" | "hasUrl" | "hasCopyright">,
  options: ClassifyOptions = {},
): BlockLabel {
  const stopLow = options.stopLow ?? STOP_DENSITY_LOW;
  const stopHigh = options.stopHigh ?? STOP_DENSITY_HIGH;
  if (features.hasCopyright) return "bad";
  const length = classifyLength(features.words, options);
  if (length === "short") return features.hasUrl ? "bad" : "short";
  if (features.stopDensity >= stopHigh) return length === "long" ? "good" : "near-good";
  if (features.stopDensity >= stopLow) return "near-good";
  return "bad";
}

/** Heading information for {@link smooth}'s heading passes. */
export interface HeadingOptions {
  /** Per line: whether it is a heading (a crosshead or title). Same length as the labels. */
  isHeading: readonly boolean[];
  /** Per line: its length in characters, to measure the distance to the next good line. */
  lengths: readonly number[];
  /** How far (in characters of the lines between) a heading may be from good text. Default {@link MAX_HEADING_DISTANCE}. */
  maxDistance?: number;
}

/** Options of {@link smooth}. */
export interface SmoothOptions {
  /** Enables jusText's two heading passes; without it they are skipped (plain text has no `<h1>`…`<h6>`). */
  headings?: HeadingOptions;
}

/**
 * For every line, the label of the nearest line on one side that is good or bad (or, unless
 * `ignoreNearGood`, near-good); the page edge counts as bad. One sweep per side, so a page of
 * thousands of menu lines stays linear (jusText walks from each block, which is quadratic there).
 */
function nearest(labels: readonly BlockLabel[], step: 1 | -1, ignoreNearGood: boolean): BlockLabel[] {
  const out = new Array<BlockLabel>(labels.length);
  let seen: BlockLabel = "bad";
  const start = step === 1 ? 0 : labels.length - 1;
  for (let i = start; i >= 0 && i < labels.length; i += step) {
    out[i] = seen;
    const c = labels[i];
    if (c === "good" || c === "bad" || (c === "near-good" && !ignoreNearGood)) seen = c;
  }
  return out;
}

function headingPass(
  labels: BlockLabel[],
  headings: HeadingOptions,
  applies: (i: number) => boolean,
  to: BlockLabel,
): void {
  const max = headings.maxDistance ?? MAX_HEADING_DISTANCE;
  for (let i = 0; i < labels.length; i++) {
    if (!headings.isHeading[i] || !applies(i)) continue;
    let distance = 0;
    for (let j = i + 1; j < labels.length && distance <= max; j++) {
      if (labels[j] === "good") {
        labels[i] = to;
        break;
      }
      distance += headings.lengths[j] ?? 0;
    }
  }
}

/**
 * jusText's context-sensitive smoothing ("revise_paragraph_classification"): turn per-line
 * context-free labels into good/bad using the neighbours.
 *
 * 1. (headings only) A short heading followed within `maxDistance` characters by a good line becomes near-good.
 * 2. Each short line looks at its nearest non-short, non-near-good neighbours on both sides (the
 *    page edges count as bad): good on both sides → good; bad on both sides → bad; one of each → good
 *    if a near-good line sits between it and the bad side (the story is fading out, not over),
 *    else bad. All short lines are decided from the labels before this step, so runs of short lines
 *    (menus) do not leak into each other.
 * 3. Each near-good line becomes bad if its nearest good/bad neighbours are bad on both sides,
 *    otherwise good.
 * 4. (headings only) A heading that is now bad but was not bad to begin with becomes good when good
 *    text follows within `maxDistance`.
 *
 * @param labels - Context-free labels, one per line (blank lines should be left out).
 * @param options - Heading information (see {@link SmoothOptions}).
 * @returns A new array of `"good"` and `"bad"` labels, same length.
 * @example
 * ```ts
 * smooth(["good", "short", "good"]); // ["good", "good", "good"]
 * smooth(["bad", "short", "short", "bad"]); // all "bad"
 * smooth(["bad", "near-good", "good"]); // ["bad", "good", "good"]
 * ```
 */
export function smooth(labels: readonly BlockLabel[], options: SmoothOptions = {}): ("good" | "bad")[] {
  const original = labels;
  const current: BlockLabel[] = [...labels];
  const { headings } = options;

  if (headings) headingPass(current, headings, (i) => current[i] === "short", "near-good");

  // short lines, all decided against the same snapshot
  const prevStrict = nearest(current, 1, true); // scanning forward gives each line its previous neighbour
  const nextStrict = nearest(current, -1, true);
  const prevLoose = nearest(current, 1, false);
  const nextLoose = nearest(current, -1, false);
  const decided = new Map<number, "good" | "bad">();
  for (let i = 0; i < current.length; i++) {
    if (current[i] !== "short") continue;
    const prev = prevStrict[i];
    const next = nextStrict[i];
    if (prev === "good" && next === "good") decided.set(i, "good");
    else if (prev === "bad" && next === "bad") decided.set(i, "bad");
    else if ((prev === "bad" && prevLoose[i] === "near-good") || (next === "bad" && nextLoose[i] === "near-good")) {
      decided.set(i, "good");
    } else decided.set(i, "bad");
  }
  for (const [i, c] of decided) current[i] = c;

  // near-good lines: jusText revises them in order, so a near-good line sees earlier near-good
  // lines already turned good or bad, but (ignoring near-good) that changes nothing: the nearest
  // good/bad line on each side is the same before and after.
  const prevAfter = nearest(current, 1, true);
  const nextAfter = nearest(current, -1, true);
  for (let i = 0; i < current.length; i++) {
    if (current[i] !== "near-good") continue;
    current[i] = prevAfter[i] === "bad" && nextAfter[i] === "bad" ? "bad" : "good";
  }

  if (headings) headingPass(current, headings, (i) => current[i] === "bad" && original[i] !== "bad", "good");

  return current.map((c) => (c === "good" ? "good" : "bad"));
}

/**
 * boilerpipe's `NumWordsRulesClassifier`: is the current block content, given the word counts of
 * the previous, current and next blocks and their link densities? Without links (plain text) the
 * rule reduces to "content unless it is short (≤ 16 words), the next block is short (≤ 15) and the
 * previous block is tiny (≤ 4)".
 *
 * @param prevWords - Words of the previous block (0 at the start of the page).
 * @param currWords - Words of the current block.
 * @param nextWords - Words of the next block (0 at the end of the page).
 * @param linkDensity - Link densities `{ prev, curr }` in [0, 1] when known (e.g. 1 for `linkLike` lines); default 0.
 * @returns `true` when boilerpipe would keep the block as content.
 * @example
 * ```ts
 * numWordsRule(2, 3, 1); // false: a menu entry between menu entries
 * numWordsRule(40, 8, 35); // true: a short paragraph inside a story
 * ```
 */
export function numWordsRule(
  prevWords: number,
  currWords: number,
  nextWords: number,
  linkDensity: { prev?: number; curr?: number } = {},
): boolean {
  const currLinks = linkDensity.curr ?? 0;
  const prevLinks = linkDensity.prev ?? 0;
  if (currLinks > 0.333333) return false;
  if (prevLinks <= 0.555556) {
    if (currWords > 16) return true;
    if (nextWords > 15) return true;
    return prevWords > 4;
  }
  if (currWords > 40) return true;
  return nextWords > 17;
}

/** Features of one line in the context of its page. */
export interface BlockFeatures extends LineFeatures {
  /** Index of the line in the input array. */
  index: number;
  /** Relative position on the page, 0 for the first line and 1 for the last. */
  position: number;
  /** `true` for a line with no non-whitespace character. */
  blank: boolean;
  /** Words of the nearest non-blank line before (0 at the start): boilerpipe's previous block. */
  prevWords: number;
  /** Words of the nearest non-blank line after (0 at the end): boilerpipe's next block. */
  nextWords: number;
  /** {@link classifyLength} of this line. */
  lengthClass: LengthClass;
  /** {@link contextFreeClass} of this line (`"bad"` for blank lines, which {@link documentFeatures} leaves out of smoothing). */
  contextFree: BlockLabel;
  /** The jusText label after {@link smooth} over the non-blank lines (`"bad"` for blank lines). */
  smoothed: "good" | "bad";
  /** {@link numWordsRule} on this line and its non-blank neighbours, with `linkLike` lines given link density 1. */
  numWordsContent: boolean;
}

/**
 * Up to `max` word tokens to detect a page's language from, taken from lines of 8 words or more:
 * menus come first on most pages and are often in English (or bare nouns) even on a Korean or
 * Russian site, while the story's sentences are long. Falls back to all lines for pages with
 * hardly any long line.
 */
function sampleTokens(lines: readonly string[], max: number): string[] {
  const out: string[] = [];
  const all: string[] = [];
  for (const line of lines) {
    if (out.length >= max) break;
    const tokens = wordTokens(line);
    if (all.length < max) for (const t of tokens) all.push(t);
    if (tokens.length >= 8) for (const t of tokens) out.push(t);
  }
  return out.length >= 50 ? out : all;
}

/** Options of {@link documentFeatures}. */
export interface DocumentFeatureOptions extends ClassifyOptions {
  /** The page's language; detected from all its tokens when omitted. */
  lang?: string;
}

/**
 * Features of every line of a page, with page-level context: one language for the page, relative
 * position, neighbour word counts, jusText's context-free and smoothed classes and boilerpipe's
 * word-count rule. Blank lines keep their index (so results line up with the input) but are
 * skipped as neighbours and in smoothing.
 *
 * @param lines - The page's lines, in order.
 * @param options - Language and jusText thresholds.
 * @returns One entry per input line.
 * @example
 * ```ts
 * const f = documentFeatures(text.split("\n"));
 * const kept = f.filter((l) => l.smoothed === "good").map((l) => lines[l.index]);
 * ```
 */
export function documentFeatures(lines: readonly string[], options: DocumentFeatureOptions = {}): BlockFeatures[] {
  const lang = options.lang ?? detectLanguage(sampleTokens(lines, DETECT_SAMPLE));
  const base = lines.map((l) => lineFeatures(l, lang));
  const nonBlank: number[] = [];
  base.forEach((f, i) => {
    if (f.chars > 0) nonBlank.push(i);
  });
  const cf = nonBlank.map((i) => contextFreeClass(base[i] as LineFeatures, options));
  const smoothed = smooth(cf);

  // Fields spelled out rather than spread: every block then has one hidden class, and building
  // ten thousand of them is several times faster than `{ ...f }`.
  const result: BlockFeatures[] = base.map((f, index) => ({
    chars: f.chars,
    words: f.words,
    stopWords: f.stopWords,
    stopDensity: f.stopDensity,
    endsWithPunctuation: f.endsWithPunctuation,
    capitalisedRatio: f.capitalisedRatio,
    upperRatio: f.upperRatio,
    digitRatio: f.digitRatio,
    hasUrl: f.hasUrl,
    hasEmail: f.hasEmail,
    hasCopyright: f.hasCopyright,
    startsWithBullet: f.startsWithBullet,
    linkLike: f.linkLike,
    lang: f.lang,
    index,
    position: lines.length > 1 ? index / (lines.length - 1) : 0,
    blank: f.chars === 0,
    prevWords: 0,
    nextWords: 0,
    lengthClass: classifyLength(f.words, options),
    contextFree: "bad",
    smoothed: "bad",
    numWordsContent: false,
  }));
  nonBlank.forEach((lineIndex, k) => {
    const block = result[lineIndex] as BlockFeatures;
    const prev = k > 0 ? result[nonBlank[k - 1] as number] : undefined;
    const next = k + 1 < nonBlank.length ? result[nonBlank[k + 1] as number] : undefined;
    block.prevWords = prev?.words ?? 0;
    block.nextWords = next?.words ?? 0;
    block.contextFree = cf[k] ?? "bad";
    block.smoothed = smoothed[k] ?? "bad";
    block.numWordsContent = numWordsRule(block.prevWords, block.words, block.nextWords, {
      prev: prev?.linkLike ? 1 : 0,
      curr: block.linkLike ? 1 : 0,
    });
  });
  return result;
}
