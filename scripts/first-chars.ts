/**
 * Writes `src/rules/first-chars.json`: for each built-in line pattern anchored with `^`, the ASCII
 * characters a match can start with (the first-character pre-check of `matchLine`, see
 * `firstCharTable` in src/rules/rule.ts). The analysis is regexp-ast-analysis's
 * `getFirstConsumedChar` on the pattern as regexpp parses it, with the pattern's own flags (case
 * folding included), instead of a hand-written reading of regex syntax; it runs here, at
 * development time, so the library ships only the resulting table. test/rules/first-chars.test.ts
 * fails when the file is out of date.
 *
 *   npx tsx scripts/first-chars.ts        (after editing a built-in line pattern)
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { RegExpParser } from "@eslint-community/regexpp";
import { getFirstConsumedChar } from "regexp-ast-analysis";
import { defaultRules } from "../src/rules/index.js";
import { firstCharsKey, vettedKey, type Rule } from "../src/rules/rule.js";
import { invokedDirectly } from "./invoked.js";

const OUT = resolve(fileURLToPath(import.meta.url), "../../src/rules/first-chars.json");
const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * The ASCII characters that may start a match of `source` (run with the `u` flag, and `i` unless
 * `caseSensitive`), in code order, or `null` when any may: a top-level branch not anchored with
 * `^`, or a pattern that may match without consuming a character.
 * @param source - a regular expression's source
 * @param caseSensitive - the rule's `where.caseSensitive`
 * @returns the characters, or `null`
 */
export function firstChars(source: string, caseSensitive: boolean | undefined): string | null {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  for (const branch of pattern.alternatives) {
    const head = branch.elements[0];
    if (head === undefined || head.type !== "Assertion" || head.kind !== "start") return null;
  }
  const first = getFirstConsumedChar(pattern.alternatives, "ltr", { ignoreCase: caseSensitive !== true, unicode: true });
  if (first.empty) return null;
  let chars = "";
  for (let c = 0; c < 128; c++) if (first.char.has(c)) chars += String.fromCharCode(c);
  return chars;
}

/**
 * The table for `rules`: their line patterns' {@link firstChars}, keyed as `compileRules` looks
 * them up (`firstCharsKey` of flags, `/` and source), those with none left out. Throws when two
 * built-in patterns' keys hash alike.
 * @param rules - the built-in rules
 * @returns the table, in rule order
 */
export function firstCharsTable(rules: readonly Rule[]): Record<string, string> {
  const table: Record<string, string> = {};
  // Keys are hashes of the patterns' keys: two built-in patterns with one hash would share a table.
  const seen = new Map<string, string>();
  for (const rule of rules) {
    if (rule.pattern === undefined) continue;
    const source = typeof rule.pattern === "string" ? rule.pattern : rule.pattern.source;
    const full = vettedKey(source, rule.where?.caseSensitive);
    const key = firstCharsKey(full);
    const other = seen.get(key);
    if (other !== undefined && other !== full) throw new Error(`rule ${rule.id}: its pattern's key hashes as another built-in pattern's (${key}); change firstCharsKey`);
    seen.set(key, full);
    if ((rule.where?.scope ?? "line") !== "line") continue;
    const chars = firstChars(source, rule.where?.caseSensitive);
    if (chars !== null) table[key] = chars;
  }
  return table;
}

if (invokedDirectly(import.meta.url)) {
  const table = firstCharsTable(defaultRules);
  writeFileSync(OUT, `${JSON.stringify(table, null, 0).replace(/,"/gu, ',\n"')}\n`);
  console.log(`${Object.keys(table).length} line patterns with a first-character table written to ${OUT}`);
}
