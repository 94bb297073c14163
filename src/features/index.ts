/**
 * Shallow text features (stop-word density, length classes, casing, punctuation, neighbour word
 * counts) for lines that no phrase list names. See `line-features.ts` for the jusText and
 * boilerpipe anchors.
 *
 * @module
 */

export * from "./line-features.js";
export * from "./stopwords/index.js";
export { wordTokens } from "./tokens.js";
