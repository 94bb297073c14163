/**
 * Every regular expression the rules run must be linear-time. Rule patterns are strings compiled
 * at run time, which `npm run lint:regex` (eslint-plugin-regexp on src/) cannot see, so they are
 * checked three ways here: by our structural checker (src/rules/safety.ts, also applied to user
 * rules in compileRules), by eslint-plugin-regexp run on the compiled sources, and empirically
 * (time on adversarial strings of 1k and 10k characters must grow about 10x, not 100x).
 */
import { Linter } from "eslint";
import regexpPlugin from "eslint-plugin-regexp";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createArticleParser, defaultRules, isArticleParseError, safeParseArticles, type Rule } from "../src/index.js";
import { compileRules, type CompiledRule } from "../src/rules/rule.js";
import { findSuperLinear } from "../src/rules/safety.js";

const SEED = 20251127;

const patternRules = defaultRules.filter((r) => r.pattern !== undefined);
const sourceOf = (r: Rule): string => (typeof r.pattern === "string" ? r.pattern : (r.pattern as RegExp).source);
const flagsOf = (r: Rule): string => (r.where?.caseSensitive ? "u" : "iu");

/**
 * Every regex the default rules compile to: line patterns and inline ones (phrases included), and
 * the generated pre-screens that combine inline rules (as pseudo-rules `screen/inline-0` …).
 */
const compiled: CompiledRule[] = (() => {
  const c = compileRules(defaultRules);
  const screen = (scope: string, regex: RegExp, i: number): CompiledRule => ({
    rule: { id: `screen/${scope}-${i}`, kind: "screen" },
    regex,
    maxLength: Infinity,
    anyOf: null,
    gate: null,
    first: null,
    screen: -1,
  });
  return [
    ...c.linePatterns,
    ...c.inline,
    ...c.inlineScreens.map((r, i) => screen("inline", r, i)),
  ];
})();

describe("structural check (src/rules/safety.ts)", () => {
  it("has default rules with patterns to check", () => {
    expect(patternRules.length).toBeGreaterThan(10);
  });

  it.each(patternRules.map((r) => [r.id, r] as const))("passes the default rule %s", (_id, rule) => {
    expect(findSuperLinear(sourceOf(rule), flagsOf(rule))).toBeNull();
  });

  it.each(compiled.filter((c) => c.rule.kind === "screen").map((c) => [c.rule.id, c.regex!] as const))("passes the generated pre-screen %s", (_id, regex) => {
    expect(findSuperLinear(regex.source, regex.flags)).toBeNull();
  });

  // [pattern, expected issue kind or null]
  const table: Array<[string, string | null]> = [
    ["^(a+)+$", "nested-quantifier"],
    ["^(\\w+\\s?)*$", "nested-quantifier"],
    ["^(?:a{1,3})+$", "nested-quantifier"],
    ["^(?:\\w+\\s?){1,10}$", "nested-quantifier"],
    ["^(a|a)*$", "ambiguous-alternation"],
    ["^(?:\\w|\\d)+!", "ambiguous-alternation"],
    ["^\\s*\\s*x", "overlapping-quantifiers"],
    ["^.*.*x", "overlapping-quantifiers"],
    ["^\\w+\\s?\\w+!", "overlapping-quantifiers"],
    ["^\\w+.\\w+!", "overlapping-quantifiers"],
    ["^(?:ab)*a(?:ba)*!", "overlapping-quantifiers"],
    ["[^\\n]{0,200}x[^\\n]{0,300}y", "overlapping-quantifiers"],
    ["\\s+x", "super-linear-move"],
    ["\\s+$", "super-linear-move"],
    ["fo(?:fo)*x", "super-linear-move"],
    ["(?: \\w+)*$", "super-linear-move"],
    ["[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+", "super-linear-move"],
    ["(a)\\1", "back-reference"],
    ["(?<w>a)\\k<w>", "back-reference"],
    // Linear shapes that must pass.
    ["^(?:share|tweet)$", null],
    ["^[a-z]{1,20}(?: [a-z]{1,20}){0,3}$", null],
    ["^(?: \\w+)*$", null],
    ["^\\d*(?:,\\d{3})*!", null],
    ["^(?:[a-z]{1,20}\\.)+$", null],
    ["^\\w*\\w{0,60}!", null],
    ["^[^\\n]{0,200}terms[^\\n]{0,120}$", null],
    ["^\\s+x", null],
    ["x\\s*$", null],
    ["(?<![\\p{L}])\\p{L}+x", null],
    ["More\\s+to\\s+follow", null],
    ["mailto:\\?[^\\s]{0,2000}", null],
    ["^(?:(?:facebook|twitter|x|email|e-mail|print)(?: |$)){2,10}$", null],
    ["\\bfoo\\b", null],
  ];
  it.each(table)("classifies %s as %s", (source, kind) => {
    expect(findSuperLinear(source, "iu")?.kind ?? null).toBe(kind);
  });

  it("takes case-insensitivity into account", () => {
    // [a-z]* and [A-Z]+ overlap only when case is folded.
    expect(findSuperLinear("^[a-z]*[A-Z]+!", "u")).toBeNull();
    expect(findSuperLinear("^[a-z]*[A-Z]+!", "iu")?.kind).toBe("overlapping-quantifiers");
  });

  it("names the offending piece", () => {
    const issue = findSuperLinear("^harbour (?:\\w+\\s?)+ ferry$", "iu");
    expect(issue?.fragment).toBe("\\w+");
    expect(issue?.message).toContain("\\w+");
  });

  it("never throws, whatever the source, and stays fast on deep or long patterns", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."()[]{}|*+?\\^$.,:-=!<>aAbz01 pPuxk\u00e9"), maxLength: 40 }), (source) => {
        findSuperLinear(source, "iu");
      }),
      { seed: SEED, numRuns: 10_000 },
    );
    const deep = `${"(?:a".repeat(40)}${"){0,11}".repeat(40)}`;
    const long = `^(?:${Array.from({ length: 2000 }, (_, i) => `word${i}`).join("|")})$`;
    const t0 = performance.now();
    expect(findSuperLinear(deep, "iu")?.kind).toBe("nested-quantifier");
    expect(findSuperLinear(long, "iu")).toBeNull();
    expect(findSuperLinear("x".repeat(25_000), "iu")?.kind).toBe("too-complex");
    // A budget, not a benchmark: the point is that nothing is exponential in the pattern's size.
    expect(performance.now() - t0).toBeLessThan(5_000);
  });
});

describe("user rules are checked when a parser is created", () => {
  const unsafe: Array<[string, string]> = [
    ["(a+)+$", "a+"],
    ["^(\\w+\\s?)*$", "\\w+"],
    ["\\s*\\s*$", "\\s*"],
    ["(x)\\1", "\\1"],
  ];
  it.each(unsafe)("refuses /%s/ with invalid_options naming the pattern", (pattern, piece) => {
    const rule: Rule = { id: "user/slow", kind: "promo", pattern };
    let caught: unknown;
    try {
      createArticleParser({ rules: (defaults) => [...defaults, rule] });
    } catch (error) {
      caught = error;
    }
    expect(isArticleParseError(caught)).toBe(true);
    const error = caught as Error & { code: string };
    expect(error.code).toBe("invalid_options");
    expect(error.message).toContain("user/slow");
    expect(error.message).toContain(`/${pattern}/`);
    expect(error.message).toContain(piece);
    // The never-throwing entry point reports the same failure.
    const result = safeParseArticles("Title\nSome paragraph text.", { rules: [rule] });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe("invalid_options");
  });

  it("accepts linear user patterns and RegExp objects, and refuses non-patterns", () => {
    expect(() => createArticleParser({ rules: (d) => [...d, { id: "user/ok", kind: "promo", pattern: /^listen to the harbour hour\b/u }] })).not.toThrow();
    const bad = { id: "user/number", kind: "promo", pattern: 42 } as unknown as Rule;
    expect(() => createArticleParser({ rules: [bad] })).toThrow(/pattern must be a string or a RegExp/u);
  });
});

describe("eslint-plugin-regexp on the compiled default rules", () => {
  it("finds no super-linear backtracking or move in any compiled rule regex", () => {
    const code = compiled.map((c, i) => `export const r${i} = new RegExp(${JSON.stringify(c.regex!.source)}, ${JSON.stringify(c.regex!.flags)});`).join("\n");
    const linter = new Linter({ configType: "flat" });
    const messages = linter.verify(code, [
      {
        plugins: { regexp: regexpPlugin },
        languageOptions: { ecmaVersion: 2024, sourceType: "module" },
        rules: {
          "regexp/no-super-linear-backtracking": ["error", { report: "potential" }],
          "regexp/no-super-linear-move": ["error", { report: "potential", ignorePartial: false }],
          "regexp/no-misleading-capturing-group": "error",
        },
      },
    ]);
    const found = messages.map((m) => `${compiled[m.line - 1]?.rule.id ?? "?"}: ${m.ruleId ?? ""} ${m.message}`);
    expect(found).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Empirical check: time on adversarial strings grows linearly.
// ---------------------------------------------------------------------------------------------

/** Runs a compiled rule the way the pipeline does: `test` for line rules, an exec loop for inline ones. */
function run(re: RegExp, s: string): void {
  if (!re.global) {
    re.test(s);
    return;
  }
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) if (m[0].length === 0) re.lastIndex++;
}

/** Seconds per run: the minimum over a few trials of enough repetitions to last about 2 ms. */
function timePerRun(re: RegExp, s: string, trials = 3): number {
  let t = performance.now();
  run(re, s);
  const once = Math.max(performance.now() - t, 0.001);
  const reps = Math.max(1, Math.min(2000, Math.ceil(2 / once)));
  let best = Infinity;
  for (let k = 0; k < trials; k++) {
    t = performance.now();
    for (let r = 0; r < reps; r++) run(re, s);
    best = Math.min(best, (performance.now() - t) / reps);
  }
  return best;
}

const CHARS = [" ", "a", "A", "z", "1", ".", "-", "'", "/", ":", "#", "@", "(", "?", "\u00a0", "é", "ا", "٣"];

/**
 * Adversarial strings for one regex, built from its own pieces: runs of single characters, its
 * literal words repeated (`keep checking back keep checking back …`), its words in order as one
 * phrase repeated, and that phrase followed by a long run, each ending in a character no rule
 * expects so matches fail late.
 */
function attacks(source: string, n: number): string[] {
  const plain = source.replace(/\\[pPu]\{[^}]*\}|\\[a-zA-Z]|\\./gu, " ");
  const words = [...new Set(plain.match(/[\p{L}\p{N}' ]{2,}/gu)?.map((w) => w.trim()).filter((w) => w.length >= 2) ?? [])].slice(0, 24);
  const phrase = words.join(" ");
  const fit = (unit: string): string => (unit.length === 0 ? "" : unit.repeat(Math.ceil(n / unit.length)).slice(0, n - 1) + "\u0001");
  const out = new Set<string>();
  for (const c of CHARS) out.add(fit(c));
  for (const w of words) {
    out.add(fit(`${w} `));
    out.add(fit(w));
  }
  // Anchored patterns only run long when the string starts the way they do: a word, then a long run.
  for (const w of words.slice(0, 12)) for (const c of [" ", "a", "."]) out.add((`${w} ` + c.repeat(n)).slice(0, n - 1) + "\u0001");
  if (phrase) {
    out.add(fit(`${phrase} `));
    out.add(fit(`${phrase}.`));
    for (const c of [" ", "a", "."]) out.add((phrase + " " + c.repeat(n)).slice(0, n - 1) + "\u0001");
  }
  return [...out].filter((s) => s.length > 0);
}

/** The largest 10k/1k time ratio over a regex's adversarial strings. */
function worstRatio(re: RegExp): { ratio: number; sample: string } {
  const small = attacks(re.source, 1_000);
  const large = attacks(re.source, 10_000);
  let max = { ratio: 0, sample: "" };
  for (let k = 0; k < small.length && k < large.length; k++) {
    const t10 = timePerRun(re, large[k]!, 2);
    // Runs too fast to time (anchored patterns failing at once) cannot be super-linear.
    if (t10 < 0.002) continue;
    let ratio = t10 / Math.max(timePerRun(re, small[k]!, 2), 1e-4);
    if (ratio > 15) ratio = timePerRun(re, large[k]!, 5) / Math.max(timePerRun(re, small[k]!, 5), 1e-4); // re-measure before judging
    if (ratio > max.ratio) max = { ratio, sample: small[k]!.slice(0, 40) };
  }
  return max;
}

describe("empirical linearity of every compiled default rule", () => {
  it("detects a quadratic regex (the method works)", () => {
    expect(worstRatio(/\s+x/gu).ratio).toBeGreaterThan(30);
    expect(worstRatio(/^\s+x/u).ratio).toBeLessThan(30);
  });


  it("takes about 10x longer on 10k characters than on 1k (less than 30x) for every adversarial string", () => {
    const worst = compiled.map((c) => ({ id: c.rule.id, ...worstRatio(c.regex!) }));
    const slow = worst.filter((w) => w.ratio >= 30);
    if (process.env.SHOW_RATIOS) console.table(worst.map((w) => ({ ...w, ratio: w.ratio.toFixed(1) })));
    expect(slow).toEqual([]);
    expect(worst.length).toBe(compiled.length);
  });
});
