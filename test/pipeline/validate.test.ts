import fc from "fast-check";
import { readFileSync, readdirSync } from "node:fs";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { createArticleParser } from "../../src/index.js";
import { ArticleSchema, RemovedSchema } from "../../src/model/article.js";
import { outputSchema, validate } from "../../src/pipeline/validate.js";
import type { ParseContext } from "../../src/pipeline/context.js";

/** The schema as written, parsed by zod's interpreter: what the compiled schema must agree with. */
const Interpreted = z.strictObject({ articles: z.array(ArticleSchema), removed: z.array(RemovedSchema) });

const dir = "fixtures";
const outputs = (() => {
  const parser = createArticleParser({ referenceTime: "2025-08-14T18:00:00Z" });
  const out: Array<{ articles: unknown[]; removed: unknown[] }> = [];
  for (const d of readdirSync(dir).sort()) {
    let text: string;
    try {
      text = readFileSync(`${dir}/${d}/input.txt`, "utf8");
    } catch {
      continue;
    }
    const page = parser.parsePage(text);
    out.push({ articles: page.articles, removed: page.removed });
  }
  return out;
})();

/** A deep copy of `value` with one edit at a random place: a field changed, dropped or added. */
type Edit = { path: number; op: number; value: unknown };
const BAD_VALUES: unknown[] = [-1, 1.5, "", "x", null, undefined, NaN, Infinity, 2 ** 53, true, {}, [], "2025-13-45", "2025-08-14T18:00:00Z", ["", "a"], { start: 5, end: 2 }];

function edited(value: unknown, edit: Edit): unknown {
  const copy = structuredClone(value);
  const slots: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach((x, i) => (slots.push([v, i]), walk(x)));
    else if (v !== null && typeof v === "object") for (const k of Object.keys(v)) (slots.push([v as Record<string, unknown>, k]), walk((v as Record<string, unknown>)[k]));
  };
  walk(copy);
  if (slots.length === 0) return copy;
  const [parent, key] = slots[edit.path % slots.length]!;
  if (edit.op % 3 === 0) (parent as Record<string | number, unknown>)[key] = edit.value;
  else if (edit.op % 3 === 1 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
  else if (!Array.isArray(parent)) (parent as Record<string, unknown>)["extra"] = edit.value;
  else (parent as unknown[]).push(edit.value);
  return copy;
}

describe("validate: the compiled output schema", () => {
  it("has fixtures to check", () => {
    expect(outputs.length).toBeGreaterThan(5);
    expect(outputs.some((o) => o.removed.length > 0)).toBe(true);
  });

  it("returns the same data as zod's interpreted parse, key order included", () => {
    for (const o of outputs) {
      const a = outputSchema().safeParse(o);
      const b = Interpreted.safeParse(o);
      expect(a.success).toBe(true);
      expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
      // A copy, as zod's parse makes: the caller's objects are not handed back.
      expect(a.data).not.toBe(o);
    }
    const ctx = { messages: [] } as unknown as ParseContext;
    const shuffled = outputs.map((o) => ({ articles: o.articles, removed: (o.removed as Array<Record<string, unknown>>).map(({ ruleId, end, text, start, kind }) => ({ ruleId, end, text, start, kind })) }));
    for (const o of shuffled) {
      expect(JSON.stringify(validate(o.articles as never, o.removed as never, ctx))).toBe(JSON.stringify(Interpreted.parse(o)));
    }
  });

  it("rejects exactly what the interpreted parse rejects, with the same issues", () => {
    const edits = fc.record({ page: fc.nat(), path: fc.nat(), op: fc.nat(), value: fc.constantFrom(...BAD_VALUES) });
    let rejected = 0;
    fc.assert(
      fc.property(edits, ({ page, ...edit }) => {
        const bad = edited(outputs[page % outputs.length], edit);
        const a = outputSchema().safeParse(bad);
        const b = Interpreted.safeParse(bad);
        expect(a.success).toBe(b.success);
        if (!a.success && !b.success) {
          rejected++;
          expect(a.error.issues).toEqual(b.error.issues);
        } else {
          expect(JSON.stringify(a.data)).toBe(JSON.stringify(b.data));
        }
      }),
      { seed: 20251127, numRuns: 1500 },
    );
    expect(rejected).toBeGreaterThan(300);
  });

  it("turns a malformed output into internal_error", () => {
    const ctx = { messages: [] } as unknown as ParseContext;
    const removed = [{ kind: "share", ruleId: "share/x", start: 5, end: -1, text: "Share" }];
    expect(() => validate([], removed, ctx)).toThrow(/output failed validation: removed\.0\.end/u);
    expect(ctx.messages[0]?.code).toBe("internal_error");
  });
});
