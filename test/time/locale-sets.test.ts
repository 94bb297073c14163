import { describe, expect, it } from "vitest";
import { LOCALE_SLOTS, localeIndex, localeReadsAll, localesReadingAll } from "../../src/time/grammar.js";
import { tokenize } from "../../src/time/lexer.js";
import { VOCABULARIES } from "../../src/time/vocabulary.js";

/** Invented stamp-like runs in many of the built-in languages, and runs no locale reads. */
const RUNS = [
  "vor 5 Minuten", "il y a 3 heures", "5 minutes ago", "hace 2 días", "há 3 horas", "3 ore fa", "5 minuter sedan",
  "for 2 timer siden", "2 tuntia sitten", "pred 2 urama", "prieš 3 valandas", "pirms 2 stundām", "2 tundi tagasi",
  "5 perc ezelőtt", "před 3 hodinami", "pred 3 hodinami", "prije 2 sata", "acum 3 ore", "3 saat önce", "2 giờ trước",
  "14 Aug 2025", "14. august 2025", "14 sierpnia 2025", "14 серпня 2025", "14 августа 2025", "14 Αυγούστου 2025",
  "heute, 10:30", "včeraj ob 17:30", "yesterday at 5 pm", "ferry timetable 2025", "the harbour", "",
];

describe("localesReadingAll", () => {
  it("gives every built-in locale a bit of its own, in as many slots as it takes", () => {
    expect(VOCABULARIES.length).toBeGreaterThan(32); // the case the shared bit used to cover
    expect(LOCALE_SLOTS).toBe(Math.ceil(VOCABULARIES.length / 32));
    expect(VOCABULARIES.map(localeIndex)).toEqual(VOCABULARIES.map((_, i) => i));
  });

  it("sets locale i's bit exactly when that locale reads every token of the run", () => {
    const out = new Int32Array(LOCALE_SLOTS);
    let some = 0;
    for (const run of RUNS) {
      const tokens = tokenize(run);
      for (let from = 0; from < tokens.length; from++) {
        for (let to = from + 1; to <= tokens.length; to++) {
          const any = localesReadingAll(tokens, from, to, out);
          const expected = VOCABULARIES.map((v) => localeReadsAll(tokens, from, to, v));
          const got = VOCABULARIES.map((_, i) => (out[i >>> 5]! & (1 << (i & 31))) !== 0);
          expect(any, run).toBe(expected.some(Boolean));
          if (any) expect(got, `${run} [${from}, ${to})`).toEqual(expected);
          if (expected.slice(32).some(Boolean)) some++;
        }
      }
    }
    expect(some).toBeGreaterThan(5); // runs read by locales past the 32nd were among them
  });
});
