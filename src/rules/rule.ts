/**
 * Rules are data: a plain object naming a family of boilerplate phrasing. They are compiled once
 * per parser (phrases into a hash lookup, built-in patterns into native regexes, a user's patterns
 * on the linear-time engine the caller hands in, see {@link PatternEngine}) and then
 * applied line by line by the classify stage, or inside long one-line bodies by the inline stage.
 */

import { phraseScanner, scanPhrases, type PhraseScanner } from "./phrases.js";
import { ruleProblems } from "./schema.js";
import { gateScan, MAX_SCANNED_GATES, rawScannable, scanGates, scanGatesRaw, type GateScan } from "./gates.js";
import { requiredLiterals } from "./required.js";
import { asciiTwin, twinSafe } from "./ascii-twin.js";
import FIRST_CHARS from "./first-chars.json" with { type: "json" };
import { escapeRegExp } from "./escape.js";

/**
 * Where a rule may match.
 *
 * @example
 * ```ts
 * import { parseArticles, type Rule, type RuleScope } from "news-text-parser";
 * const scope: RuleScope = "inline"; // cut the phrase out of a longer line
 * const rule: Rule = { id: "promo/harbour-brief", kind: "promo", phrases: ["Read the Harbour Brief"], where: { scope } };
 * const [story] = parseArticles("Ferry vote\nThe town voted to keep the ferry. Read the Harbour Brief The timetable comes in the autumn.", {
 *   rules: (defaults) => [...defaults, rule],
 * });
 * console.log(story?.body.includes("Harbour Brief")); // false
 * ```
 */
export type RuleScope =
  /** The whole line (trimmed, whitespace collapsed) must match. The default. */
  | "line"
  /** A piece inside a longer line, e.g. a share button inside a story flattened onto one line. */
  | "inline";

/**
 * What a match means beyond "remove this".
 *
 * @example
 * ```ts
 * import type { Rule, RuleSignal } from "news-text-parser";
 * const signal: RuleSignal = "end-of-story"; // the story is over once this line is seen
 * const rule: Rule = { id: "site-chrome/reader-poll", kind: "site-chrome", phrases: ["Take our reader poll"], signal };
 * console.log(rule.signal); // "end-of-story"
 * ```
 */
export type RuleSignal =
  /** The main story is over once this line is seen after its body started (comment widgets, related headers, footers). */
  | "end-of-story"
  /** Start of a related-articles section: blocks after it are related stories. */
  | "related-header"
  /** Header of a key-points list (`Key Points`, `Highlights`): the lines right below it are key points. */
  | "key-points";

/**
 * A boilerplate rule.
 *
 * @example
 * ```ts
 * import type { Rule } from "news-text-parser";
 * const rule: Rule = {
 *   id: "promo/listen-to-podcast",
 *   kind: "promo",
 *   pattern: "^listen to (?:our|the) podcast\\b",
 *   where: { maxLength: 80 },
 * };
 * ```
 */
export interface Rule {
  /** Stable id, `<family>/<name>`; it is reported as `ruleId` on every removal the rule makes. */
  id: string;
  /** The family of boilerplate, reported as `removed[].kind` (`share`, `newsletter`, `comments` ...). */
  kind: string;
  /** Literal phrases, matched case-insensitively with whitespace collapsed. For `scope: "line"`, the whole line must equal one. */
  phrases?: readonly string[];
  /**
   * A regular expression source (or RegExp, whose flags are ignored), matched case-insensitively.
   * A pattern of your own runs on the {@link PatternEngine} given as `patternEngine` (RE2
   * semantics with `re2Engine` from `news-text-parser/re2`): without one it is refused.
   */
  pattern?: string | RegExp;
  /** Limits on where the rule applies. */
  where?: {
    /** `"line"` (default) or `"inline"`. */
    scope?: RuleScope;
    /** Only lines (or, inline, pieces) up to this many characters are tested. Default 200 for line rules. */
    maxLength?: number;
    /** Match case-sensitively (inline rules only; line phrases are always folded). Default `false`. */
    caseSensitive?: boolean;
    /**
     * Lower-case words one of which must occur in the line (as a substring) before the pattern is
     * tried: a cheap gate that keeps long or unanchored patterns off the lines they cannot match.
     */
    anyOf?: readonly string[];
    /**
     * Only below a story (line rules): a matched line with a paragraph of prose among the three
     * lines after it (blank lines and boilerplate without a signal not counted; a line with a
     * signal ends the look) is taken back as text, since a story goes on below it. For phrasings a
     * story's own sentences may take: "Jane Doe is a reporter at the Harbour Gazette …" under a
     * story is its author's bio, but in its second paragraph it is the story. Default `false`.
     */
    tail?: boolean;
  };
  /** Structural meaning of a match (see {@link RuleSignal}). */
  signal?: RuleSignal;
  /** Why the rule exists and where the phrasing is seen. */
  description?: string;
}

/**
 * A regular-expression engine for patterns that come from users: it must match in time linear in
 * the text whatever the pattern (RE2 semantics). `re2Engine` from `news-text-parser/re2` is one;
 * it lives in its own entry point so that a program that passes no patterns does not load it.
 *
 * @example
 * ```ts
 * import type { PatternEngine } from "news-text-parser";
 * // A toy engine for literal patterns only: a plain substring search is linear-time.
 * const literalEngine: PatternEngine = {
 *   name: "literal",
 *   compile: (source, { ignoreCase }) => {
 *     const needle = ignoreCase ? source.toLowerCase() : source;
 *     const find = (text: string, from: number) => (ignoreCase ? text.toLowerCase() : text).indexOf(needle, from);
 *     return {
 *       test: (text) => find(text, 0) >= 0,
 *       *matchAll(text) {
 *         for (let at = find(text, 0); at >= 0 && needle !== ""; at = find(text, at + needle.length)) yield [at, at + needle.length] as const;
 *       },
 *     };
 *   },
 * };
 * console.log(literalEngine.compile("Share", { ignoreCase: true }).test("share this")); // true
 * ```
 */
export interface PatternEngine {
  /** A short name, used in messages. */
  readonly name: string;
  /**
   * Compiles a pattern source. Throws an `Error` whose message names what the engine cannot
   * run (a back-reference, a lookaround): the parser refuses the rule with that message.
   */
  compile(source: string, options: { readonly ignoreCase: boolean }): CompiledPattern;
}

/**
 * A pattern compiled by a {@link PatternEngine}.
 *
 * @example
 * ```ts
 * import { re2Engine } from "news-text-parser/re2";
 * const pattern = re2Engine.compile("^share (?:this|on)\\b", { ignoreCase: true });
 * console.log(pattern.test("Share this story"), [...pattern.matchAll("share on share this")]); // true [[0, 8]]
 * ```
 */
export interface CompiledPattern {
  /** Whether the pattern matches somewhere in `text`. */
  test(text: string): boolean;
  /** The matches in `text`, left to right without overlap, as `[start, end)` offsets in UTF-16 code units. */
  matchAll(text: string): Iterable<readonly [start: number, end: number]>;
}

/** A rule ready to run. */
export interface CompiledRule {
  /** The source rule. */
  readonly rule: Rule;
  /** The compiled pattern, when the rule has a built-in one (or inline phrases of a short list). */
  readonly regex: RegExp | null;
  /** A user's pattern, compiled by the parser's {@link PatternEngine}; `null` otherwise. */
  readonly matcher?: CompiledPattern | null;
  /** The largest text the rule is tried on. */
  readonly maxLength: number;
  /** Lower-case substrings of which one must be present (see `where.anyOf`), or `null`. */
  readonly anyOf: readonly string[] | null;
  /**
   * `anyOf` as one alternation of literals, tested on the lower-cased line: one scan instead of
   * one `includes` per word (two to three times cheaper on real lines, and the gate runs on every
   * line while the pattern rarely does). `null` when there is no `anyOf`. It defines the gate;
   * {@link matchLine} reads most gates from one shared scan of the line instead (see `gateBit`).
   */
  readonly gate: { test(folded: string): boolean } | null;
  /** The ASCII characters a match may start with (anchored built-in line patterns), or `null`; see `firstCharTable`. */
  readonly first: FirstCharTable | null;
  /**
   * Index of the pre-screen this inline rule belongs to (`inlineScreens`), or -1. A text the
   * screen does not match cannot match the rule's regex, so the regex is not run.
   */
  readonly screen: number;
  /**
   * This line pattern's bit in `CompiledRules.gates` (its gate is read from one scan of the line
   * shared by all gates), or 0/absent when `gate` is tested on its own.
   */
  readonly gateBit?: number;
}

/** A compiled rule set: a phrase table for exact lines, and ordered pattern lists. */
export interface CompiledRules {
  /** Whole-line phrases, keyed by their folded form. */
  readonly linePhrases: ReadonlyMap<string, CompiledRule>;
  /**
   * The length of the longest key of `linePhrases` (0 when there is none). Lower-casing never
   * shortens a string, so a longer line cannot be a phrase and is not folded to look it up.
   */
  readonly linePhraseMax: number;
  /**
   * A bit set of the keys of `linePhrases` that start with two ASCII code units, by those two and
   * their length (bit `phraseStartBit(a, b, length)`; a few other keys may share a bit). See
   * {@link mayBePhrase}.
   */
  readonly linePhraseStarts: Int32Array;
  /** Whole-line patterns, in rule order. */
  readonly linePatterns: readonly CompiledRule[];
  /**
   * `linePatterns` dispatched on a line's first character, entry `a` for an ASCII code `a`: the
   * patterns whose first-character table admits it, in rule order (see {@link lineCandidates}).
   */
  readonly lineByFirst: readonly (readonly CompiledRule[])[];
  /**
   * The candidate tables matchLine reads (see `CandidateTable`), by a line's first code unit
   * (entry 128 for one outside ASCII), filled on first use; a table is used only while its
   * `items` are the list {@link lineCandidates} gives. Absent on rule sets not made by
   * {@link compileRules}, which look each table up by its list.
   */
  readonly lineTables?: (CandidateTable | undefined)[];
  /**
   * The `anyOf` gates of the first {@link MAX_SCANNED_GATES} gated line patterns whose words
   * `scanGatesRaw` can look for in a line that is not lower-cased (ASCII words; see
   * `rawScannable`), for one scan of a line that opens all of them at once (see `gates.ts` and
   * `CompiledRule.gateBit`), or `null` when no line pattern has such a gate.
   */
  readonly gates: GateScan | null;
  /**
   * Lines up to this length are scanned with `gates`: the second largest length limit of the
   * scanned patterns (the only one's, when there is one). A longer line reaches at most one of
   * them, and that pattern's own regex gate tests it more cheaply.
   */
  readonly gateScanMax: number;
  /** Inline rules (phrases turned into patterns), in rule order. */
  readonly inline: readonly CompiledRule[];
  /** The phrases of the inline phrase rules of a long list, read in one pass (see `phrases.ts`), or `null`. */
  readonly inlinePhrases: PhraseScanner | null;
  /** Pre-screens of inline rules (see `addScreens`), tested (not scanned with `g`) on the whole text. */
  readonly inlineScreens: readonly RegExp[];
  /** All rules, as given. */
  readonly rules: readonly Rule[];
}

/** The result of testing one line. */
export interface LineMatch {
  /** The rule that matched. */
  rule: Rule;
}

const DEFAULT_LINE_MAX = 200;
const DEFAULT_INLINE_MAX = 2000;

/**
 * The gate of an `anyOf` list: matches text containing one of the words. A short list is one
 * alternation (no flags: the words and the text are both lower-cased already); a long one is a
 * scan of its own (see gates.ts), built in linear time where V8 takes quadratic time to compile an
 * alternation of many thousand words.
 */
function gateOf(words: readonly string[]): { test(folded: string): boolean } {
  if (words.length <= MAX_GATE_ALTERNATION) return new RegExp(words.map(escapeRegExp).join("|"));
  const scan = gateScan([words]);
  return { test: (folded) => scanGates(scan, folded) !== 0 };
}

/** `anyOf` lists longer than this are scanned, not compiled into one alternation. */
const MAX_GATE_ALTERNATION = 64;

/**
 * Inline phrase rules are read by one {@link PhraseScanner} when the rules hold more phrases than
 * this (a short list keeps one regex per rule, which the engine runs faster on short texts).
 */
export const MAX_INLINE_PHRASE_REGEXES = 64;

const NEEDS_FOLD = /\s\s|[^\S ]/u;

/** Folds a line for phrase lookup: whitespace collapsed, trimmed, lower-cased. */
export function foldLine(text: string): string {
  // Most lines hold single spaces only: collapsing would rebuild the string at every space for
  // nothing, and this is asked of every body line whose inline patterns have a gate.
  if (!NEEDS_FOLD.test(text)) return text.trim().toLowerCase();
  return text.replace(/\s+/gu, " ").trim().toLowerCase();
}

/**
 * Literal phrases as one alternation, longest first (so `Photo credit` wins over `Photo`), each
 * escaped with {@link escapeRegExp}. The result is a bare alternation: wrap it in `(?:…)`.
 */
export function literalAlternation(phrases: Iterable<string>): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|");
}

// In a module of its own so the timestamp reader (and the news-text-parser/timestamps entry)
// can use it without loading the rule compiler and its zod schema.
export { escapeRegExp };

/**
 * Patterns (keyed by {@link vettedKey}) that run on native `RegExp`: the default rules' patterns,
 * recorded when their module loads. The test suite proves each of them linear-time
 * (test/regex-safety.test.ts, with recheck). Any other pattern, a user's edit of a default one
 * included, runs on the parser's {@link PatternEngine}.
 */
const vettedPatterns = new Set<string>();

/**
 * The key of a pattern in {@link vettedPatterns} and in `first-chars.json`: its flags, then its
 * source. Not part of the public API.
 * @internal
 */
export function vettedKey(source: string, caseSensitive: boolean | undefined): string {
  return `${caseSensitive ? "u" : "iu"}/${source}`;
}

/** A table of 128 entries: 1 where an ASCII character may start a match. */
export type FirstCharTable = Uint8Array;

/**
 * The first-character table of a built-in line pattern, or `null` (any character may start a
 * match). Most line rules are anchored alternations of phrases (`^(?:leave a reply|post a
 * comment|…)$`): a line whose first character starts none of them cannot match, and a table
 * lookup says so for a fraction of the cost of calling the regex (the call, not the failed match,
 * dominates on short lines). The characters come from `first-chars.json`, which
 * `scripts/first-chars.ts` computes with regexp-ast-analysis for each built-in line pattern
 * anchored with `^` (a test keeps the file up to date); other patterns get none.
 * @param key - the pattern's {@link vettedKey}
 * @param given - the characters, when the caller has them (see `CompileOptions.firstChars`)
 */
function firstCharTable(key: string, given?: string | null): FirstCharTable | null {
  const chars = given !== undefined ? given : (FIRST_CHARS as Record<string, string | undefined>)[firstCharsKey(key)];
  if (chars === undefined || chars === null) return null;
  const table = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/**
 * The key of a pattern's table in `first-chars.json`: the FNV-1a hash of its {@link vettedKey},
 * in hex (only patterns of {@link vettedPatterns} are looked up, and scripts/first-chars.ts
 * checks that no two of them hash alike). Not part of the public API.
 * @internal
 */
export function firstCharsKey(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * `false` only when `text` certainly cannot match: its first character is ASCII and not in the
 * table. Text starting with any other character is left to the regex (case folding outside ASCII
 * is the engine's business). Not part of the public API.
 * @internal
 */
export function mayStartMatch(table: FirstCharTable | null, text: string): boolean {
  if (table === null) return true;
  const c = text.charCodeAt(0);
  return !(c < 128) || table[c] === 1;
}

/**
 * Records the patterns of `rules` as proven linear-time by the test suite, so that
 * {@link compileRules} runs them natively. Called once, by the module of the default rules,
 * before any caller can touch them. Not part of the public API.
 * @internal
 */
export function markVettedPatterns(rules: readonly Rule[]): void {
  for (const rule of rules) {
    if (rule.pattern === undefined) continue;
    vettedPatterns.add(vettedKey(typeof rule.pattern === "string" ? rule.pattern : rule.pattern.source, rule.where?.caseSensitive));
  }
}

/** How {@link compileRules} runs patterns that are not built-in ones. */
export interface CompileOptions {
  /** The linear-time engine for users' patterns; without one, such a pattern is refused. */
  engine?: PatternEngine | undefined;
  /**
   * Run every pattern on native `RegExp`, as if built in. For the test suite, which exercises the
   * dispatch tables with patterns of its own. Not part of the public API.
   * @internal
   */
  trustPatterns?: boolean;
  /**
   * The first characters of a line pattern's matches (`scripts/first-chars.ts`), for patterns of
   * the test suite's own that have no entry in `first-chars.json`. Not part of the public API.
   * @internal
   */
  firstChars?: (source: string, caseSensitive: boolean | undefined) => string | null;
}

/**
 * Compiles rules once, in time linear in their size: line phrases go into a hash table, inline
 * phrases into one alternation per rule (or, for a long list, one {@link PhraseScanner}),
 * built-in patterns into native regexes with the `iu` flags, and other patterns through
 * `options.engine`. Throws a `RuleError` listing every malformed rule (see schema.ts), or naming
 * a duplicate id or a pattern that cannot run.
 */
export function compileRules(rules: readonly Rule[], options: CompileOptions = {}): CompiledRules {
  const problems = ruleProblems(rules);
  if (problems.length > 0) throw new RuleError(problems.join("; "), undefined);
  const linePhrases = new Map<string, CompiledRule>();
  const linePatterns: CompiledRule[] = [];
  const inline: CompiledRule[] = [];
  const seen = new Set<string>();
  const scopeOf = (rule: Rule) => rule.where?.scope ?? "line";
  const limitOf = (rule: Rule) => rule.where?.maxLength ?? (scopeOf(rule) === "line" ? DEFAULT_LINE_MAX : DEFAULT_INLINE_MAX);
  let inlinePhraseCount = 0;
  for (const rule of rules) if (rule.phrases && scopeOf(rule) === "inline") inlinePhraseCount += rule.phrases.length;
  const scanned = inlinePhraseCount > MAX_INLINE_PHRASE_REGEXES ? rules.filter((r) => r.phrases && scopeOf(r) === "inline") : [];
  for (const rule of rules) {
    if (seen.has(rule.id)) throw new RuleError(`duplicate rule id ${rule.id}`, rule.id);
    seen.add(rule.id);
    const scope = scopeOf(rule);
    const maxLength = limitOf(rule);
    if (rule.phrases && scope === "line") {
      const entry: CompiledRule = { rule, regex: null, maxLength, anyOf: null, gate: null, first: null, screen: -1 };
      for (const phrase of rule.phrases) {
        // Most phrases need lower-casing only (one string, not three: lists run to 100,000s).
        const key = NEEDS_FOLD.test(phrase) || phrase.trim() !== phrase ? foldLine(phrase) : phrase.toLowerCase();
        if (!linePhrases.has(key)) linePhrases.set(key, entry);
      }
    } else if (rule.phrases && scanned.length === 0) {
      const sorted = [...rule.phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p.trim()).replace(/ +/gu, "\\s+"));
      // Phrases match whole words only, so "More to follow" never cuts into "more to followers".
      const flags = rule.where?.caseSensitive ? "gu" : "giu";
      inline.push({ rule, regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join("|")})(?![\\p{L}\\p{N}])`, flags), maxLength, anyOf: null, gate: null, first: null, screen: -1 });
    }
    if (rule.pattern === undefined) continue;
    const source = typeof rule.pattern === "string" ? rule.pattern : rule.pattern.source;
    const ignoreCase = rule.where?.caseSensitive !== true;
    const anyOf = rule.where?.anyOf ? rule.where.anyOf.map((w) => w.toLowerCase()) : null;
    const gate = anyOf ? gateOf(anyOf) : null;
    if (options.trustPatterns || vettedPatterns.has(vettedKey(source, rule.where?.caseSensitive))) {
      let regex: RegExp;
      try {
        regex = new RegExp(source, (scope === "inline" ? "g" : "") + (ignoreCase ? "iu" : "u"));
      } catch (error) {
        throw new RuleError(`rule ${rule.id} has an invalid pattern /${source}/: ${(error as Error).message}`, rule.id);
      }
      if (scope === "line") linePatterns.push({ rule, regex, maxLength, anyOf, gate, first: firstCharTable(vettedKey(source, rule.where?.caseSensitive), options.firstChars?.(source, rule.where?.caseSensitive)), screen: -1 });
      else inline.push({ rule, regex, maxLength, anyOf, gate, first: null, screen: -1 });
      continue;
    }
    const engine = options.engine;
    if (engine === undefined) {
      throw new RuleError(
        `rule ${rule.id} has a pattern of its own (/${source}/), which must run on a linear-time engine: pass patternEngine: re2Engine (import { re2Engine } from "news-text-parser/re2"), or use phrases`,
        rule.id,
      );
    }
    let matcher: CompiledPattern;
    try {
      matcher = engine.compile(source, { ignoreCase });
    } catch (error) {
      throw new RuleError(`rule ${rule.id} has a pattern the ${engine.name} engine cannot run (/${source}/): ${(error as Error).message}`, rule.id);
    }
    // No first-character tables: they read native syntax, and the engine's may differ.
    const compiled: CompiledRule = { rule, regex: null, matcher, maxLength, anyOf, gate, first: null, screen: -1 };
    (scope === "line" ? linePatterns : inline).push(compiled);
  }
  // Line patterns get no screen: tried on the whole pipeline, one alternation of the ungated
  // anchored line patterns made matchLine slower, not faster (first-char tables and the parser's
  // line cache already take most of the calls a screen would save).
  const inlineScreens: RegExp[] = [];
  let linePhraseMax = 0;
  const linePhraseStarts = new Int32Array(PHRASE_START_BITS / 32);
  for (const key of linePhrases.keys()) {
    linePhraseMax = Math.max(linePhraseMax, key.length);
    const a = key.charCodeAt(0);
    const b = key.charCodeAt(1); // NaN for a key of one code unit: not a pair
    if (a < 128 && b < 128) {
      const bit = phraseStartBit(a, b, key.length);
      linePhraseStarts[bit >>> 5]! |= 1 << (bit & 31);
    }
  }
  const { gates, gateScanMax } = addGateBits(linePatterns);
  const lineByFirst = dispatchTable(linePatterns);
  const inlinePhrases = scanned.length > 0 ? phraseScanner(scanned, scanned.map(limitOf)) : null;
  const lineTables: (CandidateTable | undefined)[] = new Array<CandidateTable | undefined>(129).fill(undefined);
  return { linePhrases, linePhraseMax, linePhraseStarts, linePatterns, lineByFirst, lineTables, gates, gateScanMax, inline: addScreens(inline, inlineScreens), inlinePhrases, inlineScreens, rules };
}

/**
 * Gives the first {@link MAX_SCANNED_GATES} gated line patterns whose words are `rawScannable` a
 * `gateBit` (in place) and builds the scan of their words. Even one such gate is worth scanning:
 * the scan reads the line as it is, where the gate's regex needs it lower-cased. The others (words
 * with non-ASCII letters, like the default rules' French and Arabic phrasings, whose patterns
 * only lines with the right first characters reach) keep their own regex.
 */
function addGateBits(patterns: CompiledRule[]): { gates: GateScan | null; gateScanMax: number } {
  const gated = patterns.flatMap((c, i) => (c.anyOf !== null && rawScannable(c.anyOf) ? [i] : [])).slice(0, MAX_SCANNED_GATES);
  if (gated.length === 0) return { gates: null, gateScanMax: 0 };
  gated.forEach((i, bit) => (patterns[i] = { ...patterns[i]!, gateBit: 1 << bit }));
  const limits = gated.map((i) => patterns[i]!.maxLength).sort((a, b) => b - a);
  return { gates: gateScan(gated.map((i) => patterns[i]!.anyOf!)), gateScanMax: limits[1] ?? limits[0]! };
}

/**
 * Builds `lineByFirst` (see {@link CompiledRules}): for each ASCII first character, the patterns
 * with no first-character table or whose table has it, in rule order. Equal lists are shared.
 */
function dispatchTable(patterns: readonly CompiledRule[]): CompiledRule[][] {
  const shared = new Map<string, CompiledRule[]>();
  const byFirst: CompiledRule[][] = [];
  for (let a = 0; a < 128; a++) {
    const list = patterns.filter((c) => c.first === null || c.first[a] === 1);
    const key = list.map((c) => patterns.indexOf(c)).join(",");
    byFirst.push(shared.get(key) ?? (shared.set(key, list), list));
  }
  return byFirst;
}

/**
 * The line patterns worth trying on `text` (non-empty), in rule order: those whose first-character
 * table admits its first character (a line starting with a character outside ASCII may match any).
 */
export function lineCandidates(compiled: CompiledRules, text: string): readonly CompiledRule[] {
  const a = text.charCodeAt(0);
  return a < 128 ? compiled.lineByFirst[a]! : compiled.linePatterns;
}

/**
 * Groups the rules that may share a pre-screen by their flags and compiles one screen per group of
 * two or more: the alternation of their patterns, each wrapped in `(?:…)`, with their flags (less
 * `g`). A text matches the screen exactly when it matches one of the member patterns, so a screen
 * that fails proves that none of them match, in one regex call instead of one per rule. Its cost
 * is at most the sum of its members' (each alternative is tried where the member would be), so
 * it is linear-time when they are.
 * @returns the rules, with `screen` set on the members of a screen
 */
function addScreens(rules: readonly CompiledRule[], screens: RegExp[]): CompiledRule[] {
  const groups = new Map<string, number[]>();
  rules.forEach((c, i) => {
    if (c.regex === null || !combinable(c.regex.source)) return;
    const flags = c.regex!.flags.replace("g", "");
    const group = groups.get(flags);
    if (group) group.push(i);
    else groups.set(flags, [i]);
  });
  const out = [...rules];
  for (const [flags, members] of groups) {
    // Members find their screen's result in one bit of a 32-bit mask (see matchInline).
    if (members.length < 2 || screens.length >= 31) continue;
    let screen: RegExp;
    try {
      screen = new RegExp(members.map((i) => `(?:${rules[i]!.regex!.source})`).join("|"), flags);
    } catch {
      continue;
    }
    for (const i of members) out[i] = { ...rules[i]!, screen: screens.length };
    screens.push(screen);
  }
  return out;
}

/**
 * `true` when a pattern means the same inside an alternation with others: it has no named group
 * (two members could name the same group) and no back-reference (group numbers shift).
 */
function combinable(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      if (e === "k" || (e >= "1" && e <= "9")) return false;
      i++;
    } else if (c === "(" && source[i + 1] === "?" && source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
      return false;
    }
  }
  return true;
}


/** Raised by {@link compileRules}; the parser turns it into an `invalid_options` error. */
export class RuleError extends Error {
  /** The offending rule's id, when known. */
  readonly ruleId: string | undefined;
  constructor(message: string, ruleId: string | undefined) {
    super(message);
    this.name = "RuleError";
    this.ruleId = ruleId;
  }
}

/**
 * Tests a whole line against the line rules.
 * @param normalized - `true` when the line comes from the pipeline's normalize stage (spaces
 *   unified and collapsed, trimmed), which saves a scan for other whitespace
 * @param separatorFree - `true` when the caller knows that the normalised line holds no line or
 *   paragraph separator (U+2028, U+2029), e.g. because the input it was cut from holds none: that
 *   saves scanning each line for them. Read only with `normalized`.
 * @returns the first matching rule (phrases first, then patterns in order), or `null`
 */
export function matchLine(compiled: CompiledRules, line: string, cache?: Map<string, Rule | null>, normalized = false, separatorFree = false): LineMatch | null {
  const text = line.trim();
  if (text === "") return null;
  // A parser's cache: menus, footers and widget labels repeat on every page of a site, and a
  // rule match depends on the text alone. Bounded (cleared when full), so memory stays flat.
  const cacheable = cache !== undefined && text.length <= MAX_CACHED_LINE;
  if (cacheable) {
    const hit = cache.get(text);
    if (hit !== undefined) return hit === null ? null : { rule: hit };
  }
  const found = matchLineUncached(compiled, text, normalized, separatorFree);
  if (cacheable) {
    if (cache.size >= MAX_CACHED_LINES) cache.clear();
    cache.set(text, found ? found.rule : null);
  }
  return found;
}

/** Lines up to this length are cached by {@link matchLine}. */
const MAX_CACHED_LINE = 200;
/** The cache is cleared when it holds this many lines (a few MB at most). */
const MAX_CACHED_LINES = 20_000;

function matchLineUncached(compiled: CompiledRules, text: string, normalized: boolean, separatorFree: boolean): LineMatch | null {
  // Folding is lower-casing for text without runs of spaces or other whitespace; a normalised
  // line can only still hold the line and paragraph separators (U+2028, U+2029), which
  // normalisation leaves alone (the caller may know there are none). Other callers' text is
  // scanned for any whitespace.
  const plain = normalized ? separatorFree || (text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0) : !NEEDS_FOLD.test(text);
  // The folded line (for the phrase table and `anyOf` gates) is computed only when one of them
  // needs it: most lines are ruled out by length and first characters alone, and the scanned
  // gates read a plain line as it is. Lower-casing never makes a string shorter (see
  // rule.test.ts), so a plain line longer than every phrase cannot be one and is not folded for
  // the lookup; nor is a plain line whose first two characters and length rule out every phrase
  // (see mayBePhrase).
  let folded: string | null = plain ? null : foldLine(text);
  let open = -1; // the gates the line opens (a bit mask from compiled.gates), once scanned
  if (folded === null && text.length <= compiled.linePhraseMax && mayBePhrase(compiled, text)) folded = text.toLowerCase();
  if (folded !== null) {
    const phrase = compiled.linePhrases.get(folded);
    if (phrase && text.length <= Math.max(phrase.maxLength, 1)) return { rule: phrase.rule };
  }
  // Only the patterns whose first-character check passes (see lineCandidates), read
  // through their numbers (see candidateTable): the same tests, in the same order.
  const { items, maxLength, gateBit, gateWhen, need, twin } = lineTable(compiled, text);
  const n = text.length;
  let safe = -1; // 1 when the line is twinSafe (see ascii-twin.ts), once tested
  for (let i = 0; i < items.length; i++) {
    if (n > maxLength[i]!) continue;
    const bit = gateBit[i]!;
    const when = gateWhen[i]!;
    if (bit !== 0 && n <= compiled.gateScanMax) {
      // One scan answers every scanned gate (see gates.ts): the same answer as `c.gate.test(folded)`.
      // It reads the plain line as it is (scanGatesRaw) unless the line is folded already or holds
      // one of the few characters that scan refuses.
      if (open < 0) {
        if (folded === null) open = scanGatesRaw(compiled.gates!, text);
        if (open < 0) open = scanGates(compiled.gates!, (folded ??= text.toLowerCase()));
      }
      if ((open & bit) === 0) continue;
    } else if (when === GATE_FIRST && !items[i]!.gate!.test((folded ??= text.toLowerCase()))) continue;
    const c = items[i]!;
    const literal = need[i];
    if (literal !== null && !text.includes(literal!)) continue;
    let re = c.regex;
    const alt = twin[i]!;
    if (alt !== null && (safe < 0 ? (safe = twinSafe(text) ? 1 : 0) : safe) === 1) re = alt;
    if (re !== null ? re.test(text) : c.matcher!.test(text)) {
      // A gate tested after its pattern (see gateWhen): both must pass.
      if (when === GATE_AFTER && !c.gate!.test((folded ??= text.toLowerCase()))) continue;
      return { rule: c.rule };
    }
  }
  return null;
}

/**
 * A list of line patterns (an entry of the dispatch tables) with the numbers matchLine tests
 * first, in arrays of their own: per pattern, its length limit, its `gateBit` (0 for none) and
 * whether it has a gate at all. matchLine reads a line's candidates from these before touching a
 * pattern, and reading them from typed arrays made its loop about a quarter faster than reading
 * the same fields from the pattern objects (which come in several shapes).
 */
interface CandidateTable {
  /** The patterns, as listed. */
  readonly items: readonly CompiledRule[];
  /** `maxLength` of each, as it is (a double, so the comparison is the object's own). */
  readonly maxLength: Float64Array;
  /** `gateBit` of each, or 0. */
  readonly gateBit: Int32Array;
  /**
   * When a pattern's gate (`gate` not null) is tested: {@link GATE_FIRST} before its regex,
   * {@link GATE_AFTER} after it has matched, 0 for no gate. A line must pass both, so the order
   * changes only the cost. A gate tested by its own regex (words outside ASCII: the default
   * rules' French and Arabic phrasings) lower-cases the line and searches all of it, while a
   * pattern with a first-character table is anchored at the start and, on the lines that reach it,
   * mostly fails at once: such gates are tested after. (Scanned gates stay first: one scan answers
   * all of them, and some anchored patterns, `^\p{Lu}…`, read far into most lines.)
   */
  readonly gateWhen: Uint8Array;
  /**
   * A literal without ASCII letters that every match of the pattern holds (`{` for a CSS rule
   * leaked into the text), or `null`: a line without it is not tried. Its
   * {@link requiredLiterals} as they stand in the line itself: a character that is not an ASCII
   * letter matches only itself under the `i` flag, and lower-casing neither makes nor changes one,
   * so the literal occurs in the line exactly when it occurs in its lower case. (Literals with
   * letters would need the line lower-cased, which costs more than it saves on short lines.)
   */
  readonly need: readonly (string | null)[];
  /**
   * Each pattern's {@link asciiTwin} (the same pattern without the `u` flag, many times faster
   * where it holds `\b`), run instead of it on a line that is `twinSafe`; `null` for none.
   */
  readonly twin: readonly (RegExp | null)[];
}

/** `true` for a pattern whose gate is read from the shared scan (see `CompiledRule.gateBit`). */
const scannedGate = (c: CompiledRule): boolean => c.gateBit !== undefined && c.gateBit !== 0;

/** `CandidateTable.gateWhen`: the gate is tested before the pattern. */
const GATE_FIRST = 1;
/** `CandidateTable.gateWhen`: the gate is tested after the pattern has matched. */
const GATE_AFTER = 2;

/**
 * `candidateTable(lineCandidates(compiled, text))`, read from `compiled.lineTables` when it holds
 * the table of that list: an array read by the line's first code unit instead of a WeakMap
 * lookup per line.
 */
function lineTable(compiled: CompiledRules, text: string): CandidateTable {
  const list = lineCandidates(compiled, text);
  const tables = compiled.lineTables;
  if (tables === undefined) return candidateTable(list);
  const a = text.charCodeAt(0);
  const slot = a < 128 ? a : 128;
  let table = tables[slot];
  if (table === undefined || table.items !== list) tables[slot] = table = candidateTable(list);
  return table;
}

/** The tables of the lists met so far, built on first use (lists are shared and few, see dispatchTables). */
const candidateTables = new WeakMap<readonly CompiledRule[], CandidateTable>();

/** The {@link CandidateTable} of a list of line patterns. */
function candidateTable(list: readonly CompiledRule[]): CandidateTable {
  let table = candidateTables.get(list);
  if (table === undefined) {
    table = {
      items: list,
      maxLength: Float64Array.from(list, (c) => c.maxLength),
      gateBit: Int32Array.from(list, (c) => c.gateBit ?? 0),
      gateWhen: Uint8Array.from(list, (c) => (c.gate === null ? 0 : !scannedGate(c) && c.first !== null && c.regex !== null ? GATE_AFTER : GATE_FIRST)),
      need: list.map((c) => {
        const literals = c.regex !== null ? requiredLiterals(c.regex.source) : null;
        return literals !== null && literals.length === 1 && /^[^A-Za-z]+$/u.test(literals[0]!) ? literals[0]! : null;
      }),
      twin: list.map((c) => (c.regex !== null ? asciiTwin(c.regex.source, c.regex.flags) : null)),
    };
    candidateTables.set(list, table);
  }
  return table;
}

/** The size of `CompiledRules.linePhraseStarts`, in bits (a power of two). */
const PHRASE_START_BITS = 1 << 15;

/** The bit of `CompiledRules.linePhraseStarts` for keys starting with ASCII `a` then `b`, of `length` code units. */
function phraseStartBit(a: number, b: number, length: number): number {
  return ((a * 128 + b) * 67 + length) & (PHRASE_START_BITS - 1);
}

/**
 * `false` when the plain line `text` (folding it is lower-casing it) cannot be a key of
 * `linePhrases`, judged by its first two characters and its length. When both characters are
 * ASCII, its lower case starts with their ASCII lower case (lower-casing maps code units one by
 * one), and it has as many code units as the line unless the line holds U+0130, the only code
 * point whose lower case is longer (see rule.test.ts): a key it equals has that start and that
 * length, so its bit is set. Lines of one code unit, with a non-ASCII first or second character,
 * or holding U+0130 pass.
 */
export function mayBePhrase(compiled: CompiledRules, text: string): boolean {
  if (text.length < 2) return true;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  if (a >= 128 || b >= 128) return true;
  const bit = phraseStartBit(asciiLower(a), asciiLower(b), text.length);
  return (compiled.linePhraseStarts[bit >>> 5]! & (1 << (bit & 31))) !== 0 || text.indexOf("\u0130") >= 0;
}

/** The ASCII lower case of an ASCII code unit. */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** One inline match inside a line. */
export interface InlineMatch {
  /** The rule that matched. */
  rule: Rule;
  /** Offset of the match in the tested text. */
  start: number;
  /** Offset one past the match. */
  end: number;
}

/**
 * How {@link matchInline} pre-filters the inline rules of a rule set, built on first use: for each
 * rule with a native pattern whose {@link requiredLiterals} are known, a gate bit, and one
 * {@link GateScan} of all those literals. A rule whose literals do not occur in the lower-cased
 * text cannot match it and is not run. Unanchored inline patterns read the whole body line at
 * each call, and most match on few lines of a page: on the dev corpus one scan of the line
 * instead of the two screens and the rules they let through took about half of matchInline's time.
 */
interface InlinePlan {
  /** The literals' scan, or `null` when no rule has a pre-filter. */
  readonly scan: GateScan | null;
  /** Per inline rule (as in `CompiledRules.inline`), its bit in the scan's result, or 0 for none. */
  readonly bits: Int32Array;
  /**
   * Per inline rule, 1 when its `anyOf` words are ASCII without whitespace: such a word occurs in
   * the folded text (whitespace collapsed, trimmed, lower-cased) exactly when it occurs in the
   * lower-cased text, as folding changes only whitespace, which the word does not hold, and the
   * lower case of other characters is the same in both (differing only outside ASCII).
   */
  readonly lowerGate: Uint8Array;
  /** Per inline rule, its {@link asciiTwin} or `null` (see `CandidateTable.twin`). */
  readonly twin: readonly (RegExp | null)[];
}

const inlinePlans = new WeakMap<CompiledRules, InlinePlan>();

/** The {@link InlinePlan} of a rule set. */
function inlinePlan(compiled: CompiledRules): InlinePlan {
  let plan = inlinePlans.get(compiled);
  if (plan !== undefined) return plan;
  const conditions: string[][] = [];
  const bits = new Int32Array(compiled.inline.length);
  compiled.inline.forEach((c, k) => {
    if (c.regex === null || conditions.length >= MAX_SCANNED_GATES) return;
    const literals = requiredLiterals(c.regex.source);
    if (literals === null || literals.length === 0 || literals.some((l) => l === "")) return;
    bits[k] = 1 << conditions.length;
    conditions.push(literals);
  });
  const lowerGate = Uint8Array.from(compiled.inline, (c) => (c.anyOf !== null && c.anyOf.every((w) => /^[!-~]+$/u.test(w)) ? 1 : 0));
  const twin = compiled.inline.map((c) => (c.regex !== null ? asciiTwin(c.regex.source, c.regex.flags) : null));
  plan = { scan: conditions.length > 0 ? gateScan(conditions) : null, bits, lowerGate, twin };
  inlinePlans.set(compiled, plan);
  return plan;
}

/**
 * Finds every inline-rule match inside a long text (e.g. a story flattened onto one line).
 * Overlapping matches keep the earliest, then the longest. `outOfTime` (the parse's time budget,
 * given for long texts) is read before each rule's search: once it is spent no match is returned,
 * and the caller, which reads the budget again, keeps the text uncut.
 */
export function matchInline(compiled: CompiledRules, text: string, outOfTime?: () => boolean): InlineMatch[] {
  const found: InlineMatch[] = [];
  const plan = inlinePlan(compiled);
  // The pre-filter (see InlinePlan): one scan of the lower-cased text says which rules' required
  // literals occur in it. Not on a text holding a long s (U+017F), which case-insensitive patterns
  // match as `s` where the lower case has none (see required.ts); the screens serve there.
  let lower: string | null = null;
  let open = 0;
  if (plan.scan !== null && text.indexOf("\u017f") < 0) {
    lower = text.toLowerCase();
    open = scanGates(plan.scan, lower, outOfTime);
    if (outOfTime?.()) return [];
  }
  // Each screen is tested at most once, when its first member is reached (bit i of `tested` set:
  // screen i ran; bit i of `passed`: it matched), and a failed screen skips its members' scans.
  let tested = 0;
  let passed = 0;
  let folded: string | null = null; // the folded text, for `anyOf` gates, once needed
  let safe = -1; // 1 when the text is twinSafe (see ascii-twin.ts), once tested
  const inline = compiled.inline;
  for (let k = 0; k < inline.length; k++) {
    const c = inline[k]!;
    const bit = plan.bits[k]!;
    if (lower !== null && bit !== 0 && (open & bit) === 0) continue;
    if (outOfTime?.()) return [];
    // An `anyOf` gate applies to inline patterns as to line ones: one of its words must occur in
    // the folded text before the pattern is tried. A gate of ASCII words without spaces has the
    // same answer on the lower-cased text (see InlinePlan.lowerGate).
    if (c.gate !== null && !c.gate.test(lower !== null && plan.lowerGate[k] === 1 ? lower : (folded ??= foldLine(text)))) continue;
    // With the pre-filter, each rule left runs its own pattern (cheaper than a screen, which
    // reads the text for every member of its group).
    if (c.screen >= 0 && lower === null) {
      const bit = 1 << c.screen;
      if ((tested & bit) === 0) {
        tested |= bit;
        if (compiled.inlineScreens[c.screen]!.test(text)) passed |= bit;
      }
      if ((passed & bit) === 0) continue;
    }
    if (c.regex === null) {
      for (const [start, end] of c.matcher!.matchAll(text)) if (end > start && end - start <= c.maxLength) found.push({ rule: c.rule, start, end });
      continue;
    }
    const alt = plan.twin[k]!;
    const re = alt !== null && (safe < 0 ? (safe = twinSafe(text) ? 1 : 0) : safe) === 1 ? alt : c.regex;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m[0].length <= c.maxLength) found.push({ rule: c.rule, start: m.index, end: m.index + m[0].length });
    }
  }
  if (compiled.inlinePhrases !== null) scanPhrases(compiled.inlinePhrases, text, found);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: InlineMatch[] = [];
  let lastEnd = -1;
  for (const f of found) {
    if (f.start >= lastEnd) {
      kept.push(f);
      lastEnd = f.end;
    }
  }
  return kept;
}
