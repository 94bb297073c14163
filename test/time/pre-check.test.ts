/**
 * The fast pre-check must answer exactly as the regular expression it replaces on the hot path,
 * but for the one stricter rule it adds (ASCII lines whose only piece is `il` need `y a` after
 * it as words): a line it wrongly rejects would lose a timestamp, one it wrongly passes only
 * costs time, but the output must not change at all, so both directions are checked.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type GrammarMode, isReadable, localeReadsAll, readTimestampUngated } from "../../src/time/grammar.js";
import { tokenize } from "../../src/time/lexer.js";
import { mayBeTimestamp, parseTimestamp } from "../../src/time/parse-timestamp.js";
import { ALL_WORDS, MAY_HOLD_TIMESTAMP, VOCABULARIES, mayHoldTimestamp, mayHoldTimestampIn } from "../../src/time/vocabulary.js";
import { POSITIVE_CASES, REFERENCE } from "./cases.js";

/** Pieces of time words, their case variants, and characters that fold to ASCII letters under `iu`. */
const PIECES = [
  "ago", "AGO", "il", "Il", "May", "mAY", "mar", "Marathon", "sept", "SEPT", "jan.", "yesterday", "YesterDay", "just",
  "hier", "avant-hier", "moment", "today", "décembre", "Août", "منذ", "أمس", "ſeconds", "aſo", "\u212Aay", "İl", "ı",
  "é", "٣", "5", "0", " ", "-", "'", "’", ".", ",", ":", "x", "Q", "\u00a0", "\u{1d400}",
  "Email", "I.L", "y", "Y", "a", "A", "y.", "\t", "il y a", "ý", "\u0301", "Трамп", "“", "–", "…", "\u0345", "ß",
];

/** `MAY_HOLD_TIMESTAMP` without the weak piece `il`. */
const WITHOUT_IL = new RegExp(MAY_HOLD_TIMESTAMP.source.replace("|il|", "|"), "iu");
/** The words `y a` as the lexer cuts them out of ASCII text. */
const Y_A = /(?<![a-z])y(?:\.[\0-\x20]*|[\0-\x20]+)a(?![a-z])/i;
/** What mayHoldTimestamp must answer: the expression's answer, but the stricter `il` rule in ASCII. */
const expected = (text: string): boolean =>
  MAY_HOLD_TIMESTAMP.test(text) && !(/^[\0-\x7f]*$/.test(text) && !WITHOUT_IL.test(text) && !Y_A.test(text));

describe("mayHoldTimestamp", () => {
  it("answers as MAY_HOLD_TIMESTAMP (but for `il`) on lines made of time-word pieces and letters", () => {
    const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: "grapheme", maxLength: 2 }), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 10 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(line, (text) => {
        expect(mayHoldTimestamp(text)).toBe(expected(text));
      }),
      { seed: 42, numRuns: 30_000 },
    );
  });

  it("answers as MAY_HOLD_TIMESTAMP (but for `il`) on fixed cases", () => {
    for (const text of ["", "Related Articles", "Email", "Marathon", "Mar", "mar.", "xMAY", "MAYx", "Sunday Times", "timeyesterday",
      "Reutersil y a 5 minutes", "ſunday", "\u212Aay", "Al Jazeeraمنذ 21 ساعات", "Chicago", "9/11", "Monday", "Трамп May", "Трамп Mayx",
      "“Sunday”", "Email ý", "Emaili.l y. a", "il\ty\na", "ily a", "il y aune", "il y.a", "Email – Share", "\u0345may",
      // Pieces at the very start and end, inside words, across characters outside ASCII (the rolling window).
      "ago", "il", "Chicago", "TODAY", "éago", "agoé", "ag\u00e9o", "éil y a", "a@go", "ag`o", "@il y a", "moment", "xmomentx", "lasté", "\u00a0just"]) {
      expect(mayHoldTimestamp(text), text).toBe(expected(text));
    }
    expect(mayHoldTimestamp("Email")).toBe(false);
    expect(mayHoldTimestamp("will be in April")).toBe(true);
    expect(mayHoldTimestamp("Email I.L y a une heure")).toBe(true);
  });

  it("answers the same read from inside a longer string (mayHoldTimestampIn), whatever surrounds the text", () => {
    const part = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 }), fc.string({ unit: "grapheme", maxLength: 2 })), { maxLength: 6 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(part, part, part, (before, text, after) => {
        const src = before + text + after;
        expect(mayHoldTimestampIn(src, before.length, before.length + text.length, text)).toBe(mayHoldTimestamp(text));
      }),
      { seed: 11, numRuns: 30_000 },
    );
    // Pieces and names cut by the ends of the range.
    const cuts: [string, string, string][] = [["", "ag", "o"], ["ye", "sterday", ""], ["", "yesterda", "y"], ["x", "May", "x"], ["", "Ma", "y"], ["1", "ago", "2"], ["", "il", " y a"]];
    for (const [before, text, after] of cuts) {
      const src = before + text + after;
      expect(mayHoldTimestampIn(src, before.length, before.length + text.length, text), JSON.stringify([before, text, after])).toBe(mayHoldTimestamp(text));
    }
  });

  it("rejects only ASCII lines in which no lexing holds the tokens il, y, a in a row", () => {
    const ascii = fc.array(fc.oneof(fc.constantFrom("il", "IL", "I.L", "i.l.", "Email", "y", "Y", "y.", "a", "A", "a.", " ", "\t", ".", "'", ",", "une heure", "x"),
      fc.string({ maxLength: 2 })), { maxLength: 10 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(ascii, (text) => {
        if (mayHoldTimestamp(text) || !MAY_HOLD_TIMESTAMP.test(text)) return;
        for (let k = 0; k < text.length; k++) {
          const words = tokenize(text, k).map((t) => t.text).join(" ");
          expect(` ${words} `.includes(" il y a "), `${JSON.stringify(text)} from ${k}`).toBe(false);
        }
      }),
      { seed: 7, numRuns: 30_000 },
    );
  });
});

describe("isReadable", () => {
  it("holds for every token of every timestamp in the table (the grammar reads only those)", () => {
    for (const c of POSITIVE_CASES) {
      const stamp = parseTimestamp(c.input, { referenceTime: c.ref ?? REFERENCE, timeZone: c.timeZone, dateOrder: c.dateOrder });
      if (stamp === null) continue;
      // An offset in brackets closing the line (`10:32 (GMT+7)`) is read around the grammar, brackets aside.
      // So is a stamp in brackets closing the line (`[2025-08-14 10:32]`): brackets the grammar cannot read are spaces to it.
      const raw = stamp.raw.replace(/\((?:GMT|UTC)[+-][\d:]+\)$/u, (m) => m.slice(1, -1)).replace(/[[(（【]([^[\]()（）【】]+)[\])）】]$/u, (m, inner: string) => (tokenize(m).every(isReadable) ? m : ` ${inner} `))
        // And a year's full stop or the `u`/`o` before a clock (`14.08.2025. u 10:32`), read as a space.
        .replace(/(\d{4})(?:\.?\s[uoу]|\.)\s(?=\d{1,2}[:.]\d{2}$)/u, "$1 ")
        // And a weekday in brackets after a date (`2025-08-14 (Thu)`), its brackets read as spaces.
        .replace(/\((\p{L}{2,12}\.?)\)/u, " $1 ");
      for (const t of tokenize(raw)) expect(isReadable(t), `${c.input}: ${t.text}`).toBe(true);
    }
  });

  it("is false for words and marks outside every vocabulary", () => {
    expect(tokenize("Related « Articles »").map(isReadable)).toEqual([false, false, false, false]);
  });
});

describe("localeReadsAll", () => {
  const MODES: readonly GrammarMode[] = [
    { compact: true, bareWeekday: true, monthYear: true, dateOrder: "DMY" },
    { compact: false, bareWeekday: false, monthYear: false, dateOrder: "MDY" },
  ];
  /**
   * Every locale reading a run holds every token of it readable by that locale, and the run holds
   * a key token (a clock, a date or a time word, not only numbers): the gates drop nothing.
   */
  const holds = (text: string) => {
    const tokens = tokenize(text);
    for (let from = 0; from < tokens.length; from++) {
      for (let to = from + 1; to <= Math.min(tokens.length, from + 12); to++) {
        for (const v of VOCABULARIES) {
          for (const mode of MODES) {
            if (readTimestampUngated(tokens, from, to, v, mode) === null) continue;
            expect(localeReadsAll(tokens, from, to, v), `${text} [${from}, ${to}) ${v.code}`).toBe(true);
            expect(mayBeTimestamp(tokens, from, to), `key token: ${text} [${from}, ${to}) ${v.code}`).toBe(true);
          }
        }
      }
    }
  };

  it("holds for every stamp in the table, with every locale", () => {
    for (const c of POSITIVE_CASES) holds(c.input);
  });

  it("holds on soups of time words of every locale", () => {
    const words = ["il y a", "5", "minutes", "2 hours", "ago", "hier", "à", "17h30", "منذ", "ساعة", "يومين", "Nov.", "5,", "2019", "at", "5:30 PM",
      "GMT", "+02:00", "le", "Updated", ":", "|", "-", "Publié", "just now", "yesterday", "3h", "Sunday", "lundi", "août", "x", "·", "et", "and", "a", "an", "une"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), (parts) => holds(parts.join(" "))),
      { seed: 11, numRuns: 1500 },
    );
  });

  it("holds on runs of numbers and punctuation with a few time words", () => {
    const words = ["5", "12", "2019", "1st", "0", "31", "100", "4812", ",", "-", "/", ":", "|", "+1", "h", "pm", "am", "ago", "May", "at", "Updated", "GMT"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 8 }), fc.boolean(), (parts, glue) => holds(parts.join(glue ? "" : " "))),
      { seed: 19, numRuns: 1500 },
    );
  });

  it("mayBeTimestamp is false on runs of numbers and punctuation alone", () => {
    expect(mayBeTimestamp(tokenize("1 Team Blue 4812 6 2 19"), 3)).toBe(false);
    expect(mayBeTimestamp(tokenize("12, 2019 - 5"))).toBe(false);
    expect(mayBeTimestamp(tokenize("5 pm"))).toBe(true);
    expect(mayBeTimestamp(tokenize("5:04"))).toBe(true);
  });

  it("no time word holds a digit (so digits inside a number lex to no key token: see findEnding)", () => {
    for (const w of ALL_WORDS) expect(/\p{Nd}/u.test(w), w).toBe(false);
  });
});
