import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { Application, ReflectionKind, type DeclarationReflection, type ProjectReflection } from "typedoc";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { ROOT } from "./helpers/fixtures.js";
import { exactSchema } from "../src/model/article.js";

// What a user sees of the model in an editor and in the API reference: every field of the public
// model types carries its doc comment in the shipped .d.ts (hover reads it from there), and the
// API pages name the types (`Article[]`) instead of expanding them.

/** The model types and the fields each must document (the fields are read from the .d.ts itself, this is a floor). */
const MODEL_TYPES: Record<string, readonly string[]> = {
  Article: ["role", "title", "publishedAt", "timestamp", "byline", "authors", "excerpt", "wordCount", "language", "confidence", "removed", "span"],
  Removed: ["kind", "text", "start", "end", "ruleId"],
  Span: ["start", "end"],
  Caption: ["text", "credit"],
  ArticleTimestamp: ["raw", "kind", "precision"],
  ParseMessage: ["code", "severity", "message", "ruleId", "span"],
  PageResult: ["kind", "articles", "removed", "messages"],
};

/** Each interface of a .d.ts file, with the doc comment (or `""`) of each of its properties. */
function documentedFields(file: string): Map<string, Map<string, string>> {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out = new Map<string, Map<string, string>>();
  const visit = (node: ts.Node): void => {
    if (ts.isInterfaceDeclaration(node)) {
      const fields = new Map<string, string>();
      for (const member of node.members) {
        if (!ts.isPropertySignature(member)) continue;
        const docs = ts.getJSDocCommentsAndTags(member).filter(ts.isJSDoc);
        const text = docs.map((d) => ts.getTextOfJSDocComment(d.comment) ?? "").join(" ").trim();
        fields.set(member.name.getText(source), text);
      }
      out.set(node.name.text, fields);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe("the shipped .d.ts documents every field of the model", () => {
  for (const entry of ["index.d.ts", "index.d.cts"]) {
    const path = join(ROOT, "dist", entry);
    it(`dist/${entry}: named interfaces whose fields all have a doc comment`, () => {
      expect(existsSync(path), `dist/${entry} is missing: run npx tsup --silent (npm test builds it)`).toBe(true);
      // With several entries tsup moves shared declarations into chunks (dist/article-*.d.ts) that
      // the entry imports; an editor follows those imports, so the entry's types are all of them.
      const ext = entry.slice("index".length);
      const interfaces = new Map<string, Map<string, string>>();
      for (const file of readdirSync(join(ROOT, "dist")).filter((f) => f.endsWith(ext))) {
        for (const [name, fields] of documentedFields(join(ROOT, "dist", file))) interfaces.set(name, fields);
      }
      for (const [name, required] of Object.entries(MODEL_TYPES)) {
        const fields = interfaces.get(name);
        expect(fields, `interface ${name} in dist/${entry}`).toBeDefined();
        for (const field of required) expect(fields!.has(field), `${name}.${field}`).toBe(true);
        for (const [field, doc] of fields!) expect(doc.length, `${name}.${field} has no doc comment`).toBeGreaterThan(10);
      }
    });
  }
});

describe("schemas are checked against their declared types", () => {
  it("exactSchema accepts a schema of exactly the type and rejects a near miss at compile time", () => {
    interface Point {
      x: number;
      label: string | null;
    }
    const good = exactSchema<Point>()(z.strictObject({ x: z.number(), label: z.nullable(z.string()) }));
    expect(good.safeParse({ x: 1, label: null }).success).toBe(true);
    // @ts-expect-error a missing `null` makes the schema narrower than the type
    const narrower = exactSchema<Point>()(z.strictObject({ x: z.number(), label: z.string() }));
    // @ts-expect-error an extra field makes it different
    const wider = exactSchema<Point>()(z.strictObject({ x: z.number(), label: z.nullable(z.string()), y: z.number() }));
    // At run time the check is the identity: it only exists for the compiler.
    expect(narrower.safeParse({ x: 1, label: null }).success).toBe(false);
    expect(wider.safeParse({ x: 1, label: null, y: 2 }).success).toBe(true);
  });
});

describe("the API reference (typedoc, as npm run docs builds it)", () => {
  let project: ProjectReflection;
  beforeAll(async () => {
    // Conversion only (no HTML): the links of a page are the references resolved here.
    const app = await Application.bootstrapWithPlugins({ options: join(ROOT, "typedoc.json"), logLevel: "Error", skipErrorChecking: true });
    const converted = await app.convert();
    expect(converted, "typedoc could not convert the project").toBeDefined();
    project = converted!;
  });

  const find = (name: string, kind: ReflectionKind) => project.getReflectionsByKind(kind).find((r) => r.name === name) as DeclarationReflection | undefined;

  it("parseArticles returns Article[], a link to the Article page, not an expanded structure", () => {
    const article = find("Article", ReflectionKind.Interface);
    expect(article).toBeDefined();
    for (const fn of ["parseArticles", "safeParseArticles", "parsePage"]) {
      const signature = find(fn, ReflectionKind.Function)?.signatures?.[0];
      expect(signature, fn).toBeDefined();
      expect(JSON.stringify(signature!.type?.toString()), fn).toMatch(/Article|PageResult|SafeParseResult/u);
    }
    const returns = find("parseArticles", ReflectionKind.Function)!.signatures![0]!.type!;
    expect(returns.type).toBe("array");
    const element = (returns as { elementType: { type: string; name: string; reflection?: unknown } }).elementType;
    expect(element.type).toBe("reference");
    expect(element.name).toBe("Article");
    expect(element.reflection, "Article[] links the Article page").toBe(article);
    // The Article page lists each field with its doc.
    for (const child of article!.children ?? []) expect(child.comment?.summary.length ?? 0, `Article.${child.name}`).toBeGreaterThan(0);
  });

  it("the sidebar has the sections parsing, model, timestamps, rules and errors", () => {
    // Two entry points (the package and news-text-parser/re2) make two modules; a name's section
    // is looked up in the module that exports it.
    const groupOf = (name: string) => {
      const containers = project.children?.some((c) => c.kindOf(ReflectionKind.Module)) ? project.children : [project];
      for (const container of containers ?? []) {
        const group = container.groups?.find((g) => g.children.some((c) => c.name === name));
        if (group) return group.title;
      }
      return undefined;
    };
    expect(groupOf("parseArticles")).toBe("Parsing");
    expect(groupOf("createArticleParser")).toBe("Parsing");
    expect(groupOf("Article")).toBe("Model");
    expect(groupOf("ArticleSchema")).toBe("Model");
    expect(groupOf("parseTimestamp")).toBe("Timestamps");
    expect(groupOf("getLocale")).toBe("Timestamps");
    expect(groupOf("defaultRules")).toBe("Rules");
    expect(groupOf("ArticleParseError")).toBe("Errors");
    expect(groupOf("ParseMessage")).toBe("Errors");
  });

  it("documents news-text-parser/re2 as its own module, re2Engine with its doc and example", () => {
    const modules = (project.children ?? []).filter((c) => c.kindOf(ReflectionKind.Module)).map((m) => m.name);
    expect(modules).toEqual(expect.arrayContaining(["news-text-parser", "news-text-parser/re2"]));
    const re2 = find("re2Engine", ReflectionKind.Variable);
    expect(re2, "re2Engine is in the API reference").toBeDefined();
    expect(re2!.parent?.name).toBe("news-text-parser/re2");
    expect(re2!.comment?.summary.length ?? 0).toBeGreaterThan(0);
    expect(re2!.comment?.getTag("@example")).toBeDefined();
  });

  it("guides are listed by their titles, not their file names", () => {
    const names = (project.documents ?? project.children?.flatMap((c) => c.documents ?? []) ?? []).map((d) => d.name);
    expect(names).toContain("The Article model");
    expect(names).toContain("Getting started");
    for (const name of names) expect(name, "a guide listed by file name").not.toMatch(/^[a-z0-9-]+$/u);
  });
});
