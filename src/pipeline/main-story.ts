/**
 * The main-story stage: line features, the story's span ({@link findMainStory}) and its body
 * ({@link buildMain}). The title ranker is in `title-rank.ts`, the head reader in `story-head.ts`,
 * and what the three share in `page-view.ts`.
 *
 * @module
 */
import { markRepeatedIgnoringCase, SIMPLE_LIMIT, SIMPLE_LOWER } from "../features/case-fold.js";
import { isStopWord, LanguageTally, STOPWORDS } from "../features/stopwords/index.js";
import { pushWordTokens } from "../features/tokens.js";
import type { Caption, Removed } from "../model/article.js";
import type { ClassifiedLine } from "../model/block.js";
import type { Timestamp } from "../time/types.js";
import { scanTimestampLine } from "../time/find-timestamp.js";
import type { ArticleDraft } from "./draft.js";
import type { ParseContext } from "./context.js";
import { cleanBodyLines } from "./inline.js";
import { lineEnd, lineRemoved, pageBuffer } from "./lines.js";
import { COMPANY_NOTICE_RULE_ID } from "../rules/notices.js";
import { BLANK, decodeStory, OTHER, TEXT } from "./story-decoder.js";
import type { ClassTally } from "./classify.js";
import { lineScorer, storyModel, storyRecorder, type StoryModel } from "./story-model.js";
import { titleModel } from "./title-model.js";
import { BYLINE_START, CHROME_KINDS, endsSentence, headWords, isDuplicate, isInterfaceLabel, isShouting, isWordChar, type PageView, stampIn, type StampMemo, storyWords, WORD_CHAR } from "./page-view.js";
import { HEAD_META, HEAD_NAME, headLineKind, headlineOpening, rankTitle } from "./title-rank.js";
export { endsSentence, isShouting, isShoutingByRegex, SENTENCE_END, type StampMemo, storyWords } from "./page-view.js";
export { TITLE_FEATURES } from "./title-rank.js";
import { headerOwner, headerOwnerLine, siteOwner } from "./site-owner.js";
import { authorBox, bylineAbove, cardBetweenCopies, cardName, creditAtOpening, hiddenSlotName, soleByline, EXCLAIMED, findHead, headDate, headMetaAfter, headName, isPersonName, labelledUnder, nameInPlace, nearerHeadDate, pageOrder, publicationStamp, readHeadLine, readWideHead, stampJustAbove, stampJustBelow, UPDATED, WIDE_HEAD_LOOKBACK } from "./story-head.js";

const HASHTAG_LINE = /^#?[\p{L}\p{N}_]{1,60}(?: #[\p{L}\p{N}_]{1,60}){0,20}$/u;
// A caption that ends in its credit: "… keyboard via iFixit", "… at the pier / AFP".
export const TRAILING_CREDIT = /^(.{3,300}?)\s(?:via|\/|\|)\s(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/u;
// A caption that ends in a bracketed or ©-marked credit: "… (AP Photo/Jane Doe)", "… © Reuters / Jane Doe".
export const BRACKET_CREDIT = /^(.{10,600}?)\s?(?:\(((?:AP Photo|Photo|Foto|Image|Picture|Credit|Getty Images|Reuters|AFP|EPA|Bloomberg)[^()]{0,80})\)|©\s?([\p{L}\p{N} /.&'’-]{2,60}))$/u;
// The label in front of a credit line: "Photo: ", "Credit...", "Image credit: ".
const CREDIT_LABEL = /^(?:credit|photo|image|picture|photograph|foto|crédit|crédito)s?(?: credit)?\s?(?::|\.\.\.|…)\s?/iu;
// A line of hashtags only: "#ferry #harbour".
const HASHTAGS_ONLY = /^#[\p{L}\p{N}_]{1,60}(?: #[\p{L}\p{N}_]{1,60}){0,20}$/u;
/** A credit standing alone under its caption: `Jane Doe / Harbour Press`, `Jane Doe | Agency | Images`. */
export const CREDIT_LINE = /^\p{Lu}[\p{L}.'’ -]{1,40}(?: ?[/|] ?[\p{L}\p{N}.'’& -]{2,40}){1,3}$/u;
/**
 * What makes a {@link CREDIT_LINE} a credit: a separator with a space on either side (`Jane Doe /
 * Harbour Press`), a picture agency's or wire's word (`FatCamera/Getty Images`), or a name of two
 * or three capitalised words glued to the slash (`Jane Doe/The Harbour Times`). Without any, a
 * slash glued between words is a compound in a heading (`Low-Code/No-Code Tools`).
 */
export const CREDIT_MARK = /\s[/|]|[/|]\s|\b(?:AP|AFP|EPA|Reuters|Getty|Shutterstock|iStock|iStockphoto|Alamy|Unsplash|Pexels|Bloomberg|Images?|Photos?|Photography|Pool|Wire)\b|^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2}[/|]/u;
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
/** Lines between two company notices this close (see `findMainStory`) are the footer's too. */
const NOTICE_REACH = 4;
/** Paragraphs of the story taken above a key-points header that make its points a section's list, kept in the body (see `selectBody`). */
const KEY_POINTS_BEFORE = 2;
/** Key points sit right under their header: at most this many lines. */
const MAX_KEY_POINTS = 8;
/** Punctuation a flattened menu does not print: a list in a sentence, a label and its value, a remark in brackets. */
const LISTED = /[,;:()（）、，；：]/u;

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

/** Long lines must also read as prose: enough stop words for the page's language. */
function readsAsProse(view: PageView, l: ClassifiedLine): boolean {
  if (!STOPWORDS[view.lang] || l.words < 12) return true;
  // The first 300 characters (about 50 words) say whether a line is prose as well as all of it.
  const head = l.text.length > 300 ? l.text.slice(0, 300) : l.text;
  // The line's word count bounds the words of its head (each word of the head is all or the start
  // of one of the line's space-separated words), so the reading can stop sooner.
  return stopDensity(head, view.lang, MIN_PROSE_STOP_DENSITY, l.words) >= MIN_PROSE_STOP_DENSITY;
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
function pageLanguage(lines: readonly ClassifiedLine[], maxTextWords = Infinity): string {
  // Only text lines of PROSE_WORDS words or more are read: a page without one has no stop word.
  if (maxTextWords < PROSE_WORDS) return UNKNOWN_LANGUAGE;
  const tally = new LanguageTally(60);
  let sample = "";
  for (const l of lines) {
    if (l.cls !== "text" || l.words < PROSE_WORDS) continue;
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
/** The fewest words of a line {@link pageLanguage} reads. */
const PROSE_WORDS = 12;
/** The fewest code units of a text line findMainStory's fallback may take (see there). */
const FALLBACK_MIN_LENGTH = 7;
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
const ASIDE_KINDS = new Set(["related", "promo", "newsletter", "comments", "tags", "bio", "legal", "disclosure", "syndication", "gallery"]);
/** Neighbours read on each side (non-blank lines). */
const WINDOW = 3;
/** `k / WINDOW` and `k / (2 * WINDOW)` for every count `k` of neighbours: the same quotients, divided once. */
const PER_SIDE = Float64Array.from({ length: WINDOW + 1 }, (_, k) => k / WINDOW);
const PER_BOTH = Float64Array.from({ length: 2 * WINDOW + 1 }, (_, k) => k / (2 * WINDOW));

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
  /** The decoder's kind of line ({@link BLANK}, {@link TEXT}, {@link OTHER}). */
  kind: Uint8Array;
  /** 1 for a line that ends stories. */
  stop: Uint8Array;
  /** storyFeatures' flags (see {@link FLAG_PARAGRAPH}). */
  flags: Uint8Array;
}

/** Bytes a line of the arrays of {@link findMainStory}: two doubles, three 32-bit integers (with the view's words), four bytes. */
const LINE_BYTES = 32;
/** Pages of more lines than this get a buffer of their own (see {@link storyBuffer}). */
const MAX_KEPT_LINES = 1 << 16;
let keptBuffer = new ArrayBuffer(0);

/**
 * `bytes` zeros at the start of a buffer: the same buffer from page to page (a page's arrays are
 * dropped when findMainStory returns), so that a page costs one fill rather than a dozen typed
 * arrays of its own. A page of more than {@link MAX_KEPT_LINES} lines gets its own, so one huge
 * input does not pin its memory for the life of the process: a {@link pageBuffer}, which does not
 * start a full collection of the page's line objects.
 */
function storyBuffer(bytes: number): ArrayBufferLike {
  if (bytes > LINE_BYTES * MAX_KEPT_LINES) return pageBuffer(bytes);
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
const SHORT_BIT = 5;
const FLAG_SHORT = 1 << SHORT_BIT;
const BOILERPLATE_BIT = 6;
const FLAG_BOILERPLATE = 1 << BOILERPLATE_BIT;

/**
 * Scores a page's lines with the story model: writes each line's story probability into `p`,
 * from its feature row (`STORY_FEATURES.length` values; blank lines get zeros). Everything in a
 * row is what the stage already knew about a line (its class and rule, prose shape, stop words,
 * duplicates, position), plus the same read over its neighbours.
 *
 * The rows are streamed: a first pass keeps, per line, only what another line's row reads (a
 * byte of flags, the stop density, the list of the lines that matter), and the second builds
 * each row in one buffer and scores it at once (a line's rank among the lines that matter is
 * counted there, as it walks that list). Only training (`keep`) gets the whole matrix:
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
  const { p, densities, chars, nonBlank, kind: decoderKind, stop, flags } = arrays;
  let m = 0;
  // The texts markDuplicates compares, gathered in the same pass: the per-line array is made at
  // the first such text (a page of millions of short lines has none, and skips a 20 MB array).
  let texts: Array<string | undefined> | null = null;
  const stops = Boolean(STOPWORDS[view.lang]);
  const wordsOf = view.words;
  let totalProse = 0;
  // The shape of the last text line read (its text and word count, then what was read from them):
  // a text line that repeats it (a page of millions of `a` or `1` lines, a list of one label)
  // takes the same verdicts without reading its text again. Every verdict below is a function of
  // the text and the word count alone (and of the page's language, the same for the page).
  let lastText = "";
  let lastWords = -1;
  let lastShape = 0;
  let lastW = 0;
  let lastDensity = 0;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    chars[i] = l.text.length;
    // The decoder's kind (zero, BLANK, for blank lines): boilerplate without a signal (a share
    // bar, an ad label) says nothing about where the story ends, so it passes it like a blank line;
    // a legal notice (a company's registration, its customer-service text, a form's consent line)
    // reads as prose and is the site's, so a story crossing it pays for it, and is not widened over it.
    if (l.rule?.signal === "key-points") markKeyPointsAfter(lines, i, view.keyPoint);
    if (l.cls === "blank") continue;
    if (l.cls === "text" && l.text.length >= 4) (texts ??= new Array<string | undefined>(n))[i] = l.text;
    decoderKind[i] = l.cls === "boilerplate" && l.rule?.signal === undefined && l.rule?.kind !== "legal" ? BLANK : l.cls === "text" ? TEXT : OTHER;
    if (l.cls === "boilerplate" && l.rule?.signal === "end-of-story") stop[i] = l.rule.kind === "comments" ? 2 : 1;
    let f = 0;
    let w = l.words;
    if (l.cls === "text") {
      if (l.words !== lastWords || l.text !== lastText) {
        // Each text line's shape is read once here, and its paragraph verdict settled from it (the
        // verdict `paragraph` would reach: `isParagraph`, `readsAsProse`, not `isShouting`): the
        // stop density of its head is the feature and the prose test at once, since
        // `stopDensity(t, l, x) >= x` exactly when `stopDensity(t, l) >= x`.
        const ends = endsSentence(l.text);
        const sw = storyWords(l.text, l.words);
        const shape = sw >= 25 || (sw >= 8 && ends);
        const density = l.words >= 4 && stops ? stopDensity(l.text.length > 300 ? l.text.slice(0, 300) : l.text, view.lang) : 0;
        const notProse = stops && l.words >= 12 && density < MIN_PROSE_STOP_DENSITY;
        const shouting = isShouting(l);
        let g = 0;
        if (shape && !notProse && !shouting) g |= FLAG_PARAGRAPH;
        if (shape) g |= FLAG_SHAPE;
        if (shouting) g |= FLAG_SHOUTING;
        if (ends) g |= FLAG_ENDS;
        if (notProse) g |= FLAG_NOT_PROSE;
        lastText = l.text;
        lastWords = l.words;
        lastShape = g;
        lastW = sw;
        lastDensity = density;
      }
      w = lastW;
      wordsOf[i] = w;
      f = lastShape;
      const para = (f & FLAG_PARAGRAPH) !== 0;
      view.paragraph[i] = para ? 2 : 1;
      // The buffer is zeroed: a zero is not written (nor read back, see the rows), so a page of
      // short lines never touches this array's memory.
      if (lastDensity !== 0) densities[i] = lastDensity;
      if (para) totalProse += l.text.length;
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
  // Without any text to compare, nothing is marked: an empty list marks nothing either.
  view.duplicate = markDuplicates(texts ?? [], input, view.duplicate);
  const x = keep ? new Float64Array(n * F) : null;
  const row = x ?? new Float64Array(F);
  const score = lineScorer(model);
  // A blank line's row is all zeros: one score for all of them.
  const blankP = score(new Float64Array(F), 0);
  let afterEnd = 0;
  let underRelated = 0;
  let proseSeen = 0;
  let k = 0;
  // The flags of the lines that matter around the k-th: `b1`..`b3` the three before it, `a1`..`a3`
  // the three after it, and `at` its own; 0 past either end of the list (no flag set: the counts
  // below read them as absent). Shifted by one as k advances, so each step reads one line's flags.
  let b1 = 0;
  let b2 = 0;
  let b3 = 0;
  let at = m > 0 ? flags[nonBlank[0]!]! : 0;
  let a1 = m > 1 ? flags[nonBlank[1]!]! : 0;
  let a2 = m > 2 ? flags[nonBlank[2]!]! : 0;
  let a3 = m > 3 ? flags[nonBlank[3]!]! : 0;
  // The values read from the last line's text alone (its list shape, colon end and length's
  // log): a line with the same text (a page of millions of `1` lines) takes them again.
  let rowText: string | null = null;
  let rowList = 0;
  let rowColon = 0;
  let rowLogChars = 0;
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
    if (l.text !== rowText) {
      rowText = l.text;
      rowList = listShape(rowText) ? 1 : 0;
      rowColon = rowText.charCodeAt(rowText.length - 1) === 0x3a ? 1 : 0; // ends with ":"
      rowLogChars = log1pOf(rowText.length);
    }
    row[o + 11] = log1pOf(w);
    row[o + 12] = rowLogChars;
    row[o + 13] = f & FLAG_SHORT ? 1 : 0;
    row[o + 14] = text && l.words >= 4 ? densities[i]! : 0;
    // The line's rank among the lines that matter: `k` of them come before it.
    row[o + 15] = m > 1 ? Math.min(1, k / (m - 1)) : 0;
    row[o + 16] = l.cls === "timestamp" || l.cls === "source-timestamp" || l.cls === "source-echo" ? 1 : 0;
    row[o + 17] = rowList;
    row[o + 18] = rowColon;
    row[o + 19] = text && w >= 2 && w <= 14 && (f & FLAG_ENDS) === 0 ? 1 : 0;
    row[o + 20] = kind !== "" && CHROME_KINDS.has(kind) ? 1 : 0;
    row[o + 21] = kind !== "" && ASIDE_KINDS.has(kind) ? 1 : 0;
    if (k < m && nonBlank[k] === i) {
      // Counts over the WINDOW (3) lines that matter on each side.
      const pp = (b1 & FLAG_PARAGRAPH) + (b2 & FLAG_PARAGRAPH) + (b3 & FLAG_PARAGRAPH);
      const np = (a1 & FLAG_PARAGRAPH) + (a2 & FLAG_PARAGRAPH) + (a3 & FLAG_PARAGRAPH);
      const ps = ((b1 & FLAG_SHORT) + (b2 & FLAG_SHORT) + (b3 & FLAG_SHORT)) >> SHORT_BIT;
      const ns = ((a1 & FLAG_SHORT) + (a2 & FLAG_SHORT) + (a3 & FLAG_SHORT)) >> SHORT_BIT;
      const nb = ((b1 & FLAG_BOILERPLATE) + (b2 & FLAG_BOILERPLATE) + (b3 & FLAG_BOILERPLATE) + (a1 & FLAG_BOILERPLATE) + (a2 & FLAG_BOILERPLATE) + (a3 & FLAG_BOILERPLATE)) >> BOILERPLATE_BIT;
      b3 = b2;
      b2 = b1;
      b1 = at;
      at = a1;
      a1 = a2;
      a2 = a3;
      a3 = k + 4 < m ? flags[nonBlank[k + 4]!]! : 0;
      k++;
      row[o + 22] = PER_SIDE[pp]!;
      row[o + 23] = PER_SIDE[np]!;
      row[o + 24] = PER_SIDE[ps]!;
      row[o + 25] = PER_SIDE[ns]!;
      row[o + 26] = PER_BOTH[nb]!;
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
  // Below the story, a legal notice (a company's registration, its customer-service text, a
  // disclaimer) says the story is over: the prose under it is the footer's.
  for (let i = b + 1; i < lines.length && !inBlock[i]; i++) {
    const l = lines[i]!;
    if (l.cls === "boilerplate" && l.rule?.kind === "legal") break;
    if (passable(l)) continue;
    if (l.cls !== "text" || !paragraph(view, l)) break;
    inSpan[i] = 1;
    b = i;
  }
  return [a, b];
}

/** Non-paragraph text lines {@link introductionAbove} crosses, at most, between the story and its introduction. */
const INTRO_REACH = 60;
/** Characters the introduction's paragraphs hold, at least. */
const INTRO_CHARS = 200;

/**
 * The story's introduction above a run of short lines the decoder left out: a table of contents,
 * a row of product cards, a "top picks" box or a tools list printed between a guide's opening
 * paragraphs and its first section. The opening's few paragraphs are worth less than the price of
 * re-entering the story below the run, so the decoder starts under it and drops them. Above the
 * story's first line, past short text lines only (at most {@link INTRO_REACH}; boilerplate without
 * a signal, a share bar or an ad label, passes as a blank line), the nearest paragraphs of prose,
 * when the model reads them as body (`p ≥ body`) and they hold {@link INTRO_CHARS} characters or
 * more, join the story; the run between stays out. A wall (another story block), a line that ends
 * or heads something (a signal: comments, related links, key points), a legal notice, a date or
 * byline line (the head), or a weak paragraph stops the search.
 *
 * @returns The story's new first line (`a` when nothing joins).
 */
function introductionAbove(view: PageView, inSpan: Uint8Array, a: number): number {
  const { lines, inBlock, p } = view;
  let crossed = 0;
  let i = a - 1;
  for (; i >= 0; i--) {
    const l = lines[i]!;
    if (inBlock[i]) return a;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate") {
      if (l.rule?.signal !== undefined || l.rule?.kind === "legal") return a;
      continue;
    }
    if (l.cls !== "text") return a;
    if (paragraph(view, l)) break;
    if (++crossed > INTRO_REACH) return a;
  }
  if (i < 0) return a;
  // The run of strong paragraphs ending at i (blank lines between them pass).
  let top = -1;
  let chars = 0;
  for (let j = i; j >= 0 && !inBlock[j]; j--) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls !== "text" || !paragraph(view, l) || p![j]! < view.bodyThreshold!) break;
    top = j;
    chars += l.text.length;
  }
  if (top < 0 || chars < INTRO_CHARS) return a;
  for (let j = top; j <= i; j++) if (lines[j]!.cls === "text") inSpan[j] = 1;
  return top;
}

/** Marks the lines under the key-points header at `i` (consecutive text lines, no blank line between), in `marks` (one per line). */
function markKeyPointsAfter(lines: readonly ClassifiedLine[], i: number, marks: Uint8Array): void {
  for (let j = i + 1, n = 0; j < lines.length && n < MAX_KEY_POINTS; j++, n++) {
    const l = lines[j]!;
    if (l.cls !== "text" || l.words < 4) break;
    marks[j] = 1;
  }
}

/** The fewest lines of a run of short sentences {@link sentenceRun} takes as prose. */
const RUN_MIN_LINES = 2;
/** A run of this many sentences or more is prose with {@link RUN_SHORT_WORDS} words ("Ma staw." / "Jest duży." / "Wstęp wolny."). */
const RUN_SHORT_LINES = 3;
/** The words a run of {@link RUN_SHORT_LINES} sentences needs to be prose. */
const RUN_SHORT_WORDS = 6;

/**
 * The likeliest run of short sentences on a page with no line of prose (the never-empty fallback
 * of {@link findMainStory}): consecutive text lines outside story blocks, each ending a sentence
 * and none shouting, with only blank lines and boilerplate without a signal between them (the
 * decoder's BLANK), at least {@link RUN_MIN_LINES} of them, that together hold 40 characters or 8
 * words as {@link headWords} counts them (a character of a space-less script half a word, in short
 * lines too), or {@link RUN_SHORT_LINES} of them with {@link RUN_SHORT_WORDS} words. Among several,
 * the one of the most `p × chars`.
 *
 * @returns The run's first and last line, or `null` when the page has none.
 */
function sentenceRun(view: PageView, kind: Uint8Array, inBlock: Uint8Array, p: Float64Array, chars: Int32Array): [number, number] | null {
  const { lines } = view;
  let best: [number, number] | null = null;
  let bestMass = -1;
  let start = -1;
  let last = -1;
  let count = 0;
  let length = 0;
  let words = 0;
  let mass = 0;
  const close = () => {
    if (count >= RUN_MIN_LINES && (length >= 40 || words >= 8 || (count >= RUN_SHORT_LINES && words >= RUN_SHORT_WORDS)) && mass > bestMass) {
      best = [start, last];
      bestMass = mass;
    }
    start = -1;
    count = length = words = mass = 0;
  };
  for (let i = 0; i < lines.length; i++) {
    if (kind[i] === BLANK && !inBlock[i]) continue;
    const l = lines[i]!;
    if (kind[i] === TEXT && !inBlock[i] && endsSentence(l.text) && !isShouting(l)) {
      if (start < 0) start = i;
      last = i;
      count++;
      length += l.text.length;
      words += headWords(l);
      mass += p[i]! * chars[i]!;
      continue;
    }
    close();
  }
  close();
  return best;
}

/**
 * Locates the main story among the lines that belong to no story block: the best-scoring run of
 * lines (a maximum-sum subarray, as in boilerpipe's densest-block idea), cut at lines whose rules
 * close a story (comment widgets, tag lists, copyright), then the headline, date, byline and key
 * points above it.
 * @param stamps - Timestamp searches already made on this page (see {@link StampMemo}); filled in.
 * @param scratch - Memory for the per-line arrays of the page view: three bytes a line, any content
 *   (it is cleared here). The caller's, so that a page's arrays share one buffer (see `assemble`).
 * @param tally - Classify's tally of the page (bounds of its text lines: `lines` may hide some
 *   as blank, never add one): a page without a text line long enough for prose has no language
 *   to look for and no fallback line to search for
 * @returns the story's lines, or `null` when nothing on the page reads as a story
 */
export function findMainStory(
  lines: ClassifiedLine[],
  inBlock: Uint8Array,
  ctx: ParseContext,
  stamps: StampMemo = new Map(),
  scratch: Uint8Array = new Uint8Array(3 * lines.length),
  tally?: ClassTally,
): MainStory | null {
  const n = lines.length;
  scratch.fill(0, 0, 3 * n);
  const view: PageView = {
    stamps,
    lines,
    inBlock,
    lang: pageLanguage(lines, tally?.maxTextWords),
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
    kind: new Uint8Array(mem, 28 * n, n),
    stop: new Uint8Array(mem, 29 * n, n),
    flags: new Uint8Array(mem, 30 * n, n),
  };
  view.words = new Int32Array(mem, 24 * n, n);
  const inSpan = new Uint8Array(mem, 31 * n, n);
  const { p, chars, kind, stop } = arrays;
  const x = storyFeatures(view, model, arrays, record !== null, ctx.input);
  let fallback = -1;
  if (record) record({ texts: lines.map((l) => l.text), x: x!, chars, stop: stop.slice(), kind: kind.slice() });
  // A company's notice (its registration, its customer-service text) is never story text, however
  // much it reads as prose: a story that crosses it pays its whole length, so the footer's prose
  // under it does not join a short story. (Not every legal notice: a sign-up box's consent line
  // sits inside stories.)
  // The lines between two such notices a few lines apart (a heading, a line on the company's
  // history, a paragraph of its booking terms) are the footer's as well.
  let notice = -1;
  for (let i = 0; i < n; i++) {
    if (kind[i] !== OTHER || lines[i]!.rule?.id !== COMPANY_NOTICE_RULE_ID) continue;
    p[i] = 0;
    if (notice >= 0 && i - notice <= NOTICE_REACH) p.fill(0, notice + 1, i);
    notice = i;
  }
  view.p = p;
  view.bodyThreshold = model.body;
  view.inSpan = inSpan;
  let [bestA, bestB] = decodeStory(kind, inBlock, chars, p, model.span, model.body, model.gap ?? Infinity, inSpan, stop);
  // A fallback line has 8 words as storyWords counts them, or 40 characters: such a text has 7
  // code units or more (a normalised text of k code units holds at most (k + 1) / 2 spaced words
  // and k space-less characters, each half a word: at most k + 1 words).
  if (bestA < 0 && (tally === undefined || tally.maxTextLength >= FALLBACK_MIN_LENGTH)) {
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
    } else {
      // Failing one line of prose, a run of short sentences that make one together ("Park
      // otwarto wczoraj." / "Ma staw i plac zabaw." / …, a Chinese or Japanese story told in short
      // lines): two lines or more, each ending a sentence, with nothing but blank lines and
      // boilerplate between them, as long together as a sentence of prose.
      const run = sentenceRun(view, kind, inBlock, p, chars);
      if (run !== null) {
        [bestA, bestB] = run;
        for (let i = bestA; i <= bestB; i++) if (kind[i] === TEXT) inSpan[i] = 1;
      }
    }
  }
  if (bestA >= 0) bestA = introductionAbove(view, inSpan, bestA);
  if (bestA >= 0) [bestA, bestB] = widenOverProse(view, inSpan, bestA, bestB);
  if (bestA < 0) {
    ctx.messages.push({ code: "no_main_story", severity: "warning", message: "no line on the page reads as a story paragraph" });
    return null;
  }

  const rows = tableRows(lines, ctx.input);
  const selected = selectBody(view, bestA, bestB, rows);
  // A headline with an image credit under it (`Headline` / `Image Credit: Agency`) at the top of
  // the span reads as a caption: one that opens the story above every body line and is shaped as
  // a headline (no sentence end) is left to the head, where the ranker weighs it as the title.
  if (selected.body.length > 1 && selected.captions.length > 0) {
    const c = selected.captions[0]!;
    if (c.line < selected.body[0]! && c.creditLine === c.line + 1 && headlineAtTop(view, c.line)) selected.captions.shift();
  }
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
  // Whether the head closes on a headline the body skipped (then the lines under it are the story's).
  let headlineSkipped = false;
  for (let k = 0; k < Math.min(HEAD_REACH, selected.body.length - 1); k++) {
    const j = selected.body[k]!;
    const l = lines[j]!;
    const meta = l.cls === "timestamp" || (l.cls === "text" && headWords(l) <= 16 && (BYLINE_START.test(l.text) || stampIn(view, l.text, ctx)?.before === ""));
    // A date line and a headline under it that the body skipped or begins with (`Site tagline …`
    // / date / headline / story): the story's head closes on that headline, what is above it is
    // the page's, and the lines under it are the story's.
    const skipped = meta ? 0 : datedHeadlineBetween(view, j, selected.body[k + 1]!);
    if (meta || skipped > 0) (headEnd = k), (headlineSkipped = skipped > 0);
    if (skipped > 0) break;
  }
  // The story opens with a sentence: short unpunctuated lines at its top (a headline, a kicker)
  // are head too.
  while (!headlineSkipped && headEnd + 2 < Math.min(HEAD_REACH, selected.body.length)) {
    const l = lines[selected.body[headEnd + 1]!]!;
    if (l.cls !== "text" || headWords(l) > 14 || l.text.length >= 120 || endsSentence(l.text)) break;
    headEnd++;
  }
  if (headEnd >= 0) {
    selected.body.splice(0, headEnd + 1);
    // A loop, not Math.min(...): a spread of a page's captions overflows the stack past ~120k.
    let top = selected.body[0]!;
    for (const c of selected.captions) if (c.line > bestA && c.line < top) top = c.line;
    bestA = top;
  }
  const head = findHead(view, bestA, ctx);
  if (head.bylineLine < 0 || head.timestampLine < 0) readWideHead(view, bestA, head, ctx);
  const ranker = titleModel();
  if (ranker || record) {
    const t = rankTitle(view, bestA, bestB, head, ranker ?? undefined, record, ctx, headlineOpening(view, selected.body), headerOwnerLine(view, bestA));
    // Where the head rules found no headline, the body's first line would stand in as the title
    // (below), most often a paragraph: the ranker's pick above the body is the better headline.
    // A body of one line keeps its old reading (a one-line page is its own headline; a digest's
    // lone line is no main story).
    if (ranker && t >= 0 && t < bestA && head.titleLine < 0 && selected.body.length > 1) head.titleLine = t;
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
    const named = labelledUnder(view, head.titleLine, bestA, ctx);
    if (named !== null) {
      head.bylineLine = named.line;
      head.byline = named.name;
      head.weakByline = false;
    }
  }
  if (head.titleLine >= 0 && head.titleLine < bestA && (head.bylineLine < head.titleLine || head.weakByline)) {
    const named = headName(view, head.titleLine, bestA, ctx);
    // A name read from its slot alone yields to an author box naming someone.
    const box = named?.slot ? authorBox(view, bestB, bestA) : null;
    if (box) {
      head.bylineLine = box.line;
      head.byline = box.name;
      head.weakByline = false;
    } else if (named) {
      head.bylineLine = named.line;
      head.byline = named.name;
      head.weakByline = false;
    } else if (head.weakByline && cardName(view, head.bylineLine, head.titleLine)) {
      // `Jane Doe` / `Marketing Director`: the role line was taken for the name under it.
      const card = cardName(view, head.bylineLine, head.titleLine)!;
      head.bylineLine = card.line;
      head.byline = card.name;
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
    // A credit sentence opening the story, an author box; failing those, a name under the
    // headline with the head's date a few lines away.
    const box = creditAtOpening(view, bestA) ?? authorBox(view, bestB, bestA) ?? (head.titleLine < bestA ? headName(view, head.titleLine, bestA, ctx, true) : null);
    if (box) {
      head.bylineLine = box.line;
      head.byline = box.name;
      head.weakByline = false;
    }
  }
  // Nothing in the head or the boxes: the fallbacks, the first that names someone.
  if (head.titleLine >= 0 && head.bylineLine <= head.titleLine && !head.bylineAbove) {
    head.bylineAbove =
      // A name in a header slot the logo mask hid (`Headline` / `Headline` / `Jane Doe` / date).
      hiddenSlotName(view, head.titleLine, bestA, ctx, tally) ||
      // An author card printed between two copies of the headline (`Headline` / `author` / `Jane Doe` / role / `Headline`).
      cardBetweenCopies(view, head.titleLine) ||
      // The page's one labelled byline, wherever the page prints it.
      soleByline(view, bestB, ctx) ||
      // Still nobody: a personal site's owner, the person its footer's copyright line names, or its header.
      (siteOwner(view, bestA) ?? headerOwner(view, head.titleLine));
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
  // A numbered list, a table and a bullet list that run on below the story join its body in turn;
  // appended by a loop, as push(...run) overflows the stack past ~120k lines.
  const extend = (run: readonly number[]): void => {
    if (run.length === 0) return;
    for (const j of run) bodyLines.push(j);
    bestB = run[run.length - 1]!;
  };
  extend(list);
  extend(tableAfter(lines, rows, bestB, inBlock));
  extend(bulletListAfter(lines, bodyLines, bestB, inBlock));
  const keyPointLines: number[] = [];
  const sectionPoints = new Set(selected.points);
  for (let j = first + 1; j < bestB; j++) if (view.keyPoint[j] && !sectionPoints.has(j)) keyPointLines.push(j);
  bodyLines = bodyLines.filter((j) => !view.keyPoint[j] || sectionPoints.has(j));
  const { hashtags, hashtagLines } = collectHashtags(lines, bestB + 1);
  return {
    first,
    last: bestB + 1,
    titleLine: first,
    timestampLine: head.timestampLine > first ? head.timestampLine : -1,
    timestamp: pageOrder(head.timestampLine > first ? head.timestamp : first === head.titleLine ? (head.stampAbove ?? stampJustAbove(view, head) ?? stampJustBelow(view, bestB, ctx)) : null, ctx),
    source:
      head.timestampLine > first && lines[head.timestampLine]!.cls === "source-timestamp" && head.bylineLine !== head.timestampLine
        ? lines[head.timestampLine]!.source
        : null,
    bylineLine: head.bylineLine > first && !labelByline(head.byline) ? head.bylineLine : -1,
    byline: head.bylineLine > first ? (labelByline(head.byline) ? null : head.byline) : first === head.titleLine && !labelByline(head.bylineAbove ?? null) ? (head.bylineAbove ?? null) : null,
    bodyLines,
    keyPointLines,
    standfirstLines: standfirst,
    captionLines: selected.captions,
    hashtags,
    hashtagLines,
  };
}

/**
 * Whether a byline the head read is an interface or section label (`Contents`, `Key Insights`,
 * `Read More`; see {@link isInterfaceLabel}): whichever rule read it, the story has no byline then.
 */
function labelByline(byline: string | null): boolean {
  return byline !== null && isInterfaceLabel(byline);
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

/** The most entries {@link bulletListAfter} takes: a list, not a page of bulleted links. */
const MAX_LIST_AFTER = 30;

/** A bullet marker and the space after it, at the start of a line: its first character is the marker. */
const BULLET_ITEM = /^[-–—•·▪●◦‣*+] \S/u;

/**
 * A bulleted list that runs on right after the story's last line, printed with the marker of a list
 * the body already holds (two entries or more): the last section's list of a guide (its tools, its
 * easy crops), which the model reads as short lines near the page's end. Consecutive entries only
 * (blank lines between them aside), up to {@link MAX_LIST_AFTER}; any other line ends it.
 * @returns the list's lines, or `[]`
 */
function bulletListAfter(lines: readonly ClassifiedLine[], body: readonly number[], last: number, inBlock: Uint8Array): number[] {
  const markers = new Map<string, number>();
  for (const j of body) {
    const t = lines[j]!.text;
    if (BULLET_ITEM.test(t)) markers.set(t[0]!, (markers.get(t[0]!) ?? 0) + 1);
  }
  if (markers.size === 0) return [];
  const out: number[] = [];
  for (let j = last + 1; j < lines.length && out.length < MAX_LIST_AFTER; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (inBlock[j] || l.cls !== "text" || !BULLET_ITEM.test(l.text) || (markers.get(l.text[0]!) ?? 0) < 2) break;
    out.push(j);
  }
  return out;
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
    // A credit names a person or an agency; a date after the separator (`Headline / Mar 2025`)
    // is the line's stamp, and the line a dated headline.
    if (trailing && scanTimestampLine(trailing[2]!).whole === null) return { text: trailing[1]!, credit: trailing[2]! };
  }
  return null;
}

/**
 * Whether the lines strictly between body lines `a` and `b` hold a date line with the story's
 * headline under it: 1 when the headline is among them, 2 when it is body line `b` itself, 0
 * otherwise. A headline: a text line of at most {@link CAPTION_HEADLINE_WORDS} words with no
 * sentence end.
 */
function datedHeadlineBetween(view: PageView, a: number, b: number): 0 | 1 | 2 {
  const headline = (l: ClassifiedLine) => l.cls === "text" && headWords(l) <= CAPTION_HEADLINE_WORDS[1] && !endsSentence(l.text);
  let dated = -1;
  let found: 0 | 1 | 2 = 0;
  for (let i = a + 1; i < b && found === 0; i++) {
    const l = view.lines[i]!;
    if (l.cls === "timestamp") dated = i;
    else if (dated >= 0 && headline(l)) found = 1;
  }
  if (found === 0 && dated >= 0 && headline(view.lines[b]!)) found = 2;
  // A listing of dated entries (an events page: date / name / place / summary) prints another
  // date a few lines on: its dates open entries, not the story's head.
  for (let i = dated + 1; found > 0 && i < view.lines.length && i <= dated + DATED_ENTRY_LINES; i++) if (view.lines[i]!.cls === "timestamp") found = 0;
  return found;
}

/** How many lines under a dated headline may hold no other date line (see {@link datedHeadlineBetween}). */
const DATED_ENTRY_LINES = 20;

/** Words a headline read as a caption may have (see {@link headlineAtTop}). */
const CAPTION_HEADLINE_WORDS = [3, 20] as const;

/**
 * Whether the caption line `i`, above every body line, reads as the story's headline: three to
 * twenty words with no sentence end (a photo's caption is most often a sentence).
 */
function headlineAtTop(view: PageView, i: number): boolean {
  const l = view.lines[i]!;
  const w = headWords(l);
  return l.cls === "text" && w >= CAPTION_HEADLINE_WORDS[0] && w <= CAPTION_HEADLINE_WORDS[1] && !endsSentence(l.text);
}

/**
 * Chooses the body lines inside the decoded story: a line right above a credit line, or ending in
 * its own credit, is a caption; a duplicate or a key point is not body; any other text line inside
 * a chosen segment is body when the model gives it `p ≥ body`.
 */
function selectBody(view: PageView, from: number, to: number, rows: Uint8Array | null = null): { body: number[]; captions: MainStory["captionLines"]; points: number[] } {
  const { lines } = view;
  const text: number[] = [];
  for (let i = from; i <= to; i++) {
    const cls = lines[i]!.cls;
    if (cls === "text" || cls === "boilerplate" || cls === "source-timestamp") text.push(i);
  }
  const body: number[] = [];
  const captions: MainStory["captionLines"] = [];
  // Key points under a header the story's paragraphs came before: a section's list, kept as body.
  const points: number[] = [];
  let paragraphsTaken = 0;
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
  // Where each text printed more than once is printed last inside the chosen segments: a section
  // heading printed first in a table of contents, a paragraph repeated as a pull quote.
  const lastAt = new Map<string, number>();
  for (const i of text) if (view.duplicate[i] === 1 && view.inSpan![i] === 1) lastAt.set(lines[i]!.text, i);
  const storyOnly = printedInStoryOnly(view, lastAt);
  // The story printed twice: most of the segments' paragraphs (and several) are printed more
  // than once. Otherwise a text printed twice among others printed twice is a carousel or a
  // teaser (a headline and its dek), not the story's.
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
    // Key points are the article's when they come before its story; under a header inside the
    // story ("Highlights", "Key takeaways" over a section) they are the section's list.
    if (view.keyPoint[i] && paragraphsTaken < KEY_POINTS_BEFORE) continue;
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
    // A text printed more than once: when the whole story is printed twice, each of its lines
    // (a paragraph, and as well a subheading, a list item or a `Label: value` line, which the
    // second printing doubles like the rest) is taken where it first appears. Otherwise it is taken once, at its last printing in the
    // segments, and not above the story's first line (a headline or a dek printed twice) nor
    // among other doubled lines (a carousel, a teaser); when it is not a paragraph, only when it
    // heads one or a list the story keeps (a section heading also printed in a table of contents,
    // a "Pros" label over its list; see headsList), not a label standing alone. A text printed only inside the story, with story
    // paragraphs between its printings (a `Label: value` line or a subheading each section
    // repeats), is taken at every printing below the story's first line, when it is a paragraph,
    // heads one or is a `Label: value` line (not a call to action repeated between sections).
    // A table's row inside the story's extent is the story's, whatever the model reads (a spec or
    // comparison table between a guide's paragraphs), and so is the short title right above one;
    // a row printed in several tables (the same spec in each product's table) at each printing.
    const row = rows !== null && !doubled && i > firstStrong && i < lastStrong && (rows[i] === 1 || tableTitle(view, rows, text, k));
    if (row) {
      if (paragraph(view, line)) paragraphsTaken++;
      push(i);
      continue;
    }
    if (isDuplicate(view, line) && storyOnly.has(line.text.toLowerCase())) {
      if (body.length === 0 || (!paragraph(view, line) && !(next && paragraph(view, next)) && !line.text.includes(": ") && !headsList(view, text, k))) continue;
    } else if (isDuplicate(view, line)) {
      if (doubled ? taken.has(line.text) : lastAt.get(line.text) !== i || body.length === 0 || amongDuplicates(view, text, k)) continue;
      if (!doubled && !paragraph(view, line) && !(next && paragraph(view, next)) && !headsList(view, text, k)) continue;
    }
    // CREDIT_LINE needs a `/` or `|` (its first run holds neither): the quick scans rule out most lines.
    if (line.words <= 8 && (line.text.includes("/") || line.text.includes("|")) && CREDIT_LINE.test(line.text) && CREDIT_MARK.test(line.text)) {
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
    if (view.p![i]! < view.bodyThreshold! && !(paragraph(view, line) && (i < firstStrong || i > lastStrong)) && !betweenStrongLines(view, text, k)) continue;
    if (view.keyPoint[i]) points.push(i);
    if (paragraph(view, line)) {
      inList = false;
      paragraphsTaken++;
      push(i);
      continue;
    }
    // A long line without the stop words of prose and no full stop is a menu flattened onto one line.
    if (inList || isShouting(line) || (line.words >= 12 && !endsSentence(line.text) && !LISTED.test(line.text) && !readsAsProse(view, line))) continue;
    push(i);
  }
  // The key points the body took, in order: marks, not `body.includes` per point (quadratic when
  // a page prints many key-point lists).
  let kept = points;
  if (points.length > 0) {
    const inBody = new Uint8Array(lines.length);
    for (const j of body) inBody[j] = 1;
    kept = points.filter((i) => inBody[i] === 1);
  }
  return { body, captions, points: kept };
}

/**
 * The texts printed more than once whose every printing lies inside the chosen segments, with a
 * paragraph of the story between two of them: a label repeated in each section of a guide
 * (`Team size: 11–50`, `Pet safety: toxic to cats`), a subheading each section repeats, a line of
 * output a tutorial prints twice. Each printing is the story's (see `selectBody`). One pass over
 * the page.
 *
 * @param view - The page view (its `inSpan` and `duplicate` marks).
 * @param lastAt - The doubled texts of the segments (none: nothing to find).
 * @returns The texts, lower-cased as the duplicate marks compare them.
 */
function printedInStoryOnly(view: PageView, lastAt: ReadonlyMap<string, number>): Set<string> {
  const out = new Set<string>();
  if (lastAt.size === 0) return out;
  const { lines, inSpan, duplicate } = view;
  // Per text: the count of story paragraphs at its last printing, or -1 once printed outside the segments.
  const seenAt = new Map<string, number>();
  let paragraphs = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cls !== "text") continue;
    if (duplicate[i] !== 1) {
      if (inSpan![i] === 1 && paragraph(view, l)) paragraphs++;
      continue;
    }
    const key = l.text.toLowerCase();
    const before = seenAt.get(key);
    if (before === -1) continue;
    if (inSpan![i] !== 1) {
      seenAt.set(key, -1);
      out.delete(key);
      continue;
    }
    if (before !== undefined && paragraphs > before) out.add(key);
    seenAt.set(key, paragraphs);
  }
  return out;
}

/** A call to action's first word: a shop button, a "Learn more" link repeated under each section is no label. */
const CALL_TO_ACTION = /^(?:buy|shop|check|see|view|learn|read|get|order|book|try|download|visit|click|compare|find|explore|discover|sign|subscribe|watch|listen|go|jump|continue|start|request|contact|call|join|apply|register|save)\b/iu;
/** Words a section label holds, at most. */
const LABEL_WORDS = 6;

/**
 * Whether `text[k]`, a text printed at several places, is a section label over the list under
 * it: a review's `Pros` / `Cons` or `What we like`, a guide's `Features` or `Buying options:`
 * printed in every section, with the section's own lines under it; a section heading printed in a
 * table of contents as well, over its section's list. A short line (at most
 * {@link LABEL_WORDS} words) that opens with a capital, a digit or a letter of a script without
 * case (not a line of code: no brackets, parentheses, `;`, `=` or angle brackets), and is no call
 * to action, right above (a blank line apart at most) a line the story keeps: in the chosen
 * segments, read as body (`p ≥ body`) and printed once.
 */
function headsList(view: PageView, text: readonly number[], k: number): boolean {
  const i = text[k]!;
  const l = view.lines[i]!;
  if (l.words > LABEL_WORDS || CALL_TO_ACTION.test(l.text)) return false;
  if (!/^[\p{Lu}\p{Lt}\p{Lo}\p{N}]/u.test(l.text) || /[{}();=<>]/u.test(l.text)) return false;
  const j = text[k + 1];
  if (j === undefined || j > i + 2) return false;
  const m = view.lines[j]!;
  return m.cls === "text" && view.inSpan![j] === 1 && view.p![j]! >= view.bodyThreshold! && view.duplicate[j] !== 1;
}

/** Weak lines a run between two strong lines of one segment holds, at most, for {@link betweenStrongLines}. */
const WEAK_RUN = 5;
/** Words a weak line between strong lines holds, at most: a list item, a table row, a label. */
const WEAK_RUN_WORDS = 20;

/**
 * Whether `text[k]`, a line of a chosen segment the model reads under the body threshold, sits in
 * a short run of such lines (at most {@link WEAK_RUN}) with a line read as body right above and
 * right below it in the same segment: a short list, the rows of a small table or a step's label
 * between a guide's paragraphs, not text printed elsewhere on the page and not a long line (at
 * most {@link WEAK_RUN_WORDS} words).
 */
function betweenStrongLines(view: PageView, text: readonly number[], k: number): boolean {
  const { lines, inSpan, p } = view;
  const i = text[k]!;
  if (view.duplicate[i] === 1 || lines[i]!.words > WEAK_RUN_WORDS) return false;
  const strong = (j: number) => inSpan![j] === 1 && p![j]! >= view.bodyThreshold! && lines[j]!.cls === "text";
  const weak = (j: number) => inSpan![j] === 1 && !strong(j);
  let a = k - 1;
  while (a >= 0 && k - a <= WEAK_RUN && weak(text[a]!)) a--;
  let b = k + 1;
  while (b < text.length && b - k <= WEAK_RUN && weak(text[b]!)) b++;
  return a >= 0 && b < text.length && b - a - 1 <= WEAK_RUN && strong(text[a]!) && strong(text[b]!);
}

/** A tab between two cells of a line of the input: how a page's text prints a table's row (each cell a tab apart). */
const TABLE_CELLS = /\S\t+\S/u;

/**
 * The rows of the page's tables: text lines whose input holds two cells or more, a tab apart (the
 * text of a table as a browser prints it), in a run of two such lines or more (blank lines
 * between them aside). Normalisation turns the tabs into spaces, so they are read from the input.
 * `null` when the input holds no tab.
 */
function tableRows(lines: readonly ClassifiedLine[], input: string): Uint8Array | null {
  if (!input.includes("\t")) return null;
  const n = lines.length;
  const rows = new Uint8Array(n);
  let any = false;
  // The next tab at or after the line's start: lines come in input order, so one cursor moving
  // forward finds them all (a search from each line's start would read to a far tab every time).
  let tab = -1;
  for (let i = 0; i < n; i++) {
    const l = lines[i]!;
    if (l.cls !== "text") continue;
    if (tab < l.start) {
      tab = input.indexOf("\t", l.start);
      if (tab < 0) break;
    }
    if (tab >= l.end) continue;
    if (TABLE_CELLS.test(input.slice(l.start, l.end).trim())) (rows[i] = 1), (any = true);
  }
  if (!any) return null;
  // A lone row (a line with a stray tab) is no table.
  for (let i = 0; i < n; i++) {
    if (rows[i] !== 1) continue;
    let j = i + 1;
    while (j < n && lines[j]!.cls === "blank") j++;
    let k = i - 1;
    while (k >= 0 && lines[k]!.cls === "blank") k--;
    if (!(j < n && rows[j]) && !(k >= 0 && rows[k])) rows[i] = 2;
  }
  for (let i = 0; i < n; i++) if (rows[i] === 2) rows[i] = 0;
  return rows;
}

/**
 * A table right under the story's last line (blank lines aside), or under one short line right
 * under it (the table's title): a comparison or a spec table that ends a guide or a review, whose
 * rows the model reads as short lines near the page's end. Its rows (see {@link tableRows}), up to
 * the first line that is not one, join the story; `[]` when no table starts there.
 */
function tableAfter(lines: readonly ClassifiedLine[], rows: Uint8Array | null, last: number, inBlock: Uint8Array): number[] {
  if (!rows) return [];
  const next = (j: number) => {
    while (j < lines.length && lines[j]!.cls === "blank") j++;
    return j;
  };
  let j = next(last + 1);
  if (j >= lines.length || inBlock[j] || lines[j]!.cls !== "text") return [];
  const out: number[] = [];
  if (!rows[j]) {
    const title = lines[j]!;
    const k = next(j + 1);
    if (title.words > TABLE_TITLE_WORDS || endsSentence(title.text) || k >= lines.length || !rows[k] || inBlock[k]) return [];
    out.push(j);
    j = k;
  }
  for (; j < lines.length && rows[j] && !inBlock[j]; j = next(j + 1)) out.push(j);
  return out;
}

/** Words a table's title line holds, at most (see {@link tableAfter}). */
const TABLE_TITLE_WORDS = 12;

/** Whether `text[k]` is a table's title: a short line with no full stop right above one of its rows (see {@link tableRows}). */
function tableTitle(view: PageView, rows: Uint8Array, text: readonly number[], k: number): boolean {
  const i = text[k]!;
  const l = view.lines[i]!;
  const j = text[k + 1];
  return rows[i] !== 1 && l.cls === "text" && l.words <= TABLE_TITLE_WORDS && !endsSentence(l.text) && j !== undefined && j <= i + 2 && rows[j] === 1;
}

/** Whether the text line before or after `text[k]` is printed more than once as well: a carousel or a teaser printed twice. */
function amongDuplicates(view: PageView, text: readonly number[], k: number): boolean {
  return (k > 0 && view.duplicate[text[k - 1]!] === 1) || (k + 1 < text.length && view.duplicate[text[k + 1]!] === 1);
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
