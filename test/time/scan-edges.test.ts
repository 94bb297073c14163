/**
 * `scanTimestampEdges` is the pipeline's cheaper `scanTimestampLine`: it may drop a `found` the
 * pipeline throws away, never one it keeps, and `whole` never changes. Its shortcuts (a last token
 * read from the text, lexing from the end, the source-tail gate) are checked here one by one and
 * as a whole against `scanTimestampLine`.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIND_MODE,
  type FoundTimestamp,
  SOURCE_AFTER,
  canEnd,
  hasSourceTail,
  innerStarts,
  keywordsOf,
  lastTokenEndsNoStamp,
  numbersEndNoStamp,
  scanTimestampEdges,
  scanTimestampLine,
  tailTokens,
} from "../../src/time/find-timestamp.js";
import { isReadable, isReadableText } from "../../src/time/grammar.js";
import { isSpace, normalizeWord, tokenize } from "../../src/time/lexer.js";
import { isKeyToken, lexLine, lineMayHoldTimestamp, lineTokens, readTokens } from "../../src/time/parse-timestamp.js";
import type { TimestampOptions } from "../../src/time/types.js";
import { vocabulariesFor } from "../../src/time/vocabulary.js";
import { POSITIVE_CASES, REFERENCE } from "./cases.js";

const WORDS = keywordsOf(vocabulariesFor(undefined));

/** What classify keeps of a scan (see src/pipeline/classify.ts): `found` only in these two shapes. */
function kept(found: FoundTimestamp | null): FoundTimestamp | null {
  if (found === null) return null;
  if (found.after === "" && found.before !== "") return found;
  if (found.before === "" && SOURCE_AFTER.test(found.after) && !/\d/u.test(found.after)) return found;
  return null;
}

/** Pieces lines are made of: stamps, sources, separators, glued forms, lexer corner cases. */
const PIECES = [
  "2 hours ago", "yesterday", "timeyesterday", "timean hour ago", "Aug. 9", "a.m.", "5 p.m.", "o'clock", "l'instant",
  "il y a 5 minutes", "19-07-2025", "2025-08-14T10:32", "5:04 pm", "17h30", "GMT+1", "GMT", " +1", "-5", "21st", "1er",
  "Reuters", "NBC Sports", "News24", "· Reuters", "- BBC", "| CNN", "— Foo", "• Bar", "–", "-", "|", "(", ")", ".",
  "'", "’", "?", "*", "©", "today", "Today", "Sunday", "Sunday Times", "mar", "ET", "EST", "ago", "agoScotland",
  "2019", "12", "U.S.", "منذ ساعة", "أمس", "Café", "Fórmula 1", "Киркоров", "\u200b", "\u00a0", " ", "  ", "Week",
  "on Mac Blog", "Email", "April", "at", "on", "by", "Updated", "Posted:", "time", "3h", "1d", "hier", "x", "\ud83d",
  // Rows of numbers (results tables), where no run of bare numbers is a stamp.
  " 4812 6 2 19", "1 Team Blue", " 0 0", "88", " 7", "=918273645", "17h482",
];

const OPTIONS: readonly TimestampOptions[] = [
  { referenceTime: REFERENCE },
  { referenceTime: "2019-11-20T10:00:00Z", timeZone: "Europe/Paris", dateOrder: "MDY" },
  {},
];

describe("scanTimestampEdges", () => {
  it("keeps what scanTimestampLine finds that the pipeline keeps, on generated lines", () => {
    fc.assert(
      fc.property(line(), fc.constantFrom(...OPTIONS), (text, options) => {
        const a = scanTimestampLine(text, options);
        const b = scanTimestampEdges(text, options);
        expect(b.whole).toEqual(a.whole);
        expect(kept(b.found)).toEqual(kept(a.found));
      }),
      { seed: 7, numRuns: 20_000 },
    );
  });

  it("keeps it on the timestamp table and on glued and labelled forms", () => {
    const texts = POSITIVE_CASES.map((c) => c.input).flatMap((s) => [s, `Reuters ${s}`, `time${s}`, `${s} · Reuters`, `${s} - 2 BBC`, `${s}Scotland`]);
    for (const text of texts) {
      const a = scanTimestampLine(text, { referenceTime: REFERENCE });
      const b = scanTimestampEdges(text, { referenceTime: REFERENCE });
      expect(b.whole, text).toEqual(a.whole);
      expect(kept(b.found), text).toEqual(kept(a.found));
    }
  });

  it("drops only stamps the pipeline does not keep", () => {
    expect(scanTimestampLine("2 days ago on Mac Blog", { referenceTime: REFERENCE }).found?.timestamp.raw).toBe("2 days ago");
    expect(scanTimestampEdges("2 days ago on Mac Blog", { referenceTime: REFERENCE }).found).toBeNull();
    expect(scanTimestampEdges("3 hours ago · Harbour Gazette", { referenceTime: REFERENCE }).found?.after).toBe("· Harbour Gazette");
    expect(scanTimestampEdges("NBC Sports18 hours ago", { referenceTime: REFERENCE }).found?.before).toBe("NBC Sports");
    expect(scanTimestampEdges("11 minutes ago", { referenceTime: REFERENCE }).whole?.raw).toBe("11 minutes ago");
  });
});

describe("hasSourceTail", () => {
  it("finds a separator followed by a short tail without digits", () => {
    expect(hasSourceTail("3 hours ago · Harbour Gazette")).toBe(true);
    expect(hasSourceTail("2 hours ago - BBC")).toBe(true);
    expect(hasSourceTail("2 hours ago |CNN")).toBe(true);
    expect(hasSourceTail("fentanyl-laced heroin")).toBe(true); // a hyphen is a separator too: a false pass only costs time
    expect(hasSourceTail("Week 12 - 2019")).toBe(false);
    expect(hasSourceTail("2 days ago on Mac Blog")).toBe(false);
    expect(hasSourceTail("2 hours ago - ")).toBe(false);
    expect(hasSourceTail(`2 hours ago - ${"x".repeat(60)}`)).toBe(false);
  });

  it("is true whenever a stamp starting the line has a tail the pipeline keeps", () => {
    fc.assert(
      fc.property(line(), (text) => {
        const found = kept(scanTimestampLine(text, { referenceTime: REFERENCE }).found);
        if (found !== null && found.before === "") expect(hasSourceTail(text)).toBe(true);
      }),
      { seed: 11, numRuns: 10_000 },
    );
  });
});

describe("lastTokenEndsNoStamp", () => {
  it("decides plain last words and punctuation, and leaves the rest to the lexer", () => {
    for (const text of ["© 2019 Harbour Gazette", "Email (required)", "Email *", "show.", "foo (", "x in"]) {
      expect(lastTokenEndsNoStamp(text, WORDS), text).toBe(true);
    }
    // End keywords, readable words, glued start keywords, and words the lexer may join or read otherwise.
    // `2019.` is lexed as a year closed by a full stop (`2025. 5. 20.`), so the lexer decides it.
    for (const text of ["NBC Sports18 hours ago", "timeyesterday", "Posted 5 p.m.", "won the 21st", "at 5 o'clock", "the U.S.", "2019.",
      "Sept.", "foo -", "Week 12", "Café", "Gazette\u00a0", "", "   "]) {
      expect(lastTokenEndsNoStamp(text, WORDS), text).toBe(false);
    }
  });

  it("is true only when the line's last token is unreadable, ends no stamp and opens none inside it", () => {
    fc.assert(
      fc.property(line(), (text) => {
        if (!lastTokenEndsNoStamp(text, WORDS)) return;
        const tokens = tokenize(text);
        const last = tokens[tokens.length - 1]!;
        expect(isReadable(last)).toBe(false);
        expect(WORDS.endWords.has(last.text)).toBe(false);
        const found = scanTimestampLine(text, { referenceTime: REFERENCE });
        expect(found.whole).toBeNull();
        if (found.found !== null) expect(found.found.start).toBe(tokens[0]!.start); // only a stamp starting the line
      }),
      { seed: 13, numRuns: 10_000 },
    );
  });
});

describe("numbersEndNoStamp", () => {
  it("decides bare numbers alone or after a plain word no rule reads, and leaves the rest to the lexer", () => {
    for (const text of ["Budget 2020", "Shopper51", "News24", "x5 2", "16", "1 2 3 ", "1 Team Blue 4812 6 2 19", "(Big 3", "x-ray 2020", "in 2019"]) {
      expect(numbersEndNoStamp(text, WORDS), text).toBe(true);
    }
    for (const text of ["May 2020", "Sept 3", "timean 2", "Week 12 - 2019", "5:04", "44,976", "21st", "GMT +1", "a.m. 5", "l'an 2",
      "Café 2", "Fórmula 1", "2 hours", "", "  ", "Sunday\u00a02", "at 5"]) {
      expect(numbersEndNoStamp(text, WORDS), text).toBe(false);
    }
  });

  it("is true only when no stamp is the line or ends it", () => {
    const pieces = [...PIECES, "2019", " 12", " 5 1", "7", "Team", " Blue", "Shopper", "x", "-", ":", ",", " ", "May", "a", "time"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 7 }).map((parts) => parts.join("")), fc.constantFrom(...OPTIONS), (text, options) => {
        if (!numbersEndNoStamp(text, WORDS)) return;
        const tokens = tokenize(text);
        expect(tokens[tokens.length - 1]!.kind, text).toBe("num");
        const found = scanTimestampLine(text, options);
        expect(found.whole, text).toBeNull();
        if (found.found !== null) expect(found.found.start, text).toBe(tokens[0]!.start); // only a stamp starting the line
      }),
      { seed: 37, numRuns: 20_000 },
    );
  });
});

describe("tailTokens", () => {
  it("gives the last tokens of the line, up to one no rule reads", () => {
    expect(tailTokens("Top 10 things to do in 2019")?.tokens.map((t) => t.text)).toEqual(["in", "2019"]);
    expect(tailTokens("Top 10 things to do in 2019")?.complete).toBe(false);
    expect(tailTokens("November 20, 2019")?.complete).toBe(true);
    expect(tailTokens("14:53 GMT +320 November 2019")).toBeNull(); // a sign opening a run: lexed with the token before
  });

  it("matches tokenize: a suffix of its tokens holding an unreadable one, or all of them", () => {
    fc.assert(
      fc.property(line(), (text) => {
        const tail = tailTokens(text);
        if (tail === null) return;
        const all = tokenize(text);
        expect(tail.tokens).toEqual(all.slice(all.length - tail.tokens.length));
        if (tail.complete) expect(tail.tokens.length).toBe(all.length);
        else expect(tail.tokens.some((t) => !isReadable(t))).toBe(true);
        const first = tail.tokens[0];
        if (first !== undefined) expect(first.start === 0 || isSpace(text.charCodeAt(first.start - 1))).toBe(true);
      }),
      { seed: 17, numRuns: 10_000 },
    );
  });
});

describe("canEnd", () => {
  /** Time words of every locale, numbers, clocks, zones and punctuation, joined by spaces or glued. */
  const words = ["il y a", "5", "minutes", "2 hours", "ago", "hier", "à", "17h30", "منذ", "ساعة", "يومين", "Nov.", "5,", "2019", "at", "5:30 PM",
    "GMT", "+02:00", "le", "Updated", ":", "|", "-", "Publié", "just now", "yesterday", "3h", "Sunday", "lundi", "août", "x", "·", "et", "and",
    "a", "an", "une", "last week", "today", "Monday", "pm", "a.m.", "19-07-2025", "2025-08-14T10:32", "EST", "UTC+1", "on", "Posted:", "1st"];

  /** Every one-token run the grammar reads in FIND_MODE is a token canEnd accepts (findEnding skips the others). */
  const holds = (text: string) => {
    const tokens = tokenize(text);
    for (let from = 0; from < tokens.length; from++) {
      if (readTokens(text, tokens, from, from + 1, { referenceTime: REFERENCE }, FIND_MODE) === null) continue;
      expect(canEnd(tokens[from]!, WORDS), `${text} [${from}]`).toBe(true);
    }
  };

  it("holds for every token the grammar reads alone in a line", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), fc.boolean(), (parts, glue) => holds(parts.join(glue ? "" : " "))),
      { seed: 29, numRuns: 3000 },
    );
  });

  it("holds for every token of the stamps in the table", () => {
    for (const c of POSITIVE_CASES) holds(c.input);
  });

  it("a one-token run is no stamp when its token is no end keyword", () => {
    for (const text of ["Monday.", "Sunday", "Wednesday", "Updated", "on", "lundi"]) {
      const tokens = tokenize(text);
      expect(canEnd(tokens[0]!, WORDS), text).toBe(false);
      expect(readTokens(text, tokens, 0, 1, { referenceTime: REFERENCE }, FIND_MODE), text).toBeNull();
    }
  });
});

describe("innerStarts", () => {
  /** The general definition (the path for words outside ASCII): a letter where a start keyword runs to the word's end. */
  const reference = (text: string, start: number, end: number): number[] => {
    const out: number[] = [];
    for (let k = start + 1; k < end; k++) {
      const ch = text.charAt(k);
      if (/\p{L}/u.test(ch) && WORDS.startWords.has(normalizeWord(text.slice(k, end)))) out.push(k);
    }
    return out;
  };

  it("finds in ASCII words, with or without a final full stop, the points the general definition finds", () => {
    const pieces = ["time", "yesterday", "an", "hour", "ago", "Today", "Sept", "il", "a", "x", "Monday", "le", "TIME", "style", "just", "now", "."];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = parts.join("");
        for (const t of tokenize(text)) {
          if (t.kind !== "word" || t.end - t.start > 40) continue;
          expect(innerStarts(text, t, 0, WORDS.startWords), text).toEqual(reference(text, t.start, t.end));
        }
      }),
      { seed: 31, numRuns: 5000 },
    );
    expect(innerStarts("Monday.", tokenize("Monday.")[0]!, 0, WORDS.startWords)).toEqual(reference("Monday.", 0, 7));
  });
});

describe("findEnding's number gate", () => {
  it("lexes a number token from any of its digits on (where innerStarts cuts glued digits) as numbers only (no key token)", () => {
    const digits = fc.array(fc.constantFrom("0", "1", "2", "5", "9", "٣", "st", "nd", "er", "th", "x", " ", "-", ":", "h", "/"), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(digits, (parts) => {
        const text = parts.join("");
        for (const t of tokenize(text)) {
          if (t.kind !== "num") continue;
          for (let k = t.start + 1; k < t.start + t.digits; k++) {
            for (const inner of tokenize(text, k, t.end)) expect(isKeyToken(inner), `${text} from ${k}`).toBe(false);
          }
        }
      }),
      { seed: 23, numRuns: 5000 },
    );
  });
});

describe("line helpers", () => {
  it("lineTokens is lineMayHoldTimestamp then lexLine", () => {
    for (const text of ["Related Articles", "3 hours ago", "  ", "x".repeat(300), `${" ".repeat(150)}3 hours ago${" ".repeat(150)}`]) {
      expect(lineTokens(text)).toEqual(lineMayHoldTimestamp(text) ? lexLine(text) : null);
    }
    expect(lineMayHoldTimestamp("Related Articles")).toBe(false);
    expect(lexLine("3 hours ago")?.length).toBe(3);
  });

  it("isReadableText agrees with isReadable on word and punctuation tokens", () => {
    for (const t of tokenize("Related: 3 hours ago | Sports (today) © on")) {
      if (t.kind === "word" || t.kind === "punct" || t.kind === "other") expect(isReadableText(t.text), t.text).toBe(isReadable(t));
    }
  });
});

/** Generated lines, shared by the properties above. */
function line(): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 7 }).map((parts) => parts.join(""));
}
