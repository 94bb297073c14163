/**
 * Word tokens for the shallow features: runs of letters, digits and combining marks of any
 * script, with inner apostrophes kept (`don't`, `l'homme`, `dell'anno`) so elided function words
 * can be recognised. Punctuation, symbols and whitespace separate tokens; hyphens split
 * (`well-known` is two words, as a reader counts them).
 *
 * @module
 */

const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['\u2019][\p{L}\p{N}\p{M}]+)*/gu;

// WORD_RE's twin for exec loops (its own lastIndex; reset before and after each use).
const WORD_SCAN = new RegExp(WORD_RE.source, WORD_RE.flags);

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

/**
 * Append the word tokens of a text to `out` (the same tokens as {@link wordTokens}, in order),
 * stopping once `out` holds more than `max`: no more of the text is read than that needs.
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
  if (out.length > max) return;
  WORD_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_SCAN.exec(text)) !== null) {
    out.push(m[0]);
    if (out.length > max) break;
  }
  WORD_SCAN.lastIndex = 0;
}
