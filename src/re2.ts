/**
 * `news-text-parser/re2`: the linear-time engine for rule patterns of your own, built on `re2js`
 * (a pure-JavaScript port of RE2, about 150 KB minified). It is its own entry point so that a
 * program that passes no patterns never loads it.
 *
 * @module news-text-parser/re2
 */

import { RE2JS } from "re2js";
import type { CompiledPattern, PatternEngine } from "./rules/rule.js";

export type { CompiledPattern, PatternEngine };

/**
 * What RE2 cannot run, found in a pattern source outside character classes: back-references and
 * lookaround, which need backtracking. Named in the refusal so the user knows what to change.
 */
function unsupportedConstruct(source: string): string | null {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const e = source[i + 1] ?? "";
      if (!inClass && e >= "1" && e <= "9") return `back-reference \\${e}`;
      if (!inClass && e === "k" && source[i + 2] === "<") return `named back-reference ${source.slice(i, source.indexOf(">", i) + 1 || undefined)}`;
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") {
      inClass = true;
    } else if (c === "(" && source[i + 1] === "?") {
      const look = /^\(\?(?:=|!|<=|<!)/u.exec(source.slice(i, i + 4))?.[0];
      if (look !== undefined) return `${look.includes("<") ? "lookbehind" : "lookahead"} ${look}…)`;
    }
  }
  return null;
}

/**
 * The RE2 engine: every pattern matches in time linear in the text, whatever its shape (`(a+)+$`
 * included). The syntax is JavaScript's, less what RE2 lacks: a back-reference or a lookaround
 * makes `compile` throw, naming it. RE2 semantics differ from `RegExp` in a few classes: `\s`, `\w`
 * and `\b` are ASCII-only, and `.` matches `\r`.
 *
 * @example
 * ```ts
 * import { createArticleParser } from "news-text-parser";
 * import { re2Engine } from "news-text-parser/re2";
 * const parser = createArticleParser({
 *   rules: (defaults) => [...defaults, { id: "promo/harbour-hour", kind: "promo", pattern: "^listen to the harbour hour\\b" }],
 *   patternEngine: re2Engine,
 * });
 * const page = parser.parsePage("Ferry vote passes\nThe town voted to keep the ferry for another ten years, officials said.\nListen to the Harbour Hour on Sundays");
 * console.log(page.removed.map((r) => r.ruleId)); // ["promo/harbour-hour"]
 * ```
 */
export const re2Engine: PatternEngine = {
  name: "RE2",
  compile(source: string, options: { readonly ignoreCase: boolean }): CompiledPattern {
    const missing = unsupportedConstruct(source);
    if (missing !== null) throw new Error(`${missing}: RE2 matches in linear time and has no back-references or lookaround`);
    const re = RE2JS.compile(RE2JS.translateRegExp(source), options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0);
    return {
      test: (text) => re.test(text),
      *matchAll(text) {
        const m = re.matcher(text);
        while (m.find()) yield [m.start(), m.end()] as const;
      },
    };
  },
};
