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
