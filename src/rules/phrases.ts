/**
 * Inline phrases without a regular expression, for long phrase lists. An alternation of many
 * thousand phrases costs V8 time quadratic in their number to compile (10,000 took seconds), and
 * one small regex per rule means one scan of every body line per rule. This scanner is built in
 * time linear in the phrases and reads a line once: at each place a match may start (a word start,
 * or a mark that follows no letter or digit), the folded word there picks the few phrases that
 * start with it, and each of those is compared character by character.
 *
 * It matches what the phrase regexes of `compileRules` match: a phrase case-insensitively (code
 * unit by code unit, see {@link foldUnit}) unless its rule is case-sensitive, each run of spaces
 * in it against any run of whitespace, and never inside a word (no letter or digit right before
 * or after the match). For each rule, matches are found left to right without overlap, the
 * longest phrase first at each place, as its regex finds them.
 */

import type { Rule } from "./rule.js";

/** One phrase of an inline rule. */
interface Phrase {
  /** The phrase, trimmed, whitespace collapsed, folded unless `exact`. */
  readonly text: string;
  readonly rule: Rule;
  readonly exact: boolean;
  readonly maxLength: number;
}

/** The phrases of many inline rules, keyed by their first word. */
export interface PhraseScanner {
  /** Phrases by the folded first word (or first mark) they start with, longest first. */
  readonly byKey: ReadonlyMap<string, readonly Phrase[]>;
}

const WORD = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** A phrase that needs collapsing: leading, trailing or doubled whitespace, or other than a space. */
const SPACES = /^\s|\s$|\s\s|[^\S ]/u;

/** `true` when the code point at `i` is a letter or a digit. */
function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  if (c !== c) return false; // past the end
  return WORD.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** `true` when the code point ending right before `i` is a letter or a digit. */
function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? isWordAt(text, i - 2) : isWordAt(text, i - 1);
}

/** A code unit lower-cased on its own (a unit whose lower case is longer is kept). */
function foldUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const lower = String.fromCharCode(c).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

const ASCII = /^[\0-\x7f]*$/u;

/** `text` with each code unit folded by {@link foldUnit}. */
function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase(); // the same, in one call: most phrases and words
  const units = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) units[i] = String.fromCharCode(foldUnit(text.charCodeAt(i)));
  return units.join("");
}

/** The end of the run of letters and digits starting at `i`. */
function wordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWordAt(text, j)) j += text.charCodeAt(j) >= 0xd800 && text.charCodeAt(j) <= 0xdbff ? 2 : 1;
  return j;
}

/** The key a phrase or a place in a line is looked up by: its first word, or its first code unit. */
function keyAt(text: string, i: number, exact: boolean): string {
  const piece = isWordAt(text, i) ? text.slice(i, wordEnd(text, i)) : text[i]!;
  return exact ? piece : fold(piece);
}

/**
 * Builds the scanner of the phrases of `rules` (inline phrase rules, in rule order).
 * @param maxLengths - each rule's length limit
 */
export function phraseScanner(rules: readonly Rule[], maxLengths: readonly number[]): PhraseScanner {
  const byKey = new Map<string, Phrase[]>();
  rules.forEach((rule, r) => {
    const exact = rule.where?.caseSensitive === true;
    for (const raw of rule.phrases ?? []) {
      const collapsed = SPACES.test(raw) ? raw.replace(/\s+/gu, " ").trim() : raw;
      if (collapsed === "") continue;
      const text = exact ? collapsed : fold(collapsed);
      const key = keyAt(fold(collapsed), 0, true); // folded for every phrase: lines are looked up folded
      const list = byKey.get(key);
      const phrase: Phrase = { text, rule, exact, maxLength: maxLengths[r]! };
      if (list === undefined) byKey.set(key, [phrase]);
      else list.push(phrase);
    }
  });
  // Longest first (stable, so rule order breaks ties), as the phrase regexes try them.
  for (const list of byKey.values()) list.sort((a, b) => b.text.length - a.text.length);
  return { byKey };
}

/** The end of a match of `phrase` at `start` in `text`, or -1. */
function matchAt(phrase: Phrase, text: string, start: number): number {
  const p = phrase.text;
  let j = start;
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === 32) {
      if (j >= text.length || !SPACE.test(text[j]!)) return -1;
      while (j < text.length && SPACE.test(text[j]!)) j++;
      continue;
    }
    const t = text.charCodeAt(j);
    if (j >= text.length || (phrase.exact ? t !== c : foldUnit(t) !== c)) return -1;
    j++;
  }
  return isWordAt(text, j) ? -1 : j;
}

/**
 * Every match of the scanner's phrases in `text`, pushed to `out` (for each rule: left to right, no
 * overlap, longest phrase first at each place; rules may overlap each other, as separate regexes do).
 */
export function scanPhrases(scanner: PhraseScanner, text: string, out: { rule: Rule; start: number; end: number }[]): void {
  const ruleEnd = new Map<Rule, number>(); // where each rule's last match ended
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const word = isWordAt(text, i);
    const next = word ? wordEnd(text, i) : i + 1;
    if (c === 32 || (!word && SPACE.test(text[i]!)) || isWordBefore(text, i)) {
      i = next;
      continue;
    }
    const found = new Set<Rule>();
    for (const phrase of scanner.byKey.get(keyAt(text, i, false)) ?? []) {
      if (found.has(phrase.rule) || i < (ruleEnd.get(phrase.rule) ?? 0)) continue;
      const end = matchAt(phrase, text, i);
      if (end < 0) continue;
      found.add(phrase.rule);
      ruleEnd.set(phrase.rule, end);
      if (end - i <= phrase.maxLength) out.push({ rule: phrase.rule, start: i, end });
    }
    i = next;
  }
}
