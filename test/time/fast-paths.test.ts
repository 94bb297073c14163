/**
 * Fast paths of the timestamp code held to the slower definitions they replace: character tests
 * answered by code unit with a cache, and wall-clock arithmetic without `Date` objects.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FIND_MODE, firstWordStartsNoStamp, hasSourceTail, innerStarts, isUpperAt, keywordsOf, lastTokenEndsNoStamp, scanTimestampLine } from "../../src/time/find-timestamp.js";
import { readTokens } from "../../src/time/parse-timestamp.js";
import { isKeptText, isSpace, lexRun, lexRunInto, normalizeWord, tokenize } from "../../src/time/lexer.js";
import { wallMs } from "../../src/time/resolve.js";
import { type PhraseMatch, type PhraseTable, VOCABULARIES, lookup, vocabulariesFor } from "../../src/time/vocabulary.js";
import type { Token } from "../../src/time/lexer.js";

const WORDS = keywordsOf(vocabulariesFor(undefined));

describe("isUpperAt", () => {
  it("answers as /\\p{Lu}/u on the one-character string, for every code unit", () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const text = `a${ch}`;
      // Twice: the first answer fills the cache, the second reads it.
      expect(isUpperAt(text, 1), `U+${c.toString(16)}`).toBe(/\p{Lu}/u.test(ch));
      expect(isUpperAt(text, 1), `U+${c.toString(16)}`).toBe(/\p{Lu}/u.test(ch));
    }
  });
});

describe("innerStarts outside ASCII", () => {
  const longest = Math.max(...[...WORDS.startWords].map((w) => w.length));
  const firstLetters = new Set([...WORDS.startWords].map((w) => w.charAt(0)));
  /** The loop it replaces, asking `normalizeWord` and `\p{L}` of each character again. */
  const reference = (text: string, start: number, end: number): number[] => {
    const out: number[] = [];
    for (let k = Math.max(start + 1, end - longest - 4); k < end; k++) {
      const ch = text.charAt(k);
      if (!firstLetters.has(normalizeWord(ch)) || !/\p{L}/u.test(ch)) continue;
      if (WORDS.startWords.has(normalizeWord(text.slice(k, end)))) out.push(k);
    }
    return out;
  };

  it("finds in words outside ASCII (accents, marks, other scripts) the points the loop it replaces finds", () => {
    const pieces = ["منذ", "أمس", "يومين", "ساعة", "\u064e", "\u0640", "é", "Août", "hier", "aujourd", "à", "Hier", "정", "ﬁ",
      "time", "il", "a", "x", "dimanche", "Fórmula", "ÉTÉ", "\u0301", "𝐀", "ى"];
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join("");
        for (const t of tokenize(text)) {
          if (t.kind !== "word" || t.end - t.start > 40 || /^[A-Za-z]+\.?$/.test(text.slice(t.start, t.end))) continue;
          checked++;
          expect(innerStarts(text, t, 0, WORDS.startWords), text).toEqual(reference(text, t.start, t.end));
        }
      }),
      { seed: 41, numRuns: 5000 },
    );
    expect(checked).toBeGreaterThan(1000);
  });
});

describe("lexRun", () => {
  it("gives tokenize's tokens for a run ending at a space or the end, without the copy", () => {
    const pieces = ["12", ":", "30", "pm", " ", "  ", "\u00a0", "\u200b", "Aug", ".", "9", "-", "07", "/", "2025", "T", "h", "1st", "l'", "’", "a.m.",
      "GMT", "+", "−", "05", "é", "منذ", "٣", "\u064e", "𝐀", "\ud83d", "\ude00", "x", "(", ")", ",", "|", "Z"];
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), fc.nat(), (parts, pick) => {
        const text = parts.join("");
        // Every end the function is for: a space, or the end of the text, with no high surrogate before it.
        const ends: number[] = [];
        for (let to = 1; to <= text.length; to++) {
          const c = text.charCodeAt(to - 1);
          if (c >= 0xd800 && c <= 0xdbff) continue;
          if (to === text.length || isSpace(text.charCodeAt(to))) ends.push(to);
        }
        if (ends.length === 0) return;
        const to = ends[pick % ends.length]!;
        for (let from = 0; from < to; from++) {
          checked++;
          expect(lexRun(text, from, to), `${JSON.stringify(text)} ${from}-${to}`).toEqual(tokenize(text, from, to));
          // Appended after other tokens (a clock and a zone word, after which a sign would start
          // an offset), the run lexes the same.
          const out = tokenize("5:30 GMT");
          lexRunInto(text, from, to, out);
          expect(out.slice(2), `${JSON.stringify(text)} ${from}-${to} appended`).toEqual(tokenize(text, from, to));
        }
      }),
      { seed: 47, numRuns: 10_000 },
    );
    expect(checked).toBeGreaterThan(10_000);
  });
});

describe("lookup", () => {
  /** The lookup without the `later` gate: grows the key while it is a prefix of some phrase. */
  const reference = <T>(t: PhraseTable<T>, tokens: readonly Token[], i: number, end: number): PhraseMatch<T> | null => {
    const head = tokens[i];
    if (head === undefined || i >= end || !t.first.has(head.text)) return null;
    let key = head.text;
    let best: PhraseMatch<T> | null = null;
    for (let j = i + 1; ; j++) {
      const value = t.map.get(key);
      if (value !== undefined) best = { value, next: j };
      const next = tokens[j];
      if (j >= end || next === undefined || !t.prefixes.has(key)) return best;
      key += " " + next.text;
    }
  };

  it("finds what growing the key while it is a prefix finds, in every table of every locale", () => {
    const tables: PhraseTable<unknown>[] = VOCABULARIES.flatMap((v): PhraseTable<unknown>[] => [v.units, v.countedUnits, v.agoBefore, v.agoAfter, v.numbers, v.numbersAfterUnit,
      v.qualifiers, v.and, v.now, v.dayWords, v.lastPeriods, v.months, v.weekdays, v.weekdayAbbreviations, v.am, v.pm, v.connectors, v.labels]);
    // Words of the phrases themselves, so that long phrases are met, and a few others.
    const keys = [...new Set(tables.flatMap((t) => [...t.map.keys(), ...t.prefixes]))];
    const words = [...new Set(keys.flatMap((k) => k.split(" ")))].concat(["x", "2", ",", "\ud83d", "\ud83d "]);
    // Whole phrases and their prefixes (split into tokens) next to single words.
    const piece = fc.oneof(fc.constantFrom(...keys).map((k) => k.split(" ")), fc.constantFrom(...words).map((w) => [w]));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.flat()), fc.nat(), (texts, pick) => {
        const tokens = texts.map((text, k) => ({ ...tokenize("x")[0]!, text, start: k, end: k + 1 }));
        const t = tables[pick % tables.length]!;
        for (let i = 0; i < tokens.length; i++) {
          for (let end = i; end <= tokens.length; end++) expect(lookup(t, tokens, i, end), texts.join("|")).toEqual(reference(t, tokens, i, end));
        }
      }),
      { seed: 53, numRuns: 20_000 },
    );
  });
});

describe("lastTokenEndsNoStamp on a start keyword glued to the end of the line", () => {
  it("reads no start keyword alone as a stamp unless it is an end keyword (so only those are looked for)", () => {
    for (const w of WORDS.startWords) {
      if (WORDS.endWords.has(w)) continue;
      for (const printed of [w, w.toUpperCase(), `${w}.`]) {
        const tokens = tokenize(printed);
        if (tokens.length !== 1) continue;
        for (const referenceTime of [undefined, "2025-08-14T18:00:00Z"]) {
          expect(readTokens(printed, tokens, 0, 1, { referenceTime }, FIND_MODE), printed).toBeNull();
        }
      }
    }
  });

  it("is true only when no stamp ends the line, for lines ending with start keywords glued to words", () => {
    const starts = [...WORDS.startWords].filter((w) => /^[a-z]+$/.test(w));
    const piece = fc.oneof(fc.constantFrom(...starts), fc.constantFrom("tit", "Silv", "x", "Time", "2", "5 hours", "ago", " ", " ", ".", "Posted", "on"));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join("");
        if (!lastTokenEndsNoStamp(text, WORDS)) return;
        const tokens = tokenize(text);
        const found = scanTimestampLine(text, { referenceTime: "2025-08-14T18:00:00Z" });
        expect(found.whole, text).toBeNull();
        if (found.found !== null) expect(found.found.start, text).toBe(tokens[0]!.start);
      }),
      { seed: 59, numRuns: 20_000 },
    );
  });

  it("decides a last word ending with a start keyword by whether the keyword ends stamps", () => {
    expect(lastTokenEndsNoStamp("Weston captures a swim title", WORDS)).toBe(true); // `le` starts stamps, ends none
    expect(lastTokenEndsNoStamp("Posted timeyesterday", WORDS)).toBe(false); // `yesterday` is a stamp alone
    expect(lastTokenEndsNoStamp("Posted timeyesterday.", WORDS)).toBe(false);
  });
});

describe("firstWordStartsNoStamp", () => {
  it("is true only when the first token is a word that is no start keyword", () => {
    const piece = fc.constantFrom("Harbour", "Gazette", "yesterday", "Yesterday", "time", "il", "Il", "y", "a", "2", "hours", "ago", "Café", "é", "Aug", ".",
      "'", "’", "s", " ", " ", "-", "·", "|", "\u00a0", "5:04", "pm", "x", "Publié", "le", "Updated", ":", "(", "+");
    let decided = 0;
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (parts) => {
        const text = parts.join("");
        if (!firstWordStartsNoStamp(text, WORDS)) return;
        decided++;
        const first = tokenize(text)[0]!;
        expect(first.kind, text).toBe("word");
        expect(WORDS.startWords.has(first.text), text).toBe(false);
      }),
      { seed: 61, numRuns: 20_000 },
    );
    expect(decided).toBeGreaterThan(1000);
  });

  it("leaves to the lexer lines that open with a start keyword, a non-ASCII letter, or a word the lexer may join", () => {
    for (const text of ["Yesterday - Harbour Gazette", "Café - Gazette", "Aug. 9 - Gazette", "o'clock - x", " Harbour - x", "2 hours ago - x"]) {
      expect(firstWordStartsNoStamp(text, WORDS), text).toBe(false);
    }
    expect(hasSourceTail("Harbour Gazette - Home")).toBe(true);
    expect(firstWordStartsNoStamp("Harbour Gazette - Home", WORDS)).toBe(true);
  });
});

describe("wallMs", () => {
  /** The definition it replaces: two setters on `new Date(0)`. */
  const slow = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number => {
    const date = new Date(0);
    date.setUTCFullYear(y, mo - 1, d);
    date.setUTCHours(h, mi, s, ms);
    return date.getTime();
  };

  it("gives what setUTCFullYear and setUTCHours give, days past the month's end included", () => {
    const year = fc.oneof(fc.integer({ min: -300, max: 12_000 }), fc.constantFrom(0, 99, 100, 1900, 2000, 2100, 9999, 10_000, 275_760, -271_821));
    fc.assert(
      fc.property(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 999 }),
        (y, mo, d, h, mi, s, ms) => {
          expect(wallMs(y, mo, d, h, mi, s, ms)).toBe(slow(y, mo, d, h, mi, s, ms));
        }),
      { seed: 43, numRuns: 20_000 },
    );
  });
});

describe("isKeptText", () => {
  /** normalizeWord as first written, without its fast paths. */
  const slowKey = (raw: string) =>
    raw.toLowerCase().replaceAll(".", "").normalize("NFD").replace(/(?![\u0900-\u0e7f])[\p{M}\u0640]|[\u093c\u09bc\u0a3c\u0abc\u0b3c\u0cbc]/gu, "").replaceAll("ى", "ي").replace(/[\u2019\u02bc\u05f3]/g, "'");

  it("keeps only characters NFD leaves alone and never reorders", () => {
    const wrong: string[] = [];
    for (let c = 0x80; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!isKeptText(ch)) continue;
      // U+0345 has the highest combining class (240): NFD moves it after any character of class 1 to 239.
      if (ch.normalize("NFD") !== ch || ("\u0345" + ch).normalize("NFD") !== "\u0345" + ch || slowKey(ch) !== ch.toLowerCase()) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it("leaves normalizeWord's keys as its first definition gives them", () => {
    const unit = fc.constantFrom("a", "Z", ".", "ё", "Ж", "й", "и", "\u0306", "é", "e\u0301", "Ω", "ά", "가", "字", "ى", "ي", "\u064e", "\u0640", "’", "ʼ", "'",
      "ﬁ", "İ", "ß", "\u0345", "\ud83d", "\ude00", "ǅ", "Å", "\u212b", "ज", "\u0942", "\u094d", "\u093c", "\u0958", "ม", "\u0e35", "ינו", "\u05f3");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 8 }), (raw) => {
        expect(normalizeWord(raw), JSON.stringify(raw)).toBe(slowKey(raw));
      }),
      { seed: 20251128, numRuns: 5000 },
    );
  });
});
