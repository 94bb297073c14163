/**
 * Stop-word lists and lookups, the basis of jusText's stop-word density: running prose is full of
 * function words, menus, bylines and tag lists are not.
 *
 * @module
 */

// Each list is written as space-separated words in one string, split at load: as an array literal
// every word costs two quotes and a comma more in a minified browser bundle (about 4 KB in all).
import { AR_STOPWORDS } from "./ar.js";
import { DE_STOPWORDS } from "./de.js";
import { EN_STOPWORDS } from "./en.js";
import { ES_STOPWORDS } from "./es.js";
import { FR_STOPWORDS } from "./fr.js";
import { ID_STOPWORDS } from "./id.js";
import { IT_STOPWORDS } from "./it.js";
import { KO_STOPWORDS, KO_SUFFIXES } from "./ko.js";
import { PT_STOPWORDS } from "./pt.js";
import { RU_STOPWORDS } from "./ru.js";
import { wordPointAt, wordTokenEnd } from "../tokens.js";

export { AR_STOPWORDS, DE_STOPWORDS, EN_STOPWORDS, ES_STOPWORDS, FR_STOPWORDS, ID_STOPWORDS, IT_STOPWORDS, KO_STOPWORDS, KO_SUFFIXES, PT_STOPWORDS, RU_STOPWORDS };

/** The languages with a stop-word list, in the order {@link detectLanguage} breaks ties. */
export const STOPWORD_LANGUAGES = ["en", "fr", "de", "it", "pt", "es", "id", "ru", "ko", "ar"] as const;

/** A language code with a stop-word list (ISO 639-1). */
export type StopwordLanguage = (typeof STOPWORD_LANGUAGES)[number];

/** Lower-case, straight apostrophe, `ё` as `е`: the form the lists are written in. */
function fold(word: string): string {
  // ASCII words (most tokens of most pages) need no lookup of the case tables, and hold neither `’` nor `ё`.
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return foldAny(word);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

/** {@link fold} for any text (through the case tables). */
function foldAny(word: string): string {
  let w = word.toLowerCase();
  if (w.includes("\u2019")) w = w.replaceAll("\u2019", "'");
  if (w.includes("ё")) w = w.replaceAll("ё", "е");
  return w;
}

function toSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(fold));
}

/**
 * Stop words by language code (`en`, `fr`, `de`, `it`, `pt`, `es`, `id`, `ru`, `ko`, `ar`), lower-cased.
 * For Korean this is only the whole-token list; {@link isStopWord} also applies the particle
 * suffixes of {@link KO_SUFFIXES}.
 *
 * @example
 * ```ts
 * STOPWORDS["en"]?.has("the"); // true
 * ```
 */
export const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: toSet(EN_STOPWORDS),
  fr: toSet(FR_STOPWORDS),
  de: toSet(DE_STOPWORDS),
  it: toSet(IT_STOPWORDS),
  pt: toSet(PT_STOPWORDS),
  es: toSet(ES_STOPWORDS),
  id: toSet(ID_STOPWORDS),
  ru: toSet(RU_STOPWORDS),
  ko: toSet(KO_STOPWORDS),
  ar: toSet(AR_STOPWORDS),
};

const KO_SUFFIX_SET: ReadonlySet<string> = new Set(KO_SUFFIXES);
const KO_MAX_SUFFIX = Math.max(...KO_SUFFIXES.map((s) => s.length));
// The last code units of the suffixes: a token ending in any other cannot end in a suffix.
const KO_SUFFIX_LAST: ReadonlySet<number> = new Set(KO_SUFFIXES.map((s) => s.charCodeAt(s.length - 1)));

/** Whether a folded token is longer than a Korean suffix it ends with. */
function hasKoreanSuffix(w: string): boolean {
  if (!KO_SUFFIX_LAST.has(w.charCodeAt(w.length - 1))) return false;
  const max = Math.min(KO_MAX_SUFFIX, w.length - 1);
  for (let k = 1; k <= max; k++) {
    if (KO_SUFFIX_SET.has(w.slice(w.length - k))) return true;
  }
  return false;
}

/**
 * Whether a word token is a stop word of a language. Case-insensitive; `’` is read as `'`.
 * Beyond exact membership it knows three glued forms:
 * - an elided prefix (`l'homme`, `qu'il`, `dell'anno`): the part up to the apostrophe is looked up;
 * - Korean: a token that ends with a particle or verb ending of {@link KO_SUFFIXES} and is longer than it;
 * - Arabic: a stop word with the conjunction `و` or `ف` glued in front (`وفي`, `فقد`).
 *
 * Unknown languages have no stop words.
 *
 * @param token - One word token (no spaces).
 * @param lang - A language code, e.g. `"en"`.
 * @returns `true` when the token counts as a stop word.
 * @example
 * ```ts
 * isStopWord("The", "en"); // true
 * isStopWord("l’homme", "fr"); // true (elided article)
 * isStopWord("정부는", "ko"); // true (topic particle 는)
 * isStopWord("뉴스", "ko"); // false
 * ```
 */
export function isStopWord(token: string, lang: string): boolean {
  return isFoldedStopWord(fold(token), lang);
}

/** {@link isStopWord} on a token already folded (lower case, `'` apostrophe, `е` for `ё`). */
function isFoldedStopWord(w: string, lang: string): boolean {
  const set = STOPWORDS[lang];
  if (set === undefined || w.length === 0) return false;
  if (set.has(w)) return true;
  const apostrophe = w.indexOf("'");
  if (apostrophe > 0 && apostrophe < w.length - 1 && set.has(w.slice(0, apostrophe + 1))) return true;
  if (lang === "ko") return hasKoreanSuffix(w);
  if (lang === "ar" && w.length > 2) {
    const first = w.charCodeAt(0);
    // U+0648 waw (و), U+0641 fa (ف): conjunctions written joined to the next word.
    if ((first === 0x0648 || first === 0x0641) && set.has(w.slice(1))) return true;
  }
  return false;
}

/** For every word of any stop list: bit `l` is set when the list of `STOPWORD_LANGUAGES[l]` holds it. */
const LANGUAGE_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  STOPWORD_LANGUAGES.forEach((lang, l) => {
    for (const w of STOPWORDS[lang] ?? []) bits.set(w, (bits.get(w) ?? 0) | (1 << l));
  });
  return bits;
})();
const KO_BIT = 1 << STOPWORD_LANGUAGES.indexOf("ko");
const AR_BIT = 1 << STOPWORD_LANGUAGES.indexOf("ar");

/**
 * The languages (bit `l` for `STOPWORD_LANGUAGES[l]`) in which a folded token is a stop word: the
 * same answer as {@link isFoldedStopWord} for each language, from one or two map lookups.
 */
function stopWordLanguages(w: string): number {
  if (w.length === 0) return 0;
  let mask = LANGUAGE_BITS.get(w) ?? 0;
  const apostrophe = w.indexOf("'");
  if (apostrophe > 0 && apostrophe < w.length - 1) mask |= LANGUAGE_BITS.get(w.slice(0, apostrophe + 1)) ?? 0;
  if (!(mask & KO_BIT) && hasKoreanSuffix(w)) mask |= KO_BIT;
  if (!(mask & AR_BIT) && w.length > 2) {
    const first = w.charCodeAt(0);
    // U+0648 waw (و), U+0641 fa (ف): conjunctions written joined to the next word.
    if ((first === 0x0648 || first === 0x0641) && ((LANGUAGE_BITS.get(w.slice(1)) ?? 0) & AR_BIT) !== 0) mask |= AR_BIT;
  }
  return mask;
}

/**
 * The stop words written in ASCII (`a`–`z`, digits, `'`), by an exact key of their symbols
 * ({@link asciiSymbol}: `a`–`z` 0–25, `0`–`9` 26–35, `'` 36): the key reads the first
 * {@link KEY_DIGITS} symbols as the base-38 digits 1–37 of one number and the next
 * {@link KEY_DIGITS} as those of a second, so that two sequences of up to {@link MAX_KEYED}
 * symbols share their pair of numbers only when they are equal (no digit is 0, so each length
 * has its own numbers, and the second is 0 exactly for sequences of {@link KEY_DIGITS} or fewer).
 * No stop word is longer (checked when the table is built), so a longer token is none.
 *
 * The pairs sit in an open-addressing table, `ASCII_KEYS[2 * slot]` and `ASCII_KEYS[2 * slot + 1]`
 * (first number 0: an empty slot), with the {@link LANGUAGE_BITS} of the word in
 * `ASCII_SLOT_BITS[slot]`. It replaces a trie that took one look-up per character, each in a
 * different part of about 200 KB: a token now costs one look-up in 16 KB (the table is read for
 * every token of every page, between other work that pushes it out of the cache).
 */
const KEY_DIGITS = 5;
const MAX_KEYED = 2 * KEY_DIGITS;
const KEY_BASE = 38;
/** Slots of the table: a power of two, about twice the ASCII stop words (about a thousand). */
const ASCII_SLOTS = 2048;
/** 32 less the bits of a slot number ({@link keySlot}). */
const ASCII_SLOT_SHIFT = 32 - Math.log2(ASCII_SLOTS);
const { ASCII_KEYS, ASCII_SLOT_BITS } = (() => {
  const keys = new Int32Array(2 * ASCII_SLOTS);
  const bits = new Int32Array(ASCII_SLOTS);
  for (const [w, mask] of LANGUAGE_BITS) {
    if (!/^[a-z0-9']+$/u.test(w)) continue;
    if (w.length > MAX_KEYED) throw new Error(`stop word longer than ${MAX_KEYED} characters: ${w}`);
    let k1 = 0;
    let k2 = 0;
    for (let i = 0; i < w.length; i++) {
      const d = asciiSymbol(w.charCodeAt(i)) + 1;
      if (i < KEY_DIGITS) k1 = k1 * KEY_BASE + d;
      else k2 = k2 * KEY_BASE + d;
    }
    let slot = keySlot(k1, k2);
    while (keys[2 * slot] !== 0) slot = (slot + 1) & (ASCII_SLOTS - 1);
    keys[2 * slot] = k1;
    keys[2 * slot + 1] = k2;
    bits[slot] = mask;
  }
  return { ASCII_KEYS: keys, ASCII_SLOT_BITS: bits };
})();

/** The home slot of a key pair in the table of {@link ASCII_KEYS}. */
function keySlot(k1: number, k2: number): number {
  // The top bits of a multiplicative hash, as many as number the slots.
  return Math.imul(k1 ^ Math.imul(k2, 0x85ebca6b), 0x9e3779b1) >>> ASCII_SLOT_SHIFT;
}

/** The {@link LANGUAGE_BITS} of the ASCII stop word whose symbols have the key pair (k1, k2); 0 for none. */
function keyedLanguages(k1: number, k2: number): number {
  let slot = keySlot(k1, k2);
  for (;;) {
    const stored = ASCII_KEYS[2 * slot]!;
    if (stored === 0) return 0;
    if (stored === k1 && ASCII_KEYS[2 * slot + 1] === k2) return ASCII_SLOT_BITS[slot]!;
    slot = (slot + 1) & (ASCII_SLOTS - 1);
  }
}

/** {@link asciiSymbol} of each ASCII letter and digit, -1 for any other ASCII character (`'` included). */
const ASCII_WORD_SYMBOL = new Int8Array(0x80).map((_, c) => (c === 0x27 ? -1 : asciiSymbol(c)));

/** The key symbol of an ASCII letter (either case), digit or `'`; -1 for any other character. */
function asciiSymbol(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return c - 0x61;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41;
  if (c >= 0x30 && c <= 0x39) return c - 0x30 + 26;
  return c === 0x27 ? 36 : -1;
}

/**
 * {@link stopWordLanguages} of `fold(token)` for a token of ASCII letters, digits, `'` and `’`,
 * read through the ASCII key table without folding or map look-ups; -1 for any other token (read it the
 * long way). Such a token folds to ASCII (`’` to `'`, capitals to lower case), so it can end in
 * no Korean suffix and open with no Arabic conjunction, and only the whole word and the part up
 * to its first inner apostrophe count. The token is `text.slice(start, end)`, read in place.
 */
function asciiLanguages(text: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return -1;
  let k1 = 0;
  let k2 = 0;
  let mask = 0;
  let apostrophe = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(start + i);
    // A curly apostrophe is folded to `'` (see fold), as in `don’t`, `l’homme`.
    const sym = c === 0x2019 ? 36 : asciiSymbol(c);
    if (sym < 0) return -1;
    // The key pair of the symbols so far (see ASCII_KEYS); past MAX_KEYED symbols no word matches.
    if (i < KEY_DIGITS) k1 = k1 * KEY_BASE + sym + 1;
    else if (i < MAX_KEYED) k2 = k2 * KEY_BASE + sym + 1;
    if (sym === 36 && apostrophe < 0) {
      apostrophe = i;
      // An elided word (`l'homme`, `qu'il`): the part up to the apostrophe, when letters follow it.
      if (i > 0 && i < n - 1 && i < MAX_KEYED) mask = keyedLanguages(k1, k2);
    }
  }
  return n <= MAX_KEYED ? mask | keyedLanguages(k1, k2) : mask;
}

/**
 * The languages (bit `l` for `STOPWORD_LANGUAGES[l]`) in which the token `text.slice(start, end)`
 * is a stop word ({@link isStopWord}): ASCII tokens are read in place through the key table, any other
 * is cut out and folded.
 */
function tokenLanguages(text: string, start: number, end: number): number {
  const mask = asciiLanguages(text, start, end);
  return mask >= 0 ? mask : stopWordLanguages(fold(text.slice(start, end)));
}

/** Adds one to `counts[l]` for each language `l` of a {@link tokenLanguages} mask. */
function tallyMask(counts: Int32Array, mask: number): void {
  // Only the set bits (one to three for most stop words), lowest first.
  while (mask !== 0) {
    counts[31 - Math.clz32(mask & -mask)]!++;
    mask &= mask - 1;
  }
}

/** The language with the highest count (ties to the earlier language), `"en"` when all are zero. */
function languageOfTally(counts: Int32Array): StopwordLanguage {
  let best: StopwordLanguage = "en";
  let bestCount = 0;
  for (let l = 0; l < STOPWORD_LANGUAGES.length; l++) {
    if (counts[l]! > bestCount) {
      best = STOPWORD_LANGUAGES[l]!;
      bestCount = counts[l]!;
    }
  }
  return best;
}

/**
 * {@link detectLanguage} of the word tokens of several texts taken in order, at most `max + 1` of
 * them: the tokens `pushWordTokens(text, tokens, max)` would gather text after text (stopping
 * once `tokens` holds more than `max`), read in place rather than copied out. Each token is
 * counted as `detectLanguage` counts it (same fold, same look-ups, same ties); `max` stays below
 * {@link DETECT_SAMPLE}, so no token is left out that `detectLanguage` would count. Property-tested
 * against `detectLanguage` of `pushWordTokens`'s tokens.
 */
export class LanguageTally {
  /** Per language of {@link STOPWORD_LANGUAGES}: the tokens read that are its stop words. */
  private readonly counts = new Int32Array(STOPWORD_LANGUAGES.length);
  /** Tokens read so far. */
  tokens = 0;
  /** Stop after the token that takes {@link tokens} past this. */
  private readonly max: number;

  /**
   * @param max - Stop after the token that takes the count past this (below {@link DETECT_SAMPLE}).
   */
  constructor(max: number) {
    this.max = max;
  }

  /** Whether the tally has all the tokens it takes. */
  get full(): boolean {
    return this.tokens > this.max;
  }

  /**
   * Reads the tokens of one more text, until the tally is {@link full}.
   *
   * One pass over the text that finds each token and reads its key (see ASCII_KEYS) at once:
   * the same tokens as `wordTokenStart` / `wordTokenEnd` (letters and digits are word points,
   * an `'` or `’` joins two runs when a word point follows it), the same mask as
   * {@link tokenLanguages}. A token whose word points are all ASCII letters and digits (with `'`
   * or `’` between runs) is what {@link asciiLanguages} reads, and the reading here takes the same
   * steps: every symbol in order, `’` as `'`, and the mask of the part up to the first
   * apostrophe, which inside a token always has a word point on both sides. At the first other
   * word point the token is read the long way, as `tokenLanguages` reads it (asciiLanguages gives
   * -1 for it). Before, each code unit was read twice (once to cut the token, once for the
   * look-up) through calls per character. Property-tested against `detectLanguage` of `pushWordTokens`.
   */
  add(text: string): void {
    const n = text.length;
    const counts = this.counts;
    let i = 0;
    while (this.tokens <= this.max) {
      // The next token's start (wordTokenStart), ASCII read from the table.
      let c = 0;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c < 0x80 ? ASCII_WORD_SYMBOL[c]! >= 0 : wordPointAt(text, i) !== 0) break;
      }
      if (i >= n) return;
      const start = i;
      this.tokens++;
      let k1 = 0;
      let k2 = 0;
      let mask = 0;
      let apostrophe = false;
      let ascii = true;
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        let sym = c < 0x80 ? ASCII_WORD_SYMBOL[c]! : -1;
        if (sym < 0) {
          if (c === 0x27 || c === 0x2019) {
            // An apostrophe joins two runs when a word point follows it; else the token ends here.
            const d = text.charCodeAt(i + 1);
            if (!(d < 0x80 && ASCII_WORD_SYMBOL[d]! >= 0)) {
              if (d >= 0x80 && wordPointAt(text, i + 1) !== 0) ascii = false;
              break;
            }
            sym = 36;
          } else {
            // A word point beyond ASCII continues the token (read it the long way); any other character ends it.
            if (c >= 0x80 && wordPointAt(text, i) !== 0) ascii = false;
            break;
          }
        }
        const at = i - start;
        if (at < KEY_DIGITS) k1 = k1 * KEY_BASE + sym + 1;
        else if (at < MAX_KEYED) k2 = k2 * KEY_BASE + sym + 1;
        if (sym === 36 && !apostrophe) {
          apostrophe = true;
          // An elided word (`l'homme`, `qu'il`): the part up to the apostrophe.
          if (at < MAX_KEYED) mask = keyedLanguages(k1, k2);
        }
      }
      if (ascii) {
        if (i - start <= MAX_KEYED) mask |= keyedLanguages(k1, k2);
      } else {
        i = wordTokenEnd(text, start);
        mask = stopWordLanguages(fold(text.slice(start, i)));
      }
      tallyMask(counts, mask);
    }
  }

  /**
   * Adds the tokens another tally read, as if its texts were read here after this tally's own:
   * exact when `other` read its texts to their end (it is not {@link full}) and they all fit
   * below this tally's bound, as reading them would then stop at no token. Nothing changes when
   * they do not: read the texts instead.
   *
   * @returns whether the tokens were added
   */
  merge(other: LanguageTally): boolean {
    if (other.full || this.tokens + other.tokens > this.max) return false;
    for (let l = 0; l < this.counts.length; l++) this.counts[l]! += other.counts[l]!;
    this.tokens += other.tokens;
    return true;
  }

  /**
   * Takes another tally's state when this one has read nothing and both stop at the same bound:
   * exactly what reading the other's texts here would give, whether or not it is {@link full}
   * (the same tokens are read in the same order, and reading stops at the same token). Nothing
   * changes otherwise: read the texts instead.
   *
   * @returns whether the state was taken
   */
  adopt(other: LanguageTally): boolean {
    if (this.tokens !== 0 || this.max !== other.max) return false;
    this.counts.set(other.counts);
    this.tokens = other.tokens;
    return true;
  }

  /** The language of the tokens read ({@link detectLanguage}'s answer for them). */
  language(): StopwordLanguage {
    return languageOfTally(this.counts);
  }

  /** How many of the tokens read are stop words of {@link LanguageTally.language}'s answer: the evidence behind it (0: none, the answer is a fallback). */
  hits(): number {
    let best = 0;
    for (const c of this.counts) if (c > best) best = c;
    return best;
  }
}

/**
 * Count the stop words among tokens.
 *
 * @param tokens - Word tokens.
 * @param lang - A language code.
 * @returns How many tokens are stop words of `lang` (see {@link isStopWord}).
 * @example
 * ```ts
 * countStopWords(["The", "cat", "is", "here"], "en"); // 3
 * ```
 */
export function countStopWords(tokens: readonly string[], lang: string): number {
  if (STOPWORDS[lang] === undefined) return 0;
  let n = 0;
  for (const t of tokens) if (isFoldedStopWord(fold(t), lang)) n++;
  return n;
}

/**
 * How many tokens {@link detectLanguage} looks at: a few hundred already separate these languages;
 * the bound keeps long pages cheap.
 */
export const DETECT_SAMPLE = 2000;

/**
 * Guess the language of a text from its tokens: the language whose stop list covers the most
 * tokens (ties go to the earlier language of {@link STOPWORD_LANGUAGES}). Falls back to `"en"`
 * when no token is a stop word of any language. Looks at most at the first {@link DETECT_SAMPLE} tokens.
 *
 * @param tokens - Word tokens of the text (e.g. from `wordTokens`).
 * @returns A language code of {@link STOPWORD_LANGUAGES}.
 * @example
 * ```ts
 * detectLanguage(["Le", "chat", "est", "sur", "la", "table"]); // "fr"
 * detectLanguage([]); // "en"
 * ```
 */
export function detectLanguage(tokens: readonly string[]): StopwordLanguage {
  const n = Math.min(tokens.length, DETECT_SAMPLE);
  const counts = new Int32Array(STOPWORD_LANGUAGES.length);
  for (let i = 0; i < n; i++) {
    // Fold once per token, and look it up once for all languages (ASCII tokens through the key table).
    const token = tokens[i] ?? "";
    tallyMask(counts, tokenLanguages(token, 0, token.length));
  }
  return languageOfTally(counts);
}
