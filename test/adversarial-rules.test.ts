/**
 * Huge rule lists (issue 12): the plain check that clears well-formed rules before the zod schema
 * must accept only what the schema accepts, so every problem is still found and worded by the
 * schema. Compile time is in bench/adversarial.bench.ts; here, work is counted.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ruleProblems, schemaProblems } from "../src/rules/schema.js";

/** Problems as the schema alone words them (the definition ruleProblems must keep). */
const schemaOnly = (rules: readonly unknown[]): string[] => rules.flatMap((rule, index) => schemaProblems(rule, index));

const odd = fc.constantFrom<unknown>(undefined, null, 0, -1, 1.5, NaN, Infinity, 2 ** 53, "", " ", "\u00a0", "\n", "x", " x", "é", true, [], {}, [""], ["x"], ["x", " "], [1], [null], /x/u, new Date(0), Object.create(null));
const text = fc.oneof(fc.constantFrom("promo/x", "Share", " Share", "\u3000", "\u2028", "\ufeffx"), fc.string({ maxLength: 4 }));
const words = fc.oneof(fc.array(text, { maxLength: 3 }), odd);
const where = fc.oneof(
  odd,
  fc.record(
    {
      scope: fc.oneof(fc.constantFrom<unknown>("line", "inline", "bogus", "LINE"), odd),
      maxLength: fc.oneof(fc.constantFrom<unknown>(1, 80, 0, -1, 0.5, "80", 2 ** 53 - 1, 2 ** 53), odd),
      caseSensitive: fc.oneof(fc.boolean(), odd),
      anyOf: words,
      tail: fc.oneof(fc.boolean(), odd),
      extra: odd,
    },
    { requiredKeys: [] },
  ),
);
const rule = fc.oneof(
  odd,
  fc.record(
    {
      id: fc.oneof(text, odd),
      kind: fc.oneof(text, odd),
      phrases: words,
      pattern: fc.oneof(fc.constantFrom<unknown>("^x$", /y/u, 3), odd),
      where,
      signal: fc.oneof(fc.constantFrom<unknown>("end-of-story", "related-header", "key-points", "bogus"), odd),
      description: fc.oneof(fc.string({ maxLength: 3 }), odd),
      phrase: odd,
    },
    { requiredKeys: [] },
  ),
);

/** A valid rule with one field (of the rule or of `where`) set to an edge or wrong value, or removed. */
const edge = fc.constantFrom<unknown>(undefined, 0, -1, 0.5, 1, 2 ** 53, NaN, "", " ", "\u3000x", "x", "80", "line", "inline", "bogus", "key-points", true, [], [""], ["\u2028"], ["x"], [1], {}, /x/u, null);
const nearlyValid = fc
  .record({
    field: fc.constantFrom("id", "kind", "phrases", "pattern", "signal", "description", "where", "scope", "maxLength", "caseSensitive", "anyOf", "tail", "extra"),
    value: edge,
    drop: fc.boolean(),
  })
  .map(({ field, value, drop }) => {
    const where: Record<string, unknown> = { scope: "line", maxLength: 80, caseSensitive: false, anyOf: ["read"], tail: false };
    const r: Record<string, unknown> = { id: "promo/x", kind: "promo", phrases: ["Read more"], signal: "end-of-story", description: "d", where };
    const target = ["scope", "maxLength", "caseSensitive", "anyOf", "tail"].includes(field) ? where : r;
    if (drop) delete target[field];
    else target[field] = value;
    return r;
  });

describe("rule validation: the plain check before the schema", () => {
  it("finds the same problems, worded the same, as the schema alone (generated rules, valid and not)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(rule, nearlyValid), { maxLength: 4 }), (rules) => {
        expect(ruleProblems(rules)).toEqual(schemaOnly(rules));
      }),
      { numRuns: 3_000 },
    );
  });

  it("clears a rule of every field and kind of value the schema accepts", () => {
    const full = { id: "promo/x", kind: "promo", phrases: ["Read more"], pattern: /x/u, where: { scope: "inline", maxLength: 80, caseSensitive: true, anyOf: ["read"], tail: true }, signal: "key-points", description: "" };
    expect(ruleProblems([full, JSON.parse(JSON.stringify({ ...full, pattern: "^x$" })) as unknown])).toEqual([]);
    // A class instance with the right fields is judged by the schema, not refused for its shape.
    class Plain {
      id = "promo/y";
      kind = "promo";
      phrases = ["y"];
    }
    expect(ruleProblems([new Plain()])).toEqual(schemaOnly([new Plain()]));
  });
});
