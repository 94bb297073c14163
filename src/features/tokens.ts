/**
 * Word tokens for the shallow features: runs of letters, digits and combining marks of any
 * script, with inner apostrophes kept (`don't`, `l'homme`, `dell'anno`) so elided function words
 * can be recognised. Punctuation, symbols and whitespace separate tokens; hyphens split
 * (`well-known` is two words, as a reader counts them).
 *
 * @module
 */

const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Split text into word tokens (one regular-expression pass over the text, not one per word).
 *
 * @param text - Any string, typically one line.
 * @returns The tokens in order, case preserved.
 * @example
 * ```ts
 * wordTokens("It’s 9 a.m. — l'heure de Seoul, 서울에서!"); // ["It’s", "9", "a", "m", "l'heure", "de", "Seoul", "서울에서"]
 * ```
 */
export function wordTokens(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** One code point of {@link WORD_RE}'s word class (letters, digits, combining marks). */
const WORD_POINT = /^[\p{L}\p{N}\p{M}]$/u;

/**
 * For each BMP code unit, whether it is a code point of {@link WORD_POINT}: 0 not known yet,
 * 1 yes, 2 no. Filled as characters are met (a property of the character, the same for every
 * text); ASCII is filled at once. Surrogates are never entered: a pair is tested as one code point.
 */
const WORD_UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) WORD_UNIT[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;

/**
 * The length in code units of the word-class code point at `i` ({@link WORD_POINT}): 1 for a BMP
 * character, 2 for a surrogate pair, 0 when the code point there is not of the class (or `i` is
 * past the end). A lone surrogate is no letter, digit or mark. Exported for scanners that read
 * tokens in place (see `LanguageTally`).
 */
export function wordPointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== c) return 0; // NaN: past the end
  const known = WORD_UNIT[c]!;
  if (known !== 0) return known === 1 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdfff) {
    const d = text.charCodeAt(i + 1);
    if (c >= 0xdc00 || !(d >= 0xdc00 && d <= 0xdfff)) return 0;
    return WORD_POINT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  const yes = WORD_POINT.test(String.fromCharCode(c));
  WORD_UNIT[c] = yes ? 1 : 2;
  return yes ? 1 : 0;
}

/**
 * The number of word tokens of `text` ({@link wordTokens}`(text).length`), counted in one pass
 * without copying them out. A code unit whose class the table already holds is read from it
 * directly, with the index known to be inside the text (a call to {@link wordPointAt} per code
 * unit, with its past-the-end check, cost twice as much on long bodies); any other goes through
 * `wordPointAt`. Property-tested against `wordTokens`.
 *
 * @param text - Any string.
 * @param outOfTime - The parse's time budget, read every `stride` code units: once it is spent,
 *   the tokens counted so far are the count.
 * @param stride - Code units read between two reads of `outOfTime`.
 * @returns How many tokens `wordTokens` finds in it (in its first part, when `outOfTime` said so).
 * @example
 * ```ts
 * countWordTokens("Don't stop: 42 ferries, well-known routes."); // 7
 * ```
 */
export function countWordTokens(text: string, outOfTime?: () => boolean, stride = 1 << 18): number {
  let n = 0;
  let inWord = false;
  const len = text.length;
  let check = outOfTime === undefined ? Infinity : stride;
  for (let i = 0; i < len; ) {
    if (i >= check) {
      if (outOfTime!()) return n;
      check = i + stride;
    }
    const c = text.charCodeAt(i);
    const known = WORD_UNIT[c]!;
    const w = known === 1 ? 1 : known === 2 ? 0 : wordPointAt(text, i);
    if (w !== 0) {
      // A word point outside a token starts one.
      if (!inWord) (n++, (inWord = true));
      i += w;
      continue;
    }
    // An apostrophe inside a token followed by a word point continues it.
    if (inWord && (c === 0x27 || c === 0x2019) && i + 1 < len && wordPointAt(text, i + 1) !== 0) {
      i++;
      continue;
    }
    inWord = false;
    i++;
  }
  return n;
}

/**
 * Where the next word token of `text` starts at or after `i` (see {@link pushWordTokens}), or
 * `text.length` when no token is left.
 */
export function wordTokenStart(text: string, i: number): number {
  const n = text.length;
  while (i < n && wordPointAt(text, i) === 0) i++;
  return i;
}

/**
 * Where the word token that starts at `start` ends (one past its last code unit): `start` must be
 * a {@link wordTokenStart}. A run of word-class code points and, after each `'` or `’` followed by
 * another run, that run too (see {@link pushWordTokens}).
 */
export function wordTokenEnd(text: string, start: number): number {
  let i = start;
  let w = 0;
  for (;;) {
    while ((w = wordPointAt(text, i)) !== 0) i += w;
    const c = text.charCodeAt(i);
    // An apostrophe joins two runs: `don't`, `l’homme`.
    if ((c === 0x27 || c === 0x2019) && (w = wordPointAt(text, i + 1)) !== 0) i += 1 + w;
    else break;
  }
  return i;
}

/**
 * Append the word tokens of a text to `out` (the same tokens as {@link wordTokens}, in order),
 * stopping once `out` holds more than `max`: no more of the text is read than that needs.
 *
 * A loop over code units, not a regular-expression scan (about four times faster on prose): a
 * token is {@link WORD_RE}'s match, a run of word-class code points (see {@link wordPointAt})
 * and, after each `'` or `’` followed by another run, that run too; the regex's greedy runs
 * admit no other reading. Each token runs from a {@link wordTokenStart} to its
 * {@link wordTokenEnd}, which callers that need no copy of the tokens can use directly.
 * Property-tested against {@link wordTokens}.
 *
 * @param text - Any string, typically one line.
 * @param out - Receives the tokens.
 * @param max - Stop after the token that takes `out` past this length.
 * @example
 * ```ts
 * const out: string[] = [];
 * pushWordTokens("one two three four", out, 1); // out: ["one", "two"]
 * ```
 */
export function pushWordTokens(text: string, out: string[], max: number): void {
  let i = 0;
  while (out.length <= max) {
    const start = wordTokenStart(text, i);
    if (start >= text.length) return;
    i = wordTokenEnd(text, start);
    out.push(text.slice(start, i));
  }
}
