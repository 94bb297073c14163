/**
 * The shape of a rule, checked when a parser is created: a rule list comes from code or from a
 * JSON file, and a wrong type (`phrases: "Share"`, `maxLength: "80"`, `scope: "bogus"`) must be
 * refused up front, naming the rule and the field, rather than crash a parse or quietly do
 * something else (a string of phrases is read letter by letter).
 */

import * as z from "zod/mini";

const text = (what: string) => z.string({ error: `must be ${what}` }).check(z.refine((s) => s.trim() !== "", { error: `must be ${what}, not blank` }));
const words = (what: string) => z.array(text(what), { error: `must be an array, each item ${what}` });

/** The zod schema of a {@link Rule}: strict, so a misspelt field (`were`, `phrase`) is reported too. */
export const RuleSchema = z
  .strictObject(
    {
      id: text("a non-empty string"),
      kind: text("a non-empty string"),
      phrases: z.optional(words("a non-empty string")),
      pattern: z.optional(z.union([z.string(), z.instanceof(RegExp)], { error: "must be a string or a RegExp" })),
      where: z.optional(
        z.strictObject(
          {
            scope: z.optional(z.enum(["line", "inline"], { error: 'must be "line" or "inline"' })),
            maxLength: z.optional(z.int({ error: "must be a whole number of characters" }).check(z.positive({ error: "must be positive" }))),
            caseSensitive: z.optional(z.boolean({ error: "must be true or false" })),
            anyOf: z.optional(words("a non-empty string")),
          },
          { error: "must be an object with scope, maxLength, caseSensitive or anyOf" },
        ),
      ),
      signal: z.optional(z.enum(["end-of-story", "related-header", "key-points"], { error: 'must be "end-of-story", "related-header" or "key-points"' })),
      description: z.optional(z.string({ error: "must be a string" })),
    },
    { error: "must be an object" },
  )
  .check(z.refine((r) => r.phrases !== undefined || r.pattern !== undefined, { error: "needs phrases or a pattern" }));

/**
 * Every problem of every rule in `rules`, one line each (`rule promo/x: where.maxLength must be
 * positive`), in list order; empty when all are well-formed. A rule without a usable id is named
 * by its position (`rule #3`).
 */
export function ruleProblems(rules: readonly unknown[]): string[] {
  const problems: string[] = [];
  rules.forEach((rule, index) => {
    const result = RuleSchema.safeParse(rule);
    if (result.success) return;
    const id = (rule as { id?: unknown } | null)?.id;
    const name = typeof id === "string" && id.trim() !== "" ? id : `#${index}`;
    for (const issue of result.error.issues) {
      const field = issue.path.join(".");
      const message = issue.code === "unrecognized_keys" ? `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : issue.message;
      problems.push(`rule ${name}: ${field === "" ? message : `${field} ${message}`}`);
    }
  });
  return problems;
}
