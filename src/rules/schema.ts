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
            tail: z.optional(z.boolean({ error: "must be true or false" })),
          },
          { error: "must be an object with scope, maxLength, caseSensitive, anyOf or tail" },
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
    // Most rules are well-formed: a plain check clears them; the schema reads the others and words
    // the problems (a list of 100,000 rules spent most of its compile time in the schema).
    if (!wellFormed(rule)) problems.push(...schemaProblems(rule, index));
  });
  return problems;
}

/**
 * The problems of one rule as {@link RuleSchema} finds and words them, without the plain check in
 * front (the reference {@link ruleProblems} is held to).
 *
 * @param rule - A rule as given.
 * @param index - Its position in the list, which names a rule without a usable id.
 * @returns One line per problem; empty when the schema accepts the rule.
 */
export function schemaProblems(rule: unknown, index: number): string[] {
  const result = RuleSchema.safeParse(rule);
  if (result.success) return [];
  const id = (rule as { id?: unknown } | null)?.id;
  const name = typeof id === "string" && id.trim() !== "" ? id : `#${index}`;
  return result.error.issues.map((issue) => {
    const field = issue.path.join(".");
    const message = issue.code === "unrecognized_keys" ? `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}` : issue.message;
    return `rule ${name}: ${field === "" ? message : `${field} ${message}`}`;
  });
}

const RULE_FIELDS: ReadonlySet<string> = new Set(["id", "kind", "phrases", "pattern", "where", "signal", "description"]);
const WHERE_FIELDS: ReadonlySet<string> = new Set(["scope", "maxLength", "caseSensitive", "anyOf", "tail"]);
const SCOPES: ReadonlySet<unknown> = new Set(["line", "inline"]);
const SIGNALS: ReadonlySet<unknown> = new Set(["end-of-story", "related-header", "key-points"]);

/** A plain object (made by a literal, `JSON.parse` or `Object.create(null)`) with no own key outside `allowed`. */
function plainWith(value: unknown, allowed: ReadonlySet<string>): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) if (!allowed.has(key)) return false;
  return Object.getOwnPropertySymbols(value).length === 0;
}

/** A string with a character other than white space (the schema's `text`); a printable ASCII first character settles it without trimming. */
function nonBlank(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const c = value.charCodeAt(0);
  return (c > 32 && c < 127) || value.trim() !== "";
}

/** An array of {@link nonBlank} strings (the schema's `words`). */
function nonBlankList(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!nonBlank(value[i])) return false;
  return true;
}

/**
 * `true` only for a rule {@link RuleSchema} accepts (a test holds the two together on generated
 * rules): the same checks as plain code, for plain objects. `false` sends a rule to the schema,
 * which then finds its problems, so a rule this declines for its shape alone (a class instance
 * with the right fields) is still judged by the schema.
 */
function wellFormed(rule: unknown): boolean {
  if (!plainWith(rule, RULE_FIELDS)) return false;
  const { id, kind, phrases, pattern, where, signal, description } = rule;
  if (!nonBlank(id) || !nonBlank(kind) || (phrases === undefined && pattern === undefined)) return false;
  if (phrases !== undefined && !nonBlankList(phrases)) return false;
  if (pattern !== undefined && typeof pattern !== "string" && !(pattern instanceof RegExp)) return false;
  if ((signal !== undefined && !SIGNALS.has(signal)) || (description !== undefined && typeof description !== "string")) return false;
  if (where === undefined) return true;
  if (!plainWith(where, WHERE_FIELDS)) return false;
  const { scope, maxLength, caseSensitive, anyOf, tail } = where;
  if ((scope !== undefined && !SCOPES.has(scope)) || (caseSensitive !== undefined && typeof caseSensitive !== "boolean")) return false;
  if (tail !== undefined && typeof tail !== "boolean") return false;
  if (maxLength !== undefined && !(Number.isSafeInteger(maxLength) && (maxLength as number) > 0)) return false;
  return anyOf === undefined || nonBlankList(anyOf);
}
