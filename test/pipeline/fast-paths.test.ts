import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClassifiedLine } from "../../src/model/block.js";
import { isKicker, mayEndInCredit, TRAILING_CREDIT as WIRE_CREDIT } from "../../src/pipeline/inline.js";
import {
  ASK_OR_EXCLAIM_END,
  BULLET_MARKERS,
  endsAskOrExclaim,
  endsFullStop,
  endsSentence as endsLayoutSentence,
  endsTruncated,
  FULL_STOP_END,
  isBulletMarker,
  readBullet,
  SENTENCE_END as LAYOUT_SENTENCE_END,
  TRUNCATED,
} from "../../src/pipeline/layouts/story.js";
import { BRACKET_CREDIT, endsSentence, SENTENCE_END, isShouting, isShoutingByRegex, mayEndInBracketCredit, mayEndInTrailingCredit, TRAILING_CREDIT } from "../../src/pipeline/main-story.js";

// The cheap checks in front of regexes and the counting that replaced a split must agree with
// the definitions they stand for. Strings are drawn from pieces that exercise each of them:
// markers, separators, credits, capitals of several scripts, astral letters, spacing.
const SEED = 20251127;
const PIECES = [
  " ", "  ", "a", "A", "É", "é", "Ж", "𝐀", "𝐚", "1", ".", "-", "–", "—", "•", "·", "▪", "‣", "●", "◦", "*", ":", "|", "/",
  "(", ")", "©", "via", "Via", "AP Photo", "Photo", "Getty Images", "Reuters", "\u00a0", "\u2028", "’", "&", "HARBOUR", "Jane Doe",
];
const text = (maxLength: number) => fc.array(fc.constantFrom(...PIECES), { maxLength }).map((p) => p.join(""));
/** Long runs, so that matches near the end of a long line (and misses far from it) are drawn. */
const longText = fc.tuple(text(40), fc.integer({ min: 0, max: 300 }), text(40)).map(([a, n, b]) => a + "x".repeat(n) + b);

/** isKicker as it was written before the word count was done without `split`. */
function isKickerBySplit(text: string): boolean {
  if (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text)) return false;
  const t = text.replace(/\s?[-–—:|]$/u, "").trim();
  if (!t || t.length > 50) return false;
  if (t.split(" ").length > 6) return false;
  return /\p{Lu}/u.test(t);
}

function line(text: string, words = 1): ClassifiedLine {
  return { index: 0, start: 0, end: text.length, text, map: null, textStart: 0, cls: "text", rule: null, timestamp: null, source: null, tsStart: -1, tsEnd: -1, words };
}

/** Characters of every case class: Latin, Greek (final sigma), Cyrillic, titlecase, modifier and caseless letters, marks, digits, astral letters, lone surrogates. */
const CASE_UNITS = [
  "A", "a", "É", "é", "Σ", "σ", "ς", "Ж", "ж", "ǅ", "ʰ", "한", "글", "ع", "中", "\u0301", "1", " ", ".", "-", "𝐀", "𝐚", "𞤀", "𞤢", "\ud835", "\udc00", "ß", "ẞ", "ℌ", "ⓐ", "Ⓐ",
];

const BULLET = /^([-–—•·▪‣●◦*])\s?(\S.{0,58})$/u;

describe("fast paths agree with their definitions", () => {
  // Sentence ends: every mark and closer of both patterns, lone surrogates and an astral letter.
  const ENDINGS = ["a", " ", ".", "!", "?", "…", "。", "！", "？", "｡", "।", "॥", "؟", "۔", "።", '"', "”", "’", ")", "»", "(", ":", "\ud83d", "\ude00", "\ud83d\ude00", ".."];
  const ending = fc.array(fc.constantFrom(...ENDINGS), { maxLength: 5 }).map((p) => p.join(""));
  it("isBulletMarker is BULLET_MARKERS.has, for every code unit", () => {
    for (let c = 0; c <= 0xffff; c++) if (isBulletMarker(c) !== BULLET_MARKERS.has(c)) expect(c).toBe(-1);
    expect(isBulletMarker(Number.NaN)).toBe(false);
  });

  // Each fast end check against the end-anchored regex it replaces, on random texts and endings.
  it.each([
    ["endsSentence (layouts)", endsLayoutSentence, LAYOUT_SENTENCE_END],
    ["endsTruncated", endsTruncated, TRUNCATED],
    ["endsAskOrExclaim", endsAskOrExclaim, ASK_OR_EXCLAIM_END],
    ["endsFullStop", endsFullStop, FULL_STOP_END],
    ["endsSentence (main story)", endsSentence, SENTENCE_END],
  ] as const)("%s is the test of its regex (property)", (_name, fast, regex) => {
    fc.assert(
      fc.property(text(6), ending, (a, b) => {
        expect(fast(a + b), JSON.stringify(a + b)).toBe(regex.test(a + b));
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });

  it("isKicker reads the case of characters beyond ASCII as \\p{Ll} and \\p{Lu} do", () => {
    // Letters without case (Han, Arabic), titlecase (ǅ), lower case beyond the Latin blocks (ß,
    // µ, ſ), capitals with no lower-case pair in the BMP (ϴ), astral capitals and small letters.
    const wide = ["東京", "ニュース", "خبر", "ǅ", "ß", "µ", "ſ", "ϴ", "Ω", "ω", "ΣΑ", "İ", "Ⅻ", "ⓐ", "Ⓐ", "𝐀", "𝐚", "É", "ж", "Ж", " ", "-", ":", "A", "a", "1"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...wide), { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        expect(isKicker(s)).toBe(isKickerBySplit(s));
      }),
      { seed: SEED, numRuns: 3000 },
    );
  });
  it("isKicker counts words as split(' ') does", () => {
    fc.assert(
      fc.property(text(16), (s) => {
        expect(isKicker(s)).toBe(isKickerBySplit(s));
      }),
      { seed: SEED, numRuns: 20000 },
    );
    for (const s of ["A B C D E F", "A B C D E F G", "A  B C D E F", "A B C D E F -", " A B C D E F G "]) expect(isKicker(s)).toBe(isKickerBySplit(s));
  });

  it("isShouting counts letters and capitals as its regexes do", () => {
    // All units, and (so that shouting lines are common) the units that are no lower-case letter.
    const noLower = CASE_UNITS.filter((u) => !/\p{Ll}/u.test(u));
    for (const units of [CASE_UNITS, noLower]) {
      const word = fc.array(fc.constantFrom(...units), { minLength: 1, maxLength: 8 }).map((p) => p.join(""));
      fc.assert(
        fc.property(fc.array(word, { maxLength: 10 }), fc.integer({ min: 0, max: 12 }), (words, count) => {
          const l = line(words.join(" "), count);
          expect(isShouting(l)).toBe(isShoutingByRegex(l));
        }),
        { seed: SEED, numRuns: 20000 },
      );
    }
    for (const t of ["BREAKING NEWS FROM THE HARBOUR", "BREAKING NEWS FROM THE harbour", "서울 한국 뉴스 오늘 속보", "KBS 예능국 뉴스 오늘 속보", "𝐀𝐁𝐂 𝐃𝐄𝐅 GHI JKL MNO"]) {
      expect(isShouting(line(t, 5))).toBe(isShoutingByRegex(line(t, 5)));
    }
  });

  it("mayEndInCredit holds wherever the trailing wire credit matches", () => {
    const wire = fc.tuple(longText, fc.constantFrom("—", "–", "--", "-"), fc.constantFrom("", " "), fc.array(fc.constantFrom("HARBOUR", "𝐀𝐁", "A", "É", "1", "&", " "), { maxLength: 20 }));
    fc.assert(
      fc.property(fc.oneof(text(30), longText, wire.map(([a, d, s, n]) => a + " " + d + s + n.join(""))), (s) => {
        if (WIRE_CREDIT.test(s)) expect(mayEndInCredit(s)).toBe(true);
      }),
      { seed: SEED, numRuns: 20000 },
    );
    // The longest credit: `--`, a space and six words of 31 astral capitals.
    const word = "𝐀".repeat(31);
    const far = `The ferry sailed. -- ${[word, ...Array(5).fill("𝐀".repeat(30))].join(" ")}`;
    expect(WIRE_CREDIT.test(far)).toBe(true);
    expect(mayEndInCredit(far)).toBe(true);
  });

  it("readBullet's first-character check lets every BULLET match through", () => {
    fc.assert(
      fc.property(text(12), (s) => {
        const b = readBullet(line(s));
        const m = BULLET.exec(s);
        expect(b === null).toBe(m === null);
        if (b && m) expect(b.marker).toBe(m[1]);
      }),
      { seed: SEED, numRuns: 20000 },
    );
  });

  it("mayEndInBracketCredit holds wherever BRACKET_CREDIT matches", () => {
    fc.assert(
      fc.property(fc.oneof(text(30), longText), (s) => {
        if (BRACKET_CREDIT.test(s)) expect(mayEndInBracketCredit(s)).toBe(true);
      }),
      { seed: SEED, numRuns: 20000 },
    );
    const far = `${"x".repeat(20)} © ${"𝐀".repeat(60)}`;
    expect(BRACKET_CREDIT.test(far)).toBe(true);
    expect(mayEndInBracketCredit(far)).toBe(true);
  });

  it("mayEndInTrailingCredit holds wherever TRAILING_CREDIT matches", () => {
    fc.assert(
      fc.property(fc.oneof(text(30), longText), (s) => {
        if (TRAILING_CREDIT.test(s)) expect(mayEndInTrailingCredit(s)).toBe(true);
      }),
      { seed: SEED, numRuns: 20000 },
    );
    const far = `A caption here via 𝐀${"𝐚".repeat(40)}`;
    expect(TRAILING_CREDIT.test(far)).toBe(true);
    expect(mayEndInTrailingCredit(far)).toBe(true);
  });
});
