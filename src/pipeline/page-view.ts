/**
 * What the three parts of the main-story stage share: the page's {@link PageView} and its
 * {@link StampMemo}, and the line primitives the body (`main-story.ts`), the title ranker
 * (`title-rank.ts`) and the head reader (`story-head.ts`) all read. Split out of `main-story.ts`
 * unchanged; it imports none of them, so the stage's modules form no cycle.
 *
 * @module
 */
import type { ClassifiedLine } from "../model/block.js";
import { findTimestamp, type FoundTimestamp } from "../time/find-timestamp.js";
import type { Timestamp } from "../time/types.js";
import type { ParseContext } from "./context.js";
import { endMark } from "./lines.js";

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
export function headWords(l: ClassifiedLine): number {
  return l.words + (spacelessChars(l.text) >> 1);
}

/**
 * Whether a line ends in a full stop of a script other than Latin: the ideographic and half-width
 * `。` `｡`, the Indic danda `।` `॥`, the Urdu `۔` or the Ethiopic `።` (before a closing quote or
 * bracket or not). Such a line reads as a sentence, as a line ending in `.` does; the question and
 * exclamation marks are left to the headline readers, as `?` and `!` are.
 */
export function endsFullStop(text: string): boolean {
  const c = endMark(text, true);
  return c === 0x3002 || c === 0xff61 || c === 0x0964 || c === 0x0965 || c === 0x06d4 || c === 0x1362;
}
export const BYLINE_START = /^(?:by|par|von|por|oleh|di)\s(\p{Lu}.*)$/iu;
// A name on its own line under a headline: two to four capitalised words ("Jane Q. Doe").
export const NAME_LINE = /^\p{Lu}[\p{L}.'’-]{0,20}(?: \p{Lu}[\p{L}.'’-]{0,20}){1,3}$/u;

/** How far above the body the headline may sit (bylines, dates, key points and captions come between). */
export const TITLE_LOOKBACK = 14;

/** Shared state for one page: page language, and per-line features computed once per page. */
export interface PageView {
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
export function stampIn(view: PageView, text: string, ctx: ParseContext): FoundTimestamp | null {
  let found = view.stamps.get(text);
  if (found === undefined) {
    found = findTimestamp(text, { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder });
    view.stamps.set(text, found);
  }
  return found;
}

export function isDuplicate(view: PageView, l: ClassifiedLine): boolean {
  return view.duplicate[l.index] === 1;
}

export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the code unit at `i` is a letter or digit: a char-code test for ASCII, {@link WORD_CHAR} beyond. */
export function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
  return WORD_CHAR.test(s[i]!);
}

/** A word without the punctuation at its edges (`"story,"` → `story`); a scan, not a regex, so it stays linear. */
export function stripPunctuation(w: string): string {
  const a = wordStart(w, 0, w.length);
  const b = wordEnd(w, a, w.length);
  return a === 0 && b === w.length ? w : w.slice(a, b);
}

/** Where the word `t[a, b)` starts without its leading punctuation. */
export function wordStart(t: string, a: number, b: number): number {
  while (a < b && !isWordChar(t, a)) a++;
  return a;
}

/** Where the word `t[a, b)` ends without its trailing punctuation. */
export function wordEnd(t: string, a: number, b: number): number {
  while (b > a && !isWordChar(t, b - 1)) b--;
  return b;
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
export const CASE_UPPER = 2;
export const CASE_LETTER = 3;
const CASE_NONE = 4;
const CASE_SURROGATE = 5;

/**
 * For each BMP code unit, its kind (see {@link CASE_LOWER} …), 0 until it is first met: a property
 * of the character, the same for every text, filled in by {@link caseOfUnit}.
 */
export const CASE_UNIT = new Uint8Array(0x10000);

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
export function caseOfUnit(c: number): number {
  const k = c >= 0xd800 && c <= 0xdfff ? CASE_SURROGATE : caseOfPoint(String.fromCharCode(c));
  CASE_UNIT[c] = k;
  return k;
}

export const CHROME_KINDS = new Set(["share", "follow", "ad", "navigation", "cookie", "site-chrome", "stub", "credit"]);

export interface Head {
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

// Bylines in the forms the narrow search leaves: "Written by Jane Doe", "Posted by …", "Author: …",
// "Contributors: …", "Reported by …",
// "ByJane Doe" (the space lost between two elements), "By Jane Doe | Section | 8 min read",
// "By Jane Doe – Updated Sep 9, 2025". The name runs to a separator or a date-ish word.
// A reviewer or fact-checker ("Reviewed by", "Medically reviewed by") is not the author.
export const WIDE_BYLINE = /^(?:(?:(?:[Ww]ritten|[Pp]osted|[Ww]ords|[Ss]tory|[Pp]ublished|[Tt]ext|[Aa]rticle|[Rr]ecipe|[Gg]uide|[Ee]ssay|[Cc]olumn|[Rr]eport|[Rr]eported) (?:[Bb]y|BY)|WRITTEN BY|POSTED BY|[Bb]y|BY):?|[Aa]uthors?:|[Cc]ontributors?:|CONTRIBUTORS?:) ?(\p{Lu}[^|•·–—]{1,100})/u;

/** Words a doubled headline may have: a headline, not a caption or a paragraph printed twice. */
const DOUBLED_WORDS = { min: 3, max: 25 };

/**
 * The lower copy of a line printed twice in a row (blank lines aside) above the body, within the
 * headline's reach: innerText often gives a story's headline twice (the page title, then the
 * heading; a mobile and a desktop header). Such a line is the headline even when a standfirst
 * without a full stop sits between it and the byline, or when it ends in `?`, `!` or `.`.
 * @returns its index, or -1
 */
export function doubledHeadline(view: PageView, bodyStart: number): number {
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

// Label words of a meta line, in the languages of the time locales: `Published`, `Last updated
// on`, `Posted`, `Veröffentlicht am`, `Publié le`, `Publicado el`, `Pubblicato il`, `Gepubliceerd op`.
const META_WORDS = new Set("published updated posted last modified on at date created reviewed edited written originally veröffentlicht aktualisiert zuletzt am um stand publié mis à jour le publicado actualizado el em atualizado pubblicato aggiornato il alle gepubliceerd bijgewerkt op om min mins minute minutes read reading time".split(" "));
/** A `by` clause after a stamp (`… by Jane Doe`): the rest of a byline, not of a headline. */
const BY_TAIL = /(?:^|\s)(?:by|par|von|por|di|door|oleh)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u;

/**
 * Whether a line is mostly a date or time stamp: a stamp whose line, once its meta labels
 * (`Published:`, `Last updated on`, `Posted … by Jane Doe`), a second stamp (`· Updated: …`) and a
 * reading time are set aside, has at most one word of its own. Such a line is the story's meta,
 * never its headline (`Published: 12 March 2024 · Updated: 13 March 2024`, `Posted on March 3,
 * 2024 by Jane Doe`); a headline that merely holds a date (`Markets fall on March 3`) keeps its words.
 */
export function isMetaLine(view: PageView, l: ClassifiedLine, ctx: ParseContext): boolean {
  if (l.cls === "timestamp") return true;
  // A source stamp (`Name 12/19/2025`) is read by its words: a headline may end with its date.
  if ((l.cls !== "text" && l.cls !== "source-timestamp") || l.words > 24) return false;
  let rest = l.text;
  // Up to two stamps on the line (published and updated).
  let stamps = 0;
  for (let k = 0; k < 2; k++) {
    const found = stampIn(view, rest, ctx);
    if (!found) break;
    stamps++;
    rest = `${found.before} ${found.after}`;
  }
  if (stamps === 0) return false;
  rest = rest.replace(BY_TAIL, " ");
  let own = 0;
  for (const w of rest.split(/[\s|•·,:;()–—/-]+/u)) {
    if (w === "" || !/[\p{L}\p{N}]/u.test(w)) continue;
    if (META_WORDS.has(w.toLowerCase()) || /^\d{1,3}$/u.test(w)) continue;
    own++;
  }
  return own <= 1;
}

// Interface and section vocabulary (a menu button, a share bar, a contents box, a case study's
// section headings) that a line of two capitalised words prints in place of a name: `Menu
// Toggle`, `Key Insights`, `Read More`, `Print Article`, `Best Practices`; in English, German,
// French, Spanish, Italian, Portuguese and Dutch. A word of
// INTERFACE_ONLY is no part of a person's name; the words of INTERFACE_WORDS may be (a surname
// `Key`, `Best`, `More`), so they mark a label only when every word is interface vocabulary.
const INTERFACE_ONLY = new Set("toggle menu navigation sidebar contents insights takeaways highlights disclosure newsletter newsletters subscribe login logout signup podcasts podcast facebook twitter linkedin youtube instagram pinterest tiktok whatsapp reddit email e-mail rss bookmark bookmarks comments trending categories tags advertisement advertiser sponsored cookies privacy overview summary introduction conclusion faq faqs article articles posts practices analysis schedule motivation challenge challenges solution solutions methodology background checklist checklists resources release inhalt inhaltsverzeichnis teilen drucken suche menü kommentare weiterlesen sommaire partager imprimer recherche commentaires contenido índice compartir imprimir buscar comentarios indice condividi commenti conteúdo compartilhar partilhar pesquisar inhoud delen zoeken reacties afdrukken".split(" "));
const INTERFACE_WORDS = new Set("skip to content read more share this key best print press home top main next previous back latest news popular related follow us contact about join sign in up out free get view all see load show hide open close continue reading learn search the our your table of quick links lesen mehr lire la suite leer más leggi leia mais lees meer plus".split(" "));

/**
 * Whether a short line is an interface or section label rather than a name (see
 * {@link INTERFACE_ONLY}): every word is interface vocabulary (`Read More`, `Skip to content`), or
 * at least half of its words are and one of them never names a person (`Key Insights`, `Google
 * Podcasts`). A name beside a label word (`Jane Doe Facebook`) is still a name.
 */
export function isInterfaceLabel(text: string): boolean {
  const words = text.toLowerCase().split(/[\s|•·,/&+:]+/u).filter((w) => w !== "");
  if (words.length === 0 || words.length > 6) return false;
  let vocab = 0;
  let only = 0;
  for (const w of words) {
    const bare = stripPunctuation(w);
    if (INTERFACE_ONLY.has(bare)) only++;
    else if (!INTERFACE_WORDS.has(bare)) continue;
    vocab++;
  }
  return vocab === words.length || (only > 0 && vocab * 2 >= words.length);
}
