/**
 * A pattern's twin without the `u` flag, for texts on which it gives the same answers.
 *
 * V8 runs a case-insensitive Unicode regex (`iu`) that holds `\b` many times slower than the same
 * regex with `i` alone: the legal footer rule, an unanchored alternation of `\b…` phrasings,
 * read a 214-character line in 27 µs with `iu` and in 4 µs with `i` (a tenth of a pass over the
 * dev corpus went to it and a few other unanchored line rules). For the patterns and texts below
 * the two flags match exactly the same strings at the same places, so the twin runs instead.
 *
 * Why they agree. A pattern is twinned when every character of its source is ASCII, or a
 * punctuation, space or symbol character of the BMP outside ASCII without case (its lower and
 * upper case are itself, as for `“`, `«`, `–`), not as the end of a class range, and it holds
 * no `\p`, `\P`, `\u`, `\x` or `\c` escape and no back-reference (so every character it names
 * is one of those, the `u` flag's code-point syntax is unused, and only characters of the
 * pattern are compared with the text's).
 * A text is {@link twinSafe} when it holds no surrogate (no code point beyond the BMP: every code
 * point is one code unit, so `.`, classes, quantifiers and the empty-match step read the same
 * units either way), no U+017F (LATIN SMALL LETTER LONG S) and no U+212A (KELVIN SIGN). Then:
 *
 * - Case: with `iu` two characters match when their simple case foldings are equal; with `i`
 *   when their upper cases are (a character whose upper case is longer, or is ASCII while it is
 *   not, stands for itself). For an ASCII letter of the pattern both give its two ASCII cases,
 *   plus, with `iu` only, U+017F for `s` and U+212A for `k` (the only characters outside ASCII
 *   that fold into ASCII), which a safe text lacks. A caseless character of the pattern matches
 *   itself alone either way.
 * - `\w`, `\b`, `\W`, `\B`: with `iu` the word characters are `[A-Za-z0-9_]` and the characters
 *   that fold into them, U+017F and U+212A again; with `i`, `[A-Za-z0-9_]`.
 * - `\d`, `\s`, `.` and classes of the characters above read one code unit of a BMP text as one
 *   code point; syntax valid with `u` means the same without it (the twin is compiled, and a
 *   pattern that does not compile without `u` gets none).
 *
 * twin.test.ts checks the two against each other on the built-in patterns, on generated texts and
 * on texts of the shapes the rules read.
 */

/**
 * Escapes whose meaning needs (or names characters beyond) the `u` flag's reading, and
 * back-references, which compare two characters of the text (folding the pair `ß` and `ẞ`
 * together with `iu` but not with `i`).
 */
const UNICODE_ESCAPE = /\\[pPuxc1-9k]/u;

/**
 * A character outside ASCII next to a `-` that may make it a class range (`[!-–]` holds every
 * letter of Latin-1, Greek and Cyrillic, whose case the two flags close differently): such a
 * pattern gets no twin. A `-` right before `]` is a literal, and outside a class a `-` is one too
 * (the test rejects some of those as well, which only costs the twin).
 */
const NON_ASCII_RANGE = /[^\x00-\x7f]-[^\]]|-[^\x00-\x7f]/u;

/** A character outside ASCII that may stand in a twinned pattern: punctuation, space or symbol. */
const CASELESS_MARK = /^[\p{P}\p{Z}\p{Sm}\p{Sc}\p{Sk}]$/u;

/**
 * What makes a text unsafe for twins: a surrogate, a long s, a Kelvin sign. Without the `u` flag,
 * so that the class reads code units and finds the halves of a pair (with it, only lone ones).
 */
const UNSAFE = /[\u017f\u212a\ud800-\udfff]/;

/**
 * The twin of a pattern compiled with `flags` (which hold `i` and `u`): the same source with the
 * same flags less `u`, or `null` when the pattern may read a text differently without it (see
 * the module comment) or when the twin would not differ (no `i`, no `u`).
 * @param source - a regular expression's source, valid with `flags`
 * @param flags - its flags
 */
export function asciiTwin(source: string, flags: string): RegExp | null {
  if (!flags.includes("u") || !flags.includes("i") || UNICODE_ESCAPE.test(source) || NON_ASCII_RANGE.test(source)) return null;
  for (const ch of source) {
    if (ch.charCodeAt(0) < 128) continue;
    if (ch.length > 1 || !CASELESS_MARK.test(ch) || ch.toLowerCase() !== ch || ch.toUpperCase() !== ch) return null;
  }
  try {
    return new RegExp(source, flags.replace("u", ""));
  } catch {
    return null;
  }
}

/**
 * `true` when a text holds no surrogate, U+017F or U+212A, so that a pattern and its
 * {@link asciiTwin} give the same answers on it.
 */
export function twinSafe(text: string): boolean {
  return !UNSAFE.test(text);
}
