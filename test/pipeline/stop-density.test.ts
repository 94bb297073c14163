import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countStopWords, STOPWORDS } from "../../src/features/stopwords/index.js";
import { wordTokens } from "../../src/features/tokens.js";
import { countWords } from "../../src/pipeline/classify.js";
import { stopDensity } from "../../src/pipeline/main-story.js";

const SEED = 20251127;

/** The definition for space-separated languages: pieces between spaces, lower-cased, trimmed of non-letters and non-digits. */
function reference(text: string, lang: string): number {
  const set = STOPWORDS[lang]!;
  let words = 0;
  let stops = 0;
  for (const piece of text.split(" ")) {
    const w = piece.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (w === "") continue;
    words++;
    if (set.has(w)) stops++;
  }
  return words === 0 ? 1 : stops / words;
}

const PIECES = [
  "the", "The", "THE", "of", "and", "it's", "it’s", "don't", "don’t", "“the", "the”", "—", "–", "…", "the…", "l'", "l’homme",
  "harbour", "Zürich", "İstanbul", "ΣΟΦΙΑ", "и", "И", "не", "der", "Die", "und", "le", "la", "et", "a", "de", "(the)", "2025",
  "東京", "•", "‘and’", "x—the", " ", "",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((p) => p.join(" "));
const langs = fc.constantFrom("en", "fr", "de", "ru", "it", "pt", "id");

describe("stopDensity", () => {
  it("is the share of stop words among the pieces between spaces (property)", () => {
    fc.assert(
      fc.property(text, langs, (t, lang) => {
        expect(stopDensity(t, lang)).toBe(reference(t, lang));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("with a threshold, reaches it exactly when the full share does (property)", () => {
    const threshold = fc.constantFrom(0, 0.05, 0.12, 0.3, 0.5, 1);
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 80 })), langs, threshold, (t, lang, x) => {
        expect(stopDensity(t, lang, x) >= x).toBe(stopDensity(t, lang) >= x);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("with a threshold and a word bound, reaches it exactly when the full share does (property)", () => {
    const threshold = fc.constantFrom(0, 0.05, 0.12, 0.3, 0.5, 1);
    // The bound is the word count of the whole line, the text may be its head (as readsAsProse reads it).
    const cut = fc.nat({ max: 400 });
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ maxLength: 80 })), langs, threshold, cut, (line, lang, x, k) => {
        const head = line.slice(0, k);
        expect(stopDensity(head, lang, x, countWords(line)) >= x).toBe(stopDensity(head, lang) >= x);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("for Korean and Arabic, is the share of stop words among the tokens, and a threshold is reached exactly when the full share does (property)", () => {
    const pieces = ["정부는", "뉴스", "그리고", "서울에서", "이", "는", "في", "وفي", "كتاب", "من", "فقد", "the", "Seoul", "2025", "—", "’s", " ", "'"];
    const glued = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(" "));
    const threshold = fc.constantFrom(0, 0.05, 0.12, 0.3, 0.5, 1, Infinity);
    fc.assert(
      fc.property(glued, fc.constantFrom("ko", "ar"), threshold, (t, lang, x) => {
        const tokens = wordTokens(t);
        const full = tokens.length === 0 ? 1 : countStopWords(tokens, lang) / tokens.length;
        expect(stopDensity(t, lang)).toBe(full);
        expect(stopDensity(t, lang, x) >= x).toBe(full >= x);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("reads general punctuation as no part of a word", () => {
    expect(stopDensity("“the” — harbour…", "en")).toBe(0.5);
    expect(stopDensity("it’s the", "en")).toBe(0.5); // the lists hold it's, not it’s
  });

  it("no stop list holds general punctuation (U+2010–U+2027)", () => {
    for (const set of Object.values(STOPWORDS)) for (const w of set) expect(/[\u2010-\u2027]/u.test(w)).toBe(false);
  });
});
