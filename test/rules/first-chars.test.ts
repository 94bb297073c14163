import { existsSync, readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstCharTable, MAX_TRIPLES, mayStartMatch, mayStartPair, mayStartTriple, pairTable, tripleTable } from "../../src/rules/first-chars.js";
import { compileRules, matchLine } from "../../src/rules/rule.js";
import { defaultRules } from "../../src/rules/index.js";

type LinePattern = ReturnType<typeof compileRules>["linePatterns"][number];

/** Calls `check` for every (pattern, fixture line) pair the pattern matches; returns how many there were. */
function forEachMatchedFixtureLine(compiled: readonly LinePattern[], check: (c: LinePattern, line: string) => void): number {
  let matched = 0;
  for (const dir of readdirSync("fixtures")) {
    const path = `fixtures/${dir}/input.txt`;
    if (!existsSync(path)) continue;
    for (const raw of readFileSync(path, "utf8").split(/\r\n?|\n/u)) {
      const line = raw.trim();
      for (const c of compiled) {
        if (!c.regex!.test(line)) continue;
        matched++;
        check(c, line);
      }
    }
  }
  return matched;
}

/**
 * Checks a pre-check against every default line pattern that has its table: on random lines (with
 * the given extra characters and line starts) and on every fixture line, a line the pattern
 * matches is never rejected.
 */
function neverRejectsAMatchedLine(
  tableOf: (c: LinePattern) => unknown,
  admits: (c: LinePattern, line: string) => boolean,
  seed: number,
  extraUnits: string,
  extraStarts: readonly string[],
): void {
  const compiled = compileRules(defaultRules).linePatterns.filter((c) => tableOf(c));
  expect(compiled.length).toBeGreaterThan(20);
  const starts = ["", "sh", "by ", "Co", "Re", ...extraStarts];
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom(...`sSlLpPbBcC([0 1eEaAoOtTrR:/|©-_.,\u017f\u212aéÉwWvVjJ9)@hHiI${extraUnits}`), maxLength: 20 }), (tail) => {
      for (const c of compiled) {
        for (const start of starts) {
          const line = start + tail;
          if (c.regex!.test(line)) expect(admits(c, line), `${c.rule.id}: ${line}`).toBe(true);
        }
      }
    }),
    { seed, numRuns: 2000 },
  );
  const matched = forEachMatchedFixtureLine(compiled, (c, line) => expect(admits(c, line), `${c.rule.id}: ${line}`).toBe(true));
  expect(matched).toBeGreaterThan(20);
}

const starts = (source: string): string | null => {
  const t = firstCharTable(source);
  return t === null ? null : [...t].map((v, i) => (v ? String.fromCharCode(i) : "")).join("");
};

describe("firstCharTable", () => {
  it("reads anchored literals, groups, alternation and \\d, in both cases", () => {
    expect(starts("^share$")).toBe("Ss");
    expect(starts("^(?:leave a reply|post a comment)$|^cancel$")).toBe("CLPclp");
    expect(starts("^\\d{1,3} min read$")).toBe("0123456789");
    expect(starts("^\\(photo\\)$|^\\[\\d+\\]$")).toBe("([");
    expect(starts("^Über uns$")).toBe(""); // nothing ASCII: every ASCII-initial line is rejected
  });

  it("reads optional first items and simple classes", () => {
    expect(starts("^(?:the )?share$")).toBe("STst");
    expect(starts("^s?hare$")).toBe("HShs");
    expect(starts("^x{0,2}y$")).toBe("XYxy");
    expect(starts("^x{0,2}?y$")).toBe("XYxy");
    expect(starts("^x*?y$")).toBe("XYxy");
    expect(starts("^\\(?(?:a|b)c$")).toBe("(ABab");
    expect(starts("^(?:\\d{1,6} )?(?:comments?|kommentare)$")).toBe("0123456789CKck");
    expect(starts("^(?:(?:opinion |staff )?(?:writer|editor)s?)$")).toBe("EOSWeosw");
    expect(starts("^[a-c]+$")).toBe("ABCabc");
    expect(starts("^[\\d.,]{1,7}x$")).toBe(",.0123456789");
    expect(starts("^[-x]$|^[y\\-]$")).toBe("-XYxy");
    expect(starts("^[é]x$")).toBe(""); // a non-ASCII member adds nothing (such lines are never rejected)
  });

  it("gives up where the first character cannot be told cheaply", () => {
    for (const source of [
      "share$", // not anchored
      "^share$|comments", // one branch not anchored
      "^(?:the )?$", // an optional item with nothing required after it
      "^s?(?:a|)$",
      "^[^a]x$", // a negated class
      "^[\\w.]x$", // a class escape other than \\d
      "^[a-é]x$", // a range leaving ASCII
      "^[\u017f]x$", // a member folding onto ASCII
      "^\\p{Lu}\\w+$",
      "^\\bfoo",
      "^(foo)$", // a capturing group
      "^(?=a)a",
      "^(?:a|)b", // an empty alternative
      "^\u017fhare$", // long s folds onto "s" under the i flag
      "^(?:a|b",
    ]) {
      expect(starts(source), source).toBeNull();
    }
  });

  it("never rejects a line whose first character is not ASCII", () => {
    const t = firstCharTable("^share$");
    expect(mayStartMatch(t, "Share")).toBe(true);
    expect(mayStartMatch(t, "Tweet")).toBe(false);
    expect(mayStartMatch(t, "ſhare")).toBe(true);
    expect(mayStartMatch(null, "anything")).toBe(true);
  });

  it("never rejects a line its pattern matches (every default line rule, random lines)", () => {
    const compiled = compileRules(defaultRules).linePatterns.filter((c) => c.first !== null);
    expect(compiled.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."sSlLpPbBcC([0 1eEaAoOtTrR:/|©-_.,\u017f\u212aéÉwWvVjJ9)@\u0130"), maxLength: 20 }), (tail) => {
        for (const c of compiled) {
          for (const line of [tail, `share${tail}`, `by ${tail}`]) {
            if (c.regex!.test(line)) expect(mayStartMatch(c.first, line), `${c.rule.id}: ${line}`).toBe(true);
          }
        }
      }),
      { seed: 20251127, numRuns: 2000 },
    );
  });

  it("never rejects a fixture line its pattern matches", () => {
    const compiled = compileRules(defaultRules).linePatterns.filter((c) => c.first !== null);
    const matched = forEachMatchedFixtureLine(compiled, (c, line) => expect(mayStartMatch(c.first, line), `${c.rule.id}: ${line}`).toBe(true));
    expect(matched).toBeGreaterThan(20);
  });

  it("leaves matchLine's answers unchanged", () => {
    const compiled = compileRules(defaultRules);
    // No first-character checks: no tables, and every line is offered every pattern.
    const linePatterns = compiled.linePatterns.map((c) => ({ ...c, first: null, pairs: null }));
    const without = { ...compiled, linePatterns, lineByFirst: linePatterns.map(() => linePatterns), lineByPair: new Array(128 * 128).fill(linePatterns) };
    for (const line of ["Leave a reply", "leave a reply", "Share", "By Jane Doe", "5 min read", "Photo: Jane Doe", "© 2025 Harbour Gazette", "Tags: ferries", "The ferry ran late on Sunday."]) {
      expect(matchLine(compiled, line)?.rule.id ?? null, line).toBe(matchLine(without, line)?.rule.id ?? null);
    }
  });
});

describe("pairTable", () => {
  const may = (source: string, text: string) => mayStartPair(pairTable(source), text);

  it("reads the second character after a literal, a class, an optional item or inside a group", () => {
    expect(may("^share$", "Sh")).toBe(true);
    expect(may("^share$", "SHARE")).toBe(true);
    expect(may("^share$", "Sx")).toBe(false);
    expect(may("^(?:leave a reply|post a comment)$", "Le")).toBe(true);
    expect(may("^(?:leave a reply|post a comment)$", "Lo")).toBe(false);
    expect(may("^(?:the )?share$", "sh")).toBe(true);
    expect(may("^(?:the )?share$", "th")).toBe(true);
    expect(may("^(?:the )?share$", "tx")).toBe(false);
    expect(may("^s?hare$", "ha")).toBe(true);
    expect(may("^s?hare$", "sh")).toBe(true);
    expect(may("^s?hare$", "sa")).toBe(false);
    expect(may("^(?:a|b)c$", "bc")).toBe(true);
    expect(may("^(?:a|b)c$", "ba")).toBe(false);
    expect(may("^\\d{1,3} min$", "12")).toBe(true); // repeated: another digit or what follows
    expect(may("^\\d{1,3} min$", "1 ")).toBe(true);
    expect(may("^\\d{1,3} min$", "1x")).toBe(false);
    expect(may("^\\d{1} min$", "12")).toBe(false); // exactly once
    expect(may("^\\d+x", "1x")).toBe(true);
    expect(may("^\\d*x", "xa")).toBe(true); // zero digits: x starts, anything after it
    expect(may("^\\d*x", "1y")).toBe(false);
    expect(may("^(?:(?:fb|x)(?: |$)){1,3}$", "fb")).toBe(true); // a repeated group: its alternatives' pairs
    expect(may("^(?:(?:fb|x)(?: |$)){1,3}$", "fa")).toBe(false);
    expect(may("^(?:(?:fb|x)(?: |$)){1,3}$", "xq")).toBe(true); // after x: a group holding "$", left open
    expect(may("^(?:ab|c){2,}$", "cc")).toBe(true);
    expect(may("^(?:ab|c){2,}$", "ca")).toBe(true);
    expect(may("^(?:ab|c){2,}$", "cb")).toBe(false);
    expect(may("^(?:a?){2}b", "xy")).toBe(true); // an occurrence that may be empty: no table (gives up)
    expect(may("^x$", "x")).toBe(true); // one character: nothing to check
    expect(may("^xé", "xE")).toBe(false);
    expect(may("^xé", "xé")).toBe(true); // a non-ASCII second character is never rejected
    expect(may("^x\u017f", "xs")).toBe(true); // long s folds onto "s"
  });

  it("gives up where the first character cannot be told", () => {
    for (const source of ["share$", "^(foo)$", "^(?:a|)$", "^\\p{Lu}x", "^a(?=b)"]) {
      if (source === "^a(?=b)") expect(pairTable(source), source).not.toBeNull(); // the second is open
      else expect(pairTable(source), source).toBeNull();
    }
    expect(may("^a(?=b)", "ax")).toBe(true);
  });

  it("never rejects a string a repeated item matches (small patterns, random strings)", () => {
    const sources = [
      "^\\d{1,3} min$", "^\\d+x", "^\\d*x", "^a{2,4}b", "^a{0,2}b", "^a+?b", "^(?:ab|c){2,}$", "^(?:ab|c){1,3}?d",
      "^(?:(?:fb|x)(?: |$)){1,3}$", "^(?:a|bc)*d", "^(?:[ab] ?){1,2}c", "^[\\d.,]{1,7}[kK]? views", "^(?:a?){2}b", "^(?:(?:a|b)c{0,2}){1,3}$",
    ];
    const tables = sources.map((source) => ({ regex: new RegExp(source, "iu"), pairs: pairTable(source) }));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcdxABfk1 2.,mins$views"), maxLength: 10 }), (text) => {
        for (const t of tables) if (t.regex.test(text)) expect(mayStartPair(t.pairs, text), `${t.regex.source}: ${text}`).toBe(true);
      }),
      { seed: 20251127, numRuns: 20000 },
    );
  });

  it("never rejects a line its pattern matches (every default line rule, random and fixture lines)", () => {
    neverRejectsAMatchedLine((c) => c.pairs, (c, line) => mayStartPair(c.pairs!, line), 20251127, "", []);
  });
});

/** The triples (lower case) a table admits, sorted, or null. */
const triplesOf = (source: string): string[] | null => {
  const t = tripleTable(source);
  if (t === null) return null;
  const out: string[] = [];
  for (const [key, thirds] of t) {
    for (let c = 0; c < 128; c++) if (thirds[c >> 5]! & (1 << (c & 31))) out.push(String.fromCharCode(key >> 7, key & 127, c));
  }
  return out.sort();
};

describe("tripleTable", () => {
  it("spells out literals, groups, optional and repeated items, classes and \\s to the third character, in lower case", () => {
    expect(triplesOf("^(?:share|Send|po) (?:this|it)$")).toEqual(["po ", "sen", "sha"]);
    expect(triplesOf("^(?:the )?tag")).toEqual(["tag", "the"]);
    expect(triplesOf("^[Bb]y\\s?x")).toEqual(["by\t", "by\n", "by\u000b", "by\f", "by\r", "by ", "byx"].sort());
    expect(triplesOf("^\\d{1,2}xy")).toHaveLength(10 * 10 + 10);
    expect(tripleTable("^\\d{1,2}x")).toBeNull(); // "1x" may be the whole match: shorter than three
    expect(triplesOf("^(?:(?:fb|x)(?: |$)){1,3}$")).toEqual(["fb", "fb ", "x f", "x x"].filter((t) => t.length === 3).sort());
  });

  it("leaves out triples with a character outside ASCII, and ends a branch at $", () => {
    expect(triplesOf("^(?:©|\\(c\\))x")).toEqual(["(c)"]);
    expect(triplesOf("^(?:автор|by) x")).toEqual(["by "]);
    expect(triplesOf("^ab$|^abc")).toEqual(["abc"]); // "ab" is shorter than three: never rejected anyway
  });

  it("gives up where a match may end early or cannot be spelled out", () => {
    for (const source of ["^ab", "share$", "^(foo)", "^a\\bc", "^\\p{Lu}xx", "^a(?=b)c", "^[^x]yz", "^\u017fab", "^(?:a?)*b", "^(?:a?){30}b", "^[\\d.,]{1,7}[\\d.,]{1,7}[\\d.,]{1,7}x"]) {
      if (source === "^[\\d.,]{1,7}[\\d.,]{1,7}[\\d.,]{1,7}x") expect(tripleTable(source), source).not.toBeNull(); // 12^3 = 1,728 triples, under the cap
      else expect(tripleTable(source), source).toBeNull();
    }
    expect(tripleTable("^[\\w\\d]{3}")).toBeNull();
    expect(tripleTable("^[a-z][a-z][a-z]")).toBeNull(); // 26^3 triples: over MAX_TRIPLES
    expect(MAX_TRIPLES).toBeGreaterThan(1000);
  });

  it("passes lines shorter than three characters or with a character outside ASCII among their first three", () => {
    const t = tripleTable("^(?:abc|xyz)")!;
    for (const line of ["ab", "", "aé", "éab", "a\u212ac"]) expect(mayStartTriple(t, line), line).toBe(true);
    expect(mayStartTriple(t, "ABC d")).toBe(true);
    expect(mayStartTriple(t, "abd")).toBe(false);
    expect(mayStartTriple(t, "qqq")).toBe(false);
    expect(mayStartTriple(null, "qqq")).toBe(true);
  });

  it("never rejects a string a pattern matches (small patterns, random strings)", () => {
    const sources = [
      "^\\d{1,3} min$", "^\\d+x", "^\\d*xy", "^a{2,4}b", "^a{0,2}bc", "^a+?bc", "^(?:ab|c){2,}$", "^(?:ab|c){1,3}?d",
      "^(?:(?:fb|x)(?: |$)){1,3}$", "^(?:a|bc)*dd", "^(?:[ab] ?){1,2}c", "^[\\d.,]{1,7}[kK]? views", "^(?:a?){2}bc", "^(?:(?:a|b)c{0,2}){1,3}$",
      "^by\\s?[a-c]{2}", "^(?:s|mi|min)\\s?:\\s?\\d", "^k\\.?\\d", "^(?:©|\\(c\\)) \\d",
    ];
    const tables = sources.map((source) => ({ regex: new RegExp(source, "iu"), triples: tripleTable(source) }));
    expect(tables.filter((t) => t.triples !== null).length).toBeGreaterThan(8);
    let checked = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c", "d", "x", "y", "ab", "bc", "Bc", "fb", "min", "mi", "s", " ", "\t", "1", "12", ".", ",", "k", "K", "views", "©", "(c)", ":", "\u212a", "\u017f"), { maxLength: 6 }), (parts) => {
        const text = parts.join("");
        for (const t of tables) {
          if (t.triples === null || !t.regex.test(text)) continue;
          checked++;
          expect(mayStartTriple(t.triples, text), `${t.regex.source}: ${JSON.stringify(text)}`).toBe(true);
        }
      }),
      { seed: 20251128, numRuns: 20000 },
    );
    expect(checked).toBeGreaterThan(800);
  });

  it("never rejects a line its pattern matches (every default line rule, random and fixture lines)", () => {
    neverRejectsAMatchedLine((c) => c.triples, (c, line) => mayStartTriple(c.triples!, line), 20251128, "xXmMnN", ["x ", "12 ", "Image 1 "]);
  });
});
