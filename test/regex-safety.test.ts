/**
 * Every regular expression the built-in rules run on native `RegExp` must be linear-time: they
 * are proven so here, with recheck (a maintained ReDoS checker, run in its pure-JavaScript mode:
 * offline, no Java, no native binary) and eslint-plugin-regexp. Users' patterns never run on
 * native `RegExp`: they run on RE2 (`news-text-parser/re2`), where no pattern can backtrack, and
 * the last block checks that the patterns that used to hang the parser now cannot.
 */
import { Linter } from "eslint";
import regexpPlugin from "eslint-plugin-regexp";
import { checkSync } from "recheck";
import { describe, expect, it } from "vitest";
import { createArticleParser, defaultRules, isArticleParseError, safeParseArticles, type Rule } from "../src/index.js";
import { re2Engine } from "../src/re2.js";
import { compileRules, escapeRegExp, matchInline } from "../src/rules/rule.js";

// recheck's default backend starts a Java or native agent; the pure-JS one needs neither.
process.env.RECHECK_BACKEND = "pure";

/** Every native regex the default rules compile to: line and inline patterns, inline phrases, pre-screens. */
const compiled: { id: string; regex: RegExp }[] = (() => {
  const c = compileRules(defaultRules);
  return [
    ...c.linePatterns.map((r) => ({ id: r.rule.id, regex: r.regex! })),
    ...c.inline.map((r) => ({ id: r.rule.id, regex: r.regex! })),
    ...c.inlineScreens.map((regex, i) => ({ id: `screen/inline-${i}`, regex })),
  ];
})();

/** recheck does not read lookbehinds; a one-character fence (`(?<![\p{L}\p{N}])`) adds no backtracking. */
const forChecker = (source: string): string => source.replaceAll("(?<![\\p{L}\\p{N}])", "").replaceAll("(?![\\p{L}\\p{N}])", "");

/**
 * Regexes whose automaton recheck cannot build within its time limit (tens of seconds: Unicode
 * letter classes under case folding, with a bounded repetition of name words or many phrases).
 * Each is proven linear another way below; a new pattern is not added here lightly.
 */
const TOO_BIG_FOR_THE_AUTOMATON = new Set(["bylines/by-name", "bylines/name-handle", "bylines/written-by", "bylines/contact"]);

/** The source compileRules makes of inline phrases: literal, fenced, `\s+` between words. */
const phraseSource = (phrases: readonly string[]): string =>
  `(?<![\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p.trim()).replace(/ +/gu, "\\s+")).join("|")})(?![\\p{L}\\p{N}])`;

describe("recheck proves every built-in regex linear-time", () => {
  it("has default patterns, inline phrases and pre-screens to check", () => {
    expect(compiled.length).toBeGreaterThan(40);
    expect(compiled.some((c) => c.id.startsWith("screen/"))).toBe(true);
  });

  it("finds the super-linear patterns this suite must catch (the method works)", () => {
    // (Not bounded ones such as ^(?:a{1,30}){1,10}$: recheck counts a bounded loop as constant
    // work. Users' patterns, where those came from, run on RE2 instead.)
    for (const bad of ["^(a+)+$", "^(?:a|a)*$", "^(\\w+\\s?)*$"]) {
      const result = checkSync(bad, "iu", { checker: "automaton", timeout: 10_000 });
      expect(result.status, bad).toBe("vulnerable");
    }
  });

  const phraseRules = defaultRules.filter((r) => r.phrases !== undefined && r.where?.scope === "inline");
  const checked = compiled.filter((c) => !TOO_BIG_FOR_THE_AUTOMATON.has(c.id) && !phraseRules.some((r) => r.id === c.id) && !c.id.startsWith("screen/"));

  it.each(checked.map((c) => [c.id, c.regex] as const))("%s", (_id, regex) => {
    const result = checkSync(forChecker(regex.source), regex.flags.replace("g", ""), { checker: "automaton", timeout: 20_000 });
    expect(result.status === "unknown" ? result.error : result.status).toBe("safe");
  });

  it("inline phrases and pre-screens are literal alternations, linear by construction", () => {
    // A fixed word list, words joined by \s+ (never next to a space in a phrase): at each start the
    // engine tries each phrase once and reads it at most once, so the cost is bounded by the list.
    const c = compileRules(defaultRules);
    expect(phraseRules.length).toBeGreaterThan(0);
    for (const rule of phraseRules) expect(c.inline.find((x) => x.rule === rule)!.regex!.source).toBe(phraseSource(rule.phrases!));
    // A screen is the alternation of its members (each checked above or here), tried once per start.
    for (const [i, screen] of c.inlineScreens.entries()) {
      const members = c.inline.filter((x) => x.screen === i).map((x) => `(?:${x.regex!.source})`);
      expect(screen.source).toBe(members.join("|"));
    }
  });

  it.each([...TOO_BIG_FOR_THE_AUTOMATON])("%s is anchored, and each unbounded loop is followed by what it cannot take", (id) => {
    // Anchored at ^, a line is tried from one place; the only unbounded loop is the rest of a
    // name word, [\p{L}.'’-]*, and what may follow it (a space, a comma, a bar, the end) is never
    // in that class, so the loop gives back nothing; every other repetition is bounded ({0,7}
    // names, {1,60} characters), capping the work per line at a constant.
    const source = compiled.find((c) => c.id === id)!.regex.source;
    expect(source.split("|^").every((alt, i) => i > 0 || alt.startsWith("^"))).toBe(true);
    const loops = source.match(/(?:\[[^\]]*\]|\\.|[^\\[])[*+]/gu) ?? [];
    expect(loops.length).toBeGreaterThan(0);
    expect(loops.every((loop) => loop === "[\\p{L}.'’-]*" || loop === "[\\p{L}'’-]*"), loops.join(" ")).toBe(true);
  });

  it("eslint-plugin-regexp finds no super-linear backtracking or move in any of them", () => {
    const code = compiled.map((c, i) => `export const r${i} = new RegExp(${JSON.stringify(c.regex.source)}, ${JSON.stringify(c.regex.flags)});`).join("\n");
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
    expect(messages.map((m) => `${compiled[m.line - 1]?.id ?? "?"}: ${m.ruleId ?? ""} ${m.message}`)).toEqual([]);
  });
});

describe("users' patterns run on RE2, never on native RegExp", () => {
  // The patterns that hung the parser (issue 12), each with a line that made it backtrack
  // exponentially on native RegExp (it must fail to match) and one it must match.
  const hostile: Array<[string, string, string]> = [
    ["^(?:a{1,30}){1,10}$", `${"a".repeat(60)}!`, "a".repeat(60)],
    ["^(?:a{0,30}){10}$", `${"a".repeat(30)}!`, "a".repeat(30)],
    [`^${"a?".repeat(24)}a{24}$`, `${"a".repeat(40)}!`, "a".repeat(40)],
    ["^(a+)+$", `${"a".repeat(100)}!`, "a".repeat(100)],
    ["^(\\w+\\s?)*$", `${"word ".repeat(40)}!`, "word ".repeat(40).trim()],
  ];

  it.each(hostile)("/%s/ is compiled, and answers at once on the line that hung it", (pattern, hung, matched) => {
    const rule: Rule = { id: "user/hostile", kind: "promo", pattern, where: { maxLength: 300 } };
    const parser = createArticleParser({ rules: (defaults) => [...defaults, rule], patternEngine: re2Engine });
    const removedLines = (line: string) =>
      parser
        .parsePage(`Ferry vote passes.\nThe town voted to keep the ferry for another ten years, officials said.\n${line}`)
        .removed.filter((r) => r.ruleId === "user/hostile")
        .map((r) => r.text);
    expect(removedLines(hung)).toEqual([]);
    expect(removedLines(matched)).toEqual([matched]);
  });

  it("refuses a user's pattern when no engine is given, naming the rule and the way out", () => {
    const rule: Rule = { id: "user/plain", kind: "promo", pattern: "^listen to the harbour hour\\b" };
    let caught: unknown;
    try {
      createArticleParser({ rules: (defaults) => [...defaults, rule] });
    } catch (error) {
      caught = error;
    }
    expect(isArticleParseError(caught) && caught.code).toBe("invalid_options");
    expect((caught as Error).message).toMatch(/user\/plain.*linear-time engine.*news-text-parser\/re2/u);
    const result = safeParseArticles("Title\nSome paragraph text.", { rules: [rule] });
    expect(!result.success && result.error.code).toBe("invalid_options");
  });

  const lacking: Array<[string, string]> = [
    ["^(x)\\1$", "back-reference \\1"],
    ["^(?<w>x)\\k<w>$", "named back-reference \\k<w>"],
    ["^share(?= this)", "lookahead (?="],
    ["^share(?! this)", "lookahead (?!"],
    ["(?<=the )ferry", "lookbehind (?<="],
    ["(?<!the )ferry", "lookbehind (?<!"],
  ];
  it.each(lacking)("refuses /%s/ with invalid_options naming %s", (pattern, construct) => {
    const rule: Rule = { id: "user/lacking", kind: "promo", pattern };
    const result = safeParseArticles("Title\nSome paragraph text.", { rules: [rule], patternEngine: re2Engine });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("invalid_options");
    expect(result.error.message).toContain("user/lacking");
    expect(result.error.message).toContain(construct);
  });

  it("runs RegExp objects and inline patterns on the engine, at the offsets of the text", () => {
    const rules: Rule[] = [
      { id: "user/regexp", kind: "promo", pattern: /^listen to the harbour hour\b/u },
      { id: "user/inline", kind: "promo", pattern: "(?:tap|click) here to (?:listen|subscribe)", where: { scope: "inline" } },
    ];
    const c = compileRules(rules, { engine: re2Engine });
    expect(c.linePatterns[0]!.regex).toBeNull();
    const text = "Ferries sail at dawn 😀. Tap here to listen The council met.";
    expect(c.linePatterns[0]!.matcher!.test("Listen to the Harbour Hour")).toBe(true);
    expect([...c.inline[0]!.matcher!.matchAll(text)].map(([start, end]) => text.slice(start, end))).toEqual(["Tap here to listen"]);
    expect(matchInline(c, text).map((m) => text.slice(m.start, m.end))).toEqual(["Tap here to listen"]);
  });
});
